import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EmployerCategory,
  PROGRAMS,
  all,
  assessHousehold,
  pbiJkn,
  createAssessor,
  createParameterReader,
  defaultParameters,
  formatCheck,
  leafChecks,
  nearestWayToYes,
  householdFacts,
  overrideParameters,
  sumRupiah,
  type AssessmentInputs,
  type Household,
  type ProgramContext,
  type Rule,
} from "../../src/index.js";
import { asEraRule } from "../../src/rule/era.js";
import { aHousehold } from "../fixtures/index.js";

// Households drawn from the fields the rules read; parsed by the schema (with the fixtures' date
// 2025-07-01), so every generated household is valid input.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const member = fc.record({
  sex: fc.constantFrom("male", "female"),
  age: fc.integer({ min: 0, max: 90 }),
  dayOfYear: fc.integer({ min: 0, max: 364 }),
  pregnancy: maybe(fc.constantFrom("none", "pregnant", "postpartum")),
  disability: maybe(fc.constantFrom("none", "moderate", "severe")),
  schooling: maybe(fc.constantFrom("sd", "smp", "sma", "early-childhood", "out")),
  employerCategory: maybe(fc.constantFrom(...EmployerCategory.options)),
  jkn: maybe(fc.constantFrom("pbi", "non-pbi", "none")),
  healthNeedLetter: maybe(fc.constantFrom("2024-12-31", "2025-01-01", "2025-06-30", "2025-07-02")),
  pregnancyOrder: maybe(fc.integer({ min: 1, max: 4 })),
  monthlyIncome: maybe(fc.constantFrom("0", "1500000", "3766379", "3766380", "9000000")),
});

const householdInput = fc.record({
  members: fc.array(member, { minLength: 1, maxLength: 6 }),
  desil: maybe(fc.record({ value: fc.integer({ min: 1, max: 10 }), asOf: fc.constantFrom("2025-06-01", "2025-01-01", "2024-12-31", "2025-03-15") })),
  area: maybe(fc.constantFrom("urban", "rural")),
  housing: maybe(
    fc.record({
      floorArea: fc.integer({ min: 5, max: 90 }),
      floorMaterial: fc.constantFrom("ceramic", "earth", "wood-board", "cement-brick"),
      floorCondition: fc.constantFrom("good", "damaged"),
      wallMaterial: fc.constantFrom("masonry", "woven-bamboo", "board"),
      wallCondition: fc.constantFrom("good", "damaged-dangerous"),
      roofMaterial: fc.constantFrom("zinc", "thatch", "clay-tile"),
      roofCondition: fc.constantFrom("good", "damaged"),
      drinkingWater: fc.constantFrom("piped", "refill", "unprotected-well", "surface"),
      bathingWater: fc.constantFrom("piped", "surface"),
      toilet: fc.record({ facility: fc.constantFrom("own", "public", "none"), type: fc.constantFrom("gooseneck", "cemplung"), disposal: fc.constantFrom("septic-tank", "pit", "river") }),
      tenure: fc.constantFrom("own", "rent"),
    }),
  ),
  currentAid: maybe(fc.subarray([{ program: "pkh", since: "2021-01-01" }, { program: "sembako", since: "2020-01-01" }, { program: "bsps", since: "2019-01-01" }, { program: "pena", since: "2024-03-01" }])),
  dtks: maybe(fc.record({ member: fc.boolean(), asOf: fc.constantFrom("2024-06-01", "2023-06-01", "2024-08-01") })),
  exits: maybe(fc.subarray([{ program: "pkh", kind: "mandiri", on: "2024-01-01" }, { program: "sembako", kind: "paksa", on: "2025-06-30" }])),
  inputs: fc.record({ exitCommitment: maybe(fc.boolean()), consents: maybe(fc.boolean()), kubeGroupSize: maybe(fc.integer({ min: 3, max: 12 })) }),
});

type Input = typeof householdInput extends fc.Arbitrary<infer T> ? T : never;

// `year`: ages are on year-07-01 (2025 by default; 2024 for the DTKS era).
function build(input: Input, year = 2025): { household: Household; inputs: AssessmentInputs } {
  const members = input.members.map((m, i) => {
    const start = Date.UTC(year - m.age - 1, 6, 2) + m.dayOfYear * 86_400_000; // born in the year before the birthday that makes `age`
    const person: Record<string, unknown> = {
      sex: m.sex,
      birthDate: new Date(Math.min(start, Date.UTC(year, 5, 30))).toISOString().slice(0, 10),
      relationship: i === 0 ? "head" : "child",
    };
    if (m.sex === "female" && m.pregnancy !== undefined) person.pregnancy = m.pregnancy;
    if (m.sex === "female" && (m.pregnancy === "pregnant" || m.pregnancy === "postpartum") && m.pregnancyOrder !== undefined) person.pregnancyOrder = m.pregnancyOrder;
    if (m.monthlyIncome !== undefined) person.monthlyIncome = m.monthlyIncome;
    if (m.disability !== undefined) person.disability = m.disability;
    if (m.schooling !== undefined) person.schooling = m.schooling === "out" ? { level: "sd", enrolled: false } : { level: m.schooling, enrolled: true };
    if (m.employerCategory !== undefined) person.employerCategory = m.employerCategory;
    if (m.jkn !== undefined) person.jkn = m.jkn;
    if (m.healthNeedLetter !== undefined) person.healthNeedLetter = m.healthNeedLetter;
    return person;
  });
  const overrides: Record<string, unknown> = { members };
  for (const key of ["desil", "area", "housing", "currentAid", "dtks", "exits"] as const) if (input[key] !== undefined) overrides[key] = input[key];
  const inputs = Object.fromEntries(Object.entries(input.inputs).filter(([, v]) => v !== undefined));
  return { household: aHousehold(overrides as never), inputs };
}

const AS_OF = "2025-07-01";
const reader = createParameterReader(defaultParameters(), AS_OF);
const contextOf = (household: Household, inputs: AssessmentInputs): ProgramContext => ({
  asOf: AS_OF,
  parameters: reader,
  household,
  facts: householdFacts(household, AS_OF),
  inputs,
});

// Every check of a rule; with a context, only those of the era in force where the rule switches by era.
function leaves(rule: Rule<ProgramContext>, ctx?: ProgramContext): Rule<ProgramContext>[] {
  if (rule.kind === "check") return [rule];
  const era = ctx === undefined ? undefined : asEraRule(rule);
  if (era !== undefined && ctx !== undefined) {
    const index = era.pick(ctx.parameters.get(era.parameter));
    return index < 0 ? [] : (era.rules[index] as readonly Rule<ProgramContext>[]).flatMap((child) => leaves(child, ctx));
  }
  return rule.children.flatMap((child) => leaves(child, ctx));
}
const everyLeaf = PROGRAMS.flatMap((p) => leaves(p.rule));

describe("program properties", () => {
  it("adding a check never makes an ineligible household eligible", () => {
    fc.assert(
      fc.property(householdInput, fc.constantFrom(...PROGRAMS), fc.constantFrom(...everyLeaf), (input, program, extra) => {
        const { household, inputs } = build(input);
        const ctx = contextOf(household, inputs);
        const before = program.rule.evaluate(ctx).status;
        const after = all(program.rule, extra).evaluate(ctx).status;
        if (before !== "passed") expect(after).not.toBe("passed");
      }),
      { numRuns: 300 },
    );
  });

  // Permensos 3/2026 Pasal 20: a health facility's letter keeps a removed member in PBI. It adds
  // members to a family the desil leaves out, and takes nothing from a family the desil admits.
  it("a health facility's letter never takes PBI-JKN away, and covers only the members who have one", () => {
    fc.assert(
      fc.property(householdInput, (input) => {
        const plain = { ...input, members: input.members.map((m) => ({ ...m, healthNeedLetter: undefined })) };
        const assess = (given: Input) => assessHousehold(build(given).household, { asOf: AS_OF, programs: [pbiJkn] }).programs[0];
        const [without, withLetters] = [assess(plain), assess(input)];
        if (without?.eligible) {
          expect(withLetters?.eligible).toBe(true);
          expect(withLetters?.benefit?.total.toString()).toBe(without.benefit?.total.toString());
        } else if (withLetters?.eligible) {
          // The letter counts for 6 months up to the date: 2025-01-01 to 2025-07-01.
          for (const line of withLetters.benefit?.lines ?? []) {
            const letter = input.members[line.member as number]?.healthNeedLetter;
            expect(letter !== undefined && letter >= "2025-01-01" && letter <= AS_OF).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("an assessment lists every check with the status it has alone", () => {
    fc.assert(
      fc.property(householdInput, (input) => {
        const { household, inputs } = build(input);
        const ctx = contextOf(household, inputs);
        const result = assessHousehold(household, { asOf: AS_OF, inputs });
        PROGRAMS.forEach((program, i) => {
          const a = result.programs[i];
          const listed = new Map(a?.checks.map((c) => [c.code, c.status]));
          for (const leaf of leaves(program.rule, ctx)) expect(listed.get(leaf.code), leaf.code).toBe(leaf.evaluate(ctx).status);
          if (a?.status === "not-eligible") expect(a.checks.some((c) => c.status === "failed")).toBe(true);
          if (a?.eligible) expect(a.result.status).toBe("passed");
        });
      }),
      { numRuns: 150 },
    );
  });

  it("the yearly total is the exact sum of the periods and of the lines, whatever the amounts", () => {
    const amount = fc.integer({ min: 1, max: 9_999_999 }).map(String);
    fc.assert(
      fc.property(householdInput, amount, amount, amount, (input, elderly, early, monthly) => {
        const { household, inputs } = build(input);
        const parameters = overrideParameters(defaultParameters(), {
          "pkh.amount.elderly": [{ from: "2021-01-01", value: elderly, source: "test" }],
          "pkh.amount.early_childhood": [{ from: "2021-01-01", value: early, source: "test" }],
          "sembako.amount_per_month": [{ from: "2020-01-01", value: monthly, source: "test" }],
        });
        const result = assessHousehold(household, { asOf: AS_OF, parameters, inputs });
        for (const a of result.programs) {
          const b = a.benefit;
          if (!a.eligible) {
            expect(b).toBeUndefined();
            continue;
          }
          expect(b).toBeDefined();
          if (!b || b.frequency === "in-kind") continue;
          expect(sumRupiah(b.periods.map((p) => p.amount)).equals(b.total)).toBe(true);
          expect(sumRupiah(b.lines.map((l) => l.amount)).equals(b.total)).toBe(true);
          const amounts = b.periods.map((p) => p.amount);
          for (const x of amounts) expect(x.isWhole() && !x.isNegative()).toBe(true);
          // Equal shares within one rupiah of each other.
          for (const x of amounts) for (const y of amounts) expect(x.minus(y).decimal.abs().lte(1)).toBe(true);
        }
        expect(sumRupiah(result.byApproach.map((s) => s.total)).equals(result.total)).toBe(true);
        // Each approach's total (summed as whole numbers by the assessor) is sumRupiah of its programs' totals, to the digit.
        const paid = result.programs.filter((a) => a.eligible && a.benefit !== undefined);
        for (const s of result.byApproach) expect(s.total.toString()).toBe(sumRupiah(paid.filter((a) => a.approach === s.approach).map((a) => a.benefit!.total)).toString());
        expect(result.total.toString()).toBe(sumRupiah(paid.map((a) => a.benefit!.total)).toString());
      }),
      { numRuns: 150 },
    );
  });

  it("in the DTKS era too, the assessor's prepared rules give what each program's rule gives alone", () => {
    const asOf = "2024-07-01";
    const parameters = defaultParameters();
    fc.assert(
      fc.property(householdInput, (input) => {
        const { household, inputs } = build(input, 2024);
        const result = createAssessor({ asOf, parameters })(household, inputs);
        const ctx: ProgramContext = { asOf, parameters: createParameterReader(parameters, asOf), household, facts: householdFacts(household, asOf), inputs };
        PROGRAMS.forEach((program, i) => {
          const alone = program.rule.evaluate(ctx);
          expect(JSON.stringify(result.programs[i]!.result)).toBe(JSON.stringify(alone));
          expect(JSON.stringify(result.programs[i]!.checks)).toBe(JSON.stringify(leafChecks(alone)));
          expect(JSON.stringify(result.programs[i]!.priority)).toBe(JSON.stringify(program.priority?.evaluate(ctx)));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("the assessor's prepared rules give what each program's rule gives alone, whatever the parameters", () => {
    // createAssessor reads the parameters once and decides the checks several programs repeat
    // (desil current, desil in range, no excluded member) once per household, when they read equal
    // values. Ranges equal, different or malformed across programs exercise both paths.
    const desilRange = fc.constantFrom<unknown>({ min: 1, max: 4 }, { min: 1, max: 5 }, { max: 4, min: 1 }, { min: 2 }, "malformed", [1, 4]);
    const programsWithRange = ["pkh", "sembako", "pbi_jkn", "pip", "kube", "rutilahu", "air_sanitasi", "sekolah_rakyat"];
    fc.assert(
      fc.property(householdInput, fc.array(desilRange, { minLength: programsWithRange.length, maxLength: programsWithRange.length }), fc.constantFrom(6, 12), (input, ranges, months) => {
        const { household, inputs } = build(input);
        const overrides: Record<string, { from: string; value: unknown; source: string }[]> = {
          "dtsen.desil_max_age_months": [{ from: "2020-01-01", value: months, source: "test" }],
        };
        programsWithRange.forEach((id, i) => (overrides[`${id}.desil_range`] = [{ from: "2020-01-01", value: ranges[i], source: "test" }]));
        const parameters = overrideParameters(defaultParameters(), overrides as never);
        const result = createAssessor({ asOf: AS_OF, parameters, benefits: false })(household, inputs);
        const ctx: ProgramContext = { ...contextOf(household, inputs), parameters: createParameterReader(parameters, AS_OF) };
        PROGRAMS.forEach((program, i) => {
          const a = result.programs[i]!;
          const alone = program.rule.evaluate(ctx);
          expect(JSON.stringify(a.result)).toBe(JSON.stringify(alone));
          expect(JSON.stringify(a.checks)).toBe(JSON.stringify(leafChecks(alone)));
          expect(JSON.stringify(a.nearest)).toBe(JSON.stringify(alone.status === "passed" ? undefined : nearestWayToYes(alone)));
          const messages = (checks: readonly Parameters<typeof formatCheck>[0][]) => checks.flatMap((c) => [formatCheck(c, "id"), formatCheck(c, "en")]);
          expect(messages(a.checks)).toEqual(messages(leafChecks(alone)));
          // The advisory priority rules are prepared too: the same result and messages as alone.
          const priority = program.priority?.evaluate(ctx);
          expect(JSON.stringify(a.priority)).toBe(JSON.stringify(priority));
          if (priority !== undefined && a.priority !== undefined) expect(messages(leafChecks(a.priority))).toEqual(messages(leafChecks(priority)));
        });
        expect(result.eligible).toEqual(result.programs.filter((p) => p.eligible).map((p) => p.program));
      }),
      { numRuns: 200 },
    );
  });
});
