import { describe, expect, it } from "vitest";
import { decodeKk, decodeNik, KkSchema, maskNik, NikSchema, TepatSasaranError } from "../../src/index.js";

// Synthetic numbers only: district 99 does not exist in any Kaltim regency.
describe("decodeNik", () => {
  it.each([
    { name: "a man's NIK", nik: "6402991203850001", asOf: "2026-01-01", birthDate: "1985-03-12", sex: "male", serial: 1 },
    { name: "a woman's NIK stores day + 40", nik: "6402995203850002", asOf: "2026-01-01", birthDate: "1985-03-12", sex: "female", serial: 2 },
    { name: "day 41 is a woman born on the 1st", nik: "6472994101900003", asOf: "2026-01-01", birthDate: "1990-01-01", sex: "female", serial: 3 },
    { name: "day 71 is a woman born on the 31st", nik: "6472997101900004", asOf: "2026-01-01", birthDate: "1990-01-31", sex: "female", serial: 4 },
    { name: "29 February of a leap year (woman)", nik: "6402996902240005", asOf: "2026-01-01", birthDate: "2024-02-29", sex: "female", serial: 5 },
    { name: "29 February 2000 (a leap century year)", nik: "6402992902000006", asOf: "2026-01-01", birthDate: "2000-02-29", sex: "male", serial: 6 },
    { name: "yy equal to asOf's year, date on asOf, stays in this century", nik: "6402990101260007", asOf: "2026-01-01", birthDate: "2026-01-01", sex: "male", serial: 7 },
    { name: "yy equal to asOf's year, date after asOf, goes back a century", nik: "6402990201260008", asOf: "2026-01-01", birthDate: "1926-01-02", sex: "male", serial: 8 },
    { name: "yy one year before asOf", nik: "6402993112250009", asOf: "2026-01-01", birthDate: "2025-12-31", sex: "male", serial: 9 },
    { name: "yy one year after asOf's year is last century", nik: "6402990101270010", asOf: "2026-12-31", birthDate: "1927-01-01", sex: "male", serial: 10 },
    { name: "serial 9999", nik: "6402990101809999", asOf: "2026-01-01", birthDate: "1980-01-01", sex: "male", serial: 9999 },
    { name: "serial 1000 (zeros in the last two digits)", nik: "6402990101801000", asOf: "2026-01-01", birthDate: "1980-01-01", sex: "male", serial: 1000 },
    { name: "province 11, the lowest", nik: "1101990101800011", asOf: "2026-01-01", birthDate: "1980-01-01", sex: "male", serial: 11 },
  ])("$name", ({ nik, asOf, birthDate, sex, serial }) => {
    expect(decodeNik(nik, { asOf })).toEqual({ success: true, data: { region: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.99`, birthDate, sex, serial } });
  });

  it.each([
    { name: "29 February of a common year", nik: "6402992902230001", asOf: "2026-01-01", codes: ["household.nik_date"] },
    { name: "29 February 00 resolving to 1900 (not a leap year)", nik: "6402992902000001", asOf: "2000-02-28", codes: ["household.nik_date"] },
    { name: "a woman's 29 February in a common year", nik: "6402996902250001", asOf: "2026-01-01", codes: ["household.nik_date"] },
    { name: "30 February", nik: "6402993002800001", asOf: "2026-01-01", codes: ["household.nik_date"] },
    { name: "31 April", nik: "6402993104800001", asOf: "2026-01-01", codes: ["household.nik_date"] },
    { name: "day 00", nik: "6402990001800001", asOf: "2026-01-01", codes: ["household.nik_day"] },
    { name: "day 32", nik: "6402993201800001", asOf: "2026-01-01", codes: ["household.nik_day"] },
    { name: "day 40", nik: "6402994001800001", asOf: "2026-01-01", codes: ["household.nik_day"] },
    { name: "day 72", nik: "6402997201800001", asOf: "2026-01-01", codes: ["household.nik_day"] },
    { name: "month 00", nik: "6402991200800001", asOf: "2026-01-01", codes: ["household.nik_month"] },
    { name: "month 13", nik: "6402991213800001", asOf: "2026-01-01", codes: ["household.nik_month"] },
    { name: "serial 0000", nik: "6402991201800000", asOf: "2026-01-01", codes: ["household.nik_serial"] },
    { name: "province 00", nik: "0002991201800001", asOf: "2026-01-01", codes: ["household.nik_region"] },
    { name: "province 10 (below 11)", nik: "1002991201800001", asOf: "2026-01-01", codes: ["household.nik_region"] },
    { name: "regency 00", nik: "6400991201800001", asOf: "2026-01-01", codes: ["household.nik_region"] },
    { name: "district 00", nik: "6402001201800001", asOf: "2026-01-01", codes: ["household.nik_region"] },
    { name: "several problems at once", nik: "6402000013800000", asOf: "2026-01-01", codes: ["household.nik_region", "household.nik_day", "household.nik_month", "household.nik_serial"] },
    { name: "15 digits", nik: "640299120180001", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "17 digits", nik: "64029912018000011", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "spaces inside", nik: "6402 9912 0180 0001", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "letters", nik: "64029912O1800001", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "Arabic-Indic digits", nik: "٦٤٠٢٩٩١٢٠١٨٠٠٠١", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "empty", nik: "", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "a slash in the last place", nik: "640299120180000/", asOf: "2026-01-01", codes: ["household.nik_format"] },
    { name: "a colon in the first place", nik: ":402991201800001", asOf: "2026-01-01", codes: ["household.nik_format"] },
  ])("rejects $name", ({ nik, asOf, codes }) => {
    const result = decodeNik(nik, { asOf });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toEqual(codes);
    for (const found of result.issues) {
      expect(found.path).toEqual([]);
      expect(`${found.message.id} ${found.message.en}`).not.toMatch(/\d{16}/);
    }
  });

  it("rejects a value that is not text, as JavaScript callers may pass one", () => {
    const result = decodeNik(6402991201800001 as unknown as string, { asOf: "2026-01-01" });
    expect(result).toMatchObject({ success: false, issues: [{ code: "household.nik_not_text" }] });
  });

  it.each([
    ["an array", () => ["6402991201800001"], "array"],
    ["a revoked Proxy", () => revoked({}), "object"],
    ["a revoked Proxy of an array", () => revoked([]), "object"],
  ])("names the kind of %s it is given, never throwing (decodeNik and decodeKk)", (_name, value, kind) => {
    // Found by `npm run fuzz` (seed 1452868345): `Array.isArray` of a revoked Proxy threw a raw TypeError.
    for (const [decode, code] of [
      [decodeNik, "household.nik_not_text"],
      [decodeKk, "household.kk_not_text"],
    ] as const) {
      const result = decode(value() as unknown as string, { asOf: "2026-01-01" });
      expect(result).toMatchObject({ success: false, issues: [{ code }] });
      expect(result.success ? "" : result.issues[0]?.message.en).toMatch(new RegExp(`not ${kind}$`));
    }
  });

  it("shows the NIK masked in its messages", () => {
    const result = decodeNik("6402991213800001", { asOf: "2026-01-01" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.message).toEqual({
        id: "NIK 6402••••••••0001: bulan lahir (digit 9–10) harus 01–12",
        en: "NIK 6402••••••••0001: the birth month (digits 9–10) must be 01–12",
      });
    }
  });

  it("throws time.invalid_date for a bad asOf (a programming error, not bad input)", () => {
    expect(() => decodeNik("6402991203850001", { asOf: "2026-02-30" })).toThrow(TepatSasaranError);
  });
});

describe("NikSchema", () => {
  it("accepts 29 February before the century is known", () => {
    expect(NikSchema.safeParse("6402992902230001").success).toBe(true);
  });
  it("rejects 30 February with its code", () => {
    const result = NikSchema.safeParse("6402993002800001");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: "custom", params: { code: "household.nik_date" } });
  });
});

/** A Proxy of `target`, revoked: any operation on it throws. */
function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

describe("decodeKk", () => {
  it.each([
    { name: "an ordinary KK", kk: "6472991503180042", asOf: "2026-01-01", issueDate: "2018-03-15", serial: 42 },
    { name: "29 February of a leap year", kk: "6402992902240001", asOf: "2026-01-01", issueDate: "2024-02-29", serial: 1 },
    { name: "a year after asOf's year is last century", kk: "6402991506300002", asOf: "2026-01-01", issueDate: "1930-06-15", serial: 2 },
    { name: "an issue date on asOf", kk: "6402990101260003", asOf: "2026-01-01", issueDate: "2026-01-01", serial: 3 },
  ])("$name", ({ kk, asOf, issueDate, serial }) => {
    expect(decodeKk(kk, { asOf })).toEqual({ success: true, data: { region: `${kk.slice(0, 2)}.${kk.slice(2, 4)}.99`, issueDate, serial } });
  });

  it.each([
    { name: "day + 40 (only NIKs do that)", kk: "6402994503180001", codes: ["household.kk_day"] },
    { name: "29 February of a common year", kk: "6402992902230001", codes: ["household.kk_date"] },
    { name: "31 June", kk: "6402993106180001", codes: ["household.kk_date"] },
    { name: "month 13", kk: "6402991513180001", codes: ["household.kk_month"] },
    { name: "serial 0000", kk: "6402991503180000", codes: ["household.kk_serial"] },
    { name: "regency 00", kk: "6400991503180001", codes: ["household.kk_region"] },
    { name: "12 digits", kk: "640299150318", codes: ["household.kk_format"] },
  ])("rejects $name", ({ kk, codes }) => {
    const result = decodeKk(kk, { asOf: "2026-01-01" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => i.code)).toEqual(codes);
      expect(result.issues[0]?.message.en).toMatch(/^KK number /);
    }
  });

  it("KkSchema accepts a well-formed number", () => {
    expect(KkSchema.parse("6472991503180042")).toBe("6472991503180042");
  });
});

describe("maskNik", () => {
  it.each([
    { value: "6402991203850001", masked: "6402••••••••0001" },
    { value: "6472991503180042", masked: "6472••••••••0042" },
    { value: "12345678", masked: "••••••••" },
    { value: "123456789", masked: "1234•6789" },
    { value: "", masked: "" },
    { value: "64029912038500011234", masked: "6402••••••••••••1234" },
  ])("masks $value as $masked", ({ value, masked }) => {
    expect(maskNik(value)).toBe(masked);
  });

  it("keeps a huge value short", () => {
    expect(maskNik("9".repeat(1_000_000))).toBe("9999••••••••••••9999");
  });

  it("does not split surrogate pairs", () => {
    expect(maskNik("😀😀😀😀12345678😀😀😀😀")).toBe("😀😀😀😀••••••••😀😀😀😀");
  });
});
