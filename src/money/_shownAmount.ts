import { interpolate, type Language, type MessageTemplate, type MessageValues, type Text } from "../message/message.js";
import { formatRupiah } from "./format.js";
import { Rupiah, rupiah } from "./rupiah.js";
import { formatAmount, wholeText } from "./_wholeAmount.js";

// Amounts in the library's texts, written for the language of the text when the message is built:
// `Rp3.579.313,77` in Bahasa Indonesia (as `formatRupiah` writes it), `Rp3,579,313.77` in English,
// where a dot reads as a decimal point (`Rp900.000` as nine hundred). A message's values hold the
// amount itself (a `Rupiah`), never its text, so nothing else in a sentence (an id, a name, an
// address an office typed) is ever touched. Kept apart from `formatRupiah`, whose bundle (≤ 40 KB)
// does not carry it.

/**
 * One amount written by `formatRupiah` (`Rp3.579.313,77`, `-Rp1.000`, `833.955`) with the English
 * separators (`Rp3,579,313.77`): the same digits, comma groups thousands, dot starts the decimals.
 * Takes only the text of one amount, never a sentence.
 * @internal
 */
export function englishGrouping(amount: string): string {
  return amount.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/**
 * An amount as a message shows it in `lang`: whole rupiah, or with its cents (two decimals, half-up)
 * when it has any: `Rp3.579.313,77` / `Rp3,579,313.77`. A safe integer (a sum kept as a number) is
 * the Rupiah of it.
 * @internal
 */
export function shownAmount(amount: Rupiah | number, lang: Language): string {
  const id = typeof amount === "number" ? wholeText(amount) : formatAmount(amount, { decimals: amount.decimal.isInteger() ? 0 : 2 });
  return lang === "id" ? id : englishGrouping(id);
}

/**
 * Amounts as `formatRupiah` writes them, all with as many decimals as the one with most has (up to
 * 20), for each language: `Rp1.200.000` / `Rp1,200,000`, `Rp2.999.999,5` / `Rp2,999,999.5`,
 * `-Rp5.000,5`. For messages that compare amounts side by side.
 * @internal
 */
export function alignedAmounts(...values: Rupiah[]): Record<Language, string[]> {
  const decimals = Math.min(20, Math.max(0, ...values.map((v) => v.toString().split(".")[1]?.length ?? 0)));
  const id = values.map((v) => formatRupiah(v, { decimals }));
  return { id, en: id.map(englishGrouping) };
}

/**
 * An amount kept as data (`{ rupiah: "3579313.77" }`, a check's or a benefit line's) written as
 * {@link shownAmount} writes it; "–" when it holds no amount (a value read back from JSON is not trusted).
 * @internal
 */
export function shownValue(value: { readonly rupiah: unknown }, lang: Language): string {
  try {
    return shownAmount(rupiah(value.rupiah as string), lang);
  } catch {
    return "–";
  }
}

/**
 * Values of a message whose amounts are `Rupiah`s or amounts kept as data (`{ rupiah }`), each
 * written for the message's language when the message is built.
 * @internal
 */
export type AmountValues = Readonly<Record<string, MessageValues[string] | Rupiah | { readonly rupiah: string }>>;

/** The values for a text in `lang`: each amount written as {@link shownAmount} writes it, the rest as given. @internal */
export function valuesIn(values: AmountValues | undefined, lang: Language): Record<string, MessageValues[string]> {
  const out: Record<string, MessageValues[string]> = {};
  for (const key in values) {
    const value = values[key];
    out[key] = value instanceof Rupiah ? shownAmount(value, lang) : typeof value === "object" && value !== null && "rupiah" in value ? shownValue(value, lang) : value;
  }
  return out;
}

/** A template of the library's own rendered in both languages, its amounts written for each. @internal */
export function renderAmounts(template: MessageTemplate, values: AmountValues): Text {
  return { id: interpolate(template.id, valuesIn(values, "id"), "id"), en: interpolate(template.en, valuesIn(values, "en"), "en") };
}
