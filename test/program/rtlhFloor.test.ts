import { describe, expect, it } from "vitest";
import { assessHousehold, assessRtlh, bsps, defaultParameters, overrideParameters, rutilahu, type Household, type IsoDate } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// RTLH criterion 3 (Permensos 20/2017): "lantai terbuat dari tanah, papan, bambu/semen, atau keramik
// dalam kondisi rusak". The default reading (earth, bamboo and cheap wood whatever their condition;
// any damaged floor) is the dated parameter `rtlh.poor_floor_materials`, which an office following
// another reading overrides: [] (only a damaged floor counts) or with "wood-board" (boards count by
// material). The Rutilahu and BSPS checks read it; `assessRtlh` keeps the default.

const AS_OF: IsoDate = "2025-07-01";

/** A sound masonry house for two, 60 m², own gooseneck toilet: only the floor can make it an RTLH. */
function house(floorMaterial: string, floorCondition: string): Household {
  return aHousehold({
    desil: { value: 1, asOf: "2025-06-01" },
    members: [aPerson({ employerCategory: "farmer", monthlyIncome: "900000" }), aPerson({ sex: "female", relationship: "spouse", employerCategory: "none", monthlyIncome: "0" })],
    housing: {
      floorArea: 60, floorMaterial, floorCondition, wallMaterial: "masonry", wallCondition: "good", roofMaterial: "clay-tile", roofCondition: "good",
      toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" }, tenure: "own",
    },
  });
}

const SOURCE = "office reading (test)";
const READINGS = {
  default: undefined,
  "damaged only": [] as string[],
  "boards by material": ["earth", "bamboo", "wood-low-quality", "wood-board"],
};

function uninhabitable(household: Household, reading: keyof typeof READINGS, program = rutilahu) {
  const value = READINGS[reading];
  const parameters = value === undefined ? defaultParameters() : overrideParameters(defaultParameters(), { "rtlh.poor_floor_materials": [{ from: "2015-01-01", value, source: SOURCE }] });
  const result = assessHousehold(household, { asOf: AS_OF, programs: [program], parameters }).programs[0];
  return result?.checks.find((c) => c.code === `${program.id}.house_uninhabitable`);
}

describe("RTLH poor floor by reading", () => {
  it.each([
    // floor, condition, reading, uninhabitable?
    ["earth", "good", "default", "passed"],
    ["earth", "good", "damaged only", "failed"],
    ["earth", "damaged", "damaged only", "passed"],
    ["bamboo", "good", "default", "passed"],
    ["wood-low-quality", "good", "default", "passed"],
    ["wood-low-quality", "good", "damaged only", "failed"],
    ["wood-board", "good", "default", "failed"],
    ["wood-board", "good", "boards by material", "passed"],
    ["wood-board", "damaged", "default", "passed"],
    ["ceramic", "good", "boards by material", "failed"],
    ["ceramic", "damaged", "damaged only", "passed"],
    ["cement-brick", "good", "default", "failed"],
  ] as const)("%s floor, %s, read as %s: %s", (floor, condition, reading, status) => {
    const found = uninhabitable(house(floor, condition), reading);
    expect(found?.status).toBe(status);
    expect((found?.received as readonly string[]).includes("poor_floor")).toBe(status === "passed");
    expect(found?.parameter?.id).toBe("rtlh.poor_floor_materials");
  });

  it("BSPS reads the same parameter", () => {
    expect(uninhabitable(house("earth", "good"), "damaged only", bsps)?.status).toBe("failed");
    expect(uninhabitable(house("earth", "good"), "default", bsps)?.status).toBe("passed");
  });

  it("assessRtlh keeps the default reading", () => {
    expect(assessRtlh(house("earth", "good")).met).toContain("household.rtlh.poor_floor");
    expect(assessRtlh(house("wood-board", "good")).met).not.toContain("household.rtlh.poor_floor");
  });

  it.each([[["marble"]], ["earth"], [[1]]])("an invalid list (%j) makes the check unknown, never a pass", (value) => {
    const parameters = overrideParameters(defaultParameters(), { "rtlh.poor_floor_materials": [{ from: "2015-01-01", value, source: SOURCE }] });
    const result = assessHousehold(house("earth", "good"), { asOf: AS_OF, programs: [rutilahu], parameters }).programs[0];
    expect(result?.eligible).toBe(false);
    expect(result?.checks.find((c) => c.code === "rutilahu.house_uninhabitable")).toMatchObject({ status: "unknown", reason: "rule.reason.parameter_invalid" });
  });
});
