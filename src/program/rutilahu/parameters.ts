import type { DatedParameter } from "../../time/parameter.js";

/**
 * Rutilahu/BSPS's dated parameters. The amount per unit follows the program that repaired houses
 * in each period: Kemensos RS-Rutilahu Rp 10 M (2015) and Rp 15 M (2016–2021), then PUPR/PKP BSPS
 * Rp 20 M (17.5 M materials + 2.5 M labour, regular BSPS) from 2022. Papua special amounts
 * (Rp 23.5 M / 40 M), new builds (Rp 35 M) and Kemensos RST (Rp 20 M, [L]) are not modelled.
 * @example
 * valueAt(rutilahuParameters[1], "2021-12-31") //=> "15000000"
 * @category Programs
 */
export const rutilahuParameters: readonly DatedParameter[] = [
  {
    id: "rutilahu.desil_range",
    description: "DTSEN desil range eligible for house repair",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source:
          "[L] library default: RS-Rutilahu serves poor families registered in DTKS (Permensos 20/2017), roughly the poorest 40%; BSPS uses income ≤ UMP/UMK, not modelled",
      },
    ],
  },
  {
    id: "rutilahu.amount_per_unit",
    description: "House-repair grant per house unit (one KK)",
    unit: "IDR/unit",
    values: [
      { from: "2015-01-01", to: "2015-12-31", value: "10000000", source: "[H] RS-Rutilahu (Kemensos) Rp 10 M in 2015 (mandalika.antaranews.com/berita/558375)" },
      {
        from: "2016-01-01",
        to: "2021-12-31",
        value: "15000000",
        source: "[H] RS-Rutilahu (Kemensos) Rp 15 M per KK per unit 2016–2021, groups of 5–15 KK (mandalika.antaranews.com/berita/558375; sonora.id; lahatpos.disway.id)",
      },
      {
        from: "2022-01-01",
        value: "20000000",
        source:
          "[H] BSPS (PUPR/PKP) regular Rp 20 M = 17.5 M materials + 2.5 M labour, Kepmen PUPR 115/KPTS/M/2022, confirmed for 2025 (detik.com/properti d-8136765); from 2022 the repair is BSPS, not RS-Rutilahu",
      },
    ],
  },
  {
    id: "rutilahu.recent_aid_years",
    description: "Years within which a previous house aid excludes the family",
    unit: "years",
    values: [{ from: "2018-01-01", value: 10, source: "[M] Permen PUPR 07/2018 (BSPS): no similar aid in the last 10 years" }],
  },
  {
    id: "rutilahu.house_aid_programs",
    description: "Program ids in currentAid that count as a previous house aid",
    unit: "program ids",
    values: [{ from: "2015-01-01", value: ["rutilahu", "bsps", "rst"], source: "Library list of house-aid programs (RS-Rutilahu, BSPS, RST); extend per office" }],
  },
];
