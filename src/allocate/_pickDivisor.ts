import { ceilDiv, formatScaled, isqrt, pow10 } from "./_exact.js";
import { isInfinite, type Key } from "./_priority.js";

/** ⌈√c⌉ for c ≥ 0. */
function ceilSqrt(c: bigint): bigint {
  const s = isqrt(c);
  return s * s === c ? s : s + 1n;
}

/** num / den · 10^shift as a pair (shift may be negative). */
function scaled(num: bigint, den: bigint, shift: number): [bigint, bigint] {
  return shift >= 0 ? [num * pow10(shift), den] : [num, den * pow10(-shift)];
}

/**
 * A divisor strictly between two priorities, with as few significant digits as possible.
 *
 * Every seat whose priority is at least `high` was awarded and every seat at priority `low` or less
 * was not; any divisor d with low < d < high reproduces the allocation by the method's rounding,
 * with no boundary case. The search tries d = m·10^j for j from the magnitude of `high` downwards,
 * taking the largest m with m·10^j < high, until m·10^j > low. Priorities are in scaled weight units
 * (weights × 10^places) and, for Huntington–Hill, squared — so `squared` compares d² instead.
 *
 * @param low - The highest priority not awarded (`null`: none, i.e. 0).
 * @param high - The lowest priority awarded (`null` or infinite: none finite).
 * @returns Decimal text, or `null` when no finite divisor separates them (or any divisor would do).
 * @internal
 */
export function pickDivisor(low: Key | null, high: Key | null, squared: boolean, places: number): string | null {
  if (low && isInfinite(low)) return null;
  const unitPlaces = squared ? 2 * places : places;
  const lowNum = low && low.num > 0n ? low.num : 0n;
  const lowDen = low && low.num > 0n ? low.den * pow10(unitPlaces) : 1n;
  if (!high || isInfinite(high)) {
    if (lowNum === 0n) return null;
    const floor = lowNum / lowDen;
    return (squared ? isqrt(floor) + 1n : floor + 1n).toString();
  }
  const highNum = high.num;
  const highDen = high.den * pow10(unitPlaces);
  // 10^j > high (or √high), so the search starts at one significant digit.
  const ceilHigh = ceilDiv(highNum, highDen);
  let j = (squared ? ceilSqrt(ceilHigh) : ceilHigh).toString().length;
  for (;;) {
    const step = squared ? 2 * j : j;
    const [n, d] = scaled(highNum, highDen, -step); // high / unit (squared: high / unit²)
    const c = ceilDiv(n, d);
    const m = squared ? ceilSqrt(c) - 1n : c - 1n;
    if (m >= 1n) {
      const mm = squared ? m * m : m;
      const [left, right] = scaled(mm * lowDen, 1n, step); // m·unit (squared: m²·unit²) · lowDen
      if (left > lowNum * right) return formatScaled(m, -j);
    }
    j -= 1;
  }
}
