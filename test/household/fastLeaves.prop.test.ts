import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParts } from "../../src/household/_fastHousehold.js";
import { NO, isSmallDigits } from "../../src/household/_fastLeaves.js";
import { NonNegativeRupiah } from "../../src/household/person.js";
import { rupiah, type Rupiah } from "../../src/money/rupiah.js";

// The shortcut of the fast path's Rupiah check (issue 16): an amount written as 1 to 15 plain digits
// is built from its value (a safe integer), without decimal.js's text parser, and text that is no
// decimal is "not sure" without the error `rupiah` would build. Held to the text path and to zod
// here (the same decimal, digit words and exponent), so that households read either way are the same.

const RUNS = { numRuns: 2_000 };

/** The inside of a Rupiah's decimal: sign, exponent and base-10⁷ digit words. */
const inside = (text: string | number | Rupiah) => {
  const { s, e, d } = rupiah(text).decimal as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d] };
};

/** The fast path's check of a Rupiah field, in parse mode. */
const amountLeaf = fastParts.person.leaf.monthlyIncome;

/** Plain digits, 1 to 15 of them, of every length alike (leading zeros too). */
const wholeTextArb = fc
  .tuple(fc.integer({ min: 1, max: 15 }), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.nat(2))
  .map(([length, n, zeros]) => ("0".repeat(zeros) + String(n % 10n ** BigInt(length))).slice(-length));

/** Text of every kind an amount cell may hold: plain digits of any length, decimals, signs, spaces, garbage. */
const amountTextArb = fc.oneof(
  wholeTextArb,
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  fc.stringMatching(/^[+-]?[0-9]{0,17}(\.[0-9]{0,4})?$/),
  fc.stringMatching(/^ ?[0-9]{1,9} ?$/),
  fc.constantFrom("abc", "1e3", "12,5", "-0", "0.000", "٢", "", " ", ".", "+", "1.2.3", "0x10"),
  fc.string({ maxLength: 12 }),
);

describe("an amount of a few plain digits", () => {
  it("is recognised only when it is 1 to 15 ASCII digits", () => {
    expect(["0", "7", "0012", "9999999", "2016000", "10000000", "999999999999999"].every(isSmallDigits)).toBe(true);
    expect(["", "1000000000000000", "12.5", "-1", " 12", "1e3", "١٢", "+5"].some(isSmallDigits)).toBe(false);
  });

  it("reads as a number to the same decimal as read from its text", () => {
    fc.assert(
      fc.property(wholeTextArb, (text) => {
        expect(isSmallDigits(text)).toBe(true);
        expect(inside(Number(text))).toEqual(inside(text));
        expect(inside(amountLeaf(text, true) as Rupiah)).toEqual(inside(text));
      }),
      RUNS,
    );
  });

  it("is refused for any text that is not 1 to 15 digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 18 }), (text) => {
        expect(isSmallDigits(text)).toBe(/^[0-9]{1,15}$/.test(text));
      }),
      RUNS,
    );
  });

  it("reads any text as NonNegativeRupiah does: the same decimal, frozen, or not sure exactly where zod refuses", () => {
    fc.assert(
      fc.property(amountTextArb, (text) => {
        const zod = NonNegativeRupiah.safeParse(text);
        const fast = amountLeaf(text, true);
        expect(fast === NO).toBe(!zod.success);
        if (fast === NO || !zod.success) return;
        const amount = fast as Rupiah;
        expect(inside(amount)).toEqual(inside(zod.data));
        expect(Object.isFrozen(amount.decimal) && Object.isFrozen((amount.decimal as unknown as { d: number[] }).d)).toBe(true);
      }),
      RUNS,
    );
  });
});
