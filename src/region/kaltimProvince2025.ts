import { rupiah } from "../money/rupiah.js";
import { missingFigure } from "./figure.js";
import { KALTIM_CODE, KALTIM_NAME, POPULATION_MISSING as POPULATION } from "./kaltimProvince.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// Kalimantan Timur province, Susenas March and September 2025 (BPS Kaltim releases of 25 Jul 2025
// and 5–6 Feb 2026, as reported by the outlets named per figure). Counts in persons.
const MARCH = `${S.IDNTIMES_2025_03} ; ${S.PROPUBLIKA_2025_03}`;
const MARCH_DETAIL = `${S.PROPUBLIKA_2025_03} ; ${S.NIAGA_2025_03}`;
const SEPTEMBER = `${S.PROPUBLIKA_2025_09} ; ${S.DIALEKTIS_2025_09}`;
const SEPTEMBER_DETAIL = `${S.INEWS_2025_09} ; ${S.NIAGA_2025_09}`;

/** @internal */
export const kaltimProvince2025March: RegionPovertyStats = {
  code: KALTIM_CODE,
  name: KALTIM_NAME,
  period: "2025-03",
  poor: { status: "known", value: 199_710, source: MARCH, confidence: "H" },
  p0Percent: { status: "known", value: 5.17, source: MARCH, confidence: "H" },
  population: POPULATION,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("866193"), source: MARCH, confidence: "H" },
  p1: {
    status: "known",
    value: 0.878,
    source: S.NIAGA_2025_09,
    confidence: "M",
    note: "Quoted in the September 2025 release as the March 2025 value; one outlet read",
  },
  p2: /* @__PURE__ */ missingFigure("March 2025 P2 not found in the sources read", "P2 Maret 2025 tidak ditemukan dalam sumber yang dibaca"),
  urbanP0Percent: { status: "known", value: 4.16, source: MARCH, confidence: "H" },
  ruralP0Percent: { status: "known", value: 7.48, source: MARCH, confidence: "H" },
  povertyLineFood: { status: "known", value: /* @__PURE__ */ rupiah("611584"), source: MARCH_DETAIL, confidence: "H", note: "70.61% of the poverty line" },
  povertyLineNonFood: { status: "known", value: /* @__PURE__ */ rupiah("254609"), source: MARCH_DETAIL, confidence: "H" },
  membersPerPoorHousehold: { status: "known", value: 5.24, source: MARCH_DETAIL, confidence: "H" },
  povertyLinePerHousehold: { status: "known", value: /* @__PURE__ */ rupiah("4538851"), source: MARCH_DETAIL, confidence: "H" },
  urbanPoor: {
    status: "known",
    value: 112_080,
    source: `${S.DIALEKTIS_2025_09} ; ${S.INEWS_2025_09}`,
    confidence: "M",
    note:
      "Conflict: the March 2025 release as reported (idntimes, propublika) says 112.04 thousand; the September 2025 release says 112.08 thousand, which with the rural 87.63 thousand adds up to the published 199.71 thousand",
  },
  ruralPoor: { status: "known", value: 87_630, source: MARCH, confidence: "H" },
  notes: ["Urban poor: 112.08 thousand (September 2025 release) against 112.04 thousand (March 2025 release as reported); 112.08 adds up."],
};

/** @internal */
export const kaltimProvince2025September: RegionPovertyStats = {
  code: KALTIM_CODE,
  name: KALTIM_NAME,
  period: "2025-09",
  poor: { status: "known", value: 202_040, source: SEPTEMBER, confidence: "H" },
  p0Percent: { status: "known", value: 5.19, source: SEPTEMBER, confidence: "H" },
  population: POPULATION,
  povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("897759"), source: SEPTEMBER, confidence: "H" },
  p1: {
    status: "known",
    value: 0.833,
    source: S.NIAGA_2025_09,
    confidence: "M",
    note: "The release says P1 fell 0.045 points from 0.878; 0.833 is that difference (the text read breaks off before the value)",
  },
  p2: /* @__PURE__ */ missingFigure(
    "September 2025 P2 not found in the sources read (the release says it fell)",
    "P2 September 2025 tidak ditemukan dalam sumber yang dibaca (rilisnya menyebut angka itu turun)",
  ),
  urbanP0Percent: { status: "known", value: 4.31, source: SEPTEMBER, confidence: "H" },
  ruralP0Percent: { status: "known", value: 7.24, source: SEPTEMBER, confidence: "H" },
  povertyLineFood: { status: "known", value: /* @__PURE__ */ rupiah("629611"), source: S.DIALEKTIS_2025_09, confidence: "H", note: "70.13% of the poverty line" },
  povertyLineNonFood: { status: "known", value: /* @__PURE__ */ rupiah("268148"), source: S.DIALEKTIS_2025_09, confidence: "H" },
  membersPerPoorHousehold: { status: "known", value: 5.14, source: SEPTEMBER_DETAIL, confidence: "H" },
  povertyLinePerHousehold: { status: "known", value: /* @__PURE__ */ rupiah("4614481"), source: SEPTEMBER_DETAIL, confidence: "H" },
  urbanPoor: { status: "known", value: 116_950, source: `${S.DIALEKTIS_2025_09} ; ${S.INEWS_2025_09}`, confidence: "H" },
  ruralPoor: { status: "known", value: 85_090, source: `${S.DIALEKTIS_2025_09} ; ${S.NIAGA_2025_09}`, confidence: "H" },
};
