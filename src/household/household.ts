import * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import { renderMessage } from "../message/message.js";
import { isRegionCode, isWithin, RegionCodeSchema, regionLevel, type RegionCode } from "../region/code.js";
import { IsoDateSchema } from "../time/isoDate.js";
import { Housing } from "./housing.js";
import { isValidId } from "./idNumber.js";
import { KkSchema } from "./kk.js";
import { maskNik } from "./mask.js";
import { householdMessages } from "./messages.js";
import { NonNegativeRupiah, Person, pushIssue } from "./person.js";

/**
 * Urban (perkotaan) or rural (perdesaan), the BPS classification of the village; it decides whether
 * a pit latrine counts as proper sanitation.
 * @example AreaType.parse("rural") //=> "rural"
 * @category Households
 */
export const AreaType = /* @__PURE__ */ neverThrows(() => z.enum(["urban", "rural"]), "AreaType");
/** @category Households */
export type AreaType = z.infer<typeof AreaType>;

/**
 * A DTSEN desil (national welfare decile 1–10, 1 = poorest) with the date it was read: desil are
 * re-ranked every quarter, so a desil without its date is not trusted.
 * @example Desil.parse({ value: 2, asOf: "2025-07-01" }) //=> { value: 2, asOf: "2025-07-01" }
 * @category Households
 */
export const Desil = /* @__PURE__ */ neverThrows(() => z.strictObject({
  value: z.number().check(z.int(), z.gte(1), z.lte(10)),
  asOf: IsoDateSchema,
}), "Desil");
/** @category Households */
export type Desil = z.infer<typeof Desil>;

/**
 * DTKS membership (Data Terpadu Kesejahteraan Sosial, the Kemensos registry that targeted PKH,
 * Sembako and PBI-JKN before DTSEN) as read on a date: `member: true` when the family was in DTKS.
 * @example Dtks.parse({ member: true, asOf: "2024-05-01" }) //=> { member: true, asOf: "2024-05-01" }
 * @category Households
 */
export const Dtks = /* @__PURE__ */ neverThrows(() => z.strictObject({
  member: z.boolean(),
  asOf: IsoDateSchema,
}), "Dtks");
/** @category Households */
export type Dtks = z.infer<typeof Dtks>;

/**
 * How a family left a program: `mandiri` (graduasi mandiri/sejahtera: the family declared itself
 * able and left voluntarily) or `paksa` (removed: repeated non-attendance at the P2K2 group
 * meetings, a village letter saying the family is able, or, since 2025, a member matched by PPATK as
 * an online gambler: Kemensos stops PKH and Sembako, and the family must apply anew; setkab.go.id,
 * 19 September 2025 [H]). Graduasi `alami` (no component left) is derived by the rules, not
 * recorded. A recorded exit makes the program's "not exited" check fail from its date.
 * @example ExitKind.parse("mandiri") //=> "mandiri"
 * @category Households
 */
export const ExitKind = /* @__PURE__ */ neverThrows(() => z.enum(["mandiri", "paksa"]), "ExitKind");
/** @category Households */
export type ExitKind = z.infer<typeof ExitKind>;

/**
 * A recorded exit (graduasi) from a program on a date.
 * @example ProgramExit.parse({ program: "pkh", kind: "mandiri", on: "2024-06-30" })
 * @category Households
 */
export const ProgramExit = /* @__PURE__ */ neverThrows(() => z.strictObject({
  program: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: ExitKind,
  on: IsoDateSchema,
}), "ProgramExit");
/** @category Households */
export type ProgramExit = z.infer<typeof ProgramExit>;

/**
 * Household assets: savings plus easily sold goods (motorbike, gold, livestock, boat…) in Rupiah,
 * and land area in m² (owned or worked, used for BPS criterion 12).
 * @example Assets.parse({ savingsAndSellableGoods: "350000", landArea: 400 })
 * @category Households
 */
export const Assets = /* @__PURE__ */ neverThrows(() => z.strictObject({
  savingsAndSellableGoods: z.optional(NonNegativeRupiah),
  landArea: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
}), "Assets");
/** @category Households */
export type Assets = z.infer<typeof Assets>;

/**
 * Food, clothing and health facts used by BPS criteria 8–11.
 * @example LivingConditions.parse({ proteinMealsPerWeek: 1, newClothingSetsPerYear: 1, mealsPerDay: 2, canAffordTreatment: false })
 * @category Households
 */
export const LivingConditions = /* @__PURE__ */ neverThrows(() => z.strictObject({
  /** Times a week the household eats meat, milk or chicken. */
  proteinMealsPerWeek: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100))),
  /** New sets of clothes bought per member per year. */
  newClothingSetsPerYear: z.optional(z.number().check(z.int(), z.gte(0), z.lte(1000))),
  /** Meals a day. */
  mealsPerDay: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
  /** Whether the household can pay for treatment at a puskesmas or poliklinik. */
  canAffordTreatment: z.optional(z.boolean()),
}), "LivingConditions");
/** @category Households */
export type LivingConditions = z.infer<typeof LivingConditions>;

/**
 * One program the household currently receives, with the date it started.
 * @example AidReceipt.parse({ program: "pkh", since: "2023-01-01" })
 * @category Households
 */
export const AidReceipt = /* @__PURE__ */ neverThrows(() => z.strictObject({
  program: z.string().check(z.minLength(1), z.maxLength(100)),
  since: IsoDateSchema,
}), "AidReceipt");
/** @category Households */
export type AidReceipt = z.infer<typeof AidReceipt>;

function levelCheck(levels: readonly string[], code: "household.regency_level" | "household.region_level") {
  return RegionCodeSchema.check((ctx) => {
    if (!levels.includes(regionLevel(ctx.value))) {
      const text = renderMessage(householdMessages[code], { code: ctx.value });
      ctx.issues.push({ code: "custom", input: ctx.value, message: text.en, params: { code, text } });
    }
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Checks across members and fields, run on whatever parsed so that every problem is reported. */
function checkHousehold(value: unknown, ctx: z.core.$RefinementCtx<unknown>): void {
  const household = record(value);
  if (!household) return;
  const { members, regency, region } = household;
  if (Array.isArray(members)) {
    let heads = 0;
    const niks = new Map<string, number>();
    members.forEach((member: unknown, index) => {
      const person = record(member);
      if (!person) return;
      if (person.relationship === "head") {
        heads += 1;
        if (heads > 1) pushIssue(ctx, "household.multiple_heads", ["members", index, "relationship"], { number: heads });
      }
      const nik = person.nik;
      if (isValidId("nik", nik)) {
        const first = niks.get(nik);
        if (first === undefined) niks.set(nik, index);
        else pushIssue(ctx, "household.duplicate_nik", ["members", index, "nik"], { nik: maskNik(nik), index: first });
      }
    });
    if (heads === 0 && members.length > 0) pushIssue(ctx, "household.no_head", ["members"]);
  }
  if (isRegionCode(regency) && isRegionCode(region) && regionLevel(regency) === "regency") {
    if (!isWithin(region as RegionCode, regency as RegionCode)) {
      pushIssue(ctx, "household.region_outside_regency", ["region"], { region, regency });
    }
  }
}

/** The regency of a household: a regency-level code, normalised. @internal */
export const RegencyCodeSchema = /* @__PURE__ */ levelCheck(["regency"], "household.regency_level");
/** A household's deeper region: a district or village code, normalised. @internal */
export const SubRegionCodeSchema = /* @__PURE__ */ levelCheck(["district", "village"], "household.region_level");

/**
 * A household (rumah tangga / keluarga on one KK): its members, where it lives, its dwelling, its
 * welfare data and the aid it receives. Every field that can be unknown is optional, and absent means
 * unknown — never "no" — so rules can tell missing data from a negative answer. Unknown fields are
 * refused. Parse input with {@link parseHousehold}, which also applies date checks and never throws,
 * and returns the household frozen and marked as checked, so that the functions taking a household do
 * not check it again (a household from `Household.parse` is an ordinary object, checked on entry;
 * so is a copy of a parsed household, the way to change one).
 *
 * Rules checked across fields: exactly one member is the head; no NIK twice; `regency` is a
 * regency-level code (`64.02`, or BPS `6402`) and `region`, when given, a district or village in
 * it; each person's NIK agrees with their sex and birth date.
 *
 * @example
 * Household.parse({
 *   id: "kukar-0001",
 *   regency: "6402",
 *   area: "rural",
 *   members: [{ sex: "female", birthDate: "1978-05-02", relationship: "head" }],
 * }).regency //=> "64.02"
 * @category Households
 */
export const Household = /* @__PURE__ */ neverThrows(() => z
  .strictObject({
    /** The app's own id for the household. */
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    /** KK number, validated when present. */
    kk: z.optional(KkSchema),
    /** The regency (kabupaten or kota) of residence, normalised to `PP.KK`. */
    regency: RegencyCodeSchema,
    /** A deeper code within the regency (district or village), when known. */
    region: z.optional(SubRegionCodeSchema),
    /** Urban or rural, when known. */
    area: z.optional(AreaType),
    /** The members, one of whom is the head. */
    members: z.array(Person).check(z.minLength(1), z.maxLength(100)),
    /** Total monthly consumption expenditure of the household in Rupiah. */
    monthlyConsumption: z.optional(NonNegativeRupiah),
    desil: z.optional(Desil),
    /** DTKS membership as read on a date: the targeting basis before DTSEN (2025-02-05). */
    dtks: z.optional(Dtks),
    housing: z.optional(Housing),
    assets: z.optional(Assets),
    living: z.optional(LivingConditions),
    /**
     * Programs currently received; absent means unknown, `[]` means none. A one-off grant (PENA) is
     * listed with its grant date as `since`.
     */
    currentAid: z.optional(z.array(AidReceipt).check(z.maxLength(100))),
    /**
     * Exits (graduasi mandiri or paksa) the office recorded. An exit is an event: absent and `[]`
     * both mean that none is recorded, and the rules then find none.
     */
    exits: z.optional(z.array(ProgramExit).check(z.maxLength(100))),
  })
  .check(z.superRefine((value, ctx) => checkHousehold(value, ctx as z.core.$RefinementCtx<unknown>), { when: () => true })), "Household");
/** @category Households */
export type Household = z.infer<typeof Household>;
