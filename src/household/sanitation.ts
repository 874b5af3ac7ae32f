import type { Household } from "./household.js";
import { allHold, assessment, criterion, type CriteriaAssessment, type Criterion } from "./tri.js";

function facility(household: Household): Criterion {
  const code = "household.sanitation.facility";
  const value = household.housing?.toilet?.facility;
  if (value === undefined) return criterion(code, "unknown", "household.sanitation.facility.unknown");
  const ok = value === "own" || value === "shared" || value === "communal";
  return criterion(code, ok ? "yes" : "no", ok ? "household.sanitation.facility.yes" : "household.sanitation.facility.no", {}, value);
}

function toiletType(household: Household): Criterion {
  const code = "household.sanitation.type";
  const value = household.housing?.toilet?.type;
  if (value === undefined) return criterion(code, "unknown", "household.sanitation.type.unknown");
  const ok = value === "gooseneck";
  return criterion(code, ok ? "yes" : "no", ok ? "household.sanitation.type.yes" : "household.sanitation.type.no", {}, value);
}

function disposal(household: Household): Criterion {
  const code = "household.sanitation.disposal";
  const value = household.housing?.toilet?.disposal;
  if (value === undefined) return criterion(code, "unknown", "household.sanitation.disposal.unknown");
  if (value === "septic-tank" || value === "ipal") return criterion(code, "yes", "household.sanitation.disposal.yes", {}, value);
  if (value !== "pit") return criterion(code, "no", "household.sanitation.disposal.no", {}, value);
  switch (household.area) {
    case "rural":
      return criterion(code, "yes", "household.sanitation.disposal.pit_rural", {}, value);
    case "urban":
      return criterion(code, "no", "household.sanitation.disposal.pit_urban", {}, value);
    default:
      return criterion(code, "unknown", "household.sanitation.disposal.pit_area_unknown", {}, value);
  }
}

/** The three sanitation criteria, in order. @internal */
export function sanitationCriteria(household: Household): Criterion[] {
  return [facility(household), toiletType(household), disposal(household)];
}

/**
 * Whether a household has access to **sanitasi layak** (proper sanitation), by the BPS definition:
 * all of (1) the toilet is used by the household alone, shared with specific households, or a
 * communal MCK (not public, not none); (2) it is a gooseneck (leher angsa) toilet; (3) faeces end in
 * a septic tank or IPAL/SPAL — or, in **rural** areas only, a pit. A pit with unknown urban/rural
 * status gives `"unknown"`. Every criterion is evaluated and reported.
 * Source: BPS "akses sanitasi layak" (shared/domain.md §4).
 *
 * @param household - A parsed household.
 * @returns The verdict with its three criteria.
 * @example
 * assessSanitation(aHousehold({ area: "urban", housing: { toilet: { facility: "own", type: "gooseneck", disposal: "pit" } } })).notMet
 * //=> ["household.sanitation.disposal"]
 * @category Households
 */
export function assessSanitation(household: Household): CriteriaAssessment {
  const criteria = sanitationCriteria(household);
  const holds = allHold(criteria.map((c) => c.holds));
  const count = holds === "no" ? criteria.filter((c) => c.holds === "no").length : criteria.filter((c) => c.holds === "unknown").length;
  return assessment("household.sanitation", holds, `household.sanitation.summary.${holds}`, { count }, criteria);
}
