import { guarded } from "../message/error.js";
import { AN_OBJECT, badOption } from "./_badOption.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { compareShare, shown } from "./exactRatio.js";
import type { Household } from "./household.js";
import type { CookingFuel, FloorMaterial, WallMaterial, WaterSource } from "./housing.js";
import type { EmployerCategory, Education } from "./person.js";
import { assessment, countWhere, inSet, renderCriteria, verdict, type CriteriaAssessment, type CriterionVerdict, type Tri } from "./tri.js";
import { requireHousehold } from "./requireHousehold.js";
import { occupants } from "./_occupants.js";
import { asOfOption } from "./_options.js";
import type { IsoDate } from "../time/isoDate.js";

/**
 * Options of {@link assessPovertyCriteria}.
 * @category Households
 */
export interface AssessPovertyCriteriaOptions {
  /** Criteria needed to be classed poor: a whole number from 1 to 14 (default 9). */
  readonly threshold?: number;
  /**
   * Criterion 12: a farmer with less land than this (m²) qualifies. Default 500 ("luas lahan 500 m²",
   * most copies); some copies, among them a BPS regency head's, say 0.5 ha (5,000 m²).
   */
  readonly farmLandBelow?: number;
  /** Criteria 12: income below this (Rupiah per month) qualifies (default Rp600.000). */
  readonly incomeBelow?: RupiahInput;
  /** Criterion 14: savings and sellable goods below this qualify (default Rp500.000). */
  readonly savingsBelow?: RupiahInput;
  /**
   * The date the household is counted on (criterion 1, floor area per person): a member whose
   * recorded `deathDate` is after it still counts, one born after it does not yet. Without it, a member with a recorded death never
   * counts. In `rankHouseholds` the ranking's own `asOf` is used.
   */
  readonly asOf?: IsoDate;
}

/**
 * The result of {@link assessPovertyCriteria}: a {@link CriteriaAssessment} (`holds` is `"yes"` for
 * poor, `"no"` for not poor, `"unknown"` for undetermined) with the counts and the status.
 * @category Households
 */
export interface PovertyCriteriaAssessment extends CriteriaAssessment {
  /** `"poor"` (≥ threshold met), `"not-poor"` (cannot reach it even if every unknown held), or `"undetermined"`. */
  readonly status: "poor" | "not-poor" | "undetermined";
  /** Criteria that hold. */
  readonly count: number;
  /** Criteria that lack data. */
  readonly unknownCount: number;
  /** The threshold used. */
  readonly threshold: number;
}

const POOR_FLOOR: ReadonlySet<FloorMaterial> = new Set<FloorMaterial>(["earth", "bamboo", "wood-low-quality"]);
const POOR_WALL: ReadonlySet<WallMaterial> = new Set<WallMaterial>(["bamboo", "woven-bamboo", "rumbia", "wood-low-quality", "masonry-unplastered"]);
const POOR_WATER: ReadonlySet<WaterSource> = new Set<WaterSource>(["unprotected-well", "unprotected-spring", "surface", "rain"]);
const POOR_FUEL: ReadonlySet<CookingFuel> = new Set<CookingFuel>(["firewood", "charcoal", "kerosene"]);
const LABOUR: ReadonlySet<EmployerCategory> = new Set<EmployerCategory>(["farm-labourer", "fisher", "construction-labourer", "plantation-labourer"]);
const LOW_EDUCATION: ReadonlySet<Education> = new Set<Education>(["none", "sd-not-completed", "sd"]);

function tri(code: string, holds: Tri, values?: CriterionVerdict["values"], received?: string | number | boolean): CriterionVerdict {
  return verdict(code, holds, `${code}.${holds}` as Parameters<typeof verdict>[2], values, received);
}

function atMost(code: string, value: number | undefined, max: number, name: string): CriterionVerdict {
  if (value === undefined) return tri(code, "unknown");
  return tri(code, value <= max ? "yes" : "no", { [name]: value }, value);
}

function headIncome(household: Household, landLimit: number, incomeLimit: Rupiah): CriterionVerdict {
  const code = "household.poor14.head_income";
  const head = household.members.find((m) => m.relationship === "head");
  const category = head?.employerCategory;
  const income = head?.monthlyIncome;
  if (category !== undefined && LABOUR.has(category)) {
    return verdict(code, "yes", "household.poor14.head_income.labour", undefined, category);
  }
  const land = household.assets?.landArea;
  if (category === "farmer" && land !== undefined && land < landLimit) {
    return verdict(code, "yes", "household.poor14.head_income.small_farm", { area: land, limit: landLimit }, category);
  }
  if (income !== undefined && income.compare(incomeLimit) < 0) {
    const values = () => ({ income, limit: incomeLimit });
    return verdict(code, "yes", "household.poor14.head_income.low_income", values, category ?? income.toString());
  }
  if (category === "none" && income === undefined) {
    return verdict(code, "yes", "household.poor14.head_income.no_work", undefined, category);
  }
  // Not yet met: "no" only when nothing unknown could still make it hold.
  const settled = income !== undefined && category !== undefined && (category !== "farmer" || land !== undefined);
  if (settled) return verdict(code, "no", "household.poor14.head_income.no", () => ({ income, limit: incomeLimit }), category);
  return verdict(code, "unknown", "household.poor14.head_income.unknown", undefined, category);
}

/** The 14 criteria decided without rendering, with the counts and status. @internal */
export interface PovertyCriteriaVerdict {
  readonly holds: Tri;
  readonly status: PovertyCriteriaAssessment["status"];
  readonly count: number;
  readonly unknownCount: number;
  readonly threshold: number;
  readonly criteria: readonly CriterionVerdict[];
}

const DEFAULT_INCOME: Rupiah = /* @__PURE__ */ rupiah(600_000);
const DEFAULT_SAVINGS: Rupiah = /* @__PURE__ */ rupiah(500_000);

/** {@link assessPovertyCriteria} without rendering any text: the fast core. @internal */
export function povertyCriteriaVerdict(household: Household, options: AssessPovertyCriteriaOptions = {}, on?: IsoDate): PovertyCriteriaVerdict {
  if (options === null || typeof options !== "object") throw badOption("options", options, AN_OBJECT);
  const asOf = on ?? asOfOption(options, "assessPovertyCriteria");
  const { threshold = 9, farmLandBelow: landLimit = 500, incomeBelow, savingsBelow } = options;
  // A threshold or limit that is not a number would class every household one way, silently.
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 14) throw badOption("threshold", threshold, { id: "bilangan bulat 1–14", en: "a whole number from 1 to 14" });
  if (typeof landLimit !== "number" || !(landLimit >= 0) || landLimit === Infinity) throw badOption("farmLandBelow", landLimit, { id: "luas m² (0 atau lebih)", en: "a number of m² (0 or more)" });
  const incomeLimit = incomeBelow === undefined ? DEFAULT_INCOME : rupiah(incomeBelow);
  const savingsLimit = savingsBelow === undefined ? DEFAULT_SAVINGS : rupiah(savingsBelow);
  const housing = household.housing;
  const living = household.living;
  const size = occupants(household, asOf);
  const head = household.members.find((m) => m.relationship === "head");

  const area = housing?.floorArea;
  const floorArea =
    area === undefined
      ? tri("household.poor14.floor_area", "unknown")
      : tri("household.poor14.floor_area", compareShare(area, size, 8) < 0 ? "yes" : "no", { perPerson: shown(area, size) }, shown(area, size));
  const facility = housing?.toilet?.facility;
  const lighting = housing?.lighting;
  const treatment = living?.canAffordTreatment;
  const savings = household.assets?.savingsAndSellableGoods;

  const criteria: CriterionVerdict[] = [
    floorArea,
    tri("household.poor14.floor_material", inSet(housing?.floorMaterial, POOR_FLOOR, "other"), undefined, housing?.floorMaterial),
    tri("household.poor14.wall_material", inSet(housing?.wallMaterial, POOR_WALL, "other"), undefined, housing?.wallMaterial),
    tri("household.poor14.toilet", facility === undefined ? "unknown" : facility === "own" ? "no" : "yes", undefined, facility),
    tri("household.poor14.lighting", lighting === undefined ? "unknown" : lighting === "non-electric" ? "yes" : "no", undefined, lighting),
    tri("household.poor14.drinking_water", inSet(housing?.drinkingWater, POOR_WATER, "other"), undefined, housing?.drinkingWater),
    tri("household.poor14.cooking_fuel", inSet(housing?.cookingFuel, POOR_FUEL, "other"), undefined, housing?.cookingFuel),
    atMost("household.poor14.protein", living?.proteinMealsPerWeek, 1, "times"),
    atMost("household.poor14.clothing", living?.newClothingSetsPerYear, 1, "sets"),
    atMost("household.poor14.meals", living?.mealsPerDay, 2, "meals"),
    tri("household.poor14.treatment", treatment === undefined ? "unknown" : treatment ? "no" : "yes", undefined, treatment),
    headIncome(household, landLimit, incomeLimit),
    tri("household.poor14.head_education", inSet(head?.education, LOW_EDUCATION), undefined, head?.education),
    savings === undefined
      ? tri("household.poor14.savings", "unknown")
      : tri(
          "household.poor14.savings",
          savings.compare(savingsLimit) < 0 ? "yes" : "no",
          () => ({ value: savings, limit: savingsLimit }),
          savings.toString(),
        ),
  ];
  const count = countWhere(criteria, "yes");
  const unknownCount = countWhere(criteria, "unknown");
  const status = count >= threshold ? "poor" : count + unknownCount < threshold ? "not-poor" : "undetermined";
  const holds: Tri = status === "poor" ? "yes" : status === "not-poor" ? "no" : "unknown";
  return { holds, status, count, unknownCount, threshold, criteria };
}

/**
 * Evaluate the **14 BPS criteria of a poor household** (PSE05, 2005; a household meeting at least 9
 * is classed poor) — a descriptive checklist superseded for targeting by the DTSEN desil (see below). Every criterion is evaluated and returned with its reason; one whose data is
 * missing is `"unknown"`, never `"no"`. The status is `"poor"` when at least `threshold` hold,
 * `"not-poor"` when even with every unknown holding the count stays below it, and
 * `"undetermined"` when the unknowns could change the verdict.
 *
 * Criteria (codes `household.poor14.*`): floor_area (< 8 m²/person), floor_material (earth,
 * bamboo, cheap wood), wall_material (bamboo, rumbia, low-quality wood, unplastered brick), toilet
 * (none or shared with other households, incl. communal and public), lighting (not electric),
 * drinking_water (unprotected well/spring, river, rain), cooking_fuel (firewood, charcoal,
 * kerosene), protein (meat/milk/chicken at most once a week), clothing (at most one new set a
 * year), meals (at most two a day), treatment (cannot pay a puskesmas), head_income (farm, fishing,
 * construction or plantation labour; a farmer with < 500 m²; or income < Rp600.000; a head with no
 * work and no recorded income), head_education (no school, primary not finished, or primary),
 * savings (< Rp500.000). Material `"other"` is unknown. The extension "a head with no work and no
 * recorded income" is the library's reading [L], not in the published text.
 *
 * **Status of the list.** These are the 2005-era thresholds of the BPS PSE05 survey (used for the
 * 2005 BLT cash transfer), transcribed faithfully but never indexed to prices since (Rp 600,000,
 * Rp 500,000). They are **not** today's targeting instrument: since 2025 programs target by the
 * DTSEN desil, ranked by BPS with a proxy-means test over 39 variables (Inpres 4/2025). Use the
 * 14 criteria as a descriptive checklist (some Dinsos still use it to verify registry entries), not
 * as an eligibility rule.
 *
 * **Land threshold.** Criterion 12 reads "petani dengan luas lahan 500 m²" in most copies
 * (sendangsari.bantulkab.go.id, 2020), but "0.5 ha" (5,000 m²) in others (the head of BPS
 * Lubuklinggau, kabarkite.com/?p=15155); neither says whether 500 itself counts. The default is
 * `< 500` m²; pass `farmLandBelow: 5000` for the other reading.
 *
 * Source of the list: sendangsari.bantulkab.go.id/first/artikel/724-14-KRITERIA-MASYARAKAT-MISKIN-MENURUT-STANDAR-BPS
 * (14 Feb 2020; the same text in many copies; no BPS primary text found) [M].
 *
 * @param household - A parsed household.
 * @param options - Threshold and the criterion-12/14 limits, when an office uses other values.
 * @returns The status, counts and every criterion with its reason.
 * @example
 * const result = assessPovertyCriteria(household);
 * result.status //=> "poor"
 * result.count //=> 11
 * result.unknownCount //=> 0
 * @category Households
 */
export function assessPovertyCriteria(household: Household, options: AssessPovertyCriteriaOptions = {}): PovertyCriteriaAssessment {
  return guarded("assessPovertyCriteria", () => {
    household = requireHousehold(household, "assessPovertyCriteria");
    const { holds, status, count, unknownCount, threshold, criteria } = povertyCriteriaVerdict(household, options);
    const summary = status === "poor" ? "poor" : status === "not-poor" ? "not_poor" : "undetermined";
    const base = assessment("household.poor14", holds, `household.poor14.summary.${summary}`, { count, threshold, unknown: unknownCount }, renderCriteria(household, criteria));
    return { ...base, status, count, unknownCount, threshold };
  });
}

