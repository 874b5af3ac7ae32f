import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { verifyScenarios } from "../../src/verify/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import { codeOf, thrown } from "../errors.js";

// A check the caller declared (`check({...})`) whose evaluate (or prepare) throws: the assessor,
// evaluateRule and verifyScenarios said "a value passed in cannot be read (… a getter, a Proxy …?)"
// (`input.unreadable`), pointing at the data. They name the check (and the program, when one is being
// assessed) in both languages, with the kind of what was thrown and never its message (it could carry
// personal data, such as a NIK). A household or inputs value that throws while the library reads it
// stays `input.unreadable`.

const household = fixture("kukar-01");
const asOf = FIXTURE_AS_OF;
const NIK = "6402011507800001";
const message = { id: "Selalu", en: "Always" };
const always = lib.check({ code: "kukar_top_up.always", message, evaluate: () => lib.outcome(true, true, true) });
const programWith = (rule: lib.Rule<lib.ProgramContext>, priority?: lib.Rule<lib.ProgramContext>) =>
  lib.defineProgram({
    id: "kukar_top_up",
    name: { id: "Tambahan Kukar", en: "Kukar top-up" },
    approach: "reduce-expenditure",
    parameters: [],
    rule,
    ...(priority === undefined ? {} : { priority }),
    benefit: () => lib.buildBenefitSchedule({ program: "kukar_top_up", approach: "reduce-expenditure", frequency: "in-kind", asOf, lines: [] }),
  });

/** A check of the caller's that throws `what` from `fn`. */
function throwing(fn: "evaluate" | "prepare", what: () => never): lib.Rule<lib.ProgramContext> {
  const evaluate = fn === "evaluate" ? what : () => lib.outcome(true, true, true);
  return lib.check<lib.ProgramContext>({ code: "kukar_top_up.throws", message, evaluate, ...(fn === "prepare" ? { prepare: what } : {}) });
}

const cases = [
  // name, function, what it throws, its kind in Indonesian and English, text the message must not carry
  ["evaluate throws an Error", "evaluate", () => { throw new Error(`no record for ${NIK}`); }, "Error", "Error", NIK.slice(4)],
  ["evaluate throws a string", "evaluate", () => { throw `no record for ${NIK}`; }, "galat", "an error", NIK.slice(4)],
  ["evaluate reads a property of undefined (TypeError)", "evaluate", () => (undefined as unknown as { secretField: never }).secretField, "TypeError", "TypeError", "secretField"],
  ["prepare throws a RangeError", "prepare", () => { throw new RangeError(NIK); }, "RangeError", "RangeError", NIK.slice(4)],
] as const;

const texts = (fn: string, id: string, en: string, program: string) => ({
  id: `Pemeriksaan kukar_top_up.throws${program}: fungsi ${fn} yang Anda berikan melempar ${id}; bukan nilai yang tidak dapat dibaca: periksa fungsi itu`,
  en: `Check kukar_top_up.throws${program}: the ${fn} function you supplied threw ${en}; not a value that cannot be read: check that function`,
});

describe("a throwing check of the caller's is named as such (rule.check_threw)", () => {
  it.each(cases)("assessHousehold, in the rule: %s", (_name, fn, what, id, en, secret) => {
    const error = thrown(() => lib.assessHousehold(household, { asOf, programs: [lib.sembako, programWith(lib.all(always, throwing(fn, what)))] }));
    expect([error.code, error.text]).toEqual(["rule.check_threw", texts(fn, id, en, " (program kukar_top_up)")]);
    expect(error.message).not.toContain(secret);
  });

  it.each(cases)("assessHousehold, in the priority: %s", (_name, fn, what, id, en) => {
    const error = thrown(() => lib.assessHousehold(household, { asOf, programs: [programWith(always, throwing(fn, what))] }));
    expect([error.code, error.text]).toEqual(["rule.check_threw", texts(fn, id, en, " (program kukar_top_up)")]);
  });

  it.each(cases)("evaluateRule (no program): %s", (_name, fn, what, id, en, secret) => {
    const context = { asOf, parameters: lib.createParameterReader(lib.defineParameterSet([]), asOf), household, facts: lib.householdFacts(household, asOf), inputs: {} };
    const error = thrown(() => lib.evaluateRule(lib.any(throwing(fn, what), always), context));
    expect([error.code, error.text]).toEqual(["rule.check_threw", texts(fn, id, en, "")]);
    expect(error.message).not.toContain(secret);
  });

  it.each(cases)("verifyScenarios, at the program's expectation: %s", (_name, fn, what, id, en) => {
    const scenario = { name: "throws", rationale: "a caller's check", asOf, household: JSON.parse(JSON.stringify(household)), expect: { kukar_top_up: { eligible: true } } };
    const [result] = verifyScenarios([scenario], { programs: [programWith(lib.all(always, throwing(fn, what)))] });
    expect(result?.issues).toEqual([{ path: ["expect", "kukar_top_up"], code: "rule.check_threw", message: texts(fn, id, en, " (program kukar_top_up)") }]);
  });
});

describe("a value that throws while the library reads it is not named as a check's throw", () => {
  // A household is checked (and copied when it is not a parsed one) before any rule reads it: a getter
  // on it throws there, before any check, as today. Inputs reach the checks as given.
  const householdGetter = () => {
    const copy = JSON.parse(JSON.stringify(household)) as Record<string, unknown>;
    Object.defineProperty(copy, "desil", { enumerable: true, get: () => { throw new TypeError(NIK); } });
    return copy as unknown as lib.Household;
  };
  const inputsGetter = () => Object.defineProperty({}, "consents", { enumerable: true, get: () => { throw new TypeError(NIK); } }) as lib.AssessmentInputs;
  const readsConsents = lib.check<lib.ProgramContext>({ code: "kukar_top_up.throws", message, evaluate: (ctx) => lib.outcome(ctx.inputs.consents !== undefined, true, true) });
  it.each([
    ["a household getter, a caller's program", () => lib.assessHousehold(householdGetter(), { asOf, programs: [programWith(always)] }), "household.invalid"],
    ["a household getter, a caller's throwing check", () => lib.assessHousehold(householdGetter(), { asOf, programs: [programWith(throwing("evaluate", () => { throw new Error(); }))] }), "household.invalid"],
    ["a household getter, the catalogue", () => lib.assessHousehold(householdGetter(), { asOf }), "household.invalid"],
    ["an inputs getter read by the catalogue's checks", () => lib.assessHousehold(household, { asOf, programs: [lib.sekolahRakyat], inputs: inputsGetter() }), "input.unreadable"],
    ["an inputs getter read by the catalogue's checks in a caller's program", () => lib.assessHousehold(household, { asOf, programs: [lib.defineProgram({ ...lib.sekolahRakyat, benefit: lib.sekolahRakyat.benefit })], inputs: inputsGetter() }), "input.unreadable"],
    // The borderline: the library cannot see inside the caller's function, which was running.
    ["an inputs getter read by a caller's check", () => lib.assessHousehold(household, { asOf, programs: [programWith(readsConsents)], inputs: inputsGetter() }), "rule.check_threw"],
  ])("%s", (_name, run, code) => {
    expect(codeOf(run)).toBe(code);
  });
});
