import { describe, expect, it } from "vitest";
import { all, any, check, createParameterReader, defineParameterSet, evaluateRule, not, outcome, type Rule, type RuleContext } from "../../src/index.js";
import { blockingChecks } from "../../src/rule/assessment.js";

// The checks that keep a rule from passing (what the CLI gives as the reason and the audit as its
// finding): the failed leaves under failed combinators only, and the unknown leaves under combinators
// that did not pass. A failed alternative of an `any` that passed is no reason: PBI-JKN's
// `any(desil in range, a health facility's letter)` must not refuse a desil-3 family for its letter.

const set = defineParameterSet([]);
const context: RuleContext = { asOf: "2025-07-01", parameters: createParameterReader(set, "2025-07-01") };
const leaf = (code: string, result: boolean | undefined): Rule<RuleContext> =>
  check({ code: `t.${code}`, message: { id: code, en: code }, evaluate: () => outcome(result, true, result ?? null) });
const [P, F, G, U, V] = [leaf("p", true), leaf("f", false), leaf("g", false), leaf("u", undefined), leaf("v", undefined)];

describe("blockingChecks", () => {
  it.each([
    { name: "a passed rule has none", rule: all(P, any(P, F)), failed: [], unknown: [] },
    { name: "every failed check of an all", rule: all(F, P, G), failed: ["t.f", "t.g"], unknown: [] },
    { name: "a failed alternative of a passed any is none", rule: all(F, any(P, G)), failed: ["t.f"], unknown: [] },
    { name: "both alternatives of a failed any", rule: all(P, any(F, G)), failed: ["t.f", "t.g"], unknown: [] },
    { name: "a failed alternative beside an unknown one blocks nothing", rule: all(P, any(U, F)), failed: [], unknown: ["t.u"] },
    { name: "unknowns beside a failure of an all", rule: all(F, U), failed: ["t.f"], unknown: ["t.u"] },
    { name: "an unknown under a passed any is none", rule: all(V, any(U, P)), failed: [], unknown: ["t.v"] },
    { name: "a failed not is itself the block", rule: all(not(P), G), failed: ["rule.not", "t.g"], unknown: [] },
  ])("$name", ({ rule, failed, unknown }) => {
    const result = evaluateRule(rule, context);
    expect(blockingChecks(result).map((c) => c.code)).toEqual(failed);
    expect(blockingChecks(result, "unknown").map((c) => c.code)).toEqual(unknown);
  });
});
