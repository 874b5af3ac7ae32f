import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import type { AlkireFosterIndicator, DeprivationTest, MissingPolicy } from "./alkireFosterTypes.js";
import { alkireFosterMessages, measureMessages, optionMessages } from "./messages.js";
import { rowFailure } from "../message/_rowFailure.js";

/** Tolerance for Σ indicator weights = 1 and for score ≥ k (absorbs rounding in sums like 1/6 + 1/6). */
export const AF_TOLERANCE = 1e-9;

const POLICIES: readonly MissingPolicy[] = ["error", "not-deprived", "drop", "reweight"];

/** Indicators checked once, with their dimension structure. @internal */
export interface CompiledIndicators {
  readonly list: readonly AlkireFosterIndicator[];
  /** Dimension names in order of first appearance. */
  readonly dimensions: readonly string[];
  /** Dimension slot of each indicator. */
  readonly dimensionOf: readonly number[];
  /** Nominal weight of each dimension (Σ of its indicators). */
  readonly dimensionWeights: readonly number[];
}

/** Validate indicators (ids unique, weights > 0 summing to 1, cutoffs finite), k and the policy. @internal */
export function compileIndicators(
  indicators: readonly AlkireFosterIndicator[],
  k: number,
  missing: MissingPolicy,
): CompiledIndicators {
  if (!Array.isArray(indicators)) throw failure(measureMessages, "measure.not_a_sample", { what: "alkireFoster", field: "indicators", value: describeValue(indicators) });
  if (indicators.length === 0) throw failure(alkireFosterMessages, "measure.af_indicators_empty");
  if (!(typeof k === "number" && k > 0 && k <= 1)) {
    throw failure(alkireFosterMessages, "measure.af_k_invalid", { value: describeValue(k) });
  }
  if (!POLICIES.includes(missing)) {
    throw failure(optionMessages, "measure.option_invalid", { option: "missing", value: describeValue(missing) });
  }
  const seen = new Set<string>();
  const dimensions: string[] = [];
  const slots = new Map<string, number>();
  const dimensionOf: number[] = [];
  const dimensionWeights: number[] = [];
  let sum = 0;
  for (let index = 0; index < indicators.length; index++) {
    const indicator = indicators[index] as AlkireFosterIndicator;
    if (indicator === null || typeof indicator !== "object" || typeof indicator.id !== "string" || typeof indicator.dimension !== "string") {
      throw failure(alkireFosterMessages, "measure.af_indicator_invalid", { index });
    }
    const { id, weight, deprived } = indicator;
    if (seen.has(id)) throw failure(alkireFosterMessages, "measure.af_indicator_duplicate", { indicator: id });
    seen.add(id);
    if (!(typeof weight === "number" && weight > 0 && weight < Infinity)) {
      throw failure(alkireFosterMessages, "measure.af_indicator_weight_invalid", { indicator: id, value: describeValue(weight) });
    }
    const cutoff: unknown = typeof deprived === "function" ? 0 : deprived !== null && typeof deprived === "object" ? deprived.cutoff : undefined;
    if (!Number.isFinite(cutoff)) {
      throw failure(alkireFosterMessages, "measure.af_indicator_cutoff_invalid", { indicator: id, value: describeValue(cutoff) });
    }
    let slot = slots.get(indicator.dimension);
    if (slot === undefined) {
      slot = dimensions.length;
      slots.set(indicator.dimension, slot);
      dimensions.push(indicator.dimension);
      dimensionWeights.push(0);
    }
    dimensionOf.push(slot);
    dimensionWeights[slot] = (dimensionWeights[slot] as number) + weight;
    sum += weight;
  }
  if (Math.abs(sum - 1) > AF_TOLERANCE) throw failure(alkireFosterMessages, "measure.af_weights_sum", { sum });
  return { list: indicators, dimensions, dimensionOf, dimensionWeights };
}

/** Whether a present value is deprived; throws for a non-number against a cutoff or a non-boolean test. @internal */
export function isDeprived(test: DeprivationTest, value: unknown, row: number, indicator: string): boolean {
  if (typeof test === "function") {
    const result: unknown = test(value);
    if (typeof result !== "boolean") {
      throw rowFailure(alkireFosterMessages, "measure.af_predicate_not_boolean", { index: row, indicator });
    }
    return result;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw rowFailure(alkireFosterMessages, "measure.af_value_not_number", { index: row, indicator });
  }
  const { cutoff, deprivedBelow = true, inclusive = false } = test;
  if (deprivedBelow) return inclusive ? value <= cutoff : value < cutoff;
  return inclusive ? value >= cutoff : value > cutoff;
}

/**
 * Effective weights of one unit under "reweight": within a dimension, the weight of missing indicators
 * goes to the observed indicators of the same dimension in proportion to their weights; a dimension
 * with no observed indicator gives its weight to the observed dimensions in proportion to theirs.
 * Writes into `out` (0 for missing indicators); the weights sum to 1. @internal
 */
export function reweight(compiled: CompiledIndicators, present: readonly boolean[], out: number[]): void {
  const { list, dimensionOf, dimensionWeights } = compiled;
  const observed = dimensionWeights.map(() => 0);
  list.forEach((indicator, j) => {
    if (present[j]) {
      const d = dimensionOf[j] as number;
      observed[d] = (observed[d] as number) + indicator.weight;
    }
  });
  let observedDimensions = 0;
  observed.forEach((w, d) => {
    if (w > 0) observedDimensions += dimensionWeights[d] as number;
  });
  list.forEach((indicator, j) => {
    const d = dimensionOf[j] as number;
    out[j] = present[j]
      ? (indicator.weight * ((dimensionWeights[d] as number) / (observed[d] as number))) / observedDimensions
      : 0;
  });
}
