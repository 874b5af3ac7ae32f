import { describe, expect, it } from "vitest";
import {
  assignDecile,
  rankDeciles,
  weightedDeciles,
  weightedQuantile,
  weightedQuantiles,
} from "../../src/measure/index.js";

describe("weightedQuantile(s): type 1, inverse of the weighted ECDF", () => {
  const q = [7, 2, 9, 4, 4, 1, 8, 3, 6, 5, 10, 2];

  // Frozen from R 4.2: quantile(c(7,2,9,4,4,1,8,3,6,5,10,2), c(0.1,0.25,0.3,0.5,0.7,0.9,1), type = 1)
  //   → 2 2 3 4 7 9 10
  it("matches R quantile(type = 1) on unit weights", () => {
    expect(weightedQuantiles(q, [0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 1])).toEqual([2, 2, 3, 4, 7, 9, 10]);
  });

  // Frozen from R 4.2: quantile(rep(q, c(1,3,2,1,1,2,1,4,1,2,1,1)), c(.1,.2,.3,.4,.5,.6,.7,.8,.9), type = 1)
  //   → 1 2 2 3 3 4 5 7 9
  it("matches R on the values repeated by integer weights", () => {
    const weights = [1, 3, 2, 1, 1, 2, 1, 4, 1, 2, 1, 1];
    expect(weightedQuantiles(q, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9], { weights })).toEqual([
      1, 2, 2, 3, 3, 4, 5, 7, 9,
    ]);
    expect(weightedDeciles(q, weights)).toEqual([1, 2, 2, 3, 3, 4, 5, 7, 9]);
  });

  it("returns results in the order asked", () => {
    expect(weightedQuantiles([5, 1, 4, 2, 3], [1, 0.2, 0.5])).toEqual([5, 1, 3]);
  });

  it("treats the exact boundary as reached despite rounding (0.3 of 10)", () => {
    // 0.3 · 10 = 3.0000000000000004 in floating point; the 3rd value must still be chosen.
    expect(weightedQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.3)).toBe(3);
    expect(weightedQuantile([10, 20, 30], 0.5, { weights: [1, 1, 2] })).toBe(20);
    expect(weightedQuantile([10, 20, 30], 0.6, { weights: [1, 1, 2] })).toBe(30);
  });

  it("never returns a zero-weight value", () => {
    expect(weightedQuantile([1, 2, 3], 0, { weights: [0, 1, 1] })).toBe(2);
    expect(weightedQuantile([1, 2, 3], 1, { weights: [1, 1, 0] })).toBe(2);
    expect(weightedQuantile([1, 2, 3], 0.5, { weights: [1, 0, 1] })).toBe(1);
  });

  it.each([-0.1, 1.5, Number.NaN])("rejects probability %s", (p) => {
    expect(() => weightedQuantile([1], p)).toThrow(expect.objectContaining({ code: "measure.probability_invalid" }) as Error);
  });
});

describe("deciles (desil)", () => {
  // Frozen from R 4.2: quantile(1:20, c(.1,.2,.3,.4,.5,.6,.7,.8,.9), type = 1) → 2 4 6 8 10 12 14 16 18
  it("matches R for 1..20", () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(weightedDeciles(values)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(Array.from(rankDeciles(values))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]);
  });

  it.each([
    { value: -5, decile: 1 },
    { value: 10, decile: 1 },
    { value: 10.5, decile: 2 },
    { value: 20, decile: 2 },
    { value: 90, decile: 9 },
    { value: 90.01, decile: 10 },
  ])("puts $value (cut-points 10, 20, …, 90) in decile $decile: a cut-point closes its decile", ({ value, decile }) => {
    expect(assignDecile(value, [10, 20, 30, 40, 50, 60, 70, 80, 90])).toBe(decile);
  });

  it("leaves deciles between repeated cut-points empty", () => {
    const cuts = [1, 2, 2, 2, 5, 6, 7, 8, 9];
    expect(assignDecile(2, cuts)).toBe(2);
    expect(assignDecile(3, cuts)).toBe(5);
  });

  it("gives tied values the same decile, whatever the row order", () => {
    const values = [5, 5, 5, 5, 1, 9, 9, 2, 5, 3];
    const deciles = rankDeciles(values);
    expect(new Set(values.map((v, i) => `${v}:${deciles[i]}`)).size).toBe(new Set(values).size);
    const reversed = rankDeciles([...values].reverse());
    expect(Array.from(reversed).reverse()).toEqual(Array.from(deciles));
  });

  it("ranks lower values in lower deciles, with weights", () => {
    const deciles = rankDeciles([300, 100, 200], [1, 8, 1]);
    // F(100) = 0.8, F(200) = 0.9, F(300) = 1: cut-points 100×8, 200, 300 → deciles 1, 9, 10.
    expect(Array.from(deciles)).toEqual([10, 1, 9]);
  });

  it.each([
    { name: "too few", cuts: [1, 2, 3], code: "measure.length_mismatch" },
    { name: "decreasing", cuts: [1, 2, 3, 4, 3, 6, 7, 8, 9], code: "measure.cutpoints_invalid" },
    { name: "NaN", cuts: [1, 2, 3, 4, Number.NaN, 6, 7, 8, 9], code: "measure.cutpoints_invalid" },
  ])("rejects $name cut-points", ({ cuts, code }) => {
    expect(() => assignDecile(1, cuts)).toThrow(expect.objectContaining({ code }) as Error);
  });

  it("rejects a non-finite value to assign", () => {
    expect(() => assignDecile(Number.NaN, [1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow(
      expect.objectContaining({ code: "measure.value_not_finite" }) as Error,
    );
  });
});
