/**
 * Kukar Idaman (Program Dedikasi Kukar Idaman, APBD Kabupaten Kutai Kartanegara): Rp 200,000 per
 * month to neglected elderly people, people with disabilities and neglected children registered in
 * DTKS, in Kutai Kartanegara only, paid through Bankaltimtara. Written the way an app adds its own
 * program: only the library's public exports.
 *
 * Sources: Bupati Kukar at the hand-over of 18 May 2023 (https://mediakaltim.com/?p=85516;
 * https://radarkukar.com/bupati-edi-damansyah-serahkan-31-233-bantuan-pada-masyarakat-kukar):
 * elderly Rp 200,000/month (386 KPM), disability Rp 200,000/month (42 KPM), neglected children
 * Rp 200,000/month (13 KPM), education Rp 500,000/month (203 KPM, not modelled here), on the DTKS;
 * Dinsos Kukar, 17 Jan 2025: "lansia yang telantar serta penyandang disabilitas … Rp 200 ribu per bulan
 * hingga tahun 2025", DTKS required (https://radarkukar.com/dinsos-kukar-siapkan-sejumlah-program-pengentasan-masalah-kesejahteraan-sosial);
 * about 10,800 recipients in 2024 (https://dutakaltimnews.com/?p=10493, 5 Nov 2025).
 *
 * Inputs the household record does not hold (`AssessmentInputs`): `dtksMember` (the family is in the
 * DTKS) and `neglectedMembers` (member indexes, 0-based, a social worker assessed as terlantar).
 */
import {
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
  type Household,
  type Program,
  type ProgramContext,
} from "../src/index.js";

const FROM = "2023-01-01";
const MEDIAKALTIM = "https://mediakaltim.com/?p=85516";
const RADARKUKAR_2025 = "https://radarkukar.com/dinsos-kukar-siapkan-sejumlah-program-pengentasan-masalah-kesejahteraan-sosial";

/** Kukar Idaman's dated parameters. */
export const kukarIdamanParameters: readonly DatedParameter[] = [
  {
    id: "kukar_idaman.amount_per_month",
    description: "Kukar Idaman: cash per recipient per month",
    unit: "IDR/month",
    values: [{ from: FROM, value: "200000", source: `[H] Rp 200,000/month in 2023 (${MEDIAKALTIM}) and through 2025 (${RADARKUKAR_2025}); years before 2023 not verified` }],
  },
  {
    id: "kukar_idaman.regencies",
    description: "Kukar Idaman: regencies whose residents it serves",
    unit: "region codes",
    values: [{ from: FROM, value: ["64.02"], source: `[H] APBD Kabupaten Kutai Kartanegara (${MEDIAKALTIM})` }],
  },
  {
    id: "kukar_idaman.elderly_min_age",
    description: "Kukar Idaman: age from which a neglected person counts as elderly (lanjut usia)",
    unit: "years",
    values: [{ from: FROM, value: 60, source: "[L] the Kukar sources give no age; UU 13/1998 defines lanjut usia as 60+" }],
  },
  {
    id: "kukar_idaman.child_max_age",
    description: "Kukar Idaman: oldest age at which a neglected person counts as a child",
    unit: "years",
    values: [{ from: FROM, value: 17, source: "[M] UU 35/2014: a child is under 18; the Kukar sources give no age" }],
  },
  {
    id: "kukar_idaman.max_recipients_per_family",
    description: "Kukar Idaman: recipients paid per family (KPM)",
    unit: "persons",
    values: [{ from: FROM, value: 1, source: "[UNVERIFIED] the sources count recipients as KPM (families) per category; whether two eligible members of one family are both paid is not stated" }],
  },
];

const messages = defineMessages({
  "kukar_idaman.lives_in_kukar": {
    id: "Keluarga harus tinggal di Kabupaten Kutai Kartanegara ({expected}); tercatat: {received}",
    en: "The family must live in Kutai Kartanegara ({expected}); recorded: {received}",
  },
  "kukar_idaman.dtks_registered": {
    id: "Keluarga harus terdaftar di DTKS; tercatat: {received}",
    en: "The family must be registered in the DTKS; recorded: {received}",
  },
  "kukar_idaman.eligible_member": {
    id: "Paling sedikit satu lansia terlantar, penyandang disabilitas atau anak terlantar; memenuhi (nomor anggota): {received}",
    en: "At least one neglected elderly person, person with a disability or neglected child; qualifying (member numbers): {received}",
  },
  "kukar_idaman.allowance": { id: "Bantuan Kukar Idaman {amount} per bulan (anggota ke-{person})", en: "Kukar Idaman allowance, {amount} a month (member {person})" },
});

const KUKAR = regionCode("64.02");

/**
 * 1-based member numbers that qualify: a recorded disability (moderate or severe), or an elderly
 * person or a child the social worker assessed as neglected. `undefined` when none qualifies on the
 * record but one could (disability or neglect not recorded).
 */
function qualifying(ctx: ProgramContext, elderly: number, child: number): number[] | undefined {
  const neglected = ctx.inputs.neglectedMembers as readonly number[] | undefined;
  const found: number[] = [];
  let unknown = false;
  ctx.household.members.forEach((person, i) => {
    // A member recorded as dead on or before the date counts for nothing.
    if (person.deathDate !== undefined && person.deathDate <= ctx.asOf) return;
    const age = ctx.facts.ages[i] as number;
    if (person.disability === "moderate" || person.disability === "severe") return void found.push(i + 1);
    if (person.disability === undefined) unknown = true;
    if (age >= elderly || age <= child) {
      if (neglected === undefined) unknown = true;
      else if (neglected.includes(i)) found.push(i + 1);
    }
  });
  return found.length > 0 || !unknown ? found : undefined;
}

function agesOf(ctx: ProgramContext): { elderly: number; child: number } | undefined {
  const elderly = ctx.parameters.get("kukar_idaman.elderly_min_age")?.value;
  const child = ctx.parameters.get("kukar_idaman.child_max_age")?.value;
  return typeof elderly === "number" && typeof child === "number" ? { elderly, child } : undefined;
}

const livesInKukar = check<ProgramContext, unknown>({
  code: "kukar_idaman.lives_in_kukar",
  message: messages["kukar_idaman.lives_in_kukar"],
  parameter: "kukar_idaman.regencies",
  evaluate: (ctx, regencies) => {
    const codes = regencies as readonly string[];
    return outcome(codes.some((code) => isWithin(ctx.household.regency, regionCode(code))), codes, ctx.household.regency);
  },
});

const dtksRegistered = check<ProgramContext>({
  code: "kukar_idaman.dtks_registered",
  message: messages["kukar_idaman.dtks_registered"],
  evaluate: (ctx) => {
    const member = ctx.inputs.dtksMember;
    if (typeof member !== "boolean") return unknownOutcome("rule.reason.input_missing", true, null, { field: "dtksMember" });
    return outcome(member, true, member);
  },
});

const eligibleMember = check<ProgramContext>({
  code: "kukar_idaman.eligible_member",
  message: messages["kukar_idaman.eligible_member"],
  evaluate: (ctx) => {
    const ages = agesOf(ctx);
    if (ages === undefined) return unknownOutcome("rule.reason.parameter_not_in_force", { min: 1 }, null, { parameter: "kukar_idaman.elderly_min_age", asOf: ctx.asOf });
    const found = qualifying(ctx, ages.elderly, ages.child);
    return outcome(found === undefined ? undefined : found.length > 0, { min: 1 }, found ?? null, { field: "disability / neglectedMembers" });
  },
});

/** Kukar Idaman as an app-defined program. */
export const kukarIdaman: Program = defineProgram({
  id: "kukar_idaman",
  name: { id: "Bantuan Sosial Dedikasi Kukar Idaman", en: "Kukar Idaman social allowance (Kutai Kartanegara)" },
  approach: "reduce-expenditure",
  parameters: kukarIdamanParameters,
  rule: all(livesInKukar, dtksRegistered, eligibleMember),
  messages,
  benefit(_household: Household, context) {
    const monthly = context.parameters.get("kukar_idaman.amount_per_month");
    const cap = context.parameters.get("kukar_idaman.max_recipients_per_family")?.value as number;
    const amount = rupiah(monthly?.value as string);
    const ages = agesOf(context) as { elderly: number; child: number };
    const members = (qualifying(context, ages.elderly, ages.child) ?? []).slice(0, cap);
    return buildBenefitSchedule({
      program: "kukar_idaman",
      approach: "reduce-expenditure",
      frequency: "month",
      asOf: context.asOf,
      lines: members.map((person) => ({
        code: "kukar_idaman.allowance",
        member: person - 1,
        amount: amount.times(12),
        parameter: monthly,
        // The amount as data ({ rupiah }): formatBenefitLine writes it Rp200.000 / Rp200,000.
        values: { person, amount: { rupiah: amount.toString() } },
      })),
    });
  },
});
