import { deepFreeze } from "../_internal/deepFreeze.js";
import type { DatedParameter, ParameterRenewal } from "../time/parameter.js";

/** The yearly cycle of the minimum wages (UMP, UMK): `renewal` of the parameters read from them. @internal */
export const MINIMUM_WAGE_RENEWAL: ParameterRenewal = /* @__PURE__ */ deepFreeze({
  every: "year",
  source: "[H] PP 36/2021 (Pengupahan), amended by PP 51/2023 and PP 49/2025 of 17 Dec 2025: the governor sets the minimum wages every year (art. 27(1)), in force from 1 January (art. II for 2026; pasal.id/en/peraturan/pp/pp-no-49-tahun-2025; news-lite.ddtc.co.id 27918; mssadvocates.com/content/1871)",
});

/**
 * The regency/city minimum wage (UMK) per month by regency code, as a dated table: a family with a
 * living member earning more than the UMK of its regency is excluded from Kemensos aid. All ten
 * Kaltim regencies for 2023–2026 (Mahakam Ulu, without its own wage council, follows Kutai Barat).
 * A regency without a value makes the check `unknown`, never passed: an office outside Kaltim adds
 * its own with `overrideParameters`. Before 2023 the value is `null`: the exclusion is not applied, as
 * no source for it before the 2023 data cleaning was found. The UMK is set every year (`renewal`):
 * on a date in 2027 the 2026 values still apply, and `renewalsDue` lists the parameter until the
 * 2027 values are added.
 * @example
 * valueAt(umkMonthly, "2025-07-01")?.["64.02"] //=> "3766379.19"
 * @category Programs
 */
export const umkMonthly: DatedParameter<Readonly<Record<string, string>> | null> = /* @__PURE__ */ deepFreeze({
  id: "exclusion.umk_monthly",
  description: "UMK (regency/city minimum wage) per month by regency code: a member earning more excludes the family",
  unit: "IDR/month by regency",
  renewal: MINIMUM_WAGE_RENEWAL,
  values: [
    {
      from: "2019-01-01",
      to: "2022-12-31",
      value: null,
      source:
        "[L] Not applied: the exclusion of a family with a member earning above the UMR/UMK is reported with the 2023 data cleaning (ayobogor.com 3113115687) and for 2024 (https://palpres.disway.id/amp/720974/perhatian-ini-5-kategori-kpm-yang-tidak-akan-dapat-bansos-pkh-dan-bpnt-2024/16); no earlier source found",
    },
    {
      from: "2023-01-01",
      value: {
        "64.01": "3261566",
        "64.02": "3394513",
        "64.03": "3675887",
        "64.07": "3553038",
        "64.08": "3356109",
        "64.09": "3500000",
        "64.11": "3553038",
        "64.71": "3324273",
        "64.72": "3329199",
        "64.74": "3419486",
      },
      source:
        "[M] UMK Kaltim 2023, all ten regencies (katadata via https://cahayaborneo.com/2023/09/14/daftar-ump-kalimantan-timur-2023-ikn-di-posisi-empat/); Samarinda 3,329,199 confirmed by https://eksekutor.com/?p=45764",
    },
    {
      from: "2024-01-01",
      value: {
        "64.01": "3372362",
        "64.02": "3536506.28",
        "64.03": "3832297",
        "64.07": "3711017.82",
        "64.08": "3515324",
        "64.09": "3715817.74",
        "64.11": "3711017.82",
        "64.71": "3475595",
        "64.72": "3497124.13",
        "64.74": "3549307.67",
      },
      source:
        "[H] UMK Kaltim 2024 set by the Governor on 30 Nov 2023, in force from 1 Jan 2024 (https://kaltim.antaranews.com/berita/202131/umk-se-kalimantan-timur-2024-rata-rata-naik-44-persen; https://origin.kompas.tv/regional/465431/pj-gubernur-akmal-malik-tetapkan-umk-se-kaltim; https://kaltim.tribunnews.com/2023/11/30/upah-minimum-kabupatenkota-se-kaltim-tahun-2024-ditetapkan-inilah-daftar-lengkapnya?page=2: Mahakam Ulu follows Kutai Barat)",
    },
    {
      from: "2025-01-01",
      value: {
        "64.01": "3591565.53",
        "64.02": "3766379.19",
        "64.03": "4081376.31",
        "64.07": "3952233.98",
        "64.08": "3743820",
        "64.09": "3957345.89",
        "64.11": "3952233.98",
        "64.71": "3701508.68",
        "64.72": "3724437.20",
        "64.74": "3780012.66",
      },
      source:
        "[H] Keputusan Gubernur Kaltim 100.3.3.1/530/2024, UMK 2025 = UMK 2024 + 6.5% (https://iknpos.id/?p=19390; https://bujurnews.com/2025/09/05/umk-kalimantan-timur-2025-naik-65-persen-buruh-di-calon-ibu-kota-baru-terima-rp39-juta; https://kaltim.tribunnews.com/2024/12/18/pj-gubernur-akmal-malik-umumkan-umk-2025-kabupatenkota-se-kaltim-berikut-rinciannya?page=all: Mahakam Ulu follows Kutai Barat)",
    },
    {
      from: "2026-01-01",
      value: {
        "64.01": "3776998.06",
        "64.02": "3991797",
        "64.03": "4391337.55",
        "64.07": "4231617.40",
        "64.08": "4067436",
        "64.09": "4181134",
        "64.11": "4231617.40",
        "64.71": "3856694.43",
        "64.72": "3983882",
        "64.74": "3799480",
      },
      source:
        "[H] Pengumuman Gubernur Kaltim 500.15.14.1/5096/DTKT.Srk-IV/2025 of 24 Dec 2025, in force from 1 Jan 2026 (https://kaltimetam.id/umk-kaltim-2026-ditetapkan-berau-jadi-daerah-dengan-upah-tertinggi; https://sketsa.id/umk-kaltim-2026-resmi-naik-berau-tertinggi-tembus-rp439-juta). Mahakam Ulu [L, conflict]: follows Kutai Barat per https://editorialkaltim.com/?p=60686, follows the UMP (Rp 3,762,431) per https://cuitankaltim.com/umk-kaltim-2026-resmi-naik-daerah-ini-jadi-yang-tertinggi; Kutai Barat's value is used",
    },
  ],
});
