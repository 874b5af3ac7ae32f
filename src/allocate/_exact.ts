// Exact integer helpers for the allocate layer: decimal text ↔ scaled bigint, gcd, integer square
// root and display rounding. Nothing here uses floating point.
import type { ExactFraction } from "./types.js";

/** 10^k as a bigint (k ≥ 0); computed each time, as no module may keep a growing table. @internal */
export function pow10(k: number): bigint {
  return 10n ** BigInt(k);
}

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** A non-negative decimal text as `value / 10^places`, or `undefined` when it is not one. @internal */
export function parseDecimal(text: string): { value: bigint; places: number } | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? "";
  return { value: BigInt((match[1] as string) + fraction), places: fraction.length };
}

/** `value / 10^places` as plain decimal text without trailing fractional zeros. @internal */
export function formatScaled(value: bigint, places: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  if (places <= 0) return (negative ? "-" : "") + digits + "0".repeat(-places);
  const padded = digits.padStart(places + 1, "0");
  const whole = padded.slice(0, padded.length - places);
  const fraction = padded.slice(padded.length - places).replace(/0+$/, "");
  return (negative ? "-" : "") + whole + (fraction ? `.${fraction}` : "");
}

/** Greatest common divisor of two non-negative bigints. @internal */
export function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** ⌊√n⌋ for n ≥ 0 (Newton's method on bigints). @internal */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Start above √n (a power of two) and let Newton's iteration decrease to ⌊√n⌋.
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** ⌈a / b⌉ for a ≥ 0, b > 0. @internal */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** Digits shown after the decimal point in display strings. @internal */
export const DISPLAY_PLACES = 6;

/** `numerator / denominator` (both ≥ 0, denominator > 0) rounded half up to 6 places, as text. @internal */
export function displayRatio(numerator: bigint, denominator: bigint): string {
  const scale = pow10(DISPLAY_PLACES);
  return formatScaled((2n * numerator * scale + denominator) / (2n * denominator), DISPLAY_PLACES);
}

/** √(numerator / denominator) rounded half up to 6 places, as text. @internal */
export function displaySqrtRatio(numerator: bigint, denominator: bigint): string {
  const scale = pow10(DISPLAY_PLACES);
  // ⌊2y⌋ with y = √(n/d)·10^6; then ⌊(⌊2y⌋ + 1) / 2⌋ = ⌊y + ½⌋.
  const twice = isqrt((4n * numerator * scale * scale) / denominator);
  return formatScaled((twice + 1n) / 2n, DISPLAY_PLACES);
}

/** An exact fraction in lowest terms, with a display value. @internal */
export function fraction(numerator: bigint, denominator: bigint): ExactFraction {
  const divisor = gcd(numerator, denominator) || 1n;
  const n = numerator / divisor;
  const d = denominator / divisor;
  return { numerator: n.toString(), denominator: d.toString(), decimal: displayRatio(n, d) };
}
