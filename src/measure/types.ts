/**
 * A column of numbers: a plain array or a `Float64Array`. Typed arrays are read in place with index
 * loops, never copied into objects, so a million-row column costs one pass.
 * @example
 * import type { NumericArray } from "tepat-sasaran/measure";
 *
 * const expenditure: NumericArray = new Float64Array([612_000, 845_000]);
 * @category Measures
 */
export type NumericArray = readonly number[] | Float64Array;

/**
 * A poverty line: one number for every observation, or one line per observation (for example the
 * regency-specific lines BPS publishes), parallel to the values. Every line must be finite and > 0.
 * @example
 * import type { PovertyLine } from "tepat-sasaran/measure";
 *
 * const line: PovertyLine = [793_000, 793_000, 716_000]; // one per row
 * @category Measures
 */
export type PovertyLine = number | NumericArray;

/**
 * What the Watts index does with a value ≤ 0 (its logarithm is undefined there).
 *
 * - `{ nonPositive: "error" }` (the default): throw `measure.watts_non_positive` naming the first such row.
 * - `{ nonPositive: "floor", minimum }`: compute Watts on `max(value, minimum)` (every value below
 *   `minimum` counts as `minimum`, only in the Watts term); `minimum` must be finite and > 0.
 * @example
 * import { povertyProfile } from "tepat-sasaran/measure";
 *
 * povertyProfile([0, 40_000], { line: 100_000, watts: { nonPositive: "floor", minimum: 1_000 } });
 * @category Measures
 */
export type WattsPolicy =
  | {
      /** Throw for a value ≤ 0 (the default). */
      readonly nonPositive: "error";
    }
  | {
      /** Compute Watts on max(value, minimum). */
      readonly nonPositive: "floor";
      /** The floor, finite and > 0. */
      readonly minimum: number;
    };
