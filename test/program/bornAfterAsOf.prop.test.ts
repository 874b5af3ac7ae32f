import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmployerCategory, assessHousehold, parseHousehold, type AssessmentInputs, type Household, type HouseholdAssessment } from "../../src/index.js";
import { scenarioCases, type Case } from "./_scenarioCases.js";

// A household is assessed as it stood on `asOf`: a member born after it (a registry extracted
// later, assessed on an earlier date: a quarter's run as of its first day, 2024 re-checked from
// today's registry) is not yet a member and counts for nothing, as a member who died on or before
// it (deadMember.prop.test.ts). So appending one or two such members to any household changes no
// program's status, check, benefit line, schedule or total. Before, the assessment threw
// `time.birth_after_date` and the CLI refused the whole household.

const scenarios = scenarioCases();

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** What a check could read of a member. */
const fields = {
  sex: fc.constantFrom("male", "female"),
  disability: maybe(fc.constantFrom("none", "moderate", "severe")),
  schooling: maybe(fc.constantFrom("early-childhood", "sd", "smp", "sma")),
  employerCategory: maybe(fc.constantFrom(...EmployerCategory.options)),
  monthlyIncome: maybe(fc.constantFrom("0", "1500000", "3766380", "9000000")),
  jkn: maybe(fc.constantFrom("pbi", "non-pbi", "none")),
  maritalStatus: maybe(fc.constantFrom("married", "single")),
  pregnancy: maybe(fc.constantFrom("none", "pregnant", "postpartum")),
};

/** A member born `daysAfter` days after the assessment date (and maybe dead since). */
const unborn = fc.record({
  ...fields,
  daysAfter: fc.integer({ min: 1, max: 4000 }),
  relationship: fc.constantFrom("child", "grandchild", "other-family", "spouse", "parent"),
  deathDaysAfter: maybe(fc.integer({ min: 0, max: 400 })),
});

type Unborn = typeof unborn extends fc.Arbitrary<infer T> ? T : never;

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function person(m: Unborn, asOf: string): Record<string, unknown> {
  const birthDate = addDays(asOf, m.daysAfter);
  const out: Record<string, unknown> = { sex: m.sex, birthDate, relationship: m.relationship };
  for (const key of ["disability", "employerCategory", "monthlyIncome", "jkn", "maritalStatus"] as const) if (m[key] !== undefined) out[key] = m[key];
  if (m.schooling !== undefined) out.schooling = { level: m.schooling, enrolled: true };
  if (m.sex === "female" && m.pregnancy !== undefined) out.pregnancy = m.pregnancy;
  if (m.deathDaysAfter !== undefined) out.deathDate = addDays(birthDate, m.deathDaysAfter);
  return out;
}

/** What an office reads of an assessment: everything but the household itself. */
function summary(household: Household, asOf: string, inputs: AssessmentInputs): unknown {
  const { programs, eligible, total, byApproach }: HouseholdAssessment = assessHousehold(household, { asOf, inputs });
  return JSON.parse(JSON.stringify({ programs, eligible, total, byApproach }));
}

// Households drawn from the fields the rules read, as in program.prop.test.ts, on 2025-07-01.
const AS_OF = "2025-07-01";
const member = fc.record({ ...fields, age: fc.integer({ min: 0, max: 90 }), pregnancyOrder: maybe(fc.integer({ min: 1, max: 3 })) });
const generated = fc.record({
  members: fc.array(member, { minLength: 1, maxLength: 6 }),
  desil: fc.integer({ min: 1, max: 10 }),
  floorArea: maybe(fc.integer({ min: 5, max: 90 })),
  consumption: maybe(fc.constantFrom("900000", "2500000")),
  currentAid: maybe(fc.subarray([{ program: "pkh", since: "2021-01-01" }, { program: "sembako", since: "2020-01-01" }])),
  inputs: fc.record({ exitCommitment: maybe(fc.boolean()), consents: maybe(fc.boolean()), kubeGroupSize: maybe(fc.integer({ min: 3, max: 12 })) }),
});
type Generated = typeof generated extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): Case {
  const members = g.members.map((m, i) => {
    const out: Record<string, unknown> = { sex: m.sex, birthDate: `${2025 - m.age - 1}-09-15`, relationship: i === 0 ? "head" : "child" };
    if (m.sex === "female" && m.pregnancy !== undefined) out.pregnancy = m.pregnancy;
    if (m.sex === "female" && m.pregnancy !== undefined && m.pregnancy !== "none" && m.pregnancyOrder !== undefined) out.pregnancyOrder = m.pregnancyOrder;
    for (const key of ["disability", "employerCategory", "monthlyIncome", "jkn", "maritalStatus"] as const) if (m[key] !== undefined) out[key] = m[key];
    if (m.schooling !== undefined) out.schooling = { level: m.schooling, enrolled: true };
    return out;
  });
  const household: Record<string, unknown> = { id: "g1", regency: "64.02", area: "rural", members, desil: { value: g.desil, asOf: "2025-06-01" } };
  if (g.floorArea !== undefined) household.housing = { floorArea: g.floorArea, floorMaterial: "earth", wallMaterial: "board", roofMaterial: "zinc", tenure: "own" };
  if (g.consumption !== undefined) household.monthlyConsumption = g.consumption;
  if (g.currentAid !== undefined) household.currentAid = g.currentAid;
  const inputs = Object.fromEntries(Object.entries(g.inputs).filter(([, v]) => v !== undefined));
  return { asOf: AS_OF, household, inputs };
}

/** Compare a household with and without members born after `asOf` appended last; `false` when one does not parse. */
function compare(c: Case, added: readonly Unborn[]): boolean {
  const without = parseHousehold(c.household);
  const withBorn = parseHousehold({ ...c.household, members: [...(c.household.members as unknown[]), ...added.map((m) => person(m, c.asOf))] });
  if (!without.success || !withBorn.success) return false;
  const inputs = (c.inputs ?? {}) as AssessmentInputs;
  expect(summary(withBorn.data, c.asOf, inputs)).toEqual(summary(without.data, c.asOf, inputs));
  return true;
}

describe("a member born after the assessment date counts for nothing", () => {
  it("in every program of the catalogue, on every scenario household", () => {
    expect(scenarios.length).toBeGreaterThan(100);
    let compared = 0;
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.array(unborn, { minLength: 1, maxLength: 2 }), (c, added) => {
        if (compare(c, added)) compared++;
      }),
      { numRuns: 300 },
    );
    // A second spouse does not parse: those runs are skipped.
    expect(compared).toBeGreaterThan(150);
  }, 60_000);

  it("in every program of the catalogue, on generated households", () => {
    let compared = 0;
    fc.assert(
      fc.property(generated, fc.array(unborn, { minLength: 1, maxLength: 2 }), (g, added) => {
        if (compare(build(g), added)) compared++;
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(150);
  }, 60_000);
});
