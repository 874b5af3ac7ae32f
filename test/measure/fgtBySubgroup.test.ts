import { describe, expect, it } from "vitest";
import { fgt, fgtBySubgroup } from "../../src/measure/index.js";

describe("fgtBySubgroup", () => {
  const values = [100, 110, 150, 160, 90, 300, 124, 126];
  const groups = ["6402", "6402", "6402", "6472", "6472", "6472", "6401", "6401"];
  const weights = [2, 1, 3, 1, 4, 2, 1, 1];

  it("decomposes P2 additively: contributions add up to the total", () => {
    const result = fgtBySubgroup(values, groups, { line: 125, alpha: 2, weights });
    expect(result.index).toBeCloseTo(fgt(values, { line: 125, alpha: 2, weights }), 15);
    const sum = result.groups.reduce((acc, g) => acc + g.contribution, 0);
    expect(sum).toBeCloseTo(result.index, 15);
    const percent = result.groups.reduce((acc, g) => acc + g.contributionPercent, 0);
    expect(percent).toBeCloseTo(100, 12);
  });

  it("gives each group its own index, population and share, sorted by key", () => {
    // Group 6402: values 100 (w 2), 110 (w 1), 150 (w 3), N_g = 6, P0 = 3/6.
    // Group 6472: 160 (w 1), 90 (w 4), 300 (w 2), N_g = 7, P0 = 4/7.
    // Group 6401: 124 (w 1), 126 (w 1), N_g = 2, P0 = 1/2. N = 15, P0 = (3 + 4 + 1)/15 = 8/15.
    const result = fgtBySubgroup(values, groups, { line: 125, alpha: 0, weights });
    expect(result.index).toBeCloseTo(8 / 15, 15);
    expect(result.groups.map((g) => g.group)).toEqual(["6401", "6402", "6472"]);
    expect(result.groups.map((g) => [g.count, g.population, g.index])).toEqual([
      [2, 2, 0.5],
      [3, 6, 0.5],
      [3, 7, 4 / 7],
    ]);
    const [a, b, c] = result.groups;
    expect(a?.populationShare).toBeCloseTo(2 / 15, 15);
    expect(b?.contribution).toBeCloseTo(3 / 15, 15);
    expect(c?.contributionPercent).toBeCloseTo(50, 12); // 4/15 of 8/15
  });

  it("does not depend on row order", () => {
    const order = [7, 3, 0, 5, 1, 6, 2, 4];
    const permuted = fgtBySubgroup(
      order.map((i) => values[i] as number),
      order.map((i) => groups[i] as string),
      { line: 125, alpha: 1, weights: order.map((i) => weights[i] as number) },
    );
    const original = fgtBySubgroup(values, groups, { line: 125, alpha: 1, weights });
    expect(permuted.groups.map((g) => g.group)).toEqual(original.groups.map((g) => g.group));
    permuted.groups.forEach((g, k) => expect(g.index).toBeCloseTo(original.groups[k]?.index ?? NaN, 15));
  });

  it("reports 0 percent everywhere when no one is poor, and 0 for a zero-weight group", () => {
    const result = fgtBySubgroup([200, 300, 50], ["a", "b", "c"], { line: 100, alpha: 1, weights: [1, 1, 0] });
    expect(result.index).toBe(0);
    expect(result.groups.map((g) => [g.contributionPercent, g.index])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it("rejects mismatched or non-string groups", () => {
    expect(() => fgtBySubgroup([1, 2], ["a"], { line: 1, alpha: 0 })).toThrow(
      expect.objectContaining({ code: "measure.length_mismatch" }) as Error,
    );
    expect(() => fgtBySubgroup([1, 2], ["a", 3 as unknown as string], { line: 1, alpha: 0 })).toThrow(
      "Group at row 1 must be a string",
    );
  });
});
