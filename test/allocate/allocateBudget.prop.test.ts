import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { allocateBudget } from "../../src/allocate/index.js";
import { allocateRupiah } from "../../src/money/index.js";
import { toFraction } from "./reference.js";

// Amounts are compared as exact fractions of a rupiah (numerator / 10^k), never as floats.
const cents = (amount: { toString(): string }): bigint => {
  const [n, d] = toFraction(amount.toString());
  return (n * 100n) / d;
};

const budgetCase = fc
  .record({
    unitCents: fc.constantFrom(100n, 10_000n, 100_000n, 50n),
    shares: fc.array(fc.oneof(fc.nat({ max: 20 }), fc.nat({ max: 1_000_000 }), fc.constant("0.25")), { minLength: 1, maxLength: 8 }),
    units: fc.bigInt({ min: 0n, max: 10n ** 12n }),
    floors: fc.array(fc.nat({ max: 5 }), { minLength: 8, maxLength: 8 }),
    rooms: fc.array(fc.option(fc.nat({ max: 100 }), { nil: null }), { minLength: 8, maxLength: 8 }),
  })
  .map(({ unitCents, shares, units, floors, rooms }) => {
    const n = shares.length;
    const min = floors.slice(0, n).map(BigInt);
    const max = min.map((m, i) => (rooms[i] === null || rooms[i] === undefined ? null : m + BigInt(rooms[i] as number)));
    const floorSum = min.reduce((a, b) => a + b, 0n);
    const capSum = max.every((m) => m !== null) ? (max as bigint[]).reduce((a, b) => a + b, 0n) : null;
    let total = floorSum + units;
    if (capSum !== null && total > capSum) total = capSum;
    const weights = shares.every((s) => s === 0) ? [1, ...shares.slice(1)] : shares;
    const text = (u: bigint) => {
      const c = u * unitCents;
      return `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
    };
    return {
      unitCents,
      unit: text(1n),
      total: text(total),
      weights,
      min: min.map(text),
      max: max.map((m) => (m === null ? null : text(m))),
    };
  });

describe("allocateBudget properties", () => {
  test.prop([budgetCase], { numRuns: 1000 })("amounts add up exactly, are multiples of the unit and respect floors and caps", (c) => {
    const result = allocateBudget(c.total, c.weights, { unit: c.unit, min: c.min, max: c.max });
    const amounts = result.amounts.map(cents);
    expect(amounts.reduce((a, b) => a + b, 0n)).toBe(cents(c.total));
    amounts.forEach((amount, i) => {
      expect(amount % c.unitCents).toBe(0n);
      expect(amount).toBeGreaterThanOrEqual(cents(c.min[i] as string));
      const cap = c.max[i];
      if (cap !== null && cap !== undefined) expect(amount).toBeLessThanOrEqual(cents(cap));
      // Within one unit of the exact share after bounds: |amount − exact| < unit.
      const exact = result.shares[i]?.exact;
      const diff = amount * BigInt(exact?.denominator ?? "1") - 100n * BigInt(exact?.numerator ?? "0");
      expect(diff < 0n ? -diff : diff).toBeLessThan(c.unitCents * BigInt(exact?.denominator ?? "1"));
    });
  });

  test.prop([budgetCase], { numRuns: 1000 })("without floors or caps it equals the money layer's allocateRupiah", (c) => {
    const ours = allocateBudget(c.total, c.weights, { unit: c.unit }).amounts.map(String);
    const money = allocateRupiah(c.total, c.weights, { unit: c.unit }).map(String);
    expect(ours).toEqual(money);
  });
});
