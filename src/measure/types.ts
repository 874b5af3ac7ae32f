/**
 * A column of numbers: a plain array or a `Float64Array`. Typed arrays are read in place with index
 * loops, never copied into objects, so a million-row column costs one pass.
 * @category Measures
 */
export type NumericArray = readonly number[] | Float64Array;

/**
 * A poverty line: one number for every observation, or one line per observation (for example the
 * regency-specific lines BPS publishes), parallel to the values. Every line must be finite and > 0.
 * @category Measures
 */
export type PovertyLine = number | NumericArray;

/**
 * What the Watts index does with a value ≤ 0 (its logarithm is undefined there).
 *
 * - `{ nonPositive: "error" }` (the default): throw `measure.watts_non_positive` naming the first such row.
 * - `{ nonPositive: "floor", minimum }`: compute Watts on `max(value, minimum)` (every value below
 *   `minimum` counts as `minimum`, only in the Watts term); `minimum` must be finite and > 0.
 * @category Measures
 */
export type WattsPolicy =
  | { readonly nonPositive: "error" }
  | { readonly nonPositive: "floor"; readonly minimum: number };
