import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { checkOptions, checkSample, guarded } from "./_input.js";
import { quantilesOfSorted, sortedSample } from "./_quantiles.js";
import type { WeightsOptions } from "./gini.js";
import { distributionMessages } from "./messages.js";
import type { NumericArray } from "./types.js";

function checkProbability(p: number, index: number): void {
  if (!(typeof p === "number" && p >= 0 && p <= 1)) {
    throw failure(distributionMessages, "measure.probability_invalid", { index, value: describeValue(p) });
  }
}

/**
 * Weighted quantiles, type 1: the inverse of the weighted empirical distribution function,
 *
 * Q(p) = min { y : F(y) ≥ p }, F(y) = Σ_{yᵢ ≤ y} wᵢ / Σ wᵢ,
 *
 * so the answer is always an observed value. With unit weights this is R's `quantile(x, p, type = 1)`
 * (and with integer weights, the same on the values repeated by their weights). F(y) ≥ p is tested as
 * Σ_{yᵢ ≤ y} wᵢ ≥ p·N within a relative tolerance of 1e-12, so that p = 0.3 of 10 equal weights selects
 * the 3rd value despite 0.3·10 rounding to a hair above 3 in binary floating point (R uses a similar fuzz). Q(0) is the
 * smallest and Q(1) the largest value with positive weight; zero-weight values are never returned.
 *
 * @param values - The values.
 * @param probabilities - Probabilities in [0, 1], in any order.
 * @param options - Optional `weights`.
 * @returns One quantile per probability, in the order given.
 * @throws TepatSasaranError `measure.probability_invalid`, plus the sample errors of {@link mean}.
 * @example
 * import { weightedQuantiles } from "tepat-sasaran/measure";
 *
 * weightedQuantiles([5, 1, 4, 2, 3], [0.2, 0.5, 1]) //=> [1, 3, 5]
 * @category Measures
 */
export function weightedQuantiles(
  values: NumericArray,
  probabilities: readonly number[],
  options: WeightsOptions = {},
): number[] {
  return guarded("weightedQuantiles", () => {
    checkSample(probabilities, "weightedQuantiles", "probabilities");
    for (let i = 0; i < probabilities.length; i++) checkProbability(probabilities[i] as number, i);
    const sample = sortedSample(values, checkOptions(options, "weightedQuantiles").weights, "weightedQuantiles");
    const order = probabilities
      .map((_, i) => i)
      .sort((a, b) => (probabilities[a] as number) - (probabilities[b] as number));
    const found = quantilesOfSorted(
      sample,
      order.map((i) => (probabilities[i] as number) * sample.total),
    );
    const out = new Array<number>(probabilities.length);
    order.forEach((i, rank) => {
      out[i] = found[rank] as number;
    });
    return out;
  });
}

/**
 * One weighted quantile, type 1 (inverse of the weighted empirical distribution function); see
 * {@link weightedQuantiles} for the definition.
 *
 * @param values - The values.
 * @param p - A probability in [0, 1].
 * @param options - Optional `weights`.
 * @returns The smallest value y with F(y) ≥ p.
 * @throws TepatSasaranError `measure.probability_invalid`, plus the sample errors of {@link mean}.
 * @example
 * import { weightedQuantile } from "tepat-sasaran/measure";
 *
 * weightedQuantile([10, 20, 30], 0.5, { weights: [1, 1, 2] }) //=> 20
 * weightedQuantile([10, 20, 30], 0.6, { weights: [1, 1, 2] }) //=> 30
 * @category Measures
 */
export function weightedQuantile(values: NumericArray, p: number, options: WeightsOptions = {}): number {
  return guarded("weightedQuantile", () => {
    if (typeof p !== "number") checkProbability(p, 0);
    return weightedQuantiles(values, [p], options)[0] as number;
  });
}
