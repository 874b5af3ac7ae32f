import { issue, type Issue, type IssuePath } from "../message/error.js";
import { typeName } from "../message/redact.js";
import type { RegionCode } from "../region/code.js";
import { daysInMonth, formatIsoDate, type CalendarDate, type IsoDate } from "../time/isoDate.js";
import { maskNik } from "./mask.js";
import { householdMessages, type HouseholdMessageCode } from "./messages.js";

// Shared reading of the two 16-digit numbers of Dukcapil, `PPKKCC DDMMYY SSSS`: NIK (DD + 40 for
// women) and KK (DD = issue day). Internal; see nik.ts and kk.ts for the public API.

/** Which number is read. @internal */
export type IdKind = "nik" | "kk";

/** The digits of a structurally valid NIK or KK. @internal */
export interface IdFields {
  /** Day of month 1–31 (for a woman's NIK, already minus 40). */
  readonly day: number;
  readonly month: number;
  /** Two-digit year 0–99. */
  readonly yy: number;
  /** `"female"` when a NIK's day was 41–71; always `"male"` for a KK (unused). */
  readonly female: boolean;
  readonly serial: number;
}

const CODES: Record<IdKind, Record<"notText" | "format" | "region" | "day" | "month" | "date" | "serial", HouseholdMessageCode>> = {
  nik: {
    notText: "household.nik_not_text",
    format: "household.nik_format",
    region: "household.nik_region",
    day: "household.nik_day",
    month: "household.nik_month",
    date: "household.nik_date",
    serial: "household.nik_serial",
  },
  kk: {
    notText: "household.kk_not_text",
    format: "household.kk_format",
    region: "household.kk_region",
    day: "household.kk_day",
    month: "household.kk_month",
    date: "household.kk_date",
    serial: "household.kk_serial",
  },
};

const SIXTEEN_DIGITS = /^\d{16}$/;

/** The number written by the two ASCII digits of `text` at `at`. @internal */
export function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/**
 * Whether the first six of 16 digits are a well-formed district code: province 11–99, regency
 * and district not `00` (what `parseRegionCode` accepts for `PP.KK.CC`).
 */
function regionOk(digits: string): boolean {
  return twoDigits(digits, 0) >= 11 && twoDigits(digits, 2) !== 0 && twoDigits(digits, 4) !== 0;
}

/**
 * The region of a structurally valid number (one {@link isValidId} accepts): its first six digits
 * as a dotted district code, e.g. `64.02.01`.
 * @internal
 */
export function idRegion(valid: string): RegionCode {
  return `${valid.slice(0, 2)}.${valid.slice(2, 4)}.${valid.slice(4, 6)}` as RegionCode;
}

/**
 * Whether a number is structurally valid: every check of {@link readIdNumber} passes. The fast
 * path: a NIK is checked up to three times per person (its schema, the person's and the
 * household's cross-field checks) and nearly all are valid, so this only reads character codes and
 * allocates nothing; {@link readIdNumber} says what is wrong with the rest.
 * @internal
 */
export function isValidId(kind: IdKind, input: unknown): input is string {
  if (typeof input !== "string" || input.length !== 16) return false;
  for (let i = 0; i < 16; i++) {
    const c = input.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (!regionOk(input)) return false;
  const rawDay = twoDigits(input, 6);
  const month = twoDigits(input, 8);
  const female = kind === "nik" && rawDay >= 41 && rawDay <= 71;
  const day = female ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31 || (!female && rawDay > 31)) return false;
  if (month < 1 || month > 12 || day > daysInMonth(2000, month)) return false;
  return twoDigits(input, 12) !== 0 || twoDigits(input, 14) !== 0; // serial 0001–9999
}

/**
 * The fields of a structurally valid number, or `undefined` (see {@link isValidId}).
 * @internal
 */
export function idFields(kind: IdKind, input: unknown): IdFields | undefined {
  if (!isValidId(kind, input)) return undefined;
  const rawDay = twoDigits(input, 6);
  const female = kind === "nik" && rawDay >= 41;
  return {
    day: female ? rawDay - 40 : rawDay,
    month: twoDigits(input, 8),
    yy: twoDigits(input, 10),
    female,
    serial: twoDigits(input, 12) * 100 + twoDigits(input, 14),
  };
}

/**
 * Check everything that does not depend on the century: 16 ASCII digits, a well-formed region,
 * month 01–12, day 01–31 (NIK women 41–71), a day that exists in the month in some year
 * (29 February allowed here), serial 0001–9999. Collects every problem.
 * @internal
 */
export function readIdNumber(kind: IdKind, input: unknown, path: IssuePath = []): { fields?: IdFields; issues: Issue[] } {
  const fields = idFields(kind, input);
  if (fields !== undefined) return { fields, issues: [] };
  // Not valid: find every reason. Only now is the number masked for the messages.
  const codes = CODES[kind];
  if (typeof input !== "string") {
    return { issues: [issue(householdMessages, codes.notText, path, { type: typeName(input) })] };
  }
  const masked = maskNik(input);
  const shown = { nik: masked, kk: masked };
  if (!SIXTEEN_DIGITS.test(input)) {
    const length = input.length > 9999 ? "> 9999" : input.length;
    return { issues: [issue(householdMessages, codes.format, path, { ...shown, length })] };
  }
  const issues: Issue[] = [];
  if (!regionOk(input)) issues.push(issue(householdMessages, codes.region, path, shown));

  const rawDay = twoDigits(input, 6);
  const month = twoDigits(input, 8);
  const serial = twoDigits(input, 12) * 100 + twoDigits(input, 14);
  const female = kind === "nik" && rawDay >= 41 && rawDay <= 71;
  const day = female ? rawDay - 40 : rawDay;
  const dayOk = day >= 1 && day <= 31 && (female || rawDay <= 31);
  const monthOk = month >= 1 && month <= 12;
  if (!dayOk) issues.push(issue(householdMessages, codes.day, path, shown));
  if (!monthOk) issues.push(issue(householdMessages, codes.month, path, shown));
  // 2000 is a leap year, so this allows 29 February until the century is known.
  if (dayOk && monthOk && day > daysInMonth(2000, month)) issues.push(issue(householdMessages, codes.date, path, shown));
  if (serial === 0) issues.push(issue(householdMessages, codes.serial, path, shown));
  // idFields refused the number, so at least one of the checks above failed.
  return { issues };
}

/**
 * The full year of a two-digit year: the latest year not after `asOf`'s year that ends in `yy`
 * and puts the date (`month`, `day`) on or before `asOf`.
 * @internal
 */
export function resolveYear(yy: number, month: number, day: number, asOf: CalendarDate): number {
  let year = asOf.year - ((((asOf.year - yy) % 100) + 100) % 100);
  if (year === asOf.year && (month > asOf.month || (month === asOf.month && day > asOf.day))) year -= 100;
  return year;
}

/**
 * The full date of a structurally valid number against `asOf`, or an issue when the date does not
 * exist in the resolved year (29 February of a common year) or the year would be before year 1.
 * @internal
 */
export function resolveIdDate(
  kind: IdKind,
  input: string,
  fields: IdFields,
  asOf: CalendarDate,
  path: IssuePath = [],
): { date?: IsoDate; issues: Issue[] } {
  const year = resolveYear(fields.yy, fields.month, fields.day, asOf);
  if (year < 1 || fields.day > daysInMonth(year, fields.month)) {
    const shown = maskNik(input);
    return { issues: [issue(householdMessages, CODES[kind].date, path, { nik: shown, kk: shown })] };
  }
  return { date: formatIsoDate({ year, month: fields.month, day: fields.day }), issues: [] };
}
