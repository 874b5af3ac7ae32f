import { daysInMonth, formatIsoDate, isIsoDate, type IsoDate } from "../time/isoDate.js";

// Payment periods as benefit schedules label them (`2025-III`, `2024-01/02`, `2025-07`, `2025`, or a
// grant date), read back into the days they cover. Payment lists also write a tahap `2025-Q3` or
// `2025-T3`; those are normalised to the schedule's `2025-III` so that they match.

/** The first and last day a period label covers. @internal */
export interface PeriodSpan {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const TAHAP = /^(\d{4})-(I|II|III|IV)$/;
const TAHAP_NUMBER = /^(\d{4})-[QT]([1-4])$/i;
const MONTHS = /^(\d{4})-(\d{2})\/(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/**
 * The canonical form of a period label: trimmed, and a tahap written `2025-Q3`/`2025-T3` becomes
 * `2025-III`. Anything else is returned trimmed (and then matches no schedule period if wrong).
 * @internal
 */
export function normalisePeriod(label: string): string {
  const text = label.trim();
  const tahap = TAHAP_NUMBER.exec(text);
  return tahap ? `${tahap[1]}-${ROMAN[Number(tahap[2]) - 1]}` : text;
}

function span(year: number, first: number, last: number): PeriodSpan | undefined {
  if (year < 1 || first < 1 || last > 12 || first > last) return undefined;
  return { start: formatIsoDate({ year, month: first, day: 1 }), end: formatIsoDate({ year, month: last, day: daysInMonth(year, last) }) };
}

/**
 * The days a canonical period label covers, or `undefined` when it is not a period label.
 * @internal
 */
export function periodSpan(label: string): PeriodSpan | undefined {
  if (isIsoDate(label)) return { start: label, end: label };
  let match = TAHAP.exec(label);
  if (match) {
    const quarter = ROMAN.indexOf(match[2] as (typeof ROMAN)[number]) + 1;
    return span(Number(match[1]), quarter * 3 - 2, quarter * 3);
  }
  match = MONTHS.exec(label);
  if (match) return span(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH.exec(label);
  if (match) return span(Number(match[1]), Number(match[2]), Number(match[2]));
  match = YEAR.exec(label);
  return match ? span(Number(match[1]), 1, 12) : undefined;
}

/**
 * The date a payment is judged on: the payment date, moved into the period it pays when it was
 * paid before the period began (an advance is judged on the period's first day) or after it ended
 * (a late tahap is judged on the period's last day, when the family's entitlement for it was fixed).
 * @internal
 */
export function decisionDate(paidOn: IsoDate, period: PeriodSpan | undefined): IsoDate {
  if (period === undefined) return paidOn;
  if (paidOn < period.start) return period.start;
  return paidOn > period.end ? period.end : paidOn;
}
