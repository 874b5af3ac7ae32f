import type { AssessPovertyCriteriaOptions } from "../household/povertyCriteria.js";
import type { AssessRtlhOptions } from "../household/rtlh.js";

/**
 * What to do when a household lacks the data a score component needs (no desil, an unrecorded
 * disability status, an unknown criterion, no external score):
 * - `error`: throw `priority.household_missing_data`, listing every gap (with its path) at once;
 * - `exclude`: leave the household out of the ranking and list it in `excluded` with the reasons;
 * - `lowest`: resolve every unknown towards the **lowest** priority on that component (no desil counts
 *   as desil 10, an unknown disability as "not severe", an unknown criterion as "not met") — it never
 *   raises a household for want of data (fail closed);
 * - `highest`: resolve every unknown towards the **highest** priority on that component (the worst
 *   case for the household: no desil counts as desil 1, an unknown criterion as "met").
 *
 * With `lowest` or `highest` the component is marked `assumed` and the explanation says what was
 * assumed and why. A gap that cannot change the component (e.g. one member's disability unknown when
 * another member is already known to be severely disabled and only presence counts) is not a gap.
 * @example
 * rankHouseholds(households, { asOf: "2025-07-01", score: [{ kind: "desil", weight: 1 }], missing: "exclude" }).excluded[0].reason.en
 * //=> "Household mahulu-03 excluded: desil not recorded"
 * @category Priority
 */
export type MissingDataPolicy = "error" | "exclude" | "lowest" | "highest";

/**
 * Fields every household score component has.
 * @example
 * const part: HouseholdComponentBase = { weight: 10, missing: "lowest" };
 * @category Priority
 */
export interface HouseholdComponentBase {
  /** Weight ≥ 0; the weights of all components are divided by their sum, so `[3, 1]` and `[0.75, 0.25]` agree. */
  readonly weight: number;
  /** The missing-data policy for this component, overriding {@link RankHouseholdsOptions.missing}. */
  readonly missing?: MissingDataPolicy;
}

/**
 * DTSEN desil, lower first: normalised `(10 − desil) / 9`, so desil 1 → 1, desil 5 → 5/9, desil 10 → 0.
 * A desil read after the ranking date (`desil.asOf > asOf`) is treated as missing: a ranking on a date
 * uses only what was known on it.
 * @example
 * const desil: DesilComponent = { kind: "desil", weight: 40 }; // desil 2 → 8/9
 * @category Priority
 */
export interface DesilComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "desil";
}

/**
 * The count of the 14 BPS criteria of a poor household that hold ({@link assessPovertyCriteria}),
 * normalised `count / 14`. Each unknown criterion is a gap (counted as not met under `lowest`, as met
 * under `highest`).
 * @example
 * const criteria: PovertyCriteriaComponent = { kind: "poverty-criteria", weight: 30, options: { farmLandBelow: 5000 } };
 * @category Priority
 */
export interface PovertyCriteriaComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "poverty-criteria";
  /** Options passed to {@link assessPovertyCriteria} (criterion-12 and -14 limits). */
  readonly options?: AssessPovertyCriteriaOptions;
}

/**
 * The count of three settlement deprivations, normalised `count / 3`: no air minum layak
 * ({@link assessDrinkingWater} is `"no"`), no sanitasi layak ({@link assessSanitation} is `"no"`), and
 * an uninhabitable house ({@link assessRtlh} is `"yes"`). An `"unknown"` verdict is a gap.
 * @example
 * const settlement: HousingDeprivationsComponent = { kind: "housing-deprivations", weight: 20 }; // 2 of 3 → 2/3
 * // The office's own reading of the RTLH floor criterion, as it gives Rutilahu and BSPS:
 * const plank: HousingDeprivationsComponent = { kind: "housing-deprivations", weight: 20, options: { poorFloorMaterials: ["earth", "bamboo", "wood-low-quality", "wood-board"] } };
 * @category Priority
 */
export interface HousingDeprivationsComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "housing-deprivations";
  /** Options passed to {@link assessRtlh} (the poor floor materials). */
  readonly options?: AssessRtlhOptions;
}

/**
 * A score computed elsewhere and supplied per household id, e.g. the Alkire–Foster deprivation score
 * cᵢ of the measure layer. Normalised `(value − min) / (max − min)` (default range [0, 1], so cᵢ is
 * used as it is); `lower-first` uses `1 − that`. A value outside the range, or not finite, is an
 * error; a household without a value is a gap.
 * @example
 * const af: ExternalScoreComponent = { kind: "external", weight: 30, values: { "kukar-01": 0.45 }, label: "Alkire–Foster cᵢ" };
 * @category Priority
 */
export interface ExternalScoreComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "external";
  /** Household id → value. */
  readonly values: Readonly<Record<string, number>>;
  /** What the score is, for explanations (default "external score" / "skor eksternal"). */
  readonly label?: string;
  /** Lower end of the declared range (default 0). */
  readonly min?: number;
  /** Upper end of the declared range (default 1). */
  readonly max?: number;
  /** `higher-first` (default): a higher value means more priority. */
  readonly direction?: "higher-first" | "lower-first";
}

/**
 * Members aged `ageAtLeast` or more on `asOf` (default 60; sources on PKH's "lanjut usia" conflict
 * between 60+ at determination and 70+, so the threshold is a parameter).
 * Normalised `min(count, cap) / cap` (default cap 1: presence of at least one).
 * @example
 * const elderly: ElderlyComponent = { kind: "elderly", weight: 10, ageAtLeast: 70 };
 * @category Priority
 */
export interface ElderlyComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "elderly";
  /** Age threshold in completed years (default 60). */
  readonly ageAtLeast?: number;
  /** Members counted at most (default 1). */
  readonly cap?: number;
}

/**
 * Members with `disability: "severe"` (disabilitas berat). A member without a recorded disability
 * status is a gap. Normalised `min(count, cap) / cap` (default cap 1).
 * @example
 * const disability: SevereDisabilityComponent = { kind: "severe-disability", weight: 10, cap: 2 }; // one member → 1/2
 * @category Priority
 */
export interface SevereDisabilityComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "severe-disability";
  /** Members counted at most (default 1). */
  readonly cap?: number;
}

/**
 * Children younger than `ageBelow` on `asOf` (default 6, i.e. aged 0–5; PKH's "anak usia dini 0–6"
 * band is `ageBelow: 7`). Normalised `min(count, cap) / cap` (default cap 1).
 * @example
 * const children: YoungChildrenComponent = { kind: "young-children", weight: 10, ageBelow: 7 }; // PKH 0–6
 * @category Priority
 */
export interface YoungChildrenComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "young-children";
  /** Age limit in completed years, exclusive (default 6). */
  readonly ageBelow?: number;
  /** Members counted at most (default 1). */
  readonly cap?: number;
}

/**
 * Whether the head of the household is a woman: 1 if so, else 0. Always known (sex and relationship
 * are required fields).
 * @example
 * const femaleHead: FemaleHeadComponent = { kind: "female-head", weight: 5 };
 * @category Priority
 */
export interface FemaleHeadComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "female-head";
}

/**
 * Members who are pregnant or postpartum (ibu hamil / nifas). Pregnancy status is expected for women
 * of reproductive age, 15–49 (BPS "wanita usia subur"): such a woman without a recorded status is a
 * gap; for anyone else an unrecorded status counts as not pregnant. Normalised `min(count, cap) / cap`
 * (default cap 1).
 * @example
 * const pregnancy: PregnancyComponent = { kind: "pregnancy", weight: 10, missing: "lowest" };
 * @category Priority
 */
export interface PregnancyComponent extends HouseholdComponentBase {
  /** Discriminant. */
  readonly kind: "pregnancy";
  /** Members counted at most (default 1). */
  readonly cap?: number;
}

/**
 * One declared, weighted part of a household priority score; each is normalised to [0, 1] by a fixed,
 * documented rule (see each kind).
 *
 * @example
 * const components: HouseholdScoreComponent[] = [
 *   { kind: "desil", weight: 40 },
 *   { kind: "poverty-criteria", weight: 30 },
 *   { kind: "elderly", weight: 10, ageAtLeast: 70 },
 *   { kind: "severe-disability", weight: 10, missing: "lowest" },
 *   { kind: "young-children", weight: 10 },
 * ];
 * @category Priority
 */
export type HouseholdScoreComponent =
  | DesilComponent
  | PovertyCriteriaComponent
  | HousingDeprivationsComponent
  | ExternalScoreComponent
  | ElderlyComponent
  | SevereDisabilityComponent
  | YoungChildrenComponent
  | FemaleHeadComponent
  | PregnancyComponent;

/** Every component kind, in documentation order. @internal */
export const COMPONENT_KINDS: readonly HouseholdScoreComponent["kind"][] = [
  "desil",
  "poverty-criteria",
  "housing-deprivations",
  "external",
  "elderly",
  "severe-disability",
  "young-children",
  "female-head",
  "pregnancy",
];
