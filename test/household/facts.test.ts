import { describe, expect, it } from "vitest";
import { dependencyRatio, floorAreaPerPerson, householdSize, membersByAgeBand, perCapitaConsumption } from "../../src/index.js";
import { aHousehold, aPerson, fixture } from "../fixtures/index.js";

const child = (birthDate: string) => aPerson({ relationship: "child", birthDate });

describe("householdSize", () => {
  it("counts members", () => {
    expect(householdSize(aHousehold())).toBe(1);
    expect(householdSize(fixture("paser-02"))).toBe(7);
  });
});

describe("membersByAgeBand", () => {
  it.each([
    { name: "newborn", birthDate: "2026-01-01", band: "0-6" },
    { name: "the day before turning 7", birthDate: "2019-01-02", band: "0-6" },
    { name: "turning 7 on asOf", birthDate: "2019-01-01", band: "7-12" },
    { name: "12", birthDate: "2013-06-01", band: "7-12" },
    { name: "13", birthDate: "2012-06-01", band: "13-15" },
    { name: "15", birthDate: "2010-06-01", band: "13-15" },
    { name: "16", birthDate: "2009-06-01", band: "16-18" },
    { name: "18", birthDate: "2007-06-01", band: "16-18" },
    { name: "19", birthDate: "2006-06-01", band: "19-59" },
    { name: "59", birthDate: "1966-06-01", band: "19-59" },
    { name: "60", birthDate: "1966-01-01", band: "60+" },
    { name: "leap-day birth turns 60 on 1 March of a common year", birthDate: "1964-02-29", band: "19-59", asOf: "2024-02-28" },
  ])("puts a member aged $name in $band", ({ birthDate, band, asOf }) => {
    const bands = membersByAgeBand(aHousehold({ members: [aPerson({ birthDate })] }), asOf ?? "2026-01-01");
    expect(bands[band as keyof typeof bands]).toBe(1);
    expect(Object.entries(bands).filter(([k, v]) => k !== "70+" && v > 0)).toHaveLength(1);
  });

  it("counts 70+ inside 60+", () => {
    const household = aHousehold({ members: [aPerson({ birthDate: "1950-01-01" }), aPerson({ relationship: "spouse", birthDate: "1960-01-01" })] });
    expect(membersByAgeBand(household, "2026-01-01")).toEqual({ "0-6": 0, "7-12": 0, "13-15": 0, "16-18": 0, "19-59": 0, "60+": 2, "70+": 1 });
  });

  it("counts a fixture family", () => {
    expect(membersByAgeBand(fixture("kukar-01"), "2025-07-01")).toEqual({ "0-6": 1, "7-12": 1, "13-15": 0, "16-18": 0, "19-59": 2, "60+": 1, "70+": 1 });
  });

  it("counts a member born after asOf in no band (not yet a member; it threw time.birth_after_date)", () => {
    const household = aHousehold({ members: [aPerson(), aPerson({ birthDate: "2026-06-01", relationship: "child" })] });
    expect(membersByAgeBand(household, "2026-01-01")).toEqual({ "0-6": 0, "7-12": 0, "13-15": 0, "16-18": 0, "19-59": 1, "60+": 0, "70+": 0 });
  });
});

describe("perCapitaConsumption", () => {
  it.each([
    { name: "divides exactly", total: "3000000", size: 3, expected: "1000000" },
    { name: "rounds half-up to Rp 0.01", total: "1000000", size: 3, expected: "333333.33" },
    { name: "rounds 2/3 up", total: "2000000", size: 3, expected: "666666.67" },
    { name: "rounds an exact half up", total: "0.05", size: 2, expected: "0.03" },
    { name: "handles huge amounts", total: "123456789012345678901", size: 7, expected: "17636684144620811271.57" },
  ])("$name", ({ total, size, expected }) => {
    const members = [aPerson(), ...Array.from({ length: size - 1 }, () => child("2015-01-01"))];
    expect(perCapitaConsumption(aHousehold({ monthlyConsumption: total, members }))?.toString()).toBe(expected);
  });

  it("is undefined when consumption is not recorded", () => {
    expect(perCapitaConsumption(aHousehold())).toBeUndefined();
  });
});

describe("floorAreaPerPerson", () => {
  it("divides the floor area by the members", () => {
    expect(floorAreaPerPerson(aHousehold({ housing: { floorArea: 36 }, members: [aPerson(), child("2015-01-01")] }))).toBe(18);
  });
  it("is undefined without a floor area", () => {
    expect(floorAreaPerPerson(aHousehold({ housing: {} }))).toBeUndefined();
    expect(floorAreaPerPerson(aHousehold())).toBeUndefined();
  });
});

describe("dependencyRatio", () => {
  it.each([
    { name: "two adults", births: ["1980-01-01", "1982-01-01"], expected: { dependents: 0, workingAge: 2, ratio: 0 } },
    { name: "two adults and three children", births: ["1980-01-01", "1982-01-01", "2012-01-02", "2015-01-01", "2020-01-01"], expected: { dependents: 3, workingAge: 2, ratio: 1.5 } },
    { name: "14 is a dependent, 15 is working age", births: ["1980-01-01", "2011-01-02", "2011-01-01"], expected: { dependents: 1, workingAge: 2, ratio: 0.5 } },
    { name: "64 is working age, 65 a dependent", births: ["1961-01-02", "1961-01-01"], expected: { dependents: 1, workingAge: 1, ratio: 1 } },
    { name: "only elderly", births: ["1940-01-01"], expected: { dependents: 1, workingAge: 0, ratio: undefined } },
  ])("$name", ({ births, expected }) => {
    const [first, ...rest] = births as [string, ...string[]];
    const household = aHousehold({ members: [aPerson({ birthDate: first }), ...rest.map((b) => child(b))] });
    expect(dependencyRatio(household, "2026-01-01")).toEqual(expected);
  });
});
