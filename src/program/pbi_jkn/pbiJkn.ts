import { deepFreeze } from "../../_internal/deepFreeze.js";
import { outcome } from "../../rule/check.js";
import { all, any } from "../../rule/combinators.js";
import { ownCheck, type Rule, type RuleContext } from "../../rule/rule.js";
import { parseIsoDate, type IsoDate } from "../../time/isoDate.js";
import type { DatedParameter } from "../../time/parameter.js";
import { ratedYear } from "../_calendar.js";
import { requireMonthly } from "../_read.js";
import { cutoffOf, noExcludedMemberCheck, targetingRule } from "../checks.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import { absentOn } from "../../household/_occupants.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { ratedScheduleOn, type BenefitLine } from "../schedule.js";
import { badParameter } from "../_values.js";
import { pbiJknMessages } from "./messages.js";

/**
 * PBI-JKN's dated parameters: desil range, the months a health facility's letter counts, and premium
 * per person per month.
 * @example
 * pbiJknParameters[2].values.map((v) => v.value) //=> ["23000", "42000"]
 * @category Programs
 */
export const pbiJknParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "pbi_jkn.desil_range",
    description: "DTSEN desil range eligible for PBI-JKN",
    unit: "desil",
    values: [
      {
        from: "2025-02-05",
        to: "2026-01-31",
        value: { min: 1, max: 5 },
        source:
          "[M] Kepmensos 79/HUK/2025 (disway.id/amp/917154, Dec 2025); Mensos, Jun 2025: replacements come from desil 1–5, desil 6–10 move out (indoberita.co 2025-06-24; beritapusat.co.id)",
      },
      {
        from: "2026-02-01",
        value: { min: 1, max: 5 },
        source:
          "[M] Kepmensos 3/HUK/2026, in force from 1 Feb 2026: PBI only for desil 1 to 5, national quota 96.8 M people (BPJS Kesehatan director via babeindonesia.com/read/6581770, Feb 2026); one outlet says desil 1–4 (purwakartaupdate.com)",
      },
    ],
  },
  {
    id: "pbi_jkn.health_need_months",
    description: "Months a health facility's letter keeps a member removed from PBI-JKN covered (null: no such exception)",
    unit: "months",
    values: [
      {
        from: "2019-01-01",
        value: 6,
        source:
          "[M] 6 months: the letter comes within 6 months of the removal (Kemensos via elshinta.com, Feb 2026), and a reactivated member whose data is not updated within two DTSEN periods is removed again (bnp.jambiprov.go.id 2026; '6 bulan', mulyasari-karawang.desa.id 2026-02). [H] The exception: Permensos 3/2026 Pasal 20, a member removed from PBI who still needs health care stays PBI, on a health facility's letter and a Dinsos reactivation letter (pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308); any need, not only chronic illness (Kemensos Pusdatin, suara.com 2026-02-18); before it Permensos 21/2019 Pasal 8 [M] (dinsos.sragenkab.go.id 2021). Dated from 2019, the earliest targeting date",
      },
    ],
  },
  {
    id: "pbi_jkn.premium_per_person_month",
    description: "PBI-JKN premium paid by the government per person per month",
    unit: "IDR/person/month",
    values: [
      {
        from: "2016-04-01",
        to: "2019-07-31",
        value: "23000",
        source:
          "[H] Rp 23,000 per person per month from 1 Apr 2016: 'iuran bagi peserta Penerima Bantuan Iuran (PBI) … ditetapkan sebesar Rp23 ribu per orang per bulan' (Perpres 19/2016 Pasal 16F, viva.co.id/berita/nasional/746650, Mar 2016; banjarmasin.tribunnews.com/2016/03/16/per-1-april-iuran-bpjs-naik); kept by Perpres 82/2018 until Perpres 75/2019 raised it: 'PBI … disesuaikan dari Rp23.000 menjadi Rp42.000 berlaku per Agustus 2019' (infografis.sindonews.com/viewphoto/634, Jan 2020); 'iuran PBI meningkat dari Rp 23 ribu menjadi Rp 42 ribu' (tempo.co/ekonomi/ditanya-kenaikan-iuran-bpjs-kesehatan-sri-mulyani-senyum-690361, 30 Oct 2019)",
      },
      {
        from: "2019-08-01",
        value: "42000",
        source:
          "[H] Perpres 75/2019 Pasal 29: the PBI premium is Rp 42,000 per person per month from 1 Aug 2019 (rmoljatim.id/jokowi-teken-perpres-iuran-bpjs-kesehatan-resmi-naik; kendaripos.co.id 2019-11); kept by Perpres 64/2020, paid directly by the central government (feed.ilidea.com id=8345677, Jan 2025); unchanged from 1 Jan 2026, the Finance Minister said (faktakalbar.id/2026/01/03/iuran-bpjs-kesehatan-2026-tidak-naik; okezone.com 2026-01-04): the Rp 57,250 read from the 2026 budget (tribunnews.com 2025-08-19) was not enacted",
      },
    ],
  },
]);

/** Whether a member's premium PBI could pay: a member on `asOf` (see `absentOn`) not already in non-PBI JKN. */
function coverable(person: MemberFacts, asOf: IsoDate, age: number | undefined): boolean {
  return person.jkn !== "non-pbi" && !absentOn(person, asOf, age);
}

/**
 * The oldest health facility's letter still counting on the context's date: `asOf` minus
 * `pbi_jkn.health_need_months`; `null` when the parameter is null (no such exception on that date),
 * `undefined` when it is not a count of months.
 */
function letterCutoff(months: unknown, context: RuleContext): IsoDate | null | undefined {
  return months === null ? null : cutoffOf(months, context);
}

const NO_MEMBERS: readonly number[] = Object.freeze([]);

/** Members covered by a health facility's letter dated from `cutoff` to `asOf` (Permensos 3/2026 Pasal 20). */
function lettered(context: ProgramContext, cutoff: IsoDate | null): readonly number[] {
  if (cutoff === null) return NO_MEMBERS;
  const members = membersOf(context);
  // Made only when a letter counts: the check runs for every household, and few have one.
  let out: number[] | undefined;
  for (let index = 0; index < members.length; index++) {
    const person = members[index] as MemberFacts;
    const letter = person.healthNeedLetter;
    if (letter !== undefined && letter >= cutoff && letter <= context.asOf && coverable(person, context.asOf, context.facts.ages[index])) (out ??= []).push(index);
  }
  return out ?? NO_MEMBERS;
}

const TARGETING: Rule<ProgramContext> = /* @__PURE__ */ targetingRule("pbi_jkn");

/**
 * The members a family admitted by health facility's letters alone has covered (Pasal 20), or
 * `undefined` when it is not such a family: then every living member not already in non-PBI JKN is.
 */
function letteredOnly(context: ProgramContext): readonly number[] | undefined {
  const members = membersOf(context);
  let letters = false;
  for (let i = 0; i < members.length; i++) if ((members[i] as MemberFacts).healthNeedLetter !== undefined) letters = true;
  // Letters are rare: only then is the targeting asked again, to tell which way the family came in.
  if (!letters || TARGETING.evaluate(context).status === "passed") return undefined;
  const covered = lettered(context, letterCutoff(context.parameters.get("pbi_jkn.health_need_months")?.value, context) ?? null);
  return covered.length > 0 ? covered : undefined;
}

/** Members whose premium PBI pays (see {@link letteredOnly}). */
function membersToCover(context: ProgramContext): readonly number[] {
  const only = letteredOnly(context);
  if (only !== undefined) return only;
  const members = membersOf(context);
  const out: number[] = [];
  for (let index = 0; index < members.length; index++) if (coverable(members[index] as MemberFacts, context.asOf, context.facts.ages[index])) out.push(index);
  return out;
}

const AT_LEAST_ONE = Object.freeze({ min: 1 });
const PREMIUM = Object.freeze({ id: "pbi_jkn.premium_per_person_month", per: "month" } as const);

// The check reads the premium so that a date without a premium in force (an office's parameter
// set that starts later, or a date before the earliest premium carried) is `unknown` with its
// reason, as for every other program, and the benefit is never computed without its rate.
const memberToCover = ownCheck<ProgramContext>({
  code: "pbi_jkn.member_to_cover",
  message: pbiJknMessages["pbi_jkn.member_to_cover"],
  parameter: "pbi_jkn.premium_per_person_month",
  evaluate: (ctx) => {
    let count = letteredOnly(ctx)?.length;
    if (count === undefined) {
      const members = membersOf(ctx);
      count = 0;
      for (let i = 0; i < members.length; i++) if (coverable(members[i] as MemberFacts, ctx.asOf, ctx.facts.ages[i])) count++;
    }
    return outcome(count > 0, AT_LEAST_ONE, count);
  },
});

// Permensos 3/2026 Pasal 20: a member removed from PBI who still needs health care stays covered,
// on a health facility's letter, whatever the family's desil.
const healthNeed = ownCheck<ProgramContext, unknown, IsoDate | null | undefined>({
  code: "pbi_jkn.health_need",
  message: pbiJknMessages["pbi_jkn.health_need"],
  parameter: "pbi_jkn.health_need_months",
  prepare: letterCutoff,
  evaluate: (ctx, _months, _parameter, cutoff) => {
    if (cutoff === undefined) return badParameter("pbi_jkn.health_need_months");
    const count = lettered(ctx, cutoff).length;
    return outcome(count > 0, AT_LEAST_ONE, count);
  },
});

/**
 * PBI-JKN: the central government pays the JKN (national health insurance) premium, Rp 42,000 per
 * person per month since 1 August 2019 (Perpres 75/2019 Pasal 29; Perpres 64/2020; Rp 23,000 from
 * 1 April 2016 to 31 July 2019, Perpres 19/2016), for every member
 * of a desil 1–5 family (Kepmensos 79/HUK/2025; Kepmensos 3/HUK/2026 from 1 February 2026) not already
 * in non-PBI JKN. A member removed from PBI who still needs health care stays covered whatever the
 * family's desil (Permensos 3/2026 Pasal 20; Permensos 21/2019 Pasal 8): record the date of the
 * health facility's letter as `healthNeedLetter`; it counts for `pbi_jkn.health_need_months` (6),
 * and a family admitted by letters alone has only those members covered. The schedule lists 12 monthly payments, each at the premium in force in that month. Residents the national quota leaves out may
 * be covered by their region instead: see {@link pbiPemda}.
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
  rule: all(any(TARGETING, healthNeed), noExcludedMemberCheck("pbi_jkn"), memberToCover),
  messages: pbiJknMessages,
  benefit(_household, context) {
    const { value: monthly, parameter } = requireMonthly(context, "pbi_jkn.premium_per_person_month");
    const members = membersToCover(context);
    // Each month is due at the premium in force in it (Rp 23,000 until July 2019, Rp 42,000 from
    // August), one rated line per member, rated and split once per number of members and year.
    const rated = ratedYear(context, members.map(() => PREMIUM), "month", parseIsoDate(context.asOf).year);
    const values = { monthly };
    const lines: BenefitLine[] = members.map((member, i) => ({ code: "pbi_jkn.premium", member, amount: rated.totals[i] as BenefitLine["amount"], parameter, values }));
    const input = { program: "pbi_jkn", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines, periodWeights: rated.weights } as const;
    return ratedScheduleOn(context.parameters, input, rated);
  },
});
