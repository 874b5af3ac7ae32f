import { rupiah } from "../money/rupiah.js";
import type { RegionCode } from "./code.js";
import { missingFigure } from "./figure.js";
import * as S from "./kaltimSources.js";
import type { RegionPovertyStats } from "./stats.js";

// The ten kab/kota of Kalimantan Timur, 2023, compiled from the sources in kaltimSources.ts
// (confidence M throughout). A region or figure the file
// does not give is listed with the reason, so this array lines up with the 2024 one.
// Each reason in English (`reason`, as it always read) and in Bahasa Indonesia (`reasonText`).
const POPULATION = /* @__PURE__ */ missingFigure("Not published with P0", "Tidak dipublikasikan bersama P0");
const POOR = /* @__PURE__ */ missingFigure("2023 count not in the dataset", "Jumlah penduduk miskin 2023 tidak ada dalam set data");
const P0 = /* @__PURE__ */ missingFigure("2023 P0 not in the dataset", "P0 2023 tidak ada dalam set data");
const LINE = /* @__PURE__ */ missingFigure("2023 poverty line not in the dataset", "Garis kemiskinan 2023 tidak ada dalam set data");
const P1 = /* @__PURE__ */ missingFigure("Kab/kota P1 for 2023 not in the dataset", "P1 kab/kota tahun 2023 tidak ada dalam set data");
const P2 = /* @__PURE__ */ missingFigure("Kab/kota P2 for 2023 not in the dataset", "P2 kab/kota tahun 2023 tidak ada dalam set data");
const PERIOD = "2023";
const FROM_NOTES = "Published with the 2021–2023 series of BPS Kota Samarinda, as reported by katakaltim.com";
const ATTRIBUTED = "Attributed to this source by the compiled Kaltim figures; the page was not re-read for this release";

/** @internal */
export const kaltimRegencies2023: readonly RegionPovertyStats[] = [
  {
    code: "64.01" as RegionCode,
    name: "Paser",
    period: PERIOD,
    poor: POOR,
    p0Percent: { status: "known", value: 9.11, source: S.RADARPASER_P0_2024, confidence: "M", note: ATTRIBUTED },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.02" as RegionCode,
    name: "Kutai Kartanegara",
    period: PERIOD,
    poor: { status: "known", value: 60_860, source: S.KUTAIRAYA_KUKAR, confidence: "M", note: "About 60.86 thousand" },
    p0Percent: { status: "known", value: 7.61, source: S.KUTAIRAYA_KUKAR, confidence: "M" },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.03" as RegionCode,
    name: "Berau",
    period: PERIOD,
    poor: POOR,
    p0Percent: /* @__PURE__ */ missingFigure(
      "2023 P0 not in the dataset (a derived estimate of about 5.54% is rated L)",
      "P0 2023 tidak ada dalam set data (perkiraan turunan sekitar 5,54% bertingkat L)",
    ),
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.07" as RegionCode,
    name: "Kutai Barat",
    period: PERIOD,
    poor: /* @__PURE__ */ missingFigure(
      "2023 count not in the dataset (a derived estimate of about 14.69 thousand is rated L)",
      "Jumlah penduduk miskin 2023 tidak ada dalam set data (perkiraan turunan sekitar 14,69 ribu bertingkat L)",
    ),
    p0Percent: { status: "known", value: 9.72, source: S.DATABOKS_KUBAR, confidence: "M", note: ATTRIBUTED },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.08" as RegionCode,
    name: "Kutai Timur",
    period: PERIOD,
    poor: {
      status: "known",
      value: 37_040,
      source: S.KATAKALTIM_KUTIM_SERIES,
      confidence: "M",
      note: "BPS series compiled by katakaltim (13 Jan 2026); replaces the earlier derived estimate of about 38.16 thousand",
    },
    p0Percent: { status: "known", value: 9.06, source: `${S.DATABOKS_KUTIM} ; ${S.KATAKALTIM_KUTIM_SERIES}`, confidence: "M" },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.09" as RegionCode,
    name: "Penajam Paser Utara",
    period: PERIOD,
    poor: { status: "known", value: 11_190, source: S.DATABOKS_PPU, confidence: "M", note: "2024 count 10,780 is 410 lower" },
    p0Percent: P0,
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.11" as RegionCode,
    name: "Mahakam Ulu",
    period: PERIOD,
    poor: /* @__PURE__ */ missingFigure(
      "2023 count not in the dataset (about 3.0 thousand per one secondary source)",
      "Jumlah penduduk miskin 2023 tidak ada dalam set data (sekitar 3,0 ribu menurut satu sumber sekunder)",
    ),
    p0Percent: { status: "known", value: 11.38, source: S.TRIBUN_MAHULU_2023, confidence: "M" },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
  {
    code: "64.71" as RegionCode,
    name: "Balikpapan",
    period: PERIOD,
    poor: { status: "known", value: 14_990, source: S.BALIKPAPANTV_2023, confidence: "M" },
    p0Percent: { status: "known", value: 2.31, source: S.BALIKPAPANTV_2023, confidence: "M" },
    population: POPULATION,
    // BPS Balikpapan via prokal.co (4 Sep 2024): the March 2024 line "mengalami peningkatan dari
    // Rp743.084 per kapita per bulan pada tahun 2023"; balikpapantv (BPS Balikpapan's head) rounds it to Rp 743,000.
    povertyLine: { status: "known", value: /* @__PURE__ */ rupiah("743084"), source: `${S.PROKAL_BALIKPAPAN_2024} ; ${S.BALIKPAPANTV_2023}`, confidence: "M" },
    p1: P1,
    p2: P2,
  },
  {
    code: "64.72" as RegionCode,
    name: "Samarinda",
    period: PERIOD,
    poor: { status: "known", value: 41_890, source: S.KATAKALTIM_SAMARINDA, confidence: "M" },
    p0Percent: { status: "known", value: 4.81, source: S.KATAKALTIM_SAMARINDA, confidence: "M" },
    population: POPULATION,
    povertyLine: LINE,
    p1: { status: "known", value: 0.75, source: S.KATAKALTIM_SAMARINDA, confidence: "M", note: FROM_NOTES },
    p2: { status: "known", value: 0.16, source: S.KATAKALTIM_SAMARINDA, confidence: "M", note: FROM_NOTES },
  },
  {
    code: "64.74" as RegionCode,
    name: "Bontang",
    period: PERIOD,
    poor: POOR,
    p0Percent: { status: "known", value: 4.11, source: S.EKSPOSISI_BONTANG, confidence: "M" },
    population: POPULATION,
    povertyLine: LINE,
    p1: P1,
    p2: P2,
  },
];
