import { sortedCopy } from "./_sort.js";

/**
 * The two weight-normalised quantities behind the Gini of values x with weights w (total W): the
 * weighted mean μ = S/W and half the mean absolute difference Δ = D/W², from the sorted values with
 * cumulative weights Cᵢ: S = Σ wᵢxᵢ and
 * D = Σ wᵢxᵢ·(Cᵢ + Cᵢ₋₁ − W) = ½·Σᵢ Σⱼ wᵢwⱼ·|xᵢ − xⱼ|.
 * Then G = Δ/μ (needs μ > 0) and, for Sen, (1 − I)·G_p = Δ_p. Weights are first scaled by a power of
 * two bringing W near 1: exact in binary floating point (the result is bit-for-bit that of the raw
 * weights), yet W² can no longer overflow or underflow. Computing D directly (rather than
 * G = 1 − ξ/μ) keeps full relative accuracy when G is small. Ties need no rule: D does not depend on
 * their order.
 * @internal
 */
export interface GiniSums {
  readonly mean: number;
  readonly halfMeanDifference: number;
}

/**
 * {@link GiniSums} of sorted values with weights (null = 1 each) totalling `total`. Sums are blocked:
 * plain within BLOCK elements, Neumaier-compensated across blocks (error bounded by the block
 * length, not by n); the cumulative weight is the compensated block start plus a plain in-block sum.
 * @internal
 */
export function giniSums(x: Float64Array, w: Float64Array | null, total: number): GiniSums {
  const m = x.length;
  const scale = 2 ** Math.max(-1023, Math.min(1023, -Math.floor(Math.log2(total))));
  const scaledTotal = total * scale;
  const sums = new Float64Array(6); // [C, C comp, D, D comp, S, S comp], scaled
  for (let start = 0; start < m; start += BLOCK) {
    const end = start + BLOCK < m ? start + BLOCK : m;
    const base = (sums[0] as number) + (sums[1] as number);
    let local = 0;
    let d = 0;
    let s = 0;
    for (let i = start; i < end; i++) {
      const wi = (w === null ? 1 : (w[i] as number)) * scale;
      const before = base + local;
      local += wi;
      const wx = wi * (x[i] as number);
      d += wx * (base + local + before - scaledTotal);
      s += wx;
    }
    addCompensated(sums, 0, local);
    addCompensated(sums, 2, d);
    addCompensated(sums, 4, s);
  }
  const d = (sums[2] as number) + (sums[3] as number);
  const s = (sums[4] as number) + (sums[5] as number);
  return { mean: s / scaledTotal, halfMeanDifference: d / scaledTotal / scaledTotal };
}

const BLOCK = 256;

function addCompensated(sums: Float64Array, at: number, x: number): void {
  const sum = sums[at] as number;
  const t = sum + x;
  sums[at + 1] = (sums[at + 1] as number) + (Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum);
  sums[at] = t;
}

/**
 * {@link GiniSums} of the poor's line-normalised values (free of `-0`, within [min, max] as the
 * caller's pass found them), sorted here with their weights: no second pass over the values, no copy
 * back. The same numbers as `sortWithPayload` then {@link giniSums}.
 * @internal
 */
export function poorGiniSums(x: Float64Array, w: Float64Array | null, min: number, max: number, total: number): GiniSums {
  const sorted = sortedCopy(x, w, min, max);
  return giniSums(sorted.keys, sorted.payload, total);
}
