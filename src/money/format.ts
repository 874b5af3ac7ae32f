import { asLibraryError, failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { Decimal } from "./decimal.js";
import { moneyMessages } from "./messages.js";
import { Rupiah, roundingOf, rupiahToDecimal, type RoundingMode, type RupiahInput } from "./rupiah.js";

/**
 * Options of {@link formatRupiah}.
 * @category Money
 */
export interface FormatRupiahOptions {
  /** Digits after the decimal comma (default `0`: whole rupiah, as on payment slips). */
  readonly decimals?: number;
  /** How to round to `decimals` (default `"half-up"`). */
  readonly mode?: RoundingMode;
  /** Prefix `Rp` (default `true`). */
  readonly symbol?: boolean;
}

/**
 * Format an amount the Indonesian way: `Rp1.234.567` — dot groups thousands, comma starts decimals,
 * the same digits as `Intl.NumberFormat("id-ID")`, but exact for any size (no conversion to `number`).
 * Negative amounts read `-Rp1.000`.
 *
 * @param amount - The amount.
 * @param options - `decimals` (default 0), rounding `mode` (default half-up), `symbol` (default true).
 * @returns The formatted text.
 * @example
 * formatRupiah(rupiah(1_234_567)) //=> "Rp1.234.567"
 * formatRupiah(rupiah("1500.5"), { decimals: 2 }) //=> "Rp1.500,50"
 * formatRupiah(rupiah(833_955), { symbol: false }) //=> "833.955"
 * @category Money
 */
export function formatRupiah(amount: RupiahInput, options: FormatRupiahOptions = {}): string {
  try {
    return format(amount, options ?? {});
  } catch (error) {
    throw asLibraryError(error, "formatRupiah");
  }
}

function format(amount: RupiahInput, options: FormatRupiahOptions): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw failure(moneyMessages, "money.bad_decimals", { value: describeValue(decimals) });
  }
  const value = rupiahToDecimal(amount).toDecimalPlaces(decimals, roundingOf(options.mode ?? "half-up"));
  const negative = value.isNegative() && !value.isZero();
  const [integer = "0", fraction] = value.abs().toFixed(decimals).split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return `${negative ? "-" : ""}${options.symbol === false ? "" : "Rp"}${body}`;
}

const FORMATTED = /^([+-])?\s*(?:Rp\.?)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/i;

/**
 * Read back an amount written the Indonesian way (`Rp1.234.567`, `Rp 1.234.567,50`, `-Rp1.000`,
 * `1.500`). The inverse of {@link formatRupiah}: `parseRupiah(formatRupiah(x))` equals `x` whenever
 * `x` has no more decimals than were formatted. Throws `money.bad_format` for anything else.
 *
 * @param text - The formatted amount.
 * @returns The exact amount.
 * @example
 * parseRupiah("Rp1.234.567").toString() //=> "1234567"
 * parseRupiah("Rp 1.500,50").toString() //=> "1500.5"
 * @category Money
 */
export function parseRupiah(text: string): Rupiah {
  const normalised = typeof text === "string" && text.length <= 800 ? text.replace(/[\u00a0\u202f]/g, " ").trim() : "";
  const match = normalised.length <= 200 ? FORMATTED.exec(normalised) : null;
  if (!match) throw failure(moneyMessages, "money.bad_format", { value: describeValue(text) });
  const [, sign, integer = "0", fraction] = match;
  const digits = `${sign === "-" ? "-" : ""}${integer.replace(/\./g, "")}${fraction ? `.${fraction}` : ""}`;
  return new Rupiah(new Decimal(digits));
}
