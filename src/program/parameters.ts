import { deepFreeze } from "../_internal/deepFreeze.js";
import type { DatedParameter } from "../time/parameter.js";
import { umkMonthly } from "./umk.js";

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
export const desilMaxAgeMonths: DatedParameter<number> = /* @__PURE__ */ deepFreeze({
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
});

/**
 * Employer categories that exclude a family from Kemensos aid whatever its desil, when any living
 * member works in one: ASN, TNI, Polri, state officials, BUMN and BUMD staff, pensioners of
 * ASN/TNI/Polri, anyone else paid from APBN/APBD, village officials, certified teachers, health
 * workers, and company owners or managers (the Kemensos exclusion groups).
 * @example
 * valueAt(excludedEmployers, "2025-07-01").includes("village-official") //=> true
 * @category Programs
 */
export const excludedEmployers: DatedParameter<readonly string[]> = /* @__PURE__ */ deepFreeze({
  id: "dtsen.excluded_employers",
  description: "Employer categories that exclude the family from aid whatever its desil",
  unit: "employer categories",
  values: [
    {
      from: "2019-01-01",
      value: ["asn", "tni", "polri", "state-official", "bumn", "bumd", "pensioner", "public-payroll", "village-official", "certified-teacher", "health-worker", "company-owner"],
      source:
        "[M] Kemensos exclusion groups used to clean the data: ASN/TNI/Polri or a KK member who is; pensioners of ASN/TNI/Polri; anyone paid from APBN/APBD; village officials (perangkat desa); certified teachers; health workers; company owners or managers (https://www.ayobogor.com/umum/amp/3113115687/pemerintah-akan-gunakan-data-regsosek-untuk-pengganti-dtks-cek-juga-15-daftar-yang-dicoret-sebagai-penerima-bansos?page=2, 2023); state officials and BUMN/BUMD staff (suara.com, 2025-12-05). The sources are of 2023–2025; applied from 2019 as a library default [L before 2023]",
    },
  ],
});

/**
 * Which targeting basis is in force: `dtks` (membership of the Kemensos DTKS registry) until
 * 2025-02-04, `dtsen` (the DTSEN desil) from 2025-02-05, when Inpres 4/2025 made DTSEN the single
 * data for every program. PKH and Sembako switch on it with `targetingRule`.
 * @example
 * valueAt(targetingEra, "2024-07-01") //=> "dtks"
 * @category Programs
 */
export const targetingEra: DatedParameter<string> = /* @__PURE__ */ deepFreeze({
  id: "targeting.era",
  description: "Targeting basis in force: DTKS membership (dtks) or the DTSEN desil (dtsen)",
  unit: "era",
  values: [
    {
      from: "2019-01-01",
      to: "2025-02-04",
      value: "dtks",
      source:
        "[M] Before DTSEN, PKH, Program Sembako/BPNT and PBI-JKN were given to families in the Kemensos DTKS (Data Terpadu Kesejahteraan Sosial), by membership rather than by desil (the PBI-JKN move from DTKS to DTSEN: https://wahananews.co/opini/migrasi-data-pbi-jkn-dari-dtks-ke-dtsen-lebih-akuratkah-f20BvDI7rG/0). Dated from 2019, the earliest amounts the library carries; DTKS is older",
    },
    {
      from: "2025-02-05",
      value: "dtsen",
      source:
        "[H] Inpres 4/2025, signed 5 Feb 2025: DTSEN, ranked in desil by BPS, is the single data for every social-assistance program (https://kemensos.go.id/en/latest-news/social-minister/President-Signs-DTSEN-Instruction:-MoSA-to-Conduct-Random-Testing-and-In-depth-Data-Analysis)",
    },
  ],
});

/**
 * How old a household's DTKS membership reading may be on the assessment date, in months (the
 * DTKS counterpart of {@link desilMaxAgeMonths}; a policy choice, not a published rule).
 * @example
 * valueAt(dtksMaxAgeMonths, "2024-07-01") //=> 6
 * @category Programs
 */
export const dtksMaxAgeMonths: DatedParameter<number> = /* @__PURE__ */ deepFreeze({
  id: "dtks.max_age_months",
  description: "Maximum age of a household's DTKS membership reading on the assessment date",
  unit: "months",
  values: [
    {
      from: "2019-01-01",
      value: 6,
      source:
        "Library default [policy choice]: DTKS was re-determined by Kemensos in periodic rounds; a membership reading may be at most 6 months old, as for the DTSEN desil. Override per office",
    },
  ],
});

/**
 * Program ids (as recorded in `currentAid`) of aid from a non-Kemensos source that excludes a
 * family from Kemensos aid. Kemensos lists "already receives aid from a non-Kemensos source" as an
 * exclusion without naming the programs, so none is listed by default: an office lists its own.
 * @example
 * valueAt(otherSourceAid, "2025-07-01") //=> []
 * @category Programs
 */
export const otherSourceAid: DatedParameter<readonly string[]> = /* @__PURE__ */ deepFreeze({
  id: "exclusion.other_source_aid",
  description: "Programs (currentAid ids) of non-Kemensos aid that exclude the family from Kemensos aid",
  unit: "program ids",
  values: [
    {
      from: "2019-01-01",
      value: [],
      source:
        "[L] Kemensos excludes a family that already receives aid from a non-Kemensos source (ayobogor.com 3113115687, 2023) without naming the programs; PKH, BPNT and PBI themselves stack (poskota.co.id 2025-02-21). None listed by default: an office lists its own, e.g. a regency cash program",
    },
  ],
});

/**
 * Grants (program ids in `currentAid`, dated by their grant date) that end PKH and Sembako for the
 * family from the grant date: a PENA grant is given to a family that signs that it leaves aid.
 * @example
 * valueAt(endingGrants, "2025-07-01") //=> ["pena"]
 * @category Programs
 */
export const endingGrants: DatedParameter<readonly string[]> = /* @__PURE__ */ deepFreeze({
  id: "graduation.ending_grants",
  description: "Grants (currentAid ids) that end PKH and Sembako from the grant date",
  unit: "program ids",
  values: [
    {
      from: "2019-01-01",
      value: ["pena"],
      source:
        "[M] PENA (from 2022) ends bansos: 'bansos mereka akan dihentikan dengan sadar, dan bertanda tangan di atas materai' (palpres.disway.id, 2023); 'yang mengundurkan diri karena dapat bantuan PENA, juga dikeluarkan … dengan menulis surat pernyataan' (https://palpres.disway.id/amp/720974/perhatian-ini-5-kategori-kpm-yang-tidak-akan-dapat-bansos-pkh-dan-bpnt-2024/16, 2024)",
    },
  ],
});

/**
 * The parameters shared by several programs: targeting (era, DTKS and desil freshness) and the
 * exclusions (employment, UMK, other-source aid, ending grants).
 * @example
 * sharedParameters.map((p) => p.id).includes("targeting.era") //=> true
 * @category Programs
 */
export const sharedParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  targetingEra,
  dtksMaxAgeMonths,
  desilMaxAgeMonths,
  excludedEmployers,
  umkMonthly,
  otherSourceAid,
  endingGrants,
]);
