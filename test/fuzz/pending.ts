// PENDING_FINDING_1 — hostile households for the functions that take a `Household` (issue 18,
// finding 1: "functions taking a Household validate it or fail closed"). That finding is being fixed
// separately (a fast household validator wired into assessHousehold, createAssessor, rankHouseholds,
// simulate, householdIndicator*, the facts and criteria helpers). Until it lands these entries are
// SKIPPED (exports.fuzz.test.ts: `describe.skip`); the main tables fuzz only the other arguments of
// these functions, with a valid household. To switch them on after the merge, set
// PENDING_FINDING_1_ENABLED to true (or run `FUZZ_PENDING=1 npm run fuzz` to see what is left).
// Each entry's `valid` call is a parsed household; the fuzzer replaces values inside it (a date
// written "01/01/1980", a desil "1", a Proxy, a throwing getter, a hole in `members`…).
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import type { FuzzTable } from "./harness.js";

/** Whether the pending entries run in `npm test` (switch on once finding 1 is merged). */
export const PENDING_FINDING_1_ENABLED = false;

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

export const PENDING_FINDING_1: FuzzTable = {
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
  householdDeprivations: single((h) => lib.householdDeprivations(h, { asOf })),
  householdIndicatorMatrix: { valid: [households.map(plain)], call: (...hs) => lib.householdIndicatorMatrix(hs as lib.Household[], { asOf }) },
  rankHouseholds: {
    valid: [households.map(plain)],
    call: (...hs) => lib.rankHouseholds(hs as lib.Household[], { asOf, score: [{ kind: "desil", weight: 1 }], missing: "exclude" }).households.map((r) => r.explanation),
  },
  simulate: {
    valid: [households.map(plain)],
    call: (...hs) => JSON.stringify(lib.simulate(hs as lib.Household[], { asOf, scenario: { name: "s", programs: ["pkh"] }, povertyLines: {}, fallbackLine: "833955", mpi: false }).total),
  },
};
