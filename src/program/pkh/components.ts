import type { Household } from "../../household/household.js";
import { failure, guarded } from "../../message/error.js";
import { ZERO_RUPIAH as ZERO, type Rupiah } from "../../money/rupiah.js";
import type { ParameterValue } from "../../time/parameter.js";
import { BenefitParameterGap, attempt, requireAmount, requireCount } from "../_read.js";
import { programMessages } from "../messages.js";
import { readProgramContext } from "../_arguments.js";
import type { ProgramContext } from "../program.js";
import type { RuleContext } from "../../rule/rule.js";
import { householdFacts, membersOf, type MemberFacts } from "../_facts.js";
import { PKH_COMPONENTS, componentBit, isPkhRules, memberMask, pregnancyStatus, readPkhRules, type PkhCap, type PkhComponent, type PkhRules } from "./rules.js";
import { requireHousehold } from "../../household/requireHousehold.js";
import { absentOn } from "../../household/_occupants.js";

export { PKH_COMPONENTS, type PkhComponent } from "./rules.js";

/**
 * One member's counted (or left out) PKH component.
 * @category Programs
 */
export interface PkhComponentLine {
  /** Member index. */
  readonly member: number;
  /** The component (the member's highest). */
  readonly component: PkhComponent;
  /** Yearly amount in force on `asOf` (Rp 0 for a pregnancy that is not paid). */
  readonly amount: Rupiah;
  /** The amount parameter. */
  readonly parameter?: ParameterValue<unknown> | undefined;
  /** For a component left out: the cap parameter id that left it out. */
  readonly cappedBy?: string | undefined;
  /** For a component left out: the cap's value. */
  readonly cap?: number | undefined;
  /** For a pregnancy: which pregnancy it is (kehamilan ke-), when recorded. */
  readonly pregnancyOrder?: number | undefined;
}

/**
 * The result of {@link pkhComponents}.
 * @category Programs
 */
export interface PkhComponents {
  /** Components counted, in priority order. */
  readonly counted: PkhComponentLine[];
  /** Components left out: by a cap, or a pregnancy that is not paid (3rd or later, or of unknown order). */
  readonly capped: PkhComponentLine[];
}

/** The rules on the context's date; a benefit is computed for an eligible family, so a problem is a data gap. */
function rulesOn(context: RuleContext): PkhRules {
  const rules = readPkhRules(context.parameters, requireCount(context, "pkh.elderly_min_age").value);
  if (isPkhRules(rules)) return rules;
  if (rules.problem === "rule.reason.parameter_not_in_force") throw new BenefitParameterGap([rules.parameter], context.asOf);
  throw failure(programMessages, "program.parameter_invalid", { parameter: rules.parameter, asOf: context.asOf });
}

/** A component's yearly amount in force, with its parameter. */
interface ComponentAmount {
  readonly amount: Rupiah;
  readonly parameter: ParameterValue<unknown>;
}

/**
 * What counting PKH components reads of a date's parameters alone, read once per date (see
 * `ProgramDefinition.prepare`): the rules, each component's rank in the priority order and its
 * amount. What cannot be read is left `undefined`, and counting reads it again where it is
 * needed, so that it fails with the same error, at the same point, as it would unprepared.
 * @internal
 */
export interface PkhCounting {
  readonly rules: PkhRules | undefined;
  /** Rank of each component in `rules.priority`, by component bit. */
  readonly rank: Readonly<Record<number, number>>;
  /** Each component's amount, by component bit. */
  readonly amounts: Readonly<Record<number, ComponentAmount | undefined>>;
}

/** Read {@link PkhCounting} on the context's date. @internal */
export function preparePkhCounting(context: RuleContext): PkhCounting {
  const rules = attempt(() => rulesOn(context));
  const rank: Record<number, number> = {};
  const amounts: Record<number, ComponentAmount | undefined> = {};
  rules?.priority.forEach((component, i) => (rank[componentBit(component)] = i));
  for (const component of PKH_COMPONENTS) amounts[componentBit(component)] = attempt(() => requireAmount(context, `pkh.amount.${component}`));
  return { rules, rank, amounts };
}

/** A candidate left out by a cap: its fields, in the same order, then the cap (built as a literal: a spread of the two shapes of candidate is slower). */
function leftOut(line: PkhComponentLine, cappedBy: string, cap: number): PkhComponentLine {
  const { member, component, amount, parameter } = line;
  return "pregnancyOrder" in line ? { member, component, amount, parameter, pregnancyOrder: line.pregnancyOrder, cappedBy, cap } : { member, component, amount, parameter, cappedBy, cap };
}

/**
 * The PKH components of an eligible family on `asOf`, with the caps applied:
 * 1. each living member counts once, for their highest-paid component (ties: the priority order);
 *    a pregnancy counts only if it is the 1st or 2nd (`pkh.cap.pregnancy`): a later one, or one whose
 *    order is not recorded, is never paid and is listed among the left-out components;
 * 2. candidates are kept in the published priority order (`pkh.component_priority`: balita, SD,
 *    SMP, SMA, severe disability, elderly, pregnancy; ties by member order), skipping any that
 *    would exceed a category cap (2 early-childhood, 3 children, 1 severe disability, 1 elderly by
 *    default) or the family cap (4 components).
 *
 * @param household - The household.
 * @param context - The program context (parameters read on its `asOf`); when it was built for
 *   another household, the ages are this household's on the context's date.
 * @returns Counted components and, separately, those left out.
 * @example
 * pkhComponents(household, context).counted.map((c) => c.component) //=> ["early_childhood", "sd", "elderly"]
 * @category Programs
 */
export function pkhComponents(household: Household, context: ProgramContext): PkhComponents {
  return guarded("pkhComponents", () => {
    const checked = requireHousehold(household, "pkhComponents");
    const read = readProgramContext(context, "pkhComponents");
    // A context built for another household (one context reused for a batch): its facts are that
    // household's, so this household's are derived on the context's date.
    const own = checked === read.household ? read : { ...read, household: checked, facts: householdFacts(checked, read.asOf) };
    return countComponents(checked, own);
  });
}

/**
 * {@link pkhComponents} of a household already checked, in a context the assessor built (not
 * checked again), with what {@link preparePkhCounting} read of the date (read here when not given).
 * @internal
 */
export function countComponents(household: Household, context: ProgramContext, counting: PkhCounting = preparePkhCounting(context)): PkhComponents {
  const rules = counting.rules ?? rulesOn(context);
  const { rank, amounts } = counting;
  const amountOf = (component: PkhComponent): ComponentAmount => amounts[componentBit(component)] ?? requireAmount(context, `pkh.amount.${component}`);
  const candidates: PkhComponentLine[] = [];
  const capped: PkhComponentLine[] = [];
  // The members' copies of one shape when the household is the context's (as in an assessor).
  const members: readonly MemberFacts[] = household === context.household ? membersOf(context) : household.members;
  const ages = context.facts.ages;
  const asOf = context.asOf;
  for (let member = 0; member < members.length; member++) {
    const person = members[member] as MemberFacts;
    if (absentOn(person, asOf, ages[member])) continue;
    const status = pregnancyStatus(person, rules);
    if (status === "unknown" || status === "beyond") {
      const { parameter } = amountOf("pregnancy");
      capped.push({ member, component: "pregnancy", amount: ZERO, parameter, cappedBy: "pkh.cap.pregnancy", cap: rules.maxPregnancyOrder, pregnancyOrder: person.pregnancyOrder });
    }
    const mask = memberMask(person, ages[member] as number, rules);
    if (mask === 0) continue;
    let best: PkhComponentLine | undefined;
    for (let i = 0; i < rules.priority.length; i++) {
      const component = rules.priority[i] as PkhComponent;
      if ((mask & componentBit(component)) === 0) continue;
      const { amount, parameter } = amountOf(component);
      if (best === undefined || amount.compare(best.amount) > 0) {
        best = component === "pregnancy" ? { member, component, amount, parameter, pregnancyOrder: person.pregnancyOrder } : { member, component, amount, parameter };
      }
    }
    if (best) candidates.push(best);
  }
  candidates.sort((a, b) => (rank[componentBit(a.component)] as number) - (rank[componentBit(b.component)] as number) || a.member - b.member);
  const used = rules.caps.map(() => 0);
  const counted: PkhComponentLine[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const line = candidates[c] as PkhComponentLine;
    const bit = componentBit(line.component);
    const full = rules.caps.findIndex((cap, i) => (cap.covers & bit) !== 0 && (used[i] as number) >= cap.value);
    if (full >= 0) {
      const cap = rules.caps[full] as PkhCap;
      capped.push(leftOut(line, cap.id, cap.value));
    } else if (counted.length >= rules.total) {
      capped.push(leftOut(line, "pkh.cap.components", rules.total));
    } else {
      counted.push(line);
      rules.caps.forEach((cap, i) => {
        if ((cap.covers & bit) !== 0) used[i] = (used[i] as number) + 1;
      });
    }
  }
  return { counted, capped };
}
