import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  assessLivableHouse,
  assessPovertyCriteria,
  assessRtlh,
  floorAreaPerPerson,
  householdSize,
  parseHousehold,
  perCapitaConsumption,
  rankHouseholds,
  TepatSasaranError,
  type Household,
  type IsoDate,
} from "../../src/index.js";
import { soundHouse } from "./_soundHouse.js";
import { householdDeprivations, householdIndicatorMatrix } from "../../src/measure/index.js";
import { simulate } from "../../src/simulate/index.js";
import { bantuTunai, household as simHousehold } from "../simulate/_helpers.js";

// A measure taken on a date counts the members alive on that date: a member whose recorded death
// falls AFTER it still lives in the house then (a registry extracted later, assessed back-dated: an
// audit of last year's payments, last quarter's run again). Before, any recorded death removed the
// member from the count whatever the date, while the same functions' other checks (ages, PKH
// components) counted the member on that date: a 28 m² house of four on 1 July 2025, one of whom died
// in November, read 9.33 m² per person (not uninhabitable) instead of 7 (uninhabitable, < 7.2 m²).

const BEFORE: IsoDate = "2025-07-01"; // the grandmother is alive
const AFTER: IsoDate = "2026-03-01"; // she died on 2025-11-02

function parsed(input: unknown): Household {
  const read = parseHousehold(input);
  if (!read.success) throw new Error(JSON.stringify(read.issues));
  return read.data;
}

const living = [
  { sex: "male", birthDate: "1980-03-10", relationship: "head", education: "sd", jkn: "pbi", disability: "none", employerCategory: "farm-labourer", monthlyIncome: "1500000" },
  { sex: "female", birthDate: "1984-05-20", relationship: "spouse", education: "smp", jkn: "pbi", disability: "none", employerCategory: "none" },
  { sex: "male", birthDate: "2014-08-01", relationship: "child", jkn: "pbi", disability: "none", employerCategory: "none", schooling: { level: "sd", enrolled: true } },
];
const grandmother = { sex: "female", birthDate: "1950-01-01", relationship: "parent", education: "none", jkn: "pbi", disability: "none", employerCategory: "none" };
const base = {
  id: "later-1",
  regency: "64.02",
  area: "rural",
  monthlyConsumption: "2100000",
  desil: { value: 1, asOf: "2025-06-01" },
  housing: { ...soundHouse, tenure: "own" },

};
/** The registry as extracted in 2026: the grandmother's death recorded. */
const recorded = parsed({ ...base, members: [...living, { ...grandmother, deathDate: "2025-11-02" }] });
/** The household as it was before her death, and after it without her. */
const four = parsed({ ...base, members: [...living, grandmother] });
const three = parsed({ ...base, members: living });

const other = parsed({ ...base, id: "other", monthlyConsumption: "1300000", members: living.slice(0, 2) });
const measures: [string, (h: Household, asOf: IsoDate) => unknown][] = [
  ["householdSize", (h, asOf) => householdSize(h, asOf)],
  ["perCapitaConsumption", (h, asOf) => perCapitaConsumption(h, asOf)?.toString()],
  ["floorAreaPerPerson", (h, asOf) => floorAreaPerPerson(h, asOf)],
  ["assessRtlh", (h, asOf) => assessRtlh(h, { asOf })],
  ["assessLivableHouse", (h, asOf) => assessLivableHouse(h, { asOf })],
  ["assessPovertyCriteria", (h, asOf) => assessPovertyCriteria(h, { asOf })],
  ["householdDeprivations", (h, asOf) => householdDeprivations(h, { asOf })],
  ["householdIndicatorMatrix weights", (h, asOf) => householdIndicatorMatrix([h], { asOf }).options.weights],
  [
    "rankHouseholds (tie-break: consumption per member)",
    (h, asOf) => rankHouseholds([h, other], { asOf, score: [{ kind: "desil", weight: 1 }], missing: "exclude" }).households.map((r) => r.id),
  ],
  [
    "the Rutilahu and BSPS checks (house uninhabitable)",
    (h, asOf) =>
      assessHousehold(h, { asOf }).programs.flatMap((p) => p.checks.filter((c) => c.code.endsWith(".house_uninhabitable")).map((c) => [c.code, c.status, c.received])),
  ],
];

describe("a member whose recorded death falls after the date still counts on it", () => {
  it.each(measures)("%s on a date before the death equals the household with her alive", (_name, measure) => {
    expect(JSON.stringify(measure(recorded, BEFORE))).toBe(JSON.stringify(measure(four, BEFORE)));
  });

  it.each(measures)("%s on a date after the death equals the household without her", (_name, measure) => {
    expect(JSON.stringify(measure(recorded, AFTER))).toBe(JSON.stringify(measure(three, AFTER)));
  });

  it("the four share 28 m² on 1 July 2025: 7 m² each, below 7.2, so the house is uninhabitable then", () => {
    expect(householdSize(recorded, BEFORE)).toBe(4);
    expect(floorAreaPerPerson(recorded, BEFORE)).toBe(7);
    const area = (asOf?: IsoDate) => assessRtlh(recorded, asOf === undefined ? undefined : { asOf }).criteria.find((c) => c.code === "household.rtlh.floor_area");
    expect(area(BEFORE)?.holds).toBe("yes");
    expect(area(BEFORE)?.received).toBe(7);
    expect(area(AFTER)?.holds).toBe("no");
    // Without a date, a recorded death counts as past (as before).
    expect(area()?.holds).toBe("no");
    expect(householdSize(recorded)).toBe(3);
    const rutilahu = assessHousehold(recorded, { asOf: BEFORE }).programs.find((p) => p.program === "rutilahu");
    expect(rutilahu?.checks.find((c) => c.code === "rutilahu.house_uninhabitable")?.received).toEqual(["floor_area"]);
  });

  it("simulate counts the members on its date (per-capita consumption and weights)", () => {
    const later = simHousehold({ id: "B", size: 4, consumption: 2_200_000, desil: 2 });
    const dying = { ...later, members: later.members.map((m, i) => (i === 3 ? { ...m, deathDate: "2025-11-02" } : m)) } as Household;
    const run = (h: Household) => simulate([h], { asOf: "2025-07-01", scenario: { name: "cash", programs: [bantuTunai] }, povertyLines: { "64.03": 600_000 }, mpi: false });
    expect(JSON.stringify(run(dying))).toBe(JSON.stringify(run(later)));
  });

  it.each([
    ["householdSize", () => householdSize(recorded, "2025-13-01" as IsoDate)],
    ["floorAreaPerPerson", () => floorAreaPerPerson(recorded, "1 Juli 2025" as IsoDate)],
    ["perCapitaConsumption", () => perCapitaConsumption(recorded, "2025-02-30" as IsoDate)],
    ["assessRtlh", () => assessRtlh(recorded, { asOf: "2025/07/01" as IsoDate })],
    ["assessLivableHouse", () => assessLivableHouse(recorded, { asOf: "x" as IsoDate })],
    ["assessLivableHouse options", () => assessLivableHouse(recorded, null as never)],
    ["assessPovertyCriteria", () => assessPovertyCriteria(recorded, { asOf: "2025-7-1" as IsoDate })],
  ])("%s refuses a date that is not one with a library error", (_name, call) => {
    expect(call).toThrowError(TepatSasaranError);
  });
});
