import { failure, guarded } from "../message/error.js";
import type { MessageTemplate } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import type { ParameterValue } from "../time/parameter.js";
import { EraResult, PARAMETER_NOT_IN_FORCE, type Check } from "./check.js";
import { ruleMessages } from "./messages.js";
import { assertCode, checkRule, type Rule, type RuleContext } from "./rule.js";

const INVALID = "rule.reason.parameter_invalid";

/**
 * An era switch: a dated parameter names the era in force on the assessment date, and all of that
 * era's rules must pass (the rules of other eras do not apply on that date, so they are not evaluated
 * or reported). `children` lists every era's rules, in declaration order, so that `ruleCatalogue` and
 * `ruleParameters` cover them all.
 * @internal
 */
export class EraRule<C extends RuleContext> implements Rule<C> {
  readonly kind = "era" as const;
  readonly code: string;
  readonly message: MessageTemplate;
  readonly parameter: string;
  readonly threshold = undefined;
  readonly children: readonly Rule<C>[];
  /** The era names. */
  readonly eras: readonly string[];
  /** The rules of each era, parallel to `eras`. */
  readonly rules: readonly (readonly Rule<C>[])[];

  constructor(code: string, message: MessageTemplate, parameter: string, eras: readonly string[], rules: readonly (readonly Rule<C>[])[]) {
    this.code = code;
    this.message = message;
    this.parameter = parameter;
    this.eras = Object.freeze([...eras]);
    this.rules = Object.freeze(rules.map((list) => Object.freeze([...list])));
    this.children = Object.freeze(this.rules.flat());
    Object.freeze(this);
  }

  /** The index of the era a parameter value names, or -1 (not a string, or no rules for it). */
  pick(parameter: ParameterValue<unknown> | undefined): number {
    const era = parameter?.value;
    return typeof era === "string" ? this.eras.indexOf(era) : -1;
  }

  /**
   * The switch's result: the results of the era's rules under it, or, without them,
   * an unknown leaf saying why there are none.
   */
  wrap(parameter: ParameterValue<unknown> | undefined, asOf: string, results: Check[] | undefined, values = this.valuesOf(parameter, asOf)): Check {
    if (parameter === undefined) return new EraResult(this.code, this.message, this.eras, undefined, null, undefined, values, PARAMETER_NOT_IN_FORCE);
    const era = typeof parameter.value === "string" ? parameter.value : null;
    return new EraResult(this.code, this.message, this.eras, parameter, era, results, values, INVALID);
  }

  /**
   * The values of the switch's result (its messages' placeholders) for a parameter read on `asOf`:
   * the same for every household assessed on that date (the compiled rule makes them once, frozen).
   */
  valuesOf(parameter: ParameterValue<unknown> | undefined, asOf: string): Readonly<Record<string, string>> {
    if (parameter === undefined) return { parameter: this.parameter, asOf };
    const era = typeof parameter.value === "string" ? parameter.value : null;
    return { parameter: this.parameter, asOf, era: era ?? "–" };
  }

  evaluate(context: C): Check {
    const parameter = context.parameters.get(this.parameter);
    const index = this.pick(parameter);
    let results: Check[] | undefined;
    if (index >= 0) {
      const rules = this.rules[index] as readonly Rule<C>[];
      results = new Array<Check>(rules.length);
      for (let i = 0; i < rules.length; i++) results[i] = (rules[i] as Rule<C>).evaluate(context);
    }
    return this.wrap(parameter, context.asOf, results);
  }
}

/**
 * The era switch behind a rule, when the rule was built by {@link byEra}.
 * @internal
 */
export function asEraRule<C extends RuleContext>(rule: Rule<C>): EraRule<C> | undefined {
  return rule instanceof EraRule ? (rule as EraRule<C>) : undefined;
}

/**
 * The rules of the era in force: a dated parameter (`parameter`) names the era on the assessment
 * date, and all of that era's rules must pass (Kleene AND, every one evaluated), e.g. DTKS
 * membership before DTSEN (2025-02-05) and the DTSEN desil from then on. The result (code `rule.era`,
 * combinator `era`) records the era and the parameter read, with the results of the era's rules as
 * its children; it is `unknown` (fail closed) when the parameter has no value in force
 * (`rule.reason.parameter_not_in_force`) or names an era without rules (`rule.reason.parameter_invalid`).
 * Every era's rules are listed by `ruleCatalogue` and `ruleParameters`; only the era in force is
 * evaluated and reported. Throws `rule.bad_era` when no era is given.
 *
 * @param parameter - The id of a dated parameter whose values are era names.
 * @param eras - The rules of each era (one rule, or a list that must all pass), by era name.
 * @returns The switch, code `rule.era`.
 * @example
 * const targeting = byEra("targeting.era", { dtks: [dtksCurrent, dtksMember], dtsen: [desilCurrent, desilInRange] });
 * evaluateRule(targeting, context).received //=> "dtsen" (on a 2025 date; "dtks" on a 2024 one)
 * @category Rules
 */
export function byEra<C extends RuleContext>(parameter: string, eras: Readonly<Record<string, Rule<C> | readonly Rule<C>[]>>): Rule<C> {
  return guarded("byEra", () => {
    const names = eras !== null && typeof eras === "object" && !Array.isArray(eras) ? Object.keys(eras) : [];
    if (typeof parameter !== "string" || parameter === "" || parameter.length > 200 || names.length === 0) {
      throw failure(ruleMessages, "rule.bad_era", { parameter: describeValue(parameter) });
    }
    // Every rule of every era is checked now (a hole is an error at its position), not on a date.
    const rules = names.map((name) => {
      const given = eras[name] as Rule<C> | readonly Rule<C>[];
      const list = Array.isArray(given) ? (given as readonly Rule<C>[]) : [given as Rule<C>];
      if (list.length === 0) throw failure(ruleMessages, "rule.bad_era", { parameter });
      return Object.freeze(Array.from({ length: list.length }, (_, index) => checkRule(list[index] as Rule<C>, index)));
    });
    return new EraRule("rule.era", ruleMessages["rule.era"], parameter, names, rules);
  });
}

/**
 * The same era switch under its own code and message (see `named`).
 * @internal
 */
export function renameEra<C extends RuleContext>(rule: EraRule<C>, code: string, message: MessageTemplate): Rule<C> {
  return new EraRule(assertCode(code), message, rule.parameter, rule.eras, rule.rules);
}
