import { outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { check } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { requireMonthly } from "../_read.js";
import { desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule, type BenefitLine } from "../schedule.js";
import { pbiJknMessages } from "./messages.js";

/**
 * PBI-JKN's dated parameters: desil range and premium per person per month.
 * @example
 * pbiJknParameters[1].values[0].value //=> "42000"
 * @category Programs
 */
export const pbiJknParameters: readonly DatedParameter[] = [
  {
    id: "pbi_jkn.desil_range",
    description: "DTSEN desil range eligible for PBI-JKN",
    unit: "desil",
    values: [{ from: "2025-02-05", value: { min: 1, max: 5 }, source: "[M] Kepmensos 79/HUK/2025 (disway.id 917154)" }],
  },
  {
    id: "pbi_jkn.premium_per_person_month",
    description: "PBI-JKN premium paid by the government per person per month",
    unit: "IDR/person/month",
    values: [
      {
        from: "2020-01-01",
        value: "42000",
        source: "[M] Perpres 64/2020 class III rate (sekitarjambi.com); that the PBI premium equals it is inferred, not quoted",
      },
    ],
  },
];

/** Members whose premium PBI would pay: all but those already in non-PBI JKN. */
function membersToCover(context: ProgramContext): number[] {
  const out: number[] = [];
  context.household.members.forEach((person, index) => {
    if (person.jkn !== "non-pbi") out.push(index);
  });
  return out;
}

const AT_LEAST_ONE = Object.freeze({ min: 1 });

const memberToCover = check<ProgramContext>({
  code: "pbi_jkn.member_to_cover",
  message: pbiJknMessages["pbi_jkn.member_to_cover"],
  evaluate: (ctx) => {
    let count = 0;
    for (const person of ctx.household.members) if (person.jkn !== "non-pbi") count++;
    return outcome(count > 0, AT_LEAST_ONE, count);
  },
});

/**
 * PBI-JKN: the government pays the JKN (national health insurance) premium, Rp 42,000 per person
 * per month, for every member of a desil 1–5 family not already in non-PBI JKN. The schedule lists
 * 12 monthly payments.
 *
 * @example
 * assessHousehold(fourMembers, { asOf: "2025-07-01", programs: [pbiJkn] }).total.toString() //=> "2016000"
 * @category Programs
 */
export const pbiJkn: Program = /* @__PURE__ */ defineProgram({
  id: "pbi_jkn",
  name: { id: "Penerima Bantuan Iuran JKN (PBI-JKN)", en: "JKN premium assistance (PBI-JKN)" },
  approach: "reduce-expenditure",
  parameters: [...sharedParameters, ...pbiJknParameters],
  rule: all(desilCurrentCheck("pbi_jkn"), desilInRangeCheck("pbi_jkn"), noExcludedMemberCheck("pbi_jkn"), memberToCover),
  messages: pbiJknMessages,
  benefit(_household, context) {
    const { yearly, text: monthly, parameter } = requireMonthly(context, "pbi_jkn.premium_per_person_month");
    const values = { monthly };
    const lines: BenefitLine[] = membersToCover(context).map((member) => ({
      code: "pbi_jkn.premium",
      member,
      amount: yearly,
      parameter,
      values,
    }));
    return buildBenefitSchedule({ program: "pbi_jkn", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines });
  },
});
