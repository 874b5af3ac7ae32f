import { guarded } from "../message/error.js";
import type { MessageTemplate } from "../message/message.js";
import { checkRule, type Rule, type RuleContext } from "./rule.js";

function walk<C extends RuleContext>(rule: Rule<C>, visit: (node: Rule<C>) => void, seen = new Set<Rule<C>>()): void {
  // Each node once: a rule that reuses a sub-rule many times (all(r, r) nested) stays linear.
  if (seen.has(rule)) return;
  seen.add(rule);
  visit(checkRule(rule, seen.size - 1));
  for (const child of rule.children) walk(child, visit, seen);
}

/**
 * Every code a rule can emit (checks and combinators), with the message it was declared with, in
 * declaration order. Use it to check that a catalogue covers a rule, or to list a program's checks.
 *
 * @param rule - The rule.
 * @returns Code → message.
 * @example
 * Object.keys(ruleCatalogue(all(desilInRange, noExcludedMember))) //=> ["rule.all", "pkh.desil_in_range", "pkh.no_excluded_member"]
 * @category Rules
 */
export function ruleCatalogue<C extends RuleContext>(rule: Rule<C>): Readonly<Record<string, MessageTemplate>> {
  return guarded("ruleCatalogue", () => {
    const out: Record<string, MessageTemplate> = {};
    walk(rule, (node) => {
      if (!Object.prototype.hasOwnProperty.call(out, node.code)) out[node.code] = node.message;
    });
    return out;
  });
}

/**
 * The ids of every dated parameter a rule reads, each once, in declaration order.
 *
 * @param rule - The rule.
 * @returns Parameter ids.
 * @example
 * ruleParameters(pkh.rule) //=> ["targeting.era", "dtks.max_age_months", "dtsen.desil_max_age_months", "pkh.desil_range", …]
 * @category Rules
 */
export function ruleParameters<C extends RuleContext>(rule: Rule<C>): string[] {
  return guarded("ruleParameters", () => {
    const out: string[] = [];
    walk(rule, (node) => {
      if (node.parameter !== undefined && !out.includes(node.parameter)) out.push(node.parameter);
    });
    return out;
  });
}
