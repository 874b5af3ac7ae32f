import { failure } from "../message/error.js";
import { badValue, checkLength, checkSample, guarded } from "./_input.js";
import { quantilesOfSorted, sortedSample } from "./_quantiles.js";
import { distributionMessages } from "./messages.js";
import type { NumericArray } from "./types.js";

const CUTPOINTS = 9;

/**
 * The nine decile cut-points (desil) of a weighted distribution: the type-1 weighted quantiles at
 * 0.1, 0.2, …, 0.9 (see {@link weightedQuantiles}; the k-th target is computed as k·N/10 so that equal
 * weights split exactly). Each cut-point is an observed value and is the upper end of its decile:
 * with {@link assignDecile}, a value equal to cut-point k belongs to decile k.
 *
 * @param values - Welfare per unit (e.g. per-capita consumption).
 * @param weights - Optional population weights (e.g. household size × survey weight).
 * @returns Nine non-decreasing cut-points.
 * @throws TepatSasaranError the sample errors of {@link mean}.
 * @example
 * import { weightedDeciles } from "tepat-sasaran/measure";
 *
 * weightedDeciles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) //=> [1, 2, 3, 4, 5, 6, 7, 8, 9]
 * @category Measures
 */
export function weightedDeciles(values: NumericArray, weights?: NumericArray): number[] {
  return guarded("weightedDeciles", () => {
    const sample = sortedSample(values, weights, "weightedDeciles");
    const targets: number[] = [];
    for (let k = 1; k <= CUTPOINTS; k++) targets.push((k * sample.total) / 10);
    return quantilesOfSorted(sample, targets);
  });
}

function checkCutpoints(cutpoints: NumericArray): void {
  checkLength(checkSample(cutpoints, "assignDecile", "cutpoints").length, CUTPOINTS, "cutpoints");
  for (let k = 0; k < CUTPOINTS; k++) {
    const c = cutpoints[k] as number;
    if (!Number.isFinite(c) || (k > 0 && c < (cutpoints[k - 1] as number))) {
      throw failure(distributionMessages, "measure.cutpoints_invalid", { expected: CUTPOINTS, index: k });
    }
  }
}

function decileOf(value: number, cutpoints: NumericArray): number {
  let decile = 1;
  while (decile <= CUTPOINTS && value > (cutpoints[decile - 1] as number)) decile++;
  return decile;
}

/**
 * The decile (1–10) of a value given nine cut-points, from {@link weightedDeciles} or supplied from
 * outside (e.g. national DTSEN cut-points): 1 + the number of cut-points strictly below the value.
 * A value equal to a cut-point belongs to the lower decile (cut-point k closes decile k); with repeated
 * cut-points the deciles between them are empty.
 *
 * @param value - A finite value.
 * @param cutpoints - Nine finite, non-decreasing cut-points.
 * @returns The decile, 1 (lowest) to 10.
 * @throws TepatSasaranError `measure.value_not_finite`, `measure.cutpoints_invalid`,
 *   `measure.length_mismatch`.
 * @example
 * import { assignDecile } from "tepat-sasaran/measure";
 *
 * const cuts = [10, 20, 30, 40, 50, 60, 70, 80, 90];
 * assignDecile(5, cuts) //=> 1
 * assignDecile(20, cuts) //=> 2
 * assignDecile(20.5, cuts) //=> 3
 * assignDecile(1000, cuts) //=> 10
 * @category Measures
 */
export function assignDecile(value: number, cutpoints: NumericArray): number {
  return guarded("assignDecile", () => {
    if (!Number.isFinite(value)) badValue(value, 0);
    checkCutpoints(cutpoints);
    return decileOf(value, cutpoints);
  });
}

/**
 * Each observation's decile within the dataset (lower value = lower decile): the cut-points of
 * {@link weightedDeciles} applied with {@link assignDecile}. Equal values always get the same decile
 * (so deciles can differ in size when values tie), and the result does not depend on row order.
 *
 * @param values - Welfare per unit.
 * @param weights - Optional population weights.
 * @returns One decile (1–10) per observation, in input order.
 * @throws TepatSasaranError the sample errors of {@link mean}.
 * @example
 * import { rankDeciles } from "tepat-sasaran/measure";
 *
 * Array.from(rankDeciles([50, 10, 30, 20, 40])) //=> [9, 1, 5, 3, 7]
 * @category Measures
 */
export function rankDeciles(values: NumericArray, weights?: NumericArray): Uint8Array {
  return guarded("rankDeciles", () => {
    const cutpoints = weightedDeciles(values, weights);
    const n = values.length;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = decileOf(values[i] as number, cutpoints);
    return out;
  });
}
