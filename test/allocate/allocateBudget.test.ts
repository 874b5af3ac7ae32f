import { describe, expect, it } from "vitest";
import { allocateBudget } from "../../src/allocate/index.js";
import { TepatSasaranError } from "../../src/message/index.js";
import { rupiah } from "../../src/money/index.js";

const strings = (amounts: readonly { toString(): string }[]) => amounts.map(String);

function caught(run: () => unknown): TepatSasaranError {
  try {
    run();
  } catch (error) {
    if (error instanceof TepatSasaranError) return error;
    throw error;
  }
  throw new Error("expected a TepatSasaranError");
}

describe("allocateBudget", () => {
  it("splits exactly and gives the leftover unit to the largest remainder, ties to the lower index", () => {
    const result = allocateBudget(100, [1, 1, 1]);
    expect(strings(result.amounts)).toEqual(["34", "33", "33"]);
    expect(result.leftoverUnits).toBe(1);
    expect(result.shares.map((s) => s.extraUnit)).toEqual([true, false, false]);
    expect(result.ties).toEqual([{ regions: [0, 1, 2], seatsContested: 1, winners: [0], priority: "0.333333" }]);
    expect(result.note.en).toBe(
      "Each share receives the whole units (Rp1) of its exact share, rounded down; the remaining unit goes to the largest fractional remainder, ties to the lower index.",
    );
  });

  // Before 2026-12-07 the English note said "the remaining 1 unit(s) go one each".
  it.each([
    [100, 1, "the remaining unit goes to the largest fractional remainder, ties to the lower index."],
    [101, 2, "the remaining 2 units go one each to the largest fractional remainders, ties to the lower index."],
    [99, 0, "the remaining 0 units go one each to the largest fractional remainders, ties to the lower index."],
  ])("words the leftover of Rp %s in three as a count (%s)", (total, leftover, ending) => {
    const result = allocateBudget(total, [1, 1, 1]);
    expect(result.leftoverUnits).toBe(leftover);
    expect(result.note.en.endsWith(`rounded down; ${ending}`)).toBe(true);
    expect(result.note.id).toContain(`sisa ${leftover} satuan`);
  });

  it("pays in multiples of the unit", () => {
    const result = allocateBudget("1000000", [1, 1, 1], { unit: 1000 });
    expect(strings(result.amounts)).toEqual(["334000", "333000", "333000"]);
    expect(String(result.unit)).toBe("1000");
  });

  // Rp 50 billion by number of poor people, in thousands (design.md: Kutai Kartanegara 59.0, Mahakam
  // Ulu 2.9; the third share is the rest of an illustrative total of 100), every share at least Rp 3
  // billion, paid in units of Rp 1,000. Proportional: 29.5 / 1.45 / 19.05 billion. Mahakam Ulu is
  // raised to 3 billion; the other two share the remaining 47 billion as 59.0 : 38.1, i.e.
  // 47e9 × 590/971 = 28,558,187,435.63… and 47e9 × 381/971 = 18,441,812,564.37…; rounded down to
  // Rp 1,000 they leave one unit, which goes to the larger remainder (564.37 > 435.63).
  it("raises a share to its floor and shares the difference among the others", () => {
    const result = allocateBudget("50000000000", ["59.0", "2.9", "38.1"], { unit: 1000, min: "3000000000" });
    expect(strings(result.amounts)).toEqual(["28558187000", "3000000000", "18441813000"]);
    expect(result.shares.map((s) => s.bound)).toEqual([null, "min", null]);
    expect(result.shares[0]?.exact).toEqual({ numerator: "27730000000000", denominator: "971", decimal: "28558187435.633368" });
    expect(result.shares[1]?.proportional.decimal).toBe("1450000000");
    expect(result.shares.map((s) => s.extraUnit)).toEqual([false, false, true]);
  });

  it("cuts shares to their caps, again and again, until nothing is out of bounds", () => {
    // 50 : 30 : 20 of 100 with caps 30, 30: A is cut to 30; B's new share 70 × 30/50 = 42 is cut
    // to 30 too; C takes the remaining 40.
    const result = allocateBudget(100, [50, 30, 20], { max: [30, 30, null] });
    expect(strings(result.amounts)).toEqual(["30", "30", "40"]);
    expect(result.shares.map((s) => s.bound)).toEqual(["max", "max", null]);
  });

  it("accepts Rupiah, bigint and decimal amounts, and decimal units", () => {
    expect(strings(allocateBudget(rupiah("100.5"), [1, 2], { unit: "0.5", max: ["30", null] }).amounts)).toEqual(["30", "70.5"]);
    expect(strings(allocateBudget(10n ** 24n, [1n, 1n]).amounts)).toEqual(["500000000000000000000000", "500000000000000000000000"]);
  });

  it("gives zero shares their floor", () => {
    expect(strings(allocateBudget(1000, [0, 1, 3], { min: 100 }).amounts)).toEqual(["100", "225", "675"]);
  });

  it.each([
    { name: "negative total", run: () => allocateBudget(-5, [1]), code: "allocate.budget_total_negative" },
    { name: "zero unit", run: () => allocateBudget(5, [1], { unit: 0 }), code: "allocate.budget_unit_invalid" },
    { name: "total not a multiple", run: () => allocateBudget(1500, [1], { unit: 1000 }), code: "allocate.budget_not_multiple" },
    { name: "floor not a multiple", run: () => allocateBudget(2000, [1, 1], { unit: 1000, min: [0, 500] }), code: "allocate.budget_not_multiple" },
    { name: "floors too high", run: () => allocateBudget(100, [1, 1], { min: 60 }), code: "allocate.budget_min_exceeds_total" },
    { name: "caps too low", run: () => allocateBudget(100, [1, 1], { max: 40 }), code: "allocate.budget_max_below_total" },
    { name: "floor above cap", run: () => allocateBudget(100, [1, 1], { min: [50, 0], max: [40, null] }), code: "allocate.budget_min_above_max" },
    { name: "bad share", run: () => allocateBudget(100, [1, "abc"]), code: "allocate.weight_invalid" },
    { name: "bad bound", run: () => allocateBudget(100, [1, 1], { max: [null, "-3"] }), code: "allocate.budget_bound_invalid" },
    { name: "bound list length", run: () => allocateBudget(100, [1, 1], { min: [1] }), code: "allocate.bound_length" },
    { name: "all shares zero", run: () => allocateBudget(100, [0, 0]), code: "allocate.budget_shares_all_zero" },
    { name: "no shares", run: () => allocateBudget(100, []), code: "allocate.budget_no_shares" },
  ])("$name → $code", ({ run, code }) => {
    const error = caught(run);
    expect(error.code).toBe(code);
    expect(error.text.id.length).toBeGreaterThan(0);
  });

  it("names the amount and unit when the total is not a multiple", () => {
    expect(caught(() => allocateBudget("1500", [1], { unit: 1000 })).text.en).toBe("total (Rp1,500) is not a multiple of the unit Rp1,000");
  });
});
