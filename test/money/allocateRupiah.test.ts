import { describe, expect, it } from "vitest";
import { TepatSasaranError, allocateRupiah, rupiah, sumRupiah } from "../../src/index.js";

const split = (...args: Parameters<typeof allocateRupiah>) => allocateRupiah(...args).map(String);

describe("allocateRupiah()", () => {
  it.each([
    { name: "three equal parts, first gets the leftover", total: 100, weights: [1, 1, 1], unit: 1, expected: ["34", "33", "33"] },
    { name: "ties go to the earlier position", total: 2, weights: [1, 1, 1, 1], unit: 1, expected: ["1", "1", "0", "0"] },
    { name: "largest remainder first", total: 10, weights: [1, 2, 3], unit: 1, expected: ["2", "3", "5"] },
    { name: "a zero weight gets zero", total: 1000, weights: [0, 1, 0, 1], unit: 1, expected: ["0", "500", "0", "500"] },
    { name: "decimal-string weights", total: "50000000000", weights: ["0.6", "0.4"], unit: 1000, expected: ["30000000000", "20000000000"] },
    { name: "units of Rp 1,000", total: 10_000, weights: [1, 1, 1], unit: 1000, expected: ["4000", "3000", "3000"] },
    { name: "a zero total", total: 0, weights: [1, 2], unit: 1, expected: ["0", "0"] },
    { name: "cents as the unit", total: "1.00", weights: [1, 1, 1], unit: "0.01", expected: ["0.34", "0.33", "0.33"] },
    { name: "a 20-digit total", total: 10n ** 20n, weights: [1, 1, 1], unit: 1, expected: ["33333333333333333334", "33333333333333333333", "33333333333333333333"] },
  ])("$name", ({ total, weights, unit, expected }) => {
    const parts = split(total, weights, { unit });
    expect(parts).toEqual(expected);
    expect(sumRupiah(parts).equals(rupiah(total))).toBe(true);
  });

  it.each([
    { name: "all-zero weights", total: 100, weights: [0, 0], unit: 1, code: "money.all_zero_weights" },
    { name: "no weights", total: 100, weights: [], unit: 1, code: "money.no_weights" },
    { name: "a negative weight", total: 100, weights: [1, -1], unit: 1, code: "money.bad_weight" },
    { name: "a NaN weight", total: 100, weights: [1, Number.NaN], unit: 1, code: "money.bad_weight" },
    { name: "a negative total", total: -100, weights: [1], unit: 1, code: "money.negative_total" },
    { name: "a total off the unit", total: 1500, weights: [1], unit: 1000, code: "money.total_not_multiple" },
    { name: "a zero unit", total: 100, weights: [1], unit: 0, code: "money.bad_unit" },
  ])("rejects $name", ({ total, weights, unit, code }) => {
    expect(() => allocateRupiah(total, weights, { unit })).toThrow(TepatSasaranError);
    try {
      allocateRupiah(total, weights, { unit });
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe(code);
    }
  });

  it("names the bad weight's index", () => {
    expect(() => allocateRupiah(100, [1, 2, -3])).toThrow(/index 2/);
  });
});
