import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/message/redact.js";

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

// What a message about bad input shows of a caller's value: its kind (in words of each language),
// never its methods' output; the caller's own value (text, a number) as it is, alike in both.
describe("describeValue", () => {
  it.each<[string, unknown, string | { id: string; en: string }]>([
    ["a Map", new Map([[1, 2]]), { id: "Map", en: "Map" }],
    ["a Set", new Set([1]), { id: "Set", en: "Set" }],
    ["a Date", new Date(0), { id: "tanggal (Date)", en: "Date" }],
    ["a typed array", new Uint8Array(2), { id: "larik bertipe", en: "typed array" }],
    ["an array", [1, 2, 3], { id: "larik (3 butir)", en: "array (3 items)" }],
    ["an array of one", [1], { id: "larik (1 butir)", en: "array (1 item)" }],
    ["an object", { toString: () => "never shown" }, { id: "objek", en: "object" }],
    ["a revoked Proxy", revoked, { id: "objek", en: "object" }],
    ["null", null, "null"],
    ["undefined", undefined, { id: "tidak ada nilai (undefined)", en: "undefined" }],
    ["a function", () => 1, { id: "fungsi", en: "function" }],
    ["a symbol", Symbol("s"), { id: "simbol", en: "symbol" }],
    ["a number holding a NIK", 6472010101900001, "6472••••••••0001"],
    ["a long string, cut", "x".repeat(100), JSON.stringify(`${"x".repeat(40)}…`)],
    ["a bigint too long to show", 10n ** 50n, { id: "(40+ digit, sekitar 50)n", en: "(40+ digits, about 50)n" }],
    ["a negative bigint too long to show", -(10n ** 50n), { id: "-(40+ digit, sekitar 50)n", en: "-(40+ digits, about 50)n" }],
  ])("%s", (_, value, shown) => {
    expect(describeValue(value)).toEqual(shown);
  });
});
