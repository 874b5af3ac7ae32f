import { deepFreeze } from "../../_internal/deepFreeze.js";
import { all } from "../../rule/combinators.js";
import { parseIsoDate } from "../../time/isoDate.js";
import type { DatedParameter } from "../../time/parameter.js";
import { paymentCalendar, ratedYear } from "../_calendar.js";
import { requireMonthly } from "../_read.js";
import { exclusionChecks, notExitedCheck, targetingRule } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { ratedScheduleOn, type BenefitSchedule } from "../schedule.js";
import { sembakoMessages } from "./messages.js";

const REPUBLIKA_2020 = "https://fbeta.republika.co.id/berita/q7ou78484/kemensos-tingkatkan-bantuan-keluarga-miskin-enam-bulan";
const INEWS_2020 = "https://www.inews.id/finance/bisnis/cegah-dampak-virus-korona-pemerintah-tambah-nilai-bantuan-sembako-6-bulan-ke-depan";

/**
 * Program Sembako (BPNT)'s dated parameters: desil range, monthly amount and payment calendar.
 * @example
 * sembakoParameters[1].values.map((v) => [v.from, v.value]) //=> [["2019-01-01", "110000"], ["2020-01-01", "150000"], ["2020-03-01", "200000"]]
 * @category Programs
 */
export const sembakoParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "sembako.desil_range",
    description: "DTSEN desil range eligible for Program Sembako/BPNT (from DTSEN; before it, DTKS membership: targeting.era)",
    unit: "desil",
    values: [
      {
        from: "2025-02-05",
        value: { min: 1, max: 5 },
        source: "[M] (conflict) Kepmensos 79/HUK/2025 (disway.id 917154) gives 1–5; Mensos, 8 Jul 2025: regular aid to desil 1–4 (linggapura-kawali.desa.id), and the first 2026 round was paid to desil 1–4 (bali.jpnn.com, Feb 2026); other outlets say 1–2, then 3 while the quota lasts: override per office",
      },
    ],
  },
  {
    id: "sembako.amount_per_month",
    description: "Program Sembako/BPNT benefit per family (KPM) per month",
    unit: "IDR/month",
    values: [
      { from: "2019-01-01", value: "110000", source: `[M] BPNT was Rp 110,000 a month in 2019 (Mensos, 2 Mar 2020: ${INEWS_2020})` },
      {
        from: "2020-01-01",
        value: "150000",
        source: `[H] Dirjen Penanganan Fakir Miskin, 24 Mar 2020: 'semula pada Januari dan Februari sebesar Rp 150.000' (${REPUBLIKA_2020}); ${INEWS_2020}`,
      },
      {
        from: "2020-03-01",
        value: "200000",
        source: `[H] Rp 200,000 from March 2020 (${REPUBLIKA_2020}; ${INEWS_2020}; https://origin.kompas.tv/amp/advertorial/78609/program-sembako-dalam-penanganan-covid-19, 2 May 2020); still Rp 400,000 per 2 months in 2024 and Rp 600,000 per quarter in 2025 (poskota 2024-07-22; poskota 2025-03-08)`,
      },
    ],
  },
  {
    id: "sembako.calendar",
    description: "Program Sembako payment periods by channel (kks: bank card; pos: PT Pos): tahap (quarter), bimonthly or month",
    unit: "frequency by channel",
    values: [
      {
        from: "2019-01-01",
        value: { kks: "month", pos: "month" },
        source:
          "[L] Monthly, as the benefit is set per month (https://iskm.issa.int/node/12350); 2019–2023 not verified. (conflict) 2023: a headline 'BPNT Tahap 4 … Agustus 2023 … Rp400.000' [unverified]; nakita.grid.id 023775025: override",
      },
      {
        from: "2024-01-01",
        value: { kks: "bimonthly", pos: "tahap" },
        source:
          "[M] 2024: on KKS Rp 400,000 every 2 months (poskota 2024-07-22; palpres.disway.id/amp/728220); through PT Pos Rp 600,000 per quarter, triwulan III and IV paid together on 20 Dec 2024 (https://jateng.antaranews.co/amp/berita/564142/pt-pos-kudus-salurkan-bansos-pkh-dan-bpnt-untuk-9495-kpm)",
      },
      {
        from: "2025-01-01",
        value: { kks: "tahap", pos: "tahap" },
        source: "[M] 2025: Rp 600,000 per quarter, 'tahap 1 … Januari-Maret' (poskota.co.id 2025-03-08, 'bantuan pangan tunai Rp600.000 cair')",
      },
    ],
  },
]);

/** Sembako's schedule on the context's date for the family's payment channel. */
function sembakoSchedule(context: ProgramContext): BenefitSchedule {
  const { value: monthly, parameter } = requireMonthly(context, "sembako.amount_per_month");
  const calendar = paymentCalendar(context, "sembako.calendar");
  const rated = ratedYear(context, MONTHLY, calendar.frequency, parseIsoDate(context.asOf).year);
  return ratedScheduleOn(
    context.parameters,
    {
      program: "sembako",
      approach: "reduce-expenditure",
      asOf: context.asOf,
      frequency: calendar.frequency,
      lines: [{ code: "sembako.benefit", amount: rated.totals[0] as (typeof rated.totals)[number], parameter, values: { monthly } }],
      periodWeights: rated.weights,
      channel: calendar.channel,
      calendar: calendar.parameter,
    },
    rated,
  );
}

const MONTHLY = [{ id: "sembako.amount_per_month", per: "month" }] as const;

/**
 * Program Sembako (BPNT): staple-food assistance per family, Rp 200,000 a month since March 2020
 * (Rp 150,000 in January–February 2020, Rp 110,000 in 2019), targeted on DTKS membership before
 * 2025-02-05 and on desil 1–5 from then (`targetingRule`), with no Kemensos exclusion and no exit
 * (graduasi mandiri or paksa, or a PENA grant). Paid per the dated calendar `sembako.calendar`
 * (2024: every two months on KKS, every three through PT Pos; 2025: quarterly), each period at the
 * amount in force in it.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [sembako] }).total.toString() //=> "2400000"
 * @category Programs
 */
export const sembako: Program = /* @__PURE__ */ defineProgram({
  id: "sembako",
  name: { id: "Program Sembako (BPNT)", en: "Staple-food program (Sembako/BPNT)" },
  approach: "reduce-expenditure",
  parameters: [...sharedParameters, ...sembakoParameters],
  rule: all(targetingRule("sembako"), ...exclusionChecks("sembako"), notExitedCheck("sembako")),
  messages: sembakoMessages,
  benefit: (_household, context) => sembakoSchedule(context),
});
