import { unknownOutcome, type NumberRange, type Outcome } from "../rule/check.js";

/**
 * Read a {@link NumberRange} parameter value; `undefined` when it does not have that form.
 * @internal
 */
export function asRange(value: unknown): NumberRange | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { min, max } = value as { min?: unknown; max?: unknown };
  if (min !== undefined && typeof min !== "number") return undefined;
  if (max !== undefined && typeof max !== "number") return undefined;
  return value as NumberRange;
}

/**
 * Whether a number lies in a range (ends inclusive, missing ends open).
 * @internal
 */
export function inRange(value: number, range: NumberRange): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** An unknown outcome for a parameter value of the wrong form. @internal */
export function badParameter(id: string): Outcome {
  return unknownOutcome("rule.reason.parameter_invalid", null, null, { parameter: id });
}
