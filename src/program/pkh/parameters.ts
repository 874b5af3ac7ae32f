import type { DatedParameter } from "../../time/parameter.js";

/**
 * PKH's dated parameters: desil range, yearly amount per component, age limits and caps.
 *
 * The elderly age threshold is disputed: "≥ 60 at determination" (palpres.disway.id, matching the
 * statutory definition of lanjut usia in UU 13/1998) versus "70 and over" (Kemensos Instagram via
 * tribunnews 2021). The default is 60; an office following the 70 reading overrides
 * `pkh.elderly_min_age` with `[{ from: "2021-01-01", value: 70, source: "…" }]`.
 * @example
 * pkhParameters.find((p) => p.id === "pkh.elderly_min_age")?.values[0]?.value //=> 60
 * @category Programs
 */
export const pkhParameters: readonly DatedParameter[] = [
  {
    id: "pkh.desil_range",
    description: "DTSEN desil range eligible for PKH",
    unit: "desil",
    values: [{ from: "2025-02-05", value: { min: 1, max: 4 }, source: "[M] Kepmensos 79/HUK/2025 (disway.id 917154); no desil rule before DTSEN (Inpres 4/2025)" }],
  },
  {
    id: "pkh.amount.pregnancy",
    description: "PKH pregnant or postpartum mother (ibu hamil/nifas), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "3000000", source: "[H] PKH index 2021–2025 (tempo.co 2025; tribunnews 2021/2022; poskota 2025); values before 2021 are not verified, so none is given" }],
  },
  {
    id: "pkh.amount.early_childhood",
    description: "PKH early-childhood child 0–6 (anak usia dini), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "3000000", source: "[H] PKH index 2021–2025 (tempo.co 2025; tribunnews 2021/2022; poskota 2025); values before 2021 are not verified, so none is given" }],
  },
  {
    id: "pkh.amount.sd",
    description: "PKH child in SD, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "900000", source: "[H] PKH index 2021–2025, likely since 2019 (tempo.co 2025; tribunnews 2021/2022)" }],
  },
  {
    id: "pkh.amount.smp",
    description: "PKH child in SMP, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "1500000", source: "[H] PKH index 2021–2025, likely since 2019 (tempo.co 2025; tribunnews 2021/2022)" }],
  },
  {
    id: "pkh.amount.sma",
    description: "PKH child in SMA/SMK, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "2000000", source: "[H] PKH index 2021–2025, likely since 2019 (tempo.co 2025; tribunnews 2021/2022)" }],
  },
  {
    id: "pkh.amount.severe_disability",
    description: "PKH member with severe disability (disabilitas berat), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "2400000", source: "[H] PKH index 2021–2025 (tempo.co 2025; tribunnews 2021/2022; poskota 2025); values before 2021 are not verified, so none is given" }],
  },
  {
    id: "pkh.amount.elderly",
    description: "PKH elderly member (lanjut usia), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "2400000", source: "[M] PKH index 2021–2025 (tribunnews 2021; poskota 2025)" }],
  },
  {
    id: "pkh.elderly_min_age",
    description: "Age from which a member counts for the PKH elderly component (completed years on asOf)",
    unit: "years",
    values: [
      {
        from: "2021-01-01",
        value: 60,
        source:
          "[M] palpres.disway.id/amp/674517: elderly ≥ 60 at determination (UU 13/1998 defines lanjut usia as 60+). Disputed: Kemensos Instagram via tribunnews 2021 says 70+; override to 70 to follow it",
      },
    ],
  },
  {
    id: "pkh.early_childhood_age",
    description: "Age band of the PKH early-childhood component (completed years)",
    unit: "years",
    values: [{ from: "2021-01-01", value: { min: 0, max: 6 }, source: "[H] PKH component anak usia dini 0–6 (tempo.co 2025)" }],
  },
  {
    id: "pkh.cap.components",
    description: "Most PKH components counted per family",
    unit: "components",
    values: [{ from: "2021-01-01", value: 4, source: "[M] palpres.disway.id/amp/674517; ayobogor.com" }],
  },
  {
    id: "pkh.cap.early_childhood",
    description: "Most early-childhood children counted per family",
    unit: "children",
    values: [{ from: "2021-01-01", value: 2, source: "[H] at most 2 early-childhood children (tempo.co 2025)" }],
  },
  {
    id: "pkh.cap.school",
    description: "Most school children (SD, SMP and SMA together) counted per family",
    unit: "children",
    values: [{ from: "2021-01-01", value: 3, source: "[M] palpres.disway.id/amp/674517; ayobogor.com" }],
  },
  {
    id: "pkh.cap.pregnancy",
    description: "Most pregnant or postpartum members counted per family",
    unit: "persons",
    values: [
      {
        from: "2021-01-01",
        value: 2,
        source:
          "[H] 'at most 2 pregnancies' (tribunnews 2021/2022); the record does not say which pregnancy it is, so this caps simultaneous pregnancies only [L interpretation]",
      },
    ],
  },
];
