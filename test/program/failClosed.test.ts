import { describe, expect, it } from "vitest";
import {
  assessDrinkingWater,
  assessHousehold,
  assessLivableHouse,
  assessPovertyCriteria,
  assessRtlh,
  assessSanitation,
  createAssessor,
  defaultParameters,
  dependencyRatio,
  floorAreaPerPerson,
  householdFacts,
  householdSize,
  membersByAgeBand,
  parseHousehold,
  perCapitaConsumption,
  pkhComponents,
  rankHouseholds,
  type Household,
  type ProgramContext,
} from "../../src/index.js";
import { householdDeprivations, householdIndicatorMatrix } from "../../src/measure/index.js";
import { simulate } from "../../src/simulate/index.js";
import { createParameterReader } from "../../src/rule/parameterReader.js";
import { thrown } from "../errors.js";
import { fixture, FIXTURE_AS_OF, householdFixtures } from "../fixtures/index.js";

// Issue 18, finding 1: a rule must never pay on a value it could not read. Every function that takes
// a `Household` checks it (the allocation-free check of a parsed household, else `parseHousehold`)
// and refuses one that does not parse with `household.invalid`, listing every issue with its path.

const AS_OF = FIXTURE_AS_OF;

/** The raw JSON of a fixture, as an app might pass it without parsing. */
function raw(id: string): Record<string, unknown> {
  return structuredClone(householdFixtures.find((f) => f.household.id === id)?.household) as Record<string, unknown>;
}

/**
 * The example of the finding, reproduced on 10ba02c (and 2b19d18): the elderly woman living alone
 * in Kukar with a birth date written `01/01/1980`, relationship `kepala` and desil `"1"` was PKH
 * eligible for Rp 2,400,000 (an elderly component), Sembako and PBI-JKN.
 */
function findingOne(): Household {
  const household = raw("kukar-02");
  const head = (household.members as Record<string, unknown>[])[0] as Record<string, unknown>;
  head.birthDate = "01/01/1980";
  head.relationship = "kepala";
  household.desil = { ...(household.desil as object), value: "1" };
  return household as unknown as Household;
}

describe("functions that take a household fail closed on one that does not parse", () => {
  it("refuses the finding's household instead of granting PKH, Sembako and PBI-JKN", () => {
    const error = thrown(() => assessHousehold(findingOne(), { asOf: AS_OF }));
    expect(error.code).toBe("household.invalid");
    expect(error.issues.map((i) => [i.path.join("."), i.code])).toEqual(
      expect.arrayContaining([
        ["members.0.birthDate", "time.invalid_date"],
        ["members.0.relationship", "input.invalid_value"],
        ["desil.value", "input.invalid_type"],
        ["members", "household.no_head"],
      ]),
    );
    // Both languages, and the issues are parseHousehold's own.
    expect(error.text.id).toContain("tidak valid");
    expect(error.text.en).toContain("not valid");
    const parsed = parseHousehold(findingOne());
    expect(parsed.success === false && parsed.issues).toEqual(error.issues);
  });

  it("never shows a full KK or NIK in the error", () => {
    const household = findingOne() as unknown as Record<string, unknown>;
    household.kk = "6402999999999999"; // not a valid KK (day 99)
    const error = thrown(() => assessHousehold(household as unknown as Household, { asOf: AS_OF }));
    expect(JSON.stringify([error.message, error.issues])).not.toMatch(/\d{16}/);
  });

  it("assesses raw JSON that parses exactly as the parsed household", () => {
    const asJson = raw("kukar-02") as unknown as Household;
    expect(JSON.stringify(assessHousehold(asJson, { asOf: AS_OF }))).toBe(JSON.stringify(assessHousehold(fixture("kukar-02"), { asOf: AS_OF })));
  });

  it("refuses a parsed household changed afterwards into one that does not parse (a parsed one is frozen: the changed copy is checked again)", () => {
    const household = fixture("kukar-02");
    const assess = createAssessor({ asOf: AS_OF });
    expect(assess(household).eligible).toContain("pkh");
    expect(() => {
      (household.members[0] as { birthDate: string }).birthDate = "1950-02-30";
    }).toThrow(TypeError);
    const [head, ...others] = household.members;
    const changed = { ...household, members: [{ ...head, birthDate: "1950-02-30" }, ...others] } as Household;
    expect(thrown(() => assess(changed)).issues.map((i) => [i.path.join("."), i.code])).toEqual([["members.0.birthDate", "time.invalid_date"]]);
  });

  const context = (household: Household): ProgramContext =>
    ({ asOf: AS_OF, parameters: createParameterReader(defaultParameters(), AS_OF), household, facts: householdFacts(fixture("kukar-02"), AS_OF), inputs: {} }) as ProgramContext;

  it.each<[string, (h: Household) => unknown]>([
    ["assessHousehold", (h) => assessHousehold(h, { asOf: AS_OF })],
    ["createAssessor", (h) => createAssessor({ asOf: AS_OF })(h)],
    ["householdFacts", (h) => householdFacts(h, AS_OF)],
    ["pkhComponents", (h) => pkhComponents(h, context(h))],
    ["householdDeprivations", (h) => householdDeprivations(h, { asOf: AS_OF })],
    ["assessPovertyCriteria", (h) => assessPovertyCriteria(h)],
    ["assessRtlh", (h) => assessRtlh(h)],
    ["assessDrinkingWater", (h) => assessDrinkingWater(h)],
    ["assessSanitation", (h) => assessSanitation(h)],
    ["assessLivableHouse", (h) => assessLivableHouse(h)],
    ["householdSize", (h) => householdSize(h)],
    ["membersByAgeBand", (h) => membersByAgeBand(h, AS_OF)],
    ["perCapitaConsumption", (h) => perCapitaConsumption(h)],
    ["floorAreaPerPerson", (h) => floorAreaPerPerson(h)],
    ["dependencyRatio", (h) => dependencyRatio(h, AS_OF)],
  ])("%s refuses it with household.invalid", (_, call) => {
    const error = thrown(() => call(findingOne()));
    expect(error.code).toBe("household.invalid");
    expect(error.issues.length).toBe(4);
    expect(() => call(fixture("kukar-02"))).not.toThrow();
  });

  it.each<[string, (list: Household[]) => unknown]>([
    ["rankHouseholds", (list) => rankHouseholds(list, { asOf: AS_OF, score: [{ kind: "desil", weight: 1 }], missing: "exclude" })],
    ["householdIndicatorMatrix", (list) => householdIndicatorMatrix(list, { asOf: AS_OF, missing: "reweight" })],
    ["simulate", (list) => simulate(list, { asOf: AS_OF, scenario: { name: "s", programs: ["pkh"] }, povertyLines: { "64.02": 700_000 } })],
  ])("%s refuses a list holding it, the issues' paths starting at its index", (_, call) => {
    const error = thrown(() => call([fixture("kukar-01"), findingOne()]));
    expect(error.code).toBe("household.invalid");
    expect(error.issues.every((i) => i.path[0] === 1)).toBe(true);
    expect(() => call([fixture("kukar-01"), fixture("kukar-02")])).not.toThrow();
  });
});
