import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WholeSum, decimalOfWhole, safeWhole } from "../../src/money/_wholeSum.js";
import { Decimal, safeWholeOf } from "../../src/money/decimal.js";
import { amountNumber, amountText, compareAmount, formatAmount, timesCount, wholeText } from "../../src/money/_wholeAmount.js";
import { shownAmount } from "../../src/money/_shownAmount.js";

/** An amount as the Indonesian texts write it (whole, or with its cents). */
const exactText = (amount: Rupiah | number): string => shownAmount(amount, "id");
import { formatRupiah, rupiah, sumRupiah, type Rupiah, type RoundingMode } from "../../src/index.js";

// The whole-rupiah shortcuts (an amount read as a number from decimal.js's digits: the audit's exact
// sums, the money functions' texts, sums and products) must give what the plain decimal path gives,
// for any amounts: whole or not, small or far beyond 2^53, of either sign, and sums that cross 2^53
// on the way.

const RUNS = { numRuns: 2_000 };
const LIMIT = BigInt(Number.MAX_SAFE_INTEGER);
const wholes = fc.oneof(
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
  fc.bigInt({ min: 0n, max: 10n ** 7n }),
  fc.bigInt({ min: LIMIT - 1000n, max: LIMIT + 1000n }),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.constantFrom(0n, 1n, -1n, 999n, 1000n, 9_999_999n, 10_000_000n, 10n ** 14n - 1n, 10n ** 14n, 10n ** 15n - 1n, 10n ** 15n, LIMIT, LIMIT + 1n),
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
    expect(new WholeSum().whole()).toBe(0);
  });

  it("gives the sum as a number exactly when every amount was whole, below 10^15, and the sum a safe integer", () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 40 }), (list) => {
        const sum = new WholeSum();
        for (const amount of list) sum.add(amount);
        const exact = sumRupiah(list);
        let partial = 0n;
        let kept = true;
        for (const amount of list) {
          const n = safeWhole(amount);
          partial += BigInt(n ?? 0);
          kept &&= n !== undefined && partial <= LIMIT && partial >= -LIMIT;
        }
        expect(sum.whole()).toBe(kept ? Number(exact.toString()) : undefined);
      }),
      RUNS,
    );
  });
});

const modes = fc.constantFrom<RoundingMode>("half-up", "half-even", "down", "up");
const ROUNDING = { "half-up": Decimal.ROUND_HALF_UP, "half-even": Decimal.ROUND_HALF_EVEN, down: Decimal.ROUND_DOWN, up: Decimal.ROUND_UP } as const;

/** formatRupiah as written before the shortcut: decimal.js `toFixed`, grouped by a regular expression. */
function plainFormat(amount: Rupiah, decimals: number, mode: RoundingMode, symbol: boolean): string {
  const exact = amount.decimal;
  const value = exact.isInteger() ? exact : exact.toDecimalPlaces(decimals, ROUNDING[mode]);
  const negative = value.isNegative() && !value.isZero();
  const [integer = "0", fraction] = value.abs().toFixed(decimals).split(".");
  const grouped = integer.length <= 3 ? integer : integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fraction === undefined ? grouped : `${grouped},${fraction}`;
  return `${negative ? "-" : ""}${symbol ? "Rp" : ""}${body}`;
}

// safeWhole reads safeWholeOf: the properties above hold for it; here what only a raw decimal can be.
describe("safeWholeOf", () => {
  it("reads a negative zero as 0 and a non-finite decimal as undefined", () => {
    expect(Object.is(safeWholeOf(new Decimal("-0")), 0)).toBe(true);
    expect(safeWholeOf(new Decimal(Infinity))).toBeUndefined();
    expect(safeWholeOf(new Decimal(NaN))).toBeUndefined();
  });
});

describe("decimalOfWhole", () => {
  it("builds the decimal new Decimal(n) builds: same digits, exponent and sign", () => {
    const safe = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.constantFrom(0, 1, -1, 9_999_999, 10_000_000, -10_000_000, 10 ** 14, 10 ** 15, 10 ** 15 - 1, 2 ** 53 - 1, -(2 ** 53 - 1), 70_000_000_000_000, 1_000_000_100_000_000),
    );
    fc.assert(
      fc.property(safe, (n) => {
        const built = decimalOfWhole(n);
        const plain = new Decimal(n);
        expect([built.s, built.e, built.d]).toEqual([plain.s, plain.e, plain.d]);
        expect(built.toString()).toBe(plain.toString());
        expect(built.plus(1).toString()).toBe(plain.plus(1).toString());
      }),
      RUNS,
    );
  });
});

describe("whole-rupiah shortcuts of the engine (src/money/_wholeAmount.ts) and of sumRupiah", () => {
  it("formatAmount writes every amount as formatRupiah does, and as formatRupiah's plain decimal path", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 4 }), (amount, decimals) => {
        expect(formatAmount(amount, { decimals })).toBe(formatRupiah(amount, { decimals }));
        expect(formatAmount(amount, { decimals })).toBe(plainFormat(amount, decimals, "half-up", true));
      }),
      RUNS,
    );
  });

  it("formatRupiah writes every amount as its plain decimal path, in every rounding mode", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 0, max: 4 }), modes, fc.boolean(), (amount, decimals, mode, symbol) => {
        expect(formatRupiah(amount, { decimals, mode, symbol })).toBe(plainFormat(amount, decimals, mode, symbol));
      }),
      RUNS,
    );
  });

  it("formatAmount writes a negative zero as Rp0, and leaves bad decimals to formatRupiah's error", () => {
    expect(formatAmount(rupiah("-0"))).toBe("Rp0");
    expect(formatAmount(rupiah("-0"), { decimals: 2 })).toBe("Rp0,00");
    expect(() => formatAmount(rupiah(5), { decimals: 1.5 })).toThrow(/0–20/);
  });

  // A family's income sum kept as a number (BSPS's income test) is written and compared as its Rupiah would be.
  const safeIntegers = fc.oneof(
    fc.maxSafeInteger(),
    fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
    fc.constantFrom(0, -0, 1, -1, 999, 1000, -1000, 9_999_999, 10_000_000, 10_000_001, -10_000_000, 3_579_313, 3_579_314, 10 ** 15 - 1, 10 ** 15, 2 ** 53 - 1, -(2 ** 53 - 1)),
  );

  it("wholeText writes a safe integer as formatRupiah and exactText write its Rupiah", () => {
    fc.assert(
      fc.property(safeIntegers, (n) => {
        expect(wholeText(n)).toBe(formatRupiah(rupiah(n)));
        expect(wholeText(n)).toBe(exactText(rupiah(n)));
        expect(exactText(n)).toBe(plainFormat(rupiah(n), 0, "half-up", true));
      }),
      RUNS,
    );
  });

  it("exactText writes an amount as formatRupiah does, with cents only when it has any (the rules' values and the audit's findings)", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(exactText(amount)).toBe(formatRupiah(amount, { decimals: amount.isWhole() ? 0 : 2 }));
      }),
      RUNS,
    );
  });

  it.each([
    ["725000", "Rp725.000"],
    ["-1234.5", "-Rp1.234,50"],
    ["3579313.77", "Rp3.579.313,77"],
    ["0.005", "Rp0,01"],
    ["-0.004", "Rp0,00"],
    ["1999.999", "Rp2.000,00"],
    ["123456789012345678901234567890", "Rp123.456.789.012.345.678.901.234.567.890"],
    ["-9007199254740993.25", "-Rp9.007.199.254.740.993,25"],
  ])("exactText(%s) is %s", (value, text) => {
    expect(exactText(rupiah(value))).toBe(text);
  });

  it("compareAmount orders a safe integer or an amount against any amount as the decimals do", () => {
    // Limits near the number too: its whole part, a cent either side, a fraction of either sign.
    const pairs = fc.oneof(
      fc.tuple(safeIntegers, amounts),
      fc.tuple(amounts, amounts),
      fc.tuple(safeIntegers, fc.integer({ min: -3, max: 3 }), fc.constantFrom("", ".01", ".5", ".99", ".0000001")).map(([n, offset, fraction]) => {
        const whole = BigInt(n) + BigInt(offset);
        return [n, rupiah(`${whole}${fraction}`)] as const;
      }),
    );
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const plain = (typeof a === "number" ? new Decimal(a) : a.decimal).comparedTo(b.decimal);
        expect(Math.sign(compareAmount(a, b))).toBe(plain);
        expect(Math.sign(compareAmount(a, b))).toBe(rupiah(a).compare(b));
      }),
      RUNS,
    );
  });

  it.each([
    [3_579_313, "3579313.77", -1],
    [3_579_314, "3579313.77", 1],
    [3_360_858, "3360858", 0],
    [-5, "-5.5", 1],
    [-6, "-5.5", -1],
    [0, "-0.5", 1],
    [0, "0.5", -1],
  ])("compareAmount orders %s against Rp %s as %s", (a, b, expected) => {
    expect(Math.sign(compareAmount(a, rupiah(b)))).toBe(expected);
  });

  it("amountText gives the text toString and decimal.js give", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(amountText(amount)).toBe(amount.toString());
        expect(amountText(amount)).toBe(amount.decimal.toString());
      }),
      RUNS,
    );
  });

  it("timesCount by a whole number gives the exact decimal product, also beyond 2^53", () => {
    const counts = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, 12, 2 ** 20, Number.MAX_SAFE_INTEGER));
    fc.assert(
      fc.property(amounts, counts, (amount, count) => {
        const product = timesCount(amount, count);
        expect(product.toString()).toBe(amount.decimal.times(new Decimal(count)).toString());
        expect(product.equals(amount.times(count))).toBe(true);
      }),
      RUNS,
    );
  });

  it("amountNumber gives the number toNumber and decimal.js give", () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(amountNumber(amount)).toBe(amount.toNumber());
        expect(amountNumber(amount)).toBe(amount.decimal.toNumber());
      }),
      RUNS,
    );
  });

  it("sumRupiah adds up to exactly the decimal sum, also when a partial sum passes 2^53", () => {
    const lists = fc.oneof(fc.array(amounts, { maxLength: 40 }), fc.array(fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }).map((n) => rupiah(n)), { maxLength: 200 }));
    fc.assert(
      fc.property(lists, (list) => {
        const exact = list.reduce((total, amount) => total.plus(amount.decimal), new Decimal(0));
        expect(sumRupiah(list).toString()).toBe(exact.toString());
      }),
      RUNS,
    );
  });
});
