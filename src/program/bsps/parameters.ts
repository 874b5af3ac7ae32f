import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { DatedParameter } from "../../time/parameter.js";
import { HOUSE_AID_PROGRAMS, POOR_FLOOR_PARAMETER } from "../_houseParameters.js";
import { MINIMUM_WAGE_RENEWAL } from "../umk.js";

const KEBIJAKAN_UMUM =
  "Kebijakan Umum BSPS (nahp.pu.go.id) quoted by majalahaula.id/2023/07/14/pemerintah-punya-program-bedah-rumah-ini-syaratnya; Ditjen Perumahan PUPR via kompas.com/properti/read/2023/11/06/110000821";
const UMP = "UMP Kalimantan Timur";
const PERMEN_PKP = "(Permen PKP 10/2025, blog.tribunjualbeli.com/amp/63633)";
const TRIBUN_KALTIM = "kaltim.tribunnews.com/2024/11/21";

/**
 * BSPS's dated parameters: the grant per house, the desil range, the income ceiling (Kaltim UMP),
 * the occupancy and look-back years, the age of a one-person household, and the house-aid programs.
 * @example
 * valueAt(bspsParameters[1], "2021-12-31") //=> "17500000"
 * @category Programs
 */
export const bspsParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "bsps.desil_range",
    description: "DTSEN desil range eligible for BSPS",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source: `[L] declared policy default: BSPS targets low-income families (income ≤ UMP) and, from 2025, 'penghasilan sesuai batas DTSEN' ${PERMEN_PKP} without a published desil; desil 1–4 as for Kemensos house repair`,
      },
    ],
  },
  {
    id: "bsps.amount_per_unit",
    description: "BSPS grant per house (regular locations): building materials plus labour",
    unit: "IDR/unit",
    values: [
      {
        from: "2019-01-01",
        to: "2021-12-31",
        value: "17500000",
        source: "[H] Kepmen PUPR 158/2019: Rp 17.5 M = Rp 15 M materials + Rp 2.5 M labour; new builds Rp 30 M + 5 M, not modelled (kumparan.com 2019-03-04; motorplus-online.com/read/252428364, 2020)",
      },
      {
        from: "2022-01-01",
        value: "20000000",
        source: `[H] Kepmen PUPR 115/KPTS/M/2022: regular locations Rp 20 M = 17.5 M materials + 2.5 M labour (konsumen.wahananews.co/forwamki/pupr-target-padat-karya-tunai-bsps-tahun-2022; kompas.com 2023-11-06); 2025: Rp 20 M ${PERMEN_PKP}. Papua and Papua Barat: Rp 23.5 M on flat land, Rp 40 M on small islands, remote areas and mountains (same Kepmen) — override per location`,
      },
    ],
  },
  {
    id: "bsps.income_limit_month",
    description: "Family income per month at most this (the provincial minimum wage, Kalimantan Timur)",
    unit: "IDR/month",
    renewal: MINIMUM_WAGE_RENEWAL,
    values: [
      { from: "2019-01-01", to: "2019-12-31", value: "2747561", source: `[M] ${UMP} 2019 (mediaborneo.net/sah-ump-kaltim-tahun-2022-jadi-rp-3-014-49722); BSPS: income at most the provincial UMP (${KEBIJAKAN_UMUM})` },
      { from: "2020-01-01", to: "2021-12-31", value: "2981378.72", source: `[M] ${UMP} 2020, unchanged in 2021 (mediaborneo.net, as above; fame.grid.id/read/462405591)` },
      { from: "2022-01-01", to: "2022-12-31", value: "3014497.22", source: `[M] ${UMP} 2022, SK Gubernur 561/K.568/2021 (mediaborneo.net, as above)` },
      { from: "2023-01-01", to: "2023-12-31", value: "3201396.04", source: `[M] ${UMP} 2023 (${TRIBUN_KALTIM}; cahayaborneo.com/2023/09/14)` },
      { from: "2024-01-01", to: "2024-12-31", value: "3360858", source: `[M] ${UMP} 2024 (${TRIBUN_KALTIM})` },
      {
        from: "2025-01-01",
        to: "2025-12-31",
        value: "3579313.77",
        source: `[M] ${UMP} 2025 (borneoflash.com/2025/02/22/kenaikan-upah-minimum-di-kalimantan-timur-tahun-2025). [L] from 2025 Permen PKP 10/2025 says 'penghasilan sesuai batas DTSEN' without an amount; the library keeps the UMP. A regency UMK above the UMP may be used instead (sumeks.disway.id/amp/653854); override per office`,
      },
      {
        from: "2026-01-01",
        value: "3762431",
        source: `[H] ${UMP} 2026: SK Gubernur Kaltim 100.3.3.1/K.481/2025 of 23 Dec 2025 (sentralkaltim.id 2025-12-25), announced as Pengumuman Gubernur 500.15.14.1/5097/DTKT.Srk-IV/2025 (portalbalikpapan.com; feed.ilidea.com id=13194360)`,
      },
    ],
  },
  {
    id: "bsps.min_occupancy_years",
    description: "Years the family must have owned and lived in the house",
    unit: "years",
    values: [{ from: "2019-01-01", value: 3, source: `[M] 'telah dimiliki dan dihuni minimal 3 tahun' (${KEBIJAKAN_UMUM})` }],
  },
  {
    id: "bsps.single_min_age",
    description: "Age from which a one-person household qualifies without being disabled (completed years)",
    unit: "years",
    values: [
      {
        from: "2019-01-01",
        value: 58,
        source: `[M] a family ('sudah berkeluarga': spouses, a parent and child, siblings, or more than one relative on the KK), or a one-person household that is disabled or at least 58 (${KEBIJAKAN_UMUM})`,
      },
    ],
  },
  {
    id: "bsps.recent_aid_years",
    description: "Years within which a previous government housing aid excludes the family, unless a disaster struck the house since",
    unit: "years",
    values: [{ from: "2019-01-01", value: 10, source: `[M] 'belum pernah memperoleh BSPS atau bantuan pemerintah untuk program perumahan dalam 10 tahun terakhir, kecuali terdampak bencana' (${KEBIJAKAN_UMUM})` }],
  },
  {
    id: "bsps.house_aid_programs",
    description: "Program ids in housing.housingAid or currentAid that count as a previous government housing aid",
    unit: "program ids",
    values: [
      {
        from: "2019-01-01",
        value: HOUSE_AID_PROGRAMS,
        source: "[M] 'bantuan sejenis' (radarlampung.disway.id/amp/656912); [L] regional aid (rtlh_daerah, kaltim_rlh) as 'bantuan pemerintah': drop them to count central aid only",
      },
    ],
  },
  POOR_FLOOR_PARAMETER,
]);
