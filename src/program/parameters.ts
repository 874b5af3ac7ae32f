import type { DatedParameter } from "../time/parameter.js";

/**
 * How old a household's DTSEN desil may be on the assessment date, in months. DTSEN is re-ranked
 * every quarter (Inpres 4/2025; BPS), so a desil older than two rankings is no longer trusted and
 * every `*.desil_current` check becomes `unknown` (fail closed). A desil read on `d` is current on
 * `asOf` when `d` ≥ `asOf` − 6 months (month-end clamped: on 2025-08-31 the oldest current reading
 * is 2025-02-28). Six months allows one ranking plus publication delay; this is the library's
 * policy choice, not a published rule. Override it per office with `overrideParameters`.
 * @example
 * valueAt(desilMaxAgeMonths, "2025-07-01") //=> 6
 * @category Programs
 */
export const desilMaxAgeMonths: DatedParameter<number> = {
  id: "dtsen.desil_max_age_months",
  description: "Maximum age of a household's DTSEN desil on the assessment date",
  unit: "months",
  values: [
    {
      from: "2021-01-01",
      value: 6,
      source:
        "Library default [policy choice]: DTSEN re-ranks every 3 months (Inpres 4/2025; BPS), so a desil may be at most two quarterly rankings (6 months) old; applied to DTKS-era desil records from 2021 as well",
    },
  ],
};

/**
 * Employer categories that exclude a family from Kemensos aid whatever its desil, when any member
 * works in one: civil servants (ASN), TNI, Polri, state officials, BUMN and BUMD staff.
 * @example
 * valueAt(excludedEmployers, "2025-07-01").includes("polri") //=> true
 * @category Programs
 */
export const excludedEmployers: DatedParameter<readonly string[]> = {
  id: "dtsen.excluded_employers",
  description: "Employer categories that exclude the family from aid whatever its desil",
  unit: "employer categories",
  values: [
    {
      from: "2021-01-01",
      value: ["asn", "tni", "polri", "state-official", "bumn", "bumd"],
      source:
        "[M] Kemensos exclusions reported by suara.com 2025-12-05 (ASN/TNI/Polri, state officials, BUMN/BUMD staff or a family member who is), applied from 2021 as a library default; deceased and address-not-found exclusions are not modelled",
    },
  ],
};

/**
 * The parameters shared by several programs.
 * @example
 * sharedParameters.map((p) => p.id) //=> ["dtsen.desil_max_age_months", "dtsen.excluded_employers"]
 * @category Programs
 */
export const sharedParameters: readonly DatedParameter[] = [desilMaxAgeMonths, excludedEmployers];
