import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskLongNumbers } from "../../src/message/redact.js";

const maskRuns = (text: string): string => maskLongNumbers(text, true);

// maskLongNumbers skips its walk over a text with fewer than 16 characters that may be digits (issue
// 16: most messages have none). The shortcut must never skip a text the walk would mask: texts built
// from digits of several scripts, separators, invisible characters and letters, many of them with
// about 16 digits, are masked exactly as the walk masks them.

const pieces = fc.constantFrom(
  "0", "1", "5", "9", "٣", "３", "𝟕", // ASCII, Arabic-Indic, full-width, mathematical (a surrogate pair)
  " ", ".", "-", "/", "\u00a0", "\u200b", "\u2009", "，", // separators and invisible characters
  "a", "é", "•", "Rp", "\n",
);
const digitRun = fc.array(fc.constantFrom("1", "2", "٣", "３", "𝟕"), { minLength: 12, maxLength: 18 }).map((d) => d.join(""));
const textArb = fc.array(fc.oneof({ weight: 6, arbitrary: pieces }, { weight: 1, arbitrary: digitRun }), { maxLength: 40 }).map((p) => p.join(""));

describe("maskLongNumbers", () => {
  it("masks every text exactly as the full walk does, shortcut or not", () => {
    let masked = 0;
    let skipped = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        const expected = maskRuns(text);
        expect(maskLongNumbers(text)).toBe(expected);
        if (expected !== text) masked += 1;
        else skipped += 1;
      }),
      { numRuns: 2000 },
    );
    // Both outcomes are met often (a test that never masked could not fail).
    expect(masked).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(200);
  });

  it.each([
    ["15 digits", "123456789012345", false],
    ["16 digits", "1234567890123456", true],
    ["16 digits in groups of four", "1234 5678 9012 3456", true],
    ["16 full-width digits", "１２３４５６７８９０１２３４５６", true],
    ["no digits", "Rp tidak valid / not valid", false],
  ])("%s: masked %s", (_, text, changed) => {
    expect(maskLongNumbers(text) !== text).toBe(changed);
    expect(maskLongNumbers(text)).toBe(maskRuns(text));
  });
});
