import { describe, expect, it } from "vitest";
import { kaltim, rankRegions, rankingCrossovers, type RegionPovertyStats } from "../../src/index.js";
import { fraction, toNumber } from "../../src/_internal/fraction.js";
import { thrown } from "../errors.js";

// Issue 18 (hostile input), priority. Finding 9: exact fractions become doubles with relative
// precision (no 2⁻⁶⁴ absolute floor), so a crossover just above α = 0 is not reported at α = 0.
// Finding 5 (and "what a rule reads"): statistics passed in are read as data — a figure that cannot
// be read is an error naming it, never a silent zero or a crash; cost is bounded.

const [paser, kukar, berau] = kaltim.regencies2024 as [RegionPovertyStats, RegionPovertyStats, RegionPovertyStats];

describe("finding 9: relative precision of exact fractions", () => {
  it.each([
    [fraction(1n, 10n ** 30n), 1e-30],
    [fraction(-1n, 2n ** 1000n), -(2 ** -1000)],
    [fraction(2n ** 60n + 1n, 1n), 2 ** 60],
    [fraction(1n, 3n), 1 / 3],
  ])("toNumber(%o) is the nearest double", (f, expected) => {
    expect(toNumber(f)).toBe(expected);
  });

  it("a crossover just above α = 0 is reported there, not at α = 0", () => {
    // Factor shares of Kutai Kartanegara and Paser differ by about 2e-316 (Berau's factor dwarfs both);
    // Paser leads on the factor, Kutai Kartanegara on the count: they swap at a tiny α > 0.
    const factors = { cost: { [kukar.code]: 1, [paser.code]: 1 + 2 ** -52, [berau.code]: 1e300 } };
    const result = rankingCrossovers([paser, kukar, berau], { blend: [{ measure: { factor: "cost" }, weight: 1 }] }, "count", { factors });
    const swap = result.crossovers.find((c) => c.aheadAfter.code === kukar.code && c.aheadBefore.code === paser.code);
    expect(swap).toBeDefined();
    expect(swap?.alpha).toBeGreaterThan(0);
    expect(swap?.exactAlpha).not.toBe("0");
  });
});

describe("statistics passed in are read, not trusted", () => {
  it.each([
    ["a known figure without a value", { ...kukar, poor: { status: "known", source: "x", confidence: "H" } }, "region.bad_figure"],
    ["a negative count", { ...kukar, poor: { status: "known", value: -5, source: "x", confidence: "H" } }, "region.bad_figure"],
    ["a figure that is a string", { ...kukar, poor: "59000" }, "region.bad_figure"],
    ["a record without a code", { ...kukar, code: undefined }, "region.bad_stats"],
    ["null", null, "region.bad_stats"],
  ])("%s is an error naming it", (_name, record, code) => {
    const error = thrown(() => rankRegions([paser, record as never], "count"));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path[0]).toBe(1);
  });

  it("a measure name from the prototype is unknown, not a function call", () => {
    expect(thrown(() => rankRegions([paser], "constructor" as never)).code).toBe("priority.unknown_measure");
    expect(thrown(() => rankRegions([paser], "count", { normalisation: "toString" as never })).code).toBe("priority.bad_option");
  });

  it("crossovers compare at most 1,000 regions", () => {
    const many = Array.from({ length: 1_001 }, () => paser);
    expect(thrown(() => rankingCrossovers(many, "count", "rate")).code).toBe("priority.too_many_regions");
  });

  it("rank normalisation of many regions agrees with the definition (now sorted once)", () => {
    const stats = Array.from({ length: 300 }, (_, i) => ({
      ...paser,
      code: `64.01.01.${String(i + 1).padStart(4, "0")}`,
      poor: { status: "known" as const, value: i % 7, source: "test", confidence: "H" as const },
    }));
    const ranking = rankRegions(stats as RegionPovertyStats[], { blend: [{ measure: "count", weight: 1 }], normalisation: "rank" });
    // Value 6 is the highest: those regions score 1 = (n − 1 − 0) / (n − 1); value 0 (43 regions) has 257 above it.
    const scoreOf = (value: number) => ranking.regions.find((r) => r.components[0]?.raw === value)?.score;
    expect(scoreOf(6)).toBe(1);
    expect(scoreOf(0)).toBeCloseTo((299 - 257) / 299, 12);
  });
});
