import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { fgt, povertyProfile } from "../../src/measure/index.js";

describe("povertyProfile", () => {
  // Golden: Haughton & Khandker (2009), Handbook on Poverty and Inequality, ch. 4, country C
  // (100, 110, 150, 160; line 125): P0 = 0.5, P1 = 0.08, P2 = 0.0136 as printed in the book.
  // Watts and Sen by hand from the book's formulas:
  //   Watts = (ln(125/100) + ln(125/110)) / 4 = (0.2231435513 + 0.1278333715) / 4 = 0.0877442307
  //   Sen (book: P_S = P0·(1 − (1 − G^p)·μ^p/z)): the poor are 100 and 110, μ^p = 105,
  //     G^p = |100 − 110|·2 / (2·2²·105) = 20/840 = 1/42, so
  //     P_S = 0.5·(1 − (41/42)·(105/125)) = 0.5·(1 − 0.82) = 0.09;
  //   equivalently I = 1 − 105/125 = 0.16 and S = P0·(I + (1 − I)·G^p) = 0.5·(0.16 + 0.84/42) = 0.09.
  it("reproduces the Haughton & Khandker country C example", () => {
    const profile = povertyProfile([100, 110, 150, 160], { line: 125 });
    expect(profile.count).toBe(4);
    expect(profile.population).toBe(4);
    expect(profile.poor).toBe(2);
    expect(profile.p0).toBe(0.5);
    expect(profile.p1).toBeCloseTo(0.08, 15);
    expect(profile.p2).toBeCloseTo(0.0136, 15);
    expect(profile.watts).toBeCloseTo((Math.log(1.25) + Math.log(125 / 110)) / 4, 15);
    expect(profile.watts).toBeCloseTo(0.0877442307, 10);
    expect(profile.sen).toBeCloseTo(0.09, 15);
    expect(profile.incomeGapRatio).toBeCloseTo(0.16, 15);
    expect(profile.giniAmongPoor).toBeCloseTo(1 / 42, 15);
  });

  it("agrees with fgt for every α it reports, weighted, plain and typed", () => {
    const values = [120, 80, 300, 45, 99.5, 100, 260, 10];
    const weights = [1.5, 2, 0.5, 4, 1, 3, 2, 0.25];
    const lines = [100, 100, 150, 100, 100, 120, 150, 50];
    for (const [v, w, z] of [
      [values, weights, lines],
      [new Float64Array(values), new Float64Array(weights), new Float64Array(lines)],
    ] as const) {
      const profile = povertyProfile(v, { line: z, weights: w });
      expect(profile.p0).toBeCloseTo(fgt(v, { line: z, alpha: 0, weights: w }), 15);
      expect(profile.p1).toBeCloseTo(fgt(v, { line: z, alpha: 1, weights: w }), 15);
      expect(profile.p2).toBeCloseTo(fgt(v, { line: z, alpha: 2, weights: w }), 15);
    }
  });

  it("computes Sen on line-normalised values when lines differ", () => {
    // Normalised x = y/z: 50/100 = 0.5 and 150/200 = 0.75, both poor, one non-poor row.
    // P0 = 2/3; I = 1 − (0.5 + 0.75)/2 = 0.375; D = |0.5 − 0.75| = 0.25 (one pair), N_p = 2,
    // (1 − I)·G_p = D/N_p² = 0.0625, so S = (2/3)·(0.375 + 0.0625) = 0.291666…
    const profile = povertyProfile([50, 150, 500], { line: [100, 200, 100] });
    expect(profile.sen).toBeCloseTo((2 / 3) * 0.4375, 15);
    expect(profile.giniAmongPoor).toBeCloseTo(0.0625 / 0.625, 15);
  });

  it("gives zeros and a null Gini among the poor when no one is poor", () => {
    const profile = povertyProfile([200, 300], { line: 100 });
    expect(profile).toEqual({
      count: 2,
      population: 2,
      poor: 0,
      p0: 0,
      p1: 0,
      p2: 0,
      watts: 0,
      sen: 0,
      incomeGapRatio: 0,
      giniAmongPoor: null,
    });
  });

  it("rejects a non-positive value for Watts by default, naming the row", () => {
    try {
      povertyProfile([200, 50, 0, -3], { line: 100 });
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("measure.watts_non_positive");
      expect((error as TepatSasaranError).text.en).toContain("row 2 is 0");
      expect((error as TepatSasaranError).text.id).toContain("baris 2 bernilai 0");
    }
  });

  it("floors values at the stated minimum for Watts only", () => {
    // Values 0 and 40 under line 100 with floor 50: Watts = (ln(100/50) + ln(100/50))/2 = ln 2.
    const profile = povertyProfile([0, 40], { line: 100, watts: { nonPositive: "floor", minimum: 50 } });
    expect(profile.watts).toBeCloseTo(Math.log(2), 15);
    expect(profile.p1).toBeCloseTo((1 + 0.6) / 2, 15);
    // A floor at or above the line makes the Watts term 0, never negative.
    expect(povertyProfile([10], { line: 100, watts: { nonPositive: "floor", minimum: 200 } }).watts).toBe(0);
  });

  it("keeps Sen defined when every poor value is ≤ 0 (its Gini is then null)", () => {
    const profile = povertyProfile([-10, 0, 500], { line: 100, watts: { nonPositive: "floor", minimum: 1 } });
    expect(profile.giniAmongPoor).toBeNull();
    // x = −0.1 and 0: I = 1.05, D = 0.1, N_p = 2 → S = (2/3)·(1.05 + 0.025)
    expect(profile.sen).toBeCloseTo((2 / 3) * 1.075, 15);
  });

  it.each([
    { watts: { nonPositive: "floor", minimum: 0 }, code: "measure.watts_minimum_invalid" },
    { watts: { nonPositive: "floor", minimum: Number.NaN }, code: "measure.watts_minimum_invalid" },
    { watts: { nonPositive: "clamp" }, code: "measure.option_invalid" },
  ])("rejects the Watts policy $watts", ({ watts, code }) => {
    expect(() => povertyProfile([1], { line: 2, watts: watts as never })).toThrow(
      expect.objectContaining({ code }) as Error,
    );
  });

  it("names the first bad row anywhere in a long input", () => {
    const values = new Float64Array(5000).fill(100);
    const weights = new Float64Array(5000).fill(1);
    values[3001] = Number.NaN;
    weights[2999] = -1;
    expect(() => povertyProfile(values, { line: 50, weights })).toThrow("Weight at row 2999 is negative");
    weights[2999] = 1;
    expect(() => povertyProfile(values, { line: 50, weights })).toThrow("Value at row 3001 is not a finite number");
    values[3001] = -Infinity; // poor and non-positive: the finiteness error wins over Watts
    expect(() => povertyProfile(values, { line: 50, weights })).toThrow("Value at row 3001 is not a finite number");
  });

  it("never returns NaN or Infinity: overflowing sums are an error", () => {
    expect(() => povertyProfile([1, 2], { line: 5, weights: [1e308, 1e308] })).toThrow(
      expect.objectContaining({ code: "measure.not_representable" }) as Error,
    );
    expect(() => povertyProfile([-1e300], { line: 1, watts: { nonPositive: "floor", minimum: 1 } })).toThrow(
      "The result cannot be represented in double precision",
    );
    const huge = povertyProfile([1, 2], { line: 5, weights: [1e300, 1e300] });
    expect(huge.sen).toBeCloseTo(povertyProfile([1, 2], { line: 5 }).sen, 15);
  });

  it("handles any share of poor rows (the gathering buffer grows) and matches a plain-sort Sen", () => {
    const n = 6000;
    const values = Array.from({ length: n }, (_, i) => ((i * 7919) % n) + 1); // a permutation of 1..n
    const weights = values.map((v) => 1 + (v % 5));
    const line = n + 1; // everyone is poor
    const profile = povertyProfile(values, { line, weights });
    // Reference: sort the poor, Δ = Σ wᵢxᵢ(Cᵢ + Cᵢ₋₁ − N)/N², S = P0·(I + Δ) with P0 = 1.
    const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
    const total = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    let d = 0;
    let gap = 0;
    for (const i of order) {
      const w = weights[i] as number;
      const x = (values[i] as number) / line;
      d += w * x * (2 * cumulative + w - total);
      cumulative += w;
      gap += w * (1 - x);
    }
    expect(profile.p0).toBe(1);
    expect(profile.p1).toBeCloseTo(gap / total, 14);
    expect(profile.sen).toBeCloseTo(gap / total + d / total / total, 14);
  });

  it("rejects empty input and all-zero weights", () => {
    expect(() => povertyProfile([], { line: 1 })).toThrow(expect.objectContaining({ code: "measure.empty" }) as Error);
    expect(() => povertyProfile([1, 2], { line: 5, weights: [0, 0] })).toThrow(
      expect.objectContaining({ code: "measure.weights_all_zero" }) as Error,
    );
  });
});
