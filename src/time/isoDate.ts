import * as z from "zod/mini";
import { asLibraryError, failure } from "../message/error.js";
import { renderOwn, wordIn, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { neverThrows } from "../message/zod.js";
import { timeMessages } from "./messages.js";

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD` (no time, no zone). Every date-dependent
 * function in the library takes one (`asOf`) instead of reading the clock.
 * @category Time
 */
export type IsoDate = string;

/**
 * A calendar date split into numbers (month 1–12, day 1–31).
 * @category Time
 */
export interface CalendarDate {
  /** Four-digit year. */
  readonly year: number;
  /** Month 1–12. */
  readonly month: number;
  /** Day of month 1–31. */
  readonly day: number;
}

/** Throw `time.invalid_year` unless the year is a whole number 1–9999 (the years an ISO date can write). @internal */
export function checkYear(year: number): number {
  if (!(Number.isInteger(year) && year >= 1 && year <= 9999)) throw failure(timeMessages, "time.invalid_year", { value: describeValue(year) });
  return year;
}

/**
 * Whether a year is a leap year in the Gregorian calendar. Throws `time.invalid_year` unless the
 * year is a whole number 1–9999.
 * @example isLeapYear(2024) //=> true
 * @category Time
 */
export function isLeapYear(year: number): boolean {
  checkYear(year);
  return leap(year);
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a checked year and month. */
function monthLength(year: number, month: number): number {
  return month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Number of days in a month. Throws `time.invalid_year` unless the year is a whole number 1–9999 and
 * `time.invalid_month` unless the month is a whole number 1–12 (`daysInMonth(2024, 13)` is an error,
 * not 31).
 * @example daysInMonth(2023, 2) //=> 28
 * @category Time
 */
export function daysInMonth(year: number, month: number): number {
  checkYear(year);
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) throw failure(timeMessages, "time.invalid_month", { value: describeValue(month) });
  return monthLength(year, month);
}

/** The number written by the ASCII digits of `text` from `from` to `to` (exclusive), or -1 for a non-digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * A `YYYY-MM-DD` text as the number YYYYMMDD (numbers compare as the texts do), or -1 for a text not
 * of that form. It does not check that the date is real: use it on dates already checked.
 * @internal
 */
export function isoDateNumber(text: string): number {
  if (text.length !== 10) return -1;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  return year < 0 || month < 0 || day < 0 ? -1 : year * 10_000 + month * 100 + day;
}

/**
 * The parts of a real `YYYY-MM-DD` date, or `undefined` for anything else; never throws.
 * @internal
 */
export function readIsoDate(value: unknown): CalendarDate | undefined {
  if (!isIsoDate(value)) return undefined;
  return { year: digitsAt(value, 0, 4), month: digitsAt(value, 5, 7), day: digitsAt(value, 8, 10) };
}

/**
 * Whether a value is a valid ISO calendar date string. `2024-02-29` is; `2023-02-29` and `2024-02-30` are not.
 *
 * @param value - Anything.
 * @returns `true` for a real `YYYY-MM-DD` date.
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2024-02-30") //=> false
 * @category Time
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Character codes rather than a pattern, and no allocation: dates are checked several times for
  // every person of a registry.
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false; // "-"
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/**
 * Split an ISO date into year, month and day; throws `time.invalid_date` for anything else.
 *
 * @param value - A `YYYY-MM-DD` string.
 * @returns Its parts.
 * @example
 * parseIsoDate("2026-03-01") //=> { year: 2026, month: 3, day: 1 }
 * @category Time
 */
export function parseIsoDate(value: IsoDate): CalendarDate {
  const parts = readIsoDate(value);
  // A date left out (`asOf` not given) is said to be missing, never shown as "undefined".
  if (!parts) throw failure(timeMessages, "time.invalid_date", invalidDate(value));
  return parts;
}

/**
 * The words of `time.invalid_date` for a value: the value shown (a date left out, `asOf` not given,
 * is said to be missing, never shown as "undefined") and, for a date written day/month/year as an
 * Indonesian spreadsheet writes it (`01/07/2025`, `1-7-2025`, `1.7.2025`) or without its zeros
 * (`2025-7-1`), the ISO date to write instead. @internal
 */
export function invalidDate(value: unknown): { value: string | Text; hint: Text } {
  return { value: value === undefined ? { id: "tidak diisi", en: "none given" } : describeValue(value), hint: isoDateHint(value) };
}

/** `; … 2025-07-01` for a date in another form that reads as one real date, else empty (see {@link invalidDate}). @internal */
export function isoDateHint(value: unknown): Text {
  // Day/month/year (groups 1–4, the separator repeated) or year-month-day without its zeros (groups 5–7).
  const m = /^(\d\d?)([/.-])(\d\d?)\2(\d{4})$|^(\d{4})-(\d\d?)-(\d\d?)$/.exec(typeof value === "string" && value.length < 20 ? value.trim() : "") ?? [];
  const two = (digits = "") => digits.padStart(2, "0");
  const iso = m[1] ? `${m[4]}-${two(m[3])}-${two(m[1])}` : `${m[5]}-${two(m[6])}-${two(m[7])}`;
  const dmy = m[1] ? [" bila hari/bulan/tahun,", " if day/month/year,"] : ["", ""];
  return isIsoDate(iso) ? { id: `;${dmy[0]} tulis ${iso}`, en: `;${dmy[1]} write ${iso}` } : { id: "", en: "" };
}

/**
 * Check an ISO date and return it unchanged; throws `time.invalid_date` for anything else.
 *
 * @param value - A `YYYY-MM-DD` string.
 * @returns The same string.
 * @example
 * assertIsoDate("2025-07-01") //=> "2025-07-01"
 * @category Time
 */
export function assertIsoDate(value: IsoDate): IsoDate {
  parseIsoDate(value);
  return value;
}


/**
 * Write year, month and day as an ISO date (years 1–9999). Throws `time.invalid_date` unless the
 * parts are whole numbers that make a real date.
 *
 * @param date - The parts.
 * @returns `YYYY-MM-DD`.
 * @example
 * formatIsoDate({ year: 2024, month: 3, day: 1 }) //=> "2024-03-01"
 * @category Time
 */
export function formatIsoDate(date: CalendarDate): IsoDate {
  const { year, month, day } = readParts(date);
  const whole = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
  const text = whole ? `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` : "";
  if (!isIsoDate(text)) {
    const parts = [year, month, day].map(describeValue);
    const shown = (lang: keyof Text) => parts.map((part) => wordIn(part, lang)).join("-");
    throw failure(timeMessages, "time.invalid_date", { value: { id: shown("id"), en: shown("en") }, hint: "" });
  }
  return text;
}

function readParts(date: CalendarDate): { year: unknown; month: unknown; day: unknown } {
  if (date === null || typeof date !== "object") throw failure(timeMessages, "time.invalid_date", { value: describeValue(date), hint: "" });
  try {
    return { year: date.year, month: date.month, day: date.day };
  } catch (error) {
    throw asLibraryError(error, "formatIsoDate");
  }
}

/**
 * Compare two ISO dates: negative, zero or positive as `a` is before, on or after `b`.
 *
 * @example
 * compareIsoDates("2024-01-01", "2024-12-31") < 0 //=> true
 * @category Time
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A zod schema for an ISO calendar date string; rejects impossible dates such as `2024-02-30`,
 * with code `time.invalid_date` and text in Bahasa Indonesia and English.
 *
 * @example
 * IsoDateSchema.safeParse("2024-02-30").success //=> false
 * @category Time
 */
export const IsoDateSchema = /* @__PURE__ */ neverThrows(
  () => z.string().check((ctx) => {
    if (!isIsoDate(ctx.value)) {
      const text = renderOwn(timeMessages["time.invalid_date"], invalidDate(ctx.value));
      ctx.issues.push({
        code: "custom",
        input: ctx.value,
        message: text.en,
        params: { code: "time.invalid_date", text },
      });
    }
  }),
  "IsoDateSchema",
);
