import type { Household } from "../household/household.js";
import { createCheckedAssessors, type HouseholdAssessment, type HouseholdAssessor } from "../program/assessHousehold.js";
import type { AssessmentInputs, Program } from "../program/program.js";
import type { PaymentChannel } from "../program/schedule.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";

/** A household's assessment on one date, with the member indices of the household it was made on. @internal */
export interface Dated {
  readonly assessment: HouseholdAssessment;
  /** The household as it stood on the date (members born later left out). */
  readonly household: Household;
  /** For each member of `household`, its index in the registry record (`undefined`: the same). */
  readonly original: readonly number[] | undefined;
}

/**
 * The household as it stood on `date`: members born after it were not on the KK yet (a registry
 * read later lists them). Usually the record itself.
 */
function asOn(household: Household, date: IsoDate): { household: Household; original: number[] | undefined } {
  const members = household.members;
  let later = false;
  for (let i = 0; i < members.length; i++) if ((members[i] as Household["members"][number]).birthDate > date) later = true;
  if (!later) return { household, original: undefined };
  const original: number[] = [];
  const kept = members.filter((member, index) => (member.birthDate <= date ? original.push(index) > 0 : false));
  return { household: { ...household, members: kept }, original };
}

/**
 * Assessors of the audited programs, one per date (created on first use, kept for the audit), and
 * per household a memo of its assessments by date and channel, so that a family paid PKH and
 * Sembako on one day, or paid on the audit date, is assessed once.
 * @internal
 */
export class Assessments {
  // The households were checked on entry (auditPayments) or come from the readers (the file audit).
  // One assessor per date, all reading one family of parameter readers (see createCheckedAssessors).
  readonly #assessorOn: (date: IsoDate) => HouseholdAssessor;

  constructor(
    programs: readonly Program[],
    parameters: ParameterSet | undefined,
    private readonly inputs: ((household: Household) => AssessmentInputs) | undefined,
  ) {
    this.#assessorOn = createCheckedAssessors({ programs, ...(parameters === undefined ? {} : { parameters }) });
  }

  /** A function giving the household's assessment on a date and channel, memoised for this household. */
  of(household: Household): (date: IsoDate, channel: PaymentChannel | undefined) => Dated {
    const base = this.inputs?.(household);
    // Nearly every family is assessed on one date and channel: a short list beats a keyed map.
    const memo: { date: IsoDate; channel: PaymentChannel | undefined; dated: Dated }[] = [];
    return (date, channel) => {
      for (let i = 0; i < memo.length; i++) {
        const m = memo[i] as (typeof memo)[number];
        if (m.date === date && m.channel === channel) return m.dated;
      }
      const view = asOn(household, date);
      const inputs = channel === undefined ? base : { ...base, paymentChannel: channel };
      const assess = this.#assessorOn(date);
      const dated = { assessment: inputs === undefined ? assess(view.household) : assess(view.household, inputs), household: view.household, original: view.original };
      memo.push({ date, channel, dated });
      return dated;
    };
  }
}
