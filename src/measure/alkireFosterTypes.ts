import type { NumericArray } from "./types.js";

/**
 * How an indicator decides deprivation for a present value: a predicate, or a numeric cutoff —
 * deprived when `value < cutoff` (`deprivedBelow`, the default) or `value > cutoff`
 * (`deprivedBelow: false`); `inclusive: true` makes the comparison ≤ / ≥. A cutoff needs a finite number.
 * @example
 * import type { DeprivationTest } from "tepat-sasaran/measure";
 *
 * const schooling: DeprivationTest = { cutoff: 6 };              // deprived below 6 years
 * const crowding: DeprivationTest = { cutoff: 3, deprivedBelow: false }; // deprived above 3 per room
 * const water: DeprivationTest = (source) => source !== "piped";
 * @category Measures
 */
export type DeprivationTest =
  | ((value: unknown) => boolean)
  | {
      /** The deprivation cutoff. */
      readonly cutoff: number;
      /** Deprived below the cutoff (default `true`) or above it (`false`). */
      readonly deprivedBelow?: boolean;
      /** Count a value equal to the cutoff as deprived (default `false`). */
      readonly inclusive?: boolean;
    };

/**
 * One indicator of an Alkire–Foster measure.
 * @category Measures
 */
export interface AlkireFosterIndicator {
  /** Key of the value in each row. */
  readonly id: string;
  /** The dimension it belongs to (e.g. "education"). */
  readonly dimension: string;
  /** Its weight (> 0); the weights of all indicators sum to 1. */
  readonly weight: number;
  /** The deprivation test. */
  readonly deprived: DeprivationTest;
}

/**
 * What to do with a missing indicator value (`undefined`, `null` or an absent key):
 * `"error"` (default) throws naming the row and indicator; `"not-deprived"` counts it as not deprived;
 * `"drop"` leaves the unit out; `"reweight"` spreads its weight over the unit's observed indicators
 * (within the dimension first, then across dimensions; a unit with nothing observed is dropped).
 * @example
 * import { alkireFoster } from "tepat-sasaran/measure";
 *
 * alkireFoster(rows, { indicators, k: 1 / 3, missing: "reweight" }).missing.unitsReweighted;
 * @category Measures
 */
export type MissingPolicy = "error" | "not-deprived" | "drop" | "reweight";

/**
 * Options of {@link alkireFoster}.
 * @category Measures
 */
export interface AlkireFosterOptions {
  /** The indicators, their dimensions, weights and deprivation tests. */
  readonly indicators: readonly AlkireFosterIndicator[];
  /** The poverty cutoff k in (0, 1]: a unit is poor when its deprivation score is ≥ k. */
  readonly k: number;
  /** Population weights per row (e.g. household size × survey weight); default 1 each. */
  readonly weights?: NumericArray | undefined;
  /** A group key per row (e.g. regency code) for the subgroup decomposition. */
  readonly groups?: readonly string[] | undefined;
  /** Missing-value policy; default `"error"`. */
  readonly missing?: MissingPolicy | undefined;
}

/**
 * One row of the achievement matrix: indicator values keyed by indicator id.
 * @category Measures
 */
export type AlkireFosterRow = Readonly<Record<string, unknown>>;

/**
 * The outcome for one unit (row).
 * @category Measures
 */
export interface AlkireFosterUnit {
  /** Uncensored deprivation score cᵢ in [0, 1]; `null` when the unit was dropped. */
  readonly score: number | null;
  /** Whether the unit is multidimensionally poor (cᵢ ≥ k). */
  readonly poor: boolean;
  /** Whether the unit was measured (false when dropped for missing data). */
  readonly included: boolean;
  /** How many of its indicator values were missing. */
  readonly missing: number;
}

/**
 * Results per indicator.
 * @category Measures
 */
export interface AlkireFosterIndicatorResult {
  /** The indicator id. */
  readonly id: string;
  /** Its dimension. */
  readonly dimension: string;
  /** Its nominal weight. */
  readonly weight: number;
  /** Share of the (included) population deprived in this indicator. */
  readonly uncensoredHeadcount: number;
  /** Share of the population both poor and deprived in this indicator. */
  readonly censoredHeadcount: number;
  /** Percentage contribution to M0 (all sum to 100 when M0 > 0; all 0 when M0 = 0). */
  readonly contribution: number;
  /** Units whose value was missing. */
  readonly missing: number;
}

/**
 * Results per dimension.
 * @category Measures
 */
export interface AlkireFosterDimensionResult {
  /** The dimension name. */
  readonly dimension: string;
  /** Nominal weight (Σ of its indicators' weights). */
  readonly weight: number;
  /** Percentage contribution to M0 (Σ of its indicators'). */
  readonly contribution: number;
}

/**
 * Results per subgroup.
 * @category Measures
 */
export interface AlkireFosterGroupResult {
  /** The group key. */
  readonly group: string;
  /** Included units (rows). */
  readonly count: number;
  /** Weighted population of its included units. */
  readonly population: number;
  /** Its share of the total population. */
  readonly populationShare: number;
  /** The group's H. */
  readonly headcount: number;
  /** The group's A (0 when no one in it is poor). */
  readonly intensity: number;
  /** The group's M0. */
  readonly m0: number;
  /** Percentage contribution to the total M0 (sum to 100 when M0 > 0). */
  readonly contribution: number;
}

/**
 * What the missing-value policy did.
 * @category Measures
 */
export interface AlkireFosterMissingReport {
  /** The policy applied. */
  readonly policy: MissingPolicy;
  /** Missing cells (unit × indicator). */
  readonly valuesMissing: number;
  /** Units with at least one missing value. */
  readonly unitsWithMissing: number;
  /** Units left out. */
  readonly unitsDropped: number;
  /** Units measured with reweighted indicators. */
  readonly unitsReweighted: number;
}

/**
 * The Alkire–Foster measures and their breakdowns.
 * @category Measures
 */
export interface AlkireFosterResult {
  /** The cutoff k used. */
  readonly k: number;
  /** Units measured (rows not dropped). */
  readonly count: number;
  /** Weighted population of the measured units. */
  readonly population: number;
  /** Weighted number of poor. */
  readonly poor: number;
  /** H, the multidimensional headcount ratio. */
  readonly headcount: number;
  /** A, the average deprivation score among the poor (0 when no one is poor). */
  readonly intensity: number;
  /** M0 = H × A, the adjusted headcount ratio. */
  readonly m0: number;
  /** One entry per row, in input order. */
  readonly units: readonly AlkireFosterUnit[];
  /** One entry per indicator, in the order given. */
  readonly indicators: readonly AlkireFosterIndicatorResult[];
  /** Dimensions in order of first appearance among the indicators. */
  readonly dimensions: readonly AlkireFosterDimensionResult[];
  /** One entry per group key, sorted by key; empty without `groups`. */
  readonly groups: readonly AlkireFosterGroupResult[];
  /** What the missing-value policy did, and to how many units. */
  readonly missing: AlkireFosterMissingReport;
}
