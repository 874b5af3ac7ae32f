import { describe, expect, it } from "vitest";
import { parseHousehold, parseHouseholds, TepatSasaranError, type Issue } from "../../src/index.js";
import { aHouseholdInput, aPerson, householdFixtures, syntheticKk, syntheticNik } from "../fixtures/index.js";

const codes = (result: ReturnType<typeof parseHousehold>) =>
  result.success ? [] : result.issues.map((i) => ({ path: i.path.join("."), code: i.code }));

const allText = (issues: readonly Issue[]) => issues.map((i) => `${i.message.id}\n${i.message.en}`).join("\n");

describe("parseHousehold", () => {
  it("parses a minimal household and normalises the BPS regency code", () => {
    const result = parseHousehold(aHouseholdInput({ regency: "6472" }));
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.regency).toBe("64.72");
  });

  it("turns money into Rupiah and keeps a district within the regency", () => {
    const result = parseHousehold(aHouseholdInput({ region: "640201", monthlyConsumption: "2500000" }));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.region).toBe("64.02.01");
      expect(result.data.monthlyConsumption?.toString()).toBe("2500000");
    }
  });

  it("lists every problem at once, each with its path and code", () => {
    const result = parseHousehold({
      id: 12,
      regency: "64.02.01",
      area: "suburban",
      members: [
        aPerson({ relationship: "spouse", nik: syntheticNik({ sex: "female", birthDate: "1980-01-01" }) }),
        aPerson({ relationship: "child", birthDate: "2024-02-30", disability: "some" }),
        aPerson({ relationship: "child", nik: "6402991213800001", monthlyIncome: "-5" }),
      ],
      housing: { floorArea: -3, toilet: { facility: "own", type: "squat" } },
      desil: { value: 11, asOf: "2025-06-01" },
    });
    expect(codes(result)).toMatchInlineSnapshot(`
      [
        {
          "code": "input.invalid_type",
          "path": "id",
        },
        {
          "code": "household.regency_level",
          "path": "regency",
        },
        {
          "code": "input.invalid_value",
          "path": "area",
        },
        {
          "code": "household.nik_sex_mismatch",
          "path": "members.0.nik",
        },
        {
          "code": "time.invalid_date",
          "path": "members.1.birthDate",
        },
        {
          "code": "input.invalid_value",
          "path": "members.1.disability",
        },
        {
          "code": "household.nik_month",
          "path": "members.2.nik",
        },
        {
          "code": "household.negative_amount",
          "path": "members.2.monthlyIncome",
        },
        {
          "code": "input.too_big",
          "path": "desil.value",
        },
        {
          "code": "input.too_small",
          "path": "housing.floorArea",
        },
        {
          "code": "input.invalid_value",
          "path": "housing.toilet.type",
        },
        {
          "code": "household.no_head",
          "path": "members",
        },
      ]
    `);
  });

  it("gives every issue a message in both languages", () => {
    const result = parseHousehold({ id: "x", regency: "64.02", members: [aPerson({ sex: "other" })] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]).toEqual({
        path: ["members", 0, "sex"],
        code: "input.invalid_value",
        message: { id: expect.stringContaining("male") as string, en: expect.stringContaining("male") as string },
      });
      expect(result.issues[0]?.message.id).not.toBe(result.issues[0]?.message.en);
    }
  });

  describe("NIK against the recorded person", () => {
    const birthDate = "1985-03-12";
    it.each([
      { name: "a matching man", sex: "male", nikSex: "male", nikBirth: birthDate, expected: [] },
      { name: "a matching woman", sex: "female", nikSex: "female", nikBirth: birthDate, expected: [] },
      { name: "a woman recorded as a man", sex: "male", nikSex: "female", nikBirth: birthDate, expected: ["household.nik_sex_mismatch"] },
      { name: "another day", sex: "male", nikSex: "male", nikBirth: "1985-03-13", expected: ["household.nik_birth_date_mismatch"] },
      { name: "another month", sex: "male", nikSex: "male", nikBirth: "1985-04-12", expected: ["household.nik_birth_date_mismatch"] },
      { name: "another two-digit year", sex: "male", nikSex: "male", nikBirth: "1986-03-12", expected: ["household.nik_birth_date_mismatch"] },
      { name: "both wrong", sex: "female", nikSex: "male", nikBirth: "1986-03-12", expected: ["household.nik_sex_mismatch", "household.nik_birth_date_mismatch"] },
    ])("$name", ({ sex, nikSex, nikBirth, expected }) => {
      const nik = syntheticNik({ sex: nikSex as "male" | "female", birthDate: nikBirth });
      const result = parseHousehold(aHouseholdInput({ members: [aPerson({ sex, birthDate, nik })] }), { asOf: "2026-01-01" });
      expect(codes(result).map((c) => c.code)).toEqual(expected);
      if (!result.success) {
        expect(result.issues[0]?.path).toEqual(["members", 0, "nik"]);
        expect(allText(result.issues)).toContain(nik.slice(0, 4) + "••••••••" + nik.slice(-4));
        expect(allText(result.issues)).not.toContain(nik);
      }
    });

    it("compares the two-digit year with the recorded birth date, so a person aged 100+ still matches", () => {
      const nik = syntheticNik({ sex: "female", birthDate: "1925-05-01" });
      const input = aHouseholdInput({ members: [aPerson({ sex: "female", birthDate: "1925-05-01", nik })] });
      expect(parseHousehold(input, { asOf: "2026-01-01" }).success).toBe(true);
      expect(parseHousehold(input).success).toBe(true);
    });

    it("refuses 29 February in a NIK when the recorded birth date cannot be 29 February", () => {
      const nik = "6402992902230001";
      const result = parseHousehold(aHouseholdInput({ members: [aPerson({ birthDate: "2023-02-28", nik })] }));
      expect(codes(result).map((c) => c.code)).toEqual(["household.nik_birth_date_mismatch"]);
    });
  });

  describe("with asOf", () => {
    it("refuses a birth date after asOf", () => {
      const result = parseHousehold(aHouseholdInput({ members: [aPerson(), aPerson({ relationship: "child", birthDate: "2026-05-01" })] }), {
        asOf: "2026-01-01",
      });
      expect(codes(result)).toEqual([{ path: "members.1.birthDate", code: "household.birth_after_as_of" }]);
    });

    it("refuses a death date after asOf", () => {
      const result = parseHousehold(aHouseholdInput({ members: [aPerson(), aPerson({ relationship: "parent", birthDate: "1940-01-01", deathDate: "2026-02-01" })] }), {
        asOf: "2026-01-01",
      });
      expect(codes(result)).toEqual([{ path: "members.1.deathDate", code: "household.death_after_as_of" }]);
    });

    it("checks a KK issued on 29 February against the year it resolves to", () => {
      const input = aHouseholdInput({ kk: syntheticKk({ issued: "2023-02-29" }) });
      // Without asOf the century is unknown, so 29 February may be valid.
      expect(parseHousehold(input).success).toBe(true);
      expect(codes(parseHousehold(input, { asOf: "2026-01-01" }))).toEqual([{ path: "kk", code: "household.kk_date" }]);
      expect(parseHousehold(aHouseholdInput({ kk: syntheticKk({ issued: "2024-02-29" }) }), { asOf: "2026-01-01" }).success).toBe(true);
    });

    // A KK date later in the year than an `asOf` in year 100 resolves to year 0 (zod's path refuses it);
    // the fast path took every `asOf` from year 100 on as safe (found 2026-12-08).
    it.each([
      ["0100-01-01", [{ path: "kk", code: "household.kk_date" }]],
      ["0100-12-31", []],
      ["0101-01-01", []],
    ])("checks a KK dated 15 December (year 00) against asOf %s as the zod path does", (asOf, expected) => {
      const input = aHouseholdInput({ kk: syntheticKk({ issued: "2000-12-15" }) });
      expect(codes(parseHousehold(input, { asOf, asOfChecks: "kk" }))).toEqual(expected);
    });

    it("reports date issues together with structural ones", () => {
      const result = parseHousehold({ id: "", regency: "64.02", members: [aPerson({ birthDate: "2030-01-01" })] }, { asOf: "2026-01-01" });
      expect(codes(result).map((c) => c.code)).toEqual(["input.too_small", "household.birth_after_as_of"]);
    });

    it("throws time.invalid_date for an invalid asOf", () => {
      expect(() => parseHousehold(aHouseholdInput(), { asOf: "01/01/2026" })).toThrow(TepatSasaranError);
    });
  });

  describe("household rules", () => {
    it.each([
      { name: "no head", members: [aPerson({ relationship: "spouse" })], expected: [{ path: "members", code: "household.no_head" }] },
      {
        name: "two heads",
        members: [aPerson(), aPerson({ sex: "female" })],
        expected: [{ path: "members.1.relationship", code: "household.multiple_heads" }],
      },
      { name: "no members", members: [], expected: [{ path: "members", code: "input.too_small" }] },
      {
        name: "the same NIK twice",
        members: [
          aPerson({ nik: syntheticNik({ sex: "male", birthDate: "1980-01-01" }) }),
          aPerson({ relationship: "child", nik: syntheticNik({ sex: "male", birthDate: "1980-01-01" }) }),
        ],
        expected: [{ path: "members.1.nik", code: "household.duplicate_nik" }],
      },
      {
        name: "a pregnant man",
        members: [aPerson({ pregnancy: "pregnant" })],
        expected: [{ path: "members.0.pregnancy", code: "household.pregnancy_not_female" }],
      },
      {
        name: "a pregnancy order without a pregnancy",
        members: [aPerson(), aPerson({ sex: "female", relationship: "spouse", pregnancy: "none", pregnancyOrder: 2 })],
        expected: [{ path: "members.1.pregnancyOrder", code: "household.pregnancy_order_without_pregnancy" }],
      },
      {
        name: "a pregnancy order of 0",
        members: [aPerson(), aPerson({ sex: "female", relationship: "spouse", pregnancy: "pregnant", pregnancyOrder: 0 })],
        expected: [{ path: "members.1.pregnancyOrder", code: "input.too_small" }],
      },
      {
        name: "a death before birth",
        members: [aPerson({ deathDate: "1979-12-31" })],
        expected: [{ path: "members.0.deathDate", code: "household.death_before_birth" }],
      },
      {
        name: "enrolled at level none",
        members: [aPerson({ schooling: { level: "none", enrolled: true } })],
        expected: [{ path: "members.0.schooling", code: "household.schooling_none_enrolled" }],
      },
    ])("refuses $name", ({ members, expected }) => {
      expect(codes(parseHousehold(aHouseholdInput({ members })))).toEqual(expected);
    });

    it.each([
      { name: "a province as regency", overrides: { regency: "64" }, expected: [{ path: "regency", code: "household.regency_level" }] },
      { name: "a regency as region", overrides: { region: "64.02" }, expected: [{ path: "region", code: "household.region_level" }] },
      { name: "a district of another regency", overrides: { region: "64.03.01" }, expected: [{ path: "region", code: "household.region_outside_regency" }] },
      { name: "a malformed regency", overrides: { regency: "64.2" }, expected: [{ path: "regency", code: "region.bad_part_length" }] },
    ])("refuses $name", ({ overrides, expected }) => {
      expect(codes(parseHousehold(aHouseholdInput(overrides)))).toEqual(expected);
    });

    it("accepts a village within the regency", () => {
      expect(parseHousehold(aHouseholdInput({ region: "64.02.01.2001" })).success).toBe(true);
    });

    it("refuses unknown fields instead of dropping them", () => {
      const result = parseHousehold(aHouseholdInput({ monthlyConsumtion: "100" }));
      expect(codes(result)).toEqual([{ path: "", code: "input.unrecognized_keys" }]);
    });
  });

  describe("hostile input", () => {
    const deep: unknown = Array.from({ length: 10_000 }).reduce<unknown>((inner) => ({ members: [inner] }), null);
    it.each([
      { name: "null", input: null },
      { name: "undefined", input: undefined },
      { name: "an array", input: [aHouseholdInput()] },
      { name: "a string", input: "household" },
      { name: "a number", input: 42 },
      { name: "deep nesting", input: deep },
      { name: "a __proto__ key", input: JSON.parse('{"__proto__":{"polluted":true},"id":"x","regency":"64.02","members":[]}') as unknown },
      { name: "a __proto__ key in a member", input: JSON.parse('{"id":"x","regency":"64.02","members":[{"__proto__":{"relationship":"head"}}]}') as unknown },
      { name: "a 1 MB name", input: aHouseholdInput({ members: [aPerson({ name: "a".repeat(1_000_000) })] }) },
      { name: "a 1 MB key", input: { ...aHouseholdInput(), ["k".repeat(1_000_000)]: 1 } },
      { name: "a 1 MB NIK", input: aHouseholdInput({ members: [aPerson({ nik: "9".repeat(1_000_000) })] }) },
      { name: "a 1 MB region code", input: aHouseholdInput({ regency: "6".repeat(1_000_000) }) },
      { name: "NaN and Infinity", input: aHouseholdInput({ housing: { floorArea: Number.NaN }, desil: { value: Number.POSITIVE_INFINITY, asOf: "2025-01-01" } }) },
      { name: "a frozen object", input: Object.freeze(aHouseholdInput({ id: 5 })) },
      { name: "a null-prototype object", input: Object.assign(Object.create(null) as object, { id: "x" }) },
      { name: "a bigint", input: aHouseholdInput({ monthlyConsumption: 10n ** 30n, housing: { floorArea: 3n } }) },
    ])("does not throw on $name", ({ input }) => {
      const result = parseHousehold(input, { asOf: "2026-01-01" });
      expect(typeof result.success).toBe("boolean");
      if (!result.success) {
        expect(result.issues.length).toBeGreaterThan(0);
        for (const found of result.issues) {
          expect(found.message.id.length).toBeLessThan(600);
          expect(found.message.en.length).toBeLessThan(600);
        }
      }
    });

    it("does not pollute prototypes", () => {
      parseHousehold(JSON.parse('{"__proto__":{"polluted":true},"id":"x","regency":"64.02","members":[]}'));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it("masks a 16-digit number typed into another field", () => {
      const result = parseHousehold(
        aHouseholdInput({ regency: "6402991203850001", members: [aPerson({ birthDate: "6402991203850001", monthlyIncome: "6402991203850001x" })] }),
      );
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues.length).toBe(3);
        expect(allText(result.issues)).not.toMatch(/\d{16}/);
        expect(allText(result.issues)).toContain("6402••••••••0001");
      }
    });

    it("masks a NIK used as an unknown key and shortens long keys", () => {
      const result = parseHousehold({ ...aHouseholdInput(), "6402991203850001": "x", ["k".repeat(100)]: 1 });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(allText(result.issues)).not.toMatch(/\d{16}/);
        expect(result.issues[0]?.message.en.length).toBeLessThan(200);
      }
    });
  });
});

describe("parseHouseholds", () => {
  it("returns every valid household and every invalid one with its index", () => {
    const inputs = [aHouseholdInput({ id: "a" }), null, aHouseholdInput({ id: "b" }), { id: "c" }];
    const result = parseHouseholds(inputs);
    expect(result.valid.map((h) => h.id)).toEqual(["a", "b"]);
    expect(result.validIndices).toEqual([0, 2]);
    expect(result.invalid.map((i) => i.index)).toEqual([1, 3]);
    expect(result.invalid[1]?.issues.length).toBeGreaterThan(1);
  });

  it("refuses a repeated id and a NIK already in another household", () => {
    const nik = syntheticNik({ sex: "male", birthDate: "1980-01-01" });
    const result = parseHouseholds([
      aHouseholdInput({ id: "a", members: [aPerson({ nik })] }),
      aHouseholdInput({ id: "a" }),
      aHouseholdInput({ id: "b", members: [aPerson({ nik })] }),
    ]);
    expect(result.validIndices).toEqual([0]);
    expect(result.invalid.map((i) => ({ index: i.index, codes: i.issues.map((x) => `${x.path.join(".")} ${x.code}`) }))).toEqual([
      { index: 1, codes: ["id household.duplicate_id"] },
      { index: 2, codes: ["members.0.nik household.nik_in_other_household"] },
    ]);
    expect(allText(result.invalid.flatMap((i) => i.issues))).not.toMatch(/\d{16}/);
  });

  it("accounts for every input exactly once", () => {
    const inputs = [...householdFixtures.map((f) => f.household), 1, "x", [], aHouseholdInput({ id: "kukar-01" })];
    const result = parseHouseholds(inputs, { asOf: "2025-07-01" });
    const seen = [...result.validIndices, ...result.invalid.map((i) => i.index)].sort((a, b) => a - b);
    expect(seen).toEqual(inputs.map((_, i) => i));
    expect(result.valid.length).toBe(householdFixtures.length);
  });

  it("throws on a non-array (a programming error)", () => {
    expect(() => parseHouseholds("x" as unknown as unknown[])).toThrow(TepatSasaranError);
  });
});
