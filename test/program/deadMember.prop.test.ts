import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessHousehold, parseHousehold } from "../../src/index.js";
import { scenarioCases, type Case } from "./_scenarioCases.js";

// A member who died on or before the assessment date but is still listed on the KK (the registry
// lags the death) counts for nothing (Person.deathDate): no component, no exclusion, no income, no
// age band, no pupil, no child, no family size. So adding such a member (not the head) to any
// household of the catalogue's scenarios changes no program's status, eligibility, benefit total or
// priority status. The floor area is left out of both households: the RTLH and livable-house
// criteria divide it by every member listed (a household measure, without a date).

const cases = scenarioCases();

function withoutFloorArea(household: Record<string, unknown>): Record<string, unknown> {
  const housing = household.housing as Record<string, unknown> | undefined;
  if (housing === undefined) return household;
  const { floorArea: _, ...rest } = housing;
  return { ...household, housing: rest };
}

const deadMember = fc.record(
  {
    sex: fc.constantFrom("male", "female"),
    birthYear: fc.integer({ min: 1940, max: 2022 }),
    relationship: fc.constantFrom("spouse", "child", "parent", "other"),
    maritalStatus: fc.constantFrom("married", "single", "widowed"),
    disability: fc.constantFrom("none", "moderate", "severe"),
    employerCategory: fc.constantFrom("none", "farmer", "asn", "tni", "private", "informal"),
    monthlyIncome: fc.constantFrom("0", "1500000", "9000000"),
    schooling: fc.constantFrom(undefined, "sd", "smp", "sma", "early-childhood"),
    daysBefore: fc.integer({ min: 0, max: 2000 }),
  },
  { requiredKeys: ["sex", "birthYear", "relationship", "maritalStatus", "disability", "employerCategory", "monthlyIncome", "daysBefore"] },
);

function summary(c: Case, household: unknown) {
  const parsed = parseHousehold(household, { asOf: c.asOf });
  if (!parsed.success) return undefined;
  return assessHousehold(parsed.data, { asOf: c.asOf, inputs: c.inputs ?? {} }).programs.map((p) => ({
    program: p.program,
    status: p.status,
    total: p.benefit?.total.toString() ?? null,
    priority: p.priority?.status ?? null,
  }));
}

describe("a member who died on or before the assessment date counts for nothing", () => {
  it("in every program of the catalogue, on every scenario household", () => {
    expect(cases.length).toBeGreaterThan(100);
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...cases), deadMember, (c, m) => {
        const base = withoutFloorArea(c.household);
        const birth = `${m.birthYear}-03-15`;
        const died = new Date(Date.parse(`${c.asOf}T00:00:00Z`) - m.daysBefore * 86_400_000).toISOString().slice(0, 10);
        if (died < birth) return;
        const person: Record<string, unknown> = {
          sex: m.sex,
          birthDate: birth,
          relationship: m.relationship,
          maritalStatus: m.maritalStatus,
          disability: m.disability,
          employerCategory: m.employerCategory,
          monthlyIncome: m.monthlyIncome,
          deathDate: died,
          ...(m.schooling === undefined ? {} : { schooling: { level: m.schooling, enrolled: true } }),
        };
        const withDead = { ...base, members: [...(base.members as unknown[]), person] };
        const before = summary(c, base);
        const after = summary(c, withDead);
        if (before === undefined || after === undefined) return;
        compared++;
        expect(after).toEqual(before);
      }),
      { numRuns: 600 },
    );
    // Most runs compare (a second spouse, a death before the birth or a household that does not
    // parse without the member are skipped).
    expect(compared).toBeGreaterThan(300);
  });
});
