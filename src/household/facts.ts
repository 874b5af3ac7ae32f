import { rupiah, type Rupiah } from "../money/rupiah.js";
import { ageOn } from "../time/calendar.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import type { Household } from "./household.js";
import { requireHousehold } from "./requireHousehold.js";
import { absentOn, occupants } from "./_occupants.js";

/**
 * The age bands reported by {@link membersByAgeBand}, in completed years. `60+` includes `70+`.
 * @category Households
 */
export type AgeBand = "0-6" | "7-12" | "13-15" | "16-18" | "19-59" | "60+" | "70+";

/**
 * The number of members of a household: those without a recorded death (`deathDate`: died but
 * still listed on the KK), or every member listed when every member's death is recorded. With
 * `asOf`, the members on that date: a death recorded after it does not count yet, and a member born
 * after it is not yet counted.
 *
 * @param household - A parsed household.
 * @param asOf - The date members are counted on (optional).
 * @returns The member count (≥ 1).
 * @example
 * const household = Household.parse({ id: "kukar-01", regency: "64.02", members: [
 *   { sex: "male", birthDate: "1985-03-01", relationship: "head" },
 *   { sex: "female", birthDate: "1988-07-12", relationship: "spouse" },
 *   { sex: "female", birthDate: "2015-01-20", relationship: "child" },
 *   { sex: "male", birthDate: "2021-09-05", relationship: "child" },
 *   { sex: "female", birthDate: "1960-06-01", relationship: "parent" },
 * ] });
 * householdSize(household) //=> 5
 * @category Households
 */
export function householdSize(household: Household, asOf?: IsoDate): number {
  household = requireHousehold(household, "householdSize");
  return occupants(household, dateOrNone(asOf));
}

const dateOrNone = (asOf: IsoDate | undefined): IsoDate | undefined => (asOf === undefined ? undefined : assertIsoDate(asOf));

/**
 * Count the members of a household on a date by age band: 0–6 (early childhood), 7–12, 13–15, 16–18, 19–59, 60+ and
 * 70+ (so the elderly can be counted under either PKH threshold). The bands 0–6 … 60+ partition the
 * household on that date; 70+ is a subset of 60+. A member who died on or before `asOf` (`deathDate`),
 * or was born after it (not yet a member: a registry extracted later), is in no band.
 *
 * @param household - A parsed household.
 * @param asOf - The date ages are taken on.
 * @returns Members per band.
 * @example
 * const household = Household.parse({ id: "kukar-01", regency: "64.02", members: [
 *   { sex: "male", birthDate: "1985-03-01", relationship: "head" },
 *   { sex: "female", birthDate: "1988-07-12", relationship: "spouse" },
 *   { sex: "female", birthDate: "2015-01-20", relationship: "child" },
 *   { sex: "male", birthDate: "2021-09-05", relationship: "child" },
 *   { sex: "female", birthDate: "1960-06-01", relationship: "parent" },
 * ] });
 * membersByAgeBand(household, "2026-01-01")
 * //=> { "0-6": 1, "7-12": 1, "13-15": 0, "16-18": 0, "19-59": 2, "60+": 1, "70+": 0 }
 * @category Households
 */
export function membersByAgeBand(household: Household, asOf: IsoDate): Record<AgeBand, number> {
  household = requireHousehold(household, "membersByAgeBand");
  assertIsoDate(asOf);
  const bands: Record<AgeBand, number> = { "0-6": 0, "7-12": 0, "13-15": 0, "16-18": 0, "19-59": 0, "60+": 0, "70+": 0 };
  for (const member of household.members) {
    if (absentOn(member, asOf)) continue;
    const age = ageOn(member.birthDate, asOf);
    const band: AgeBand = age <= 6 ? "0-6" : age <= 12 ? "7-12" : age <= 15 ? "13-15" : age <= 18 ? "16-18" : age <= 59 ? "19-59" : "60+";
    bands[band] += 1;
    if (age >= 70) bands["70+"] += 1;
  }
  return bands;
}

/**
 * Monthly consumption per member: the household total divided by {@link householdSize}, as an exact
 * decimal division rounded half-up to Rp 0.01 (so `Rp1.000.000` for 3 people is `333333.33`).
 * Compare it with a poverty line (garis kemiskinan, Rp per capita per month).
 *
 * @param household - A parsed household.
 * @param asOf - The date members are counted on (optional, as in {@link householdSize}).
 * @returns The amount, or `undefined` when consumption is not recorded.
 * @example
 * const household = Household.parse({ id: "h1", regency: "64.02", monthlyConsumption: "1000000", members: [
 *   { sex: "female", birthDate: "1980-01-01", relationship: "head" },
 *   { sex: "male", birthDate: "2010-05-01", relationship: "child" },
 *   { sex: "male", birthDate: "2014-05-01", relationship: "child" },
 * ] });
 * perCapitaConsumption(household)?.toString() //=> "333333.33"
 * @category Households
 */
export function perCapitaConsumption(household: Household, asOf?: IsoDate): Rupiah | undefined {
  household = requireHousehold(household, "perCapitaConsumption");
  const on = dateOrNone(asOf);
  const total = household.monthlyConsumption;
  if (total === undefined) return undefined;
  return rupiah(total.decimal.dividedBy(occupants(household, on)).toString()).round({ unit: "0.01", mode: "half-up" });
}

/**
 * Floor area per member ({@link householdSize}) in m² (a binary floating-point number; criteria that compare it with 7.2
 * or 8 m² compare exactly on the recorded decimal instead).
 *
 * @param household - A parsed household.
 * @param asOf - The date members are counted on (optional, as in {@link householdSize}).
 * @returns m² per person, or `undefined` when the floor area is not recorded.
 * @example
 * const household = Household.parse({ id: "h1", regency: "64.02", housing: { floorArea: 36 }, members: [
 *   { sex: "male", birthDate: "1985-03-01", relationship: "head" },
 *   { sex: "female", birthDate: "1988-07-12", relationship: "spouse" },
 *   { sex: "female", birthDate: "2015-01-20", relationship: "child" },
 *   { sex: "male", birthDate: "2021-09-05", relationship: "child" },
 * ] });
 * floorAreaPerPerson(household) //=> 9
 * @category Households
 */
export function floorAreaPerPerson(household: Household, asOf?: IsoDate): number | undefined {
  household = requireHousehold(household, "floorAreaPerPerson");
  const on = dateOrNone(asOf);
  const area = household.housing?.floorArea;
  return area === undefined ? undefined : area / occupants(household, on);
}

/**
 * Members by dependency status and their ratio, as returned by {@link dependencyRatio}.
 * @category Households
 */
export interface DependencyRatio {
  /** Members aged 0–14 or 65 and over. */
  readonly dependents: number;
  /** Members aged 15–64. */
  readonly workingAge: number;
  /** `dependents / workingAge` (e.g. 0.5, not 50); `undefined` when no member is of working age. */
  readonly ratio: number | undefined;
}

/**
 * The household dependency ratio on a date, by the BPS definition: members aged 0–14 and 65+ per
 * member aged 15–64, among the members on that date (a member who died on or before it, or was born
 * after it, is neither).
 *
 * @param household - A parsed household.
 * @param asOf - The date ages are taken on.
 * @returns The counts and the ratio.
 * @example
 * const household = Household.parse({ id: "kukar-01", regency: "64.02", members: [
 *   { sex: "male", birthDate: "1985-03-01", relationship: "head" },
 *   { sex: "female", birthDate: "1988-07-12", relationship: "spouse" },
 *   { sex: "female", birthDate: "2015-01-20", relationship: "child" },
 *   { sex: "male", birthDate: "2021-09-05", relationship: "child" },
 *   { sex: "female", birthDate: "1960-06-01", relationship: "parent" },
 * ] });
 * dependencyRatio(household, "2026-01-01") //=> { dependents: 3, workingAge: 2, ratio: 1.5 }
 * @category Households
 */
export function dependencyRatio(household: Household, asOf: IsoDate): DependencyRatio {
  household = requireHousehold(household, "dependencyRatio");
  assertIsoDate(asOf);
  let dependents = 0;
  let workingAge = 0;
  for (const member of household.members) {
    if (absentOn(member, asOf)) continue;
    const age = ageOn(member.birthDate, asOf);
    if (age <= 14 || age >= 65) dependents += 1;
    else workingAge += 1;
  }
  return { dependents, workingAge, ratio: workingAge === 0 ? undefined : dependents / workingAge };
}
