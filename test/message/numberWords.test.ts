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

  it("leaves a brace that is not a placeholder as it is", () => {
    expect(interpolate("{a|b} {a|b|c|d} {|x|y}", { a: 1 })).toBe("{a|b} {a|b|c|d} {|x|y}");
  });

  it("masks a NIK that a word would sit next to", () => {
    expect(interpolate("{n} {n|orang|orang}", { n: "6402014507050003" })).toBe("6402••••••••0003 orang");
  });

  it.each([
    [ioMessages["io.column_count"], { received: 1, expected: 17 }, "The row has 1 cell but the header has 17 columns"],
    [ioMessages["io.column_count"], { received: 3, expected: 1 }, "The row has 3 cells but the header has 1 column"],
    [simulateMessages["simulate.warn.quota_unfilled"], { program: "pkh", regency: "64.02", quota: 10, filled: 1 }, "The pkh quota in 64.02 is 10, but only 1 household is eligible"],
    [ruleMessages["rule.all"], { count: 1, passed: 1, failed: 0, unknown: 0 }, "All 1 condition must hold: 1 met, 0 not met, 0 undetermined"],
    [ruleMessages["rule.reason.stale_data"], { field: "desil", date: "2024-01-01", maxAge: 1, asOf: "2025-07-01" }, "desil is dated 2024-01-01, older than 1 month on 2025-07-01"],
  ])("%#: %s", (template, values, en) => {
    const text = renderMessage(template, values);
    expect(text.en).toBe(en);
    expect(text.id).not.toMatch(/\|/);
  });
});
