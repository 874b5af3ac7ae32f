import { addDays as addDaysFns, differenceInCalendarDays } from "date-fns";
import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { daysInMonth, formatIsoDate, parseIsoDate, type IsoDate } from "./isoDate.js";
import { timeMessages } from "./messages.js";

// date-fns works on Date objects in local time; a local noon never crosses a day boundary through
// a daylight-saving shift, so whole-day arithmetic stays on the right calendar day in every zone.
function toLocalNoon(value: IsoDate): Date {
  const { year, month, day } = parseIsoDate(value);
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(year, month - 1, day);
  return date;
}

function fromLocal(date: Date): IsoDate | undefined {
  const year = date.getFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  return formatIsoDate({ year, month: date.getMonth() + 1, day: date.getDate() });
}

/** Days or months to add: a whole number small enough that the date stays within years 1–9999. */
function checkStep(value: number, unit: "days" | "months", limit: number): void {
  if (!Number.isSafeInteger(value)) throw failure(timeMessages, "time.invalid_step", { unit, value: describeValue(value) });
  if (Math.abs(value) > limit) throw failure(timeMessages, "time.out_of_range", { date: "?", unit, value });
}

/**
 * Age in completed years on a date. A person born on 29 February turns a year older on
 * 1 March in common years (so someone born 2008-02-29 is 17 on 2026-02-28 and 18 on 2026-03-01).
 * Throws `time.birth_after_date` when the birth date is after `asOf`.
 *
 * @param birthDate - ISO birth date.
 * @param asOf - ISO date on which the age is wanted.
 * @returns Completed years.
 * @example
 * ageOn("2008-02-29", "2026-02-28") //=> 17
 * ageOn("2008-02-29", "2026-03-01") //=> 18
 * @category Time
 */
export function ageOn(birthDate: IsoDate, asOf: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(asOf);
  if (birthDate > asOf) throw failure(timeMessages, "time.birth_after_date", { birthDate, asOf });
  // Comparing (month, day) pairs makes a 29 February birthday fall after 28 February and before
  // 1 March in a common year, which is the rule above.
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/**
 * The date `days` calendar days after (or, if negative, before) a date. Throws `time.invalid_step`
 * unless `days` is a whole number (`addDays(d, 0.5)` is an error), and `time.out_of_range` when the
 * result falls outside the years 1–9999.
 *
 * @example
 * addDays("2024-02-28", 1) //=> "2024-02-29"
 * @category Time
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  checkStep(days, "days", 3_660_000);
  const result = fromLocal(addDaysFns(toLocalNoon(date), days));
  if (result === undefined) throw failure(timeMessages, "time.out_of_range", { date, unit: "days", value: days });
  return result;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2024-01-01", "2025-01-01") //=> 366
 * @category Time
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from));
}

/**
 * The date a number of calendar months after a date, clamped to the month's end
 * (31 January + 1 month = 28 or 29 February). Throws `time.invalid_step` unless `months` is a whole
 * number, and `time.out_of_range` when the result falls outside the years 1–9999.
 *
 * @example
 * addMonths("2024-01-31", 1) //=> "2024-02-29"
 * @category Time
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  checkStep(months, "months", 120_000);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  if (newYear < 1 || newYear > 9999) throw failure(timeMessages, "time.out_of_range", { date, unit: "months", value: months });
  const newMonth = (index % 12) + 1;
  const last = daysInMonth(newYear, newMonth);
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, last) });
}

/** @internal */
export function invalidPeriod(value: unknown): never {
  throw failure(timeMessages, "time.invalid_period", { value: describeValue(value) });
}
