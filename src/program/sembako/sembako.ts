import { all } from "../../rule/combinators.js";
import type { DatedParameter } from "../../time/parameter.js";
import { requireMonthly } from "../_read.js";
import { desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program } from "../program.js";
import { buildBenefitSchedule } from "../schedule.js";
import { sembakoMessages } from "./messages.js";

/**
 * Program Sembako (BPNT)'s dated parameters: desil range and monthly amount.
 * @example
 * sembakoParameters[1].values[0].value //=> "200000"
 * @category Programs
 */
export const sembakoParameters: readonly DatedParameter[] = [
  {
    id: "sembako.desil_range",
    description: "DTSEN desil range eligible for Program Sembako/BPNT",
    unit: "desil",
    values: [
      {
        from: "2025-02-05",
        value: { min: 1, max: 5 },
        source: "[M] Kepmensos 79/HUK/2025 (disway.id 917154); other outlets say 1–4, or 1–2 then 3 while quota lasts: override per office",
      },
    ],
  },
  {
    id: "sembako.amount_per_month",
    description: "Program Sembako/BPNT benefit per family (KPM) per month",
    unit: "IDR/month",
    values: [
      {
        from: "2020-01-01",
        value: "200000",
        source:
          "[M] iskm.issa.int/node/12350: raised 33% from Rp 150,000 in 2020 (month of the change not given; dated from January); often paid Rp 600,000 per quarter; later amounts not confirmed officially",
      },
    ],
  },
];

/**
 * Program Sembako (BPNT): monthly staple-food assistance, Rp 200,000 per family per month, for
 * desil 1–5 families with no member in an excluded employment. The schedule lists 12 monthly payments.
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
  rule: all(desilCurrentCheck("sembako"), desilInRangeCheck("sembako"), noExcludedMemberCheck("sembako")),
  messages: sembakoMessages,
  benefit(_household, context) {
    const { yearly, text, parameter } = requireMonthly(context, "sembako.amount_per_month");
    return buildBenefitSchedule({
      program: "sembako",
      approach: "reduce-expenditure",
      frequency: "month",
      asOf: context.asOf,
      lines: [{ code: "sembako.benefit", amount: yearly, parameter, values: { monthly: text } }],
    });
  },
});
