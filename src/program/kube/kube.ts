import { deepFreeze } from "../../_internal/deepFreeze.js";
import { outcome, unknownOutcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { memberInAgeBandCheck } from "../_members.js";
import { amountValueOnce, requireAmount, requireParameter } from "../_read.js";
import { desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { asRange, badParameter, inRange } from "../_values.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn, graduationRecord } from "../schedule.js";
import { kubeMessages } from "./messages.js";
import { absentOn } from "../../household/_occupants.js";

const KEMENSOS_2020 =
  "Kemensos KUBE 2020 (seputartangsel.pikiran-rakyat.com/nasional/pr-141111759, 15 Dec 2020): Rp 2 M per member; 5–20 KK registered in DTPFMOTM; married, productive age 18–60; never received KUBE; Dinsos recommendation";
const KALBAR_2019 = "dinsos.kalbarprov.go.id 2019-09-12 (syarat pengajuan KUBE)";

/**
 * KUBE's dated parameters: grant per member family, group size, member age band, desil range and
 * mentoring.
 * @example
 * kubeParameters.find((p) => p.id === "kube.amount_per_member")?.values[0]?.value //=> "2000000"
 * @category Programs
 */
export const kubeParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "kube.amount_per_member",
    description: "KUBE business grant per member family (the group receives this times its members)",
    unit: "IDR/member family",
    values: [
      {
        from: "2019-01-01",
        value: "2000000",
        source: `[M] ${KEMENSOS_2020}: 'Rp 2 juta dikalikan 5' for a group of 5; ${KALBAR_2019}: Rp 20,000,000 per KUBE of 10 KK, the same Rp 2 M per KK`,
      },
    ],
  },
  {
    id: "kube.group_size",
    description: "Families (KK) per KUBE group",
    unit: "families",
    values: [{ from: "2019-01-01", value: { min: 5, max: 20 }, source: `[M] ${KEMENSOS_2020}. Kalbar's 2019 rule of 5–10 KK (${KALBAR_2019}) is a local override` }],
  },
  {
    id: "kube.member_age",
    description: "Productive-age band of the member who joins the KUBE (completed years)",
    unit: "years",
    values: [{ from: "2019-01-01", value: { min: 18, max: 60 }, source: `[M] ${KEMENSOS_2020}; Kalbar 2019 said 18–59` }],
  },
  {
    id: "kube.desil_range",
    description: "DTSEN desil range eligible for KUBE",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source: `[L] declared policy default: KUBE asks for registration in DTPFMOTM/DTKS (${KEMENSOS_2020}; ${KALBAR_2019}), not for a desil; that registry held roughly the poorest 40%, hence desil 1–4`,
      },
    ],
  },
  {
    id: "kube.mentoring_months",
    description: "Months of mentoring after the KUBE grant, after which graduation is reviewed",
    unit: "months",
    values: [
      {
        from: "2019-01-01",
        value: 12,
        source: "[L] declared policy default: the sources mention mentoring (pendampingan) without a duration; the library reviews graduation a year after the grant",
      },
    ],
  },
]);

const NONE: readonly string[] = Object.freeze([]);
const MARITAL_FIELD = Object.freeze({ field: "maritalStatus" });
const PRIOR_FIELD = Object.freeze({ field: "priorKube" });

const memberOfWorkingAge = memberInAgeBandCheck("kube.member_of_working_age", kubeMessages["kube.member_of_working_age"], "kube.member_age");

const marriedMember = ownCheck<ProgramContext, unknown>({
  code: "kube.married_member",
  message: kubeMessages["kube.married_member"],
  parameter: "kube.member_age",
  evaluate: (ctx, value) => {
    const band = asRange(value);
    if (band === undefined) return badParameter("kube.member_age");
    const members = ctx.household.members;
    const statuses: string[] = [];
    let married = false;
    let missing = false;
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as (typeof members)[number];
      if (absentOn(member, ctx.asOf, ctx.facts.ages[i]) || !inRange(ctx.facts.ages[i] as number, band)) continue;
      const status = member.maritalStatus;
      if (status === "married") married = true;
      else if (status === undefined) missing = true;
      statuses.push(status ?? "?");
    }
    if (married) return outcome(true, band, statuses);
    return outcome(missing ? undefined : false, band, statuses, missing ? MARITAL_FIELD : undefined);
  },
});

/**
 * Never received KUBE: the input `priorKube` answers it, and a `kube` entry in `currentAid` (started
 * on or before `asOf`) means it was received. Without the input, a recorded `currentAid` without
 * `kube` counts as "never" (it is the household's aid record); with neither, it is unknown.
 */
const firstKube = ownCheck<ProgramContext>({
  code: "kube.first_kube",
  message: kubeMessages["kube.first_kube"],
  evaluate: (ctx) => {
    const aid = ctx.household.currentAid;
    const listed = aid?.filter((a) => a.program === "kube" && a.since <= ctx.asOf).map((a) => `kube ${a.since}`);
    if (listed !== undefined && listed.length > 0) return outcome(false, false, listed);
    const prior = ctx.inputs.priorKube;
    if (typeof prior === "boolean") return outcome(!prior, false, prior);
    if (aid !== undefined) return outcome(true, false, NONE);
    return unknownOutcome("rule.reason.input_missing", false, null, PRIOR_FIELD);
  },
});

const groupSizeCheck = ownCheck<ProgramContext, unknown>({
  code: "kube.group_size",
  message: kubeMessages["kube.group_size"],
  parameter: "kube.group_size",
  evaluate: (ctx, value) => {
    const band = asRange(value);
    if (band === undefined) return badParameter("kube.group_size");
    const given = ctx.inputs.kubeGroupSize;
    // No group yet: the family can still join one of an allowed size.
    if (given === undefined) return outcome(true, band, null);
    if (typeof given !== "number") return outcome(false, band, String(given));
    return outcome(Number.isInteger(given) && inRange(given, band), band, given);
  },
});

/**
 * KUBE (Kelompok Usaha Bersama, Kemensos): business capital of **Rp 2,000,000 per member family**,
 * paid to the group's account (a group of n families receives n × Rp 2,000,000), for groups of 5–20
 * KK (Kemensos 2020). The library assesses whether one family may join: current desil 1–4 (standing
 * for DTPFMOTM/DTKS registration; a declared default), a member of productive age 18–60 who is
 * married (`maritalStatus`), never received KUBE before (input `priorKube`, or a `kube` entry in
 * `currentAid`), no member in an excluded employment, and, when the group is formed (input
 * `kubeGroupSize`), 5–20 families. The schedule gives the family's Rp 2,000,000 whatever the group
 * size, and a graduation record (grant + 12 months, a declared default).
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [kube], inputs: { kubeGroupSize: 8, priorKube: false } })
 *   .programs[0].benefit?.total.toString() //=> "2000000"
 * @category Programs
 */
export const kube: Program = /* @__PURE__ */ defineProgram({
  id: "kube",
  name: { id: "Kelompok Usaha Bersama (KUBE)", en: "Joint business group (KUBE)" },
  approach: "raise-income",
  parameters: [...sharedParameters, ...kubeParameters],
  rule: all(
    desilCurrentCheck("kube"),
    desilInRangeCheck("kube"),
    noExcludedMemberCheck("kube"),
    memberOfWorkingAge,
    marriedMember,
    firstKube,
    groupSizeCheck,
  ),
  messages: kubeMessages,
  benefit(_household, context) {
    const { amount, parameter } = requireAmount(context, "kube.amount_per_member");
    const grantDate = typeof context.inputs.grantDate === "string" ? context.inputs.grantDate : context.asOf;
    return benefitScheduleOn(context.parameters, {
      program: "kube",
      approach: "raise-income",
      frequency: "once",
      asOf: context.asOf,
      paidOn: grantDate,
      lines: [{ code: "kube.member_grant", amount, parameter, values: { amount: amountValueOnce(context, parameter, amount) } }],
      graduation: graduationRecord(grantDate, requireParameter(context, "kube.mentoring_months")),
    });
  },
});
