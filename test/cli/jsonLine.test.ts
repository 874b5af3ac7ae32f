import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonLine, jsonValue } from "../../src/cli/output.js";
import { rupiah } from "../../src/index.js";

// `jsonLine` writes what `JSON.stringify(value, jsonValue)` writes (the CLI's JSON Lines records
// before it took JSON.stringify's own path first): bigints as numbers or texts, everything else as
// JSON.stringify does, and the same error for what neither can write.
const same = (value: unknown) => {
  let expected: string | Error;
  try {
    expected = JSON.stringify(value, jsonValue);
  } catch (error) {
    expected = error as Error;
  }
  if (expected instanceof Error) expect(() => jsonLine(value)).toThrow(expected.constructor as new () => Error);
  else expect(jsonLine(value)).toBe(expected);
};

describe("jsonLine", () => {
  const circular: Record<string, unknown> = { a: 1 };
  circular["self"] = circular;
  it.each([
    ["a record of plain values", { household: "KT-1", total: rupiah("504000"), eligible: ["pkh"], checks: [{ expected: { min: 1, max: 4 }, received: 10 }] }],
    ["a small bigint (a number)", { count: 12n }],
    ["a bigint past the safe integers (a text)", { count: 2n ** 80n, nested: [{ n: -(2n ** 70n) }] }],
    ["a circular record (the same TypeError)", circular],
    ["undefined", undefined],
  ])("%s", (_name, value) => same(value));

  it("equals JSON.stringify with the replacer on any JSON-like value with bigints (1,000 runs)", () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: false, withSet: false }), (value) => same(value)), { numRuns: 1000 });
  });
});
