import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/money/decimal.js";
import { allocateRupiah, formatRupiah, parseRupiah, rupiah, sumRupiah, type RoundingMode } from "../../src/index.js";

const RUNS = { numRuns: 1_000 };
const units = fc.constantFrom(1, 100, 1000);
const modes = fc.constantFrom<RoundingMode>("half-up", "half-even", "down", "up");

describe("allocateRupiah properties", () => {
  const input = fc
    .record({
      unit: units,
      unitsCount: fc.bigInt({ min: 0n, max: 10n ** 15n }),
      weights: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
    })
    .filter(({ weights }) => weights.some((w) => w > 0));

  it("sums to the total, never goes negative, and keeps each part within one unit of its exact share", () => {
    fc.assert(
      fc.property(input, ({ unit, unitsCount, weights }) => {
        const total = rupiah(unitsCount * BigInt(unit));
        const parts = allocateRupiah(total, weights, { unit });
        expect(parts).toHaveLength(weights.length);
        expect(sumRupiah(parts).equals(total)).toBe(true);
        const weightSum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((part, i) => {
          expect(part.isNegative()).toBe(false);
          expect(part.decimal.mod(unit).isZero()).toBe(true);
          const exact = new Decimal(total.toString()).times(weights[i] as number).dividedBy(weightSum);
          expect(part.decimal.minus(exact).abs().lessThan(unit)).toBe(true);
          if (weights[i] === 0) expect(part.isZero()).toBe(true);
        });
      }),
      RUNS,
    );
  });
});

describe("rounding properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 4 }), units, modes, (n, scale, unit, mode) => {
        const value = rupiah(new Decimal(n.toString()).dividedBy(10 ** scale).toString());
        const once = value.round({ unit, mode });
        expect(once.round({ unit, mode }).equals(once)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("format/parse properties", () => {
  it("parse∘format is the identity on whole rupiah", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (n) => {
        const value = rupiah(n);
        expect(parseRupiah(formatRupiah(value)).equals(value)).toBe(true);
      }),
      RUNS,
    );
  });

  it("parse∘format is the identity with decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 1, max: 4 }), (n, decimals) => {
        const value = rupiah(new Decimal(n.toString()).dividedBy(10 ** decimals).toString());
        expect(parseRupiah(formatRupiah(value, { decimals })).equals(value)).toBe(true);
      }),
      RUNS,
    );
  });
});
