import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import { missingFigure } from "./figure.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// Kalimantan Timur province, Susenas March/September releases 2023–2024 (BPS Kaltim, as reported
// by the outlets named per figure). Counts converted from thousands to persons. 2025: kaltimProvince2025.ts.
/** @internal */
export const KALTIM_CODE = "64" as RegionCode;
/** @internal */
export const KALTIM_NAME = "Kalimantan Timur";
/** @internal */
export const POPULATION_MISSING = /* @__PURE__ */ missingFigure(
  "Not in the embedded sources; impliedPopulation() derives one from poor ÷ P0 (about 3.83 million for March 2024)",
  "Tidak ada dalam sumber bawaan; impliedPopulation() menurunkannya dari penduduk miskin ÷ P0 (sekitar 3,83 juta untuk Maret 2024)",
);
const SEPTEMBER_2024 = `${S.LINIKALTIM_2024_09} ; ${S.AKURASI_2024_09}`;

/** @internal */
export const kaltimProvince2023March: RegionPovertyStats = {
  code: KALTIM_CODE,
  name: KALTIM_NAME,
  period: "2023-03",
  poor: { status: "known", value: 231_070, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  p0Percent: { status: "known", value: 6.11, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("790186"), source: S.MEDIABORNEO_2023_03, confidence: "H" },
  p1: { status: "known", value: 0.771, source: S.PRANALA, confidence: "M", note: "One secondary source only (pranala.co)" },
  p2: { status: "known", value: 0.14, source: S.PRANALA, confidence: "M", note: "One secondary source only (pranala.co)" },
  urbanP0Percent: { status: "known", value: 4.68, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  ruralP0Percent: { status: "known", value: 9.28, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  povertyLineFood: { status: "known", value: /* @__PURE__ */ rupiah("560368"), source: S.MEDIABORNEO_2023_03, confidence: "H" },
  povertyLineNonFood: /* @__PURE__ */ missingFigure(
    "Not in the source read; the line minus its food part would give Rp 229,818 (derived, not published)",
    "Tidak ada dalam sumber yang dibaca; garis kemiskinan dikurangi bagian makanannya memberi Rp229.818 (turunan, tidak dipublikasikan)",
  ),
  membersPerPoorHousehold: { status: "known", value: 5.13, source: S.MEDIABORNEO_2023_03, confidence: "H" },
  povertyLinePerHousehold: { status: "known", value: /* @__PURE__ */ rupiah("4053654"), source: S.MEDIABORNEO_2023_03, confidence: "H" },
};

/** @internal */
export const kaltimProvince2024March: RegionPovertyStats = {
  code: KALTIM_CODE,
  name: KALTIM_NAME,
  period: "2024-03",
  poor: { status: "known", value: 221_340, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  p0Percent: { status: "known", value: 5.78, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("833955"), source: S.BPS_KALTIM_2024_03, confidence: "H" },
  p1: { status: "known", value: 0.799, source: S.PRANALA, confidence: "M", note: "One secondary source only (pranala.co)" },
  p2: { status: "known", value: 0.154, source: S.PRANALA, confidence: "M", note: "One secondary source only (pranala.co)" },
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
  povertyLinePerHousehold: { status: "known", value: /* @__PURE__ */ rupiah("4278189"), source: S.BPS_KALTIM_2024_03, confidence: "H" },
  urbanPoor: { status: "known", value: 118_440, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  ruralPoor: { status: "known", value: 102_900, source: S.BPS_KALTIM_2024_03, confidence: "H" },
  notes: ["The ten kab/kota 2024 counts add up to 221.35 thousand against this published 221.34 thousand."],
};

/** @internal */
export const kaltimProvince2024September: RegionPovertyStats = {
  code: KALTIM_CODE,
  name: KALTIM_NAME,
  period: "2024-09",
  poor: { status: "known", value: 211_880, source: SEPTEMBER_2024, confidence: "H" },
  p0Percent: { status: "known", value: 5.51, source: SEPTEMBER_2024, confidence: "H" },
  population: POPULATION_MISSING,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("853997"), source: SEPTEMBER_2024, confidence: "H" },
  p1: /* @__PURE__ */ missingFigure("September 2024 P1 not found in the sources read", "P1 September 2024 tidak ditemukan dalam sumber yang dibaca"),
  p2: /* @__PURE__ */ missingFigure("September 2024 P2 not found in the sources read", "P2 September 2024 tidak ditemukan dalam sumber yang dibaca"),
  urbanP0Percent: { status: "known", value: 4.41, source: SEPTEMBER_2024, confidence: "H" },
  ruralP0Percent: { status: "known", value: 8.0, source: SEPTEMBER_2024, confidence: "H" },
  povertyLineFood: {
    status: "known",
    value: /* @__PURE__ */ rupiah("604133"),
    source: S.KATAKALTIM_2024_09,
    confidence: "M",
    note: "70.74% of the poverty line; one outlet read",
  },
  povertyLineNonFood: { status: "known", value: /* @__PURE__ */ rupiah("249864"), source: S.KATAKALTIM_2024_09, confidence: "M" },
  membersPerPoorHousehold: { status: "known", value: 5.32, source: `${SEPTEMBER_2024} ; ${S.TRIBUN_2024_09}`, confidence: "H" },
  povertyLinePerHousehold: { status: "known", value: /* @__PURE__ */ rupiah("4543264"), source: `${SEPTEMBER_2024} ; ${S.TRIBUN_2024_09}`, confidence: "H" },
  urbanPoor: {
    status: "known",
    value: 118_190,
    source: `${S.PROPUBLIKA_2025_03} ; ${S.IDNTIMES_2025_03}`,
    confidence: "H",
    note: "As quoted in the March 2025 release (comparison with September 2024)",
  },
  ruralPoor: { status: "known", value: 93_690, source: `${S.PROPUBLIKA_2025_03} ; ${S.IDNTIMES_2025_03}`, confidence: "H" },
};
