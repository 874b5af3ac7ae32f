import { describe, expect, it } from "vitest";
import { isRupiah, rupiah } from "../../src/index.js";
import { mismatch, parseExpectation } from "./_exampleClaims.js";
import { type Example, prepareExample } from "./_examples.js";

// The notation of the examples' claims (docs/contributing.md, "Writing examples"): a harness that
// accepted every value would let every example pass, so each rule is checked both ways.

const holds = (actual: unknown, claim: string): boolean => {
  const expectation = parseExpectation(claim);
  if (expectation.kind !== "value") throw new Error(`not a value: ${claim}`);
  return mismatch(actual, expectation.matcher, isRupiah) === undefined;
};

describe("claims after //=>", () => {
  it.each([
    { actual: "150", claim: `"150"`, ok: true },
    { actual: "150", claim: `"151"`, ok: false },
    { actual: 150, claim: `"150"`, ok: false },
    { actual: 2.5, claim: "2.5", ok: true },
    { actual: 2.54, claim: "2.5", ok: false },
    { actual: 0.013600000000000001, claim: "0.0136 (to rounding)", ok: true },
    { actual: 1 / 6, claim: "1/6", ok: true },
    { actual: -1.35, claim: "-1.35 (points)", ok: true },
    { actual: 810439.5604, claim: "810439.56…", ok: true },
    { actual: 810439.57, claim: "810439.56…", ok: false },
    { actual: [2n, 3n], claim: "[2n, 3n]", ok: true },
    { actual: [2n, 3n], claim: "[2n]", ok: false },
    { actual: ["a", "b", "c"], claim: `["a", "b", …]`, ok: true },
    { actual: ["a", "x", "c"], claim: `["a", "b", …]`, ok: false },
    { actual: { a: 1, b: 2 }, claim: "{ a: 1, b: 2 }", ok: true },
    { actual: { a: 1, b: 2 }, claim: "{ a: 1 }", ok: false },
    { actual: { a: 1, b: 2 }, claim: "{ a: 1, … }", ok: true },
    { actual: { a: 1, b: undefined }, claim: "{ a: 1 }", ok: true },
    { actual: { a: { deep: true } }, claim: "{ a: {…} }", ok: true },
    { actual: "Proper water: piped", claim: `"Proper water: …"`, ok: true },
    { actual: "Improper water", claim: `"Proper water…"`, ok: false },
    { actual: { amount: rupiah(1_200_000) }, claim: "{ amount: Rupiah 1,200,000 }", ok: true },
    { actual: { amount: rupiah(1_200_001) }, claim: "{ amount: Rupiah 1,200,000 }", ok: false },
    { actual: { amount: "1200000" }, claim: "{ amount: Rupiah 1,200,000 }", ok: false },
    { actual: undefined, claim: "undefined", ok: true },
    { actual: null, claim: "undefined", ok: false },
    { actual: "64.02", claim: `"64.02" (Kutai Kartanegara)`, ok: true },
    { actual: false, claim: "false (household.nik_day)", ok: true },
  ])("$actual against $claim: $ok", ({ actual, claim, ok }) => {
    expect(holds(actual, claim)).toBe(ok);
  });

  it("reads throws, descriptions, and refuses a broken literal", () => {
    expect(parseExpectation("throws money.not_whole")).toEqual({ kind: "throws", code: "money.not_whole" });
    expect(parseExpectation("a frozen copy")).toEqual({ kind: "description", text: "a frozen copy" });
    expect(() => parseExpectation(`{ lost: [] … }`)).toThrow(/not a literal/);
    expect(() => parseExpectation(`[1, 2`)).toThrow(/not a literal/);
  });
});

describe("claims in an example", () => {
  const example = (lines: string[]): Example => ({ id: 0, file: "src/x.ts", line: 1, name: "x", lines, sourceLines: lines.map((_, i) => i + 2) });

  it("finds claims on the line and on the next line, innermost statement first", () => {
    const prepared = prepareExample(example([
      "const x = f(); //=> 1",
      "x.y",
      "//=> 2",
      "if (ok) x.z; //=> 3",
      "// prose, not a claim",
    ]));
    expect(prepared.claims.map((c) => [c.line, c.expected])).toEqual([[2, "1"], [4, "2"], [5, "3"]]);
    expect(prepared.problems).toEqual([]);
    expect(prepared.runnable).toContain("await __claim(2, async () => (x.z));");
  });

  it("reports a claim that follows no statement", () => {
    const prepared = prepareExample(example(["f(", "  1, //=> 1", ");"]));
    expect(prepared.problems).toEqual(["line 3: this //=> claim follows no statement (put it after a whole expression statement)"]);
  });
});
