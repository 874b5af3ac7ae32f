import { describe, expect, it } from "vitest";
import { allocateBudget, apportion, apportionBySeat, fillByPriority } from "../../src/allocate/index.js";
import { thrown } from "../errors.js";

// Issue 18 (hostile input), allocation. Finding 2: bounded cost — decimal weights have a length
// limit, seat-by-seat seats a cap, and a bound list with a hole is an error, not an endless loop.
// Finding 3: a hole in any list is an error with its index, never skipped.

describe("finding 2: bounded cost", () => {
  it("a 50,000-digit weight is refused at once (used ~0.6 GB)", () => {
    const error = thrown(() => apportion({ method: "hamilton", seats: 10, weights: ["1", `1.${"0".repeat(50_000)}1`] }));
    expect(error.code).toBe("allocate.weight_too_long");
    expect(error.issues[0]?.path).toEqual(["weights", 1]);
    expect(thrown(() => allocateBudget(1000, [1, "9".repeat(1_000)])).code).toBe("allocate.weight_too_long");
  });

  it("a 200-character weight is still read exactly", () => {
    const long = `1.${"0".repeat(197)}1`;
    expect(apportion({ method: "hamilton", seats: 3, weights: [long, "1", "1"] }).seats).toEqual([1, 1, 1]);
  });

  it("a max list with a hole is an error, not an endless loop (apportionBySeat never returned)", () => {
    // eslint-disable-next-line no-sparse-arrays
    const max = [null, 50, , 10];
    const bySeat = thrown(() => apportionBySeat({ method: "jefferson", seats: 40, weights: [1, 2, 3, 4], max: max as never }));
    expect(bySeat.code).toBe("allocate.bound_invalid");
    expect(bySeat.issues[0]?.path).toEqual(["max", 2]);
    // apportion threw a bare "Cannot mix BigInt and other types".
    expect(thrown(() => apportion({ method: "webster", seats: 40, weights: [1, 2, 3, 4], max: max as never })).code).toBe("allocate.bound_invalid");
  });

  it("seat-by-seat is capped at a million seats; apportion is not", () => {
    expect(thrown(() => apportionBySeat({ method: "webster", seats: 1_000_001, weights: [1, 2] })).code).toBe("allocate.seat_by_seat_too_many");
    expect(apportion({ method: "webster", seats: 10_000_000, weights: [1, 2] }).seats).toEqual([3_333_333, 6_666_667]);
  });

  it("bigint seats and bounds stay below 10^200", () => {
    expect(thrown(() => apportion({ method: "hamilton", seats: 10n ** 1000n, weights: [1, 2] })).code).toBe("allocate.seats_invalid");
    expect(thrown(() => apportion({ method: "hamilton", seats: 10n, weights: [1, 2], min: 10n ** 300n })).code).toBe("allocate.bound_invalid");
  });
});

describe("finding 3: holes are errors with their index", () => {
  // eslint-disable-next-line no-sparse-arrays
  const holey = [1, , 3] as never;
  it("apportion (returned two seats for three regions)", () => {
    const error = thrown(() => apportion({ method: "hamilton", seats: 10, weights: holey }));
    expect(error.code).toBe("allocate.weight_hole");
    expect(error.issues[0]?.path).toEqual(["weights", 1]);
  });

  it("allocateBudget", () => {
    const error = thrown(() => allocateBudget(1000, holey));
    expect(error.code).toBe("allocate.weight_hole");
    expect(error.issues[0]?.path).toEqual(["shares", 1]);
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => allocateBudget(1000, [1, 2, 3], { max: [500, , 500] as never })).issues[0]?.path).toEqual(["max", 1]);
  });

  it("fillByPriority", () => {
    // eslint-disable-next-line no-sparse-arrays
    const ranked = [{ id: "a", rank: 1 }, , { id: "c", rank: 3 }] as never;
    const error = thrown(() => fillByPriority(ranked, { quota: 1 }));
    expect(error.code).toBe("allocate.fill_item_invalid");
    expect(error.issues[0]?.path).toEqual(["ranked", 1]);
  });

  it("options that are not an object", () => {
    expect(thrown(() => apportion(undefined as never)).code).toBe("allocate.options_invalid");
  });
});

// Hostile-input hunt (2026-12-07): an unreadable total or unit came from the money layer with no
// issue at all (no path), and hid every bad share and bound beside it.
describe("an unreadable total or unit is an issue at its path, listed with every other one", () => {
  it.each([
    { name: "a total that is not a number", total: "abc", shares: [1, 2], options: {}, code: "money.not_a_number", issues: [["total", "money.not_a_number"]] },
    { name: "a total in exponent notation", total: "1e3", shares: [1, 2], options: {}, code: "money.not_a_number", issues: [["total", "money.not_a_number"]] },
    { name: "a NaN total", total: Number.NaN, shares: [1, 2], options: {}, code: "money.not_finite", issues: [["total", "money.not_finite"]] },
    { name: "a fractional number unit", total: 1000, shares: [1, 2], options: { unit: 0.5 }, code: "money.fractional_number", issues: [["unit", "money.fractional_number"]] },
    {
      name: "a bad total, unit, share and floor together",
      total: "x",
      shares: [1, -2],
      options: { unit: "y", min: ["z", 0] },
      code: "money.not_a_number",
      issues: [["total", "money.not_a_number"], ["unit", "money.not_a_number"], ["shares.1", "allocate.weight_negative"], ["min.0", "allocate.budget_bound_invalid"]],
    },
  ])("$name", ({ total, shares, options, code, issues }) => {
    const error = thrown(() => allocateBudget(total as never, shares, options as never));
    expect(error.code).toBe(code);
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual(issues);
    for (const i of error.issues) expect(i.message.id && i.message.en && i.message.id !== i.message.en).toBeTruthy();
  });
});
