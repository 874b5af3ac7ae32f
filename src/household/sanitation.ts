import type { Household } from "./household.js";
import { allCriteriaHold, assessment, countWhere, renderCriteria, triVerdicts, verdict, type CriteriaAssessment, type CriteriaVerdict, type CriterionVerdict } from "./tri.js";
import { requireHousehold } from "./requireHousehold.js";

const facilityOf = (h: Household) => h.housing?.toilet?.facility;
const typeOf = (h: Household) => h.housing?.toilet?.type;
const disposalOf = (h: Household) => h.housing?.toilet?.disposal;
const FACILITY = triVerdicts("household.sanitation.facility", undefined, facilityOf);
const TYPE = triVerdicts("household.sanitation.type", undefined, typeOf);
const DISPOSAL = triVerdicts("household.sanitation.disposal", undefined, disposalOf);
const PIT_RURAL = verdict("household.sanitation.disposal", "yes", "household.sanitation.disposal.pit_rural", undefined, disposalOf);
const PIT_URBAN = verdict("household.sanitation.disposal", "no", "household.sanitation.disposal.pit_urban", undefined, disposalOf);
const PIT_AREA_UNKNOWN = verdict("household.sanitation.disposal", "unknown", "household.sanitation.disposal.pit_area_unknown", undefined, disposalOf);

function facility(value: string | undefined): CriterionVerdict {
  if (value === undefined) return FACILITY.unknown;
  return value === "own" || value === "shared" || value === "communal" ? FACILITY.yes : FACILITY.no;
}

function toiletType(value: string | undefined): CriterionVerdict {
  if (value === undefined) return TYPE.unknown;
  return value === "gooseneck" ? TYPE.yes : TYPE.no;
}

function disposal(value: string | undefined, area: Household["area"]): CriterionVerdict {
  if (value === undefined) return DISPOSAL.unknown;
  if (value === "septic-tank" || value === "ipal") return DISPOSAL.yes;
  if (value !== "pit") return DISPOSAL.no;
  return area === "rural" ? PIT_RURAL : area === "urban" ? PIT_URBAN : PIT_AREA_UNKNOWN;
}

/** Sanitasi layak decided without rendering: the verdict and the three criteria, in order. @internal */
export function sanitationVerdict(household: Household): CriteriaVerdict {
  const toilet = household.housing?.toilet;
  const criteria = [facility(toilet?.facility), toiletType(toilet?.type), disposal(toilet?.disposal, household.area)];
  return { holds: allCriteriaHold(criteria), criteria };
}

/**
 * Whether a household has access to **sanitasi layak** (proper sanitation), by the BPS definition:
 * all of (1) the toilet is used by the household alone, shared with specific households, or a
 * communal MCK (not public, not none); (2) it is a gooseneck (leher angsa) toilet; (3) faeces end in
 * a septic tank or IPAL/SPAL — or, in **rural** areas only, a pit. A pit with unknown urban/rural
 * status gives `"unknown"`. Every criterion is evaluated and reported.
 * Source: BPS "akses sanitasi layak" (databoks.katadata.co.id/datapublish/2022/09/30/ini-proporsi-rumah-tangga-yang-memiliki-akses-sanitasi-layak-pada-2021;
 * BPS Statistik Indonesia 2022 via sanitariankit.id/?p=2677).
 *
 * @param household - A parsed household.
 * @returns The verdict with its three criteria.
 * @example
 * const household = Household.parse({
 *   id: "smd-01", regency: "64.72", area: "urban",
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 *   housing: { toilet: { facility: "own", type: "gooseneck", disposal: "pit" } },
 * });
 * assessSanitation(household).notMet //=> ["household.sanitation.disposal"]
 * @category Households
 */
export function assessSanitation(household: Household): CriteriaAssessment {
  household = requireHousehold(household, "assessSanitation");
  const { holds, criteria } = sanitationVerdict(household);
  const count = countWhere(criteria, holds === "no" ? "no" : "unknown");
  return assessment("household.sanitation", holds, `household.sanitation.summary.${holds}`, { count }, renderCriteria(household, criteria));
}
