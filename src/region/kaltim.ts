import { deepFreeze } from "../_internal/deepFreeze.js";
import type { RegencyKind, RegionLevel } from "./code.js";
import {
  kaltimProvince2023March,
  kaltimProvince2024March,
  kaltimProvince2024September,
} from "./kaltimProvince.js";
import { kaltimProvince2025March, kaltimProvince2025September } from "./kaltimProvince2025.js";
import { kaltimRegencies2023 } from "./kaltimRegencies2023.js";
import { kaltimRegencies2024 } from "./kaltimRegencies2024.js";
import { kaltimRegencies2025 } from "./kaltimRegencies2025.js";
import type { RegionPovertyStats } from "./stats.js";

/**
 * The name and level of a region, and for a regency whether it is a kabupaten or a kota.
 * @category Regions
 */
export interface RegionInfo {
  /** Short name without "Kabupaten"/"Kota", e.g. "Kutai Kartanegara". */
  readonly name: string;
  /** Administrative level. */
  readonly level: RegionLevel;
  /** For a regency: kabupaten or kota. */
  readonly kind?: RegencyKind;
}

/**
 * Kalimantan Timur (province 64) and its 7 kabupaten and 3 kota, by Kemendagri code
 * (Kepmendagri 300.2.2-2138/2025; earlier 100.1.1-6117/2022). Codes 64.04, 64.05, 64.06, 64.10
 * and 64.73 were moved to Kalimantan Utara (65) in 2012 and are not listed, though they still parse.
 * Deeply frozen, like every dataset the library shares.
 *
 * @example
 * kaltimRegions["64.02"] //=> { name: "Kutai Kartanegara", level: "regency", kind: "kabupaten" }
 * @category Regions
 */
export const kaltimRegions = /* @__PURE__ */ deepFreeze({
  "64": { name: "Kalimantan Timur", level: "province" },
  "64.01": { name: "Paser", level: "regency", kind: "kabupaten" },
  "64.02": { name: "Kutai Kartanegara", level: "regency", kind: "kabupaten" },
  "64.03": { name: "Berau", level: "regency", kind: "kabupaten" },
  "64.07": { name: "Kutai Barat", level: "regency", kind: "kabupaten" },
  "64.08": { name: "Kutai Timur", level: "regency", kind: "kabupaten" },
  "64.09": { name: "Penajam Paser Utara", level: "regency", kind: "kabupaten" },
  "64.11": { name: "Mahakam Ulu", level: "regency", kind: "kabupaten" },
  "64.71": { name: "Balikpapan", level: "regency", kind: "kota" },
  "64.72": { name: "Samarinda", level: "regency", kind: "kota" },
  "64.74": { name: "Bontang", level: "regency", kind: "kota" },
} as const satisfies Readonly<Record<string, RegionInfo>>);

/**
 * The periods for which {@link kaltim} has province figures (Susenas March and September).
 * @category Regions
 */
export type KaltimProvincePeriod = "2023-03" | "2024-03" | "2024-09" | "2025-03" | "2025-09";

/**
 * The shape of the embedded {@link kaltim} dataset.
 * @category Regions
 */
export interface KaltimDataset {
  /** Province 64, by Susenas period. */
  readonly province: Readonly<Record<KaltimProvincePeriod, RegionPovertyStats>>;
  /** The ten kab/kota, 2024 (BPS annual estimate, March 2024 reference), in code order. */
  readonly regencies2024: readonly RegionPovertyStats[];
  /** The same ten kab/kota, 2023, in code order; what the sources do not give is missing with a reason. */
  readonly regencies2023: readonly RegionPovertyStats[];
  /**
   * The same ten kab/kota, 2025 (March 2025 reference), in code order. Only Kutai Timur's figures
   * were found; the other nine are listed with every figure missing and the reason (never zero).
   */
  readonly regencies2025: readonly RegionPovertyStats[];
  /** Notes that apply to the dataset as a whole. */
  readonly notes: readonly string[];
}

/**
 * Poverty statistics of Kalimantan Timur embedded in the library: the province for 2023-03,
 * 2024-03, 2024-09, 2025-03 and 2025-09, and its ten kab/kota for 2023, 2024 and 2025 (2025: Kutai
 * Timur only, the other nine marked missing). Every figure carries its
 * source and confidence; missing ones carry a reason. Counts are in persons. Check against the BPS
 * Kaltim table "Jumlah dan Persentase Penduduk Miskin … menurut Kabupaten/Kota" before relying on
 * the figures rated M or lower. The dataset is deeply frozen: it is shared by every caller, so a write
 * to it throws (in strict mode) instead of changing the figures for everyone.
 *
 * @example
 * kaltim.province["2024-03"].p0Percent //=> { status: "known", value: 5.78, source: "https://kaltim.bps.go.id/…", confidence: "H" }
 * kaltim.regencies2024.map((r) => r.name)[0] //=> "Paser"
 * kaltim.province["2025-09"].poor.status //=> "known" (202,040 people, BPS Kaltim 2026-02-05)
 * kaltim.regencies2025.filter((r) => r.poor.status === "known").map((r) => r.name) //=> ["Kutai Timur"]
 * @category Regions
 */
export const kaltim: KaltimDataset = /* @__PURE__ */ deepFreeze({
  province: {
    "2023-03": kaltimProvince2023March,
    "2024-03": kaltimProvince2024March,
    "2024-09": kaltimProvince2024September,
    "2025-03": kaltimProvince2025March,
    "2025-09": kaltimProvince2025September,
  },
  regencies2024: kaltimRegencies2024,
  regencies2023: kaltimRegencies2023,
  regencies2025: kaltimRegencies2025,
  notes: [
    "Kab/kota figures are BPS annual small-area estimates with March 2024 reference; province figures are Susenas March/September releases.",
    "The ten 2024 kab/kota counts add up to 221.35 thousand against the published provincial 221.34 thousand.",
    "Store P0 as published; do not recompute it from counts and other population figures.",
    "Kutai Kartanegara 2024 poverty line: Rp 682,490, rated L (two databoks pages disagree; Rp 753,332 is Kutai Timur's line, labelled 2025 by BPS Kutai Timur).",
    "Penajam Paser Utara P0 2024: one source says 6.69; 6.68 is the majority figure.",
    "P1/P2 by kab/kota were not found for any year; the province's are known (2023-03, 2024-03 from one secondary source; P1 only for 2025).",
    "2025 kab/kota: only Kutai Timur (8.07%, 34.91 thousand) was found; the other nine are missing.",
    "Province urban poor, March 2025: 112.08 thousand (September 2025 release) against 112.04 thousand (March 2025 release as reported); 112.08 adds up to the total.",
    "Codes 64.04/05/06/10/73 were moved to Kalimantan Utara (65) in 2012; old NIKs can still start with them.",
  ],
});
