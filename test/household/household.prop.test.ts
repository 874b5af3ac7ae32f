import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessDrinkingWater,
  assessLivableHouse,
  assessPovertyCriteria,
  assessRtlh,
  assessSanitation,
  BuildingCondition,
  CookingFuel,
  Disability,
  Education,
  EmployerCategory,
  FloorMaterial,
  JknMembership,
  LightingSource,
  parseHousehold,
  parseHouseholds,
  Pregnancy,
  Relationship,
  RoofMaterial,
  SchoolLevel,
  SewageDisposal,
  Tenure,
  ToiletFacility,
  ToiletType,
  WallMaterial,
  WaterSource,
  type Issue,
} from "../../src/index.js";
import { aHouseholdInput, householdFixtures, syntheticKk, syntheticNik } from "../fixtures/index.js";

const AS_OF = "2026-01-01";
const SIXTEEN_DIGITS = /\d{16}/;

const issueText = (issues: readonly Issue[]) =>
  issues.map((i) => `${i.message.id}\n${i.message.en}\n${i.path.join(".")}`).join("\n");

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pick = <T extends string>(schema: { options: readonly T[] }) => fc.constantFrom(...schema.options);

const dateArb = fc
  .date({ min: new Date("1920-01-01T00:00:00Z"), max: new Date("2025-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const rupiahArb = fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String);

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const personArb = (relationship: fc.Arbitrary<string>) =>
  fc
    .record({
      sex: fc.constantFrom("male", "female"),
      birthDate: dateArb,
      relationship,
      withNik: fc.boolean(),
      name: opt(fc.string({ minLength: 1, maxLength: 30 })),
      disability: opt(pick(Disability)),
      schooling: opt(fc.record({ level: pick(SchoolLevel), enrolled: fc.boolean() })),
      education: opt(pick(Education)),
      occupation: opt(fc.string({ minLength: 1, maxLength: 30 })),
      employerCategory: opt(pick(EmployerCategory)),
      monthlyIncome: opt(rupiahArb),
      jkn: opt(pick(JknMembership)),
      healthNeedLetter: opt(dateArb),
      pregnancy: opt(pick(Pregnancy)),
    })
    .map(({ withNik, ...p }) => {
      const person: Record<string, unknown> = withoutUndefined({
        ...p,
        pregnancy: p.sex === "female" ? p.pregnancy : undefined,
        schooling: p.schooling && p.schooling.level === "none" ? { level: "none", enrolled: false } : p.schooling,
      });
      return { person, withNik };
    });

/** Arbitrary valid household input (JSON), with unique synthetic NIKs. */
const householdArb = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 20 }),
    regency: fc.constantFrom("64.01", "6402", "64.03", "64.07", "64.08", "64.09", "64.11", "6471", "64.72", "64.74"),
    district: opt(fc.integer({ min: 1, max: 20 })),
    area: opt(fc.constantFrom("urban", "rural")),
    head: personArb(fc.constant("head")),
    others: fc.array(personArb(fc.constantFrom(...Relationship.options.filter((r) => r !== "head"))), { maxLength: 6 }),
    kkIssued: opt(dateArb),
    monthlyConsumption: opt(rupiahArb),
    desil: opt(fc.record({ value: fc.integer({ min: 1, max: 10 }), asOf: dateArb })),
    housing: opt(
      fc.record(
        {
          floorArea: fc.double({ min: 1, max: 500, noNaN: true }).map((x) => Math.round(x * 10) / 10),
          floorMaterial: pick(FloorMaterial),
          floorCondition: pick(BuildingCondition),
          wallMaterial: pick(WallMaterial),
          wallCondition: pick(BuildingCondition),
          roofMaterial: pick(RoofMaterial),
          roofCondition: pick(BuildingCondition),
          drinkingWater: pick(WaterSource),
          bathingWater: pick(WaterSource),
          toilet: fc.record({ facility: pick(ToiletFacility), type: pick(ToiletType), disposal: pick(SewageDisposal) }, { requiredKeys: [] }),
          lighting: pick(LightingSource),
          cookingFuel: pick(CookingFuel),
          tenure: pick(Tenure),
        },
        { requiredKeys: [] },
      ),
    ),
    assets: opt(fc.record({ savingsAndSellableGoods: rupiahArb, landArea: fc.integer({ min: 0, max: 100_000 }) }, { requiredKeys: [] })),
    living: opt(
      fc.record(
        {
          proteinMealsPerWeek: fc.integer({ min: 0, max: 21 }),
          newClothingSetsPerYear: fc.integer({ min: 0, max: 10 }),
          mealsPerDay: fc.integer({ min: 0, max: 5 }),
          canAffordTreatment: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
    ),
    currentAid: opt(fc.array(fc.record({ program: fc.constantFrom("pkh", "sembako", "pip"), since: dateArb }), { maxLength: 3 })),
  })
  .map(({ head, others, district, kkIssued, regency, ...rest }) => {
    const members = [head, ...others].map(({ person, withNik }, index) =>
      withNik ? { nik: syntheticNik({ sex: person.sex as "male" | "female", birthDate: person.birthDate as string, serial: index + 1 }), ...person } : person,
    );
    const dotted = regency.includes(".") ? regency : `${regency.slice(0, 2)}.${regency.slice(2)}`;
    return withoutUndefined({
      ...rest,
      regency,
      region: district === undefined ? undefined : `${dotted}.${String(district).padStart(2, "0")}`,
      kk: kkIssued === undefined ? undefined : syntheticKk({ issued: kkIssued, regency: dotted }),
      members,
    });
  });

const anythingArb = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

// Mutations of a valid household: any field, at any depth, replaced by any JSON value or by a
// NIK-like string, or a key added — the inputs most likely to reach deep code paths.
const nikLike = fc.oneof(
  fc.stringMatching(/^\d{16}$/),
  fc.stringMatching(/^\d{16,24}$/),
  fc.stringMatching(/^[a-z ]{0,5}\d{16}[a-z ]{0,5}$/),
  fc.stringMatching(/^\d{4}[ .-]\d{4}[ .-]\d{4}[ .-]\d{4}$/),
);

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const mutatedArb = fc
  .tuple(householdArb, fc.nat(), fc.oneof(fc.jsonValue(), nikLike), fc.option(nikLike, { nil: undefined }))
  .map(([household, at, replacement, extraKey]) => {
    const all = paths(household);
    const mutated = setAt(household, all[at % all.length] as (string | number)[], replacement) as Record<string, unknown>;
    if (extraKey !== undefined && typeof mutated === "object" && mutated !== null && !Array.isArray(mutated)) mutated[extraKey] = 1;
    return mutated;
  });

function expectWellFormed(result: ReturnType<typeof parseHousehold>): void {
  if (result.success) {
    expect(result.data.members.length).toBeGreaterThan(0);
  } else {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const found of result.issues) {
      expect(typeof found.code).toBe("string");
      expect(typeof found.message.id).toBe("string");
      expect(typeof found.message.en).toBe("string");
    }
  }
}

describe("parseHousehold properties", () => {
  it("never throws on anything (fc.anything, 2,500 runs)", () => {
    fc.assert(
      fc.property(anythingArb, (input) => {
        expectWellFormed(parseHousehold(input));
        expectWellFormed(parseHousehold(input, { asOf: AS_OF }));
      }),
      { numRuns: 2_500 },
    );
  });

  it("never throws on any JSON value (fc.jsonValue, 2,500 runs)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectWellFormed(parseHousehold(input, { asOf: AS_OF }));
      }),
      { numRuns: 2_500 },
    );
  });

  it("never throws on a valid household with one field replaced (1,500 runs)", () => {
    fc.assert(
      fc.property(mutatedArb, (input) => {
        expectWellFormed(parseHousehold(input, { asOf: AS_OF }));
      }),
      { numRuns: 1_500 },
    );
  });

  it("accepts every generated valid household, and it survives a JSON round trip unchanged", () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const first = parseHousehold(input, { asOf: AS_OF });
        if (!first.success) throw new Error(JSON.stringify(first.issues));
        const again = parseHousehold(JSON.parse(JSON.stringify(first.data)) as unknown, { asOf: AS_OF });
        expect(again).toEqual(first);
        expect(JSON.stringify(again.success && again.data)).toBe(JSON.stringify(first.data));
      }),
      { numRuns: 500 },
    );
  });

  it("never shows a full 16-digit number in any issue (1,500 runs)", () => {
    fc.assert(
      fc.property(mutatedArb, (input) => {
        const result = parseHousehold(input, { asOf: AS_OF });
        if (!result.success) expect(issueText(result.issues)).not.toMatch(SIXTEEN_DIGITS);
      }),
      { numRuns: 1_500 },
    );
  });

  it("never shows a full 16-digit number in batch issues", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(householdArb, mutatedArb), { maxLength: 6 }), (inputs) => {
        // Repeat the inputs so that duplicate ids and NIKs across households are reported too.
        const { invalid } = parseHouseholds([...inputs, ...inputs]);
        expect(issueText(invalid.flatMap((i) => i.issues))).not.toMatch(SIXTEEN_DIGITS);
      }),
      { numRuns: 200 },
    );
  });

  it("never shows a NIK in the reasons of the derived facts", () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const result = parseHousehold(input);
        if (!result.success) return;
        const facts = [assessDrinkingWater, assessSanitation, assessLivableHouse, assessRtlh, assessPovertyCriteria].map((f) => f(result.data));
        const text = facts.flatMap((f) => [f.reason, ...f.criteria.map((c) => c.reason)]).map((t) => `${t.id} ${t.en}`);
        expect(text.join("\n")).not.toMatch(SIXTEEN_DIGITS);
      }),
      { numRuns: 300 },
    );
  });

  it("every fixture survives a JSON round trip unchanged", () => {
    for (const { household } of householdFixtures) {
      const first = parseHousehold(household, { asOf: "2025-07-01" });
      expect(first.success).toBe(true);
      if (!first.success) continue;
      expect(parseHousehold(JSON.parse(JSON.stringify(first.data)) as unknown, { asOf: "2025-07-01" })).toEqual(first);
    }
  });

  it("a minimal household with a huge key is refused quickly", () => {
    const result = parseHousehold({ ...aHouseholdInput(), ["9".repeat(1_000_000)]: true });
    expect(result.success).toBe(false);
    if (!result.success) expect(issueText(result.issues)).not.toMatch(SIXTEEN_DIGITS);
  });
});
