import { describe, expect, it } from "vitest";
import {
  ageOn,
  assessDrinkingWater,
  assessLivableHouse,
  assessPovertyCriteria,
  assessRtlh,
  assessSanitation,
  BuildingCondition,
  EmployerCategory,
  FloorMaterial,
  LightingSource,
  parseHouseholds,
  Relationship,
  RoofMaterial,
  SewageDisposal,
  ToiletFacility,
  ToiletType,
  WallMaterial,
  WaterSource,
  type Household,
  type Person,
} from "../../src/index.js";
import { householdMessages } from "../../src/household/messages.js";
import { allFixtures, FIXTURE_AS_OF, householdFixtures } from "../fixtures/index.js";

const households: Household[] = allFixtures().map((f) => f.household);
const people: Person[] = households.flatMap((h) => h.members);
const age = (p: Person) => ageOn(p.birthDate, FIXTURE_AS_OF);

describe("household fixtures", () => {
  it("has at least 20 fixtures, each with a note, all parsing as one batch", () => {
    expect(householdFixtures.length).toBeGreaterThanOrEqual(20);
    for (const f of householdFixtures) expect(f.note.length).toBeGreaterThan(20);
    const { valid, invalid } = parseHouseholds(householdFixtures.map((f) => f.household), { asOf: FIXTURE_AS_OF });
    expect(invalid).toEqual([]);
    expect(valid).toHaveLength(householdFixtures.length);
  });

  it("covers every Kaltim regency", () => {
    expect(new Set(households.map((h) => h.regency))).toEqual(
      new Set(["64.01", "64.02", "64.03", "64.07", "64.08", "64.09", "64.11", "64.71", "64.72", "64.74"]),
    );
  });

  it("uses only synthetic NIKs and KKs (district 99, serial ≤ 0099)", () => {
    for (const h of households) {
      for (const n of [h.kk, ...h.members.map((m) => m.nik)].filter((x): x is NonNullable<typeof x> => x !== undefined)) {
        expect(n.slice(4, 6)).toBe("99");
        expect(Number(n.slice(12))).toBeLessThanOrEqual(99);
      }
    }
  });

  it.each([
    ["floor material", FloorMaterial.options, households.map((h) => h.housing?.floorMaterial)],
    ["wall material", WallMaterial.options, households.map((h) => h.housing?.wallMaterial)],
    ["roof material", RoofMaterial.options, households.map((h) => h.housing?.roofMaterial)],
    ["wall condition", BuildingCondition.options, households.map((h) => h.housing?.wallCondition)],
    ["roof condition", ["good", "damaged", "damaged-dangerous"], households.map((h) => h.housing?.roofCondition)],
    ["floor condition", ["good", "damaged"], households.map((h) => h.housing?.floorCondition)],
    ["drinking water", WaterSource.options, households.map((h) => h.housing?.drinkingWater)],
    ["toilet facility", ToiletFacility.options, households.map((h) => h.housing?.toilet?.facility)],
    ["toilet type", ToiletType.options, households.map((h) => h.housing?.toilet?.type)],
    ["sewage disposal", SewageDisposal.options, households.map((h) => h.housing?.toilet?.disposal)],
    ["lighting", LightingSource.options, households.map((h) => h.housing?.lighting)],
    ["relationship", Relationship.options, people.map((p) => p.relationship)],
    ["excluded occupation", ["asn", "tni", "polri", "state-official", "bumn", "bumd"], people.map((p) => p.employerCategory)],
    ["criterion-12 occupation", ["farmer", "farm-labourer", "fisher", "construction-labourer", "plantation-labourer", "none"], people.map((p) => p.employerCategory)],
    ["desil", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], households.map((h) => h.desil?.value)],
  ] as const)("covers every %s", (_, expected, seen) => {
    const set = new Set<unknown>(seen);
    for (const value of expected) expect(set.has(value), String(value)).toBe(true);
  });

  it("covers every air minum layak and sanitasi layak reason", () => {
    const reasons = new Set(
      households.flatMap((h) => [...assessDrinkingWater(h).criteria, ...assessSanitation(h).criteria]).map((c) => c.reason.en),
    );
    const expected = Object.entries(householdMessages)
      .filter(([code]) => /^household\.(water\.source|sanitation\.(facility|type|disposal))\./.test(code))
      .map(([, text]) => text.en);
    expect(expected.length).toBe(6 + 3 + 3 + 6);
    for (const text of expected) expect(reasons.has(text), text).toBe(true);
  });

  it.each([
    ["air minum layak", assessDrinkingWater],
    ["sanitasi layak", assessSanitation],
    ["rumah layak huni", assessLivableHouse],
    ["RTLH", assessRtlh],
    ["14 criteria", assessPovertyCriteria],
  ] as const)("has %s verdicts yes, no and unknown", (_, assess) => {
    expect(new Set(households.map((h) => assess(h).holds))).toEqual(new Set(["yes", "no", "unknown"]));
  });

  it("has every RTLH criterion met somewhere and every livable-house criterion failed somewhere", () => {
    expect(new Set(households.flatMap((h) => assessRtlh(h).met)).size).toBe(5);
    expect(new Set(households.flatMap((h) => assessLivableHouse(h).notMet)).size).toBe(4);
  });

  it("covers every member kind", () => {
    const has = (test: (p: Person) => boolean) => people.some(test);
    expect(has((p) => p.pregnancy === "pregnant")).toBe(true);
    expect(has((p) => p.pregnancy === "postpartum")).toBe(true);
    expect(has((p) => age(p) <= 6)).toBe(true);
    expect(has((p) => age(p) === 0)).toBe(true);
    for (const level of ["early-childhood", "sd", "smp", "sma"] as const) {
      expect(has((p) => p.schooling?.level === level && p.schooling.enrolled), `${level} enrolled`).toBe(true);
      expect(has((p) => p.schooling?.level === level && !p.schooling.enrolled), `${level} not enrolled`).toBe(true);
    }
    expect(has((p) => p.disability === "severe")).toBe(true);
    expect(has((p) => p.disability === "moderate")).toBe(true);
    expect(has((p) => age(p) >= 60 && age(p) < 70)).toBe(true);
    expect(has((p) => age(p) >= 70)).toBe(true);
    expect(has((p) => p.relationship === "head" && p.sex === "female")).toBe(true);
    expect(has((p) => p.nik === undefined)).toBe(true);
    expect(has((p) => p.birthDate.endsWith("-02-29"))).toBe(true);
    expect(has((p) => p.relationship !== "head" && ["asn", "bumn", "bumd"].includes(p.employerCategory ?? ""))).toBe(true);
    expect(EmployerCategory.options.length).toBeGreaterThan(10);
  });

  it("covers missing data", () => {
    expect(households.some((h) => h.monthlyConsumption === undefined)).toBe(true);
    expect(households.some((h) => h.desil === undefined)).toBe(true);
    expect(households.some((h) => h.housing === undefined)).toBe(true);
    expect(households.some((h) => h.kk === undefined)).toBe(true);
    expect(households.some((h) => h.area === undefined)).toBe(true);
    expect(households.some((h) => h.currentAid !== undefined && h.currentAid.length === 0)).toBe(true);
    expect(households.some((h) => h.currentAid === undefined)).toBe(true);
  });
});
