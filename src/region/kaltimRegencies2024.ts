import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import { missingFigure } from "./figure.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// The ten kab/kota of Kalimantan Timur, 2024: BPS annual small-area estimates with March 2024
// reference, compiled from the sources in kaltimSources.ts; counts converted
// from thousands to persons. P0 for all ten: BPS Paser head, 2024-09-30 [H].
const P0 = S.RADARPASER_P0_2024;
// Each reason in English (`reason`, as it always read) and in Bahasa Indonesia (`reasonText`).
const POPULATION = /* @__PURE__ */ missingFigure(
  "Not published with P0; populations quoted by databoks are not the denominators behind P0 (impliedPopulation() derives one)",
  "Tidak dipublikasikan bersama P0; jumlah penduduk yang dikutip databoks bukan penyebut di balik P0 (impliedPopulation() menurunkannya)",
);
const LINE = /* @__PURE__ */ missingFigure("2024 poverty line not found in the sources read", "Garis kemiskinan 2024 tidak ditemukan dalam sumber yang dibaca");
const P1 = /* @__PURE__ */ missingFigure("Kab/kota P1 for 2024 not found [UNVERIFIED]", "P1 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]");
const P2 = /* @__PURE__ */ missingFigure("Kab/kota P2 for 2024 not found [UNVERIFIED]", "P2 kab/kota tahun 2024 tidak ditemukan [BELUM TERVERIFIKASI]");
const PERIOD = "2024";
// KT-08: the databoks Kukar page shows Rp 753,332, the Kukar section of the databoks Kutai Barat
// page Rp 682,490; BPS Kutim gave katakaltim Rp 753,332 as Kutai Timur's line (labelled 2025).
// The 2023 lines of one weak source (innalar.com: Kukar Rp 644,570, Kutim Rp 714,241) grow to
// 682,490 and 753,332 by 5.9% and 5.5%, as the province's line grew 5.54%: consistent, not settled.
/** @internal */
export const KUKAR_LINE_NOTE =
  "Conflict, rated L: two databoks pages disagree (Rp 753,332 on the Kutai Kartanegara page, Rp 682,490 in the Kutai Kartanegara section of the Kutai Barat page). BPS Kutai Timur gave Rp 753,332 as Kutai Timur's line (labelled 2025; katakaltim, 6 Jan 2026), so the Kutai Kartanegara page probably shows Kutai Timur's figure and Rp 682,490 is probably Kutai Kartanegara's. The 2023 lines of one weak source (innalar.com [L]: Rp 644,570 Kutai Kartanegara, Rp 714,241 Kutai Timur) grow to these by 5.9% and 5.5%, like the province's 5.54%. Check the BPS Kaltim table before relying on it";

/** @internal */
export const kaltimRegencies2024: readonly RegionPovertyStats[] = [
  {
    code: "64.01" as RegionCode,
    name: "Paser",
    period: PERIOD,
    poor: { status: "known", value: 25_280, source: S.DATABOKS_PASER, confidence: "M" },
    p0Percent: { status: "known", value: 8.63, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: /* @__PURE__ */ missingFigure(
      "2024 line not found; BPS Paser's Rp 600,302 (tribunkaltim.co, 2 Aug 2024; nomorsatukaltim.com, 1 Aug 2024) came before the 2024 release, with 2023 indices: probably the 2023 line [L]",
      "Garis 2024 tidak ditemukan; Rp600.302 dari BPS Paser (tribunkaltim.co, 2 Agu 2024; nomorsatukaltim.com, 1 Agu 2024) terbit sebelum rilis 2024, bersama indeks 2023: kemungkinan garis 2023 [L]",
    ),
    p1: P1,
    p2: P2,
  },
  {
    code: "64.02" as RegionCode,
    name: "Kutai Kartanegara",
    period: PERIOD,
    poor: { status: "known", value: 59_000, source: `${S.SWARAKALTIM_2024} ; ${S.DATABOKS_KUKAR}`, confidence: "H" },
    p0Percent: { status: "known", value: 7.28, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: {
      status: "known",
      value: /* @__PURE__ */ rupiah("682490"),
      source: S.DATABOKS_KUBAR,
      confidence: "L",
      note: KUKAR_LINE_NOTE,
    },
    p1: P1,
    p2: P2,
    notes: [KUKAR_LINE_NOTE],
  },
  {
    code: "64.03" as RegionCode,
    name: "Berau",
    period: PERIOD,
    poor: { status: "known", value: 12_350, source: S.DATABOKS_2024, confidence: "M" },
    p0Percent: { status: "known", value: 5.08, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("731250"), source: S.DATABOKS_2024, confidence: "M" },
    p1: P1,
    p2: P2,
  },
  {
    code: "64.07" as RegionCode,
    name: "Kutai Barat",
    period: PERIOD,
    poor: { status: "known", value: 14_490, source: S.DATABOKS_KUBAR, confidence: "M" },
    p0Percent: { status: "known", value: 9.56, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("716440"), source: S.DATABOKS_KUBAR, confidence: "M" },
    p1: P1,
    p2: P2,
  },
  {
    code: "64.08" as RegionCode,
    name: "Kutai Timur",
    period: PERIOD,
    poor: { status: "known", value: 37_110, source: `${S.DATABOKS_KUTIM} ; ${S.KATAKALTIM_KUTIM_2025}`, confidence: "H" },
    p0Percent: { status: "known", value: 8.81, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: /* @__PURE__ */ missingFigure(
      "2024 line not found; BPS Kutai Timur's Rp 753,332 is labelled 2025 and is in the 2025 table, though the 2023 line of Rp 714,241 (innalar.com [L]) grown like the province's 5.54% gives about Rp 753,800, so its reference may be March 2024",
      "Garis 2024 tidak ditemukan; Rp753.332 dari BPS Kutai Timur berlabel 2025 dan ada di tabel 2025, meskipun garis 2023 sebesar Rp714.241 (innalar.com [L]) yang tumbuh seperti garis provinsi (5,54%) memberi sekitar Rp753.800, sehingga acuannya mungkin Maret 2024",
    ),
    p1: P1,
    p2: P2,
  },
  {
    code: "64.09" as RegionCode,
    name: "Penajam Paser Utara",
    period: PERIOD,
    poor: { status: "known", value: 10_780, source: S.DATABOKS_PPU, confidence: "M" },
    p0Percent: {
      status: "known",
      value: 6.68,
      source: P0,
      confidence: "H",
      note: "One source says 6.69; 6.68 is the majority figure",
    },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
    notes: ["Penajam Paser Utara P0 2024: one source says 6.69; 6.68 is the majority figure."],
  },
  {
    code: "64.11" as RegionCode,
    name: "Mahakam Ulu",
    period: PERIOD,
    poor: { status: "known", value: 2_900, source: `${S.TRIBUN_MAHULU_2024} ; ${S.SWARAKALTIM_2024}`, confidence: "H" },
    p0Percent: { status: "known", value: 10.75, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("792742"), source: S.DATABOKS_2024, confidence: "M" },
    p1: P1,
    p2: P2,
  },
  {
    code: "64.71" as RegionCode,
    name: "Balikpapan",
    period: PERIOD,
    poor: { status: "known", value: 14_530, source: S.DETIK_BALIKPAPAN_2024, confidence: "M" },
    p0Percent: { status: "known", value: 2.23, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("782248"), source: S.PROKAL_BALIKPAPAN_2024, confidence: "M" },
    p1: P1,
    p2: P2,
  },
  {
    code: "64.72" as RegionCode,
    name: "Samarinda",
    period: PERIOD,
    poor: { status: "known", value: 37_800, source: S.DATABOKS_SAMARINDA, confidence: "M" },
    p0Percent: { status: "known", value: 4.3, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.74" as RegionCode,
    name: "Bontang",
    period: PERIOD,
    poor: { status: "known", value: 7_110, source: S.DATABOKS_2024, confidence: "M" },
    p0Percent: { status: "known", value: 3.74, source: P0, confidence: "H" },
    population: POPULATION,
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("801945"), source: S.DATABOKS_2024, confidence: "M" },
    p1: P1,
    p2: P2,
  },
];
