import { describe, expect, it } from "vitest";
import { all, check, createParameterReader, defineParameterSet, formatCheck, outcome, unknownOutcome, type Rule, type RuleContext } from "../../src/index.js";
import { compileRules, type SharedOutcomes } from "../../src/rule/compile.js";
import { sharedCheck } from "../../src/rule/rule.js";

// compileRules prepares rules for one parameter reader (createAssessor's batch path): the results
// must be exactly those of evaluating each rule alone, with checks declared under one sharing key
// decided once per assessment when they read equal parameter values.

interface Ctx extends RuleContext {
  readonly desil: number | undefined;
}

const range = (id: string, value: unknown) => ({ id, description: id, unit: "desil", values: [{ from: "2020-01-01", value, source: "test" }] });
const set = defineParameterSet([
  range("a.range", { min: 1, max: 4 }),
  range("b.range", { min: 1, max: 4 }),
  range("c.range", { min: 1, max: 5 }),
  range("d.range", "not a range"),
  range("e.range", "not a range"),
  { id: "f.later", description: "not yet in force", unit: "desil", values: [{ from: "2030-01-01", value: { min: 1, max: 4 }, source: "test" }] },
]);
const reader = createParameterReader(set, "2025-07-01");
const message = { id: "Desil {received}, harus {expected}", en: "Desil {received}, must be {expected}" };

/** A desil-in-range check sharing its outcome under one key, counting its decisions. */
function counted(prefix: string, parameter: string, calls: string[]): Rule<Ctx> {
  return sharedCheck<Ctx, unknown>(
    {
      code: `${prefix}.desil_in_range`,
      message,
      parameter,
      evaluate: (ctx, value) => {
        calls.push(prefix);
        const r = value as { min?: number; max?: number };
        if (typeof r !== "object") return unknownOutcome("rule.reason.parameter_invalid", null, null, { parameter });
        return outcome(ctx.desil === undefined ? undefined : ctx.desil >= (r.min ?? 1) && ctx.desil <= (r.max ?? 10), r, ctx.desil ?? null);
      },
    },
    "test.desil_in_range",
  );
}

const contextOf = (desil: number | undefined): Ctx => ({ asOf: "2025-07-01", parameters: reader, desil });

function evaluateCompiled(rules: readonly Rule<Ctx>[], context: Ctx) {
  const compiled = compileRules(rules, reader);
  const shared: SharedOutcomes = new Array(compiled.slots);
  return compiled.rules.map((rule) => rule.evaluate(context, shared));
}

describe("compileRules", () => {
  it.each([
    ["equal values (a, b): decided once", ["a", "a.range", "b", "b.range"], ["a"]],
    ["different values (a, c): decided twice", ["a", "a.range", "c", "c.range"], ["a", "c"]],
    ["invalid values (d, e): never reused, each names its own parameter", ["d", "d.range", "e", "e.range"], ["d", "e"]],
    ["not in force (f, f): not decided at all", ["f", "f.later", "g", "f.later"], []],
  ] as const)("%s", (_name, [p1, id1, p2, id2], decided) => {
    const calls: string[] = [];
    const rules = [all(counted(p1, id1, calls)), all(counted(p2, id2, calls))];
    for (const desil of [undefined, 3, 5]) {
      calls.length = 0;
      const compiled = evaluateCompiled(rules, contextOf(desil));
      expect(calls).toEqual(decided);
      // The same results as each rule evaluated alone: codes, parameters and messages of their own.
      const alone = rules.map((rule) => rule.evaluate(contextOf(desil)));
      expect(JSON.parse(JSON.stringify(compiled))).toEqual(JSON.parse(JSON.stringify(alone)));
      const leaves = (results: typeof compiled) => results.map((r) => r.children?.[0]);
      for (const lang of ["id", "en"] as const) {
        expect(leaves(compiled).map((c) => formatCheck(c!, lang))).toEqual(leaves(alone).map((c) => formatCheck(c!, lang)));
      }
      expect(compiled[1]?.children?.[0]?.code).toBe(`${p2}.desil_in_range`);
      expect(compiled[1]?.children?.[0]?.parameter?.id).toBe(id2 === "f.later" ? undefined : id2);
    }
  });

  it("shares nothing between households: each assessment brings its own slots", () => {
    const calls: string[] = [];
    const compiled = compileRules([counted("a", "a.range", calls), counted("b", "b.range", calls)], reader);
    const household = (desil: number) => {
      const shared: SharedOutcomes = new Array(compiled.slots);
      return compiled.rules.map((rule) => rule.evaluate(contextOf(desil), shared));
    };
    const first = household(3);
    const second = household(7);
    expect(calls).toEqual(["a", "a"]);
    expect(first.map((c) => c.status)).toEqual(["passed", "passed"]);
    expect(second.map((c) => c.status)).toEqual(["failed", "failed"]);
  });

  it("leaves checks without a sharing key, and rules of other kinds, to themselves", () => {
    let calls = 0;
    const plain = check<Ctx>({ code: "x.plain", message, evaluate: (ctx) => (calls++, outcome(ctx.desil !== undefined, true, ctx.desil ?? null)) });
    const custom: Rule<Ctx> = { ...plain, evaluate: (ctx) => plain.evaluate(ctx) };
    const results = evaluateCompiled([all(plain, custom), plain], contextOf(2));
    expect(calls).toBe(3);
    expect(results.map((r) => r.status)).toEqual(["passed", "passed"]);
  });

  it("a parameter the reader does not know fails when evaluated, as it does unprepared", () => {
    const unknownId = check<Ctx, unknown>({ code: "x.unknown", message, parameter: "x.nowhere", evaluate: () => outcome(true, true, true) });
    const compiled = compileRules([unknownId], reader);
    expect(() => compiled.rules[0]?.evaluate(contextOf(2), [])).toThrow(/x\.nowhere/);
    expect(() => unknownId.evaluate(contextOf(2))).toThrow(/x\.nowhere/);
  });
});
