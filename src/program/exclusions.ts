import { rupiah, type Rupiah } from "../money/rupiah.js";
import { safeWholeOf } from "../money/decimal.js";
import { outcome, unknownOutcome, type RupiahValue } from "../rule/check.js";
import { sharedCheck, type Rule } from "../rule/rule.js";
import { membersOf, wholeIncomeOf, type MemberFacts } from "./_facts.js";
import { HEAD_ALIVE, INCOME_WITHIN_UMK, NO_EXCLUDED_MEMBER, NO_OTHER_SOURCE_AID } from "./_templates.js";
import { badParameter } from "./_values.js";
import type { ProgramContext } from "./program.js";
import { readProgramId } from "./_arguments.js";
import { amountValue } from "./_amount.js";
import { absentOn, deceasedOn } from "../household/_occupants.js";

// The Kemensos exclusions, one check each, so that an assessment names every reason that applies.
// A check on what every record carries (employment, income) is unknown when it is not recorded; a
// check on an event (a death, another program's aid) fails on a recorded event and passes when none
// is recorded: the library cannot ask for proof that something did not happen.

const NOBODY: readonly string[] = Object.freeze([]);
const EMPLOYER_FIELD = Object.freeze({ field: "employerCategory" });
const INCOME_FIELD = Object.freeze({ field: "monthlyIncome" });

/**
 * Members this young are taken as not employed when their employer category is not recorded
 * (BPS counts the working-age population from 15).
 * @internal
 */
export const WORKING_AGE_FROM = 15;


/**
 * The check `<prefix>.no_excluded_member`: no living member works in an excluded employer category
 * (`dtsen.excluded_employers`: ASN, TNI, Polri, state officials, BUMN, BUMD, pensioners, APBN/APBD
 * payroll, village officials, certified teachers, health workers, company owners). `received` lists
 * the categories found (never names or NIKs). Unknown when a member aged 15 or over has no recorded
 * employer category and none is excluded.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const noAsn = noExcludedMemberCheck("kukar_lansia");
 * @category Programs
 */
export function noExcludedMemberCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext, unknown, ReadonlySet<unknown> | undefined>({
    code: `${prefix}.no_excluded_member`,
    message: NO_EXCLUDED_MEMBER,
    parameter: "dtsen.excluded_employers",
    // A set of the categories, made once per date: a member's category is looked up, not compared
    // with each of the dozen categories in turn (what `includes` does, for every member).
    prepare: (value) => (Array.isArray(value) ? new Set<unknown>(value) : undefined),
    // Every program asks this of the same household: an assessor decides it once (a shared check).
    evaluate: (ctx, value, _parameter, categories) => {
      if (!Array.isArray(value) || categories === undefined) return badParameter("dtsen.excluded_employers");
      const excluded = value as readonly string[];
      const members = membersOf(ctx);
      const ages = ctx.facts.ages;
      let found: string[] | undefined;
      let missing = false;
      for (let i = 0; i < members.length; i++) {
        const person = members[i] as MemberFacts;
        if (absentOn(person, ctx.asOf, ages[i])) continue;
        const category = person.employerCategory;
        if (category === undefined) {
          if ((ages[i] as number) >= WORKING_AGE_FROM) missing = true;
        } else if (categories.has(category) && !(found ??= []).includes(category)) {
          found.push(category);
        }
      }
      if (found !== undefined) return outcome(false, excluded, found);
      return outcome(missing ? undefined : true, excluded, NOBODY, missing ? EMPLOYER_FIELD : undefined);
    },
  }, "dtsen.no_excluded_member");
}

/**
 * The UMK table of a date: amounts (with their check value, and their whole part when they are 1 or more
 * and below 10^15, see {@link earnsAbove}) by regency code; `null`: not applied then.
 */
type UmkTable = ReadonlyMap<string, Umk> | null;

interface Umk {
  readonly amount: Rupiah;
  /** The amount as the check's expected value, written for the language of the sentence. */
  readonly value: RupiahValue;
  readonly whole: number | undefined;
}

function umkTable(value: unknown): UmkTable | undefined {
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  const table = new Map<string, Umk>();
  for (const [regency, given] of Object.entries(value as Record<string, unknown>)) {
    let amount: Rupiah;
    try {
      amount = rupiah(given as string);
    } catch {
      return undefined;
    }
    if (amount.isNegative() || amount.isZero()) return undefined;
    table.set(regency, { amount, value: amountValue(amount), whole: safeWholeOf(amount.decimal, true) });
  }
  return table;
}

const NOT_APPLIED = "–";

/**
 * `income > limit` for a non-negative income and a positive limit, without allocating (decimal.js
 * compares through a copy of its argument, once per member of every household): by the decimal
 * exponent, then by the base-10⁷ words of the digits, aligned by that exponent. Zero (exponent 0,
 * digits [0]) is told from its digits only when its exponent would say more (a limit below 1): the
 * digits are one object further away than the exponent.
 */
function exceeds(income: Rupiah, limit: Rupiah): boolean {
  const a = income.decimal;
  const b = limit.decimal;
  if (a.e !== b.e) return a.e > b.e && !a.isZero();
  const x = a.d;
  const y = b.d;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) > (y[i] as number);
  return x.length > y.length;
}

/**
 * Whether a member's income exceeds the UMK: `income > umk.amount`. An income known as a whole
 * number `w` (`wholeIncomeOf`) is compared with the UMK's whole part `t` (for a UMK of 1 or more
 * below 10^15): `w > t` exactly when `w > umk`, as `t` is the UMK itself or lies below it by less
 * than 1 (test/program/exclusions.prop.test.ts). Otherwise the decimals are compared.
 */
function earnsAbove(person: MemberFacts, income: Rupiah, umk: Umk): boolean {
  const whole = wholeIncomeOf(person);
  return whole >= 0 && umk.whole !== undefined ? whole > umk.whole : exceeds(income, umk.amount);
}

/**
 * The check `<prefix>.income_within_umk`: no living member earns more a month than the UMK of the
 * household's regency (`exclusion.umk_monthly`). Members under 15 and members recorded as not
 * working (`employerCategory: "none"`) without a recorded income are taken to earn nothing; for
 * anyone else an unrecorded income makes the check unknown, as does a regency without a UMK value.
 * `received` lists the members (numbered from 1) who earn more, never their names or incomes.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const withinUmk = incomeWithinUmkCheck("kukar_lansia");
 * @category Programs
 */
export function incomeWithinUmkCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext, unknown, UmkTable | undefined>({
    code: `${prefix}.income_within_umk`,
    message: INCOME_WITHIN_UMK,
    parameter: "exclusion.umk_monthly",
    prepare: umkTable,
    evaluate: (ctx, _value, _parameter, table) => {
      if (table === undefined) return badParameter("exclusion.umk_monthly");
      if (table === null) return outcome(true, NOT_APPLIED, NOT_APPLIED);
      const regency = ctx.household.regency;
      const umk = table.get(regency);
      if (umk === undefined) {
        return unknownOutcome("rule.reason.no_regional_value", null, null, { parameter: "exclusion.umk_monthly", region: regency });
      }
      const members = membersOf(ctx);
      const ages = ctx.facts.ages;
      let above: number[] | undefined;
      let missing = false;
      for (let i = 0; i < members.length; i++) {
        const person = members[i] as MemberFacts;
        if (absentOn(person, ctx.asOf, ages[i])) continue;
        const income = person.monthlyIncome;
        if (income === undefined) {
          if ((ages[i] as number) >= WORKING_AGE_FROM && person.employerCategory !== "none") missing = true;
        } else if (earnsAbove(person, income, umk)) {
          (above ??= []).push(i + 1);
        }
      }
      if (above !== undefined) return outcome(false, umk.value, above);
      return outcome(missing ? undefined : true, umk.value, NOBODY, missing ? INCOME_FIELD : undefined);
    },
  }, "exclusion.income_within_umk");
}

/**
 * The check `<prefix>.head_alive`: the head of the family, who stands for the registered recipient,
 * has no recorded death on or before `asOf`. Kemensos removes a recipient who died unless the
 * family's carer (pengurus) was replaced; here the replacement is a KK naming a new head, so a
 * record that still names a deceased head fails until it is updated. Passes when no death is recorded.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const alive = headAliveCheck("kukar_lansia");
 * @category Programs
 */
export function headAliveCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext>({
    code: `${prefix}.head_alive`,
    message: HEAD_ALIVE,
    evaluate: (ctx) => {
      let died: string | undefined;
      const members = membersOf(ctx);
      for (let i = 0; i < members.length; i++) {
        const member = members[i] as MemberFacts;
        if (member.relationship === "head" && deceasedOn(member, ctx.asOf)) died = member.deathDate;
      }
      return outcome(died === undefined, true, died === undefined ? NOBODY : [died]);
    },
  }, "exclusion.head_alive");
}

/**
 * The check `<prefix>.no_other_source_aid`: `currentAid` records none of the non-Kemensos programs
 * listed in `exclusion.other_source_aid` (none by default: an office lists its own) as received on
 * or before `asOf`. Passes when no such aid is recorded.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const noOther = noOtherSourceAidCheck("kukar_lansia");
 * @category Programs
 */
export function noOtherSourceAidCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext, unknown>({
    code: `${prefix}.no_other_source_aid`,
    message: NO_OTHER_SOURCE_AID,
    parameter: "exclusion.other_source_aid",
    evaluate: (ctx, value) => {
      if (!Array.isArray(value)) return badParameter("exclusion.other_source_aid");
      const programs = value as readonly string[];
      let found: string[] | undefined;
      const current = ctx.household.currentAid;
      if (programs.length > 0 && current !== undefined) {
        for (let i = 0; i < current.length; i++) {
          const aid = current[i] as (typeof current)[number];
          if (aid.since <= ctx.asOf && programs.includes(aid.program) && !(found ??= []).includes(aid.program)) found.push(aid.program);
        }
      }
      return outcome(found === undefined, programs, found ?? NOBODY);
    },
  }, "exclusion.no_other_source_aid");
}

/**
 * Every exclusion check of a Kemensos program, each its own reason: excluded employment
 * (`<prefix>.no_excluded_member`), income above the UMK (`<prefix>.income_within_umk`), a deceased
 * head (`<prefix>.head_alive`), aid from a non-Kemensos source (`<prefix>.no_other_source_aid`).
 *
 * @param prefix - The program id.
 * @returns The checks, in that order.
 * @example
 * const rule = all(targetingRule("kukar_lansia"), ...exclusionChecks("kukar_lansia"), neglectedElder);
 * @category Programs
 */
export function exclusionChecks(prefix: string): readonly Rule<ProgramContext>[] {
  return [noExcludedMemberCheck(prefix), incomeWithinUmkCheck(prefix), headAliveCheck(prefix), noOtherSourceAidCheck(prefix)];
}
