import type { IsoDate } from "../time/isoDate.js";
import type { Household } from "./household.js";
import type { Person } from "./person.js";

/**
 * Whether a member had died on `asOf` (a recorded death on or before it): from that date the member
 * counts for nothing, in the programs and in the household measures taken on a date.
 * @internal
 */
export function deceasedOn(person: Pick<Person, "deathDate">, asOf: IsoDate): boolean {
  const died = person.deathDate;
  return died !== undefined && died <= asOf;
}

/**
 * Whether a member counts for nothing on `asOf`: born after it (not yet a member: a registry
 * extracted later and read on an earlier date), or dead on it (a recorded death on or before it).
 * Such a member keeps its place in the record (reasons still cite "anggota ke-N" by record order)
 * but no program, exclusion or household measure taken on `asOf` counts it. `age`: the member's age
 * on `asOf` from the assessment's facts, when the caller has it (a check): `NaN` there says born
 * after `asOf` (see `factsOn`), so no date is compared for the birth, in a loop every check runs.
 * @internal
 */
export function absentOn(person: Pick<Person, "birthDate" | "deathDate">, asOf: IsoDate, age?: number): boolean {
  const died = person.deathDate;
  if (died !== undefined && died <= asOf) return true;
  return age === undefined ? person.birthDate > asOf : age !== age;
}

/**
 * How many people a household measure counts (household size, per-person floor area and
 * consumption, weights): the members present on `asOf` (born on or before it, no `deathDate` on or
 * before it: see {@link absentOn}), or, without a date, the members without a recorded death
 * (`deathDate`: the member died but is still listed on the KK). When every member is counted out,
 * every member listed, so that no measure divides by zero (such a record is for the office to correct).
 * @internal
 */
export function occupants(household: Pick<Household, "members">, asOf?: IsoDate): number {
  const members = household.members;
  let living = 0;
  if (asOf === undefined) {
    for (let i = 0; i < members.length; i++) if ((members[i] as Person).deathDate === undefined) living++;
  } else {
    for (let i = 0; i < members.length; i++) if (!absentOn(members[i] as Person, asOf)) living++;
  }
  return living > 0 ? living : members.length;
}
