import { outcome, unknownOutcome, type NumberRange, type Outcome } from "../rule/check.js";
import { sharedCheck, type Rule } from "../rule/rule.js";
import { addMonths } from "../time/calendar.js";
import { AssessmentFacts } from "./_facts.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "./_templates.js";
import type { ProgramContext } from "./program.js";

/**
 * Read a {@link NumberRange} parameter value; `undefined` when it does not have that form.
 * @internal
 */
export function asRange(value: unknown): NumberRange | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const { min, max } = value as { min?: unknown; max?: unknown };
  if (min !== undefined && typeof min !== "number") return undefined;
  if (max !== undefined && typeof max !== "number") return undefined;
  return value as NumberRange;
}

/**
 * Whether a number lies in a range (ends inclusive, missing ends open).
 * @internal
 */
export function inRange(value: number, range: NumberRange): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** An unknown outcome for a parameter value of the wrong form. @internal */
export function badParameter(id: string): Outcome {
  return unknownOutcome("rule.reason.parameter_invalid", null, null, { parameter: id });
}

const DESIL_FIELD = Object.freeze({ field: "desil" });
const NOT_READ = Symbol("not read");
const CURRENT = "current";
/** Whether a desil reading is current on `asOf`, or the reason it is not. */
type Currency = typeof CURRENT | "rule.reason.future_data" | "rule.reason.stale_data";

/**
 * The check `<prefix>.desil_current`: the household's DTSEN desil was read at most
 * `dtsen.desil_max_age_months` months before `asOf` (and not after it). A missing, stale or future
 * desil makes the check `unknown`, so the program is never granted on an old ranking.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const current = desilCurrentCheck("kukar_lansia");
 * @category Programs
 */
export function desilCurrentCheck(prefix: string): Rule<ProgramContext> {
  // One-entry memo of the oldest current reading date for (asOf, months): every household assessed
  // on the same date shares it, so the month arithmetic runs once per date, not once per household.
  let memoAsOf = "";
  let memoMonths = Number.NaN;
  let memoCutoff = "";
  return sharedCheck<ProgramContext, number>({
    code: `${prefix}.desil_current`,
    message: DESIL_CURRENT,
    parameter: "dtsen.desil_max_age_months",
    evaluate: (ctx, months) => {
      if (typeof months !== "number" || !Number.isInteger(months) || months < 0) return badParameter("dtsen.desil_max_age_months");
      const desil = ctx.household.desil;
      if (desil === undefined) return outcome(undefined, months, null, DESIL_FIELD);
      if (memoAsOf !== ctx.asOf || memoMonths !== months) {
        memoCutoff = addMonths(ctx.asOf, -months);
        memoAsOf = ctx.asOf;
        memoMonths = months;
      }
      const currency: Currency = desil.asOf > ctx.asOf ? "rule.reason.future_data" : desil.asOf < memoCutoff ? "rule.reason.stale_data" : CURRENT;
      if (currency !== CURRENT) {
        const values = { field: "desil", maxAge: months, date: desil.asOf, asOf: ctx.asOf };
        return unknownOutcome(currency, months, desil.asOf, values);
      }
      return outcome(true, months, desil.asOf);
    },
  }, "dtsen.desil_current");
}

/**
 * The check `<prefix>.desil_in_range`: the household's desil value lies in the range parameter
 * (`<prefix>.desil_range` unless another id is given). Unknown when no desil is recorded.
 *
 * @param prefix - The program id.
 * @param parameter - The range parameter id (default `<prefix>.desil_range`).
 * @returns The check.
 * @example
 * const inRange = desilInRangeCheck("kukar_lansia"); // reads kukar_lansia.desil_range
 * @category Programs
 */
export function desilInRangeCheck(prefix: string, parameter = `${prefix}.desil_range`): Rule<ProgramContext> {
  let lastValue: unknown = NOT_READ;
  let lastRange: NumberRange | undefined;
  return sharedCheck<ProgramContext, unknown>({
    code: `${prefix}.desil_in_range`,
    message: DESIL_IN_RANGE,
    parameter,
    evaluate: (ctx, value) => {
      // One-entry memo: a batch reads the same parameter value for every household.
      if (value !== lastValue) {
        lastRange = asRange(value);
        lastValue = value;
      }
      const range = lastRange;
      if (range === undefined) return badParameter(parameter);
      const desil = ctx.household.desil?.value;
      return outcome(desil === undefined ? undefined : inRange(desil, range), range, desil ?? null, DESIL_FIELD);
    },
  }, "dtsen.desil_in_range");
}

const NOBODY: readonly string[] = Object.freeze([]);
const EMPLOYER_FIELD = Object.freeze({ field: "employerCategory" });

/**
 * Members this young are taken as not employed when their employer category is not recorded
 * (BPS counts the working-age population from 15).
 * @internal
 */
export const WORKING_AGE_FROM = 15;

/**
 * The check `<prefix>.no_excluded_member`: no member works in an excluded employer category
 * (`dtsen.excluded_employers`: ASN, TNI, Polri, state officials, BUMN, BUMD). `received` lists the
 * categories found (never names or NIKs). Unknown when a member aged 15 or over has no recorded
 * employer category and none is excluded.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const noAsn = noExcludedMemberCheck("kukar_lansia");
 * @category Programs
 */
export function noExcludedMemberCheck(prefix: string): Rule<ProgramContext> {
  return sharedCheck<ProgramContext, unknown>({
    code: `${prefix}.no_excluded_member`,
    message: NO_EXCLUDED_MEMBER,
    parameter: "dtsen.excluded_employers",
    evaluate: (ctx, value) => {
      if (!Array.isArray(value)) return badParameter("dtsen.excluded_employers");
      const excluded = value as readonly string[];
      const { found, missing } = employment(ctx, excluded);
      if (found.length > 0) return outcome(false, excluded, found);
      return outcome(missing ? undefined : true, excluded, NOBODY, missing ? EMPLOYER_FIELD : undefined);
    },
  }, "dtsen.no_excluded_member");
}

interface Employment {
  readonly found: readonly string[];
  readonly missing: boolean;
}

function employment(ctx: ProgramContext, excluded: readonly string[]): Employment {
  // Every program asks the same question of the same household: an assessor's facts remember the
  // answer for the excluded categories (facts built elsewhere are answered afresh).
  const facts = ctx.facts;
  const shared = facts instanceof AssessmentFacts ? facts : undefined;
  const known = shared?.recall(ctx.household, excluded) as Employment | undefined;
  if (known !== undefined) return known;
  const members = ctx.household.members;
  const ages = ctx.facts.ages;
  let found: string[] | undefined;
  let missing = false;
  for (let i = 0; i < members.length; i++) {
    const category = (members[i] as (typeof members)[number]).employerCategory;
    if (category === undefined) {
      if ((ages[i] as number) >= WORKING_AGE_FROM) missing = true;
    } else if (excluded.includes(category) && !(found ??= []).includes(category)) {
      found.push(category);
    }
  }
  const answer: Employment = { found: found ?? NOBODY, missing };
  shared?.remember(ctx.household, excluded, answer);
  return answer;
}
