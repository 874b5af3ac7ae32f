import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Rupiah } from "../../money/rupiah.js";
import { outcome, unknownOutcome, type RupiahValue } from "../../rule/check.js";
import { all, named } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { amountOf, amountValue } from "../_amount.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import { houseAidReceived } from "../_house.js";
import { memberInAgeBandCheck } from "../_members.js";
import { amountValueOnce, requireAmount, requireParameter } from "../_read.js";
import { noExcludedMemberCheck } from "../checks.js";
import { badParameter } from "../_values.js";
import { excludedEmployers } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn, graduationRecord } from "../schedule.js";
import { penaMessages } from "./messages.js";
import { absentOn } from "../../household/_occupants.js";

const PKHPATI = "pkhpati.com/2023/02/informasi-tentang-program-pena-pahlawan.html";

/**
 * PENA's dated parameters: the grant ceiling per family, which aid counts as "active", the
 * priorities (age band, elderly age, house-aid programs) and the mentoring period.
 * @example
 * penaParameters[0].values[0].value //=> "6000000"
 * @category Programs
 */
export const penaParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "pena.max_amount_per_family",
    description: "Ceiling of the PENA business grant per family (KPM): the grant is up to this amount",
    unit: "IDR/family",
    values: [
      {
        from: "2022-01-01",
        value: "6000000",
        source: `[M] a ceiling: 'hingga Rp6 juta' (jateng.suara.com/amp/read/2025/08/11/091744); Rp 6 M per KPM = 5.5 M equipment + 0.5 M materials (${PKHPATI}; ayobogor.com/umum/amp/3112140423, Mar 2024); grants below it occur: Rp 2.4 M in Kota Pekalongan 2024 (rkb.pekalongankota.go.id berita24322), Rp 5 M per KK planned (palpres.disway.id). (conflict) 2025: Kemensos's business grant named PPSE, a refinement of PENA, is 'maksimal Rp5 juta per KPM' for desil 1–3, 'Berusia produktif (19–64 tahun)', over five years on aid, and 'keluar dari bansos maksimal 12 bulan setelah bantuan cair' (https://www.poskota.co.id/2025/08/16/kemensos-bagikan-modal-usaha-rp5-juta-bagi-penerima-bansos-pkh-dan-bpnt-cek-syarat-dan-ketentuannya, 16 Aug 2025; Rp 5 M also: Mensos, tagarjatim.id 13573, May 2025; Wamensos, most1058fm.com, Dec 2025); these conditions are not checked and no source found says PPSE replaces PENA: override to 5000000 to follow it`,
      },
    ],
  },
  {
    id: "pena.qualifying_aid",
    description: "Program ids in currentAid that make a family an active social-aid recipient for PENA",
    unit: "program ids",
    values: [{ from: "2022-01-01", value: ["pkh", "sembako", "bpnt"], source: `[M] PENA is for active bansos recipients (PKH, BPNT/Sembako) who agree to exit (${PKHPATI}; jateng.suara.com 2025)` }],
  },
  {
    id: "pena.priority_age",
    description: "Age band of the members PENA prioritises (completed years)",
    unit: "years",
    values: [
      { from: "2022-01-01", to: "2024-12-31", value: { min: 20, max: 40 }, source: `[M] 'Diprioritaskan usia 20-40 tahun' (${PKHPATI}); Kota Pekalongan 2024: 20–40 (rkb.pekalongankota.go.id berita24322); (conflict) one 2024 outlet gives 25–45 (ayobogor.com 3112332568): override pena.priority_age to follow it; a priority, not an eligibility condition` },
      { from: "2025-01-01", value: { min: 20, max: 45 }, source: "[L] one 2025 outlet gives 20–45 (jateng.suara.com/amp/read/2025/08/11/091744); no Kemensos text found; a priority, not an eligibility condition" },
    ],
  },
  {
    id: "pena.priority_elderly_age",
    description: "Age from which a member counts as elderly for PENA's 'no elderly or disabled member' priority (completed years)",
    unit: "years",
    values: [
      {
        from: "2022-01-01",
        value: 60,
        source: `[L] library reading: PENA prioritises families with no elderly or disabled member (${PKHPATI}) without an age; lanjut usia is 60+ in UU 13/1998`,
      },
    ],
  },
  {
    id: "pena.priority_house_aid",
    description: "House-aid program ids (housing.housingAid or currentAid) whose recipients PENA prioritises",
    unit: "program ids",
    values: [{ from: "2022-01-01", value: ["rst", "rutilahu"], source: `[M] priority for 2022 RST and 2021 Rutilahu recipients (${PKHPATI})` }],
  },
  {
    id: "pena.mentoring_months",
    description: "Months of mentoring after the PENA grant, after which graduation is reviewed",
    unit: "months",
    values: [
      {
        from: "2022-01-01",
        value: 12,
        source: "[L] declared policy default: the sources mention mentoring (pendampingan) without a duration; the library reviews graduation a year after the grant",
      },
    ],
  },
]);

const NONE: readonly string[] = Object.freeze([]);
const CURRENT_AID = Object.freeze({ field: "currentAid" });
const EXIT_MISSING = Object.freeze({ field: "exitCommitment" });
const DISABILITY = Object.freeze({ field: "disability" });
const HOUSE_AID = Object.freeze({ field: "housing.housingAid" });

const activeAidRecipient = ownCheck<ProgramContext, unknown>({
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

const exitCommitment = ownCheck<ProgramContext>({
  code: "pena.exit_commitment",
  message: penaMessages["pena.exit_commitment"],
  evaluate: (ctx) => {
    const agreed = ctx.inputs.exitCommitment;
    if (typeof agreed !== "boolean") return unknownOutcome("rule.reason.input_missing", true, null, EXIT_MISSING);
    return outcome(agreed, true, agreed);
  },
});

/** The decided grant (input `penaGrantAmount`): absent, a valid amount, or not an amount. */
function decidedGrant(given: unknown): Rupiah | "absent" | "invalid" {
  return given === undefined ? "absent" : (amountOf(given) ?? "invalid");
}

const grantWithinCeiling = ownCheck<ProgramContext, unknown, { ceiling: Rupiah; expected: RupiahValue } | undefined>({
  code: "pena.grant_within_ceiling",
  message: penaMessages["pena.grant_within_ceiling"],
  parameter: "pena.max_amount_per_family",
  prepare: (value) => {
    const ceiling = amountOf(value);
    return ceiling === undefined ? undefined : { ceiling, expected: amountValue(ceiling) };
  },
  evaluate: (ctx, _value, _parameter, prepared) => {
    if (prepared === undefined) return badParameter("pena.max_amount_per_family");
    const { ceiling, expected } = prepared;
    const decided = decidedGrant(ctx.inputs.penaGrantAmount);
    // No amount decided yet: the ceiling is what the family can get.
    if (decided === "absent") return outcome(true, expected, null);
    if (decided === "invalid") return outcome(false, expected, String(ctx.inputs.penaGrantAmount));
    return outcome(decided.compare(ceiling) <= 0, expected, amountValue(decided));
  },
});

const workingAgeMember = memberInAgeBandCheck("pena.working_age_member", penaMessages["pena.working_age_member"], "pena.priority_age");

const noElderlyOrDisabledMember = ownCheck<ProgramContext, unknown>({
  code: "pena.no_elderly_or_disabled_member",
  message: penaMessages["pena.no_elderly_or_disabled_member"],
  parameter: "pena.priority_elderly_age",
  evaluate: (ctx, elderlyAge) => {
    if (typeof elderlyAge !== "number") return badParameter("pena.priority_elderly_age");
    const found: string[] = [];
    let missing = false;
    const members = membersOf(ctx);
    for (let i = 0; i < members.length; i++) {
      if (absentOn(members[i] as MemberFacts, ctx.asOf, ctx.facts.ages[i])) continue;
      const disability = (members[i] as MemberFacts).disability;
      if ((ctx.facts.ages[i] as number) >= elderlyAge) found.push(`elderly ${i + 1}`);
      if (disability === "moderate" || disability === "severe") found.push(`disability ${i + 1}`);
      else if (disability === undefined) missing = true;
    }
    if (found.length > 0) return outcome(false, elderlyAge, found);
    return outcome(missing ? undefined : true, elderlyAge, NONE, missing ? DISABILITY : undefined);
  },
});

const houseAidRecipient = ownCheck<ProgramContext, unknown>({
  code: "pena.house_aid_recipient",
  message: penaMessages["pena.house_aid_recipient"],
  parameter: "pena.priority_house_aid",
  evaluate: (ctx, value) => {
    if (!Array.isArray(value)) return badParameter("pena.priority_house_aid");
    const received = houseAidReceived(ctx.household, value, ctx.asOf);
    if (received === undefined) return outcome(undefined, value as readonly string[], null, HOUSE_AID);
    return outcome(received.length > 0, value as readonly string[], received);
  },
});

/**
 * PENA (Pahlawan Ekonomi Nusantara, Kemensos): a one-off business grant of **up to Rp 6,000,000**
 * per family (a ceiling: grants vary, e.g. Rp 2,400,000 in Kota Pekalongan in 2024) for active
 * social-aid recipients (PKH or Sembako/BPNT in `currentAid`) who sign a statement that their aid
 * stops after the grant (input `exitCommitment`), with no member in an excluded employment. The
 * amount the office decided (input `penaGrantAmount`) must not exceed the ceiling; without it the
 * schedule shows the ceiling (line `pena.grant_ceiling`). **Priorities, not eligibility**, reported
 * in `assessment.priority`: a member aged 20–40 (2022–2024; 20–45 from 2025, one source), no
 * elderly or disabled member, and a past RST/Rutilahu house-aid recipient. The schedule carries a
 * graduation record: review date = grant date + 12 months (a declared default).
 *
 * **Conflict for 2025**: Kemensos's 2025 business grant is reported as PPSE (Program Pemberdayaan
 * Sosial Ekonomi), a refinement of PENA: at most Rp 5,000,000 per family, desil 1–3, aged 19–64
 * ("Berusia produktif (19–64 tahun)"), more than five years on aid, and an exit from aid within 12
 * months of payment ("keluar dari bansos maksimal 12 bulan setelah bantuan cair"; poskota.co.id,
 * 16 August 2025,
 * https://www.poskota.co.id/2025/08/16/kemensos-bagikan-modal-usaha-rp5-juta-bagi-penerima-bansos-pkh-dan-bpnt-cek-syarat-dan-ketentuannya
 * [M]). No source found says PPSE replaces PENA, so the ceiling stays Rp 6,000,000 and these
 * conditions are not checked; an office that runs PPSE overrides `pena.max_amount_per_family` with
 * `5000000` from 2025-01-01.
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
  rule: all(activeAidRecipient, exitCommitment, noExcludedMemberCheck("pena"), grantWithinCeiling),
  priority: named(all(workingAgeMember, noElderlyOrDisabledMember, houseAidRecipient), "pena.priorities", penaMessages["pena.priorities"]),
  messages: penaMessages,
  benefit(_household, context) {
    const { amount: ceiling, parameter } = requireAmount(context, "pena.max_amount_per_family");
    const grantDate = typeof context.inputs.grantDate === "string" ? context.inputs.grantDate : context.asOf;
    const decided = decidedGrant(context.inputs.penaGrantAmount);
    const ceilingValue = amountValueOnce(context, parameter, ceiling);
    const line =
      typeof decided === "string"
        ? { code: "pena.grant_ceiling", amount: ceiling, parameter, values: { amount: ceilingValue } }
        : { code: "pena.grant", amount: decided, parameter, values: { amount: amountValue(decided), ceiling: ceilingValue } };
    return benefitScheduleOn(context.parameters, {
      program: "pena",
      approach: "raise-income",
      frequency: "once",
      asOf: context.asOf,
      paidOn: grantDate,
      lines: [line],
      graduation: graduationRecord(grantDate, requireParameter(context, "pena.mentoring_months")),
    });
  },
});
