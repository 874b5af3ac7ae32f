import type { MessageValues } from "../message/message.js";
import { allocateRupiah } from "../money/allocateRupiah.js";
import { ZERO_RUPIAH, sumRupiah, type Rupiah } from "../money/rupiah.js";
import { addMonths } from "../time/calendar.js";
import { formatIsoDate, parseIsoDate, daysInMonth, type IsoDate } from "../time/isoDate.js";
import type { ParameterValue } from "../time/parameter.js";
import { tahapOfYear } from "../time/period.js";
import type { Approach } from "./program.js";

/**
 * How a benefit is paid: per `tahap` (4 quarterly stages), per `month`, once a `year`, `once` (a
 * one-off grant on the grant date), or `in-kind` (services or works with no cash amount).
 * @category Programs
 */
export type BenefitFrequency = "tahap" | "month" | "year" | "once" | "in-kind";

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
  /** Values for the line's message. */
  readonly values?: MessageValues | undefined;
}

/**
 * One payment: a tahap, a month, the year, or the grant date, with its exact amount.
 * @category Programs
 */
export interface BenefitPeriod {
  /** `2025-I`, `2025-07`, `2025` or the grant date. */
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
}

type Slot = { readonly label: string; readonly start: IsoDate; readonly end: IsoDate };

// The calendars and the equal splits are the same for most households of a batch: remember the
// last few (pure memos of pure functions, bounded so they never grow without limit).
const calendars = new Map<string, readonly Slot[]>();
const splits = new Map<string, readonly Rupiah[]>();
const MEMO_LIMIT = 512;

function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make();
    memo.set(key, value);
  }
  return value;
}

function calendar(frequency: "tahap" | "month", year: number): readonly Slot[] {
  return remember(calendars, `${frequency}:${year}`, () => {
    if (frequency === "tahap") return tahapOfYear(year).map((t) => ({ label: t.label, start: t.start, end: t.end }));
    return Array.from({ length: 12 }, (_, i) => {
      const m = i + 1;
      const start = formatIsoDate({ year, month: m, day: 1 });
      return { label: start.slice(0, 7), start, end: formatIsoDate({ year, month: m, day: daysInMonth(year, m) }) };
    });
  });
}

const EQUAL_4 = [1, 1, 1, 1];
const EQUAL_12 = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];

/**
 * `total` split into `parts` equal whole-rupiah shares with `allocateRupiah` (the first shares get
 * the remainder), remembered for repeated totals.
 * @internal
 */
export function equalSplit(total: Rupiah, parts: number): readonly Rupiah[] {
  return remember(splits, `${parts}:${total.toString()}`, () =>
    allocateRupiah(total, parts === 4 ? EQUAL_4 : parts === 12 ? EQUAL_12 : new Array<number>(parts).fill(1)),
  );
}

function sumOf(lines: readonly BenefitLine[]): Rupiah {
  if (lines.length === 0) return ZERO_RUPIAH;
  const first = (lines[0] as BenefitLine).amount;
  if (lines.length === 1) return first;
  // Per-person lines (PBI-JKN premiums) repeat one amount: multiply instead of adding.
  if (lines.every((l) => l.amount === first)) return first.times(lines.length);
  return sumRupiah(lines.map((l) => l.amount));
}

/**
 * Build a benefit schedule: the year's total is split exactly (with `allocateRupiah`, whole rupiah,
 * any remainder to the earliest periods) into 4 tahap, 12 months, one yearly payment, or one grant.
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
  const year = parseIsoDate(input.asOf).year;
  const total = sumOf(input.lines);
  let periods: BenefitPeriod[];
  switch (input.frequency) {
    case "tahap":
    case "month": {
      const slots = calendar(input.frequency, year);
      const parts = equalSplit(total, input.frequency === "tahap" ? 4 : 12);
      periods = slots.map((slot, i) => ({ label: slot.label, start: slot.start, end: slot.end, amount: parts[i] as Rupiah }));
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
 * graduationRecord("2025-07-01", mentoring).reviewDate //=> "2026-07-01"
 * @category Programs
 */
export function graduationRecord(grantDate: IsoDate, mentoring: ParameterValue<unknown>): GraduationRecord {
  const months = mentoring.value as number;
  return { grantDate, mentoringMonths: months, reviewDate: addMonths(grantDate, months), parameter: mentoring };
}
