import { deepFreeze } from "../../_internal/deepFreeze.js";
import { ZERO_RUPIAH } from "../../money/rupiah.js";
import { formatCheckValue } from "../../rule/format.js";
import { outcome, unknownOutcome, type NumberRange, type Outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck, type RuleContext } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { desilCurrentCheck, noExcludedMemberCheck } from "../checks.js";
import { asRange, badParameter, inRange } from "../_values.js";
import { sharedParameters } from "../parameters.js";
import { AssessmentFacts, membersOf, type MemberFacts } from "../_facts.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn } from "../schedule.js";
import { sekolahRakyatMessages } from "./messages.js";
import { absentOn } from "../../household/_occupants.js";

const SRAGEN = "kabarterdepan.com/syarat-mudah-diterima-sekolah-rakyat-di-sragen-wajib-terdata-di-dtsen (29 Sep 2025)";
/**
 * The day Inpres 8/2025, the legal basis of Sekolah Rakyat, was signed: 27 March 2025 ("Inpres yang
 * diteken pada 27 Maret 2025", detik.com via beritapagi88.info, 10 Apr 2025; ketikmedia.com). The first
 * schools opened on 14 July 2025, after an intake from the target group defined by the Inpres.
 */
const INPRES_8_2025_SIGNED = "2025-03-27";
const MERAHPUTIH = "merahputih.com/post/read/sekolah-rakyat-berbasis-asrama-biaya-100-gratis-simak-syarat-daftar-dan-tahapan-seleksinya (2025); radarnesia.com (Jul 2025)";

/**
 * Sekolah Rakyat's dated parameters: the desil range, the range when the quota is not filled, the
 * priority (extreme poor) range, and the age band of each level.
 * @example
 * sekolahRakyatParameters[4].values[0].value //=> { min: 13, max: 15 }
 * @category Programs
 */
export const sekolahRakyatParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "sekolah_rakyat.desil_range",
    description: "DTSEN desil range whose children Sekolah Rakyat admits",
    unit: "desil",
    values: [
      {
        from: INPRES_8_2025_SIGNED,
        value: { min: 1, max: 2 },
        source: `[H] Inpres 8/2025 (signed 27 Mar 2025: 'Inpres yang diteken pada 27 Maret 2025', detik.com via beritapagi88.info/terbitkan-inpres-prabowo-beberkan-strategi-hapus-kemiskinan-18253.html, 10 Apr 2025; ketikmedia.com/cpns-dan-pns/pppk/inpres-no-8-tahun-2025): children of DTSEN desil 1–2 (zonaliterasi.id/?p=24840; wantimpres.go.id; ${MERAHPUTIH}; Sragen intake, ${SRAGEN}). In force from the Inpres: the first intake was selected from its target group before the first 63 schools opened on 14 Jul 2025 ('Sebanyak 63 Sekolah Rakyat beroperasi per 14 Juli ini', Mensos, harian.fajar.co.id 2025-07-14; tirtabhagasasi.co.id/?p=24054). The 2026/27 intake too: Mensos, 3 Feb 2026, 'menyasar anak-anak dari keluarga Desil 1 dan Desil 2' (papuatengah.news/pemerintah-buka-seleksi-sekolah-rakyat-siapkan-kuota-30-000-siswa-tahun-2026; news.harianjogja.com/read/2026/02/03/500/1244874); Wamensos, 19 Feb 2026: 'desil 1 dan 2' (bisnistrade.com/wamensos-agus-jabo-pelajar-masuk-tak-perlu-tes). (conflict, a low-confidence reading) desil 1–4 in descriptions of the program (finnews.id/2025/11/26/860-pendidik-resmi-dikukuhkan-sebagai-guru-sekolah-rakyat; bitvonline.com/pendidikan/57733, 12 Jan 2026, text not found) and of its enrolled pupils (Wamensos, 13 Oct 2025, bola.mawarmessage.com/?p=474726), not as an intake rule: to follow it, override sekolah_rakyat.desil_range and sekolah_rakyat.widened_desil_range with 1–4`,
      },
    ],
  },
  {
    id: "sekolah_rakyat.widened_desil_range",
    description: "DTSEN desil range admitted when a school's intake quota is not filled (input sekolahRakyatQuotaUnfilled)",
    unit: "desil",
    values: [{ from: INPRES_8_2025_SIGNED, value: { min: 1, max: 3 }, source: `[M] 'Jika kuota belum terpenuhi, pendaftaran dapat diperluas ke keluarga dari Desil 3' (${MERAHPUTIH})` }],
  },
  {
    id: "sekolah_rakyat.priority_desil_range",
    description: "DTSEN desil range taken as extreme poor, whom Sekolah Rakyat admits first (an advisory priority)",
    unit: "desil",
    values: [
      {
        from: INPRES_8_2025_SIGNED,
        value: { min: 1, max: 1 },
        source: `[M] 'Keluarga dalam kategori miskin ekstrem akan diprioritaskan' (${MERAHPUTIH}); Mensos, May 2025: 'Prioritas pertama diberikan kepada mereka yang tergolong miskin ekstrem, yaitu yang berada di desil satu' (https://lensagram.id/masuk-sekolah-ini-harus-lolos-seleksi-ketat-hanya-anak-dari-keluarga-miskin-ekstrem-yang-diprioritaskan)`,
      },
    ],
  },
  {
    id: "sekolah_rakyat.age_band.sd",
    description: "Age band of Sekolah Rakyat SD intake (completed years)",
    unit: "years",
    values: [
      {
        from: INPRES_8_2025_SIGNED,
        value: { min: 6, max: 12 },
        source:
          "[UNVERIFIED] declared policy default: no Sekolah Rakyat SD age rule was found; the general SD entry rule (age 7, at least 6 on 1 July; sd.spmbsurabaya.net) and six SD years give 6–12",
      },
    ],
  },
  {
    id: "sekolah_rakyat.age_band.smp",
    description: "Age band of Sekolah Rakyat SMP intake (completed years)",
    unit: "years",
    values: [{ from: INPRES_8_2025_SIGNED, value: { min: 13, max: 15 }, source: `[M] (local: Sragen intake) SMP age 13–15 (${SRAGEN}); no national age rule found` }],
  },
  {
    id: "sekolah_rakyat.age_band.sma",
    description: "Age band of Sekolah Rakyat SMA intake (completed years)",
    unit: "years",
    values: [{ from: INPRES_8_2025_SIGNED, value: { min: 16, max: 18 }, source: `[M] (local: Sragen intake) SMA age 16–18 (${SRAGEN}); no national age rule found` }],
  },
]);

type Level = "sd" | "smp" | "sma";

interface Bands {
  readonly sd: NumberRange;
  readonly smp: NumberRange;
  readonly sma: NumberRange;
}

/** The three age bands in force (read from the date's parameter reader, which keeps each lookup). */
function bands(ctx: RuleContext): Bands | undefined {
  const sd = asRange(ctx.parameters.get("sekolah_rakyat.age_band.sd")?.value);
  const smp = asRange(ctx.parameters.get("sekolah_rakyat.age_band.smp")?.value);
  const sma = asRange(ctx.parameters.get("sekolah_rakyat.age_band.sma")?.value);
  return sd && smp && sma ? { sd, smp, sma } : undefined;
}

function levelOf(age: number, b: Bands): Level | undefined {
  return inRange(age, b.sd) ? "sd" : inRange(age, b.smp) ? "smp" : inRange(age, b.sma) ? "sma" : undefined;
}

interface Scan {
  readonly bands: Bands;
  readonly children: number[] | undefined;
  readonly consented: number[] | undefined;
  readonly unanswered: boolean;
}

/**
 * Member numbers (1-based) of school-age children, and of those whose parents consented / gave no
 * answer. Both checks need it: an assessor's facts remember it (keyed by the inputs object, for
 * these bands), so the members are scanned once per household.
 */
function scan(ctx: ProgramContext, b: Bands): Scan {
  const shared = ctx.facts instanceof AssessmentFacts ? ctx.facts : undefined;
  const known = shared?.recall(ctx.household, ctx.inputs) as Scan | undefined;
  if (known !== undefined && sameBands(known.bands, b)) return known;
  const found = scanMembers(ctx, b);
  shared?.remember(ctx.household, ctx.inputs, found);
  return found;
}

function sameBands(a: Bands, b: Bands): boolean {
  return a.sd === b.sd && a.smp === b.smp && a.sma === b.sma;
}

function scanMembers(ctx: ProgramContext, b: Bands): Scan {
  const members = membersOf(ctx);
  const ages = ctx.facts.ages;
  let children: number[] | undefined;
  let consented: number[] | undefined;
  let unanswered = false;
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as MemberFacts;
    const relationship = member.relationship;
    if (relationship === "head" || relationship === "spouse" || absentOn(member, ctx.asOf, ages[i]) || levelOf(ages[i] as number, b) === undefined) continue;
    (children ??= []).push(i + 1);
    const consent = consentOf(ctx, i);
    if (consent === true) (consented ??= []).push(i + 1);
    else if (consent === undefined) unanswered = true;
  }
  return { bands: b, children, consented, unanswered };
}

function consentOf(ctx: ProgramContext, member: number): boolean | undefined {
  const consents = ctx.inputs.consents;
  if (typeof consents === "boolean") return consents;
  if (consents === undefined || consents === null || typeof consents !== "object") return undefined;
  const given = (consents as Readonly<Record<number, unknown>>)[member];
  return typeof given === "boolean" ? given : undefined;
}

function bandValues(b: Bands): { readonly sd: string; readonly smp: string; readonly sma: string } {
  return { sd: formatCheckValue(b.sd), smp: formatCheckValue(b.smp), sma: formatCheckValue(b.sma) };
}

/** The bands of a date and their texts, as the checks prepare them (once per date). */
interface PreparedBands {
  readonly bands: Bands;
  readonly values: ReturnType<typeof bandValues>;
}

function prepareBands(_value: unknown, context: RuleContext): PreparedBands | undefined {
  const b = bands(context);
  return b && { bands: b, values: Object.freeze(bandValues(b)) };
}

const NOT_IN_FORCE = "rule.reason.parameter_not_in_force";
const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly number[] = Object.freeze([]);
const CONSENTS = Object.freeze({ field: "consents" });
const DESIL_FIELD = Object.freeze({ field: "desil" });
const WIDENED = "sekolah_rakyat.widened_desil_range";

function desilWithin(ctx: ProgramContext, range: NumberRange): Outcome {
  const desil = ctx.household.desil?.value;
  return outcome(desil === undefined ? undefined : inRange(desil, range), range, desil ?? null, DESIL_FIELD);
}

/**
 * The desil range: desil 1–2, or 1–3 when the office says the school's quota is not filled (input
 * `sekolahRakyatQuotaUnfilled: true`); the check's `expected` shows the range applied.
 */
const desilInRange = ownCheck<ProgramContext, unknown>({
  code: "sekolah_rakyat.desil_in_range",
  message: sekolahRakyatMessages["sekolah_rakyat.desil_in_range"],
  parameter: "sekolah_rakyat.desil_range",
  evaluate: (ctx, value) => {
    const widened = ctx.inputs.sekolahRakyatQuotaUnfilled === true;
    const read = widened ? ctx.parameters.get(WIDENED) : undefined;
    if (widened && read === undefined) return unknownOutcome(NOT_IN_FORCE, null, null, { parameter: WIDENED, asOf: ctx.asOf });
    const range = asRange(widened ? read?.value : value);
    if (range === undefined) return badParameter(widened ? WIDENED : "sekolah_rakyat.desil_range");
    return desilWithin(ctx, range);
  },
});

const extremePoor = ownCheck<ProgramContext, unknown>({
  code: "sekolah_rakyat.extreme_poor",
  message: sekolahRakyatMessages["sekolah_rakyat.extreme_poor"],
  parameter: "sekolah_rakyat.priority_desil_range",
  evaluate: (ctx, value) => {
    const range = asRange(value);
    if (range === undefined) return badParameter("sekolah_rakyat.priority_desil_range");
    return desilWithin(ctx, range);
  },
});

const childOfSchoolAge = ownCheck<ProgramContext, unknown, PreparedBands | undefined>({
  code: "sekolah_rakyat.child_of_school_age",
  message: sekolahRakyatMessages["sekolah_rakyat.child_of_school_age"],
  prepare: prepareBands,
  evaluate: (ctx, _value, _parameter, prepared) => {
    if (!prepared) return unknownOutcome(NOT_IN_FORCE, AT_LEAST_ONE, null, { parameter: "sekolah_rakyat.age_band.*", asOf: ctx.asOf });
    const { children } = scan(ctx, prepared.bands);
    return outcome(children !== undefined, AT_LEAST_ONE, children ?? NONE, prepared.values);
  },
});

const parentConsent = ownCheck<ProgramContext, unknown, PreparedBands | undefined>({
  code: "sekolah_rakyat.parent_consent",
  message: sekolahRakyatMessages["sekolah_rakyat.parent_consent"],
  prepare: prepareBands,
  evaluate: (ctx, _value, _parameter, prepared) => {
    if (!prepared) return unknownOutcome(NOT_IN_FORCE, AT_LEAST_ONE, null, { parameter: "sekolah_rakyat.age_band.*", asOf: ctx.asOf });
    const { consented, unanswered } = scan(ctx, prepared.bands);
    if (consented === undefined && unanswered) return unknownOutcome("rule.reason.input_missing", AT_LEAST_ONE, NONE, CONSENTS);
    return outcome(consented !== undefined, AT_LEAST_ONE, consented ?? NONE);
  },
});

/**
 * Sekolah Rakyat: free boarding schools for children of DTSEN desil 1–2 families (Inpres 8/2025,
 * signed 27 March 2025, from which the rules apply; the first schools opened on 14 July 2025). A
 * family qualifies when it has a current desil 1–2 — **1–3 when the school's quota is not filled**
 * (input `sekolahRakyatQuotaUnfilled: true`) —, no member in an excluded employment, a child (not
 * the head or spouse) of school age — SD 6–12 ([UNVERIFIED]: general rule 7, minimum 6), SMP 13–15
 * and SMA 16–18 (the Sragen intake's bands, a local rule) — and the parents consent to boarding for
 * at least one such child (input `consents`, for the family or per member index; missing consent is
 * `unknown`). **Extreme-poor families come first**: reported as a priority (`assessment.priority`,
 * desil 1 as extreme poor, per the Minister [M]), never deciding eligibility. The benefit is in kind: one place
 * per consenting school-age child, no cash.
 *
 * **Desil range of the 2026/27 intake, a conflict**: the Minister of Social Affairs, preparing the 2026
 * selection on 3 February 2026, set it on desil 1–2 ("menyasar anak-anak dari keluarga Desil 1 dan
 * Desil 2", papuatengah.news; news.harianjogja.com, 3 February 2026), and the Deputy Minister said the
 * same on 19 February 2026 ("desil 1 dan 2", bisnistrade.com) [H]. Other reports describe the program
 * as for desil 1–4 (a paragraph on the program in news of the teachers sworn in, finnews.id,
 * 26 November 2025; the Deputy Minister on the pupils already enrolled, 13 October 2025; a report of
 * 12 January 2026 citing Antara, bitvonline.com/pendidikan/57733, whose text was not found) [L]:
 * none gives it as the intake rule, so the range stays 1–2. An office that admits desil 1–4 overrides
 * both `sekolah_rakyat.desil_range` and `sekolah_rakyat.widened_desil_range` with `{ min: 1, max: 4 }`
 * from the date it does so (1–2 and 1–3 before it): the widened range applies when the quota is not
 * filled, so overriding the first alone would narrow such a school back to 1–3.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [sekolahRakyat], inputs: { consents: { 3: true } } })
 *   .programs[0].eligible //=> true
 * @category Programs
 */
export const sekolahRakyat: Program = /* @__PURE__ */ defineProgram({
  id: "sekolah_rakyat",
  name: { id: "Sekolah Rakyat", en: "Sekolah Rakyat (people's boarding schools)" },
  approach: "education",
  parameters: [...sharedParameters, ...sekolahRakyatParameters],
  rule: all(
    desilCurrentCheck("sekolah_rakyat"),
    desilInRange,
    noExcludedMemberCheck("sekolah_rakyat"),
    childOfSchoolAge,
    parentConsent,
  ),
  priority: extremePoor,
  messages: sekolahRakyatMessages,
  prepare: bands,
  benefit(_household, context, b) {
    // One place per school-age child whose parents consented: the scan the checks made (numbers from 1).
    const lines = b
      ? (scan(context, b).consented ?? []).map((n) => ({ code: `sekolah_rakyat.place.${levelOf(context.facts.ages[n - 1] as number, b) as Level}`, member: n - 1, amount: ZERO_RUPIAH }))
      : [];
    return benefitScheduleOn(context.parameters, { program: "sekolah_rakyat", approach: "education", frequency: "in-kind", asOf: context.asOf, lines });
  },
});
