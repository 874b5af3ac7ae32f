import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import { missingFigure } from "./figure.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// The ten kab/kota of Kalimantan Timur, 2025 (BPS annual estimates, March 2025 reference). Only
// Kutai Timur's figures were found (BPS Kutim via katakaltim, January 2026); the other nine are listed
// with every figure missing and the reason, so the array lines up with 2023 and 2024.
const PERIOD = "2025";
// Each reason in English (`reason`, as it always read) and in Bahasa Indonesia (`reasonText`).
const MISSING = /* @__PURE__ */ missingFigure(
  "2025 kab/kota figure not found in the published sources read (the BPS Kaltim kab/kota table for 2025 was not available)",
  "Angka kab/kota 2025 tidak ditemukan dalam sumber terbitan yang dibaca (tabel kab/kota BPS Kaltim untuk 2025 belum tersedia)",
);
const P1 = /* @__PURE__ */ missingFigure("Kab/kota P1 for 2025 not found", "P1 kab/kota tahun 2025 tidak ditemukan");
const P2 = /* @__PURE__ */ missingFigure("Kab/kota P2 for 2025 not found", "P2 kab/kota tahun 2025 tidak ditemukan");
const POPULATION = /* @__PURE__ */ missingFigure("Not published with P0", "Tidak dipublikasikan bersama P0");

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
