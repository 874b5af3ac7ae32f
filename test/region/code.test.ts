import { describe, expect, it } from "vitest";
import {
  RegionCodeSchema,
  TepatSasaranError,
  compareRegionCodes,
  isKota,
  isRegionCode,
  isWithin,
  parentRegion,
  parseRegionCode,
  provinceOf,
  regencyKind,
  regencyOf,
  regionCode,
  regionLevel,
  toBpsCode,
  undottedRegionCode,
  type RegionCode,
} from "../../src/index.js";

describe("parseRegionCode accepts well-formed codes", () => {
  it.each([
    { name: "a province", input: "64", code: "64", level: "province", kind: undefined },
    { name: "a dotted kabupaten", input: "64.02", code: "64.02", level: "regency", kind: "kabupaten" },
    { name: "an undotted (BPS) kabupaten", input: "6402", code: "64.02", level: "regency", kind: "kabupaten" },
    { name: "kabupaten 70, the last before kota", input: "64.70", code: "64.70", level: "regency", kind: "kabupaten" },
    { name: "kota 71 Balikpapan", input: "6471", code: "64.71", level: "regency", kind: "kota" },
    { name: "kota 74 Bontang", input: "64.74", code: "64.74", level: "regency", kind: "kota" },
    { name: "a dotted district", input: "64.02.01", code: "64.02.01", level: "district", kind: "kabupaten" },
    { name: "an undotted district (NIK digits 1–6)", input: "640201", code: "64.02.01", level: "district", kind: "kabupaten" },
    { name: "a dotted village", input: "64.02.01.2001", code: "64.02.01.2001", level: "village", kind: "kabupaten" },
    { name: "an undotted village", input: "6402012001", code: "64.02.01.2001", level: "village", kind: "kabupaten" },
    { name: "a kelurahan in a kota", input: "64.72.01.1001", code: "64.72.01.1001", level: "village", kind: "kota" },
    { name: "the pre-2012 code 64.04 (now Kalimantan Utara)", input: "64.04", code: "64.04", level: "regency", kind: "kabupaten" },
    { name: "the pre-2012 kota 64.73 (Tarakan)", input: "6473", code: "64.73", level: "regency", kind: "kota" },
    { name: "Aceh, the lowest province", input: "11", code: "11", level: "province", kind: undefined },
    { name: "Papua Barat Daya (2022)", input: "96.01", code: "96.01", level: "regency", kind: "kabupaten" },
    { name: "surrounding spaces", input: "  64.09 ", code: "64.09", level: "regency", kind: "kabupaten" },
  ])("$name: $input → $code", ({ input, code, level, kind }) => {
    const result = parseRegionCode(input);
    expect(result).toEqual({ success: true, data: code });
    if (!result.success) return;
    expect(regionLevel(result.data)).toBe(level);
    expect(regencyKind(result.data)).toBe(kind);
    expect(isKota(result.data)).toBe(kind === "kota");
    expect(regionCode(input)).toBe(code);
    expect(RegionCodeSchema.parse(input)).toBe(code);
  });
});

describe("parseRegionCode rejects malformed codes with a reason", () => {
  it.each([
    { name: "a number", input: 6402, code: "region.not_a_string" },
    { name: "null", input: null, code: "region.not_a_string" },
    { name: "an empty string", input: "", code: "region.empty" },
    { name: "only spaces", input: "   ", code: "region.empty" },
    { name: "letters", input: "64.0A", code: "region.bad_character" },
    { name: "a dash", input: "64-02", code: "region.bad_character" },
    { name: "inner spaces", input: "64 02", code: "region.bad_character" },
    { name: "3 undotted digits", input: "640", code: "region.bad_length" },
    { name: "8 undotted digits", input: "64020120", code: "region.bad_length" },
    { name: "11 digits", input: "64020155059", code: "region.bad_length" },
    { name: "a one-digit regency part", input: "64.2", code: "region.bad_part_length" },
    { name: "a three-digit district part", input: "64.02.001", code: "region.bad_part_length" },
    { name: "a two-digit village part", input: "64.02.01.01", code: "region.bad_part_length" },
    { name: "a trailing dot", input: "64.", code: "region.bad_part_length" },
    { name: "a double dot", input: "64..02", code: "region.bad_part_length" },
    { name: "five parts", input: "64.02.01.2001.01", code: "region.too_many_parts" },
    { name: "province 00", input: "00", code: "region.province_out_of_range" },
    { name: "province 10", input: "10.01", code: "region.province_out_of_range" },
    { name: "regency 00", input: "64.00", code: "region.zero_part" },
    { name: "undotted regency 00", input: "6400", code: "region.zero_part" },
    { name: "district 00", input: "64.02.00", code: "region.zero_part" },
    { name: "village 0000", input: "6402010000", code: "region.zero_part" },
    { name: "dotted village 0000", input: "64.02.01.0000", code: "region.zero_part" },
    { name: "undotted district 00", input: "640200", code: "region.zero_part" },
    { name: "province 09, undotted", input: "0902", code: "region.province_out_of_range" },
    { name: "a dot in the wrong place", input: "6.402", code: "region.bad_part_length" },
    { name: "dots in the wrong places, village length", input: "64.02.012.001", code: "region.bad_part_length" },
    { name: "a letter in the province", input: "6a.02", code: "region.bad_character" },
  ])("$name ($input) → $code", ({ input, code }) => {
    const result = parseRegionCode(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.code)).toContain(code);
    for (const found of result.issues) {
      expect(found.path).toEqual([]);
      expect(found.message.id.length).toBeGreaterThan(0);
      expect(found.message.en.length).toBeGreaterThan(0);
    }
    expect(RegionCodeSchema.safeParse(input).success).toBe(false);
  });

  it("pins the shape of an issue", () => {
    expect(parseRegionCode("64.2")).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "code": "region.bad_part_length",
            "message": {
              "en": "The kabupaten/kota part of region code "64.2" must have 2 digits, not 1",
              "id": "Bagian kabupaten/kota dari kode wilayah "64.2" harus 2 digit, bukan 1",
            },
            "path": [],
          },
        ],
        "success": false,
      }
    `);
  });

  it("reports every bad part, not only the first", () => {
    const result = parseRegionCode("64.00.00.0000");
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([
      "region.zero_part",
      "region.zero_part",
      "region.zero_part",
    ]);
  });

  it("regionCode throws region.invalid_code with the reasons as issues", () => {
    expect(() => regionCode("64.2")).toThrow(TepatSasaranError);
    try {
      regionCode("64.2");
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("region.invalid_code");
      expect((error as TepatSasaranError).issues.map((i) => i.code)).toEqual(["region.bad_part_length"]);
    }
  });

  it("RegionCodeSchema gives the region code and bilingual text through the zod issue params", () => {
    const result = RegionCodeSchema.safeParse("64.00");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: "custom",
      params: { code: "region.zero_part", text: { id: expect.any(String), en: expect.any(String) } },
    });
  });
});

describe("navigating codes", () => {
  const village = regionCode("64.02.01.2001");

  it.each([
    { name: "village → district", code: "64.02.01.2001", parent: "64.02.01" },
    { name: "district → regency", code: "64.02.01", parent: "64.02" },
    { name: "regency → province", code: "64.02", parent: "64" },
    { name: "province → none", code: "64", parent: undefined },
  ])("parentRegion: $name", ({ code, parent }) => {
    expect(parentRegion(regionCode(code))).toBe(parent);
  });

  it("provinceOf and regencyOf", () => {
    expect(provinceOf(village)).toBe("64");
    expect(regencyOf(village)).toBe("64.02");
    expect(regencyOf(regionCode("64"))).toBeUndefined();
    expect(provinceOf(regionCode("64"))).toBe("64");
  });

  it.each([
    { code: "64.02.01.2001", ancestor: "64", within: true },
    { code: "64.02.01.2001", ancestor: "64.02", within: true },
    { code: "64.02", ancestor: "64.02", within: true },
    { code: "64.02", ancestor: "64.02.01", within: false },
    { code: "64.02", ancestor: "64.01", within: false },
    { code: "64.02", ancestor: "65", within: false },
    { code: "64.21", ancestor: "64.02", within: false },
  ])("isWithin($code, $ancestor) is $within", ({ code, ancestor, within }) => {
    expect(isWithin(regionCode(code), regionCode(ancestor))).toBe(within);
  });

  it("toBpsCode drops the dots at province and regency level only", () => {
    expect(toBpsCode(regionCode("64"))).toBe("64");
    expect(toBpsCode(regionCode("64.09"))).toBe("6409");
    expect(() => toBpsCode(regionCode("64.09.01"))).toThrowError(/region.no_bps_code/);
    expect(() => toBpsCode(village)).toThrowError(/region.no_bps_code/);
    expect(undottedRegionCode(village)).toBe("6402012001");
  });

  it("isRegionCode accepts only normalised dotted codes", () => {
    expect(isRegionCode("64.72")).toBe(true);
    expect(isRegionCode("6472")).toBe(false);
    expect(isRegionCode(" 64.72")).toBe(false);
    expect(isRegionCode(64)).toBe(false);
  });

  it("compareRegionCodes puts a region before its children, then by code", () => {
    const codes = ["64.71", "64.02.01", "64", "64.02", "64.11", "64.02.01.2001"].map(regionCode);
    expect([...codes].sort(compareRegionCodes)).toEqual(["64", "64.02", "64.02.01", "64.02.01.2001", "64.11", "64.71"]);
  });

  it("a plain string is not a RegionCode at compile time", () => {
    // @ts-expect-error: a raw string has not been checked
    const code: RegionCode = "64.02";
    expect(code).toBe("64.02");
  });
});
