import type { Household } from "../household/household.js";
import { ageOn } from "../time/calendar.js";
import type { IsoDate } from "../time/isoDate.js";

/**
 * Facts derived from a household on one date, computed once per assessment and shared by every
 * program's checks (ages are needed by most programs; computing them once keeps the work per
 * household O(members)).
 * @category Programs
 */
export interface HouseholdFacts {
  /** The date the facts hold on. */
  readonly asOf: IsoDate;
  /** Each member's age in completed years on `asOf`, in member order. */
  readonly ages: readonly number[];
}

const ZERO = 48; // "0"

function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - ZERO);
  return value;
}

/**
 * Age in completed years on `asOf`, for ISO dates already validated by the household schema: the
 * same rule as `ageOn` (29 February birthdays turn on 1 March in common years) without re-parsing.
 * Falls back to `ageOn` (which throws `time.birth_after_date`) for a birth after `asOf`.
 * @internal
 */
export function ageOnValid(birthDate: IsoDate, asOf: IsoDate): number {
  if (birthDate > asOf || birthDate.length !== 10 || asOf.length !== 10) return ageOn(birthDate, asOf);
  const years = digits(asOf, 0, 4) - digits(birthDate, 0, 4);
  const on = digits(asOf, 5, 7) * 100 + digits(asOf, 8, 10);
  const born = digits(birthDate, 5, 7) * 100 + digits(birthDate, 8, 10);
  return on < born ? years - 1 : years;
}

/**
 * Derive the shared facts of a household on a date.
 *
 * @param household - A parsed household.
 * @param asOf - The assessment date.
 * @returns Its facts.
 * @example
 * householdFacts(household, "2025-07-01").ages //=> [44, 41, 12, 5]
 * @category Programs
 */
export function householdFacts(household: Household, asOf: IsoDate): HouseholdFacts {
  const members = household.members;
  const ages = new Array<number>(members.length);
  for (let i = 0; i < members.length; i++) ages[i] = ageOnValid((members[i] as Household["members"][number]).birthDate, asOf);
  return { asOf, ages };
}
