import { asLibraryError, failure, guarded } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import type { Text } from "../message/message.js";
import type { IsoDate } from "../time/isoDate.js";
import type { Check } from "./check.js";
import { ruleMessages } from "./messages.js";
import { checkContext, checkRule, type Rule, type RuleContext } from "./rule.js";

/**
 * The outcome of an assessment: `eligible` only when every required check passed; `not-eligible`
 * when a check failed; `undetermined` when nothing failed but something is unknown (treated as not
 * eligible: fail closed).
 * @category Rules
 */
export type AssessmentStatus = "eligible" | "not-eligible" | "undetermined";

/**
 * Whether, and why, a household meets a rule on a date.
 * @category Rules
 */
export interface Assessment {
  /** The program (or rule set) id. */
  readonly program: string;
  /** Its display name, when known. */
  readonly name?: Text | undefined;
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** `true` only when the rule passed; never for unknown. */
  readonly eligible: boolean;
  /** eligible, not-eligible or undetermined. */
  readonly status: AssessmentStatus;
  /** The evaluated rule tree. */
  readonly result: Check;
  /** Every check (the leaves of the tree), in declaration order, passed or not. */
  readonly checks: readonly Check[];
  /** For a "no": the fewest checks that would have to change for a "yes" (unknown ones need data). */
  readonly nearest?: readonly Check[] | undefined;
  /** Advisory checks that rank but do not decide (e.g. PENA's working-age priority). */
  readonly priority?: Check | undefined;
}

/**
 * The leaf checks of a result tree, depth first, in declaration order.
 *
 * @param result - An evaluated rule.
 * @returns Every check that is not a combinator.
 * @example
 * leafChecks(evaluateRule(all(a, any(b, c)), context)).map((c) => c.code) //=> ["x.a", "x.b", "x.c"]
 * @category Rules
 */
export function leafChecks(result: Check): readonly Check[] {
  // Called for every program of every household: a plain try, no closure.
  try {
    return leaves(result);
  } catch (error) {
    throw asLibraryError(error, "leafChecks");
  }
}

function leaves(result: Check): readonly Check[] {
  const children = result.children;
  if (children === undefined) return [result];
  // Most rules are one combinator over checks: its children are the leaves, already in order.
  let flat = true;
  for (let i = 0; i < children.length; i++) if ((children[i] as Check).children !== undefined) flat = false;
  if (flat) return children;
  const out: Check[] = [];
  collect(result, out);
  return out;
}

function collect(result: Check, out: Check[]): void {
  const children = result.children;
  if (children === undefined) {
    out.push(result);
    return;
  }
  for (let i = 0; i < children.length; i++) collect(children[i] as Check, out);
}

/**
 * The checks that keep a rule from passing, with the given status: the failed leaves reached through
 * failed combinators, or the undetermined leaves reached through combinators that did not pass. A
 * check under a combinator that passed blocks nothing, nor does a failed alternative of an
 * undetermined `any`: a family the desil admits to PBI-JKN is not refused for lacking a health
 * facility's letter. A failed `not` is itself the block, as in {@link nearestWayToYes}. For a rule of
 * `all`s and era switches these are all its leaves with that status.
 * @internal
 */
export function blockingChecks(result: Check, status: "failed" | "unknown" = "failed"): Check[] {
  const out: Check[] = [];
  blocking(result, status, out);
  return out;
}

function blocking(result: Check, status: "failed" | "unknown", out: Check[]): void {
  if (result.status === "passed" || (status === "failed" && result.status !== "failed")) return;
  const children = result.children;
  if (children === undefined || result.combinator === "not") {
    if (result.status === status) out.push(result);
    return;
  }
  for (let i = 0; i < children.length; i++) blocking(children[i] as Check, status, out);
}

const IMPOSSIBLE: readonly Check[] | undefined = undefined;

/**
 * The nearest way to "yes": the fewest checks that must change (a failed check to pass, an unknown
 * check to be decided) for the whole rule to pass, ties going to the earlier check. A `not` whose
 * child passed is itself the change; an era switch needs, as an `all`, every unmet rule of the era in force. `[]` when the rule already passed; `undefined` when no change of
 * its checks can make it pass (an `atLeast` with too few children).
 *
 * @param result - An evaluated rule.
 * @returns The checks to change.
 * @example
 * nearestWayToYes(result)?.map((c) => c.code) //=> ["pkh.desil_in_range", "pkh.has_component"]
 * @category Rules
 */
export function nearestWayToYes(result: Check): readonly Check[] | undefined {
  try {
    return nearest(result);
  } catch (error) {
    throw asLibraryError(error, "nearestWayToYes");
  }
}

function nearest(result: Check): readonly Check[] | undefined {
  if (result.status === "passed") return [];
  const children = result.children;
  if (children === undefined) return [result];
  switch (result.combinator) {
    case "all":
      return allWay(result, children);
    case "not":
      return [result];
    case "era":
      // Only the era in force applies, and all its rules must pass, as in an `all`.
      return allWay(result, children);
    case "any": {
      let best: readonly Check[] | undefined;
      for (let i = 0; i < children.length; i++) {
        const way = nearest(children[i] as Check);
        if (way !== undefined && (best === undefined || way.length < best.length)) best = way;
      }
      return best;
    }
    case "at-least": {
      const need = Math.max(0, (result.expected as number) - (result.received as number));
      const ways: (readonly Check[])[] = [];
      for (let i = 0; i < children.length; i++) {
        const child = children[i] as Check;
        if (child.status === "passed") continue;
        const way = nearest(child);
        if (way !== undefined) ways.push(way);
      }
      if (ways.length < need) return IMPOSSIBLE;
      // A stable sort keeps declaration order among equally near children.
      return ways
        .map((way, index) => ({ way, index }))
        .sort((a, b) => a.way.length - b.way.length || a.index - b.index)
        .slice(0, need)
        .flatMap((entry) => entry.way);
    }
    default:
      return [result];
  }
}

function allWay(result: Check, children: readonly Check[]): readonly Check[] | undefined {
  // Most rules are one `all` over checks: the way is its unmet checks, in an array of exact size.
  let unmet = 0;
  let flat = true;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Check;
    if (child.children !== undefined) flat = false;
    else if (child.status !== "passed") unmet++;
  }
  if (flat) {
    const way = new Array<Check>(unmet);
    for (let i = 0, j = 0; i < children.length; i++) if ((children[i] as Check).status !== "passed") way[j++] = children[i] as Check;
    return way;
  }
  const out: Check[] = [];
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Check;
    if (child.status === "passed") continue;
    if (child.children === undefined) {
      out.push(child);
      continue;
    }
    const way = nearest(child);
    if (way === undefined) return IMPOSSIBLE;
    for (let j = 0; j < way.length; j++) out.push(way[j] as Check);
  }
  return out;
}

/**
 * Evaluate a rule and wrap the result as an {@link Assessment}.
 *
 * @param program - The program id.
 * @param rule - The program's rule.
 * @param context - Date, parameters and data.
 * @param priority - An optional advisory rule, reported but not deciding eligibility.
 * @returns The assessment.
 * @example
 * assess("pkh", pkh.rule, context).status //=> "eligible"
 * @category Rules
 */
export function assess<C extends RuleContext>(program: string, rule: Rule<C>, context: C, priority?: Rule<C>): Assessment {
  return guarded("assess", () => {
    if (typeof program !== "string") throw failure(ruleMessages, "rule.bad_code", { code: describeValue(program) });
    checkRule(rule, 0);
    if (priority !== undefined) checkRule(priority, 1);
    checkContext(context);
    const result = rule.evaluate(context);
    const eligible = result.status === "passed";
    return {
      program,
      asOf: context.asOf,
      eligible,
      status: eligible ? "eligible" : result.status === "failed" ? "not-eligible" : "undetermined",
      result,
      checks: leaves(result),
      nearest: eligible ? undefined : nearest(result),
      priority: priority?.evaluate(context),
    };
  });
}
