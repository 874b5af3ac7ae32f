import { describe, expect, it } from "vitest";
import { gini, mean } from "../../src/measure/index.js";

describe("gini", () => {
  // Golden with a known exact value: for 1, 2, 3, 4, 5 the population Gini is
  // Σᵢ Σⱼ |yᵢ − yⱼ| / (2n²μ) = 40 / (2·25·3) = 4/15 (the 20 ordered pairs with |i − j| = 1 add 8,
  // = 2 add 12, = 3 add 12, = 4 add 8: total 40). Same value from R: laeken::gini(1:5) → 26.66667 (%),
  // ineq::Gini(1:5) → 0.2666667.
  it("gives 4/15 for 1..5", () => {
    expect(gini([1, 2, 3, 4, 5])).toBe(4 / 15);
    expect(gini(new Float64Array([5, 3, 1, 4, 2]))).toBe(4 / 15);
  });

  // Reference values frozen from R 4.2 with laeken 0.5.2 (Debian r-cran-laeken), which reports the
  // Gini × 100:
  //   library(laeken); options(digits = 17)
  //   gini(c(3,1,4,1,5,9,2,6,5,3,5), c(1.5,2,0.5,1,3,2.5,1,1,2,0.5,1))$value  → 30.922202797202793
  //   gini(c(120,340,95,560,210,210,780,45,1300,400))$value                    → 46.773399014778327
  //   gini(c(120,340,95,560,210,210,780,45,1300,400), c(4,1,3,2,5,1,1,6,1,2))$value → 50.527505651846269
  it.each([
    {
      name: "weighted, with ties",
      values: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
      weights: [1.5, 2, 0.5, 1, 3, 2.5, 1, 1, 2, 0.5, 1],
      percent: 30.922202797202793,
    },
    { name: "unweighted", values: [120, 340, 95, 560, 210, 210, 780, 45, 1300, 400], percent: 46.773399014778327 },
    {
      name: "integer weights",
      values: [120, 340, 95, 560, 210, 210, 780, 45, 1300, 400],
      weights: [4, 1, 3, 2, 5, 1, 1, 6, 1, 2],
      percent: 50.527505651846269,
    },
  ])("matches laeken::gini ($name)", ({ values, weights, percent }) => {
    expect(gini(values, { weights }) * 100).toBeCloseTo(percent, 12);
  });

  it("is 0 for equal values and for a single observation", () => {
    expect(gini([7, 7, 7])).toBe(0);
    expect(gini([7])).toBe(0);
  });

  it("treats a weight of k as k repeated rows, and ignores zero-weight rows", () => {
    expect(gini([1, 2], { weights: [3, 1] })).toBeCloseTo(gini([1, 1, 1, 2]), 15);
    expect(gini([1, 2, 100], { weights: [3, 1, 0] })).toBeCloseTo(0.15, 15);
  });

  it("accepts negative values while the mean is positive", () => {
    // Pairs: |−1 − 3| = 4 → G = 2·4 / (2·4·1) = 1
    expect(gini([-1, 3])).toBe(1);
  });

  it("refuses a non-positive mean instead of returning NaN or a sign-flipped value", () => {
    expect(() => gini([0, 0])).toThrow(expect.objectContaining({ code: "measure.mean_not_positive" }) as Error);
    expect(() => gini([-3, 1])).toThrow("The Gini index needs a positive (weighted) mean, is -1");
  });

  it("is unaffected by the scale of the weights, up to the limits of double precision", () => {
    // 1 and 2, equal weights: one pair |1 − 2| = 1 → G = 2·1 / (2·4·1.5) = 1/6.
    expect(gini([1, 2], { weights: [1e300, 1e300] })).toBeCloseTo(1 / 6, 14);
    expect(gini([1, 2], { weights: [2 ** 900, 2 ** 900] })).toBe(gini([1, 2])); // powers of two: exact
    expect(gini([1, 2], { weights: [1e-300, 1e-300] })).toBeCloseTo(1 / 6, 14);
    // Issue 18, finding 9: weights whose sum overflows, or subnormal ones, are rescaled by a power of
    // two (exact) instead of refused or rounded away.
    expect(gini([1, 2], { weights: [1e308, 1e308] })).toBeCloseTo(1 / 6, 14);
    expect(gini([1, 2], { weights: [5e-324, 5e-324] })).toBe(gini([1, 2]));
  });

  it("handles large clustered and spread inputs (radix and bucket paths)", () => {
    const n = 20_000;
    const clustered = new Float64Array(n).fill(10);
    clustered[0] = 1e9; // one outlier makes every other value share a bucket
    clustered[1] = 1;
    // Exact: pairs (1, 10)·(n−2), (1, 1e9), (10, 1e9)·(n−2), others 0.
    const total = 1 + 1e9 + 10 * (n - 2);
    const pairSum = 9 * (n - 2) + (1e9 - 1) + (1e9 - 10) * (n - 2);
    expect(gini(clustered)).toBeCloseTo((2 * pairSum) / (2 * n * total), 12);
  });
});

describe("mean", () => {
  it.each([
    { values: [1, 2, 3, 4], weights: undefined, expected: 2.5 },
    { values: [10, 20], weights: [3, 1], expected: 12.5 },
    { values: [5, 1e9], weights: [1, 0], expected: 5 },
  ])("mean of $values with weights $weights is $expected", ({ values, weights, expected }) => {
    expect(mean(values, { weights })).toBe(expected);
  });

  it("compensates long sums", () => {
    // 0.1 added 1,000,000 times: plain summation drifts to 100000.00000133288.
    const values = new Float64Array(1_000_000).fill(0.1);
    expect(mean(values) * 1_000_000).toBeCloseTo(100_000, 9);
  });

  it("rejects bad input", () => {
    expect(() => mean([])).toThrow(expect.objectContaining({ code: "measure.empty" }) as Error);
    expect(() => mean([1, Number.NaN])).toThrow("Value at row 1");
  });
});
