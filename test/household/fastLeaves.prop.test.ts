import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSmallDigits } from "../../src/household/_fastLeaves.js";
import { rupiah } from "../../src/money/rupiah.js";

// The shortcut of the fast path's Rupiah check (issue 16): an amount written as 1 to 7 plain digits
// is read as a number, which decimal.js builds without its text parser. Held to the text path here
// (the same decimal, digit words and exponent), so that households read either way are the same.

const RUNS = { numRuns: 2_000 };

/** The inside of a Rupiah's decimal: sign, exponent and base-10⁷ digit words. */
const inside = (text: string | number) => {
  const { s, e, d } = rupiah(text).decimal as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d] };
};

describe("an amount of a few plain digits", () => {
  it("is recognised only when it is 1 to 7 ASCII digits", () => {
    expect(["0", "7", "0012", "9999999", "2016000"].every(isSmallDigits)).toBe(true);
    expect(["", "10000000", "12.5", "-1", " 12", "1e3", "١٢", "+5"].some(isSmallDigits)).toBe(false);
  });

  it("reads as a number to the same decimal as read from its text", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,7}$/), (text) => {
        expect(isSmallDigits(text)).toBe(true);
        expect(inside(Number(text))).toEqual(inside(text));
        expect(rupiah(Number(text)).toString()).toBe(rupiah(text).toString());
      }),
      RUNS,
    );
  });

  it("is refused for any text that is not 1 to 7 digits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (text) => {
        expect(isSmallDigits(text)).toBe(/^[0-9]{1,7}$/.test(text));
      }),
      RUNS,
    );
  });
});
