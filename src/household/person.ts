import * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import { RupiahSchema } from "../money/schema.js";
import { renderMessage } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import { IsoDateSchema, readIsoDate } from "../time/isoDate.js";
import { idFields } from "./idNumber.js";
import { maskNik } from "./mask.js";
import { householdMessages, type HouseholdMessageCode } from "./messages.js";
import { NikSchema } from "./nik.js";

/**
 * Sex as recorded on the KK and encoded in the NIK.
 * @example Sex.parse("female") //=> "female"
 * @category Households
 */
export const Sex = /* @__PURE__ */ neverThrows(() => z.enum(["male", "female"]), "Sex");
/** @category Households */
export type Sex = z.infer<typeof Sex>;

/**
 * Relationship to the head of the family (hubungan dengan kepala keluarga): `in-law` is menantu,
 * `other-family` another relative (famili lain), `other` a non-relative living in the household.
 * @example Relationship.options.includes("grandchild") //=> true
 * @category Households
 */
export const Relationship = /* @__PURE__ */ neverThrows(() => z.enum([
  "head",
  "spouse",
  "child",
  "grandchild",
  "parent",
  "in-law",
  "other-family",
  "other",
]), "Relationship");
/** @category Households */
export type Relationship = z.infer<typeof Relationship>;

/**
 * Pregnancy status: `pregnant` (ibu hamil) or `postpartum` (nifas), as PKH counts them.
 * @example Pregnancy.parse("postpartum") //=> "postpartum"
 * @category Households
 */
export const Pregnancy = /* @__PURE__ */ neverThrows(() => z.enum(["none", "pregnant", "postpartum"]), "Pregnancy");
/** @category Households */
export type Pregnancy = z.infer<typeof Pregnancy>;

/**
 * Disability: `severe` is disabilitas berat (a PKH component), `moderate` any lesser disability.
 * @example Disability.parse("severe") //=> "severe"
 * @category Households
 */
export const Disability = /* @__PURE__ */ neverThrows(() => z.enum(["none", "moderate", "severe"]), "Disability");
/** @category Households */
export type Disability = z.infer<typeof Disability>;

/**
 * School level: `early-childhood` (PAUD/TK), `sd` (primary), `smp` (lower secondary), `sma`
 * (upper secondary, SMA or SMK, and their madrasah equivalents MI/MTs/MA), `none` (never at school).
 * @example SchoolLevel.parse("smp") //=> "smp"
 * @category Households
 */
export const SchoolLevel = /* @__PURE__ */ neverThrows(() => z.enum(["none", "early-childhood", "sd", "smp", "sma"]), "SchoolLevel");
/** @category Households */
export type SchoolLevel = z.infer<typeof SchoolLevel>;

/**
 * Current schooling: the level a child attends (`enrolled: true`) or, when not enrolled, the level
 * the child is of age for or dropped out of. `{ level: "none", enrolled: true }` is refused.
 * @example Schooling.parse({ level: "sd", enrolled: true }) //=> { level: "sd", enrolled: true }
 * @category Households
 */
export const Schooling = /* @__PURE__ */ neverThrows(() => z.strictObject({ level: SchoolLevel, enrolled: z.boolean() }), "Schooling");
/** @category Households */
export type Schooling = z.infer<typeof Schooling>;

/**
 * Highest education completed (used by BPS criterion 13 for the head): `sd-not-completed` is
 * "tidak tamat SD", `higher` any diploma or degree.
 * @example Education.parse("sd") //=> "sd"
 * @category Households
 */
export const Education = /* @__PURE__ */ neverThrows(() => z.enum(["none", "sd-not-completed", "sd", "smp", "sma", "higher"]), "Education");
/** @category Households */
export type Education = z.infer<typeof Education>;

/**
 * Who a person works for or how. `asn` (civil servant), `tni`, `polri`, `state-official`
 * (pejabat negara), `bumn` and `bumd` (state- and region-owned enterprises), and the other Kemensos
 * exclusion groups — `pensioner` (a pensioner of ASN/TNI/Polri), `public-payroll` (anyone else paid
 * from APBN/APBD, e.g. honorary staff), `village-official` (perangkat desa), `certified-teacher`
 * (guru bersertifikasi), `health-worker` (tenaga kesehatan) and `company-owner` (owner or manager of
 * a company) — exclude the family from most aid; the others describe ordinary work. `farmer` works
 * own or rented land; `farm-labourer`, `construction-labourer` and `plantation-labourer` are named
 * by BPS criterion 12; `labourer` is any other wage labour; `none` means not working.
 * @example EmployerCategory.parse("polri") //=> "polri"
 * @category Households
 */
export const EmployerCategory = /* @__PURE__ */ neverThrows(() => z.enum([
  "asn",
  "tni",
  "polri",
  "state-official",
  "bumn",
  "bumd",
  "pensioner",
  "public-payroll",
  "village-official",
  "certified-teacher",
  "health-worker",
  "company-owner",
  "private",
  "self-employed",
  "farmer",
  "farm-labourer",
  "fisher",
  "construction-labourer",
  "plantation-labourer",
  "labourer",
  "informal",
  "none",
]), "EmployerCategory");
/** @category Households */
export type EmployerCategory = z.infer<typeof EmployerCategory>;

/**
 * JKN health-insurance membership: `pbi` (premium paid by government), `non-pbi` (any other JKN
 * membership), `none`.
 * @example JknMembership.parse("pbi") //=> "pbi"
 * @category Households
 */
export const JknMembership = /* @__PURE__ */ neverThrows(() => z.enum(["pbi", "non-pbi", "none"]), "JknMembership");
/** @category Households */
export type JknMembership = z.infer<typeof JknMembership>;

/**
 * Marital status as on the KK (status perkawinan): `single` (belum kawin), `married` (kawin),
 * `divorced` (cerai hidup), `widowed` (cerai mati). KUBE asks for a married member (Kemensos 2020).
 * @example MaritalStatus.parse("married") //=> "married"
 * @category Households
 */
export const MaritalStatus = /* @__PURE__ */ neverThrows(() => z.enum(["single", "married", "divorced", "widowed"]), "MaritalStatus");
/** @category Households */
export type MaritalStatus = z.infer<typeof MaritalStatus>;

/** Add a custom zod issue that {@link toIssues} turns into a `household.*` issue. @internal */
export function pushIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: HouseholdMessageCode,
  path: PropertyKey[],
  values: Record<string, string | number> = {},
): void {
  const text = renderMessage(householdMessages[code], values);
  ctx.addIssue({ code: "custom", message: text.en, path, params: { code, text } });
}

/** A non-negative Rupiah amount. @internal */
export const NonNegativeRupiah = /* @__PURE__ */ RupiahSchema.check((ctx) => {
  if ((ctx.value as Rupiah).isNegative()) {
    const text = renderMessage(householdMessages["household.negative_amount"]);
    ctx.issues.push({ code: "custom", input: ctx.value, message: text.en, params: { code: "household.negative_amount", text } });
  }
});

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Cross-field checks of one person, run on whatever parsed (so every problem is reported at once):
 * the NIK agrees with the recorded sex and birth date (day, month and two-digit year); pregnancy
 * only for women, and a pregnancy order only with a pregnancy; no death before birth; level `none`
 * is not enrolled.
 */
function checkPerson(value: unknown, ctx: Parameters<typeof pushIssue>[0]): void {
  const person = record(value);
  if (!person) return;
  const { nik, sex, birthDate, pregnancy, schooling, pregnancyOrder, deathDate } = person;
  if (typeof nik === "string") {
    const fields = idFields("nik", nik);
    if (fields) {
      // The NIK is masked only for a message (most people have none).
      if ((sex === "male" || sex === "female") && (sex === "female") !== fields.female) {
        pushIssue(ctx, "household.nik_sex_mismatch", ["nik"], { nik: maskNik(nik) });
      }
      const born = readIsoDate(birthDate);
      if (born !== undefined && (born.day !== fields.day || born.month !== fields.month || born.year % 100 !== fields.yy)) {
        pushIssue(ctx, "household.nik_birth_date_mismatch", ["nik"], { nik: maskNik(nik) });
      }
    }
  }
  if (sex === "male" && (pregnancy === "pregnant" || pregnancy === "postpartum")) {
    pushIssue(ctx, "household.pregnancy_not_female", ["pregnancy"]);
  }
  if (pregnancyOrder !== undefined && pregnancy !== "pregnant" && pregnancy !== "postpartum") {
    pushIssue(ctx, "household.pregnancy_order_without_pregnancy", ["pregnancyOrder"]);
  }
  if (typeof deathDate === "string" && typeof birthDate === "string" && readIsoDate(deathDate) !== undefined && readIsoDate(birthDate) !== undefined && deathDate < birthDate) {
    pushIssue(ctx, "household.death_before_birth", ["deathDate"], { deathDate, birthDate });
  }
  const school = record(schooling);
  if (school && school.level === "none" && school.enrolled === true) {
    pushIssue(ctx, "household.schooling_none_enrolled", ["schooling"]);
  }
}

/**
 * A member of a household. Fields that can be unknown are optional, and absent means unknown, not
 * "no": a person without `disability` has an unrecorded disability status, which rules treat as
 * missing data. The NIK, when present, must agree with `sex` and `birthDate`
 * (`household.nik_sex_mismatch`, `household.nik_birth_date_mismatch`). Unknown fields are refused.
 *
 * @example
 * Person.parse({ sex: "female", birthDate: "1990-04-12", relationship: "head", monthlyIncome: "1500000" })
 * @category Households
 */
export const Person = /* @__PURE__ */ neverThrows(() => z
  .strictObject({
    /** NIK, validated when present. */
    nik: z.optional(NikSchema),
    /** Name as on the KK. */
    name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    sex: Sex,
    /** Birth date (ISO). */
    birthDate: IsoDateSchema,
    /** Relationship to the head of the family. */
    relationship: Relationship,
    /** Marital status as on the KK (absent: not recorded). */
    maritalStatus: z.optional(MaritalStatus),
    pregnancy: z.optional(Pregnancy),
    /**
     * Which pregnancy this is (kehamilan ke-, counting every earlier pregnancy), for a woman who is
     * pregnant or postpartum: PKH pays only the first two. Absent means not recorded, and a
     * pregnancy of unknown order is never paid.
     */
    pregnancyOrder: z.optional(z.number().check(z.int(), z.gte(1), z.lte(20))),
    /**
     * The member died on this date but is still listed on the KK (the registry lags). Absent means
     * no death is recorded. A deceased member counts for no component or exclusion from that date.
     */
    deathDate: z.optional(IsoDateSchema),
    disability: z.optional(Disability),
    /** Current schooling (children). */
    schooling: z.optional(Schooling),
    /** Highest education completed (adults). */
    education: z.optional(Education),
    /** Occupation as free text, e.g. "nelayan", "guru honorer". */
    occupation: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    employerCategory: z.optional(EmployerCategory),
    /** Monthly income in Rupiah (JSON: decimal string). */
    monthlyIncome: z.optional(NonNegativeRupiah),
    jkn: z.optional(JknMembership),
    /**
     * For a member removed from PBI-JKN who still needs health care: the date of the health
     * facility's letter saying so (surat keterangan layak membutuhkan layanan kesehatan), with
     * which Dinsos reactivates the member (Permensos 3/2026 Pasal 20; see the program `pbiJkn`).
     */
    healthNeedLetter: z.optional(IsoDateSchema),
  })
  .check(z.superRefine((value, ctx) => checkPerson(value, ctx as z.core.$RefinementCtx<unknown>), { when: () => true })), "Person");
/** @category Households */
export type Person = z.infer<typeof Person>;
