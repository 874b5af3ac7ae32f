import { sortWithPayload } from "./_sort.js";

/**
 * The two sums behind the Gini of sorted values x with weights w (total W), cumulative weights Cᵢ:
 * S = Σ wᵢxᵢ and D = Σ wᵢxᵢ·(Cᵢ + Cᵢ₋₁ − W) = Σᵢ Σⱼ wᵢwⱼ·|xᵢ − xⱼ| / 2.
 * Then G = D / (W·S) (needs S > 0) and, for Sen, (1 − I)·G = D / W². Computing D directly (rather than
 * G = 1 − ξ/μ) keeps full relative accuracy when G is small. Ties need no rule: D does not depend on
 * their order.
 * @internal
 */
export interface GiniSums {
  readonly weightedSum: number;
  readonly dispersion: number;
}

/**
 * {@link GiniSums} of sorted values with weights (null = 1 each) totalling `total`. Sums are blocked:
 * plain within BLOCK elements, Neumaier-compensated across blocks (error bounded by the block
 * length, not by n); the cumulative weight is the compensated block start plus a plain in-block sum.
 * @internal
 */
export function giniSums(x: Float64Array, w: Float64Array | null, total: number): GiniSums {
  const m = x.length;
  const sums = new Float64Array(6); // [C, C comp, D, D comp, S, S comp]
  for (let start = 0; start < m; start += BLOCK) {
    const end = start + BLOCK < m ? start + BLOCK : m;
    const base = (sums[0] as number) + (sums[1] as number);
    let local = 0;
    let d = 0;
    let s = 0;
    for (let i = start; i < end; i++) {
      const wi = w === null ? 1 : (w[i] as number);
      const before = base + local;
      local += wi;
      const wx = wi * (x[i] as number);
      d += wx * (base + local + before - total);
      s += wx;
    }
    addCompensated(sums, 0, local);
    addCompensated(sums, 2, d);
    addCompensated(sums, 4, s);
  }
  return { weightedSum: (sums[4] as number) + (sums[5] as number), dispersion: (sums[2] as number) + (sums[3] as number) };
}

const BLOCK = 256;

function addCompensated(sums: Float64Array, at: number, x: number): void {
  const sum = sums[at] as number;
  const t = sum + x;
  sums[at + 1] = (sums[at + 1] as number) + (Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum);
  sums[at] = t;
}

/**
 * {@link GiniSums} of the poor's line-normalised values, sorted here (in place) with their weights.
 * @internal
 */
export function poorGiniSums(x: Float64Array, w: Float64Array | null, total: number): GiniSums {
  sortWithPayload(x, w);
  return giniSums(x, w, total);
}
