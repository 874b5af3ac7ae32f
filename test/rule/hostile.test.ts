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
  formatCheck,
  named,
  not,
  outcome,
  ruleCatalogue,
  type Rule,
  type RuleContext,
} from "../../src/index.js";
import { codeOf } from "../errors.js";

// Issue 18 (hostile input), rules. Finding 5: check and combinator inputs are checked where they are
// built (a hole among the rules is an error with its index, not a TypeError on evaluation); and what
// a rule reads fails closed: an outcome that is not a boolean never passes.

const message = { id: "Uji {received}", en: "Test {received}" };
const pass = check<RuleContext>({ code: "test.pass", message, evaluate: () => outcome(true, true, true) });
const context: RuleContext = { asOf: "2025-07-01", parameters: createParameterReader(defineParameterSet([]), "2025-07-01") };

describe("finding 5: rules are checked where they are built", () => {
  it.each([
    ["a definition that is not an object", () => check(null as never), "rule.bad_definition"],
    ["a definition without evaluate", () => check({ code: "test.x", message } as never), "rule.bad_definition"],
    ["a message without English", () => check({ code: "test.x", message: { id: "x" }, evaluate: () => outcome(true, 1, 1) } as never), "message.bad_template"],
    ["a parameter id that is not text", () => check({ code: "test.x", message, parameter: 5, evaluate: () => outcome(true, 1, 1) } as never), "rule.bad_definition"],
    ["a code from a 10,000-character string", () => check({ code: `test.${"x".repeat(10_000)}`, message, evaluate: () => outcome(true, 1, 1) }), "rule.bad_code"],
    // eslint-disable-next-line no-sparse-arrays
    ["a hole among the rules of all()", () => all(...([pass, , pass] as Rule[])), "rule.bad_rule"],
    ["undefined given to any()", () => any(pass, undefined as never), "rule.bad_rule"],
    ["a plain object given to not()", () => not({} as never), "rule.bad_rule"],
    ["atLeast(1.5)", () => atLeast(1.5, pass, pass), "rule.bad_at_least"],
    ["named() of a check", () => named(pass, "test.named", message), "rule.named_check"],
    ["named() of garbage", () => named(null as never, "test.named", message), "rule.bad_rule"],
  ])("%s", (_name, run, expected) => {
    expect(codeOf(run)).toBe(expected);
  });

  it("evaluation wants a context with a date and a parameter reader", () => {
    expect(codeOf(() => evaluateRule(pass, {} as never))).toBe("rule.bad_context");
    expect(codeOf(() => assess("test", pass, null as never))).toBe("rule.bad_context");
    expect(codeOf(() => formatCheck(evaluateRule(pass, context), "fr" as never))).toBe("message.bad_language");
  });

  it("a check whose evaluation returns garbage is an error, and a throwing one a TepatSasaranError", () => {
    const garbage = check<RuleContext>({ code: "test.garbage", message, evaluate: () => ({ status: "yes" }) as never });
    expect(codeOf(() => evaluateRule(garbage, context))).toBe("rule.bad_outcome");
    const throwing = check<RuleContext>({ code: "test.throwing", message, evaluate: () => { throw new TypeError("boom"); } });
    expect(codeOf(() => evaluateRule(throwing, context))).toBe("rule.check_threw");
  });

  it("a rule that reuses a sub-rule many times is inspected in linear time", () => {
    let rule: Rule = pass;
    for (let i = 0; i < 60; i++) rule = all(rule, rule); // 2^60 paths, 61 distinct nodes
    expect(Object.keys(ruleCatalogue(rule))).toEqual(["rule.all", "test.pass"]);
  });
});

describe("fail closed: only true passes", () => {
  it.each([null, 1, "yes", {}, NaN])("outcome(%o) is unknown, never passed", (value) => {
    expect(outcome(value as never, true, null).status).toBe("unknown");
  });
  it("true and false keep their meaning", () => {
    expect(outcome(true, 1, 1).status).toBe("passed");
    expect(outcome(false, 1, 1).status).toBe("failed");
  });
});

describe("a parameter set's entry is the parameter it is filed under", () => {
  // Found by the export fuzzer (seed -506789239): a set whose `pkh.amount.sd` entry had a 20,000-deep
  // array for its id was read, and the id went into the assessment, which JSON could not write.
  const amount = { id: "test.amount", description: "amount", unit: "IDR", values: [{ from: "2024-01-01", value: "1000", source: "test" }] };
  let deep: unknown[] = [];
  for (let i = 0; i < 20_000; i++) deep = [deep];
  it.each([
    ["an id that is not text", { ...amount, id: deep }],
    ["an id that is another parameter's", { ...amount, id: "test.other" }],
  ])("%s is refused when read (time.parameter_invalid), not handed back", (_, entry) => {
    const reader = createParameterReader({ "test.amount": entry } as never, "2025-07-01");
    expect(codeOf(() => reader.get("test.amount"))).toBe("time.parameter_invalid");
  });
  it("the entry filed under its own id is read", () => {
    expect(createParameterReader({ "test.amount": amount } as never, "2025-07-01").get("test.amount")?.id).toBe("test.amount");
  });

  // Found by the export fuzzer (seed -1782683350): `pena.max_amount_per_family` given as a
  // BigInt64Array was echoed in the assessment's check (its parameter, value included), which JSON
  // could not write. What results carry of a parameter must be data.
  const cycle: Record<string, unknown> = {};
  cycle["self"] = cycle;
  const valued = (value: unknown, source: unknown = "test") => ({ ...amount, values: [{ from: "2024-01-01", value, source }] });
  it.each([
    ["a bigint value", valued(5n)],
    ["a BigInt64Array value", valued(new BigInt64Array(2))],
    ["a value holding a bigint", valued({ min: 1n })],
    ["a value that holds itself", valued(cycle)],
    ["a bigint source", valued("1000", 7n)],
  ])("%s is refused when read (time.parameter_invalid), not handed back", (_, entry) => {
    const reader = createParameterReader({ "test.amount": entry } as never, "2025-07-01");
    expect(codeOf(() => reader.get("test.amount"))).toBe("time.parameter_invalid");
  });
  it("a value not in force on the date is still no value (undefined), not an error", () => {
    expect(createParameterReader({ "test.amount": valued(5n) } as never, "2023-07-01").get("test.amount")).toBeUndefined();
  });
});
