import { describe, expect, it } from "vitest";
import { isRupiah, rupiah } from "../../src/index.js";
import { mismatch, outputMatches, PAGE, parseExpectation, valueClaim } from "./_claims.js";
import { type Example, prepareExample } from "./_examples.js";

// The notation of the claims (docs/contributing.md, "Writing examples" and "Code blocks in the pages"),
// read by ./_claims.ts for the examples and the pages alike: a harness that accepted every value would
// let every example pass, so each rule is checked both ways, in both dialects.


const holds = (actual: unknown, claim: string): boolean => {
  const expectation = parseExpectation(claim);
  if (expectation.kind !== "value") throw new Error(`not a value: ${claim}`);
  return mismatch(actual, expectation.matcher, { isRupiah }) === undefined;
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
    { actual: -6.578947368421051, claim: "-6.578… (points)", ok: true },
    { actual: -6.579, claim: "-6.578…", ok: false },
    { actual: "NIK 6402 mengodekan x", claim: `"NIK … mengodekan …"`, ok: true },
    { actual: "NIK 6402", claim: `"NIK … mengodekan …"`, ok: false },
    { actual: rupiah(150), claim: `"150"`, ok: false },
    { actual: rupiah(150), claim: "Rupiah 150", ok: true },
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

// How a claim and a shown output are read, on values whose answer is known.
describe("claims of the pages", () => {
  it.each([
    { actual: "Rp750.000" as unknown, claim: '"Rp750.000"', matches: true },
    { actual: "Rp75.000", claim: '"Rp750.000"', matches: false },
    { actual: "NIK 6402••••••••0003 mengodekan jenis kelamin", claim: '"NIK … mengodekan …"', matches: true },
    { actual: "NIK 6402", claim: '"NIK … mengodekan …"', matches: false },
    { actual: 0.08774, claim: "0.0877…", matches: true },
    { actual: 0.0878, claim: "0.0877…", matches: false },
    { actual: 0.20344, claim: "0.2034", matches: true },
    { actual: 0.20346, claim: "0.2034", matches: false },
    { actual: 7, claim: "7", matches: true },
    { actual: 7.2, claim: "7", matches: false },
    { actual: { a: 1, b: 2 }, claim: "{ a: 1 }", matches: false },
    { actual: { a: 1, b: 2 }, claim: "{ a: 1, … }", matches: true },
    { actual: { a: 1, b: 2 }, claim: "{ …, b: 2 }", matches: true },
    { actual: { a: 1, b: undefined }, claim: "{ a: 1 }", matches: true },
    { actual: [1, 2, 3], claim: "[1, …]", matches: true },
    { actual: [1, 2, 3], claim: "[1, 2]", matches: false },
    { actual: [2, 3], claim: "[1, …]", matches: false },
    { actual: rupiah("1575000"), claim: '"1575000"', matches: true },
    { actual: rupiah("1575000"), claim: '"1575001"', matches: false },
    { actual: undefined, claim: '"x"', matches: false },
    { actual: 2.54, claim: "2.5", matches: true },
    { actual: "150", claim: '"150"', matches: true },
  ])("$claim against $actual: $matches", ({ actual, claim, matches }) => {
    expect(mismatch(actual, valueClaim(claim), PAGE) === undefined).toBe(matches);
  });

  it("refuses a throw or a description", () => {
    expect(() => valueClaim("throws money.not_whole")).toThrow(/not a throw/);
    expect(() => valueClaim("a frozen copy")).toThrow(/not a description/);
  });

  it.each([
    { printed: "a\nb\nc", shown: "a\n…", matches: true },
    { printed: "a\nb\nc", shown: "a\nb", matches: false },
    { printed: "a x y  \nb", shown: "a … y\nb", matches: true },
    { printed: "a\nb", shown: "a\nc", matches: false },
  ])("shown output $shown against $printed: $matches", ({ printed, shown, matches }) => {
    expect(outputMatches(printed, shown)).toBe(matches);
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
