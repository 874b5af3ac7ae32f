import { membersOf, wholeIncomeOf, type MemberFacts } from "./_facts.js";
import type { MessageTemplate } from "../message/message.js";
import { WholeSum } from "../money/_wholeSum.js";
import type { Rupiah } from "../money/rupiah.js";
import { outcome } from "../rule/check.js";
import { ownCheck, type Rule } from "../rule/rule.js";
import { asRange, badParameter, inRange } from "./_values.js";
import { WORKING_AGE_FROM } from "./exclusions.js";
import { absentOn } from "../household/_occupants.js";
import type { ProgramContext } from "./program.js";

/**
 * `<code>`: at least one living member's age (completed years on `asOf`) lies in the band of
 * parameter `parameter`; `received` lists every living member's age. Used by KUBE (eligibility) and
 * PENA (priority).
 * @internal
 */
export function memberInAgeBandCheck(code: string, message: MessageTemplate, parameter: string): Rule<ProgramContext> {
  return ownCheck<ProgramContext, unknown>({
    code,
    message,
    parameter,
    evaluate: (ctx, value) => {
      const band = asRange(value);
      if (band === undefined) return badParameter(parameter);
      const ages = livingAges(ctx);
      return outcome(ages.some((age) => inRange(age, band)), band, ages);
    },
  });
}

/**
 * The ages of the members present on `asOf`, in member order: `facts.ages` itself when every member
 * is (a member who died on or before `asOf`, or born after it, counts for nothing, as in PKH).
 * @internal
 */
export function livingAges(ctx: ProgramContext): readonly number[] {
  const members = membersOf(ctx);
  const asOf = ctx.asOf;
  const ages = ctx.facts.ages;
  for (let i = 0; i < members.length; i++) if (absentOn(members[i] as MemberFacts, asOf, ages[i])) return ages.filter((age, j) => !absentOn(members[j] as MemberFacts, asOf, age));
  return ages;
}

/** What {@link familyIncome} found. @internal */
export interface FamilyIncome {
  /**
   * The recorded monthly incomes of every member, added up exactly: a number when they are whole
   * and their sum a safe integer (nearly always), else the exact amount. Compare it with
   * `compareAmount`, write it with `shownAmount`.
   */
  readonly total: number | Rupiah;
  /** Whether a member aged 15 or over has no recorded income. */
  readonly missing: boolean;
}

/**
 * The family's monthly income: every living member's recorded `monthlyIncome` added up, and
 * whether a living member of working age (15 and over) has none recorded (a member who died on or
 * before `asOf`, or born after it, earns nothing for the family). Whole incomes are added as numbers while
 * the sum stays a safe integer (`WholeSum`), and such a sum is returned as that number: no decimal
 * is built for the family.
 * @internal
 */
export function familyIncome(ctx: ProgramContext): FamilyIncome {
  const members = membersOf(ctx);
  const ages = ctx.facts.ages;
  const sum = new WholeSum();
  let missing = false;
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as MemberFacts;
    if (absentOn(member, ctx.asOf, ages[i])) continue;
    const whole = wholeIncomeOf(member);
    const income = member.monthlyIncome;
    if (whole >= 0) sum.addWhole(whole);
    else if (income !== undefined) sum.add(income);
    else if ((ages[i] as number) >= WORKING_AGE_FROM) missing = true;
  }
  return { total: sum.whole() ?? sum.value(), missing };
}
