// English nouns after a count take the count's number: `{count|household|households}` in a template
// is `household` when `count` is 1 and `households` otherwise (Bahasa Indonesia does not inflect:
// its templates keep `{count} rumah tangga`). Until 2026-12-06 only the command line's messages did
// this; the library's own said "1 households in 64.04 are left out…" and "The row has 1 cells…".
import { describe, expect, it } from "vitest";
import { interpolate, renderMessage } from "../../src/message/index.js";
import { ioMessages } from "../../src/node/messages.js";
import { ruleMessages } from "../../src/rule/messages.js";
import { simulateMessages } from "../../src/simulate/messages.js";

const TEMPLATE = "{count} {count|household|households} {count|is|are} left out";

describe("a word in the number of a count", () => {
  it.each([
    [1, "1 household is left out"],
    ["1", "1 household is left out"],
    [1n, "1 household is left out"],
    [0, "0 households are left out"],
    [2, "2 households are left out"],
    ["1.000", "1.000 households are left out"],
    [1.5, "1.5 households are left out"],
    [undefined, "? households are left out"],
  ] as const)("%s", (count, text) => {
    expect(interpolate(TEMPLATE, { count })).toBe(text);
  });

  it.each([
    [1, "The only condition must hold"],
    [3, "All 3 conditions must hold"],
    [0, "All 0 conditions must hold"],
  ])("fills the placeholders in the chosen words: %s", (count, text) => {
    expect(interpolate("{count|The only condition|All {count} conditions} must hold", { count })).toBe(text);
  });

  it("masks a NIK brought by a placeholder in the chosen words", () => {
    expect(interpolate("{n|one|NIK {nik}}", { n: 2, nik: "6402014507050003" })).toBe("NIK 6402••••••••0003");
  });

  // Until 2026-12-07 a combinator of one condition read "All 1 condition must hold", "Semua 1 syarat
  // harus terpenuhi" and "At least one of 1 condition must hold".
  it.each([
    ["rule.all", "Semua 3 syarat", "All 3 conditions"],
    ["rule.any", "Paling sedikit satu dari 3 syarat", "At least one of 3 conditions"],
  ] as const)("%s of one condition reads naturally in both languages, of three as before", (code, id, en) => {
    const of = (count: number) => renderMessage(ruleMessages[code], { count, passed: 1, failed: 0, unknown: 0 });
    expect(of(1)).toEqual({ id: "Satu-satunya syarat harus terpenuhi: 1 terpenuhi, 0 tidak, 0 tidak pasti", en: "The only condition must hold: 1 met, 0 not met, 0 undetermined" });
    expect(of(3)).toEqual({ id: `${id} harus terpenuhi: 1 terpenuhi, 0 tidak, 0 tidak pasti`, en: `${en} must hold: 1 met, 0 not met, 0 undetermined` });
  });

  it("leaves a brace that is not a placeholder as it is", () => {
    expect(interpolate("{a|b} {a|b|c|d} {|x|y}", { a: 1 })).toBe("{a|b} {a|b|c|d} {|x|y}");
  });

  it("masks a NIK that a word would sit next to", () => {
    expect(interpolate("{n} {n|orang|orang}", { n: "6402014507050003" })).toBe("6402••••••••0003 orang");
  });

  it.each([
    [ioMessages["io.column_count"], { received: 1, expected: 17 }, "The row has 1 cell but the header has 17 columns"],
    [ioMessages["io.column_count"], { received: 3, expected: 1 }, "The row has 3 cells but the header has 1 column"],
    [simulateMessages["simulate.warn.quota_unfilled"], { program: "Family Hope Program (PKH)", regency: "64.02 Kutai Kartanegara", quota: 10, filled: 1 }, "The quota of Family Hope Program (PKH) in 64.02 Kutai Kartanegara is 10, but only 1 household is eligible"],
    [ruleMessages["rule.all"], { count: 1, passed: 1, failed: 0, unknown: 0 }, "The only condition must hold: 1 met, 0 not met, 0 undetermined"],
    [ruleMessages["rule.reason.stale_data"], { field: "desil", date: "2024-01-01", maxAge: 1, asOf: "2025-07-01" }, "desil is dated 2024-01-01, older than 1 month on 2025-07-01"],
  ])("%#: %s", (template, values, en) => {
    const text = renderMessage(template, values);
    expect(text.en).toBe(en);
    expect(text.id).not.toMatch(/\|/);
  });
});
