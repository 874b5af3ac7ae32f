import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import type { MissingFigure } from "./figure.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// The ten kab/kota of Kalimantan Timur, 2025 (BPS annual estimates, March 2025 reference). Only
// Kutai Timur's figures were found (BPS Kutim via katakaltim, January 2026); the other nine are listed
// with every figure missing and the reason, so the array lines up with 2023 and 2024.
const PERIOD = "2025";
const NOT_FOUND = "2025 kab/kota figure not found in the published sources read (the BPS Kaltim kab/kota table for 2025 was not available)";
const MISSING: MissingFigure = { status: "missing", reason: NOT_FOUND };
const P1: MissingFigure = { status: "missing", reason: "Kab/kota P1 for 2025 not found" };
const P2: MissingFigure = { status: "missing", reason: "Kab/kota P2 for 2025 not found" };
const POPULATION: MissingFigure = { status: "missing", reason: "Not published with P0" };

function notFound(code: string, name: string): RegionPovertyStats {
  return {
    code: code as RegionCode,
    name,
    period: PERIOD,
    poor: MISSING,
    p0Percent: MISSING,
    population: POPULATION,
    povertyLine: MISSING,
    p1: P1,
    p2: P2,
  };
}

const KUTIM = `${S.KATAKALTIM_KUTIM_2025} ; ${S.KATAKALTIM_KUTIM_SERIES}`;

/** @internal */
export const kaltimRegencies2025: readonly RegionPovertyStats[] = [
  notFound("64.01", "Paser"),
  notFound("64.02", "Kutai Kartanegara"),
  notFound("64.03", "Berau"),
  notFound("64.07", "Kutai Barat"),
  {
    code: "64.08" as RegionCode,
    name: "Kutai Timur",
    period: PERIOD,
    poor: { status: "known", value: 34_910, source: KUTIM, confidence: "M", note: "BPS Kutai Timur to katakaltim, 6 Jan 2026: 2,200 fewer than in 2024" },
    p0Percent: { status: "known", value: 8.07, source: KUTIM, confidence: "M" },
    population: POPULATION,
    povertyLine: {
      status: "known",
      value: /* @__PURE__ */ rupiah("753332"),
      source: S.KATAKALTIM_KUTIM_2025,
      confidence: "L",
      note: "Labelled 2025 by BPS Kutai Timur; a databoks page shows the same amount as Kutai Kartanegara's 2024 line, and Kutai Timur's 2023 line suggests March 2024 reference (see Kutai Kartanegara and Kutai Timur 2024)",
    },
    p1: P1,
    p2: P2,
  },
  notFound("64.09", "Penajam Paser Utara"),
  notFound("64.11", "Mahakam Ulu"),
  notFound("64.71", "Balikpapan"),
  notFound("64.72", "Samarinda"),
  notFound("64.74", "Bontang"),
];
