import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
} from "../../src/index.js";
import {
  HOUSEHOLD_INDICATORS,
  PovertyAccumulator,
  alkireFoster,
  fgt,
  gini,
  householdIndicatorSet,
  mean,
  povertyProfile,
  weightedQuantile,
  weightedQuantiles,
  weightedDeciles,
  type PovertyAccumulatorState,
} from "../../src/measure/index.js";
import { thrown } from "../errors.js";

// Issue 18 (hostile input), measures. Finding 2: nothing allocates from a caller's number; finding 3:
// holes and non-array samples are errors with their index; finding 5: only TepatSasaranError;
// finding 9: the Gini stays in [0, 1) and P2 is right with subnormal weights.

describe("finding 2: a number is not a sample", () => {
  it.each([
    ["gini(2 ** 31) (allocated ~17 GB)", () => gini(2 ** 31 as never)],
    ["weightedQuantile(5e7, 0.5) (allocated 400 MB, returned 0)", () => weightedQuantile(5e7 as never, 0.5)],
    ["weightedDeciles(1e9)", () => weightedDeciles(1e9 as never)],
    ["mean of a Map (gave NaN)", () => mean(new Map([[0, 1]]) as never)],
    ["fgt of a string", () => fgt("123" as never, { line: 2, alpha: 0 })],
    ["weights given as a number", () => gini([1, 2], { weights: 2 as never })],
    ["a BigInt64Array", () => mean(new BigInt64Array(2) as never)],
  ])("%s is measure.not_a_sample", (_name, run) => {
    expect(thrown(run).code).toBe("measure.not_a_sample");
  });

  it("householdIndicatorSet is linear in its ids: a repeated id is an error (was quadratic)", () => {
    const ids = Array.from({ length: 200_000 }, () => "housing" as const);
    expect(thrown(() => householdIndicatorSet({ indicators: ids })).code).toBe("measure.af_indicator_duplicate");
    expect(householdIndicatorSet({ indicators: HOUSEHOLD_INDICATORS.map((i) => i.id) })).toHaveLength(11);
  });
});

describe("finding 3: holes are errors with their index", () => {
  it.each([
    // eslint-disable-next-line no-sparse-arrays
    ["values", () => fgt([1, , 3] as never, { line: 2, alpha: 0 }), "measure.value_not_finite"],
    // eslint-disable-next-line no-sparse-arrays
    ["weights", () => povertyProfile([1, 2, 3], { line: 2, weights: [1, , 3] as never }), "measure.weight_not_finite"],
    // eslint-disable-next-line no-sparse-arrays
    ["probabilities", () => weightedQuantiles([1, 2], [0.5, , 1] as never), "measure.probability_invalid"],
  ])("a hole in %s", (_name, run, code) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
  });

  it("names the row of the hole", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => mean([1, , 3] as never)).text.en).toContain("row 1");
  });
});

describe("finding 5: options and accumulator states are checked", () => {
  it("fgt without options", () => expect(thrown(() => fgt([1, 2], undefined as never)).code).toBe("measure.options_invalid"));
  it("alkireFoster with indicators that are not objects", () => {
    expect(thrown(() => alkireFoster([{ a: 1 }], { indicators: [null] as never, k: 0.5 })).code).toBe("measure.af_indicator_invalid");
  });
  it("merge with something that is not an accumulator", () => {
    expect(thrown(() => new PovertyAccumulator({ line: 1 }).merge({} as never)).code).toBe("measure.accumulator_incompatible");
  });

  const good = new PovertyAccumulator({ line: 100 }).add(50, 2).add(150, 1).state();
  it.each<[string, Partial<Record<keyof PovertyAccumulatorState, unknown>>]>([
    ["a negative population", { sums: [[-5, 0], ...good.sums.slice(1)] }],
    ["more poor than people", { sums: [good.sums[0], [10, 0], ...good.sums.slice(2)] }],
    ["a fractional count", { count: 1.5 }],
    ["people without a count", { count: 0 }],
    ["a sum that is not a pair", { sums: [[1], ...good.sums.slice(1)] }],
    ["a missing sums list", { sums: undefined }],
    ["alphas that are not numbers", { alphas: ["x"] }],
  ])("fromState refuses %s", (_name, change) => {
    const state = { ...good, ...change } as PovertyAccumulatorState;
    const error = thrown(() => PovertyAccumulator.fromState(state));
    expect(["measure.state_invalid", "measure.alpha_invalid", "measure.not_a_sample"]).toContain(error.code);
  });
});

describe("finding 9: subnormal and huge weights", () => {
  it("P2 with subnormal weights equals P2 with the same weights scaled up (was 0.25 for 0.22)", () => {
    const values = [10, 60, 100];
    const exact = povertyProfile(values, { line: 80, weights: [1, 2, 1] });
    const tiny = povertyProfile(values, { line: 80, weights: [5e-324, 1e-323, 5e-324] });
    expect(tiny.p2).toBe(exact.p2);
    expect(tiny.population).toBe(2e-323);
    expect(fgt(values, { line: 80, alpha: 2, weights: [5e-324, 1e-323, 5e-324] })).toBe(exact.p2);
  });

  it("the Gini of values ≥ 0 with one weight share within 2⁻⁵³ of the whole stays below 1", () => {
    expect(gini([0, 1], { weights: [1, 1e-300] })).toBeLessThan(1);
    expect(gini([5e-324, 1e-5], { weights: [1, 1e-303] })).toBeLessThan(1);
  });

  const weight = fc.oneof(fc.constantFrom(5e-324, 1e-323, 1e-310), fc.double({ min: 0, max: 1e308, noNaN: true }), fc.nat(5));
  const value = fc.oneof(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.nat(10));
  test.prop([fc.array(fc.tuple(value, weight), { minLength: 1, maxLength: 8 })], { numRuns: 400 })(
    "gini of non-negative values is in [0, 1) for any weights, or a TepatSasaranError",
    (rows) => {
      try {
        const g = gini(rows.map((r) => r[0]), { weights: rows.map((r) => r[1]) });
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
      } catch (error) {
        expect(error).toBeInstanceOf(TepatSasaranError);
      }
    },
  );
});
