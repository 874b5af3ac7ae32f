import { outcome, unknownOutcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { check } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { amountText, requireAmount, requireParameter } from "../_read.js";
import { asRange, badParameter, inRange, noExcludedMemberCheck } from "../checks.js";
import { excludedEmployers } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule, graduationRecord } from "../schedule.js";
import { penaMessages } from "./messages.js";

/**
 * PENA's dated parameters: grant per family, which aid counts as "active", the priority age band
 * and the mentoring period.
 * @example
 * penaParameters[0].values[0].value //=> "6000000"
 * @category Programs
 */
export const penaParameters: readonly DatedParameter[] = [
  {
    id: "pena.amount_per_family",
    description: "PENA business grant per family (KPM)",
    unit: "IDR/family",
    values: [{ from: "2022-01-01", value: "6000000", source: "[M] Rp 6,000,000 = 5.5 M equipment + 0.5 M materials, 2022–2025 (pkhpati.com; ayobogor.com; jateng.suara.com)" }],
  },
  {
    id: "pena.qualifying_aid",
    description: "Program ids in currentAid that make a family an active social-aid recipient for PENA",
    unit: "program ids",
    values: [{ from: "2022-01-01", value: ["pkh", "sembako", "bpnt"], source: "[M] PENA is for active bansos recipients (PKH, BPNT/Sembako) who agree to exit (pkhpati.com; ayobogor.com)" }],
  },
  {
    id: "pena.priority_age",
    description: "Age band of the members PENA prioritises (completed years)",
    unit: "years",
    values: [{ from: "2022-01-01", value: { min: 20, max: 45 }, source: "[M] priority age 20–45 (pkhpati.com; some outlets say 25–45); a priority, not an eligibility condition" }],
  },
  {
    id: "pena.mentoring_months",
    description: "Months of mentoring after the PENA grant, after which graduation is reviewed",
    unit: "months",
    values: [{ from: "2022-01-01", value: 12, source: "[UNVERIFIED] library default: the sources mention mentoring (pendampingan) without a duration" }],
  },
];

const NONE: readonly string[] = Object.freeze([]);
const CURRENT_AID = Object.freeze({ field: "currentAid" });
const EXIT_MISSING = Object.freeze({ field: "exitCommitment" });

const activeAidRecipient = check<ProgramContext, unknown>({
  code: "pena.active_aid_recipient",
  message: penaMessages["pena.active_aid_recipient"],
  parameter: "pena.qualifying_aid",
  evaluate: (ctx, value) => {
    if (!Array.isArray(value)) return badParameter("pena.qualifying_aid");
    const qualifying = value as readonly string[];
    const aid = ctx.household.currentAid;
    if (aid === undefined) return outcome(undefined, qualifying, null, CURRENT_AID);
    let active: string[] | undefined;
    for (const a of aid) if (qualifying.includes(a.program) && a.since <= ctx.asOf) (active ??= []).push(a.program);
    return outcome(active !== undefined, qualifying, active ?? NONE);
  },
});

const exitCommitment = check<ProgramContext>({
  code: "pena.exit_commitment",
  message: penaMessages["pena.exit_commitment"],
  evaluate: (ctx) => {
    const agreed = ctx.inputs.exitCommitment;
    if (typeof agreed !== "boolean") return unknownOutcome("rule.reason.input_missing", true, null, EXIT_MISSING);
    return outcome(agreed, true, agreed);
  },
});

const workingAgeMember = check<ProgramContext, unknown>({
  code: "pena.working_age_member",
  message: penaMessages["pena.working_age_member"],
  parameter: "pena.priority_age",
  evaluate: (ctx, value) => {
    const band = asRange(value);
    if (band === undefined) return badParameter("pena.priority_age");
    const ages = ctx.facts.ages;
    let found = false;
    for (let i = 0; i < ages.length; i++) if (inRange(ages[i] as number, band)) found = true;
    return outcome(found, band, ages);
  },
});

/**
 * PENA (Pahlawan Ekonomi Nusantara, Kemensos): a one-off business grant of Rp 6,000,000 per family
 * for active social-aid recipients (PKH or Sembako/BPNT in `currentAid`) who agree to leave aid
 * (input `exitCommitment`), with no member in an excluded employment. The working-age band 20–45
 * is reported as a **priority** (`assessment.priority`), not required: the sources call it a
 * priority. The schedule carries a graduation record: review date = grant date + 12 months.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [pena], inputs: { exitCommitment: true } })
 *   .programs[0].benefit?.graduation?.reviewDate //=> "2026-07-01"
 * @category Programs
 */
export const pena: Program = /* @__PURE__ */ defineProgram({
  id: "pena",
  name: { id: "Pahlawan Ekonomi Nusantara (PENA)", en: "PENA business grant (Pahlawan Ekonomi Nusantara)" },
  approach: "raise-income",
  parameters: [excludedEmployers, ...penaParameters],
  rule: all(activeAidRecipient, exitCommitment, noExcludedMemberCheck("pena")),
  priority: workingAgeMember,
  messages: penaMessages,
  benefit(_household, context) {
    const { amount, parameter } = requireAmount(context, "pena.amount_per_family");
    const grantDate = typeof context.inputs.grantDate === "string" ? context.inputs.grantDate : context.asOf;
    return buildBenefitSchedule({
      program: "pena",
      approach: "raise-income",
      frequency: "once",
      asOf: context.asOf,
      paidOn: grantDate,
      lines: [{ code: "pena.grant", amount, parameter, values: { amount: amountText(parameter, amount) } }],
      graduation: graduationRecord(grantDate, requireParameter(context, "pena.mentoring_months")),
    });
  },
});
