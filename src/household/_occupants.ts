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
 * How many people a household measure counts (household size, per-person floor area and
 * consumption, weights): the members alive on `asOf` (no `deathDate` on or before it), or, without
 * a date, the members without a recorded death (`deathDate`: the member died but is still listed on
 * the KK). When every member counted out has died, every member listed, so that no measure divides
 * by zero (such a record is for the office to correct).
 * @internal
 */
export function occupants(household: Pick<Household, "members">, asOf?: IsoDate): number {
  const members = household.members;
  let living = 0;
  if (asOf === undefined) {
    for (let i = 0; i < members.length; i++) if ((members[i] as Person).deathDate === undefined) living++;
  } else {
    for (let i = 0; i < members.length; i++) if (!deceasedOn(members[i] as Person, asOf)) living++;
  }
  return living > 0 ? living : members.length;
}
