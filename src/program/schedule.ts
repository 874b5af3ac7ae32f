import { failure, guarded } from "../message/error.js";
import type { MessageValues } from "../message/message.js";
import type { RupiahValue } from "../rule/check.js";
import { allocateRupiah } from "../money/allocateRupiah.js";
import { ZERO_RUPIAH, sumRupiah, type RatioInput, type Rupiah } from "../money/rupiah.js";
import { addMonths } from "../time/calendar.js";
import { assertIsoDate, formatIsoDate, parseIsoDate, daysInMonth, type IsoDate } from "../time/isoDate.js";
import type { ParameterValue } from "../time/parameter.js";
import { tahapOfYear } from "../time/period.js";
import { programMessages } from "./messages.js";
import type { Approach } from "./program.js";
import { bad, readObject } from "./_arguments.js";
import { derivedOnce, parameterReaderOfYear, type ParameterReader } from "../rule/parameterReader.js";
import { readScheduleInput } from "./_scheduleInput.js";
import { amountText, timesCount } from "../money/_wholeAmount.js";
import type { RatedSchedule } from "./_calendar.js";

/**
 * How a benefit is paid: per `tahap` (4 quarterly stages), every two months (`bimonthly`: Jan–Feb,
 * Mar–Apr, …), per `month`, once a `year`, `once` (a one-off grant on the grant date), or `in-kind`
 * (services or works with no cash amount).
 * @category Programs
 */
export type BenefitFrequency = "tahap" | "bimonthly" | "month" | "year" | "once" | "in-kind";

/**
 * How a benefit reaches the family: `kks` (the Kartu Keluarga Sejahtera bank card of the Himbara
 * banks) or `pos` (cash through PT Pos Indonesia). Where the two were paid on different calendars
 * (PKH and Sembako in 2024), the program's dated calendar parameter says which periods each uses.
 * @category Programs
 */
export type PaymentChannel = "kks" | "pos";

/**
 * One part of a benefit: what it is (a message code), for whom, how much for the year (or the
 * one-off grant), and the parameter it came from.
 * @category Programs
 */
export interface BenefitLine {
  /** Message code, e.g. `pkh.component.elderly`. */
  readonly code: string;
  /** Index of the member it is for, if it is per person. */
  readonly member?: number | undefined;
  /** Amount for the year (or the one-off grant); Rp 0 for in-kind lines. */
  readonly amount: Rupiah;
  /** The amount parameter with its dates and source. */
  readonly parameter?: ParameterValue<unknown> | undefined;
  /**
   * Values for the line's message. Amounts are data ({@link RupiahValue}, `{ rupiah: "200000" }`),
   * written for the sentence's language by {@link formatBenefitLine}: `Rp200.000` / `Rp200,000`.
   */
  readonly values?: BenefitLineValues | undefined;
}

/**
 * Values of a {@link BenefitLine}'s message: text, numbers, or an amount ({@link RupiahValue}), which
 * {@link formatBenefitLine} writes the way of the language, as {@link formatCheckValue} writes a check's.
 * @category Programs
 */
export type BenefitLineValues = Readonly<Record<string, MessageValues[string] | RupiahValue>>;

/**
 * One payment: a tahap, two months, a month, the year, or the grant date, with its exact amount.
 * @category Programs
 */
export interface BenefitPeriod {
  /** `2025-I`, `2024-01/02`, `2025-07`, `2025` or the grant date. */
  readonly label: string;
  /** First day. */
  readonly start: IsoDate;
  /** Last day (inclusive). */
  readonly end: IsoDate;
  /** The amount paid for the period. */
  readonly amount: Rupiah;
}

/**
 * After a business grant the family is expected to leave consumptive aid: mentoring runs from the
 * grant for a number of months, and the family's graduation is reviewed at the end.
 * @category Programs
 */
export interface GraduationRecord {
  /** The grant date. */
  readonly grantDate: IsoDate;
  /** Months of mentoring (pendampingan). */
  readonly mentoringMonths: number;
  /** When the family's exit from consumptive aid is reviewed: grant date + mentoring months. */
  readonly reviewDate: IsoDate;
  /** The mentoring-period parameter with its source. */
  readonly parameter: ParameterValue<unknown>;
}

/**
 * What an eligible household receives from one program in the calendar year of `asOf`, in exact
 * Rupiah: the lines it is made of and the payments by period. `total` equals the sum of the
 * periods and the sum of the lines exactly.
 * @category Programs
 */
export interface BenefitSchedule {
  /** The program id. */
  readonly program: string;
  /** The program's approach. */
  readonly approach: Approach;
  /** How it is paid. */
  readonly frequency: BenefitFrequency;
  /** The calendar year covered. */
  readonly year: number;
  /** What the benefit is made of. */
  readonly lines: readonly BenefitLine[];
  /** The payments. */
  readonly periods: readonly BenefitPeriod[];
  /** Total for the year (sum of `periods`). */
  readonly total: Rupiah;
  /** For business grants: the mentoring period and review date. */
  readonly graduation?: GraduationRecord | undefined;
  /** The payment channel the periods follow, for a program whose calendar depends on it. */
  readonly channel?: PaymentChannel | undefined;
  /** The dated calendar parameter the periods came from, with its source. */
  readonly calendar?: ParameterValue<unknown> | undefined;
}

/**
 * What {@link buildBenefitSchedule} needs.
 * @category Programs
 */
export interface BenefitScheduleInput {
  /** The program id. */
  readonly program: string;
  /** The program's approach. */
  readonly approach: Approach;
  /** How it is paid. */
  readonly frequency: BenefitFrequency;
  /** The assessment date: its calendar year is scheduled. */
  readonly asOf: IsoDate;
  /** The lines (yearly amounts; the grant for `once`). */
  readonly lines: readonly BenefitLine[];
  /** For `once`: the payment date (default `asOf`). */
  readonly paidOn?: IsoDate | undefined;
  /** For business grants: the mentoring period and review date. */
  readonly graduation?: GraduationRecord | undefined;
  /**
   * For `tahap`, `bimonthly` and `month`: what each period is due, exactly (e.g. under the
   * parameters in force in it), one weight per period; the total is split in proportion instead of
   * equally. Periods whose exact due is whole rupiah get exactly it.
   */
  readonly periodWeights?: readonly RatioInput[] | undefined;
  /** The payment channel the periods follow (recorded on the schedule). */
  readonly channel?: PaymentChannel | undefined;
  /** The dated calendar parameter the frequency came from (recorded on the schedule). */
  readonly calendar?: ParameterValue<unknown> | undefined;
}

type Slot = { readonly label: string; readonly start: IsoDate; readonly end: IsoDate };

const MONTHS_PER_PERIOD: Readonly<Record<"tahap" | "bimonthly" | "month", number>> = { tahap: 3, bimonthly: 2, month: 1 };
const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * The payment periods of a year for a periodic frequency: 4 tahap (`2025-I`…), 6 two-month periods
 * (`2024-01/02`…) or 12 months (`2025-01`…), each with its first and last day.
 * @internal
 */
export function periodsOfYear(frequency: "tahap" | "bimonthly" | "month", year: number): readonly Slot[] {
  if (frequency === "tahap") return tahapOfYear(year).map((t) => ({ label: t.label, start: t.start, end: t.end }));
  const months = MONTHS_PER_PERIOD[frequency];
  return Array.from({ length: 12 / months }, (_, i) => {
    const first = i * months + 1;
    const last = first + months - 1;
    const label = months === 1 ? `${String(year).padStart(4, "0")}-${pad2(first)}` : `${String(year).padStart(4, "0")}-${pad2(first)}/${pad2(last)}`;
    return { label, start: formatIsoDate({ year, month: first, day: 1 }), end: formatIsoDate({ year, month: last, day: daysInMonth(year, last) }) };
  });
}

/**
 * How many months a periodic frequency's periods last (3, 2 or 1).
 * @internal
 */
export function monthsPerPeriod(frequency: "tahap" | "bimonthly" | "month"): number {
  return MONTHS_PER_PERIOD[frequency];
}

/**
 * `total` split into `parts` equal whole-rupiah shares with `allocateRupiah` (the first shares get
 * the remainder).
 * @internal
 */
export function equalSplit(total: Rupiah, parts: number): readonly Rupiah[] {
  return allocateRupiah(total, new Array<number>(parts).fill(1));
}

function sumOf(lines: readonly BenefitLine[], parameters?: ParameterReader): Rupiah {
  if (lines.length === 0) return ZERO_RUPIAH;
  const first = (lines[0] as BenefitLine).amount;
  if (lines.length === 1) return first;
  for (let i = 1; i < lines.length; i++) if ((lines[i] as BenefitLine).amount !== first) return sumRupiah(lines.map((l) => l.amount));
  // Per-person lines (PBI-JKN premiums) repeat one amount (the same object, read once per date):
  // multiply instead of adding, once per date and member count.
  return parameters === undefined ? timesCount(first, lines.length) : derivedOnce(parameters, first, `times ${lines.length}`, () => timesCount(first, lines.length));
}

/**
 * Build a benefit schedule: the year's total is split exactly (with `allocateRupiah`, whole rupiah,
 * any remainder to the earliest periods) into 4 tahap, 6 two-month periods, 12 months, one yearly
 * payment, or one grant. With `periodWeights` the split follows what each period is due (e.g. a
 * monthly amount that changed in March) instead of equal shares.
 *
 * @param input - Program, approach, frequency, date and lines.
 * @returns The schedule; `total` is the sum of the lines and of the periods.
 * @example
 * const s = buildBenefitSchedule({ program: "sembako", approach: "reduce-expenditure", frequency: "month",
 *   asOf: "2025-07-01", lines: [{ code: "sembako.benefit", amount: rupiah(2_400_000) }] });
 * s.periods.length //=> 12
 * s.periods[0].amount.toString() //=> "200000"
 * @category Programs
 */
export function buildBenefitSchedule(input: BenefitScheduleInput): BenefitSchedule {
  return guarded("buildBenefitSchedule", () => scheduleOf(readScheduleInput(input)));
}

/**
 * {@link buildBenefitSchedule} inside an assessor: the same schedule, with the periods of a
 * periodic benefit derived once per reader (one date) for each frequency, total and weights, and
 * shared frozen by every household that gets the same amounts, so a batch splits each distinct
 * total once instead of once per household. The distinct totals of a batch are few (a premium
 * times the members covered, the combinations of PKH components), so the memo stays small.
 * @internal
 */
export function benefitScheduleOn(parameters: ParameterReader, input: BenefitScheduleInput): BenefitSchedule {
  // Not read field by field as the public entry reads its input: only the library's own programs
  // call this, with lines built from parameters already read as amounts and calendars (the
  // amounts read once per date, so a memo keyed by them stays as small as the date's values), and
  // a grant's payment date already checked by `graduationRecord`.
  return guarded("buildBenefitSchedule", () => scheduleOf(input, parameters));
}

/**
 * {@link benefitScheduleOn} of lines whose amounts are a rated year's totals, in any order, with
 * any number of Rp 0 lines (PKH's components, Sembako's benefit), for the rated year's frequency
 * and weights, and for an `asOf` in its year: the same schedule, with the total and the periods the rated year
 * holds (summed and split once per combination), so nothing is summed, split or looked up per
 * household (test/program/ratedSchedule.prop.test.ts holds it equal to `benefitScheduleOn`).
 * @internal
 */
export function ratedScheduleOn(parameters: ParameterReader, input: BenefitScheduleInput, rated: RatedSchedule): BenefitSchedule {
  return rated.periods === undefined ? benefitScheduleOn(parameters, input) : scheduleOf(input, parameters, rated);
}

/** The key of split periods in the reader's per-date memo (an immutable marker object). */
const SPLIT_PERIODS: object = Object.freeze({ kind: "split periods" });

/** The periods of `frequency` in `year` with `total` split equally or by `weights`. @internal */
export function splitPeriods(frequency: "tahap" | "bimonthly" | "month", year: number, total: Rupiah, weights: readonly RatioInput[] | undefined): BenefitPeriod[] {
  const slots = periodsOfYear(frequency, year);
  const parts = weights === undefined || total.isZero() ? equalSplit(total, slots.length) : allocateRupiah(total, weights);
  return slots.map((slot, i) => ({ label: slot.label, start: slot.start, end: slot.end, amount: parts[i] as Rupiah }));
}

function scheduleOf(input: BenefitScheduleInput, parameters?: ParameterReader, rated?: RatedSchedule): BenefitSchedule {
  const year = rated ? rated.year : parseIsoDate(input.asOf).year;
  const total = rated ? rated.total : sumOf(input.lines, parameters);
  let periods: readonly BenefitPeriod[];
  // A rated year's periods were split when it was rated (see `ratedScheduleOn`).
  if (rated) periods = rated.periods as readonly BenefitPeriod[];
  else switch (input.frequency) {
    case "tahap":
    case "bimonthly":
    case "month": {
      const frequency = input.frequency;
      const weights = input.periodWeights;
      const count = 12 / MONTHS_PER_PERIOD[frequency];
      if (weights !== undefined && weights.length !== count) {
        throw failure(programMessages, "program.bad_period_weights", { count: weights.length, periods: count });
      }
      // Weights come from a rated year, whose periods are split once (`ratedScheduleOn`).
      const from = weights === undefined ? SPLIT_PERIODS : undefined;
      periods =
        parameters === undefined || from === undefined
          ? splitPeriods(frequency, year, total, weights)
          : // A split depends on the year, not on the date: kept with the reader of the year's first day.
            derivedOnce(parameterReaderOfYear(parameters, year), from, `${frequency}|${year}|${amountText(total)}`, () =>
              Object.freeze(splitPeriods(frequency, year, total, weights).map((period) => Object.freeze(period))),
            );
      break;
    }
    case "year":
      periods = [{ label: String(year), start: `${String(year).padStart(4, "0")}-01-01`, end: `${String(year).padStart(4, "0")}-12-31`, amount: total }];
      break;
    case "once": {
      const on = input.paidOn ?? input.asOf;
      periods = [{ label: on, start: on, end: on, amount: total }];
      break;
    }
    default:
      periods = [];
  }
  const schedule: BenefitSchedule = {
    program: input.program,
    approach: input.approach,
    frequency: input.frequency,
    year,
    lines: input.lines,
    periods,
    total: input.frequency === "in-kind" ? ZERO_RUPIAH : total,
    graduation: input.graduation,
    channel: input.channel,
    calendar: input.calendar,
  };
  return schedule;
}

/**
 * The graduation record of a grant: review date = grant date + mentoring months (clamped to the
 * month's end).
 *
 * @param grantDate - The grant date.
 * @param mentoring - The mentoring-months parameter in force.
 * @returns The record.
 * @example
 * const mentoring = parameterValueAt(defaultParameters(), "pena.mentoring_months", "2025-07-01");
 * graduationRecord("2025-07-01", mentoring).reviewDate //=> "2026-07-01"
 * @category Programs
 */
export function graduationRecord(grantDate: IsoDate, mentoring: ParameterValue<unknown>): GraduationRecord {
  return guarded("graduationRecord", () => {
    const months = readObject(mentoring, "graduationRecord", "mentoring").value;
    if (typeof months !== "number" || !Number.isSafeInteger(months) || months < 0) throw bad("graduationRecord", "mentoring.value", months);
    return { grantDate, mentoringMonths: months, reviewDate: addMonths(assertIsoDate(grantDate), months), parameter: mentoring };
  });
}
