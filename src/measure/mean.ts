import { checkFinite, checkOptions, guarded, validateSample } from "./_input.js";
import type { WeightsOptions } from "./gini.js";
import type { NumericArray } from "./types.js";

/**
 * The weighted arithmetic mean Σ wᵢyᵢ / Σ wᵢ, with compensated (Neumaier) sums.
 *
 * @param values - The values.
 * @param options - Optional `weights`.
 * @returns The mean.
 * @throws TepatSasaranError `measure.empty`, `measure.value_not_finite`, weight errors,
 *   `measure.length_mismatch`.
 * @example
 * import { mean } from "tepat-sasaran/measure";
 *
 * mean([1, 2, 3, 4]) //=> 2.5
 * mean([10, 20], { weights: [3, 1] }) //=> 12.5
 * @category Measures
 */
export function mean(values: NumericArray, options: WeightsOptions = {}): number {
  return guarded("mean", () => {
    const { total, weights } = validateSample(values, checkOptions(options, "mean").weights, "mean");
    let sum = 0;
    let compensation = 0;
    const n = values.length;
    for (let i = 0; i < n; i++) {
      const x = (values[i] as number) * (weights === undefined ? 1 : (weights[i] as number));
      const t = sum + x;
      compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
      sum = t;
    }
    return checkFinite((sum + compensation) / total);
  });
}
