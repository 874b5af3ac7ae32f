import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/message/redact.js";

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

// What a message about bad input shows of a caller's value: its kind, never its methods' output.
describe("describeValue", () => {
  it.each([
    ["a Map", new Map([[1, 2]]), "Map"],
    ["a Set", new Set([1]), "Set"],
    ["a Date", new Date(0), "Date"],
    ["a typed array", new Uint8Array(2), "typed array"],
    ["an array", [1, 2, 3], "array (3 items)"],
    ["an object", { toString: () => "never shown" }, "object"],
    ["a revoked Proxy", revoked, "object"],
    ["null", null, "null"],
    ["a function", () => 1, "function"],
    ["a symbol", Symbol("s"), "symbol"],
    ["a number holding a NIK", 6472010101900001, "6472••••••••0001"],
    ["a long string, cut", "x".repeat(100), JSON.stringify(`${"x".repeat(40)}…`)],
    ["a bigint too long to show", 10n ** 50n, "(40+ digits, about 50)n"],
  ])("%s", (_, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});
