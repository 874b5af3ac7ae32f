import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLibraryError } from "../../src/message/error.js";
import { rupiah, RupiahSchema, WholeRupiahSchema } from "../../src/money/index.js";

// The Rupiah schemas build the issue of a text that is not a number without throwing rupiah()'s
// error (issue 16). Whatever the text, the schema's result must be what rupiah() says: the same
// amount, or one issue with the code and the text (both languages, masked) of the error it throws.

const junk = fc.constantFrom("abc", "", " ", "12,5", "1e5", "Rp 1.000", "-", "١٢٣", "6402014105800001x", "x 6402 0141 0580 0001", "0x10", "NaN");
const decimalText = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.constantFrom("", ".5", ".25", ".0")).map(([n, f]) => `${n}${f}`);
const textArb = fc.oneof(junk, decimalText, fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9 a-z.\-]{0,40}$/));

function expected(value: string, whole: boolean) {
  try {
    return { success: true as const, amount: rupiah(value, { whole }).toString() };
  } catch (error) {
    if (!isLibraryError(error)) throw error;
    return { success: false as const, issues: [{ code: "custom", path: [], message: error.text.en, params: { code: error.code, text: error.text } }] };
  }
}

describe("RupiahSchema and WholeRupiahSchema", () => {
  it.each([
    ["RupiahSchema", RupiahSchema, false],
    ["WholeRupiahSchema", WholeRupiahSchema, true],
  ] as const)("%s reads every text as rupiah() does, its issue the text of rupiah()'s error", (_, schema, whole) => {
    let refused = 0;
    fc.assert(
      fc.property(textArb, (value) => {
        const want = expected(value, whole);
        const got = schema.safeParse(value);
        expect(got.success).toBe(want.success);
        if (got.success && want.success) expect(got.data.toString()).toBe(want.amount);
        if (!got.success && !want.success) {
          refused += 1;
          expect(got.error.issues.map((found) => ({ code: found.code, path: found.path, message: found.message, params: (found as { params?: unknown }).params }))).toEqual(want.issues);
        }
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(100);
  });
});
