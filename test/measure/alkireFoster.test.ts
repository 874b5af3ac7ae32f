import { describe, expect, it } from "vitest";
import { alkireFoster, type AlkireFosterIndicator } from "../../src/measure/index.js";

// Golden: Alkire & Foster (2011), "Counting and multidimensional poverty measurement", Journal of
// Public Economics 95(7–8): 476–487, section 2 illustrative example: four persons, four dimensions,
// achievement matrix y and deprivation cutoffs z = (13, 12, 3, 1), equal weights, deprived when the
// achievement is strictly below the cutoff.
//
//   y = | 13.1  14  4  1 |      g0 = | 0 0 0 0 |   c = 0
//       | 15.2   7  5  0 |           | 0 1 0 1 |   c = 2
//       | 12.5  10  1  0 |           | 1 1 1 1 |   c = 4
//       | 20    11  3  1 |           | 0 1 0 0 |   c = 1
//
// With k = 2 of 4 dimensions (k = 0.5 in weight shares): persons 2 and 3 are poor.
//   H  = 2/4 = 1/2
//   A  = (2 + 4) / (2 · 4) = 6/8 = 3/4
//   M0 = H · A = 3/8 (= 6 censored deprivations / 16 entries)
// Hand-computed further: censored headcounts (1/4, 2/4, 1/4, 2/4); contributions wⱼ·hⱼ(k)/M0 =
// (0.25·0.25, 0.25·0.5, 0.25·0.25, 0.25·0.5)/0.375 = (1/6, 1/3, 1/6, 1/3).
// Union (k = 1 deprivation, 0.25): H = 3/4, A = 7/12, M0 = 7/16. Intersection (k = 4, 1): H = 1/4, A = 1, M0 = 1/4.
const matrix = [
  { d1: 13.1, d2: 14, d3: 4, d4: 1 },
  { d1: 15.2, d2: 7, d3: 5, d4: 0 },
  { d1: 12.5, d2: 10, d3: 1, d4: 0 },
  { d1: 20, d2: 11, d3: 3, d4: 1 },
];
const cutoffs = { d1: 13, d2: 12, d3: 3, d4: 1 } as const;
const indicators: AlkireFosterIndicator[] = (["d1", "d2", "d3", "d4"] as const).map((id) => ({
  id,
  dimension: id,
  weight: 0.25,
  deprived: { cutoff: cutoffs[id] },
}));

describe("alkireFoster: the Alkire & Foster (2011) illustration", () => {
  it("gives H = 1/2, A = 3/4, M0 = 3/8 with k = 2 of 4", () => {
    const result = alkireFoster(matrix, { indicators, k: 0.5 });
    expect(result.headcount).toBe(0.5);
    expect(result.intensity).toBe(0.75);
    expect(result.m0).toBe(0.375);
    expect(result.units.map((u) => [u.score, u.poor])).toEqual([
      [0, false],
      [0.5, true],
      [1, true],
      [0.25, false],
    ]);
    expect(result.indicators.map((i) => i.uncensoredHeadcount)).toEqual([0.25, 0.75, 0.25, 0.5]);
    expect(result.indicators.map((i) => i.censoredHeadcount)).toEqual([0.25, 0.5, 0.25, 0.5]);
    const contributions = result.indicators.map((i) => i.contribution);
    [100 / 6, 100 / 3, 100 / 6, 100 / 3].forEach((expected, j) => expect(contributions[j]).toBeCloseTo(expected, 12));
    expect(result.dimensions.reduce((sum, d) => sum + d.contribution, 0)).toBeCloseTo(100, 12);
  });

  it.each([
    { name: "union (k = 1 of 4)", k: 0.25, h: 3 / 4, a: 7 / 12, m0: 7 / 16 },
    { name: "intersection (k = 4 of 4)", k: 1, h: 1 / 4, a: 1, m0: 1 / 4 },
  ])("gives the $name headcount, intensity and M0", ({ k, h, a, m0 }) => {
    const result = alkireFoster(matrix, { indicators, k });
    expect(result.headcount).toBeCloseTo(h, 15);
    expect(result.intensity).toBeCloseTo(a, 15);
    expect(result.m0).toBeCloseTo(m0, 15);
  });

  it("decomposes M0 by subgroup: contributions sum to 100", () => {
    // Group a: persons 1 (c = 0) and 2 (poor, 0.5): H = 1/2, A = 1/2, M0 = 1/4.
    // Group b: persons 3 (poor, 1) and 4 (c = 0.25): H = 1/2, A = 1, M0 = 1/2.
    // Contributions: 0.5·0.25/0.375 = 1/3 and 0.5·0.5/0.375 = 2/3.
    const result = alkireFoster(matrix, { indicators, k: 0.5, groups: ["a", "a", "b", "b"] });
    expect(result.groups.map((g) => [g.group, g.count, g.headcount, g.intensity, g.m0])).toEqual([
      ["a", 2, 0.5, 0.5, 0.25],
      ["b", 2, 0.5, 1, 0.5],
    ]);
    expect(result.groups[0]?.contribution).toBeCloseTo(100 / 3, 12);
    expect(result.groups[1]?.contribution).toBeCloseTo(200 / 3, 12);
  });

  it("weights units by population weight (a weight of 2 equals a repeated row)", () => {
    const weighted = alkireFoster(matrix, { indicators, k: 0.5, weights: [1, 2, 1, 1] });
    const repeated = alkireFoster([matrix[0], matrix[1], matrix[1], matrix[2], matrix[3]] as typeof matrix, {
      indicators,
      k: 0.5,
    });
    expect(weighted.headcount).toBeCloseTo(repeated.headcount, 15);
    expect(weighted.intensity).toBeCloseTo(repeated.intensity, 15);
    expect(weighted.m0).toBeCloseTo(repeated.m0, 15);
  });
});

describe("alkireFoster: indicators", () => {
  it("supports predicates, deprivation above a cutoff and inclusive comparisons", () => {
    const result = alkireFoster(
      [
        { water: "river", crowding: 4, school: 6 },
        { water: "piped", crowding: 2, school: 9 },
      ],
      {
        indicators: [
          { id: "water", dimension: "living", weight: 0.5, deprived: (v) => v !== "piped" },
          { id: "crowding", dimension: "living", weight: 0.25, deprived: { cutoff: 3, deprivedBelow: false } },
          { id: "school", dimension: "education", weight: 0.25, deprived: { cutoff: 6, inclusive: true } },
        ],
        k: 1 / 3,
      },
    );
    expect(result.units.map((u) => u.score)).toEqual([1, 0]);
    expect(result.dimensions).toEqual([
      { dimension: "living", weight: 0.75, contribution: 75 },
      { dimension: "education", weight: 0.25, contribution: 25 },
    ]);
  });

  it("counts a score reaching k despite rounding of the weight sum", () => {
    const six = Array.from({ length: 6 }, (_, j) => ({
      id: `i${j}`,
      dimension: `d${j % 3}`,
      weight: 1 / 6,
      deprived: { cutoff: 1 },
    }));
    // Two deprivations of 1/6 each: 1/6 + 1/6 must count as reaching k = 1/3.
    const result = alkireFoster([{ i0: 0, i1: 0, i2: 5, i3: 5, i4: 5, i5: 5 }], { indicators: six, k: 1 / 3 });
    expect(result.units[0]?.poor).toBe(true);
  });

  it.each([
    { name: "no indicators", options: { indicators: [], k: 0.5 }, code: "measure.af_indicators_empty" },
    {
      name: "weights not summing to 1",
      options: { indicators: indicators.map((i) => ({ ...i, weight: 0.3 })), k: 0.5 },
      code: "measure.af_weights_sum",
    },
    {
      name: "a zero weight",
      options: { indicators: [{ ...indicators[0], weight: 0 }, ...indicators.slice(1)], k: 0.5 },
      code: "measure.af_indicator_weight_invalid",
    },
    {
      name: "a duplicate id",
      options: { indicators: [indicators[0], { ...indicators[0] }, ...indicators.slice(2)], k: 0.5 },
      code: "measure.af_indicator_duplicate",
    },
    {
      name: "a NaN cutoff",
      options: { indicators: [{ ...indicators[0], deprived: { cutoff: Number.NaN } }, ...indicators.slice(1)], k: 0.5 },
      code: "measure.af_indicator_cutoff_invalid",
    },
    { name: "k = 0", options: { indicators, k: 0 }, code: "measure.af_k_invalid" },
    { name: "k > 1", options: { indicators, k: 1.5 }, code: "measure.af_k_invalid" },
    { name: "an unknown missing policy", options: { indicators, k: 0.5, missing: "ignore" }, code: "measure.option_invalid" },
    { name: "short weights", options: { indicators, k: 0.5, weights: [1] }, code: "measure.length_mismatch" },
    { name: "a negative weight", options: { indicators, k: 0.5, weights: [1, 1, -1, 1] }, code: "measure.weight_negative" },
    { name: "all-zero weights", options: { indicators, k: 0.5, weights: [0, 0, 0, 0] }, code: "measure.af_no_units" },
  ])("rejects $name", ({ options, code }) => {
    expect(() => alkireFoster(matrix, options as never)).toThrow(expect.objectContaining({ code }) as Error);
  });

  it("rejects bad rows and values, naming row and indicator", () => {
    expect(() => alkireFoster([matrix[0], null] as never, { indicators, k: 0.5 })).toThrow("Row 1 must be an object");
    expect(() => alkireFoster([{ ...matrix[0], d3: "4" }], { indicators, k: 0.5 })).toThrow(
      "Indicator d3 at row 0 must be a finite number",
    );
    const predicate = [{ id: "x", dimension: "x", weight: 1, deprived: () => 1 as unknown as boolean }];
    expect(() => alkireFoster([{ x: 1 }], { indicators: predicate, k: 1 })).toThrow(
      expect.objectContaining({ code: "measure.af_predicate_not_boolean" }) as Error,
    );
    expect(() => alkireFoster([], { indicators, k: 0.5 })).toThrow(expect.objectContaining({ code: "measure.empty" }) as Error);
  });
});

describe("alkireFoster: missing values", () => {
  const three: AlkireFosterIndicator[] = [
    { id: "a", dimension: "X", weight: 0.25, deprived: { cutoff: 1 } },
    { id: "b", dimension: "X", weight: 0.25, deprived: { cutoff: 1 } },
    { id: "c", dimension: "Y", weight: 0.5, deprived: { cutoff: 1 } },
  ];
  const rows = [
    { a: 0, b: null, c: 5 }, // b missing
    { a: 0, b: 0 }, // c missing (key absent): the whole dimension Y
    { a: undefined, b: undefined, c: undefined }, // nothing observed
    { a: 5, b: 5, c: 0 },
  ];

  it("errors by default, naming the row and the indicator", () => {
    expect(() => alkireFoster(rows, { indicators: three, k: 0.5 })).toThrow(
      "Indicator b is missing at row 0; set option missing to",
    );
  });

  it("counts missing as not deprived when asked", () => {
    const result = alkireFoster(rows, { indicators: three, k: 0.5, missing: "not-deprived" });
    expect(result.units.map((u) => u.score)).toEqual([0.25, 0.5, 0, 0.5]);
    expect(result.count).toBe(4);
    expect(result.missing).toEqual({
      policy: "not-deprived",
      valuesMissing: 5,
      unitsWithMissing: 3,
      unitsDropped: 0,
      unitsReweighted: 0,
    });
    expect(result.indicators.map((i) => i.missing)).toEqual([1, 2, 2]);
  });

  it("drops units with any missing value when asked", () => {
    const result = alkireFoster(rows, { indicators: three, k: 0.5, missing: "drop" });
    expect(result.units.map((u) => [u.included, u.score])).toEqual([
      [false, null],
      [false, null],
      [false, null],
      [true, 0.5],
    ]);
    expect(result.population).toBe(1);
    expect(result.headcount).toBe(1);
    expect(result.missing.unitsDropped).toBe(3);
  });

  it("reweights within the dimension, then across dimensions, and drops units with nothing observed", () => {
    const result = alkireFoster(rows, { indicators: three, k: 0.5, missing: "reweight" });
    // Row 0: b missing → a carries dimension X's 0.5; deprived in a only → 0.5.
    // Row 1: dimension Y missing → X's indicators scaled to 0.5 each; deprived in a and b → 1.
    // Row 2: nothing observed → dropped. Row 3: deprived in c → 0.5.
    expect(result.units.map((u) => u.score)).toEqual([0.5, 1, null, 0.5]);
    expect(result.missing).toEqual({
      policy: "reweight",
      valuesMissing: 5,
      unitsWithMissing: 3,
      unitsDropped: 1,
      unitsReweighted: 2,
    });
    // M0 = (0.5 + 1 + 0.5)/3; contributions use each unit's effective weights and sum to 100:
    // a: 0.5 (row 0) + 0.5 (row 1) = 1; b: 0.5 (row 1); c: 0.5 (row 3); total 2.
    expect(result.m0).toBeCloseTo(2 / 3, 15);
    expect(result.indicators.map((i) => i.contribution)).toEqual([50, 25, 25]);
    expect(result.dimensions.map((d) => d.contribution)).toEqual([75, 25]);
  });
});
