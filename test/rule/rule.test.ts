import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  all,
  any,
  assess,
  atLeast,
  check,
  createParameterReader,
  defineParameterSet,
  evaluateRule,
  explainAssessment,
  formatCheck,
  formatCheckValue,
  leafChecks,
  named,
  nearestWayToYes,
  not,
  outcome,
  ruleCatalogue,
  ruleParameters,
  unknownOutcome,
  type NumberRange,
  type Rule,
  type RuleContext,
} from "../../src/index.js";

interface TestContext extends RuleContext {
  readonly desil?: number;
  readonly age?: number;
}

const set = defineParameterSet([
  {
    id: "test.desil_range",
    description: "desil range",
    unit: "desil",
    values: [{ from: "2025-02-05", value: { min: 1, max: 4 }, source: "Kepmensos 79/HUK/2025 [M]" }],
  },
  {
    id: "test.min_age",
    description: "minimum age",
    unit: "years",
    values: [{ from: "2020-01-01", to: "2020-12-31", value: 60, source: "ended value" }],
  },
]);

const desilInRange = check<TestContext, NumberRange>({
  code: "test.desil_in_range",
  message: { id: "Desil harus {expected}, tercatat {received}", en: "Desil must be {expected}, is {received}" },
  parameter: "test.desil_range",
  evaluate: (ctx, range) =>
    outcome(
      ctx.desil === undefined ? undefined : ctx.desil >= (range.min ?? 1) && ctx.desil <= (range.max ?? 10),
      range,
      ctx.desil ?? null,
      { field: "desil" },
    ),
});

const oldEnough = check<TestContext, number>({
  code: "test.old_enough",
  message: { id: "Umur minimal {expected}, tercatat {received}", en: "Age at least {expected}, is {received}" },
  parameter: "test.min_age",
  evaluate: (ctx, min) => outcome(ctx.age === undefined ? undefined : ctx.age >= min, { min }, ctx.age ?? null),
});

const adult = check<TestContext>({
  code: "test.adult",
  message: { id: "Umur minimal 18, tercatat {received}", en: "Age at least 18, is {received}" },
  evaluate: (ctx) => outcome(ctx.age === undefined ? undefined : ctx.age >= 18, { min: 18 }, ctx.age ?? null, { field: "age" }),
});

const toggle = (code: string, status: boolean | undefined): Rule<TestContext> =>
  check<TestContext>({
    code,
    message: { id: code, en: code },
    evaluate: () => outcome(status, true, status ?? null),
  });

function context(data: { desil?: number; age?: number }, asOf = "2025-07-01"): TestContext {
  return { asOf, parameters: createParameterReader(set, asOf), ...data };
}

describe("a check", () => {
  it.each([
    { name: "desil 4 passes 1–4", desil: 4, status: "passed" },
    { name: "desil 5 fails 1–4", desil: 5, status: "failed" },
    { name: "desil 1 passes 1–4", desil: 1, status: "passed" },
    { name: "a missing desil is unknown", desil: undefined, status: "unknown" },
  ])("$name", ({ desil, status }) => {
    const result = evaluateRule(desilInRange, context(desil === undefined ? {} : { desil }));
    expect(result.status).toBe(status);
    expect(result.parameter?.id).toBe("test.desil_range");
    expect(result.parameter?.source).toContain("Kepmensos");
  });

  it("is unknown, never passed, when its parameter is not in force on asOf", () => {
    const result = evaluateRule(desilInRange, context({ desil: 1 }, "2025-01-01"));
    expect(result).toMatchInlineSnapshot(`
      CheckResult {
        "code": "test.desil_in_range",
        "expected": null,
        "parameter": undefined,
        "reason": "rule.reason.parameter_not_in_force",
        "received": null,
        "status": "unknown",
        "values": {
          "asOf": "2025-01-01",
          "parameter": "test.desil_range",
        },
      }
    `);
    // Not evaluated, so neither value is "no data" (the household's desil 1 is recorded): both are "?".
    expect(formatCheck(result, "en")).toBe("Desil must be ?, is ? — undetermined: parameter test.desil_range has no value in force on 2025-01-01");
  });

  it("is unknown after a parameter's value has ended", () => {
    expect(evaluateRule(oldEnough, context({ age: 70 })).status).toBe("unknown");
    expect(evaluateRule(oldEnough, context({ age: 70 }, "2020-06-01")).status).toBe("passed");
  });

  it("serialises to plain data without its message template", () => {
    const json = JSON.parse(JSON.stringify(evaluateRule(desilInRange, context({ desil: 5 }))));
    expect(json).toEqual({
      code: "test.desil_in_range",
      status: "failed",
      expected: { min: 1, max: 4 },
      received: 5,
      parameter: { id: "test.desil_range", value: { min: 1, max: 4 }, from: "2025-02-05", source: "Kepmensos 79/HUK/2025 [M]" },
      values: { field: "desil" },
    });
  });

  it("refuses a malformed code", () => {
    expect(() => toggle("Bad Code", true)).toThrowError(TepatSasaranError);
    expect(() => toggle("nodot", true)).toThrowError(/rule.bad_code/);
  });

  it("throws for a parameter id the set does not hold (misuse, not missing data)", () => {
    const stray = check<TestContext>({
      code: "test.stray",
      message: { id: "x", en: "x" },
      parameter: "test.nope",
      evaluate: () => outcome(true, true, true),
    });
    expect(() => evaluateRule(stray, context({}))).toThrowError(/rule.parameter_unknown/);
  });
});

describe("combinators (Kleene logic, complete evaluation)", () => {
  const T = toggle("test.t", true);
  const F = toggle("test.f", false);
  const U = toggle("test.u", undefined);

  it.each([
    { name: "all(T, T) passes", rule: all(T, T), status: "passed" },
    { name: "all(T, F) fails", rule: all(T, F), status: "failed" },
    { name: "all(T, U) is unknown", rule: all(T, U), status: "unknown" },
    { name: "all(F, U) fails (a failure decides)", rule: all(F, U), status: "failed" },
    { name: "any(F, T) passes", rule: any(F, T), status: "passed" },
    { name: "any(F, U) is unknown", rule: any(F, U), status: "unknown" },
    { name: "any(U, T) passes", rule: any(U, T), status: "passed" },
    { name: "any(F, F) fails", rule: any(F, F), status: "failed" },
    { name: "not(T) fails", rule: not(T), status: "failed" },
    { name: "not(F) passes", rule: not(F), status: "passed" },
    { name: "not(U) is unknown", rule: not(U), status: "unknown" },
    { name: "atLeast(2, T, T, F) passes", rule: atLeast(2, T, T, F), status: "passed" },
    { name: "atLeast(2, T, U, F) is unknown", rule: atLeast(2, T, U, F), status: "unknown" },
    { name: "atLeast(2, T, F, F) fails", rule: atLeast(2, T, F, F), status: "failed" },
    { name: "atLeast(0) passes", rule: atLeast(0, F), status: "passed" },
  ])("$name", ({ rule, status }) => {
    expect(evaluateRule(rule, context({})).status).toBe(status);
  });

  it("evaluates every child even after the outcome is known", () => {
    let calls = 0;
    const counted = check<TestContext>({
      code: "test.counted",
      message: { id: "x", en: "x" },
      evaluate: () => {
        calls++;
        return outcome(false, true, false);
      },
    });
    const result = evaluateRule(all(F, counted, any(T, counted)), context({}));
    expect(calls).toBe(2);
    expect(leafChecks(result).map((c) => c.code)).toEqual(["test.f", "test.counted", "test.t", "test.counted"]);
  });

  // Hunt 42 (2026-12-07): atLeast(1, one condition) read "At least 1 of 1 condition must hold" /
  // "Paling sedikit 1 dari 1 syarat", where all and any of one read "The only condition must hold".
  it.each([
    ["1 of one, met", () => atLeast(1, T), "Satu-satunya syarat harus terpenuhi: 1 terpenuhi, 0 tidak, 0 tidak pasti — terpenuhi", "The only condition must hold: 1 met, 0 not met, 0 undetermined — met"],
    ["1 of one, not met", () => atLeast(1, F), "Satu-satunya syarat harus terpenuhi: 0 terpenuhi, 1 tidak, 0 tidak pasti — tidak terpenuhi", "The only condition must hold: 0 met, 1 not met, 0 undetermined — not met"],
    ["0 of one", () => atLeast(0, F), "Paling sedikit 0 dari 1 syarat harus terpenuhi: 0 terpenuhi, 1 tidak, 0 tidak pasti — terpenuhi", "At least 0 of 1 condition must hold: 0 met, 1 not met, 0 undetermined — met"],
    ["1 of two", () => atLeast(1, T, F), "Paling sedikit 1 dari 2 syarat harus terpenuhi: 1 terpenuhi, 1 tidak, 0 tidak pasti — terpenuhi", "At least 1 of 2 conditions must hold: 1 met, 1 not met, 0 undetermined — met"],
  ])("words atLeast %s in both languages, live and read back from JSON", (_name, rule, id, en) => {
    const result = evaluateRule(rule(), context({}));
    const json = JSON.parse(JSON.stringify(result)) as typeof result;
    expect([formatCheck(result, "id"), formatCheck(result, "en"), formatCheck(json, "id"), formatCheck(json, "en")]).toEqual([id, en, id, en]);
  });

  it("refuses atLeast with n outside 0…children", () => {
    expect(() => atLeast(3, T, F)).toThrowError(/rule.bad_at_least/);
    expect(() => atLeast(1.5, T, F)).toThrowError(/rule.bad_at_least/);
  });

  it("renames a combinator but not a check", () => {
    const gap = named(any(F, T), "test.any_gap", { id: "Salah satu: {passed}/{count}", en: "One of: {passed}/{count}" });
    const result = evaluateRule(gap, context({}));
    expect(result.code).toBe("test.any_gap");
    expect(result.combinator).toBe("any");
    expect(formatCheck(result, "en")).toBe("One of: 1/2 — met");
    expect(() => named(T, "test.x", { id: "x", en: "x" })).toThrowError(/rule.named_check/);
  });

  it("lists codes and parameters", () => {
    const rule = all(desilInRange, any(adult, oldEnough));
    expect(Object.keys(ruleCatalogue(rule))).toEqual(["rule.all", "test.desil_in_range", "rule.any", "test.adult", "test.old_enough"]);
    expect(ruleParameters(rule)).toEqual(["test.desil_range", "test.min_age"]);
  });
});

describe("nearest way to yes", () => {
  const T = toggle("test.t", true);
  const F = toggle("test.f", false);
  const F2 = toggle("test.f2", false);
  const U = toggle("test.u", undefined);
  const codes = (rule: Rule<TestContext>) => nearestWayToYes(evaluateRule(rule, context({})))?.map((c) => c.code);

  it.each([
    { name: "a passed rule needs nothing", rule: all(T, T), codes: [] },
    { name: "all needs every failing and unknown child", rule: all(F, T, U), codes: ["test.f", "test.u"] },
    { name: "any takes the nearest child", rule: any(all(F, F2), F2), codes: ["test.f2"] },
    { name: "atLeast takes the nearest children", rule: atLeast(3, T, all(F, F2), U, F), codes: ["test.u", "test.f"] },
    { name: "not is itself the change", rule: all(not(T), F), codes: ["rule.not", "test.f"] },
  ])("$name", ({ rule, codes: expected }) => {
    expect(codes(rule)).toEqual(expected);
  });

  it("names the desil gap", () => {
    const a = assess("test", all(desilInRange, adult), context({ desil: 5, age: 30 }));
    expect(a.eligible).toBe(false);
    expect(a.status).toBe("not-eligible");
    expect(a.nearest?.map((c) => formatCheck(c, "en"))).toEqual(["Desil must be 1–4, is 5 — not met"]);
  });
});

describe("assess and explain", () => {
  const rule = all(desilInRange, adult);

  it.each([
    { name: "all passed is eligible", data: { desil: 3, age: 30 }, status: "eligible", eligible: true },
    { name: "a failure is not eligible", data: { desil: 6, age: 30 }, status: "not-eligible", eligible: false },
    { name: "an unknown is undetermined and not eligible", data: { desil: 3 }, status: "undetermined", eligible: false },
  ])("$name", ({ data, status, eligible }) => {
    const a = assess("test", rule, context(data));
    expect(a.status).toBe(status);
    expect(a.eligible).toBe(eligible);
    expect(a.checks).toHaveLength(2);
  });

  it("explains in both languages with parameters and sources", () => {
    const a = { ...assess("test", rule, context({ desil: 5 })), name: { id: "Uji", en: "Test" } };
    expect(explainAssessment(a, "en")).toMatchInlineSnapshot(`
      "Test on 2025-07-01: not eligible
      - Desil must be 1–4, is 5 — not met [test.desil_range, 2025-02-05: Kepmensos 79/HUK/2025 [M]]
      - Age at least 18, is no data — undetermined: age is not recorded
      Nearest way to eligibility:
        → Desil must be 1–4, is 5 — not met
        → Age at least 18, is no data — undetermined: age is not recorded"
    `);
    expect(explainAssessment(a, "id").split("\n")[0]).toBe("Uji pada 2025-07-01: tidak memenuhi syarat");
    expect(explainAssessment(a).split("\n")[1]).toBe(
      "- Desil harus 1–4, tercatat 5 — tidak terpenuhi [test.desil_range, 2025-02-05: Kepmensos 79/HUK/2025 [M]]",
    );
  });

  it("formats checks read back from JSON with a catalogue, or generically without one", () => {
    const a = assess("test", rule, context({ desil: 5, age: 30 }));
    const fromJson = JSON.parse(JSON.stringify(a.checks[0]));
    expect(formatCheck(fromJson, "en")).toBe("Check test.desil_in_range: expected 1–4, recorded 5 — not met");
    expect(formatCheck(fromJson, "en", { messages: { "test.desil_in_range": desilInRange.message } })).toBe(
      "Desil must be 1–4, is 5 — not met",
    );
  });

  it("renders values", () => {
    expect(formatCheckValue({ min: 60 }, "en")).toBe("≥ 60");
    expect(formatCheckValue({ max: 4 })).toBe("≤ 4");
    expect(formatCheckValue({ min: 2, max: 2 })).toBe("2");
    expect(formatCheckValue(["lantai", "atap"])).toBe("lantai, atap");
    expect(formatCheckValue([], "en")).toBe("none");
    expect(formatCheckValue(true)).toBe("ya");
    expect(formatCheckValue(false, "en")).toBe("no");
  });

  it("builds unknown outcomes with a reason", () => {
    expect(unknownOutcome("rule.reason.input_missing", true, null, { field: "consents" })).toMatchObject({
      status: "unknown",
      expected: true,
      received: null,
      values: { field: "consents" },
      reason: "rule.reason.input_missing",
    });
  });
});
