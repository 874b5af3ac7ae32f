import { failure } from "../message/error.js";
import { measureMessages } from "./messages.js";
import type { NumericArray, PovertyLine, WattsPolicy } from "./types.js";

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
  throw failure(measureMessages, "measure.value_not_finite", { index, value: String(value) });
}

/** Throw for a weight that is not finite or is negative. @internal */
export function badWeight(weight: unknown, index: number): never {
  if (typeof weight === "number" && Number.isFinite(weight)) {
    throw failure(measureMessages, "measure.weight_negative", { index, value: weight });
  }
  throw failure(measureMessages, "measure.weight_not_finite", { index, value: String(weight) });
}

/** Throw `measure.weights_all_zero`. @internal */
export function allZero(): never {
  throw failure(measureMessages, "measure.weights_all_zero");
}

/**
 * Check values (finite) and weights (finite, ≥ 0, not all zero), in row order so the first bad row is
 * named, and return the compensated total weight (the count when `weights` is absent).
 * @internal
 */
export function validateSample(values: NumericArray, weights: NumericArray | undefined, what: string): number {
  const n = values.length;
  checkNotEmpty(n, what);
  if (weights === undefined) {
    for (let i = 0; i < n; i++) {
      const y = values[i] as number;
      if (!Number.isFinite(y)) badValue(y, i);
    }
    return n;
  }
  checkLength(weights.length, n, "weights");
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const y = values[i] as number;
    if (!Number.isFinite(y)) badValue(y, i);
    const w = weights[i] as number;
    if (!(w >= 0) || w === Infinity) badWeight(w, i);
    const t = sum + w;
    compensation += sum >= w ? sum - t + w : w - t + sum;
    sum = t;
  }
  const total = checkFinite(sum + compensation);
  if (total === 0) allZero();
  return total;
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
  checkLength(line.length, n, "line");
  for (let i = 0; i < n; i++) checkLine(line[i] as number, i);
  return { scalar: 0, lines: line };
}

/** Throw `measure.line_invalid` unless the line is finite and > 0. @internal */
export function checkLine(z: number, index: number): void {
  if (!(typeof z === "number" && z > 0 && z < Infinity)) {
    throw failure(measureMessages, "measure.line_invalid", { index, value: String(z) });
  }
}

/** Check an FGT alpha (finite, ≥ 0). @internal */
export function checkAlpha(alpha: number): void {
  if (!(typeof alpha === "number" && alpha >= 0 && alpha < Infinity)) {
    throw failure(measureMessages, "measure.alpha_invalid", { value: String(alpha) });
  }
}

/** Resolve a Watts policy to its floor: 0 for "error", the minimum for "floor". @internal */
export function wattsFloor(policy: WattsPolicy | undefined): number {
  if (policy === undefined || policy.nonPositive === "error") return 0;
  if (policy.nonPositive === "floor") {
    const minimum = policy.minimum;
    if (!(typeof minimum === "number" && minimum > 0 && minimum < Infinity)) {
      throw failure(measureMessages, "measure.watts_minimum_invalid", { value: String(minimum) });
    }
    return minimum;
  }
  throw failure(measureMessages, "measure.option_invalid", {
    option: "watts.nonPositive",
    value: String((policy as { nonPositive: unknown }).nonPositive),
  });
}

/** Throw `measure.watts_non_positive` for row `index`. @internal */
export function wattsNonPositive(value: number, index: number): never {
  throw failure(measureMessages, "measure.watts_non_positive", { index, value });
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
