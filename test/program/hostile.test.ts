// Issue 18, finding 5 (bare engine errors) for the program layer: every export throws only a
// TepatSasaranError with a code for arguments it cannot use, names the argument, and never lets an
// unusable value through silently. Each case below failed on 10ba02c (a TypeError or RangeError, or
// a silent wrong answer where noted); targetingRule, exclusionChecks and notExitedCheck came later
// and are held to the same rule.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import { codeOf, thrown } from "../errors.js";

const household = fixture("kukar-01");
const asOf = FIXTURE_AS_OF;
const getter = (key: string) =>
  Object.defineProperty({ asOf }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
let deep: unknown = [];
for (let i = 0; i < 20_000; i++) deep = [deep];
const definition = {
  id: "kukar_lansia",
  name: { id: "Tambahan Lansia Kukar", en: "Kukar elderly top-up" },
  approach: "reduce-expenditure",
  parameters: [lib.desilMaxAgeMonths],
  rule: lib.all(lib.desilCurrentCheck("kukar_lansia")),
  benefit: () => lib.buildBenefitSchedule({ program: "kukar_lansia", approach: "reduce-expenditure", frequency: "in-kind", asOf, lines: [] }),
} as const;
const line = { code: "pkh.component.sd", amount: lib.rupiah(900_000) };
const schedule = { program: "pkh", approach: "reduce-expenditure", frequency: "tahap", asOf, lines: [line] } as const;
const context = { asOf, parameters: lib.createParameterReader(lib.defaultParameters(), asOf), household, facts: lib.householdFacts(household, asOf), inputs: {} };
/** The default parameters with every value of one parameter replaced. */
function withValue(id: string, value: unknown): lib.ParameterSet {
  const set = lib.defaultParameters();
  const entry = set[id] as lib.DatedParameter<unknown>;
  return { ...set, [id]: { ...entry, values: entry.values.map((v) => ({ ...v, value })) } };
}

describe("program exports throw only TepatSasaranError for arguments they cannot use (issue 18, finding 5; failed on 10ba02c)", () => {
  it.each([
    ["assessHousehold without options", () => lib.assessHousehold(household, undefined as never), "program.bad_argument"],
    ["assessHousehold with options that are a number", () => lib.assessHousehold(household, 5 as never), "program.bad_argument"],
    ["assessHousehold with a throwing getter in the options", () => lib.assessHousehold(household, getter("programs") as never), "input.unreadable"],
    ["createAssessor with a hole in the program list", () => createWith({ asOf, programs: [lib.pkh, , lib.sembako] }), "program.bad_argument"],
    ["createAssessor with programs written as text", () => createWith({ asOf, programs: "pkh" }), "program.bad_argument"],
    ["createAssessor with an object that is not a program", () => createWith({ asOf, programs: [{ id: "pkh" }] }), "program.bad_program"],
    ["createAssessor with benefits: \"no\"", () => createWith({ asOf, benefits: "no" }), "program.bad_argument"],
    ["an assessor given inputs that are a number", () => lib.createAssessor({ asOf })(household, 5 as never), "program.bad_argument"],
    ["an assessor given inputs whose getter throws", () => lib.createAssessor({ asOf, programs: [lib.sekolahRakyat] })(household, getter("consents") as never), "input.unreadable"],
    ["defineProgram(null)", () => lib.defineProgram(null as never), "program.bad_argument"],
    ["defineProgram without a benefit", () => lib.defineProgram({ ...definition, benefit: undefined as never }), "program.bad_argument"],
    ["defineProgram with a rule that is not one", () => lib.defineProgram({ ...definition, rule: {} as never }), "rule.bad_rule"],
    ["defaultParameters with null among the programs", () => lib.defaultParameters([lib.pkh, null as never]), "program.bad_program"],
    ["defaultParameters of a number", () => lib.defaultParameters(7 as never), "program.bad_argument"],
    ["programCatalogue of a string", () => lib.programCatalogue("pkh" as never), "program.bad_argument"],
    ["buildBenefitSchedule(undefined)", () => lib.buildBenefitSchedule(undefined as never), "program.bad_argument"],
    ["buildBenefitSchedule with a line whose amount is a number", () => lib.buildBenefitSchedule({ ...schedule, lines: [{ ...line, amount: 900_000 as never }] }), "program.bad_argument"],
    ["graduationRecord without the mentoring parameter", () => lib.graduationRecord(asOf, undefined as never), "program.bad_argument"],
    ["graduationRecord with mentoring months as text", () => lib.graduationRecord(asOf, { id: "pena.mentoring_months", value: "12", from: asOf, source: "s" }), "program.bad_argument"],
    ["desilCurrentCheck of a Symbol", () => lib.desilCurrentCheck(Symbol("pkh") as never), "program.bad_id"],
    ["desilInRangeCheck of a 20,000-deep array", () => lib.desilInRangeCheck(deep as never), "program.bad_id"],
    ["desilInRangeCheck with a parameter id that is an object", () => lib.desilInRangeCheck("pkh", {} as never), "program.bad_argument"],
    ["targetingRule of an object", () => lib.targetingRule({} as never), "program.bad_id"],
    ["exclusionChecks of a deep array", () => lib.exclusionChecks(deep as never), "program.bad_id"],
    ["notExitedCheck of a Symbol", () => lib.notExitedCheck(Symbol("x") as never), "program.bad_id"],
    ["pkhComponents with an empty context", () => lib.pkhComponents(household, {} as never), "rule.bad_context"],
    ["pkhComponents with facts that have no ages", () => lib.pkhComponents(household, { ...context, facts: {} } as never), "program.bad_argument"],
    // 2026-12-06 (stop 39): formatBenefitLine wrote "undefined" or the number itself for a line without a text code.
    ["formatBenefitLine of a number", () => lib.formatBenefitLine(0 as never), "program.bad_argument"],
    ["formatBenefitLine of a line without a code", () => lib.formatBenefitLine({ amount: lib.rupiah(1) } as never), "program.bad_argument"],
    ["formatBenefitLine of a line whose code is a number", () => lib.formatBenefitLine({ code: 5, amount: lib.rupiah(1) } as never), "program.bad_argument"],
    // Export fuzzer, seed -1782683350: the assessment echoed the value in its check, and JSON could not write it.
    ["createAssessor with PENA's ceiling as a BigInt64Array", () => JSON.stringify(lib.createAssessor({ asOf, programs: [lib.pena], parameters: withValue("pena.max_amount_per_family", new BigInt64Array(2)) })(household)), "time.parameter_invalid"],
    ["an assessor whose PKH elderly age is a bigint", () => JSON.stringify(lib.createAssessor({ asOf, programs: [lib.pkh], parameters: withValue("pkh.elderly_min_age", 60n) })(household)), "time.parameter_invalid"],
  ])("%s", (_name, run, code) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
    expect(error.text.id.length).toBeGreaterThan(0);
    expect(error.text.en.length).toBeGreaterThan(0);
  });

  it("defineProgram refuses an approach it does not know, where a program used to be accepted and its money dropped from the totals by approach (failed on 10ba02c)", () => {
    expect(codeOf(() => lib.defineProgram({ ...definition, approach: "charity" as never }))).toBe("program.bad_argument");
  });

  it("buildBenefitSchedule refuses an unknown frequency, where it used to return a yearly total with no payment at all (failed on 10ba02c)", () => {
    expect(codeOf(() => lib.buildBenefitSchedule({ ...schedule, frequency: "weekly" as never }))).toBe("program.bad_argument");
  });

  it("a message names the argument with a short excerpt, never the value in full", () => {
    const error = thrown(() => lib.desilCurrentCheck("x".repeat(100_000)));
    expect(error.message.length).toBeLessThan(400);
  });
});

function createWith(options: Record<string, unknown>) {
  return lib.createAssessor(options as never)(household);
}
