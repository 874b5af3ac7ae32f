import { outcome, unknownOutcome, type NumberRange, type Outcome } from "../rule/check.js";
import { byEra } from "../rule/era.js";
import { sharedCheck, type Rule, type RuleContext } from "../rule/rule.js";
import { addMonths } from "../time/calendar.js";
import type { IsoDate } from "../time/isoDate.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, DTKS_CURRENT, DTKS_MEMBER } from "./_templates.js";
import { asRange, badParameter, inRange } from "./_values.js";
import { readParameterId, readProgramId } from "./_arguments.js";
import type { ProgramContext } from "./program.js";

export {
  exclusionChecks,
  headAliveCheck,
  incomeWithinUmkCheck,
  noExcludedMemberCheck,
  noOtherSourceAidCheck,
} from "./exclusions.js";
export { notExitedCheck } from "./exits.js";

/** The oldest reading date still current for `months`, or `undefined` for a bad parameter value. @internal */
export function cutoffOf(months: unknown, context: RuleContext): IsoDate | undefined {
  return typeof months === "number" && Number.isInteger(months) && months >= 0 ? addMonths(context.asOf, -months) : undefined;
}

/** Whether a reading dated `date` is current on `asOf` (read at most `months` before it, not after). */
function currency(field: string, date: IsoDate, months: number, cutoff: IsoDate, asOf: IsoDate): Outcome {
  if (date > asOf || date < cutoff) {
    const values = { field, maxAge: months, date, asOf };
    return unknownOutcome(date > asOf ? "rule.reason.future_data" : "rule.reason.stale_data", months, date, values);
  }
  return outcome(true, months, date);
}

const DESIL_FIELD = Object.freeze({ field: "desil" });
const DTKS_FIELD = Object.freeze({ field: "dtks" });

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
  readProgramId(prefix);
  return sharedCheck<ProgramContext, unknown, IsoDate | undefined>({
    code: `${prefix}.desil_current`,
    message: DESIL_CURRENT,
    parameter: "dtsen.desil_max_age_months",
    prepare: cutoffOf,
    evaluate: (ctx, months, _parameter, cutoff) => {
      if (cutoff === undefined) return badParameter("dtsen.desil_max_age_months");
      const desil = ctx.household.desil;
      if (desil === undefined) return outcome(undefined, months as number, null, DESIL_FIELD);
      return currency("desil", desil.asOf, months as number, cutoff, ctx.asOf);
    },
  }, "dtsen.desil_current");
}

/**
 * The check `<prefix>.desil_in_range`: the household's desil value lies in the range parameter
 * (`<prefix>.desil_range` unless another id is given). Unknown when no desil is recorded.
 *
 * @param prefix - The program id.
 * @param parameter - The range parameter id (default `<prefix>.desil_range`); a dotted lower-case id.
 * @returns The check.
 * @example
 * const inRange = desilInRangeCheck("kukar_lansia"); // reads kukar_lansia.desil_range
 * @category Programs
 */
export function desilInRangeCheck(prefix: string, parameter?: string): Rule<ProgramContext> {
  readProgramId(prefix);
  const id = parameter === undefined ? `${prefix}.desil_range` : readParameterId(parameter, "desilInRangeCheck");
  return sharedCheck<ProgramContext, unknown, NumberRange | undefined>({
    code: `${prefix}.desil_in_range`,
    message: DESIL_IN_RANGE,
    parameter: id,
    prepare: asRange,
    evaluate: (ctx, _value, _parameter, range) => {
      if (range === undefined) return badParameter(id);
      const desil = ctx.household.desil?.value;
      return outcome(desil === undefined ? undefined : inRange(desil, range), range, desil ?? null, DESIL_FIELD);
    },
  }, "dtsen.desil_in_range");
}

/**
 * The check `<prefix>.dtks_current`: the household's DTKS membership was read at most
 * `dtks.max_age_months` months before `asOf` (and not after it); unknown otherwise.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const current = dtksCurrentCheck("kukar_lansia");
 * @category Programs
 */
export function dtksCurrentCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext, unknown, IsoDate | undefined>({
    code: `${prefix}.dtks_current`,
    message: DTKS_CURRENT,
    parameter: "dtks.max_age_months",
    prepare: cutoffOf,
    evaluate: (ctx, months, _parameter, cutoff) => {
      if (cutoff === undefined) return badParameter("dtks.max_age_months");
      const dtks = ctx.household.dtks;
      if (dtks === undefined) return outcome(undefined, months as number, null, DTKS_FIELD);
      return currency("dtks", dtks.asOf, months as number, cutoff, ctx.asOf);
    },
  }, "dtks.current");
}

/**
 * The check `<prefix>.dtks_member`: the family is in DTKS (`household.dtks.member`); unknown when
 * no DTKS reading is recorded.
 *
 * @param prefix - The program id.
 * @returns The check.
 * @example
 * const member = dtksMemberCheck("kukar_lansia");
 * @category Programs
 */
export function dtksMemberCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return sharedCheck<ProgramContext>({
    code: `${prefix}.dtks_member`,
    message: DTKS_MEMBER,
    evaluate: (ctx) => {
      const member = ctx.household.dtks?.member;
      return outcome(member, true, member ?? null, DTKS_FIELD);
    },
  }, "dtks.member");
}

/**
 * The targeting rule of a Kemensos program, by era (`targeting.era`, see `byEra`): before DTSEN
 * (until 2025-02-04) the family must be in DTKS, read recently (`<prefix>.dtks_current`,
 * `<prefix>.dtks_member`); from 2025-02-05 its DTSEN desil must be current and in the program's
 * range (`<prefix>.desil_current`, `<prefix>.desil_in_range`). A 2024 payment is thus checked on
 * DTKS membership, a 2025 one on the desil.
 *
 * @param prefix - The program id.
 * @param desilRange - The desil range parameter id (default `<prefix>.desil_range`).
 * @returns The era switch.
 * @example
 * const rule = all(targetingRule("kukar_lansia"), ...exclusionChecks("kukar_lansia"), neglectedElder);
 * @category Programs
 */
export function targetingRule(prefix: string, desilRange?: string): Rule<ProgramContext> {
  return byEra<ProgramContext>("targeting.era", {
    dtks: [dtksCurrentCheck(prefix), dtksMemberCheck(prefix)],
    dtsen: [desilCurrentCheck(prefix), desilInRangeCheck(prefix, desilRange)],
  });
}
