import { describe, expect, it } from "vitest";
import { TepatSasaranError } from "../../src/message/index.js";
import { fgt, povertyProfile } from "../../src/measure/index.js";

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof TepatSasaranError) return error.code;
    throw error;
  }
  throw new Error("expected a TepatSasaranError");
}

// Golden: Haughton & Khandker (2009), "Handbook on Poverty and Inequality", World Bank, ch. 4
// ("Measures of Poverty", tables on the poverty gap index and squared poverty gap index): country C
// has four people spending 100, 110, 150 and 160, poverty line 125. By hand:
//   poor: 100 and 110 (below 125)            → P0 = 2/4 = 0.5
//   gaps / z: 25/125 = 0.20, 15/125 = 0.12  → P1 = (0.20 + 0.12)/4 = 0.32/4 = 0.08
//   squared: 0.04 + 0.0144 = 0.0544           → P2 = 0.0544/4 = 0.0136
// (the book prints exactly P1 = 0.08 [= 0.32/4] and P2 = 0.0136 [= 0.0544/4]).
const countryC = [100, 110, 150, 160];

describe("fgt", () => {
  it.each([
    { alpha: 0, expected: 0.5 },
    { alpha: 1, expected: 0.08 },
    { alpha: 2, expected: 0.0136 },
    // α = 3: (0.2³ + 0.12³)/4 = (0.008 + 0.001728)/4 = 0.002432
    { alpha: 3, expected: 0.002432 },
    // α = 0.5: (√0.2 + √0.12)/4
    { alpha: 0.5, expected: (Math.sqrt(0.2) + Math.sqrt(0.12)) / 4 },
  ])("reproduces Haughton & Khandker country C for α = $alpha", ({ alpha, expected }) => {
    expect(fgt(countryC, { line: 125, alpha })).toBeCloseTo(expected, 15);
    expect(fgt(new Float64Array(countryC), { line: 125, alpha })).toBeCloseTo(expected, 15);
  });

  it("counts a value equal to the line as not poor (strictly below is poor)", () => {
    expect(fgt([125, 124.99], { line: 125, alpha: 0 })).toBe(0.5);
  });

  it("weights observations (a weight of 2 equals a repeated row)", () => {
    const weighted = fgt([100, 150], { line: 125, alpha: 2, weights: [2, 3] });
    const repeated = fgt([100, 100, 150, 150, 150], { line: 125, alpha: 2 });
    expect(weighted).toBeCloseTo(repeated, 15);
  });

  it("takes one line per observation (regency lines)", () => {
    // Row 1: gap (200 − 150)/200 = 0.25; row 2: 100 ≥ 90, not poor.
    expect(fgt([150, 100], { line: [200, 90], alpha: 1 })).toBe(0.125);
    expect(fgt([150, 100], { line: new Float64Array([200, 90]), alpha: 1 })).toBe(0.125);
  });

  it("lets negative values have gaps above 1", () => {
    expect(fgt([-50, 200], { line: 100, alpha: 1 })).toBe(0.75);
  });

  it.each([
    { name: "empty input", run: () => fgt([], { line: 1, alpha: 0 }), code: "measure.empty" },
    { name: "NaN value", run: () => fgt([1, Number.NaN], { line: 1, alpha: 0 }), code: "measure.value_not_finite" },
    { name: "infinite value", run: () => fgt([Infinity], { line: 1, alpha: 0 }), code: "measure.value_not_finite" },
    { name: "negative weight", run: () => fgt([1, 2], { line: 1, alpha: 0, weights: [1, -1] }), code: "measure.weight_negative" },
    { name: "NaN weight", run: () => fgt([1, 2], { line: 1, alpha: 0, weights: [Number.NaN, 1] }), code: "measure.weight_not_finite" },
    { name: "infinite weight", run: () => fgt([1], { line: 1, alpha: 0, weights: [Infinity] }), code: "measure.weight_not_finite" },
    { name: "all-zero weights", run: () => fgt([1, 2], { line: 1, alpha: 0, weights: [0, 0] }), code: "measure.weights_all_zero" },
    { name: "weights too short", run: () => fgt([1, 2], { line: 1, alpha: 0, weights: [1] }), code: "measure.length_mismatch" },
    { name: "lines too short", run: () => fgt([1, 2], { line: [1], alpha: 0 }), code: "measure.length_mismatch" },
    { name: "zero line", run: () => fgt([1], { line: 0, alpha: 0 }), code: "measure.line_invalid" },
    { name: "NaN line in array", run: () => fgt([1, 2], { line: [1, Number.NaN], alpha: 0 }), code: "measure.line_invalid" },
    { name: "negative alpha", run: () => fgt([1], { line: 1, alpha: -1 }), code: "measure.alpha_invalid" },
    { name: "infinite alpha", run: () => fgt([1], { line: 1, alpha: Infinity }), code: "measure.alpha_invalid" },
  ])("rejects $name", ({ run, code }) => {
    expect(codeOf(run)).toBe(code);
  });

  it("names the first bad row in both languages", () => {
    try {
      fgt([1, 2, Number.NaN, Infinity], { line: 5, alpha: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TepatSasaranError);
      expect((error as TepatSasaranError).text).toMatchInlineSnapshot(`
        {
          "en": "Value at row 2 is not a finite number: NaN",
          "id": "Nilai pada baris 2 bukan bilangan hingga: NaN",
        }
      `);
    }
  });

  it("names a bad weight before a later bad value", () => {
    try {
      povertyProfile([1, 2, Number.NaN], { line: 5, weights: [1, -2, 1] });
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("measure.weight_negative");
      expect((error as TepatSasaranError).text.en).toBe("Weight at row 1 is negative: -2");
    }
  });
});
