import { asLibraryError, failure } from "../message/error.js";
import { invalidPeriod } from "./calendar.js";
import { describeValue } from "../message/redact.js";
import { checkYear, daysInMonth, formatIsoDate, isIsoDate, parseIsoDate, type IsoDate } from "./isoDate.js";
import { timeMessages } from "./messages.js";

/**
 * The kinds of period: a calendar month, a quarter, or a year.
 * @category Time
 */
export type PeriodKind = "month" | "quarter" | "year";

/**
 * A calendar period with its first and last day (both inclusive) and a label:
 * `2024` (year), `2024-03` (month, as BPS labels the March Susenas), `2024-Q1` (quarter).
 * @category Time
 */
export interface Period {
  /** What kind of period. */
  readonly kind: PeriodKind;
  /** `2024`, `2024-03` or `2024-Q1`. */
  readonly label: string;
  /** First day. */
  readonly start: IsoDate;
  /** Last day (inclusive). */
  readonly end: IsoDate;
}

function make(kind: PeriodKind, year: number, firstMonth: number, lastMonth: number, label: string): Period {
  return {
    kind,
    label,
    start: formatIsoDate({ year, month: firstMonth, day: 1 }),
    end: formatIsoDate({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
  };
}

/**
 * The period of a kind that contains a date.
 *
 * @param date - An ISO date.
 * @param kind - `month`, `quarter` or `year`.
 * @returns The period.
 * @example
 * periodOf("2024-05-17", "quarter") //=> { kind: "quarter", label: "2024-Q2", start: "2024-04-01", end: "2024-06-30" }
 * @category Time
 */
export function periodOf(date: IsoDate, kind: PeriodKind): Period {
  const { year, month } = parseIsoDate(date);
  switch (kind) {
    case "month":
      return make("month", year, month, month, `${year}-${String(month).padStart(2, "0")}`);
    case "quarter": {
      const quarter = Math.ceil(month / 3);
      return make("quarter", year, quarter * 3 - 2, quarter * 3, `${year}-Q${quarter}`);
    }
    case "year":
      return make("year", year, 1, 12, String(year));
    default:
      return invalidPeriod(kind);
  }
}

const LABEL = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])))?$/;

/**
 * Read a period label: `2024`, `2024-03` or `2024-Q1`. Throws `time.invalid_period` otherwise.
 *
 * @param label - The label.
 * @returns The period.
 * @example
 * parsePeriod("2024-03").end //=> "2024-03-31"
 * @category Time
 */
export function parsePeriod(label: string): Period {
  const match = typeof label === "string" && label.length <= 7 ? LABEL.exec(label) : null;
  if (!match) return invalidPeriod(label);
  const year = Number(match[1]);
  if (year < 1) return invalidPeriod(label);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return invalidPeriod(label);
    return make("month", year, month, month, label);
  }
  if (match[3] !== undefined) {
    const quarter = Number(match[3]);
    return make("quarter", year, quarter * 3 - 2, quarter * 3, label);
  }
  return make("year", year, 1, 12, label);
}

/**
 * Whether a date lies within a period (both ends inclusive).
 *
 * @example
 * periodContains(parsePeriod("2024"), "2024-12-31") //=> true
 * @category Time
 */
export function periodContains(period: Period, date: IsoDate): boolean {
  parseIsoDate(date);
  const { start, end } = readPeriod(period);
  return date >= start && date <= end;
}

/** The dates of a period passed in: both real ISO dates in order, else `time.invalid_period`. */
function readPeriod(period: Period): { start: IsoDate; end: IsoDate } {
  let start: unknown;
  let end: unknown;
  try {
    start = period !== null && typeof period === "object" ? period.start : undefined;
    end = period !== null && typeof period === "object" ? period.end : undefined;
  } catch (error) {
    throw asLibraryError(error, "periodContains");
  }
  if (!isIsoDate(start) || !isIsoDate(end) || end < start) return invalidPeriod(period);
  return { start, end };
}

/**
 * A PKH disbursement stage (tahap): the year's four quarters, I (January–March) to IV (October–December).
 * @category Time
 */
export interface Tahap {
  /** The year. */
  readonly year: number;
  /** 1–4. */
  readonly number: 1 | 2 | 3 | 4;
  /** Roman numeral as written in PKH notices: I, II, III, IV. */
  readonly roman: "I" | "II" | "III" | "IV";
  /** `2025-I` … `2025-IV`. */
  readonly label: string;
  /** First day. */
  readonly start: IsoDate;
  /** Last day (inclusive). */
  readonly end: IsoDate;
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/**
 * One tahap of a year. Throws `time.invalid_year` unless the year is a whole number 1–9999
 * (`tahap(2025.5, 1)` is an error) and `time.invalid_tahap` unless the number is 1–4.
 *
 * @param year - The year.
 * @param number - 1–4.
 * @returns The stage with its date range.
 * @example
 * tahap(2025, 3) //=> { year: 2025, number: 3, roman: "III", label: "2025-III", start: "2025-07-01", end: "2025-09-30" }
 * @category Time
 */
export function tahap(year: number, number: number): Tahap {
  checkYear(year);
  if (number !== 1 && number !== 2 && number !== 3 && number !== 4) {
    throw failure(timeMessages, "time.invalid_tahap", { value: describeValue(number) });
  }
  const roman = ROMAN[number - 1] as Tahap["roman"];
  const period = make("quarter", year, number * 3 - 2, number * 3, "");
  return { year, number, roman, label: `${year}-${roman}`, start: period.start, end: period.end };
}

/**
 * The tahap a date falls in.
 *
 * @example
 * tahapOf("2025-04-01").label //=> "2025-II"
 * @category Time
 */
export function tahapOf(date: IsoDate): Tahap {
  const { year, month } = parseIsoDate(date);
  return tahap(year, Math.ceil(month / 3));
}

/**
 * The four tahap of a year, in order.
 *
 * @example
 * tahapOfYear(2025).map((t) => t.roman) //=> ["I", "II", "III", "IV"]
 * @category Time
 */
export function tahapOfYear(year: number): readonly Tahap[] {
  return [tahap(year, 1), tahap(year, 2), tahap(year, 3), tahap(year, 4)];
}
