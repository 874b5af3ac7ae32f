import { describe, expect, it } from "vitest";
import {
  assessLivableHouse,
  assessPovertyCriteria,
  assessRtlh,
  dependencyRatio,
  floorAreaPerPerson,
  householdSize,
  membersByAgeBand,
  parseHousehold,
  perCapitaConsumption,
  rankHouseholds,
  type Household,
} from "../../src/index.js";
import { soundHouse } from "./_soundHouse.js";
import { householdDeprivations, householdIndicatorMatrix } from "../../src/measure/index.js";

// A member recorded as dead (`deathDate`: died but still listed on the KK) is no occupant: every
// household measure of a household with such a member equals the same measure without that member
// (household size, per-person floor area and consumption, the RTLH, livable-house and 14-criteria
// verdicts, ages, the deprivation indicators and their weights, the ranking's tie-break). Before,
// a dead member lowered the floor area per person (a 28 m² house of three living people and one
// dead one was uninhabitable at 7 m² per person), and the consumption per person.

const AS_OF = "2026-03-01";

function parsed(input: unknown): Household {
  const read = parseHousehold(input, { asOf: AS_OF });
  if (!read.success) throw new Error(JSON.stringify(read.issues));
  return read.data;
}

const living = [
  { sex: "male", birthDate: "1980-03-10", relationship: "head", education: "sd", jkn: "pbi", disability: "none" },
  { sex: "female", birthDate: "1984-05-20", relationship: "spouse", education: "smp", jkn: "pbi", disability: "none" },
  { sex: "male", birthDate: "2014-08-01", relationship: "child", jkn: "pbi", disability: "none", schooling: { level: "sd", enrolled: true } },
];
const dead = [
  { sex: "female", birthDate: "1950-01-01", relationship: "parent", education: "none", jkn: "none", disability: "severe", deathDate: "2025-11-02" },
  { sex: "male", birthDate: "2016-01-01", relationship: "child", jkn: "none", disability: "none", schooling: { level: "sd", enrolled: false }, deathDate: "2024-01-01" },
];
const base = {
  id: "dead-1",
  regency: "64.02",
  monthlyConsumption: "2100000",
  housing: { ...soundHouse },

};
const withDead = parsed({ ...base, members: [...living, ...dead] });
const without = parsed({ ...base, members: living });

const measures: [string, (h: Household) => unknown][] = [
  ["householdSize", householdSize],
  ["perCapitaConsumption", (h) => perCapitaConsumption(h)?.toString()],
  ["floorAreaPerPerson", floorAreaPerPerson],
  ["assessRtlh", (h) => assessRtlh(h)],
  ["assessLivableHouse", (h) => assessLivableHouse(h)],
  ["assessPovertyCriteria", (h) => assessPovertyCriteria(h)],
  ["membersByAgeBand", (h) => membersByAgeBand(h, AS_OF)],
  ["dependencyRatio", (h) => dependencyRatio(h, AS_OF)],
  ["householdDeprivations", (h) => householdDeprivations(h, { asOf: AS_OF })],
  ["householdIndicatorMatrix weights", (h) => householdIndicatorMatrix([h], { asOf: AS_OF }).options.weights],
  [
    "rankHouseholds",
    (h) => rankHouseholds([h, parsed({ ...base, id: "other", monthlyConsumption: "1300000", members: living.slice(0, 2) })], { asOf: AS_OF, score: [{ kind: "elderly", weight: 1 }, { kind: "severe-disability", weight: 1 }], missing: "exclude" }).households.map((r) => r.id),
  ],
];

describe("a member recorded as dead is no occupant", () => {
  it.each(measures)("%s is the same as without the dead members", (_name, measure) => {
    expect(JSON.stringify(measure(withDead))).toBe(JSON.stringify(measure(without)));
  });

  it("the floor area is shared by the living: 28 m² for 3 people is 9.33 m² each, not 5.6", () => {
    expect(householdSize(withDead)).toBe(3);
    expect(floorAreaPerPerson(withDead)).toBeCloseTo(28 / 3, 10);
    expect(assessRtlh(withDead).criteria.find((c) => c.code === "household.rtlh.floor_area")?.holds).toBe("no");
  });

  it("a record whose every member's death is recorded counts every member listed (never a division by zero)", () => {
    const allDead = { ...withDead, members: withDead.members.map((m) => ({ ...m, deathDate: "2025-12-01" })) } as Household;
    expect(householdSize(allDead)).toBe(5);
    expect(floorAreaPerPerson(allDead)).toBeCloseTo(28 / 5, 10);
  });
});
