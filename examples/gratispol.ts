/**
 * Gratispol Pendidikan (Pemprov Kalimantan Timur): the province pays the UKT (tuition) of D3–S3
 * students at campuses in Kalimantan Timur, from 21 April 2025 (Pergub Kaltim 24/2025), written the
 * way an app adds its own program: only the library's public exports, dated parameters with sources,
 * bilingual messages, and inputs for the facts a household record does not hold.
 *
 * Rules (sources in the parameters below):
 * - the family's KK has been registered in Kalimantan Timur for at least 3 years (the FAQ says "more
 *   than 3 years": set `gratispol_kaltim.kk_min_months` to 37 to follow it);
 * - the student is enrolled in D3, S1, S2 or S3 at a campus in Kalimantan Timur;
 * - age at most 25 (D3 and S1), 35 (S2), 40 (S3), per the official FAQ; Tribun Kaltim quoted D3 ≤ 23
 *   (documented conflict: override `gratispol_kaltim.max_age.d3` to 23 to follow it). Teachers and
 *   lecturers are exempt from the age limits;
 * - semester: new students only in 2025 (semester 1), every student up to semester 8 from January 2026;
 * - no other scholarship. No means test (no desil, no DTSEN): Gratispol is for every Kaltim student.
 *
 * Benefit: the UKT is paid to the campus, not to the family. With the UKT amount as an input
 * (`gratispolStudent.ukt`) it is a one-off line of that amount; without it, an in-kind line.
 *
 * What the household record does not hold, and this program takes as inputs (`AssessmentInputs`):
 * `kkKaltimSince` (the date the family's KK was registered in Kalimantan Timur) and `gratispolStudent`.
 */
import {
  addMonths,
  all,
  buildBenefitSchedule,
  check,
  defineMessages,
  defineProgram,
  isWithin,
  outcome,
  regionCode,
  rupiah,
  unknownOutcome,
  type DatedParameter,
  type IsoDate,
  type Program,
  type ProgramContext,
} from "../src/index.js";

/** A Gratispol student, as the app records one (member index 0-based, like `consents`). */
export interface GratispolStudent {
  readonly member: number;
  readonly level: "d3" | "s1" | "s2" | "s3";
  readonly campusInKaltim: boolean;
  readonly semester?: number;
  /** UKT for the semester in rupiah (decimal string), when known. */
  readonly ukt?: string;
  readonly teacherOrLecturer?: boolean;
  readonly otherScholarship?: boolean;
}

const START = "2025-04-21";
const FAQ = "https://pendidikan.gratispol.kaltimprov.go.id/informasi/panduan";
const KALTIMNOW = "https://www.kaltimnow.id/?p=18196";
const SWARAKALTIM = "https://swarakaltim.com/2025/04/21/pemprov-kaltim-resmi-gulirkan-program-gratispol-buka-akses-kuliah-gratis-hingga-s3-untuk-warga-lokal";
const TRIBUN = "https://kaltim.tribunnews.com/2025/04/17/batasan-biaya-ukt-yang-ditanggung-program-gratispol-dari-gubernur-kaltim-cek-syarat-usia-penerima?page=2";
const BONTANGPOST = "https://sepintasberita.com/gratispol-kuliah-hingga-s3-ke-perguruan-tinggi-luar-daerah-ini-syaratnya-1422.html";

const age = (level: string, value: number, source: string): DatedParameter<number> => ({
  id: `gratispol_kaltim.max_age.${level}`,
  description: `Gratispol: oldest age at which a ${level.toUpperCase()} student is covered`,
  unit: "years",
  values: [{ from: START, value, source }],
});

/** Gratispol's dated parameters. */
export const gratispolParameters: readonly DatedParameter[] = [
  {
    id: "gratispol_kaltim.kk_min_months",
    description: "Gratispol: months the family's KK must have been registered in Kalimantan Timur",
    unit: "months",
    values: [
      {
        from: START,
        value: 36,
        source: `[M] [conflict] "minimal tiga tahun" (Biro Kesra head, Pergub 24/2025: ${KALTIMNOW}; Governor at the launch: ${SWARAKALTIM}); the FAQ says "lebih dari 3 tahun" (${FAQ}): override to 37 to follow the FAQ`,
      },
    ],
  },
  age("d3", 25, `[M] [conflict] official FAQ "25 thn (D3/S1)" (${FAQ}); Tribun Kaltim quoted D3 at most 23 (${TRIBUN}; 2025-03-24): override to 23 to follow it`),
  age("s1", 25, `[H] official FAQ (${FAQ}); Biro Kesra head (${KALTIMNOW}); Tribun Kaltim (${TRIBUN})`),
  age("s2", 35, `[H] official FAQ (${FAQ}); Biro Kesra head (${KALTIMNOW}); Tribun Kaltim (${TRIBUN})`),
  age("s3", 40, `[H] official FAQ (${FAQ}); Biro Kesra head (${KALTIMNOW}); Tribun Kaltim (${TRIBUN})`),
  {
    id: "gratispol_kaltim.max_semester",
    description: "Gratispol: the highest semester covered",
    unit: "semester",
    values: [
      { from: START, to: "2025-12-31", value: 1, source: `[H] official FAQ: in the odd semester 2025/2026 only new students (${FAQ})` },
      { from: "2026-01-01", value: 8, source: `[H] official FAQ: every student up to semester 8 from the even semester 2025/2026, January 2026 (${FAQ}; ${BONTANGPOST})` },
    ],
  },
];

const messages = defineMessages({
  "gratispol_kaltim.kk_in_kaltim": {
    id: "KK keluarga harus terdaftar di Kalimantan Timur paling sedikit {expected} bulan; tercatat: {received}",
    en: "The family's KK must have been registered in Kalimantan Timur for at least {expected} months; recorded: {received}",
  },
  "gratispol_kaltim.enrolled_in_kaltim": {
    id: "Mahasiswa D3, S1, S2 atau S3 di perguruan tinggi di Kalimantan Timur; tercatat: {received}",
    en: "A D3, S1, S2 or S3 student at a campus in Kalimantan Timur; recorded: {received}",
  },
  "gratispol_kaltim.age_limit": {
    id: "Umur mahasiswa paling tinggi {expected} tahun (guru dan dosen dikecualikan); umur: {received}",
    en: "The student must be at most {expected} years old (teachers and lecturers exempt); age: {received}",
  },
  "gratispol_kaltim.semester_limit": {
    id: "Semester paling tinggi {expected}; semester: {received}",
    en: "Semester at most {expected}; semester: {received}",
  },
  "gratispol_kaltim.no_other_scholarship": {
    id: "Tidak sedang menerima beasiswa lain; tercatat: {received}",
    en: "Not receiving another scholarship; recorded: {received}",
  },
  "gratispol_kaltim.ukt": { id: "UKT semester {semester} dibayar ke kampus (anggota ke-{person})", en: "UKT for semester {semester}, paid to the campus (member {person})" },
  "gratispol_kaltim.ukt_in_kind": { id: "UKT dibayar langsung ke kampus (anggota ke-{person})", en: "UKT paid directly to the campus (member {person})" },
});

const KALTIM = regionCode("64");
const LEVELS = ["d3", "s1", "s2", "s3"];

function student(ctx: ProgramContext): GratispolStudent | undefined {
  const s = ctx.inputs.gratispolStudent as GratispolStudent | undefined;
  return s !== undefined && Number.isInteger(s.member) && s.member >= 0 && s.member < ctx.household.members.length ? s : undefined;
}
const missing = (field: string, expected: number | readonly string[] | boolean) => unknownOutcome("rule.reason.input_missing", expected, null, { field });

const kkInKaltim = check<ProgramContext, unknown>({
  code: "gratispol_kaltim.kk_in_kaltim",
  message: messages["gratispol_kaltim.kk_in_kaltim"],
  parameter: "gratispol_kaltim.kk_min_months",
  evaluate: (ctx, months) => {
    if (!isWithin(ctx.household.regency, KALTIM)) return outcome(false, months as number, ctx.household.regency);
    const since = ctx.inputs.kkKaltimSince as IsoDate | undefined;
    if (typeof since !== "string") return missing("kkKaltimSince", months as number);
    return outcome(addMonths(since, months as number) <= ctx.asOf, months as number, `since ${since}`);
  },
});

const enrolledInKaltim = check<ProgramContext>({
  code: "gratispol_kaltim.enrolled_in_kaltim",
  message: messages["gratispol_kaltim.enrolled_in_kaltim"],
  evaluate: (ctx) => {
    const s = student(ctx);
    if (s === undefined) return missing("gratispolStudent", LEVELS);
    return outcome(LEVELS.includes(s.level) && s.campusInKaltim === true, LEVELS, `${s.level}, campus in Kaltim: ${s.campusInKaltim}`);
  },
});

const ageLimit = check<ProgramContext>({
  code: "gratispol_kaltim.age_limit",
  message: messages["gratispol_kaltim.age_limit"],
  evaluate: (ctx) => {
    const s = student(ctx);
    if (s === undefined) return unknownOutcome("rule.reason.input_missing", "25 (D3/S1), 35 (S2), 40 (S3)", null, { field: "gratispolStudent" });
    const limit = ctx.parameters.get(`gratispol_kaltim.max_age.${s.level}`);
    if (limit === undefined) return unknownOutcome("rule.reason.parameter_not_in_force", null, null, { parameter: `gratispol_kaltim.max_age.${s.level}`, asOf: ctx.asOf });
    const years = ctx.facts.ages[s.member] as number;
    return outcome(s.teacherOrLecturer === true || years <= (limit.value as number), limit.value as number, years);
  },
});

const semesterLimit = check<ProgramContext, unknown>({
  code: "gratispol_kaltim.semester_limit",
  message: messages["gratispol_kaltim.semester_limit"],
  parameter: "gratispol_kaltim.max_semester",
  evaluate: (ctx, max) => {
    const semester = student(ctx)?.semester;
    if (semester === undefined) return missing("gratispolStudent.semester", max as number);
    return outcome(semester >= 1 && semester <= (max as number), max as number, semester);
  },
});

const noOtherScholarship = check<ProgramContext>({
  code: "gratispol_kaltim.no_other_scholarship",
  message: messages["gratispol_kaltim.no_other_scholarship"],
  evaluate: (ctx) => {
    const other = student(ctx)?.otherScholarship;
    if (other === undefined) return missing("gratispolStudent.otherScholarship", false);
    return outcome(!other, false, other);
  },
});

/** Gratispol Pendidikan as an app-defined program. */
export const gratispol: Program = defineProgram({
  id: "gratispol_kaltim",
  name: { id: "Gratispol Pendidikan (Pemprov Kaltim)", en: "Gratispol free tuition (Kalimantan Timur province)" },
  approach: "education",
  parameters: gratispolParameters,
  rule: all(kkInKaltim, enrolledInKaltim, ageLimit, semesterLimit, noOtherScholarship),
  messages,
  benefit(_household, context) {
    const s = student(context) as GratispolStudent;
    const values = { person: s.member + 1, semester: s.semester ?? "?" };
    const paid = s.ukt !== undefined;
    return buildBenefitSchedule({
      program: "gratispol_kaltim",
      approach: "education",
      frequency: paid ? "once" : "in-kind",
      asOf: context.asOf,
      lines: [{ code: paid ? "gratispol_kaltim.ukt" : "gratispol_kaltim.ukt_in_kind", member: s.member, amount: rupiah(s.ukt ?? 0), values }],
    });
  },
});
