import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// Kalimantan Timur province, Susenas March/September releases, copied from
// shared/data/kaltim-poverty.json (province.periods). Counts converted from thousands to persons.
const CODE = "64" as RegionCode;
const NAME = "Kalimantan Timur";
const POPULATION_MISSING = {
  status: "missing",
  reason: "Not in the embedded sources; impliedPopulation() derives about 3.83 million from poor ÷ P0",
} as const;
const SEPTEMBER_2024 = `${S.LINIKALTIM_2024_09} ; kaltim.akurasi.id`;

/** @internal */
export const kaltimProvince2023March: RegionPovertyStats = {
  code: CODE,
  name: NAME,
  period: "2023-03",
  poor: { status: "known", value: 231_070, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  p0Percent: { status: "known", value: 6.11, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("790186"), source: S.MEDIABORNEO_2023_03, confidence: "H" },
  p1: { status: "known", value: 0.771, source: S.PRANALA, confidence: "M" },
  p2: { status: "known", value: 0.14, source: S.PRANALA, confidence: "M" },
  urbanP0Percent: { status: "known", value: 4.68, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  ruralP0Percent: { status: "known", value: 9.28, source: S.MEDIABORNEO_2023_03, confidence: "H" },
};

/** @internal */
export const kaltimProvince2024March: RegionPovertyStats = {
  code: CODE,
  name: NAME,
  period: "2024-03",
  poor: { status: "known", value: 221_340, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  p0Percent: { status: "known", value: 5.78, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("833955"), source: S.BPS_KALTIM_2024_03, confidence: "H" },
  p1: {
    status: "known",
    value: 0.799,
    source: S.PRANALA,
    confidence: "M",
    note: "Secondary source; the domain notes tag March 2024 P1/P2 as M",
  },
  p2: { status: "known", value: 0.154, source: S.PRANALA, confidence: "M" },
  urbanP0Percent: { status: "known", value: 4.47, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  ruralP0Percent: { status: "known", value: 8.76, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  povertyLineFood: {
    status: "known",
    value: /* @__PURE__ */ rupiah("590571"),
    source: S.BPS_KALTIM_2024_03,
    confidence: "H",
    note: "70.82% of the poverty line",
  },
  povertyLineNonFood: { status: "known", value: /* @__PURE__ */ rupiah("243384"), source: S.BPS_KALTIM_2024_03, confidence: "H" },
  membersPerPoorHousehold: { status: "known", value: 5.13, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  notes: [
    "Urban 118.44 thousand and rural 102.90 thousand poor people; household poverty line Rp 4,278,189/month.",
    "The ten kab/kota 2024 counts add up to 221.35 thousand against this published 221.34 thousand.",
  ],
};

/** @internal */
export const kaltimProvince2024September: RegionPovertyStats = {
  code: CODE,
  name: NAME,
  period: "2024-09",
  poor: { status: "known", value: 211_880, source: SEPTEMBER_2024, confidence: "H" },
  p0Percent: { status: "known", value: 5.51, source: SEPTEMBER_2024, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("853997"), source: SEPTEMBER_2024, confidence: "H" },
  p1: { status: "missing", reason: "September 2024 P1 not found in the sources read" },
  p2: { status: "missing", reason: "September 2024 P2 not found in the sources read" },
  urbanP0Percent: { status: "known", value: 4.41, source: SEPTEMBER_2024, confidence: "H" },
  ruralP0Percent: { status: "known", value: 8.0, source: SEPTEMBER_2024, confidence: "H" },
  membersPerPoorHousehold: { status: "known", value: 5.32, source: SEPTEMBER_2024, confidence: "H" },
  notes: ["Household poverty line Rp 4,543,264/month."],
};

/** @internal */
export const kaltimProvince2025March: RegionPovertyStats = {
  code: CODE,
  name: NAME,
  period: "2025-03",
  poor: { status: "known", value: 199_710, source: S.IDNTIMES_2025_03, confidence: "H" },
  p0Percent: { status: "known", value: 5.17, source: S.IDNTIMES_2025_03, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("866193"), source: S.IDNTIMES_2025_03, confidence: "H" },
  p1: { status: "missing", reason: "March 2025 P1 not found in the sources read" },
  p2: { status: "missing", reason: "March 2025 P2 not found in the sources read" },
  urbanP0Percent: { status: "known", value: 4.16, source: S.IDNTIMES_2025_03, confidence: "H" },
  ruralP0Percent: { status: "known", value: 7.48, source: S.IDNTIMES_2025_03, confidence: "H" },
};
