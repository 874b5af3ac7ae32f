import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskLongNumbers } from "../../src/message/redact.js";

// The walk itself, on any text: after a masked NIK and a letter (which ends its run) the text is
// always walked, and walked as if alone (the walk starts afresh after a letter).
const NIK_AND_LETTER = "6402014105800001x";
const maskRuns = (text: string): string => maskLongNumbers(NIK_AND_LETTER + text).slice(NIK_AND_LETTER.length);

// maskLongNumbers skips its walk over a text that has no 16 characters that may be digits with at
// most one other character between two (issue 16: most messages have none). The shortcut must never skip a text the walk would mask: texts built
// from digits of several scripts, separators, invisible characters and letters, many of them with
// about 16 digits, are masked exactly as the walk masks them.

const pieces = fc.constantFrom(
  "0", "1", "5", "9", "٣", "３", "𝟕", // ASCII, Arabic-Indic, full-width, mathematical (a surrogate pair)
  " ", ".", "-", "/", "\n", "\u00a0", "\u200b", "\u2009", "，", "\u007f", // separators, invisible characters, DEL
  "a", "é", "•", "Rp", "  ",
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
    ["16 digits and a line break", "12345678\n12345678", true],
    ["16 digits, two separators in the middle", "12345678 -12345678", false],
  ])("%s: masked %s", (_, text, changed) => {
    expect(maskLongNumbers(text) !== text).toBe(changed);
    expect(maskLongNumbers(text)).toBe(maskRuns(text));
  });
});
