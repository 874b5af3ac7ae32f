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

/** Whether a member was born after `date` (then not on the KK yet: a registry read later lists them). */
function bornAfter(household: Household, date: IsoDate): boolean {
  const members = household.members;
  for (let i = 0; i < members.length; i++) if ((members[i] as Household["members"][number]).birthDate > date) return true;
  return false;
}

/** The household as it stood on `date` (some member born after it), with each kept member's index in the record. */
function asOn(household: Household, date: IsoDate): { household: Household; original: number[] } {
  const original: number[] = [];
  const kept = household.members.filter((member, index) => (member.birthDate <= date ? original.push(index) > 0 : false));
  return { household: { ...household, members: kept }, original };
}

/**
 * Assessors of the audited programs, one per date (created on first use, kept for the audit). Each
 * household's assessments are memoised by its run (see auditor.ts), so that a family paid PKH and
 * Sembako on one day, or paid on the audit date, is assessed once.
 * @internal
 */
export class Assessments {
  // The households were checked on entry (auditPayments) or come from the readers (the file audit).
  // One assessor per date, all reading one family of parameter readers (see createCheckedAssessors).
  readonly #assessorOn: (date: IsoDate) => HouseholdAssessor;
  /** The inputs naming only a channel, one per channel for the audit (the assessor only reads them). */
  readonly #channels = new Map<PaymentChannel, AssessmentInputs>();

  constructor(
    programs: readonly Program[],
    parameters: ParameterSet | undefined,
    private readonly inputs: ((household: Household) => AssessmentInputs) | undefined,
  ) {
    this.#assessorOn = createCheckedAssessors({ programs, ...(parameters === undefined ? {} : { parameters }) });
  }

  /** The facts the household record lacks, from the audit's `inputs` (read once a household). */
  inputsOf(household: Household): AssessmentInputs | undefined {
    return this.inputs?.(household);
  }

  /** The household's assessment on a date and channel, given its inputs (`inputsOf`). */
  on(household: Household, base: AssessmentInputs | undefined, date: IsoDate, channel: PaymentChannel | undefined): Dated {
    let inputs = base;
    if (channel !== undefined) {
      if (base !== undefined) inputs = { ...base, paymentChannel: channel };
      else if ((inputs = this.#channels.get(channel)) === undefined) this.#channels.set(channel, (inputs = { paymentChannel: channel }));
    }
    const assess = this.#assessorOn(date);
    const view = bornAfter(household, date) ? asOn(household, date) : undefined;
    const on = view === undefined ? household : view.household;
    return { assessment: inputs === undefined ? assess(on) : assess(on, inputs), household: on, original: view?.original };
  }
}
