import { deepFreeze } from "../_internal/deepFreeze.js";
import { shareBelow } from "../household/exactRatio.js";
import { durableVerdict } from "../household/livableHouse.js";
import { sanitationVerdict } from "../household/sanitation.js";
import type { Tri } from "../household/tri.js";
import { waterVerdict } from "../household/water.js";
import type { Household } from "../household/household.js";
import { asLibraryError, failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import type { Text } from "../message/message.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import { checkOptions, checkSample, guarded } from "./_input.js";
import { AF_TOLERANCE, compileIndicators, isDeprived, reweight } from "./_alkireFosterSetup.js";
import type { AlkireFosterIndicator, AlkireFosterRow, MissingPolicy } from "./alkireFosterTypes.js";
import { alkireFosterMessages } from "./messages.js";
import { requireHousehold, requireHouseholds } from "../household/requireHousehold.js";
import { rowFailure } from "../message/_rowFailure.js";
import { absentOn, occupants } from "../household/_occupants.js";

/**
 * The indicators of the ready-made Indonesian household deprivation set (see {@link HOUSEHOLD_INDICATORS}).
 * @example
 * import type { HouseholdIndicatorId } from "tepat-sasaran/measure";
 *
 * const id: HouseholdIndicatorId = "drinking_water";
 * @category Measures
 */
export type HouseholdIndicatorId =
  | "housing"
  | "floor_area"
  | "drinking_water"
  | "sanitation"
  | "electricity"
  | "cooking_fuel"
  | "assets"
  | "school_attendance"
  | "schooling"
  | "health_insurance"
  | "health_care";

/**
 * The three dimensions of the household set, as in the global MPI: living standards, education, health.
 * @example
 * import type { HouseholdDimension } from "tepat-sasaran/measure";
 *
 * const dimension: HouseholdDimension = "education";
 * @category Measures
 */
export type HouseholdDimension = "living_standards" | "education" | "health";

/**
 * One indicator of the household set: its dimension, when a household counts as deprived, and the source.
 * @example
 * import { HOUSEHOLD_INDICATORS } from "tepat-sasaran/measure";
 *
 * HOUSEHOLD_INDICATORS[1].deprivedWhen.en //=> "Less than 7.2 m² of floor per person"
 * @category Measures
 */
export interface HouseholdIndicatorInfo {
  /** Stable id, also the key of the value in each matrix row. */
  readonly id: HouseholdIndicatorId;
  /** Its dimension. */
  readonly dimension: HouseholdDimension;
  /** When a household is deprived, in both languages. */
  readonly deprivedWhen: Text;
  /** Where the definition comes from. */
  readonly source: string;
}

/**
 * The ready-made Indonesian household indicator set for Alkire–Foster, built on the household layer's
 * derived facts. A value is `true` (deprived), `false` (not deprived) or `null` (the data is missing or
 * cannot be classified — never read as "not deprived"; the Alkire–Foster `missing` policy decides).
 *
 * | id | dimension | deprived when |
 * |---|---|---|
 * | `housing` | living standards | roof, wall or floor not of durable material (rumah layak huni criterion 1) |
 * | `floor_area` | living standards | less than 7.2 m² of floor per person |
 * | `drinking_water` | living standards | no air minum layak (`assessDrinkingWater` is "no") |
 * | `sanitation` | living standards | no sanitasi layak (`assessSanitation` is "no") |
 * | `electricity` | living standards | lighting is not electric |
 * | `cooking_fuel` | living standards | cooks with kerosene, briquettes, charcoal or firewood (not a clean fuel) |
 * | `assets` | living standards | savings and easily sold goods below Rp 500,000 (BPS criterion 14) |
 * | `school_attendance` | education | a member aged 7–15 is not enrolled |
 * | `schooling` | education | no member aged 15+ has completed SD |
 * | `health_insurance` | health | a member has no JKN membership |
 * | `health_care` | health | the household cannot afford treatment at a puskesmas (BPS criterion 11) |
 *
 * @example
 * import { HOUSEHOLD_INDICATORS } from "tepat-sasaran/measure";
 *
 * HOUSEHOLD_INDICATORS.map((i) => i.id).slice(0, 3) //=> ["housing", "floor_area", "drinking_water"]
 * @category Measures
 */
export const HOUSEHOLD_INDICATORS: readonly HouseholdIndicatorInfo[] = /* @__PURE__ */ deepFreeze([
  {
    id: "housing",
    dimension: "living_standards",
    deprivedWhen: { id: "Atap, dinding atau lantai bukan bahan layak (tidak tahan lama)", en: "Roof, wall or floor not of durable material" },
    source: "BPS rumah layak huni, SDG 11.1.1 proxy: ketahanan bangunan (material lists partly [UNVERIFIED], see assessLivableHouse)",
  },
  {
    id: "floor_area",
    dimension: "living_standards",
    deprivedWhen: { id: "Luas lantai kurang dari 7,2 m² per orang", en: "Less than 7.2 m² of floor per person" },
    source: "BPS rumah layak huni / SDG 11.1.1: ≥ 7.2 m² per capita [H]",
  },
  {
    id: "drinking_water",
    dimension: "living_standards",
    deprivedWhen: { id: "Tidak ada akses air minum layak", en: "No proper drinking water (air minum layak)" },
    source: "BPS air minum layak since 2019 (assessDrinkingWater) [H]",
  },
  {
    id: "sanitation",
    dimension: "living_standards",
    deprivedWhen: { id: "Tidak ada akses sanitasi layak", en: "No proper sanitation (sanitasi layak)" },
    source: "BPS sanitasi layak (assessSanitation) [H]",
  },
  {
    id: "electricity",
    dimension: "living_standards",
    deprivedWhen: { id: "Penerangan bukan listrik", en: "Lighting is not electric" },
    source: "BPS criterion 5 (lighting not from electricity); global MPI electricity indicator",
  },
  {
    id: "cooking_fuel",
    dimension: "living_standards",
    deprivedWhen: { id: "Memasak dengan minyak tanah, briket, arang atau kayu bakar", en: "Cooks with kerosene, briquettes, charcoal or firewood" },
    source: "SDG 7.1.2 clean fuels (electricity, LPG, gas, biogas); BPS criterion 7 names firewood, charcoal and kerosene; a household that does not cook is not deprived",
  },
  {
    id: "assets",
    dimension: "living_standards",
    deprivedWhen: { id: "Tabungan dan barang mudah dijual kurang dari Rp500.000", en: "Savings and easily sold goods below Rp 500,000" },
    source: "BPS criterion 14 (no savings or goods worth ≥ Rp 500,000) [M]",
  },
  {
    id: "school_attendance",
    dimension: "education",
    deprivedWhen: { id: "Ada anggota usia 7–15 tahun yang tidak bersekolah", en: "A member aged 7–15 is not enrolled" },
    source: "UU 20/2003 art. 6(1): every citizen aged 7–15 must attend basic education [H]; global MPI school attendance",
  },
  {
    id: "schooling",
    dimension: "education",
    deprivedWhen: { id: "Tidak ada anggota usia 15+ yang tamat SD", en: "No member aged 15+ has completed SD" },
    source: "Global MPI years of schooling (6 years = SD); BPS criterion 13 (head with no school or SD not completed)",
  },
  {
    id: "health_insurance",
    dimension: "health",
    deprivedWhen: { id: "Ada anggota tanpa JKN", en: "A member has no JKN health insurance" },
    source: "JKN coverage (UU 40/2004 SJSN); library definition: any member uncovered",
  },
  {
    id: "health_care",
    dimension: "health",
    deprivedWhen: { id: "Tidak sanggup membayar berobat ke puskesmas/poliklinik", en: "Cannot afford treatment at a puskesmas or poliklinik" },
    source: "BPS criterion 11 [M]",
  },
]);

/**
 * Thresholds of the household set, each with its documented default.
 * @example
 * import { householdDeprivations } from "tepat-sasaran/measure";
 *
 * householdDeprivations(household, { asOf: "2025-07-01", schoolAge: { min: 7, max: 18 } })
 * @category Measures
 */
export interface HouseholdIndicatorOptions {
  /** The date the household is taken on: ages (school age, adults) and members (one who died on or before it, or was born after it, counts for nothing). */
  readonly asOf: IsoDate;
  /** Minimum floor area per person in m² (default 7.2, SDG 11.1.1). */
  readonly floorAreaPerPerson?: number | undefined;
  /** Savings and sellable goods below this are deprived (default Rp 500,000, BPS criterion 14). */
  readonly assetsMinimum?: RupiahInput | undefined;
  /** Compulsory-school ages, inclusive (default 7–15, UU 20/2003 art. 6). */
  readonly schoolAge?: AgeRange | undefined;
  /** Age from which a member counts as an adult for `schooling` (default 15). */
  readonly adultAge?: number | undefined;
}

/**
 * An inclusive range of ages in completed years.
 * @example
 * import type { AgeRange } from "tepat-sasaran/measure";
 *
 * const twelveYears: AgeRange = { min: 7, max: 18 };
 * @category Measures
 */
export interface AgeRange {
  /** Youngest age, inclusive. */
  readonly min: number;
  /** Oldest age, inclusive. */
  readonly max: number;
}

/**
 * One household's value per indicator: `true` deprived, `false` not deprived, `null` missing.
 * @example
 * import { householdDeprivations, type HouseholdDeprivations } from "tepat-sasaran/measure";
 *
 * const row: HouseholdDeprivations = householdDeprivations(household, { asOf: "2025-07-01" });
 * @category Measures
 */
export type HouseholdDeprivations = Readonly<Record<HouseholdIndicatorId, boolean | null>>;

const CLEAN_FUEL = new Set(["electricity", "lpg", "city-gas", "biogas", "none"]);
const DIRTY_FUEL = new Set(["kerosene", "briquette", "charcoal", "firewood"]);
const COMPLETED_SD = new Set(["sd", "smp", "sma", "higher"]);
const DEFAULT_ASSETS: Rupiah = /* @__PURE__ */ rupiah(500_000);

// Housing, water and sanitation use the household layer's non-rendering cores (the same rules as
// assessLivableHouse / assessDrinkingWater / assessSanitation, without building a bilingual reason per
// criterion, which would dominate the cost of a million-household simulation).

/** A household-layer verdict as a deprivation: "no" is deprived (true), "unknown" is missing (null). */
const deprivedUnless = (holds: Tri): boolean | null => (holds === "unknown" ? null : holds === "no");

/** Age in completed years for a schema-valid birth date not after `asOf` (the `ageOn` rule without re-parsing). */
function age(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

function education(household: Household, options: HouseholdIndicatorOptions): { attendance: boolean | null; schooling: boolean | null } {
  const school = options.schoolAge ?? { min: 7, max: 15 };
  const adult = options.adultAge ?? 15;
  let attendance: boolean | null = false;
  let completed = false;
  let adultUnknown = false;
  let anyAdult = false;
  for (const member of household.members) {
    if (absentOn(member, options.asOf)) continue;
    const years = age(member.birthDate, options.asOf);
    if (years >= school.min && years <= school.max) {
      const s = member.schooling;
      if (s === undefined) {
        if (attendance === false) attendance = null;
      } else if (!s.enrolled) attendance = true;
    }
    if (years >= adult) {
      anyAdult = true;
      if (member.education === undefined) adultUnknown = true;
      else if (COMPLETED_SD.has(member.education)) completed = true;
    }
  }
  // No adult at all (a child-headed household) is not deprived, as in the global MPI.
  const schooling = completed ? false : adultUnknown ? null : anyAdult;
  return { attendance, schooling };
}

/**
 * A household's value on every indicator of the household set ({@link HOUSEHOLD_INDICATORS}):
 * `true` deprived, `false` not deprived, `null` missing. Housing, floor area, water and sanitation
 * follow `assessLivableHouse`, `assessDrinkingWater` and `assessSanitation` exactly (an `"unknown"`
 * verdict is `null`); the other indicators read the household record directly, counting the members
 * on `asOf`: a member who died on or before it, or was born after it (not yet a member), counts for
 * nothing.
 *
 * @param household - A parsed household.
 * @param options - `asOf` and optional thresholds.
 * @returns One value per indicator.
 * @example
 * import { householdDeprivations } from "tepat-sasaran/measure";
 *
 * const household = Household.parse({
 *   id: "h1", regency: "64.02", housing: { drinkingWater: "unprotected-well" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 * });
 * householdDeprivations(household, { asOf: "2025-07-01" }).drinking_water //=> true
 * @category Measures
 */
export function householdDeprivations(household: Household, options: HouseholdIndicatorOptions): HouseholdDeprivations {
  return guarded("householdDeprivations", () => deprivationsOf(requireHousehold(household, "householdDeprivations"), options));
}

/** {@link householdDeprivations} of a household already checked (by a batch). @internal */
export function deprivationsOf(household: Household, options: HouseholdIndicatorOptions): HouseholdDeprivations {
  return guarded("householdDeprivations", () => {
    checkOptions(options, "householdDeprivations");
    assertIsoDate(options.asOf);
    const housing = household.housing;
    const size = occupants(household, options.asOf);
    const area = housing?.floorArea;
    const fuel = housing?.cookingFuel;
    const savings = household.assets?.savingsAndSellableGoods;
    const minimum = options.assetsMinimum === undefined ? DEFAULT_ASSETS : rupiah(options.assetsMinimum);
    const afford = household.living?.canAffordTreatment;
    let insurance: boolean | null = false;
    for (const member of household.members) {
      if (absentOn(member, options.asOf)) continue;
      if (member.jkn === "none") {
        insurance = true;
        break;
      }
      if (member.jkn === undefined) insurance = null;
    }
    const { attendance, schooling } = education(household, options);
    return {
      housing: deprivedUnless(durableVerdict(household).holds),
      floor_area: area === undefined ? null : shareBelow(area, size, options.floorAreaPerPerson ?? 7.2),
      drinking_water: deprivedUnless(waterVerdict(household).holds),
      sanitation: deprivedUnless(sanitationVerdict(household).holds),
      electricity: housing?.lighting === undefined ? null : housing.lighting === "non-electric",
      cooking_fuel: fuel === undefined || (!CLEAN_FUEL.has(fuel) && !DIRTY_FUEL.has(fuel)) ? null : DIRTY_FUEL.has(fuel),
      assets: savings === undefined ? null : savings.compare(minimum) < 0,
      school_attendance: attendance,
      schooling,
      health_insurance: insurance,
      health_care: afford === undefined ? null : !afford,
    };
  });
}

/**
 * Options of {@link householdIndicatorSet}.
 * @example
 * import { householdIndicatorSet } from "tepat-sasaran/measure";
 *
 * householdIndicatorSet({ indicators: ["drinking_water", "sanitation", "schooling"], dimensionWeights: { education: 2 } })
 * @category Measures
 */
export interface HouseholdIndicatorSetOptions {
  /** The indicators to use, in order (default: all of {@link HOUSEHOLD_INDICATORS}). */
  readonly indicators?: readonly HouseholdIndicatorId[] | undefined;
  /** Weight per dimension, normalised to sum to 1 over the dimensions used (default equal: 1/3 each). */
  readonly dimensionWeights?: Partial<Record<HouseholdDimension, number>> | undefined;
}

const IS_DEPRIVED = (value: unknown): boolean => value === true;

/**
 * The household set as Alkire–Foster indicators with **nested equal weights**, the documented
 * default: each dimension gets an equal share (1/3 each for living standards, education, health) and
 * each indicator an equal share of its dimension (so 1/21 for each of the seven living-standard
 * indicators and 1/6 for each education and health indicator). Pass `indicators` to use a subset and
 * `dimensionWeights` to weigh dimensions differently, or build your own list of indicators with any
 * weights (they must sum to 1). Each indicator is deprived when its value is `true`.
 *
 * @param options - Optional subset of indicators and dimension weights.
 * @returns The indicators for {@link alkireFoster}.
 * @example
 * import { householdIndicatorSet } from "tepat-sasaran/measure";
 *
 * const indicators = householdIndicatorSet();
 * indicators.find((i) => i.id === "schooling")?.weight //=> 1/6
 * householdIndicatorSet({ indicators: ["drinking_water", "sanitation", "schooling"] }).map((i) => i.weight)
 * //=> [0.25, 0.25, 0.5]
 * @category Measures
 */
export function householdIndicatorSet(options: HouseholdIndicatorSetOptions = {}): AlkireFosterIndicator[] {
  return guarded("householdIndicatorSet", () => {
    checkOptions(options, "householdIndicatorSet");
    const ids = options.indicators ?? HOUSEHOLD_INDICATORS.map((i) => i.id);
    checkSample(ids, "householdIndicatorSet", "indicators");
    // Each id at most once: the list is then at most 11 long, and everything below is linear in it.
    const chosen: HouseholdIndicatorInfo[] = [];
    const seen = new Set<unknown>();
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index];
      const info = HOUSEHOLD_INDICATORS.find((i) => i.id === id);
      if (!info) throw failure(alkireFosterMessages, "measure.hh_indicator_unknown", { indicator: describeValue(id) });
      if (seen.has(id)) throw failure(alkireFosterMessages, "measure.af_indicator_duplicate", { indicator: info.id });
      seen.add(id);
      chosen.push(info);
    }
    if (chosen.length === 0) throw failure(alkireFosterMessages, "measure.af_indicators_empty");
    const dimensions = [...new Set(chosen.map((i) => i.dimension))];
    const raw = dimensions.map((d) => {
      const w = options.dimensionWeights?.[d] ?? 1;
      if (!(typeof w === "number" && w > 0 && w < Infinity)) {
        throw failure(alkireFosterMessages, "measure.hh_dimension_weight_invalid", { dimension: d, value: describeValue(w) });
      }
      return w;
    });
    const total = raw.reduce((a, b) => a + b, 0);
    return chosen.map((info) => {
      const d = dimensions.indexOf(info.dimension);
      const inDimension = chosen.filter((i) => i.dimension === info.dimension).length;
      return { id: info.id, dimension: info.dimension, weight: (raw[d] as number) / total / inDimension, deprived: IS_DEPRIVED };
    });
  });
}

/**
 * Options of {@link householdIndicatorMatrix}.
 * @example
 * import { householdIndicatorMatrix } from "tepat-sasaran/measure";
 *
 * householdIndicatorMatrix(households, { asOf: "2025-07-01", missing: "not-deprived" })
 * @category Measures
 */
export interface HouseholdIndicatorMatrixOptions extends HouseholdIndicatorOptions {
  /** The indicators (default {@link householdIndicatorSet}()); their ids must be household-set ids. */
  readonly indicators?: readonly AlkireFosterIndicator[] | undefined;
  /** What {@link alkireFoster} does with a missing value (default `"error"`, as alkireFoster). */
  readonly missing?: MissingPolicy | undefined;
}

/**
 * What {@link householdIndicatorMatrix} returns: the rows, and `options` to spread into
 * {@link alkireFoster} with a `k` of your choice.
 * @example
 * import { alkireFoster, householdIndicatorMatrix } from "tepat-sasaran/measure";
 *
 * const { rows, options } = householdIndicatorMatrix(households, { asOf: "2025-07-01", missing: "reweight" });
 * alkireFoster(rows, { ...options, k: 1 / 3 }).m0
 * @category Measures
 */
export interface HouseholdIndicatorMatrix {
  /** One row per household, in input order. */
  readonly rows: readonly HouseholdDeprivations[];
  /** Household ids, in input order. */
  readonly ids: readonly string[];
  /** Missing values before any policy: per indicator, and households with at least one. */
  readonly missingValues: MissingValues;
  /** `{ indicators, weights, groups, missing }` for alkireFoster: persons per household as weights, regency codes as groups. */
  readonly options: HouseholdMatrixOptions;
}

/**
 * Missing values of a household matrix, before any policy.
 * @example
 * import { householdIndicatorMatrix } from "tepat-sasaran/measure";
 *
 * householdIndicatorMatrix(households, { asOf: "2025-07-01" }).missingValues //=> { byIndicator: { assets: 11, health_care: 11, … }, households: 16 }
 * @category Measures
 */
export interface MissingValues {
  /** Households missing each indicator. */
  readonly byIndicator: Readonly<Record<string, number>>;
  /** Households missing at least one. */
  readonly households: number;
}

/**
 * The alkireFoster options of a household matrix (add `k`).
 * @example
 * import { alkireFoster, householdIndicatorMatrix } from "tepat-sasaran/measure";
 *
 * const { options } = householdIndicatorMatrix(households, { asOf: "2025-07-01", missing: "drop" });
 * alkireFoster(rows, { ...options, k: 1 / 3 });
 * @category Measures
 */
export interface HouseholdMatrixOptions {
  /** The indicators. */
  readonly indicators: readonly AlkireFosterIndicator[];
  /** Persons per household. */
  readonly weights: Float64Array;
  /** Regency code per household. */
  readonly groups: readonly string[];
  /** The missing-value policy. */
  readonly missing: MissingPolicy;
}

/**
 * Build the Alkire–Foster achievement matrix of households on the household set: one row of
 * deprivation values per household, each household weighted by its number of members (so H, A and M0
 * are shares of **people**, as in the MPI), grouped by regency for the subgroup decomposition.
 * Missing values stay `null`; the caller chooses what alkireFoster does with them (`missing`:
 * `"not-deprived"`, `"drop"` or `"reweight"`; default `"error"`), and alkireFoster's `missing` report
 * says what was done and to how many units.
 *
 * @param households - Parsed households.
 * @param options - `asOf`, thresholds, optional `indicators` and the `missing` policy.
 * @returns The rows and the options for alkireFoster.
 * @example
 * import { alkireFoster, householdIndicatorMatrix } from "tepat-sasaran/measure";
 *
 * const matrix = householdIndicatorMatrix(households, { asOf: "2025-07-01", missing: "reweight" });
 * const mpi = alkireFoster(matrix.rows, { ...matrix.options, k: 1 / 3 });
 * [mpi.headcount, mpi.intensity, mpi.m0, mpi.missing.unitsReweighted]
 * @category Measures
 */
export function householdIndicatorMatrix(households: readonly Household[], options: HouseholdIndicatorMatrixOptions): HouseholdIndicatorMatrix {
  return guarded("householdIndicatorMatrix", () => {
    checkOptions(options, "householdIndicatorMatrix");
    checkSample(households, "householdIndicatorMatrix", "households");
    const checked = requireHouseholds(households, "householdIndicatorMatrix");
    const indicators = options.indicators ?? householdIndicatorSet();
    checkSample(indicators, "householdIndicatorMatrix", "indicators");
    for (const indicator of indicators) {
      const id: unknown = indicator !== null && typeof indicator === "object" ? indicator.id : undefined;
      if (!HOUSEHOLD_INDICATORS.some((i) => i.id === id)) {
        throw failure(alkireFosterMessages, "measure.hh_indicator_unknown", { indicator: describeValue(id) });
      }
    }
    const rows: HouseholdDeprivations[] = [];
    const ids: string[] = [];
    const groups: string[] = [];
    const weights = new Float64Array(households.length);
    const byIndicator: Record<string, number> = Object.fromEntries(indicators.map((i) => [i.id, 0]));
    let withMissing = 0;
    checked.forEach((household, index) => {
      const row = deprivationsOf(household, options);
      let missing = false;
      for (const indicator of indicators) {
        if (row[indicator.id as HouseholdIndicatorId] === null) {
          byIndicator[indicator.id] = (byIndicator[indicator.id] as number) + 1;
          missing = true;
        }
      }
      if (missing) withMissing++;
      rows.push(row);
      ids.push(household.id);
      groups.push(household.regency);
      weights[index] = occupants(household, options.asOf);
    });
    return {
      rows,
      ids,
      missingValues: { byIndicator, households: withMissing },
      options: { indicators, weights, groups, missing: options.missing ?? "error" },
    };
  });
}

/**
 * Options of {@link createDeprivationScorer}.
 * @example
 * import { createDeprivationScorer, householdIndicatorSet } from "tepat-sasaran/measure";
 *
 * createDeprivationScorer(householdIndicatorSet(), { k: 1 / 3, missing: "drop" })
 * @category Measures
 */
export interface DeprivationScorerOptions {
  /** The poverty cutoff k in (0, 1]. */
  readonly k: number;
  /** Missing-value policy, as in {@link alkireFoster} (default `"error"`). */
  readonly missing?: MissingPolicy | undefined;
}

/**
 * One unit's Alkire–Foster outcome, as scored by {@link createDeprivationScorer}.
 * @example
 * import { createDeprivationScorer, householdIndicatorSet } from "tepat-sasaran/measure";
 *
 * const indicators = householdIndicatorSet({ indicators: ["drinking_water", "sanitation"] });
 * createDeprivationScorer(indicators, { k: 0.5 })({ drinking_water: true, sanitation: false }) //=> { score: 0.5, poor: true, … }
 * @category Measures
 */
export interface DeprivationScore {
  /** Deprivation score cᵢ in [0, 1]; `null` when the unit is dropped. */
  readonly score: number | null;
  /** Whether cᵢ ≥ k (false when dropped). */
  readonly poor: boolean;
  /** False when the unit is dropped for missing data. */
  readonly included: boolean;
  /** Missing values of the unit. */
  readonly missing: number;
  /** Whether its weights were redistributed (`"reweight"` with some values missing). */
  readonly reweighted: boolean;
}

/**
 * A function that scores one row at a time exactly as {@link alkireFoster} scores it (same
 * indicator checks, deprivation tests, missing policy, reweighting and tolerance at k), for streaming:
 * H, A and M0 are sums over units, so a caller can add `score`s of millions of rows, or of
 * partitions, without building the whole matrix. Invalid indicators or k throw as alkireFoster does.
 *
 * @param indicators - The indicators (weights summing to 1).
 * @param options - `k` and the `missing` policy.
 * @returns `(row, index?) => DeprivationScore`; `index` names the row in errors.
 * @example
 * import { createDeprivationScorer, householdDeprivations, householdIndicatorSet } from "tepat-sasaran/measure";
 *
 * const score = createDeprivationScorer(householdIndicatorSet(), { k: 1 / 3, missing: "reweight" });
 * score(householdDeprivations(household, { asOf: "2025-07-01" })).poor //=> true
 * @category Measures
 */
export function createDeprivationScorer(
  indicators: readonly AlkireFosterIndicator[],
  options: DeprivationScorerOptions,
): (row: AlkireFosterRow, index?: number) => DeprivationScore {
  return deprivationScorer(indicators, options, "missing");
}

/**
 * {@link createDeprivationScorer} whose error for a missing value names the missing policy by
 * `option`, its path in the caller's own options (`mpi.missing` in a simulation).
 * @internal
 */
export function deprivationScorer(
  indicators: readonly AlkireFosterIndicator[],
  options: DeprivationScorerOptions,
  option: string,
): (row: AlkireFosterRow, index?: number) => DeprivationScore {
  return guarded("createDeprivationScorer", () => {
    checkOptions(options, "createDeprivationScorer");
    const policy = options.missing ?? "error";
    const compiled = compileIndicators(indicators, options.k, policy);
    const { list } = compiled;
    const d = list.length;
    const k = options.k;
    const nominal = list.map((i) => i.weight);
    // Scratch arrays reused by every call (the scorer is synchronous, so calls never overlap).
    const present = new Array<boolean>(d).fill(false);
    const deprived = new Array<boolean>(d).fill(false);
    const effective = new Array<number>(d).fill(0);
    const scoreRow = (row: AlkireFosterRow, index: number): DeprivationScore => {
      if (typeof row !== "object" || row === null) throw rowFailure(alkireFosterMessages, "measure.af_row_invalid", { index });
      let missing = 0;
      let nominalScore = 0;
      for (let j = 0; j < d; j++) {
        const indicator = list[j] as AlkireFosterIndicator;
        const value = row[indicator.id];
        const here = value !== undefined && value !== null;
        present[j] = here;
        if (!here) {
          if (policy === "error") throw rowFailure(alkireFosterMessages, "measure.af_value_missing", { index, indicator: indicator.id, option });
          missing++;
        }
        deprived[j] = here && isDeprived(indicator.deprived, value, index, indicator.id);
        if (deprived[j]) nominalScore += nominal[j] as number;
      }
      if (missing > 0 && (policy === "drop" || (policy === "reweight" && missing === d))) {
        return { score: null, poor: false, included: false, missing, reweighted: false };
      }
      let score = nominalScore;
      const reweighted = missing > 0 && policy === "reweight";
      if (reweighted) {
        reweight(compiled, present, effective);
        score = 0;
        for (let j = 0; j < d; j++) if (deprived[j]) score += effective[j] as number;
      }
      if (score > 1) score = 1;
      return { score, poor: score >= k - AF_TOLERANCE, included: true, missing, reweighted };
    };
    // Called once per row of a stream: a plain try, no closure per call.
    return (row, index = 0) => {
      try {
        return scoreRow(row, index);
      } catch (error) {
        throw asLibraryError(error, "createDeprivationScorer");
      }
    };
  });
}
