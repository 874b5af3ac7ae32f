import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { DatedParameter } from "../../time/parameter.js";
import { HOUSE_AID_PROGRAMS, POOR_FLOOR_PARAMETER } from "../_houseParameters.js";

/**
 * Kemensos house repair's dated parameters: RS-Rutilahu (Rehabilitasi Sosial Rumah Tidak Layak
 * Huni) Rp 10 M (2015) and Rp 15 M (2016–2021) per unit, then its continuation RST (Rumah Sejahtera
 * Terpadu) Rp 20 M per house. The PUPR/PKP self-help grant BSPS is a separate program
 * ({@link bsps}).
 * @example
 * valueAt(rutilahuParameters[1], "2021-12-31") //=> "15000000"
 * @category Programs
 */
export const rutilahuParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "rutilahu.desil_range",
    description: "DTSEN desil range eligible for Kemensos house repair",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source:
          "[L] declared policy default: RS-Rutilahu and RST serve poor families registered in DTKS (Permensos 20/2017; banjarsari-labuhanhaji.desa.id 2023-06-13: DTKS and/or extreme poor), not a desil; DTKS held roughly the poorest 40%, hence desil 1–4",
      },
    ],
  },
  {
    id: "rutilahu.amount_per_unit",
    description: "Kemensos house-repair grant per house unit (one KK): RS-Rutilahu, then RST",
    unit: "IDR/unit",
    values: [
      { from: "2015-01-01", to: "2015-12-31", value: "10000000", source: "[H] RS-Rutilahu (Kemensos) Rp 10 M in 2015 (mandalika.antaranews.com/berita/558375)" },
      {
        from: "2016-01-01",
        to: "2021-12-31",
        value: "15000000",
        source: "[H] RS-Rutilahu (Kemensos) Rp 15 M per KK per unit 2016–2021, groups of 5–15 KK (mandalika.antaranews.com/berita/558375; sonora.id; lahatpos.disway.id/read/637834, undated, still describes it at Rp 15 M)",
      },
      {
        from: "2022-01-01",
        value: "20000000",
        source:
          "[M] RST (Rumah Sejahtera Terpadu), the continuation of RS-Rutilahu: Rp 20 M per house 'atau sesuai dengan kebijakan keuangan negara' (Ditjen Perbendaharaan via nasional.kontan.co.id, 13 Nov 2023; banjarsari-labuhanhaji.desa.id 2023-06-13; palpres.disway.id/read/718143, 2024); 2022 RST recipients named by pkhpati.com 2023, so dated from 2022 [L]",
      },
    ],
  },
  {
    id: "rutilahu.recent_aid_years",
    description: "Years within which a previous house aid excludes the family",
    unit: "years",
    values: [
      {
        from: "2018-01-01",
        value: 10,
        source:
          "[L] declared policy default borrowed from BSPS (Permen PUPR 07/2018: no similar aid in the last 10 years); RST asks for no earlier government housing aid at all (sokoguru.id), so an office may lengthen it",
      },
    ],
  },
  {
    id: "rutilahu.house_aid_programs",
    description: "Program ids in housing.housingAid or currentAid that count as a previous house aid",
    unit: "program ids",
    values: [
      {
        from: "2015-01-01",
        value: HOUSE_AID_PROGRAMS,
        source:
          "[M] none 'dari Kementerian atau Lembaga Pemerintah Daerah' (RST: jambiindependent.disway.id/amp/658643; palpres.disway.id/amp/721009); rtlh_daerah: a regional government's repair; kaltim_rlh: Kaltim's RLH",
      },
    ],
  },
  POOR_FLOOR_PARAMETER,
]);
