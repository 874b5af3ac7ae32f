import { describe, expect, it } from "vitest";
import { assessHousehold, assessRtlh, bsps, defaultParameters, overrideParameters, rankHouseholds, rutilahu, TepatSasaranError, type FloorMaterial, type Household, type IsoDate } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// RTLH criterion 3 (Permensos 20/2017): "lantai terbuat dari tanah, papan, bambu/semen, atau keramik
// dalam kondisi rusak". The default reading (earth, bamboo and cheap wood whatever their condition;
// any damaged floor) is the dated parameter `rtlh.poor_floor_materials`, which an office following
// another reading overrides: [] (only a damaged floor counts) or with "wood-board" (boards count by
// material). The Rutilahu and BSPS checks read it; `assessRtlh` and the ranking's housing-deprivations
// component take the same list as `poorFloorMaterials` and must agree with the checks, reading by reading.

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

  // The CLI names the empty columns among `values.fields` when the check is undetermined: the fields
  // must be the ones the criteria read, all of them (each one missing leaves it undetermined) and no
  // more (with them alone, and no other housing field, it is decided).
  it("states the housing fields its criteria read, each one needed and together enough", () => {
    const only = { floorArea: 60, floorMaterial: "cement-brick", floorCondition: "good", wallMaterial: "masonry", wallCondition: "good", roofMaterial: "clay-tile", roofCondition: "good", toilet: { facility: "own" } };
    const withHousing = (housing: Record<string, unknown>) => aHousehold({ desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson({ employerCategory: "farmer" })], housing: housing as never });
    for (const program of [rutilahu, bsps]) {
      const decided = uninhabitable(withHousing(only), "default", program);
      expect(decided?.status).toBe("failed");
      // A decided check does not repeat them in every household's result.
      expect(decided?.values?.["fields"]).toBeUndefined();
      const blank = uninhabitable(withHousing({}), "default", program);
      expect(blank?.status).toBe("unknown");
      const fields = String(blank?.values?.["fields"]).split(", ");
      expect(fields.sort()).toEqual(["housing.floorArea", "housing.floorCondition", "housing.floorMaterial", "housing.roofCondition", "housing.roofMaterial", "housing.toilet.facility", "housing.wallCondition", "housing.wallMaterial"]);
      for (const field of fields) {
        const housing: Record<string, Record<string, unknown>> = structuredClone(only) as never;
        const [key, sub] = field.split(".").slice(1) as [string, string | undefined];
        if (sub === undefined) delete housing[key];
        else delete housing[key]![sub];
        const unknown = uninhabitable(withHousing(housing), "default", program);
        expect(unknown?.status, field).toBe("unknown");
        expect(unknown?.values?.["fields"], field).toBe(blank?.values?.["fields"]);
      }
    }
  });

  it("assessRtlh keeps the default reading when given no options", () => {
    expect(assessRtlh(house("earth", "good")).met).toContain("household.rtlh.poor_floor");
    expect(assessRtlh(house("wood-board", "good")).met).not.toContain("household.rtlh.poor_floor");
  });

  // Every floor, condition and reading: assessRtlh with the reading, and the housing-deprivations
  // component of rankHouseholds with it, say what the Rutilahu check says with the parameter overridden.
  const FLOORS = ["earth", "bamboo", "wood-low-quality", "wood-board", "ceramic", "cement-brick"] as const;
  const CASES = FLOORS.flatMap((floor) => (["good", "damaged"] as const).flatMap((condition) => (Object.keys(READINGS) as (keyof typeof READINGS)[]).map((reading) => [floor, condition, reading] as const)));
  it.each(CASES)("%s floor, %s, read as %s: assessRtlh and the ranking agree with the Rutilahu check", (floor, condition, reading) => {
    const household = house(floor, condition);
    const passed = uninhabitable(household, reading)?.status === "passed";
    const list = READINGS[reading] as FloorMaterial[] | undefined;
    const options = list === undefined ? undefined : { poorFloorMaterials: list };
    const rtlh = assessRtlh(household, options);
    expect(rtlh.holds).toBe(passed ? "yes" : "no");
    expect(rtlh.met.includes("household.rtlh.poor_floor")).toBe(passed);
    // The house's drinking water is not given ("lowest": not counted) and its toilet is proper, so
    // the RTLH verdict is the only deprivation that can count: 1 of 3, or none.
    const component = { kind: "housing-deprivations", weight: 1, missing: "lowest", ...(options ? { options } : {}) } as const;
    const ranked = rankHouseholds([household], { asOf: AS_OF, score: [component] });
    expect(ranked.households[0]?.components[0]?.exactNormalised).toBe(passed ? "1/3" : "0");
  });

  it.each([
    ["not an object", 5],
    ["a material that is not one", { poorFloorMaterials: ["marble"] }],
    ["not a list", { poorFloorMaterials: "earth" }],
  ])("assessRtlh refuses options that are %s, in both languages", (_name, options) => {
    let error: unknown;
    try {
      assessRtlh(house("earth", "good"), options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect((error as TepatSasaranError).text.en).toMatch(/^Option (options|poorFloorMaterials) must be/);
    expect((error as TepatSasaranError).text.id).toMatch(/^Opsi (options|poorFloorMaterials) harus/);
  });

  it("the ranking refuses a housing-deprivations component with a bad list, naming the component", () => {
    const run = () => rankHouseholds([house("earth", "good")], { asOf: AS_OF, score: [{ kind: "housing-deprivations", weight: 1, options: { poorFloorMaterials: ["marble" as FloorMaterial] } }] });
    expect(run).toThrow(TepatSasaranError);
    expect(run).toThrow(/poorFloorMaterials/);
  });

  it.each([[["marble"]], ["earth"], [[1]]])("an invalid list (%j) makes the check unknown, never a pass", (value) => {
    const parameters = overrideParameters(defaultParameters(), { "rtlh.poor_floor_materials": [{ from: "2015-01-01", value, source: SOURCE }] });
    const result = assessHousehold(house("earth", "good"), { asOf: AS_OF, programs: [rutilahu], parameters }).programs[0];
    expect(result?.eligible).toBe(false);
    expect(result?.checks.find((c) => c.code === "rutilahu.house_uninhabitable")).toMatchObject({ status: "unknown", reason: "rule.reason.parameter_invalid" });
  });
});
