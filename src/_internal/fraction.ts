/**
 * Exact non-negative-denominator rationals on BigInt, for decisions that must not depend on
 * floating-point rounding (rank ties, crossover points). Internal only.
 */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint; // always > 0
}

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new RangeError("fraction with zero denominator");
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact value of a finite JS number as written in its shortest round-trip decimal form. */
export function fromNumber(value: number): Fraction {
  const match = DECIMAL.exec(String(value));
  if (!match || !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const [, sign, int = "0", frac = "", exp = "0"] = match;
  let n = BigInt(int + frac);
  let d = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  return fraction(sign ? -n : n, d);
}

export const ZERO = /* @__PURE__ */ fraction(0n);
export const ONE = /* @__PURE__ */ fraction(1n);
export const add = (a: Fraction, b: Fraction) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Fraction, b: Fraction) => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
export function div(a: Fraction, b: Fraction): Fraction {
  if (b.n === 0n) throw new RangeError("division by zero");
  return fraction(a.n * b.d, a.d * b.n);
}
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}
export const isZero = (a: Fraction) => a.n === 0n;
export const sign = (a: Fraction) => (a.n < 0n ? -1 : a.n > 0n ? 1 : 0);

const bits = (x: bigint) => x.toString(2).length;

/**
 * The nearest double, with relative (not absolute) precision: a tiny fraction such as 1/10³⁰ becomes
 * 1e-30, not 0 (a crossover just above α = 0 must not read as α = 0). The quotient is taken to 64
 * significant bits plus a sticky bit, so the conversion to 53 bits rounds correctly; the power of two
 * is applied in two steps so neither factor overflows.
 */
export function toNumber(a: Fraction): number {
  if (a.n === 0n) return 0;
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  const shift = 64 - (bits(n) - bits(a.d));
  const numerator = shift >= 0 ? n << BigInt(shift) : n;
  const denominator = shift >= 0 ? a.d : a.d << BigInt(-shift);
  let q = numerator / denominator;
  if (numerator % denominator !== 0n) q |= 1n; // sticky: the part below is not zero
  const half = Math.trunc(-shift / 2);
  const value = Number(q) * 2 ** half * 2 ** (-shift - half);
  return negative ? -value : value;
}

export const toText = (a: Fraction) => (a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`);
