import type { Household } from "../household/household.js";
import type { Text } from "../message/message.js";
import { programName } from "../program/_programName.js";
import type { Program } from "../program/program.js";
import type { PaymentChannel } from "../program/schedule.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";
import type { AuditAccumulator } from "./accumulator.js";
import type { Dated } from "./_assess.js";
import type { PeriodSpan } from "./_period.js";
import type { ParameterValue } from "../time/parameter.js";
import type { AuditRule } from "./findings.js";
import type { PaymentRecord } from "./payment.js";

/** A payment row with its row number (1-based position in the list, or file line). @internal */
export interface NumberedPayment {
  readonly row: number;
  readonly payment: PaymentRecord;
}

/** What one family's payments of one program came to so far. @internal */
export interface Family {
  paid: boolean;
  notEntitled: boolean;
  undetermined: boolean;
  channel: PaymentChannel | undefined;
  /** The period labels paid (a family is paid a period or two: a list, not a set). */
  readonly labels: string[];
}

/**
 * The rules findings cite, worded once an audit: an amount or calendar parameter's (by the
 * parameter, with its unit) and a period share's (by program, frequency and channel). Thousands of
 * findings cite the same few; each rule is shared by them, never changed. @internal
 */
export interface WordedRules {
  readonly parameters: Map<ParameterValue<unknown>, { readonly unit: string | undefined; readonly rule: AuditRule }>;
  readonly shares: Map<string, AuditRule>;
}

/** The audit of one registry household: what every step of it shares. @internal */
export interface HouseholdRun {
  readonly asOf: IsoDate;
  readonly household: Household;
  /** Its id as findings show it. */
  readonly id: string;
  readonly regency: string;
  /** Its KK number (the record's, else the first well-formed one of its payment rows). */
  kk: string | undefined;
  /** Its assessment on a date and channel (memoised). */
  readonly dated: (date: IsoDate, channel: PaymentChannel | undefined) => Dated;
  /** The payee member of each row (by row number), when known. */
  readonly payees: Map<number, number | undefined>;
  /** Per program id. */
  readonly families: Map<string, Family>;
  /** The date (and channel) the family is judged on for coverage: the audit date, or the day it was paid in that period. */
  coverage: { readonly date: IsoDate; readonly channel: PaymentChannel | undefined } | undefined;
  readonly programs: readonly Program[];
  readonly index: ReadonlyMap<string, number>;
  /** The audit's parameters, when given (an office's overrides): the units of the amounts its findings word. */
  readonly parameters: ParameterSet | undefined;
  /** The days each period label covers: one memo for the whole audit. */
  readonly spans: Map<string, PeriodSpan | undefined>;
  /** The rules findings cite: one memo for the whole audit. */
  readonly worded: WordedRules;
  readonly accumulator: AuditAccumulator;
}

/** The family record of a program, created on first use. @internal */
export function familyOf(run: HouseholdRun, program: string, channel: PaymentChannel | undefined): Family {
  let family = run.families.get(program);
  if (family === undefined) run.families.set(program, (family = { paid: false, notEntitled: false, undetermined: false, channel, labels: [] }));
  return family;
}

/**
 * A program as findings name it: an audited program by its name, as an officer knows it ("Program
 * Keluarga Harapan (PKH)"; see programName), any other by the id the payment list gives. @internal
 */
export function programNamed(programs: readonly Program[], index: ReadonlyMap<string, number>, id: string): Text {
  const at = index.get(id);
  return programName(at === undefined ? { id } : (programs[at] as Program));
}
