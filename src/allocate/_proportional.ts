import { gcd } from "./_exact.js";

/** A non-negative rational p / q (q > 0). @internal */
export interface Ratio {
  readonly p: bigint;
  readonly q: bigint;
}

const less = (a: Ratio, b: Ratio) => a.p * b.q < b.p * a.q;

/**
 * The exact proportional shares with floors and caps: the smallest λ ≥ 0 with
 * Σ clamp(λ·wᵢ, minᵢ, maxᵢ) = total. This is what "give each its proportional share, fix the ones
 * below their floor or above their cap, and share the rest again among the others, until nothing
 * moves" converges to, found directly: the sum is piecewise linear and non-decreasing in λ, so a
 * binary search over the breakpoints minᵢ/wᵢ and maxᵢ/wᵢ finds the linear piece, which is solved exactly.
 * Zero weights stay at their floor.
 *
 * @returns λ, or `null` when even λ = ∞ is not enough (every positive weight at its cap and seats
 * still left: only zero-weight regions can take them).
 * @internal
 */
export function solveLambda(
  weights: readonly bigint[],
  min: readonly bigint[],
  max: readonly (bigint | null)[],
  total: bigint,
): Ratio | null {
  let floorSum = 0n;
  let capSum: bigint | null = 0n;
  const breakpoints: Ratio[] = [];
  weights.forEach((w, i) => {
    const low = min[i] as bigint;
    const high = max[i] as bigint | null;
    floorSum += low;
    if (w === 0n) {
      if (capSum !== null) capSum += low;
      return;
    }
    if (low > 0n) breakpoints.push({ p: low, q: w });
    if (high === null) capSum = null;
    else {
      if (capSum !== null) capSum += high;
      breakpoints.push({ p: high, q: w });
    }
  });
  if (total <= floorSum) return { p: 0n, q: 1n };
  if (capSum !== null && capSum < total) return null;
  breakpoints.sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : 0));

  // f(λ) < total, evaluated exactly at λ = b.p / b.q.
  const below = (b: Ratio): boolean => {
    let sum = 0n;
    weights.forEach((w, i) => {
      const low = (min[i] as bigint) * b.q;
      const high = max[i] as bigint | null;
      let v = w * b.p;
      if (v < low || w === 0n) v = low;
      else if (high !== null && v > high * b.q) v = high * b.q;
      sum += v;
    });
    return sum < total * b.q;
  };
  // Largest k with f(breakpoints[k]) < total (−1: none, then the piece starts at λ = 0).
  let lo = -1;
  let hi = breakpoints.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (below(breakpoints[mid] as Ratio)) lo = mid;
    else hi = mid;
  }
  const start: Ratio = lo >= 0 ? (breakpoints[lo] as Ratio) : { p: 0n, q: 1n };
  const end: Ratio | undefined = breakpoints[lo + 1];

  // On the open piece (start, end): capped where maxᵢ/wᵢ ≤ start, floored where minᵢ/wᵢ ≥ end, else free.
  let fixed = 0n;
  let free = 0n;
  weights.forEach((w, i) => {
    const low = min[i] as bigint;
    const high = max[i] as bigint | null;
    if (w === 0n) fixed += low;
    else if (high !== null && !less(start, { p: high, q: w })) fixed += high;
    else if (end !== undefined && !less({ p: low, q: w }, end)) fixed += low;
    else free += w;
  });
  const p = total - fixed;
  const divisor = gcd(p, free) || 1n;
  return { p: p / divisor, q: free / divisor };
}
