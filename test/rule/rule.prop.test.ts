import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  all,
  any,
  assess,
  atLeast,
  check,
  createParameterReader,
  defineParameterSet,
  evaluateRule,
  leafChecks,
  nearestWayToYes,
  not,
  outcome,
  type Rule,
  type RuleContext,
} from "../../src/index.js";
import { compileRules, unmetChecks } from "../../src/rule/compile.js";

// Leaves read their tri-state value from the context by index, so one tree can be evaluated under
// many assignments and a leaf's status can be compared with the leaf evaluated alone.
interface Ctx extends RuleContext {
  readonly values: readonly (boolean | undefined)[];
}

const leaf = (index: number): Rule<Ctx> =>
  check<Ctx>({
    code: `prop.leaf_${index}`,
    message: { id: `daun ${index}`, en: `leaf ${index}` },
    evaluate: (ctx) => outcome(ctx.values[index], true, ctx.values[index] ?? null),
  });

const LEAVES = 6;
const leaves = Array.from({ length: LEAVES }, (_, i) => leaf(i));

type Shape = { leaf: number } | { op: "all" | "any"; children: Shape[] } | { op: "not"; child: Shape } | { op: "atLeast"; n: number; children: Shape[] };

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ leaf: fc.integer({ min: 0, max: LEAVES - 1 }) }),
    fc.record({ op: fc.constantFrom("all" as const, "any" as const), children: fc.array(tie("node"), { minLength: 1, maxLength: 4 }) }),
    fc.record({ op: fc.constant("not" as const), child: tie("node") }),
    fc.array(tie("node"), { minLength: 1, maxLength: 4 }).chain((children) =>
      fc.record({ op: fc.constant("atLeast" as const), n: fc.integer({ min: 0, max: children.length }), children: fc.constant(children) }),
    ),
  ),
})).node;

function build(s: Shape, negations = true): Rule<Ctx> {
  if ("leaf" in s) return leaves[s.leaf] as Rule<Ctx>;
  switch (s.op) {
    case "not":
      return negations ? not(build(s.child)) : build(s.child, false);
    case "all":
      return all(...s.children.map((c) => build(c, negations)));
    case "any":
      return any(...s.children.map((c) => build(c, negations)));
    default:
      return atLeast(s.n, ...s.children.map((c) => build(c, negations)));
  }
}

const assignment = fc.array(fc.constantFrom(true, false, undefined), { minLength: LEAVES, maxLength: LEAVES });
const set = defineParameterSet([]);
const ctx = (values: readonly (boolean | undefined)[]): Ctx => ({ asOf: "2025-07-01", parameters: createParameterReader(set, "2025-07-01"), values });

describe("rule core properties", () => {
  it("adding a check never makes an ineligible case eligible", () => {
    fc.assert(
      fc.property(shape, shape, assignment, (base, extra, values) => {
        const before = assess("prop", build(base), ctx(values));
        const after = assess("prop", all(build(base), build(extra)), ctx(values));
        if (!before.eligible) expect(after.eligible).toBe(false);
        if (after.eligible) expect(before.eligible).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("lists every check with the status it has when evaluated alone", () => {
    fc.assert(
      fc.property(shape, assignment, (s, values) => {
        const rule = build(s);
        const a = assess("prop", rule, ctx(values));
        for (const c of a.checks) {
          const index = Number(c.code.slice("prop.leaf_".length));
          expect(c.status).toBe(evaluateRule(leaves[index] as Rule<Ctx>, ctx(values)).status);
        }
        // Every failing leaf of the tree is listed as failing, whatever the tree's outcome.
        const failingAlone = new Set(
          leaves.filter((l) => evaluateRule(l, ctx(values)).status === "failed").map((l) => l.code),
        );
        const usedCodes = new Set(a.checks.map((c) => c.code));
        for (const code of failingAlone) {
          if (usedCodes.has(code)) expect(a.checks.some((c) => c.code === code && c.status === "failed")).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("is eligible only when the root passed: unknown never becomes yes", () => {
    fc.assert(
      fc.property(shape, assignment, (s, values) => {
        const a = assess("prop", build(s), ctx(values));
        expect(a.eligible).toBe(a.result.status === "passed");
        if (a.checks.every((c) => c.status !== "passed") && a.checks.some((c) => c.status === "unknown")) {
          // With nothing passed, a tree without negation can pass only through atLeast(0).
          if (a.eligible) expect(JSON.stringify(s)).toMatch(/"n":0|"not"/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("making the nearest checks pass makes a negation-free rule pass", () => {
    fc.assert(
      fc.property(shape, assignment, (s, values) => {
        const rule = build(s, false);
        const a = assess("prop", rule, ctx(values));
        if (a.eligible || a.nearest === undefined) return;
        const fixed = [...values];
        for (const c of a.nearest) fixed[Number(c.code.slice("prop.leaf_".length))] = true;
        expect(evaluateRule(rule, ctx(fixed)).status).toBe("passed");
      }),
      { numRuns: 500 },
    );
  });

  it("a compiled rule decides, in one array, the leaf checks leafChecks finds in its result, and builds the same result over them", () => {
    // A rule the engine cannot see into (a hand-written Rule over a tree) is one leaf, evaluated as it
    // is: its own leaves are then taken from the result (`exact` is false).
    const opaque = (inner: Rule<Ctx>): Rule<Ctx> => ({ ...inner, evaluate: (c: Ctx) => inner.evaluate(c) });
    fc.assert(
      fc.property(shape, shape, fc.boolean(), assignment, (a, b, hide, values) => {
        const rule = all(build(a), hide ? opaque(build(b)) : build(b));
        const context = ctx(values);
        const compiled = compileRules([rule], context.parameters);
        const prepared = compiled.rules[0]!;
        const decided = prepared.decide(context, new Array(compiled.slots));
        const result = prepared.assemble(context, decided);
        expect(JSON.stringify(result)).toBe(JSON.stringify(rule.evaluate(context)));
        expect(JSON.stringify(prepared.evaluate(context, new Array(compiled.slots)))).toBe(JSON.stringify(result));
        expect(prepared.exact).toBe(!hide);
        if (prepared.exact) expect(decided).toEqual(leafChecks(result));
        expect(leafChecks(result).map((c) => c.code)).toEqual(leafChecks(rule.evaluate(context)).map((c) => c.code));
      }),
      { numRuns: 500 },
    );
  });

  it("the unmet leaf checks of a compiled conjunction are its nearest way to yes", () => {
    // Only `all`s: every other combinator of the shape becomes an `all` (a `not` its child).
    const conjunction = (x: Shape): Rule<Ctx> =>
      "leaf" in x ? (leaves[x.leaf] as Rule<Ctx>) : x.op === "not" ? all(conjunction(x.child)) : all(...x.children.map(conjunction));
    fc.assert(
      fc.property(shape, shape, assignment, (a, b, values) => {
        const context = ctx(values);
        for (const rule of [all(conjunction(a), conjunction(b)), all(build(a), build(b))]) {
          const compiled = compileRules([rule], context.parameters).rules[0]!;
          const decided = compiled.decide(context, []);
          const result = compiled.assemble(context, decided);
          if (compiled.conjunctive && result.status !== "passed") expect(unmetChecks(decided)).toEqual(nearestWayToYes(result));
        }
        expect(compileRules([all(conjunction(a), conjunction(b))], context.parameters).rules[0]!.conjunctive).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
