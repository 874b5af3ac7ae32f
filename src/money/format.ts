import { asLibraryError, failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { Decimal } from "./decimal.js";
import { moneyFormatMessages, moneyTextMessages, moneyWholeMessages } from "./messages.js";
import { Rupiah, roundingOf, rupiahToDecimal, type RoundingMode, type RupiahInput } from "./rupiah.js";
import { readAmountText } from "./_amountText.js";

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
    throw failure(moneyFormatMessages, "money.bad_decimals", { value: describeValue(decimals) });
  }
  const exact = rupiahToDecimal(amount);
  const rounding = roundingOf(options.mode ?? "half-up");
  // A whole amount needs no rounding (the common case: every amount of a payment slip).
  const value = exact.isInteger() ? exact : exact.toDecimalPlaces(decimals, rounding);
  const negative = value.isNegative() && !value.isZero();
  const [integer = "0", fraction] = value.abs().toFixed(decimals).split(".");
  const grouped = groupDigits(integer);
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return `${negative ? "-" : ""}${options.symbol === false ? "" : "Rp"}${body}`;
}

/**
 * Digits grouped by thousands with dots (`1234567` → `1.234.567`), the Indonesian way.
 * @internal
 */
export function groupDigits(digits: string): string {
  for (let i = digits.length - 3; i > 0; i -= 3) digits = `${digits.slice(0, i)}.${digits.slice(i)}`;
  return digits;
}

/**
 * Options of {@link parseRupiah}.
 * @category Money
 */
export interface ParseRupiahOptions {
  /**
   * A lone comma followed by exactly three digits (`833,955`): `"indonesian"` (default) reads it as
   * a decimal comma (Rp 833.955, as `formatRupiah` with three decimals writes it); `"reject"` throws
   * `money.ambiguous_format`, for amounts typed by people, who may mean Rp 833,955.
   */
  readonly ambiguous?: "indonesian" | "reject";
  /** Refuse a fraction of a rupiah (`money.not_whole`), e.g. for a budget. Default `false`. */
  readonly whole?: boolean;
}

/**
 * Read back an amount written the Indonesian way (`Rp1.234.567`, `Rp 1.234.567,50`, `-Rp1.000`,
 * `1.500`) or the English way (`833,955.00`, `1,234,567`, `833955.00`, `IDR 12.50`). The inverse of
 * {@link formatRupiah}: `parseRupiah(formatRupiah(x))` equals `x` whenever `x` has no more decimals
 * than were formatted. Dots followed by groups of three digits are thousands separators
 * (`833.955` is Rp 833,955); a dot followed by one or two digits is an English decimal point.
 * Throws `money.bad_format` for anything else, `money.ambiguous_format` and `money.not_whole`
 * as `options` ask.
 *
 * @param text - The formatted amount.
 * @param options - How to read `833,955` (`ambiguous`), and whether fractions are refused (`whole`).
 * @returns The exact amount.
 * @example
 * parseRupiah("Rp1.234.567").toString() //=> "1234567"
 * parseRupiah("Rp 1.500,50").toString() //=> "1500.5"
 * parseRupiah("833,955.00").toString() //=> "833955"
 * parseRupiah("833,955", { ambiguous: "reject" }) //=> throws money.ambiguous_format
 * @category Money
 */
export function parseRupiah(text: string, options: ParseRupiahOptions = {}): Rupiah {
  try {
    return parse(text, options ?? {});
  } catch (error) {
    throw asLibraryError(error, "parseRupiah");
  }
}

function parse(text: string, options: ParseRupiahOptions): Rupiah {
  // Longer texts are refused before any pattern runs (readAmountText refuses over 200 characters).
  const read = typeof text === "string" && text.length <= 800 ? readAmountText(text, options.ambiguous === "reject" ? "reject" : "indonesian") : undefined;
  if (read === undefined || !read.ok) {
    throw failure(moneyTextMessages, read?.ok === false && read.reason === "ambiguous" ? "money.ambiguous_format" : "money.bad_format", { value: describeValue(text) });
  }
  const value = new Decimal(read.decimal);
  if (options.whole === true && !value.isInteger()) throw failure(moneyWholeMessages, "money.not_whole", { value: describeValue(text) });
  return new Rupiah(value);
}
