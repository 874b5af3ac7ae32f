import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { measureMessages, optionMessages, povertyLineMessages } from "./messages.js";
import type { NumericArray, PovertyLine, WattsPolicy } from "./types.js";
import { rowFailure } from "../message/_rowFailure.js";

export { guarded } from "../message/error.js";

/**
 * Check that a column is an array or a typed array of numbers — not a number (which `new
 * Float64Array(n)` would turn into n zeros), a Map, a string or a BigInt64Array — and return it.
 * Holes and non-numbers inside are reported by the row checks, with their index.
 * @internal
 */
export function checkSample<T extends NumericArray | readonly unknown[]>(values: T, what: string, field: string): T {
  const ok =
    Array.isArray(values) ||
    (ArrayBuffer.isView(values) && !(values instanceof DataView) && !(values instanceof BigInt64Array) && !(values instanceof BigUint64Array));
  if (!ok) throw failure(measureMessages, "measure.not_a_sample", { what, field, value: describeValue(values) });
  return values;
}

/** Check that options were given as an object (`measure.options_invalid` otherwise) and return them. @internal */
export function checkOptions<T>(options: T, what: string): NonNullable<T> {
  if (options === null || typeof options !== "object") {
    throw failure(measureMessages, "measure.options_invalid", { what, value: describeValue(options) });
  }
  return options as NonNullable<T>;
}

/** Throw `measure.empty` when there is nothing to measure. @internal */
export function checkNotEmpty(length: number, what: string): void {
  if (length === 0) throw failure(measureMessages, "measure.empty", { what });
}

/** Throw `measure.length_mismatch` unless `received === expected`. @internal */
export function checkLength(received: number, expected: number, what: string): void {
  if (received !== expected) throw failure(measureMessages, "measure.length_mismatch", { what, expected, received });
}

/** Throw for a value that is not a finite number. @internal */
export function badValue(value: unknown, index: number): never {
  throw rowFailure(measureMessages, "measure.value_not_finite", { index, value: describeValue(value) });
}

/** Throw for a weight that is not finite or is negative. @internal */
export function badWeight(weight: unknown, index: number): never {
  if (typeof weight === "number" && Number.isFinite(weight)) {
    throw rowFailure(measureMessages, "measure.weight_negative", { index, value: weight });
  }
  throw rowFailure(measureMessages, "measure.weight_not_finite", { index, value: describeValue(weight) });
}

/** Throw `measure.weights_all_zero`. @internal */
export function allZero(): never {
  throw failure(measureMessages, "measure.weights_all_zero");
}

/** A validated sample's total weight, and its weights (a rescaled copy when they were out of range). @internal */
export interface ValidSample {
  readonly total: number;
  readonly weights: NumericArray | undefined;
}

/**
 * Check values (finite) and weights (finite, ≥ 0, not all zero), in row order so the first bad row is
 * named, and return the compensated total weight (the count when `weights` is absent) with the
 * weights to use: the caller's, or a copy rescaled by a power of two when they are so small or so
 * large that products would underflow or sums overflow (see {@link wellScaled}).
 * @internal
 */
export function validateSample(values: NumericArray, weights: NumericArray | undefined, what: string): ValidSample {
  checkSample(values, what, "values");
  if (weights !== undefined) checkSample(weights, what, "weights");
  const n = values.length;
  checkNotEmpty(n, what);
  if (weights === undefined) {
    for (let i = 0; i < n; i++) {
      const y = values[i] as number;
      if (!Number.isFinite(y)) badValue(y, i);
    }
    return { total: n, weights };
  }
  checkLength(weights.length, n, "weights");
  let max = 0;
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    if (!Number.isFinite(y)) badValue(y, i);
    const w = weights[i] as number;
    if (!(w >= 0) || w === Infinity) badWeight(w, i);
    if (w > max) max = w;
  }
  if (max === 0) allZero();
  const used = wellScaled(weights, max);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const w = used[i] as number;
    const t = sum + w;
    compensation += sum >= w ? sum - t + w : w - t + sum;
    sum = t;
  }
  return { total: checkFinite(sum + compensation), weights: used };
}

/** Below and above these, weights are rescaled (see {@link wellScaled}). */
const TINY = 2 ** -400;
const HUGE = 2 ** 400;

/**
 * Validated weights brought into a safe range: when the largest is below 2⁻⁴⁰⁰ or above 2⁴⁰⁰, a copy
 * multiplied by the power of two that brings the largest to [1, 2). Only the exponents change, so the
 * weights keep every bit and their ratios exactly (a subnormal weight gains precision it had lost to
 * nothing); every measure depends on weight shares only. Without it, subnormal weights give products
 * w·gap² that underflow (P2 of 0.25 where 0.22 is right) and weights near 1e308 sums that overflow.
 * @internal
 */
export function wellScaled(weights: NumericArray, max: number): NumericArray {
  const exponent = scaleExponent(max);
  if (exponent === 0) return weights;
  const out = new Float64Array(weights.length);
  for (let i = 0; i < weights.length; i++) out[i] = times2(weights[i] as number, exponent);
  return out;
}

/** The power of two {@link wellScaled} multiplies by (0: none). @internal */
export function scaleExponent(max: number): number {
  return max === 0 || (max >= TINY && max <= HUGE) ? 0 : -Math.floor(Math.log2(max));
}

/** x·2^exponent, in two steps (2^exponent alone can overflow: a subnormal needs up to 2^1074). @internal */
export function times2(x: number, exponent: number): number {
  const half = Math.trunc(exponent / 2);
  return x * 2 ** half * 2 ** (exponent - half);
}

/** The largest weight (0 for an empty list or all zeros). @internal */
export function largest(weights: NumericArray): number {
  let max = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] as number;
    if (w > max) max = w;
  }
  return max;
}

/** Whether a validated total weight is out of the safe range (so the weights should be rescaled). @internal */
export function outOfRange(total: number): boolean {
  return !(total >= TINY && total <= HUGE);
}

/** A poverty line checked once: a scalar, or a per-row array. @internal */
export interface ResolvedLine {
  readonly scalar: number;
  readonly lines: NumericArray | null;
}

/** Check a line (finite, > 0; an array must be parallel to the values). @internal */
export function resolveLine(line: PovertyLine, n: number): ResolvedLine {
  if (typeof line === "number") {
    checkLine(line, 0);
    return { scalar: line, lines: null };
  }
  if (typeof line !== "object" || line === null) checkLine(line, 0);
  checkSample(line, "line", "line");
  checkLength(line.length, n, "line");
  for (let i = 0; i < n; i++) checkLine(line[i] as number, i);
  return { scalar: 0, lines: line };
}

/** Throw `measure.line_invalid` unless the line is finite and > 0. @internal */
export function checkLine(z: number, index: number): void {
  if (!(typeof z === "number" && z > 0 && z < Infinity)) {
    throw rowFailure(povertyLineMessages, "measure.line_invalid", { index, value: describeValue(z) });
  }
}

/** Check an FGT alpha (finite, ≥ 0). @internal */
export function checkAlpha(alpha: number): void {
  if (!(typeof alpha === "number" && alpha >= 0 && alpha < Infinity)) {
    throw failure(povertyLineMessages, "measure.alpha_invalid", { value: describeValue(alpha) });
  }
}

/** Resolve a Watts policy to its floor: 0 for "error", the minimum for "floor". @internal */
export function wattsFloor(policy: WattsPolicy | undefined): number {
  if (policy === undefined) return 0;
  checkOptions(policy, "watts");
  if (policy.nonPositive === "error") return 0;
  if (policy.nonPositive === "floor") {
    const minimum = policy.minimum;
    if (!(typeof minimum === "number" && minimum > 0 && minimum < Infinity)) {
      throw failure(povertyLineMessages, "measure.watts_minimum_invalid", { value: describeValue(minimum) });
    }
    return minimum;
  }
  throw failure(optionMessages, "measure.option_invalid", {
    option: "watts.nonPositive",
    value: describeValue((policy as { nonPositive: unknown }).nonPositive),
  });
}

/** Throw `measure.watts_non_positive` for row `index`. @internal */
export function wattsNonPositive(value: number, index: number): never {
  throw rowFailure(povertyLineMessages, "measure.watts_non_positive", { index, value });
}

/** A fresh `Float64Array` copy of a column (one memcpy for typed input). @internal */
export function copyToFloat64(values: NumericArray): Float64Array {
  return values instanceof Float64Array ? values.slice() : new Float64Array(values);
}

/**
 * Return `x` if finite; otherwise throw `measure.not_representable` (a sum overflowed double precision,
 * e.g. weights near 1e308). The guarantee that no measure ever returns NaN or ±Infinity rests here.
 * @internal
 */
export function checkFinite(x: number): number {
  if (!Number.isFinite(x)) throw failure(measureMessages, "measure.not_representable");
  return x;
}
