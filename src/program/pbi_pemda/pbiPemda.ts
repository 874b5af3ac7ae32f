import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { Household } from "../../household/household.js";
import { outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { requireMonthly, requireParameter } from "../_read.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import { badParameter } from "../_values.js";
import { absentOn } from "../../household/_occupants.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn, type BenefitLine } from "../schedule.js";
import { pbiPemdaMessages } from "./messages.js";

const GRATISPOL =
  "Gratispol Kesehatan (Pemprov Kaltim): MoU with BPJS Kesehatan of 17 Apr 2025; 'cukup tunjukkan KTP Kaltim, kami bayarkan preminya', without the 3-year KTP minimum of the earlier provincial scheme (Kadinkes Kaltim, kaltim.tribunnews.com/2025/06/21/berobat-cuma-pakai-ktp-ini-penjelasan-lengkap-program-gratispol-kesehatan-kaltim); for residents without JKN, including those dropped from BPJS (kaltimfaktual.co/5-000-warga-kaltim-sudah-tercover-program-gratispol-cukup-bawa-ktp); Rp 500 bn of APBD 2025 to enrol the uninsured and pay arrears (borneoflash.com/2025/05/23/kaltim-perluas-cakupan-jkn-rp500-miliar-digelontorkan-untuk-jaminan-kesehatan-masyarakat)";

/**
 * The dated parameters of PBI through the regional budget (PBPU Pemda): the regions that pay, the
 * premium, and the employee categories whose employer must pay instead.
 * @example
 * pbiPemdaParameters[0].values[0].value //=> ["64"]
 * @category Programs
 */
export const pbiPemdaParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "pbi_pemda.regions",
    description: "Regions (dotted Kemendagri codes, province or regency) that enrol uninsured residents in JKN at their budget's cost",
    unit: "region codes",
    values: [
      {
        from: "2025-04-17",
        value: ["64"],
        source: `[M] ${GRATISPOL}. Segment PBPU/BP Pemda, premium paid in full from APBD (Kadinkes Kaltim, tribunkaltim 2026-02-13 via feed.ilidea.com id=13855736). No desil or income test: a KTP Kaltim is the only condition. A regency running its own PBPU Pemda adds its code`,
      },
    ],
  },
  {
    id: "pbi_pemda.premium_per_person_month",
    description: "JKN premium the region pays per enrolled person per month (class III)",
    unit: "IDR/person/month",
    values: [
      {
        from: "2019-08-01",
        value: "42000",
        source:
          "[M] Perpres 75/2019 Pasal 29: PBI and residents enrolled by a Pemda Rp 42,000 from 1 Aug 2019 (rmoljatim.id; central aid Rp 19,000 to Pemda in 2019, Pasal 103A); Perpres 64/2020: class III PBPU/BP Rp 42,000, of which from 2021 Rp 35,000 is the participant's share (paid by the Pemda for residents it enrols) and Rp 7,000 bantuan iuran = Rp 4,200 central + Rp 2,800 Pemda (star.grid.id/read/452223870, PMK on bantuan iuran; polhukam.id/nasional/pr-10513 via republika). The household pays nothing; the APBD bears Rp 37,800 of it from 2021",
      },
    ],
  },
  {
    id: "pbi_pemda.employer_paid",
    description: "Employer categories whose employees must be enrolled (and paid for) by their employer, not by the region",
    unit: "employer categories",
    values: [
      {
        from: "2019-08-01",
        value: ["asn", "tni", "polri", "state-official", "bumn", "bumd", "private"],
        source:
          "[M] Gratispol does not cover people their employer must pay for; the employer stays liable (Kadinkes Kaltim, kaltimfaktual.co); wage employees are the PPU segment (Perpres 82/2018). [L] library reading: only the employee is left out; family members an employer's PPU would cover are not detected",
      },
    ],
  },
]);

const NONE: readonly number[] = Object.freeze([]);
const JKN_FIELD = Object.freeze({ field: "jkn" });
const REGENCY_FIELD = Object.freeze({ field: "regency" });

function within(code: string, region: string): boolean {
  return code === region || code.startsWith(`${region}.`);
}

/** Indexes of members the region would enrol, and whether another member's JKN is unrecorded. */
function membersToCover(household: Household, context: ProgramContext, employerPaid: readonly unknown[]): { members: number[]; missing: boolean } {
  const people: readonly MemberFacts[] = household === context.household ? membersOf(context) : household.members;
  const asOf = context.asOf;
  // The facts' ages are this household's when it is the context's (as in an assessor).
  const ages = household === context.household ? context.facts.ages : undefined;
  const members: number[] = [];
  let missing = false;
  for (let index = 0; index < people.length; index++) {
    const person = people[index] as MemberFacts;
    // A member who has died is not enrolled, though still on the KK; one born after asOf is not yet a member.
    if (absentOn(person, asOf, ages?.[index])) continue;
    if (person.employerCategory !== undefined && employerPaid.includes(person.employerCategory)) continue;
    if (person.jkn === "none") members.push(index);
    else if (person.jkn === undefined) missing = true;
  }
  return { members, missing };
}

const resident = ownCheck<ProgramContext, unknown>({
  code: "pbi_pemda.resident",
  message: pbiPemdaMessages["pbi_pemda.resident"],
  parameter: "pbi_pemda.regions",
  evaluate: (ctx, value) => {
    if (!Array.isArray(value) || !value.every((r) => typeof r === "string")) return badParameter("pbi_pemda.regions");
    const regions = value as readonly string[];
    const regency = ctx.household.regency;
    return outcome(regions.some((r) => within(regency, r)), regions, regency, REGENCY_FIELD);
  },
});

const memberToCover = ownCheck<ProgramContext, unknown>({
  code: "pbi_pemda.member_to_cover",
  message: pbiPemdaMessages["pbi_pemda.member_to_cover"],
  parameter: "pbi_pemda.employer_paid",
  evaluate: (ctx, value) => {
    if (!Array.isArray(value)) return badParameter("pbi_pemda.employer_paid");
    const { members, missing } = membersToCover(ctx.household, ctx, value);
    if (members.length > 0) return outcome(true, value as readonly string[], members.map((i) => i + 1));
    return outcome(missing ? undefined : false, value as readonly string[], NONE, missing ? JKN_FIELD : undefined);
  },
});

/**
 * PBI through the regional budget — **PBPU Pemda** (also called PBI-D or, in Kaltim, Gratispol
 * Kesehatan): the province or regency enrols residents who have no active JKN membership (never
 * enrolled, national PBI deactivated, or lapsed) and pays their class III premium, Rp 42,000 per
 * person per month, from its budget (APBD). Kaltim's scheme (MoU with BPJS Kesehatan of
 * 17 April 2025) asks only for a KTP Kaltim: no desil, no income test, no minimum years of
 * residence. Eligible when the household is domiciled in a paying region (`pbi_pemda.regions`,
 * default Kaltim, `64`; record `regency` as on the KTP/KK) and at least one member has `jkn: "none"`
 * and is not an employee whose employer must pay (`pbi_pemda.employer_paid`). A member recorded
 * without `jkn` makes the check `unknown` when nobody else is to be covered. The schedule lists 12
 * monthly premiums per covered member.
 *
 * A member the national PBI-JKN would also cover appears in both assessments: eligibility is "in
 * the target group", and an office enrols each person in one segment (national PBI first, within
 * its quota). A means-tested regional scheme (e.g. a regency that limits it to desil 1–5) is an
 * app's own program: `defineProgram` with `desilInRangeCheck`.
 *
 * @example
 * assessHousehold(uninsuredFamily, { asOf: "2025-07-01", programs: [pbiPemda] }).programs[0].benefit?.total.toString() //=> "1008000"
 * @category Programs
 */
export const pbiPemda: Program = /* @__PURE__ */ defineProgram({
  id: "pbi_pemda",
  name: { id: "PBI Daerah / PBPU Pemda (iuran JKN dari APBD)", en: "Regional JKN premium assistance (PBPU Pemda)" },
  approach: "reduce-expenditure",
  parameters: pbiPemdaParameters,
  rule: all(resident, memberToCover),
  messages: pbiPemdaMessages,
  benefit(household, context) {
    const { yearly, value: monthly, parameter } = requireMonthly(context, "pbi_pemda.premium_per_person_month");
    const employerPaid = requireParameter(context, "pbi_pemda.employer_paid").value;
    const values = { monthly };
    const { members } = membersToCover(household, context, Array.isArray(employerPaid) ? employerPaid : []);
    const lines: BenefitLine[] = members.map((member) => ({ code: "pbi_pemda.premium", member, amount: yearly, parameter, values }));
    return benefitScheduleOn(context.parameters, { program: "pbi_pemda", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines });
  },
});
