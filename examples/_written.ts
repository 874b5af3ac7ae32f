/**
 * Numbers and amounts in the examples' printed lines, written the way of the line's language:
 * `Rp2.400.000` and `7,28` in Bahasa Indonesia, `Rp2,400,000` and `7.28` in English (where a dot
 * reads as a decimal point and a comma groups thousands).
 */
import { formatCheckValue, rupiah, type Language, type RupiahInput } from "../src/index.js";

/** An amount as the library's own texts write it in `lang` (`formatCheckValue` of `{ rupiah }`): `Rp833.955` / `Rp833,955`. */
export function money(amount: RupiahInput, lang: Language): string {
  return formatCheckValue({ rupiah: rupiah(amount).toString() }, lang);
}

/** A number with `decimals` decimals, thousands grouped: `12.345`, `7,28` / `12,345`, `7.28`. */
export function num(value: number, lang: Language, decimals = 0): string {
  const en = value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return lang === "en" ? en : en.replace(/[.,]/g, (mark) => (mark === "." ? "," : "."));
}
