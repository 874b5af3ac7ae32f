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

/** {@link GiniSums} of sorted values with weights (null = 1 each) totalling `total`. @internal */
export function giniSums(x: Float64Array, w: Float64Array | null, total: number): GiniSums {
  const m = x.length;
  let cum = 0, cumC = 0, prev = 0;
  let d = 0, dC = 0, s = 0, sC = 0;
  for (let i = 0; i < m; i++) {
    const wi = w === null ? 1 : (w[i] as number);
    const t0 = cum + wi;
    cumC += cum >= wi ? cum - t0 + wi : wi - t0 + cum;
    cum = t0;
    const c = cum + cumC;
    const wx = wi * (x[i] as number);
    const term = wx * (c + prev - total);
    let t = d + term;
    dC += Math.abs(d) >= Math.abs(term) ? d - t + term : term - t + d;
    d = t;
    t = s + wx;
    sC += Math.abs(s) >= Math.abs(wx) ? s - t + wx : wx - t + s;
    s = t;
    prev = c;
  }
  return { weightedSum: s + sC, dispersion: d + dC };
}

/**
 * {@link GiniSums} of the poor's line-normalised values (sorted here, in place, weights along);
 * zeros when no one is poor.
 * @internal
 */
export function poorGiniSums(x: Float64Array, w: Float64Array | null, poorWeight: number): GiniSums {
  if (x.length === 0 || poorWeight === 0) return { weightedSum: 0, dispersion: 0 };
  sortWithPayload(x, w);
  return giniSums(x, w, poorWeight);
}
