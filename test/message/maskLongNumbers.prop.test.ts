import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskLongNumbers } from "../../src/message/redact.js";

// `maskLongNumbers` counts candidate digits (ASCII digits and any character beyond ASCII but the
// bullet of a masked number) before it
// scans: a text with fewer than 16 is returned as it is. The count must never skip a text the scan
// would change: texts from an alphabet of every kind of character the scan knows (ASCII and
// Unicode digits, a digit outside the BMP, visible and invisible separators, letters, dashes). The
// scan itself is reached by a suffix of 16 ASCII digits each between letters (no run of its own,
// and the first letter ends any run of the text): masking the text with it must give the text's
// masking with it.
const ASCII_DIGITS = ["0", "1", "7", "9"];
const OTHER_DIGITS = ["٣", "٦", "０", "१", "𝟗"];
const OTHERS = [" ", "\u00a0", ".", ",", "-", "/", "_", "'", "\u200b", "\u0000", "\u0085", "\u2013", "—", "•", "6402••••••••0001", "a", "K", "é", "x", "12345678", "6472010101900001"];

// Digits weigh most, so that runs of 16 and more (with few ASCII digits among them) are common.
const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...OTHER_DIGITS), weight: 6 },
      { arbitrary: fc.constantFrom(...ASCII_DIGITS), weight: 1 },
      { arbitrary: fc.constantFrom(...OTHERS), weight: 1 },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

const SCANNED = `x${"0x".repeat(16)}`;
const scanned = (t: string) => maskLongNumbers(t + SCANNED).slice(0, -SCANNED.length);

describe("maskLongNumbers (candidate count, then the scan)", () => {
  it.each([
    ["no digits", "Desil DTSEN harus 1–4, tercatat 10 — tidak terpenuhi", false],
    ["15 digits", "KK 647201010190000", false],
    ["a NIK", "NIK 6472010101900001 tercatat", true],
    ["a NIK in Arabic-Indic digits", "٦٤٧٢٠١٠١٠١٩٠٠٠٠١", true],
    ["a NIK grouped by no-break spaces", "6472\u00a00101\u00a00190\u00a00001", true],
    // Control characters a terminal does not show (2026-12-07: they ended a run, so these were shown whole).
    ["a NIK grouped by NUL", "6472\u00000101\u00000190\u00000001", true],
    ["a NIK grouped by DEL and escape", "6472\u007f0101\u001b0190\u007f0001", true],
    ["a NIK grouped by U+0085 (C1)", "6472\u00850101\u00850190\u00850001", true],
    ["two 8-digit numbers on two lines", "64720101\n\n01900001", false],
    // Bullets are no digits and end a run: a number masked already is left as it is.
    ["a NIK masked already", "NIK 6402••••••••0001 tidak cocok dengan NIK 6402••••••••0002", false],
    ["digits between bullets", "1234•5678•9012•3456•7890", false],
  ])("%s", (_, input, changed) => {
    expect(maskLongNumbers(input)).toBe(scanned(input));
    expect(maskLongNumbers(input) !== input).toBe(changed);
  });

  it("equals the scan on any text (1,000 runs)", () => {
    fc.assert(
      fc.property(text, (t) => maskLongNumbers(t) === scanned(t)),
      { numRuns: 1000 },
    );
  });
});
