import { giniSums, type GiniSums } from "./_sen.js";
import { sortWithPayload } from "./_sort.js";

/** Buckets up to this size get pairwise sums; larger (clustered) ones are sorted. */
const PAIRWISE = 32;

/**
 * {@link GiniSums} of unsorted values in [min, max] (no `-0`), without sorting them: values go to m
 * equal-width buckets (⌊(x − min)·scale⌋ is monotone in x, so every value of bucket b is ≤ every value
 * of bucket b + 1). With L_b the weight below bucket b and W_b its own weight, the sorted formula
 * D = Σ wᵢxᵢ·(Cᵢ + Cᵢ₋₁ − W) splits exactly into Σᵢ wᵢxᵢ·(2L_b + W_b − W) plus, per bucket, its own
 * D_b = Σ_{i<j in b} wᵢwⱼ·|xᵢ − xⱼ|, summed pairwise for small buckets and by sorting for large ones.
 * About two passes and no data movement, which is what keeps Sen cheap inside `povertyProfile`.
 * @internal
 */
export function bucketGiniSums(x: Float64Array, w: Float64Array | null, min: number, max: number): GiniSums {
  const m = x.length;
  const scale = m / (max - min);
  if (m < 2 || !(scale > 0 && scale < Infinity)) {
    const keys = x.slice();
    const weights = w === null ? null : w.slice();
    sortWithPayload(keys, weights);
    return giniSums(keys, weights, weightTotal(w, m));
  }
  const last = m - 1;
  const head = new Uint32Array(m); // 1 + first row of each bucket's list, 0 = empty
  const link = new Uint32Array(m); // 1 + next row in the same bucket, 0 = end
  const count = new Uint32Array(m);
  const weightIn = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let b = ((x[i] as number) - min) * scale | 0;
    if (b > last) b = last;
    link[i] = head[b] as number;
    head[b] = i + 1;
    count[b] = (count[b] as number) + 1;
    weightIn[b] = (weightIn[b] as number) + (w === null ? 1 : (w[i] as number));
  }
  const below = new Float64Array(m);
  const total = prefix(weightIn, below);
  const sums = new Float64Array(4); // [D, D comp, S, S comp]
  for (let start = 0; start < m; start += 256) {
    const end = start + 256 < m ? start + 256 : m;
    let d = 0;
    let s = 0;
    for (let i = start; i < end; i++) {
      let b = ((x[i] as number) - min) * scale | 0;
      if (b > last) b = last;
      const wx = (w === null ? 1 : (w[i] as number)) * (x[i] as number);
      d += wx * (2 * (below[b] as number) + (weightIn[b] as number) - total);
      s += wx;
    }
    addCompensated(sums, 0, d);
    addCompensated(sums, 2, s);
  }
  for (let b = 0; b < m; b++) {
    const size = count[b] as number;
    if (size < 2) continue;
    const within = size <= PAIRWISE ? pairwise(x, w, head, link, b) : sortedWithin(x, w, head, link, b, size);
    addCompensated(sums, 0, within);
  }
  return { dispersion: (sums[0] as number) + (sums[1] as number), weightedSum: (sums[2] as number) + (sums[3] as number) };
}

function weightTotal(w: Float64Array | null, m: number): number {
  if (w === null) return m;
  const sums = new Float64Array(2);
  for (let i = 0; i < m; i++) addCompensated(sums, 0, w[i] as number);
  return (sums[0] as number) + (sums[1] as number);
}

/** below[b] = Σ_{c<b} weightIn[c] (compensated); returns the grand total. */
function prefix(weightIn: Float64Array, below: Float64Array): number {
  const sums = new Float64Array(2);
  const k = weightIn.length;
  for (let b = 0; b < k; b++) {
    below[b] = (sums[0] as number) + (sums[1] as number);
    addCompensated(sums, 0, weightIn[b] as number);
  }
  return (sums[0] as number) + (sums[1] as number);
}

/** Σ_{i<j in bucket b} wᵢwⱼ·|xᵢ − xⱼ| by pairs. */
function pairwise(x: Float64Array, w: Float64Array | null, head: Uint32Array, link: Uint32Array, b: number): number {
  let sum = 0;
  for (let i = head[b] as number; i !== 0; i = link[i - 1] as number) {
    const xi = x[i - 1] as number;
    const wi = w === null ? 1 : (w[i - 1] as number);
    for (let j = link[i - 1] as number; j !== 0; j = link[j - 1] as number) {
      sum += wi * (w === null ? 1 : (w[j - 1] as number)) * Math.abs(xi - (x[j - 1] as number));
    }
  }
  return sum;
}

/** The same for a large bucket: gather, sort, and use the sorted formula within the bucket. */
function sortedWithin(
  x: Float64Array,
  w: Float64Array | null,
  head: Uint32Array,
  link: Uint32Array,
  b: number,
  size: number,
): number {
  const keys = new Float64Array(size);
  const weights = w === null ? null : new Float64Array(size);
  let k = 0;
  for (let i = head[b] as number; i !== 0; i = link[i - 1] as number) {
    keys[k] = x[i - 1] as number;
    if (weights !== null && w !== null) weights[k] = w[i - 1] as number;
    k++;
  }
  sortWithPayload(keys, weights);
  return giniSums(keys, weights, weightTotal(weights, size)).dispersion;
}

function addCompensated(sums: Float64Array, at: number, x: number): void {
  const sum = sums[at] as number;
  const t = sum + x;
  sums[at + 1] = (sums[at + 1] as number) + (Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum);
  sums[at] = t;
}
