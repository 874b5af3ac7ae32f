import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BuildingCondition,
  FloorMaterial,
  RoofMaterial,
  SewageDisposal,
  ToiletFacility,
  ToiletType,
  WallMaterial,
  WaterSource,
  ageOn,
  assessRtlh,
  assessSanitation,
  householdFacts,
} from "../../src/index.js";
import { rtlhFact, sanitationFact } from "../../src/program/_facts.js";
import { aHousehold } from "../fixtures/index.js";

// The program checks read the household layer's non-rendering cores through small adapters that
// shorten the criterion codes and sort them by outcome. These properties pin the adapters' tallies to
// the public assessments (the verdict rules themselves are one code path).

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const oneOf = (values: readonly string[]) => fc.constantFrom(...values);

const housing = fc.record({
  floorArea: maybe(fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constantFrom(21.6, 7.2, 14.4, 28.79, 36.01, 7.5))),
  floorMaterial: maybe(oneOf(FloorMaterial.options)),
  floorCondition: maybe(oneOf(BuildingCondition.options)),
  wallMaterial: maybe(oneOf(WallMaterial.options)),
  wallCondition: maybe(oneOf(BuildingCondition.options)),
  roofMaterial: maybe(oneOf(RoofMaterial.options)),
  roofCondition: maybe(oneOf(BuildingCondition.options)),
  drinkingWater: maybe(oneOf(WaterSource.options)),
  bathingWater: maybe(oneOf(WaterSource.options)),
  toilet: maybe(fc.record({ facility: maybe(oneOf(ToiletFacility.options)), type: maybe(oneOf(ToiletType.options)), disposal: maybe(oneOf(SewageDisposal.options)) })),
});

const input = fc.record({
  housing: maybe(housing),
  area: maybe(fc.constantFrom("urban", "rural")),
  size: fc.integer({ min: 1, max: 6 }),
  // Recorded deaths, some after the assessment dates below: such a member still counts on them.
  deaths: fc.array(maybe(fc.constantFrom("2024-01-01", "2025-06-01", "2026-01-01")), { maxLength: 6 }),
});

const short = (prefix: string) => (codes: readonly string[]) => codes.map((c) => c.slice(prefix.length));
const strip = (value: unknown) => JSON.parse(JSON.stringify(value ?? null)) as Record<string, unknown> | null;

function build({ housing: h, area, size, deaths = [] }: { housing: unknown; area: string | undefined; size: number; deaths?: (string | undefined)[] }) {
  const members = Array.from({ length: size }, (_, i) => {
    const member = { sex: "male", birthDate: "1980-01-01", relationship: i === 0 ? "head" : "child" };
    return deaths[i] === undefined ? member : { ...member, deathDate: deaths[i] };
  });
  const overrides: Record<string, unknown> = { members };
  if (area !== undefined) overrides.area = area;
  const house = strip(h);
  if (house) overrides.housing = house;
  return aHousehold(overrides);
}

describe("program housing facts report the household layer's criteria", () => {
  it("sanitasi layak", () => {
    fc.assert(
      fc.property(input, (i) => {
        const h = build(i);
        const full = assessSanitation(h);
        const lean = sanitationFact(h);
        const s = short("household.sanitation.");
        expect([lean.holds, lean.met, lean.notMet, lean.unknown]).toEqual([full.holds, s(full.met), s(full.notMet), s(full.unknown)]);
        expect(lean.missing).toBe(s(full.unknown).join(", ") || "–");
      }),
      { numRuns: 300 },
    );
  });

  it("RTLH", () => {
    fc.assert(
      fc.property(input, fc.constantFrom("2025-01-01", "2025-07-01", "2026-06-01"), (i, asOf) => {
        const h = build(i);
        const full = assessRtlh(h, { asOf });
        const lean = rtlhFact(h, undefined, asOf);
        const s = short("household.rtlh.");
        expect([lean.holds, lean.met, lean.notMet, lean.unknown]).toEqual([full.holds, s(full.met), s(full.notMet), s(full.unknown)]);
        expect(lean.missing).toBe(s(full.unknown).join(", ") || "–");
      }),
      { numRuns: 300 },
    );
  });

  it("ages equal ageOn, including 29 February birthdays", () => {
    // Births up to the fixtures' parse date (2025-07-01); assessment dates up to 2030.
    const day = (min: string, max: string) =>
      fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day("1930-01-01", "2025-07-01"), day("1930-01-01", "2030-12-31"), fc.boolean(), (a, b, leap) => {
        const birth = leap ? "2008-02-29" : a;
        const asOf = b >= birth ? b : leap ? "2026-02-28" : birth;
        const h = aHousehold({ members: [{ sex: "male", birthDate: birth, relationship: "head" }] });
        expect(householdFacts(h, asOf).ages[0]).toBe(ageOn(birth, asOf));
      }),
      { numRuns: 300 },
    );
  });
});
