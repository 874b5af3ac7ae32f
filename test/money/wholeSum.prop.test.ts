import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WholeSum, safeWhole } from "../../src/money/_wholeSum.js";
import { Decimal } from "../../src/money/decimal.js";
import { rupiah, sumRupiah, type Rupiah } from "../../src/index.js";

// The exact-sum shortcut of the audit's aggregates must equal the plain decimal sum for any amounts:
// whole or not, small or far beyond 2^53, of either sign, and sums that cross 2^53 on the way.

const RUNS = { numRuns: 2_000 };
const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
const wholes = fc.oneof(
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
  fc.bigInt({ min: 0n, max: 10n ** 7n }),
  fc.bigInt({ min: LIMIT - 1000n, max: LIMIT + 1000n }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.constantFrom(0n, 1n, -1n, 9_999_999n, 10_000_000n, 10n ** 14n - 1n, 10n ** 14n, 10n ** 15n - 1n, 10n ** 15n, LIMIT, LIMIT + 1n),
);
const amounts: fc.Arbitrary<Rupiah> = fc.oneof(
  { weight: 4, arbitrary: wholes.map((n) => rupiah(n)) },
  { weight: 1, arbitrary: fc.tuple(wholes, fc.integer({ min: 1, max: 12 })).map(([n, scale]) => rupiah(new Decimal(n.toString()).dividedBy(10 ** scale).toString())) },
);

describe("safeWhole", () => {
  it("is the amount's value when it is whole and below 10^15 in magnitude, else undefined", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        const small = amount.isWhole() && amount.decimal.abs().lessThan(1e15);
        expect(safeWhole(amount)).toBe(small ? Number(amount.toString()) : undefined);
      }),
      RUNS,
    );
  });

  it.each([
    ["0", 0],
    ["7", 7],
    ["10000000", 10_000_000],
    ["725000", 725_000],
    ["-1450000", -1_450_000],
    ["999999999999999", 999_999_999_999_999],
    ["1000000000000000", undefined],
    ["0.5", undefined],
    ["725000.01", undefined],
    ["100.00", 100],
  ])("reads %s as %s", (text, expected) => {
    expect(safeWhole(rupiah(text))).toBe(expected);
  });
});

describe("WholeSum", () => {
  it("adds up to exactly what sumRupiah gives, whatever the amounts", () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 40 }), (list) => {
        const sum = new WholeSum();
        for (const amount of list) sum.add(amount);
        expect(sum.value().toString()).toBe(sumRupiah(list).toString());
      }),
      RUNS,
    );
  });

  it("stays exact when the whole part passes 2^53 (a flush into the decimal part)", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }), { minLength: 1, maxLength: 200 }), (list) => {
        const sum = new WholeSum();
        for (const n of list) sum.addWhole(Number(n));
        expect(sum.value().toString()).toBe(list.reduce((a, b) => a + b, 0n).toString());
      }),
      { numRuns: 300 },
    );
  });

  it("is zero when nothing was added", () => {
    expect(new WholeSum().value().toString()).toBe("0");
  });
});
