import { failure, guarded } from "../message/error.js";
import { readTemplate, type MessageTemplate } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { CombinatorResult, type Check, type CheckStatus, type CombinatorKind } from "./check.js";
import { asEraRule, renameEra } from "./era.js";
import { ruleMessages } from "./messages.js";
import { assertCode, checkRule, type Rule, type RuleContext, type RuleKind } from "./rule.js";

/** The children of a combinator, checked one by one (a hole is an error at its index, never skipped). */
function childrenOf<C extends RuleContext>(rules: readonly Rule<C>[]): Rule<C>[] {
  const out: Rule<C>[] = [];
  for (let index = 0; index < rules.length; index++) out.push(checkRule(rules[index] as Rule<C>, index));
  return out;
}

// Kleene three-valued logic over the children's statuses. Every child is always evaluated: the
// result lists every unmet criterion, not only the first.
function decide(kind: RuleKind, threshold: number, count: number, passed: number, unknown: number): CheckStatus {
  const failed = count - passed - unknown;
  switch (kind) {
    case "all":
      return failed > 0 ? "failed" : unknown > 0 ? "unknown" : "passed";
    case "any":
      return passed > 0 ? "passed" : unknown > 0 ? "unknown" : "failed";
    case "not":
      return passed > 0 ? "failed" : unknown > 0 ? "unknown" : "passed";
    default:
      return passed >= threshold ? "passed" : passed + unknown < threshold ? "failed" : "unknown";
  }
}

class Combinator<C extends RuleContext> implements Rule<C> {
  readonly kind: RuleKind;
  readonly code: string;
  readonly message: MessageTemplate;
  readonly parameter = undefined;
  readonly threshold: number | undefined;
  readonly children: readonly Rule<C>[];
  readonly #expected: number;

  constructor(kind: RuleKind, code: string, message: MessageTemplate, children: readonly Rule<C>[], threshold?: number) {
    this.kind = kind;
    this.code = code;
    this.message = message;
    this.children = Object.freeze(guarded(`rule ${kind}`, () => childrenOf(children)));
    this.threshold = threshold;
    this.#expected = kind === "at-least" ? (threshold ?? 0) : kind === "all" ? children.length : kind === "any" ? 1 : 0;
    Object.freeze(this);
  }

  evaluate(context: C): Check {
    const rules = this.children;
    const count = rules.length;
    const results = new Array<Check>(count);
    for (let i = 0; i < count; i++) results[i] = (rules[i] as Rule<C>).evaluate(context);
    return this.combine(results);
  }

  /** The result of this combinator over its children's results (in order). */
  combine(results: Check[]): Check {
    let passed = 0;
    let unknown = 0;
    for (let i = 0; i < results.length; i++) {
      const status = (results[i] as Check).status;
      if (status === "passed") passed++;
      else if (status === "unknown") unknown++;
    }
    const status = decide(this.kind, this.threshold ?? 0, results.length, passed, unknown);
    return new CombinatorResult(this.code, this.message, status, this.#expected, passed, this.kind as CombinatorKind, results);
  }
}

/**
 * The combinator behind a rule, when the rule was built by {@link all}, {@link any}, {@link not},
 * {@link atLeast} or {@link named}.
 * @internal
 */
export function asCombinator<C extends RuleContext>(rule: Rule<C>): Combinator<C> | undefined {
  return rule instanceof Combinator ? (rule as Combinator<C>) : undefined;
}

/**
 * All of the rules must pass (Kleene AND): failed if any failed, else unknown if any is unknown.
 * Every child is evaluated and reported. `expected` is the number of rules, `received` the number passed.
 *
 * @param rules - The rules.
 * @returns The combined rule, code `rule.all`.
 * @example
 * evaluateRule(all(desilInRange, noExcludedMember), context).status //=> "passed"
 * @category Rules
 */
export function all<C extends RuleContext>(...rules: readonly Rule<C>[]): Rule<C> {
  return new Combinator("all", "rule.all", ruleMessages["rule.all"], rules);
}

/**
 * At least one rule must pass (Kleene OR): passed if any passed, else unknown if any is unknown.
 * Every child is still evaluated and reported.
 *
 * @param rules - The rules.
 * @returns The combined rule, code `rule.any`.
 * @example
 * evaluateRule(any(waterGap, sanitationGap), context).status //=> "passed"
 * @category Rules
 */
export function any<C extends RuleContext>(...rules: readonly Rule<C>[]): Rule<C> {
  return new Combinator("any", "rule.any", ruleMessages["rule.any"], rules);
}

/**
 * The rule must not pass: passed ↔ failed, unknown stays unknown.
 *
 * @param rule - The rule to negate.
 * @returns The negated rule, code `rule.not`.
 * @example
 * evaluateRule(not(receivesOtherAid), context).status //=> "passed"
 * @category Rules
 */
export function not<C extends RuleContext>(rule: Rule<C>): Rule<C> {
  return new Combinator("not", "rule.not", ruleMessages["rule.not"], [rule]);
}

/**
 * At least `n` of the rules must pass: passed when `n` passed; failed when even every unknown
 * passing would not reach `n`; unknown otherwise. Throws `rule.bad_at_least` unless 0 ≤ n ≤ rules.
 *
 * @param n - How many must pass.
 * @param rules - The rules.
 * @returns The combined rule, code `rule.at_least`.
 * @example
 * evaluateRule(atLeast(9, ...fourteenCriteria), context).status //=> "passed"
 * @category Rules
 */
export function atLeast<C extends RuleContext>(n: number, ...rules: readonly Rule<C>[]): Rule<C> {
  if (!Number.isInteger(n) || n < 0 || n > rules.length) {
    throw failure(ruleMessages, "rule.bad_at_least", { value: describeValue(n), count: rules.length });
  }
  return new Combinator("at-least", "rule.at_least", ruleMessages["rule.at_least"], rules, n);
}

/**
 * The same combinator under its own code and message, e.g. to say "one of the two RTLH standards"
 * instead of the generic `rule.any`. A check keeps its kind; only combinators (and era switches
 * from `byEra`) can be renamed.
 *
 * @param rule - A combinator from {@link all}, {@link any}, {@link not}, {@link atLeast} or `byEra`
 *   (a check already has its own code: `rule.named_check`).
 * @param code - Its new stable code.
 * @param message - Its message; placeholders `{count}`, `{passed}`, `{failed}`, `{unknown}`, `{expected}`.
 * @returns The renamed rule.
 * @example
 * const gap = named(any(waterGap, sanitationGap), "wash.any_gap", washMessages["wash.any_gap"]);
 * @category Rules
 */
export function named<C extends RuleContext>(rule: Rule<C>, code: string, message: MessageTemplate): Rule<C> {
  return guarded("named", () => {
    checkRule(rule, 0);
    const era = asEraRule(rule);
    if (era !== undefined) return renameEra(era, assertCode(code), readTemplate(message));
    const combinator = asCombinator(rule);
    if (combinator === undefined) throw failure(ruleMessages, "rule.named_check", { code: describeValue(rule.code) });
    return new Combinator(combinator.kind, assertCode(code), readTemplate(message), combinator.children, combinator.threshold);
  });
}
