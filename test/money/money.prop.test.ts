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

describe("round() against integer arithmetic", () => {
  // The oracle: amount and unit as integers over one power of ten, the quotient truncated toward zero
  // and moved away from zero as the mode says; independent of decimal.js.
  const scaled = (text: string, places: number) => {
    const [whole = "", fraction = ""] = text.replace("-", "").split(".");
    const value = BigInt(whole + fraction.padEnd(places, "0"));
    return text.startsWith("-") ? -value : value;
  };
  const text = (value: bigint, places: number) => {
    const digits = (value < 0n ? -value : value).toString().padStart(places + 1, "0");
    const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
    const whole = digits.slice(0, digits.length - places);
    return `${value < 0n && value !== 0n ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
  };
  function oracle(amount: string, unit: string, mode: RoundingMode): string {
    const places = Math.max(amount.split(".")[1]?.length ?? 0, unit.split(".")[1]?.length ?? 0);
    const x = scaled(amount, places);
    const u = scaled(unit, places);
    const q = x / u;
    const r2 = 2n * (x - q * u) * (x < 0n ? -1n : 1n); // twice |remainder|
    const away = r2 !== 0n && (mode === "up" || (mode === "half-up" && r2 >= u) || (mode === "half-even" && (r2 > u || (r2 === u && q % 2n !== 0n))));
    return text((away ? q + (x < 0n ? -1n : 1n) : q) * u, places);
  }
  const decimal = (maxWhole: number, maxFraction: number) =>
    fc
      .tuple(fc.boolean(), fc.stringMatching(new RegExp(`^[1-9][0-9]{0,${maxWhole - 1}}$`)), fc.stringMatching(new RegExp(`^[0-9]{0,${maxFraction}}$`)))
      .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`);
  const unit = fc.oneof(fc.constantFrom("1", "100", "1000", "0.5", "0.01", "3", "2.5"), decimal(25, 25).map((u) => u.replace("-", "")));
  it("equals the oracle for amounts of any length (up to 120 digits) and any positive unit", () => {
    fc.assert(
      fc.property(decimal(90, 30), unit, modes, (amount, u, mode) => {
        expect(rupiah(amount).round({ unit: u, mode }).toString()).toBe(oracle(amount, u, mode));
      }),
      { numRuns: 5_000 },
    );
  });

  it("equals the oracle on exact ties (an odd number of half units), where the modes differ", () => {
    const units = fc.constantFrom("1", "1000", "0.5", "3");
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 80n), max: 10n ** 80n }), units, modes, (q, u, mode) => {
        const tie = rupiah(u).times(`${2n * q + 1n}`).times("0.5");
        expect(tie.round({ unit: u, mode }).toString()).toBe(oracle(tie.toString(), u, mode));
      }),
      { numRuns: 2_000 },
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
