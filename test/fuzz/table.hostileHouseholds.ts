// Hostile households for the functions that take a `Household` (issue 18, finding 1: a rule must
// never pay on a value it could not read). Each entry's `valid` call is a parsed household; the fuzzer
// replaces values inside it (a date written "01/01/1980", a desil "1", a Proxy, a throwing getter, a
// hole in `members`…) and the function must refuse it with a TepatSasaranError (`household.invalid`,
// every issue with its path) — never a raw error, never an assessment. test/program/failClosed.test.ts
// holds the reproduced cases of the finding.
import * as lib from "../../src/index.js";
import * as measure from "../../src/measure/index.js";
import * as simulate from "../../src/simulate/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import type { FuzzTable } from "./harness.js";

const households = ["kukar-01", "mahulu-01", "samarinda-01"].map(fixture);
const one = households[0] as lib.Household;
const asOf = FIXTURE_AS_OF;
/** A household round-tripped through JSON, so the fuzzer's mutations reach inside it. */
const plain = (h: lib.Household) => JSON.parse(JSON.stringify(h)) as unknown;
const single = (fn: (h: lib.Household) => unknown): FuzzTable[string] => ({ valid: [[plain(one)]], call: (h) => fn(h as lib.Household) });
const context = (h: lib.Household): lib.ProgramContext => ({
  asOf,
  parameters: lib.createParameterReader(lib.defaultParameters(), asOf),
  household: h,
  facts: lib.householdFacts(h, asOf),
  inputs: {},
});

export const HOSTILE_HOUSEHOLDS: FuzzTable = {
  assessHousehold: single((h) => JSON.stringify(lib.assessHousehold(h, { asOf }))),
  createAssessor: single((h) => JSON.stringify(lib.createAssessor({ asOf })(h))),
  householdFacts: single((h) => lib.householdFacts(h, asOf)),
  pkhComponents: single((h) => lib.pkhComponents(h, context(h))),
  targetingRule: single((h) => lib.evaluateRule(lib.targetingRule("pkh"), context(h))),
  householdSize: single(lib.householdSize),
  perCapitaConsumption: single(lib.perCapitaConsumption),
  floorAreaPerPerson: single(lib.floorAreaPerPerson),
  membersByAgeBand: single((h) => lib.membersByAgeBand(h, asOf)),
  dependencyRatio: single((h) => lib.dependencyRatio(h, asOf)),
  assessDrinkingWater: single(lib.assessDrinkingWater),
  assessSanitation: single(lib.assessSanitation),
  assessLivableHouse: single(lib.assessLivableHouse),
  assessRtlh: single(lib.assessRtlh),
  assessPovertyCriteria: single((h) => lib.assessPovertyCriteria(h)),
  householdDeprivations: single((h) => measure.householdDeprivations(h, { asOf })),
  householdIndicatorMatrix: { valid: [households.map(plain)], call: (...hs) => measure.householdIndicatorMatrix(hs as lib.Household[], { asOf }) },
  rankHouseholds: {
    valid: [households.map(plain)],
    call: (...hs) => lib.rankHouseholds(hs as lib.Household[], { asOf, score: [{ kind: "desil", weight: 1 }], missing: "exclude" }).households.map((r) => r.explanation),
  },
  simulate: {
    valid: [households.map(plain)],
    call: (...hs) => JSON.stringify(simulate.simulate(hs as lib.Household[], { asOf, scenario: { name: "s", programs: ["pkh"] }, povertyLines: {}, fallbackLine: "833955", mpi: false }).total),
  },
};
