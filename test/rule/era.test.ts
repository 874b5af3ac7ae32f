import { describe, expect, it } from "vitest";
import {
  all,
  assess,
  byEra,
  check,
  createParameterReader,
  defineParameterSet,
  explainAssessment,
  formatCheck,
  leafChecks,
  named,
  nearestWayToYes,
  outcome,
  ruleCatalogue,
  ruleParameters,
  type Rule,
  type RuleContext,
} from "../../src/index.js";
import { compileRules, unmetChecks, type SharedOutcomes } from "../../src/rule/compile.js";

// byEra: a dated parameter names the era in force, and only that era's rule decides (DTKS
// membership before DTSEN, the desil after). compileRules picks the era once per reader; the results
// must be exactly those of plain evaluation.

interface Ctx extends RuleContext {
  readonly member: boolean | undefined;
  readonly desil: number | undefined;
}

const era = {
  id: "test.era",
  description: "era",
  unit: "era",
  values: [
    { from: "2019-01-01", to: "2025-02-04", value: "old", source: "test" },
    { from: "2025-02-05", value: "new", source: "test" },
  ],
};
const set = defineParameterSet([era, { id: "test.broken", description: "x", unit: "era", values: [{ from: "2019-01-01", value: 7, source: "test" }] }]);

const member = check<Ctx>({
  code: "t.member",
  message: { id: "anggota {received}", en: "member {received}" },
  evaluate: (ctx) => outcome(ctx.member, true, ctx.member ?? null),
});
const desil = check<Ctx>({
  code: "t.desil",
  message: { id: "desil {received}", en: "desil {received}" },
  evaluate: (ctx) => outcome(ctx.desil === undefined ? undefined : ctx.desil <= 4, { max: 4 }, ctx.desil ?? null),
});
const other = check<Ctx>({ code: "t.other", message: { id: "lain", en: "other" }, evaluate: () => outcome(true, true, true) });
const switched = byEra<Ctx>("test.era", { old: member, new: all(desil) });

const ctx = (asOf: string, values: Partial<Ctx> = {}): Ctx => ({ asOf, parameters: createParameterReader(set, asOf), member: undefined, desil: undefined, ...values });

function compiled(rule: Rule<Ctx>, context: Ctx) {
  const prepared = compileRules([rule], context.parameters);
  const shared: SharedOutcomes = new Array(prepared.slots);
  return prepared.rules[0]!.evaluate(context, shared);
}

describe("byEra", () => {
  it.each([
    { name: "before the boundary the old era's rule decides", asOf: "2025-02-04", values: { member: true, desil: 9 }, status: "passed", leaves: ["t.member"], era: "old" },
    { name: "from the boundary the new era's rule decides", asOf: "2025-02-05", values: { member: true, desil: 9 }, status: "failed", leaves: ["t.desil"], era: "new" },
    { name: "an unknown check of the era in force leaves it unknown", asOf: "2024-07-01", values: { desil: 2 }, status: "unknown", leaves: ["t.member"], era: "old" },
  ])("$name", ({ asOf, values, status, leaves, era: name }) => {
    const result = switched.evaluate(ctx(asOf, values));
    expect([result.code, result.combinator, result.status, result.received, result.parameter?.id]).toEqual(["rule.era", "era", status, name, "test.era"]);
    expect(leafChecks(result).map((c) => c.code)).toEqual(leaves);
    expect(JSON.stringify(compiled(switched, ctx(asOf, values)))).toBe(JSON.stringify(result));
  });

  it.each([
    { name: "all of an era's rules must pass", values: { member: true, desil: 2 }, status: "passed", nearest: [] },
    { name: "one failing rule of the era fails it, and is the way to yes", values: { member: false, desil: 2 }, status: "failed", nearest: ["t.member"] },
    { name: "an unknown rule leaves it unknown", values: { member: true }, status: "unknown", nearest: ["t.desil"] },
  ])("$name", ({ values, status, nearest }) => {
    const listed = byEra<Ctx>("test.era", { old: [member, desil], new: other });
    const on = ctx("2024-07-01", values);
    const result = listed.evaluate(on);
    expect([result.status, leafChecks(result).map((c) => c.code)]).toEqual([status, ["t.member", "t.desil"]]);
    expect(nearestWayToYes(result)?.map((c) => c.code)).toEqual(nearest);
    expect(JSON.stringify(compiled(listed, on))).toBe(JSON.stringify(result));
  });

  it("is unknown, fail closed, before the era parameter is in force, and names why", () => {
    const result = switched.evaluate(ctx("2018-12-31", { member: true }));
    expect([result.status, result.reason, result.children]).toEqual(["unknown", "rule.reason.parameter_not_in_force", undefined]);
    expect(leafChecks(result)).toEqual([result]);
    expect(formatCheck(result, "en")).toBe("The rules of era ? apply on 2018-12-31 (parameter test.era; eras: old, new) — undetermined: parameter test.era has no value in force on 2018-12-31");
    expect(JSON.stringify(compiled(switched, ctx("2018-12-31")))).toBe(JSON.stringify(result));
  });

  it.each(["2024-07-01", "2018-12-31"])("a compiled switch names the context's date, also one other than its reader's (reader on %s)", (readerDate) => {
    // The compiled switch makes its result's values once for its reader's date; a context on
    // another date (an app's own) gets values for that date, as the switch itself gives.
    const reader = createParameterReader(set, readerDate);
    const prepared = compileRules([switched], reader);
    for (const asOf of [readerDate, "2025-03-01"]) {
      const context: Ctx = { asOf, parameters: reader, member: true, desil: 2 };
      const result = prepared.rules[0]!.evaluate(context, new Array(prepared.slots));
      expect(JSON.stringify(result)).toBe(JSON.stringify(switched.evaluate(context)));
      expect(result.values?.asOf).toBe(asOf);
    }
  });

  it("is unknown when the parameter names no era it has a rule for", () => {
    const broken = byEra<Ctx>("test.broken", { old: member });
    const result = broken.evaluate(ctx("2024-07-01", { member: true }));
    expect([result.status, result.reason]).toEqual(["unknown", "rule.reason.parameter_invalid"]);
    expect(JSON.stringify(compiled(broken, ctx("2024-07-01", { member: true })))).toBe(JSON.stringify(result));
  });

  it("lists every era's checks and parameters, and only the era in force in an assessment", () => {
    const rule = all(switched, other);
    expect(Object.keys(ruleCatalogue(rule))).toEqual(["rule.all", "rule.era", "t.member", "t.desil", "t.other"]);
    expect(ruleParameters(rule)).toEqual(["test.era"]);
    const a = assess("t", rule, ctx("2024-07-01", { member: false }));
    expect(a.checks.map((c) => c.code)).toEqual(["t.member", "t.other"]);
    expect(a.nearest?.map((c) => c.code)).toEqual(["t.member"]);
    expect(nearestWayToYes(switched.evaluate(ctx("2025-07-01", { desil: 7 })))?.map((c) => c.code)).toEqual(["t.desil"]);
    expect(explainAssessment(a, "en").split("\n")).toEqual(["t on 2024-07-01: not eligible", "- member no — not met", "- other — met", "Nearest way to eligibility:", "  → member no — not met"]);
  });

  it("can be renamed like a combinator, and refuses an empty switch", () => {
    const renamed = named(switched, "t.targeting", { id: "sasaran {received}", en: "targeting {received}" });
    const result = renamed.evaluate(ctx("2024-07-01", { member: true }));
    expect([renamed.kind, result.code, formatCheck(result, "en")]).toEqual(["era", "t.targeting", "targeting old — met"]);
    expect(() => byEra<Ctx>("test.era", {})).toThrowError(/rule.bad_era/);
  });
});

describe("a check's prepare", () => {
  it("runs once per parameter reader, in plain evaluation and in compiled rules alike", () => {
    const calls: string[] = [];
    const prepared = check<Ctx, unknown, string>({
      code: "t.prepared",
      message: { id: "{received}", en: "{received}" },
      parameter: "test.era",
      prepare: (value, context) => (calls.push(`${String(value)}@${context.asOf}`), `${String(value)}!`),
      evaluate: (_ctx, _value, _parameter, made) => outcome(true, made, made),
    });
    const on = ctx("2024-07-01");
    expect([prepared.evaluate(on).received, prepared.evaluate({ ...on, member: true }).received]).toEqual(["old!", "old!"]);
    expect(calls).toEqual(["old@2024-07-01"]);
    const later = ctx("2025-07-01");
    expect(JSON.stringify(compiled(prepared, later))).toBe(JSON.stringify(prepared.evaluate(later)));
    expect(calls).toEqual(["old@2024-07-01", "new@2025-07-01", "new@2025-07-01"]);
  });

  it("is not called when the parameter is not in force", () => {
    let called = false;
    const prepared = check<Ctx, unknown, undefined>({
      code: "t.prepared",
      message: { id: "x", en: "x" },
      parameter: "test.era",
      prepare: () => ((called = true), undefined),
      evaluate: () => outcome(true, true, true),
    });
    expect(prepared.evaluate(ctx("2018-06-01")).reason).toBe("rule.reason.parameter_not_in_force");
    expect(called).toBe(false);
  });

  it("a prepare that throws is left to throw when the rule is evaluated, as unprepared", () => {
    const throwing = check<Ctx, unknown, undefined>({
      code: "t.throwing",
      message: { id: "x", en: "x" },
      prepare: (_value, context) => (context.parameters.get("nowhere"), undefined),
      evaluate: () => outcome(true, true, true),
    });
    const prepared = compileRules([throwing], ctx("2024-07-01").parameters);
    expect(() => prepared.rules[0]!.evaluate(ctx("2024-07-01"), [])).toThrowError(/nowhere/);
    expect(() => throwing.evaluate(ctx("2024-07-01"))).toThrowError(/nowhere/);
  });
});

describe("an era switch compiled inside a rule", () => {
  it.each(["2024-07-01", "2025-07-01", "2018-07-01"])("gathers on %s the leaf checks leafChecks finds in the result", (asOf) => {
    const rule = all(other, switched, named(all(other, switched), "t.named", { id: "n", en: "n" }));
    const context = ctx(asOf, { member: true, desil: 5 });
    const prepared = compileRules([rule], context.parameters);
    const gathered = prepared.rules[0]!.decide(context, new Array(prepared.slots));
    const result = prepared.rules[0]!.assemble(context, gathered);
    expect(prepared.rules[0]!.exact).toBe(true);
    expect(JSON.stringify(result)).toBe(JSON.stringify(rule.evaluate(context)));
    expect(gathered).toEqual(leafChecks(result));
    expect(JSON.stringify(gathered)).toBe(JSON.stringify(leafChecks(rule.evaluate(context))));
    // Only `all`s and era switches: the unmet leaves are the nearest way to yes.
    expect(prepared.rules[0]!.conjunctive).toBe(true);
    expect(unmetChecks(gathered)).toEqual(nearestWayToYes(result));
  });
});
