import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EmployerCategory,
  PROGRAMS,
  createParameterReader,
  defaultParameters,
  householdFacts,
  type AssessmentInputs,
  type Household,
  type ProgramContext,
} from "../../src/index.js";
import { membersOf } from "../../src/program/_facts.js";
import { aHousehold } from "../fixtures/index.js";

// An assessment's facts carry a copy of every member in one fixed shape (`membersOf`), which the
// library's checks read instead of the household's members (issue 16: members come in as many
// shapes as there are combinations of recorded fields). Facts an app builds itself have no copies,
// and the checks read the household. Both must give every program the same result, to the byte.

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const member = fc.record({
  sex: fc.constantFrom("male", "female"),
  birthDate: fc.constantFrom("1940-02-29", "1955-07-01", "1978-12-31", "1990-07-02", "2008-01-15", "2013-07-01", "2019-03-03", "2024-11-30"),
  relationship: fc.constantFrom("head", "spouse", "child", "parent", "other"),
  deathDate: maybe(fc.constantFrom("2025-01-01", "2025-07-01", "2025-07-02")),
  pregnancy: maybe(fc.constantFrom("none", "pregnant", "postpartum")),
  pregnancyOrder: maybe(fc.integer({ min: 1, max: 4 })),
  disability: maybe(fc.constantFrom("none", "moderate", "severe")),
  schooling: maybe(fc.constantFrom("sd", "smp", "sma", "early-childhood", "out")),
  employerCategory: maybe(fc.constantFrom(...EmployerCategory.options)),
  monthlyIncome: maybe(fc.constantFrom("0", "1500000", "3766379.19", "3766379.2", "9000000")),
  jkn: maybe(fc.constantFrom("pbi", "non-pbi", "none")),
  maritalStatus: maybe(fc.constantFrom("single", "married", "widowed")),
});

const input = fc.record({
  members: fc.array(member, { minLength: 1, maxLength: 6 }),
  desil: maybe(fc.record({ value: fc.integer({ min: 1, max: 10 }), asOf: fc.constantFrom("2025-06-01", "2024-12-31") })),
  currentAid: maybe(fc.subarray([{ program: "pkh", since: "2021-01-01" }, { program: "sembako", since: "2020-01-01" }, { program: "pena", since: "2024-03-01" }])),
  exits: maybe(fc.subarray([{ program: "pkh", kind: "mandiri", on: "2024-01-01" }])),
  inputs: fc.record({ exitCommitment: maybe(fc.boolean()), consents: maybe(fc.boolean()) }),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

function build(given: Input): { household: Household; inputs: AssessmentInputs } {
  const members = given.members.map((m, i) => {
    const person: Record<string, unknown> = { sex: m.sex, birthDate: m.birthDate, relationship: i === 0 ? "head" : m.relationship === "head" ? "child" : m.relationship };
    if (m.deathDate !== undefined && m.deathDate >= m.birthDate) person.deathDate = m.deathDate;
    if (m.sex === "female" && m.pregnancy !== undefined) person.pregnancy = m.pregnancy;
    if (m.sex === "female" && (m.pregnancy === "pregnant" || m.pregnancy === "postpartum") && m.pregnancyOrder !== undefined) person.pregnancyOrder = m.pregnancyOrder;
    if (m.disability !== undefined) person.disability = m.disability;
    if (m.schooling !== undefined) person.schooling = m.schooling === "out" ? { level: "sd", enrolled: false } : { level: m.schooling, enrolled: true };
    for (const key of ["employerCategory", "monthlyIncome", "jkn", "maritalStatus"] as const) if (m[key] !== undefined) person[key] = m[key];
    return person;
  });
  const overrides: Record<string, unknown> = { members };
  for (const key of ["desil", "currentAid", "exits"] as const) if (given[key] !== undefined) overrides[key] = given[key];
  const inputs = Object.fromEntries(Object.entries(given.inputs).filter(([, v]) => v !== undefined));
  return { household: aHousehold(overrides as never), inputs };
}

const AS_OF = "2025-07-01";
const reader = createParameterReader(defaultParameters(), AS_OF);

describe("the members' copies in an assessment's facts", () => {
  it("give every program's rule what the household's own members give, whatever the members", () => {
    fc.assert(
      fc.property(input, ({ ...given }) => {
        const { household, inputs } = build(given);
        const facts = householdFacts(household, AS_OF);
        const copied: ProgramContext = { asOf: AS_OF, parameters: reader, household, facts, inputs };
        // Facts as an app builds them: no copies, so the checks read `household.members`.
        const plain: ProgramContext = { ...copied, facts: { asOf: facts.asOf, ages: facts.ages } };
        expect(membersOf(plain)).toBe(household.members);
        expect(membersOf(copied)).not.toBe(household.members);
        for (const program of PROGRAMS) {
          expect(JSON.stringify(program.rule.evaluate(copied))).toBe(JSON.stringify(program.rule.evaluate(plain)));
          if (program.priority !== undefined) expect(JSON.stringify(program.priority.evaluate(copied))).toBe(JSON.stringify(program.priority.evaluate(plain)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("are never read for another household that reuses the facts", () => {
    const one = aHousehold({ members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "asn" }] });
    const other = aHousehold({ members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "farmer" }] });
    const context = { household: other, facts: householdFacts(one, AS_OF) };
    expect(membersOf(context)).toBe(other.members);
  });
});
