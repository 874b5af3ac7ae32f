import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { airSanitasi, createParameterReader, defaultParameters, householdFacts, type Household, type ProgramContext } from "../../src/index.js";
import { airSanitasiBenefit } from "../../src/program/air_sanitasi/airSanitasi.js";
import { aHousehold } from "../fixtures/index.js";

// The water and sanitation upgrade builds its four possible schedules (no gap, water, sanitation,
// both) once per parameter reader (`prepare`) and hands the households of a batch the one of their
// gaps, frozen. Held here to the schedule built unprepared, household after household.

const DATES = ["2023-01-01", "2024-07-01", "2025-07-01", "2025-10-01", "2026-06-30"] as const;

const house = fc.record({
  drinkingWater: fc.constantFrom("piped", "refill", "unprotected-well", "surface", "rain"),
  facility: fc.constantFrom("own", "shared", "public", "none"),
  type: fc.constantFrom("gooseneck", "cemplung"),
  disposal: fc.constantFrom("septic-tank", "pit", "river"),
});

function build(input: typeof house extends fc.Arbitrary<infer T> ? T : never): Household {
  const housing = {
    floorArea: 40,
    floorMaterial: "ceramic",
    floorCondition: "good",
    wallMaterial: "masonry",
    wallCondition: "good",
    roofMaterial: "zinc",
    roofCondition: "good",
    drinkingWater: input.drinkingWater,
    bathingWater: "piped",
    toilet: { facility: input.facility, type: input.type, disposal: input.disposal },
    tenure: "own",
  };
  return aHousehold({ housing } as never);
}

describe("prepared water and sanitation schedules", () => {
  it("give, household after household, the schedule the program builds unprepared, on any date", () => {
    fc.assert(
      fc.property(fc.array(house, { minLength: 1, maxLength: 4 }), fc.constantFrom(...DATES), (houses, asOf) => {
        // One reader for the batch: later households get what the first one's benefit prepared.
        const parameters = createParameterReader(defaultParameters(), asOf);
        for (const input of houses) {
          const household = build(input);
          const context: ProgramContext = { asOf, parameters, household, facts: householdFacts(household, asOf), inputs: {} };
          const prepared = airSanitasi.benefit(household, context);
          expect(prepared).toEqual(airSanitasiBenefit(household, context, undefined));
          expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.lines)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a date's prepared schedule is not handed to a benefit asked on another date", () => {
    const household = build({ drinkingWater: "surface", facility: "none", type: "cemplung", disposal: "river" });
    const parameters = createParameterReader(defaultParameters(), "2025-07-01");
    const on = (asOf: string): ProgramContext => ({ asOf, parameters, household, facts: householdFacts(household, asOf), inputs: {} });
    expect(airSanitasi.benefit(household, on("2025-07-01")).year).toBe(2025);
    expect(airSanitasi.benefit(household, on("2024-03-01")).year).toBe(2024);
  });
});
