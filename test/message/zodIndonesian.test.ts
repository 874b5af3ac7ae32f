import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { toIssues } from "../../src/message/zod.js";
import { parseHousehold } from "../../src/index.js";

// The library words zod's built-in issues in Bahasa Indonesia itself. zod's own `id` locale said
// "Kunci tidak dikenali s: …" for two unknown keys (an English plural on an Indonesian word) and, like
// the English one, "received undefined" for a value left out (found 2026-12-06 reading the issues of
// a region file and a household with a key missing).
const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  return toIssues(result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.code, issue.message.id, issue.message.en]);
};

describe("zod's built-in issues in both languages", () => {
  it.each([
    { name: "a value of the wrong type", schema: z.object({ a: z.string() }), input: { a: 1 }, id: "Input tidak valid: diharapkan string, diterima number", en: "Invalid input: expected string, received number" },
    // Found by the hostile-input hunt (2026-12-07): "diharapkan number, diterima number" for Infinity, "diterima nan" for NaN.
    { name: "an infinite number", schema: z.object({ a: z.number() }), input: { a: Infinity }, id: "Input tidak valid: diharapkan number, diterima Infinity", en: "Invalid input: expected number, received Infinity" },
    { name: "a negative infinite number", schema: z.object({ a: z.number() }), input: { a: -Infinity }, id: "Input tidak valid: diharapkan number, diterima -Infinity", en: "Invalid input: expected number, received -Infinity" },
    { name: "NaN", schema: z.object({ a: z.number() }), input: { a: Number.NaN }, id: "Input tidak valid: diharapkan number, diterima NaN", en: "Invalid input: expected number, received NaN" },
    { name: "a value left out", schema: z.object({ a: z.string() }), input: {}, id: "Wajib diisi: diharapkan string, tidak ada nilai", en: "Required: expected string, no value given" },
    { name: "one of a few values", schema: z.enum(["male", "female"]), input: "x", id: 'Pilihan tidak valid: diharapkan salah satu dari "male"|"female"', en: 'Invalid option: expected one of "male"|"female"' },
    { name: "a single literal", schema: z.literal("yes"), input: "no", id: 'Input tidak valid: diharapkan "yes"', en: 'Invalid input: expected "yes"' },
    { name: "a number too big", schema: z.number().check(z.lte(10)), input: 11, id: "Terlalu besar: diharapkan number menjadi <=10", en: "Too big: expected number to be <=10" },
    { name: "a number too small", schema: z.number().check(z.gt(0)), input: 0, id: "Terlalu kecil: diharapkan number menjadi >0", en: "Too small: expected number to be >0" },
    { name: "a list too short", schema: z.array(z.string()).check(z.minLength(1)), input: [], id: "Terlalu kecil: diharapkan array memiliki >=1 item", en: "Too small: expected array to have >=1 items" },
    { name: "a text too long", schema: z.string().check(z.maxLength(2)), input: "abc", id: "Terlalu besar: diharapkan string memiliki <=2 karakter", en: "Too big: expected string to have <=2 characters" },
    { name: "a pattern", schema: z.string().check(z.regex(/^\d+$/)), input: "a", id: "String tidak valid: harus sesuai pola /^\\d+$/", en: "Invalid string: must match pattern /^\\d+$/" },
    { name: "a multiple", schema: z.number().check(z.multipleOf(5)), input: 7, id: "Angka tidak valid: harus kelipatan dari 5", en: "Invalid number: must be a multiple of 5" },
    { name: "one unknown key", schema: z.strictObject({}), input: { extra: 1 }, id: 'Kunci tidak dikenal: "extra"', en: 'Unrecognized key: "extra"' },
    { name: "two unknown keys", schema: z.strictObject({}), input: { a: 1, b: 2 }, id: 'Kunci tidak dikenal: "a", "b"', en: 'Unrecognized keys: "a", "b"' },
  ])("words $name", ({ schema, input, id, en }) => {
    const [[, , gotId, gotEn]] = issuesOf(schema, input) as [[string, string, string, string]];
    expect([gotId, gotEn]).toEqual([id, en]);
  });

  it("keeps the code input.<zod code>, so that an app's handling does not change", () => {
    expect(issuesOf(z.object({ a: z.string() }), {}).map(([path, code]) => [path, code])).toEqual([["a", "input.invalid_type"]]);
  });

  it("calls a household's missing birth date required, in both languages", () => {
    const result = parseHousehold({ id: "h1", regency: "64.02", members: [{ sex: "female", relationship: "head" }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((issue) => [issue.path.join("."), issue.message.id, issue.message.en])).toEqual([
        ["members.0.birthDate", "Wajib diisi: diharapkan string, tidak ada nilai", "Required: expected string, no value given"],
      ]);
    }
  });

  it("masks a long number zod quotes, in both languages", () => {
    // zod quotes the value it expected: a schema an app built around a NIK-like literal.
    const [[, , id, en]] = issuesOf(z.literal("3302011203920001"), "x") as [[string, string, string, string]];
    expect(id).toMatch(/^Input tidak valid: diharapkan "/);
    expect(id).not.toContain("3302011203920001");
    expect(en).not.toContain("3302011203920001");
  });
});
