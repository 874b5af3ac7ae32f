// The named export: under `module: node16`/`nodenext`, the default import of decimal.js types as its
// whole CommonJS module object, not the class.
import { Decimal as DecimalJs } from "decimal.js";
import { MAX_DECIMAL_LENGTH } from "./_limits.js";

/**
 * The library's private decimal constructor. A clone, so the caller's global `Decimal` settings
 * never change our arithmetic (and ours never change theirs). Its 60 significant digits bound only
 * division, which `Rupiah` never does: sums, differences, products and roundings of amounts are
 * computed exactly whatever their length (see {@link exactly}). `toString()` never uses exponent
 * notation, however large or small the value.
 * @internal
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
/** @internal */
export type Decimal = InstanceType<typeof Decimal>;

/**
 * A clone for exact arithmetic: addition, subtraction, multiplication and integer division are
 * exact at this precision for any value the library accepts. Never divide with it (a quotient that
 * does not terminate would run to a billion digits). Results go back to {@link Decimal} with
 * `new Decimal(x)`, which copies every digit without rounding.
 */
const Exact = /* @__PURE__ */ DecimalJs.clone({ precision: 1e9, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });

/** The precision below which `Decimal` arithmetic is certainly exact. */
const SAFE_DIGITS = 58;

function integerDigits(x: Decimal): number {
  return x.e >= 0 ? x.e + 1 : 1;
}

/**
 * Exact `a + b`, `a − b` or `a × b`: with {@link Decimal} when the result certainly has fewer digits
 * than its precision (the common case, no extra allocation), else through the exact clone.
 * @internal
 */
export function exactly(a: Decimal, op: "plus" | "minus" | "times", b: Decimal): Decimal {
  const digits =
    op === "times"
      ? a.sd() + b.sd()
      : Math.max(integerDigits(a), integerDigits(b)) + 1 + Math.max(a.decimalPlaces(), b.decimalPlaces());
  if (digits <= SAFE_DIGITS) return a[op](b);
  return new Decimal(new Exact(a)[op](b));
}

/**
 * `x` rounded to a multiple of `unit` (> 0) with a decimal.js rounding mode (`ROUND_UP`,
 * `ROUND_DOWN`, `ROUND_HALF_UP` or `ROUND_HALF_EVEN`), exactly: decimal.js's `toNearest` divides to
 * a whole quotient rounded by the mode (exact at any precision) and multiplies back, here in the
 * exact clone so that the product keeps every digit.
 * @internal
 */
export function roundToUnit(x: Decimal, unit: Decimal, rounding: Rounding): Decimal {
  return new Decimal(new Exact(x).toNearest(unit, rounding));
}

/** decimal.js's base: each word of `d` holds 7 decimal digits. @internal */
export const WORD = 1e7;
/** Exponents below this are under 10^15 < 2^53: every whole value of them is a safe integer. */
const SAFE_EXPONENT = 15;

/**
 * A finite decimal's value as a safe integer, or `undefined` when it has a fraction, its magnitude
 * is 10^15 or more, or it is not finite. Reads decimal.js's documented representation (`d`: digits
 * in base-10^7 words, the first holding `e mod 7 + 1` digits, trailing zero words dropped; `e`: the
 * exponent; `s`: the sign) without a string or an allocation: the shortcut of whole-rupiah sums and
 * texts (amounts are nearly always whole and far below 2^53). With `truncate`, a fraction is cut
 * off (toward zero) instead: the whole part of a value of magnitude 1 to 10^15.
 * @internal
 */
export function safeWholeOf(x: Decimal, truncate?: boolean): number | undefined {
  const { d, e, s } = x;
  if (d === null || d === undefined) return undefined;
  if (d.length === 1 && d[0] === 0) return 0;
  if (e < 0 || e >= SAFE_EXPONENT) return undefined;
  // The words up to the units word (`last`); a word past it would be a fraction.
  const last = Math.floor(e / 7);
  if (d.length - 1 > last && !truncate) return undefined;
  let value = 0;
  for (let i = 0; i <= last; i++) value = value * WORD + (d[i] ?? 0);
  return s * value;
}

/** Whether `text` is ASCII digits only. */
function plainDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Parse a plain decimal string (no exponent, no thousands separators, at most 200 characters);
 * `undefined` when malformed.
 * @internal
 */
export function parseDecimalText(text: string): Decimal | undefined {
  // The common case (an amount read from a file): a few plain digits, nothing to trim or match.
  if (text.length > 0 && text.length <= 16 && plainDigits(text)) return new Decimal(text);
  if (text.length > 4 * MAX_DECIMAL_LENGTH) return undefined; // do not even trim a huge string
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_DECIMAL_LENGTH || !DECIMAL_TEXT.test(trimmed)) return undefined;
  return new Decimal(trimmed);
}

/** decimal.js rounding-mode constants (`Decimal.ROUND_*`). @internal */
export type Rounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
