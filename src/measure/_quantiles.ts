import { copyToFloat64, validateSample } from "./_input.js";
import { sortWithPayload } from "./_sort.js";
import type { NumericArray } from "./types.js";

/** Relative tolerance when comparing a cumulative weight with p·N (R's quantile uses a similar fuzz). */
const TOLERANCE = 1e-12;

/** Validated, sorted copy of a weighted sample. @internal */
export interface SortedSample {
  readonly keys: Float64Array;
  /** Sorted weights, or null when every weight is 1. */
  readonly weights: Float64Array | null;
  readonly total: number;
}

/** Validate and sort a sample (values carry their weights). @internal */
export function sortedSample(values: NumericArray, weights: NumericArray | undefined, what: string): SortedSample {
  const valid = validateSample(values, weights, what);
  const total = valid.total;
  const keys = copyToFloat64(values);
  const sortedWeights = valid.weights === undefined ? null : copyToFloat64(valid.weights);
  sortWithPayload(keys, sortedWeights);
  return { keys, weights: sortedWeights, total };
}

/**
 * Type-1 weighted quantiles (inverse of the weighted empirical distribution function) for targets
 * given as cumulative weights, ascending: for each target t, the smallest value whose cumulative weight
 * reaches t (within TOLERANCE·N). Target 0 gives the smallest value with positive weight; a target of N
 * (or more) the largest value with positive weight. Zero-weight values are never returned.
 * @internal
 */
export function quantilesOfSorted(sample: SortedSample, targets: readonly number[]): number[] {
  const { keys, weights, total } = sample;
  const n = keys.length;
  const tolerance = TOLERANCE * total;
  const out: number[] = [];
  let last = n - 1;
  while (last > 0 && weights !== null && weights[last] === 0) last--;
  let i = -1;
  let cum = 0;
  let cumC = 0;
  for (const target of targets) {
    if (target >= total) {
      out.push(keys[last] as number);
      continue;
    }
    while (i < 0 || !(cum + cumC >= target - tolerance) || (weights !== null && weights[i] === 0)) {
      i++;
      if (i > last) {
        i = last;
        break;
      }
      const w = weights === null ? 1 : (weights[i] as number);
      const t = cum + w;
      cumC += cum >= w ? cum - t + w : w - t + cum;
      cum = t;
    }
    out.push(keys[i] as number);
  }
  return out;
}
