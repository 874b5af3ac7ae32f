import { failure } from "../message/error.js";
import { checkFinite, checkOptions, copyToFloat64, guarded, validateSample } from "./_input.js";
import { giniSums } from "./_sen.js";
import { sortWithPayload } from "./_sort.js";
import { giniMessages } from "./messages.js";
import type { NumericArray } from "./types.js";

/** The largest double below 1. */
const BELOW_ONE = 1 - 2 ** -53;

/**
 * Options of {@link gini}, {@link mean} and the quantile functions.
 * @category Measures
 */
export interface WeightsOptions {
  /** Population weights (finite, ≥ 0, not all zero); default 1 each. */
  readonly weights?: NumericArray | undefined;
}

/**
 * The Gini coefficient, in its population form (no n/(n − 1) correction), weighted:
 *
 * G = Σᵢ Σⱼ wᵢwⱼ·|yᵢ − yⱼ| / (2·N²·μ), N = Σ wᵢ, μ the weighted mean.
 *
 * This is the definition of R's `ineq::Gini` (default, `corr = FALSE`) and `laeken::gini` (which
 * reports it × 100); for 1, 2, 3, 4, 5 it is 4/15. Computed in O(n log n) from the sorted values as
 * G = Σᵢ uᵢyᵢ·(Uᵢ + Uᵢ₋₁ − 1) / μ, with uᵢ = wᵢ/N the weight shares and Uᵢ their cumulative sums
 * (half the mean absolute difference over the mean), after a bucket/radix sort, with compensated
 * sums; the scale of the weights does not matter. Ties need no rule: the formula does not depend on
 * their order. Values may be negative as long as the mean is positive (the Gini can then exceed 1).
 *
 * @param values - Welfare values.
 * @param options - Optional `weights`.
 * @returns G in [0, 1) for non-negative values; 0 when all values are equal.
 * @throws TepatSasaranError `measure.empty`, `measure.value_not_finite`, weight errors,
 *   `measure.length_mismatch`, `measure.mean_not_positive`, `measure.not_representable`.
 * @example
 * import { gini } from "tepat-sasaran/measure";
 *
 * gini([1, 2, 3, 4, 5]) //=> 0.26666666666666666 (4/15)
 * gini([1, 2], { weights: [3, 1] }) //=> 0.15
 * @category Measures
 */
export function gini(values: NumericArray, options: WeightsOptions = {}): number {
  return guarded("gini", () => {
    const { total, weights } = validateSample(values, checkOptions(options, "gini").weights, "gini");
    const keys = copyToFloat64(values);
    const payload = weights === undefined ? null : copyToFloat64(weights);
    sortWithPayload(keys, payload);
    const { mean, halfMeanDifference } = giniSums(keys, payload, total);
    if (!(mean > 0)) throw failure(giniMessages, "measure.mean_not_positive", { value: mean });
    const g = checkFinite(halfMeanDifference / mean);
    // For values ≥ 0 the Gini lies in [0, 1) exactly; a result outside is rounding (one weight share
    // within 2⁻⁵³ of the whole rounds 1 − ε to 1; cancellation can leave −1e−87), so it is brought to
    // the nearest value inside. With negative values the Gini can exceed 1 and is left as computed.
    if ((keys[0] as number) >= 0) return g < 0 ? 0 : g >= 1 ? BELOW_ONE : g;
    return g;
  });
}
