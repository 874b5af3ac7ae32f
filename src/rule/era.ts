import { failure } from "../message/error.js";
import type { MessageTemplate } from "../message/message.js";
import type { ParameterValue } from "../time/parameter.js";
import { EraResult, type Check } from "./check.js";
import { ruleMessages } from "./messages.js";
import { assertCode, type Rule, type RuleContext } from "./rule.js";

const NOT_IN_FORCE = "rule.reason.parameter_not_in_force";
const INVALID = "rule.reason.parameter_invalid";

/**
 * An era switch: a dated parameter names the era in force on the assessment date, and only that
 * era's rule decides (the rules of other eras do not apply on that date, so they are not evaluated
 * or reported). `children` lists every era's rule, in declaration order, so that `ruleCatalogue` and
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
  /** The era names, parallel to `children`. */
  readonly eras: readonly string[];

  constructor(code: string, message: MessageTemplate, parameter: string, eras: readonly string[], children: readonly Rule<C>[]) {
    this.code = code;
    this.message = message;
    this.parameter = parameter;
    this.eras = Object.freeze([...eras]);
    this.children = Object.freeze([...children]);
    Object.freeze(this);
  }

  /** The index of the era a parameter value names, or -1 (not a string, or no rule for it). */
  pick(parameter: ParameterValue<unknown> | undefined): number {
    const era = parameter?.value;
    return typeof era === "string" ? this.eras.indexOf(era) : -1;
  }

  /** The switch's result: the era's rule's result under it, or an unknown leaf saying why there is none. */
  wrap(parameter: ParameterValue<unknown> | undefined, asOf: string, child: Check | undefined): Check {
    if (parameter === undefined) {
      return new EraResult(this.code, this.message, this.eras, undefined, null, undefined, { parameter: this.parameter, asOf }, NOT_IN_FORCE);
    }
    const era = typeof parameter.value === "string" ? parameter.value : null;
    return new EraResult(this.code, this.message, this.eras, parameter, era, child, { parameter: this.parameter, asOf, era: era ?? "–" }, INVALID);
  }

  evaluate(context: C): Check {
    const parameter = context.parameters.get(this.parameter);
    const index = this.pick(parameter);
    return this.wrap(parameter, context.asOf, index < 0 ? undefined : (this.children[index] as Rule<C>).evaluate(context));
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
 * The rule of the era in force: a dated parameter (`parameter`) names the era on the assessment
 * date, and that era's rule decides, e.g. DTKS membership before DTSEN (2025-02-05) and the DTSEN
 * desil from then on. The result (code `rule.era`) records the era and the parameter read, with the
 * era's rule as its only child; it is `unknown` (fail closed) when the parameter has no value in
 * force (`rule.reason.parameter_not_in_force`) or names an era without a rule
 * (`rule.reason.parameter_invalid`). Every era's rule is listed by `ruleCatalogue` and
 * `ruleParameters`; only the era in force is evaluated and reported. Throws `rule.bad_era` when no
 * era is given.
 *
 * @param parameter - The id of a dated parameter whose values are era names.
 * @param eras - The rule of each era, by era name.
 * @returns The switch, code `rule.era`.
 * @example
 * const targeting = byEra("targeting.era", { dtks: dtksMember, dtsen: all(desilCurrent, desilInRange) });
 * evaluateRule(targeting, context).received //=> "dtks" (on a 2024 date)
 * @category Rules
 */
export function byEra<C extends RuleContext>(parameter: string, eras: Readonly<Record<string, Rule<C>>>): Rule<C> {
  const names = Object.keys(eras);
  if (typeof parameter !== "string" || parameter === "" || names.length === 0) {
    throw failure(ruleMessages, "rule.bad_era", { parameter: String(parameter) });
  }
  return new EraRule("rule.era", ruleMessages["rule.era"], parameter, names, names.map((name) => eras[name] as Rule<C>));
}

/**
 * The same era switch under its own code and message (see `named`).
 * @internal
 */
export function renameEra<C extends RuleContext>(rule: EraRule<C>, code: string, message: MessageTemplate): Rule<C> {
  return new EraRule(assertCode(code), message, rule.parameter, rule.eras, rule.children);
}
