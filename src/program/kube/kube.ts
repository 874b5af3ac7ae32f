import { failure } from "../../message/error.js";
import type { Rupiah } from "../../money/rupiah.js";
import { outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { check } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { amountText, requireAmount, requireParameter } from "../_read.js";
import { asRange, badParameter, desilCurrentCheck, desilInRangeCheck, inRange, noExcludedMemberCheck } from "../checks.js";
import { programMessages } from "../messages.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule, equalSplit, graduationRecord } from "../schedule.js";
import { kubeMessages } from "./messages.js";

const KALBAR_2019 = "[M] dinsos.kalbarprov.go.id 2019-09-12 (syarat pengajuan KUBE)";

/**
 * KUBE's dated parameters: grant per group, group size, member age band, desil range and mentoring.
 * @example
 * kubeParameters.find((p) => p.id === "kube.group_amount")?.values[0]?.value //=> "20000000"
 * @category Programs
 */
export const kubeParameters: readonly DatedParameter[] = [
  {
    id: "kube.group_amount",
    description: "KUBE business grant per group",
    unit: "IDR/group",
    values: [{ from: "2019-01-01", value: "20000000", source: `${KALBAR_2019}: Rp 20,000,000 per KUBE of 10 KK` }],
  },
  {
    id: "kube.group_size",
    description: "Families per KUBE group",
    unit: "families",
    values: [{ from: "2019-01-01", value: { min: 5, max: 10 }, source: `${KALBAR_2019}: 5–10 members (KK) per group` }],
  },
  {
    id: "kube.member_age",
    description: "Age band of the member who joins the KUBE (completed years)",
    unit: "years",
    values: [{ from: "2019-01-01", value: { min: 18, max: 59 }, source: `${KALBAR_2019}: aged 18–59` }],
  },
  {
    id: "kube.desil_range",
    description: "DTSEN desil range eligible for KUBE",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source: `[L] ${KALBAR_2019} requires registration in DTKS/BDT, which held roughly the poorest 40%; library default`,
      },
    ],
  },
  {
    id: "kube.mentoring_months",
    description: "Months of mentoring after the KUBE grant, after which graduation is reviewed",
    unit: "months",
    values: [{ from: "2019-01-01", value: 12, source: "[UNVERIFIED] library default: the sources mention mentoring without a duration" }],
  },
];

const memberOfWorkingAge = check<ProgramContext, unknown>({
  code: "kube.member_of_working_age",
  message: kubeMessages["kube.member_of_working_age"],
  parameter: "kube.member_age",
  evaluate: (ctx, value) => {
    const band = asRange(value);
    if (band === undefined) return badParameter("kube.member_age");
    return outcome(ctx.facts.ages.some((age) => inRange(age, band)), band, ctx.facts.ages);
  },
});

function groupSize(context: ProgramContext, band: { min?: number; max?: number }): number | undefined {
  const given = context.inputs.kubeGroupSize;
  return given === undefined ? band.max : typeof given === "number" ? given : Number.NaN;
}

const groupSizeCheck = check<ProgramContext, unknown>({
  code: "kube.group_size",
  message: kubeMessages["kube.group_size"],
  parameter: "kube.group_size",
  evaluate: (ctx, value) => {
    const band = asRange(value);
    if (band === undefined) return badParameter("kube.group_size");
    const size = groupSize(ctx, band);
    if (size === undefined) return badParameter("kube.group_size");
    return outcome(Number.isInteger(size) && inRange(size, band), band, Number.isNaN(size) ? String(ctx.inputs.kubeGroupSize) : size);
  },
});

/**
 * KUBE (Kelompok Usaha Bersama, Kemensos): a business grant of Rp 20,000,000 per group of 5–10
 * families. The library assesses whether one family may join: current desil 1–4 (DTSEN-registered;
 * library default), a member aged 18–59, no member in an excluded employment, and a group size
 * (input `kubeGroupSize`, default 10) within 5–10. The schedule gives the family's share of the
 * group grant (split exactly with `allocateRupiah`; with an uneven split the first families get the
 * extra rupiah, and this family is counted first) and a graduation record (grant + 12 months).
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [kube], inputs: { kubeGroupSize: 8 } })
 *   .programs[0].benefit?.total.toString() //=> "2500000"
 * @category Programs
 */
export const kube: Program = /* @__PURE__ */ defineProgram({
  id: "kube",
  name: { id: "Kelompok Usaha Bersama (KUBE)", en: "Joint business group (KUBE)" },
  approach: "raise-income",
  parameters: [...sharedParameters, ...kubeParameters],
  rule: all(desilCurrentCheck("kube"), desilInRangeCheck("kube"), noExcludedMemberCheck("kube"), memberOfWorkingAge, groupSizeCheck),
  messages: kubeMessages,
  benefit(_household, context) {
    const { amount: group, parameter } = requireAmount(context, "kube.group_amount");
    const band = asRange(requireParameter(context, "kube.group_size").value) ?? {};
    const size = groupSize(context, band);
    if (size === undefined || !Number.isInteger(size) || size < 1) {
      throw failure(programMessages, "program.bad_group_size", { value: String(size) });
    }
    const share = equalSplit(group, size)[0] as Rupiah;
    const grantDate = typeof context.inputs.grantDate === "string" ? context.inputs.grantDate : context.asOf;
    return buildBenefitSchedule({
      program: "kube",
      approach: "raise-income",
      frequency: "once",
      asOf: context.asOf,
      paidOn: grantDate,
      lines: [{ code: "kube.share", amount: share, parameter, values: { groupAmount: amountText(parameter, group), groupSize: size } }],
      graduation: graduationRecord(grantDate, requireParameter(context, "kube.mentoring_months")),
    });
  },
});
