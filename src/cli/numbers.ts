import { formatRupiah } from "../money/format.js";
import type { RupiahInput } from "../money/rupiah.js";
import type { Language } from "../message/message.js";
import { englishGrouping } from "../money/_shownAmount.js";

/**
 * Numbers as people read them in the chosen language, for the table format only: `id` groups
 * thousands with a dot and starts decimals with a comma (`59.000`, `7,28`, `Rp9.300.000`), `en`
 * the other way round (`59,000`, `7.28`, `Rp9,300,000`). Machine formats use {@link plain}.
 * @internal
 */
export interface Shown {
  readonly int: (value: number | bigint) => string;
  readonly dec: (value: number, digits: number) => string;
  readonly rp: (value: RupiahInput) => string;
}

/** Number formats of a language. @internal */
export function shownNumbers(lang: Language): Shown {
  const locale = lang === "id" ? "id-ID" : "en-US";
  return {
    int: (value) => value.toLocaleString(locale),
    dec: (value, digits) => value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }),
    rp: (value) => (lang === "id" ? formatRupiah(value) : englishGrouping(formatRupiah(value))),
  };
}

/** A number for CSV and JSON: plain digits, `.` for decimals, no grouping. @internal */
export function plain(value: number, digits?: number): string {
  return digits === undefined ? String(value) : value.toFixed(digits);
}
