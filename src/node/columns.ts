import { deepFreeze } from "../_internal/deepFreeze.js";
import { AreaType } from "../household/household.js";
import {
  BuildingCondition,
  CookingFuel,
  FloorMaterial,
  LandTitle,
  LightingSource,
  RoofMaterial,
  SewageDisposal,
  Tenure,
  ToiletFacility,
  ToiletType,
  WallMaterial,
  WaterSource,
} from "../household/housing.js";
import {
  Disability,
  Education,
  EmployerCategory,
  JknMembership,
  MaritalStatus,
  Pregnancy,
  Relationship,
  SchoolLevel,
  Sex,
} from "../household/person.js";

/**
 * How a CSV cell is read before validation: `text` as written, `enum` as the code or one of its
 * Indonesian spellings in `householdEnumLabels` (`kepala`, `laki-laki`; any case), `rupiah` as a decimal
 * string (`"1500000"`), `date` as ISO `YYYY-MM-DD`, `integer`/`number` with a dot for decimals,
 * `boolean` as `true`/`false`/`ya`/`tidak`/`1`/`0` (any case), `aid-list` as `program:YYYY-MM-DD`
 * items separated by `;` (or `none` for no aid) read as `{ program, since }`, `housing-aid-list` the
 * same read as `{ program, on }`.
 * @example
 * householdCsvColumns.find((c) => c.name === "school_enrolled")?.type //=> "boolean"
 * @category Streaming
 */
export type CsvCellType = "text" | "enum" | "integer" | "number" | "boolean" | "rupiah" | "date" | "aid-list" | "housing-aid-list";

/**
 * One column of the person-per-row CSV layout read by {@link readHouseholdsCsv}.
 * @example
 * householdCsvColumns.find((c) => c.name === "floor_material")
 * //=> { name: "floor_material", level: "household", field: "housing.floorMaterial", type: "enum", required: false, values: ["marble-granite", …] }
 * @category Streaming
 */
export interface CsvColumn {
  /** The column name in the header row (snake_case). */
  readonly name: string;
  /** `household`: the same for every row of a household; `person`: one value per member row. */
  readonly level: "household" | "person";
  /** The field it fills, as a dotted path in `Household` (household level) or `Person` (person level). */
  readonly field: string;
  /** How the cell is read. */
  readonly type: CsvCellType;
  /** Whether the column must be in the header. Every other column may be left out. */
  readonly required: boolean;
  /** The allowed values of an `enum` column. */
  readonly values?: readonly string[];
}

function column(
  name: string,
  level: CsvColumn["level"],
  field: string,
  type: CsvCellType,
  values?: readonly string[],
  required = false,
): CsvColumn {
  // A copy of the schema's list of values: the columns are frozen, the schema's own list is not theirs to freeze.
  return values === undefined ? { name, level, field, type, required } : { name, level, field, type, required, values: [...values] };
}

const H = "household" as const;
const P = "person" as const;

/**
 * The columns of the person-per-row CSV layout, in the recommended order: household columns
 * first, then person columns. Only `household_id`, `regency`, `sex`, `birth_date` and
 * `relationship` are required in the header; an empty cell always means "not recorded".
 * See the "Streaming input" guide for the rules of the layout.
 *
 * @example
 * householdCsvColumns.filter((c) => c.required).map((c) => c.name)
 * //=> ["household_id", "regency", "sex", "birth_date", "relationship"]
 * @category Streaming
 */
export const householdCsvColumns: readonly CsvColumn[] = /* @__PURE__ */ deepFreeze([
  column("household_id", H, "id", "text", undefined, true),
  column("kk", H, "kk", "text"),
  column("regency", H, "regency", "text", undefined, true),
  column("region", H, "region", "text"),
  column("area_type", H, "area", "enum", AreaType.options),
  column("monthly_consumption", H, "monthlyConsumption", "rupiah"),
  column("desil", H, "desil.value", "integer"),
  column("desil_as_of", H, "desil.asOf", "date"),
  column("dtks_member", H, "dtks.member", "boolean"),
  column("dtks_as_of", H, "dtks.asOf", "date"),
  column("floor_area_m2", H, "housing.floorArea", "number"),
  column("floor_material", H, "housing.floorMaterial", "enum", FloorMaterial.options),
  column("floor_condition", H, "housing.floorCondition", "enum", BuildingCondition.options),
  column("wall_material", H, "housing.wallMaterial", "enum", WallMaterial.options),
  column("wall_condition", H, "housing.wallCondition", "enum", BuildingCondition.options),
  column("roof_material", H, "housing.roofMaterial", "enum", RoofMaterial.options),
  column("roof_condition", H, "housing.roofCondition", "enum", BuildingCondition.options),
  column("drinking_water", H, "housing.drinkingWater", "enum", WaterSource.options),
  column("bathing_water", H, "housing.bathingWater", "enum", WaterSource.options),
  column("toilet_facility", H, "housing.toilet.facility", "enum", ToiletFacility.options),
  column("toilet_type", H, "housing.toilet.type", "enum", ToiletType.options),
  column("sewage_disposal", H, "housing.toilet.disposal", "enum", SewageDisposal.options),
  column("lighting", H, "housing.lighting", "enum", LightingSource.options),
  column("cooking_fuel", H, "housing.cookingFuel", "enum", CookingFuel.options),
  column("tenure", H, "housing.tenure", "enum", Tenure.options),
  column("only_house", H, "housing.onlyHouse", "boolean"),
  column("occupied_since", H, "housing.occupiedSince", "date"),
  column("land_title", H, "housing.landTitle", "enum", LandTitle.options),
  column("housing_aid", H, "housing.housingAid", "housing-aid-list"),
  column("disaster_on", H, "housing.disasterOn", "date"),
  column("savings_and_sellable_goods", H, "assets.savingsAndSellableGoods", "rupiah"),
  column("land_area_m2", H, "assets.landArea", "number"),
  column("protein_meals_per_week", H, "living.proteinMealsPerWeek", "integer"),
  column("new_clothing_sets_per_year", H, "living.newClothingSetsPerYear", "integer"),
  column("meals_per_day", H, "living.mealsPerDay", "integer"),
  column("can_afford_treatment", H, "living.canAffordTreatment", "boolean"),
  column("current_aid", H, "currentAid", "aid-list"),
  column("nik", P, "nik", "text"),
  column("name", P, "name", "text"),
  column("sex", P, "sex", "enum", Sex.options, true),
  column("birth_date", P, "birthDate", "date", undefined, true),
  column("relationship", P, "relationship", "enum", Relationship.options, true),
  column("marital_status", P, "maritalStatus", "enum", MaritalStatus.options),
  column("pregnancy", P, "pregnancy", "enum", Pregnancy.options),
  column("pregnancy_order", P, "pregnancyOrder", "integer"),
  column("death_date", P, "deathDate", "date"),
  column("disability", P, "disability", "enum", Disability.options),
  column("school_level", P, "schooling.level", "enum", SchoolLevel.options),
  column("school_enrolled", P, "schooling.enrolled", "boolean"),
  column("education", P, "education", "enum", Education.options),
  column("occupation", P, "occupation", "text"),
  column("employer_category", P, "employerCategory", "enum", EmployerCategory.options),
  column("monthly_income", P, "monthlyIncome", "rupiah"),
  column("jkn", P, "jkn", "enum", JknMembership.options),
  column("health_need_letter", P, "healthNeedLetter", "date"),
]);
