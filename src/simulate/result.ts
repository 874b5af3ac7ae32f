import type { Text } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import type { Approach } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ProgramAssumptions } from "./assumptions.js";
import type { SimulationState } from "./state.js";

/**
 * Monetary poverty of a region: FGT on per-capita consumption against the regency line, weighted by
 * household size (so shares of **people**). Indices are fractions (0.0728, not 7.28).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).total.before //=> { population: 76, poor: 32, p0: 0.4210…, p1: 0.09375, p2: 0.0309… }
 * @category Simulation
 */
export interface PovertyFigures {
  /** Persons measured. */
  readonly population: number;
  /** Poor persons (per-capita consumption strictly below the line). */
  readonly poor: number;
  /** Headcount ratio P0. */
  readonly p0: number;
  /** Poverty gap index P1. */
  readonly p1: number;
  /** Poverty severity index P2. */
  readonly p2: number;
}

/**
 * Alkire–Foster multidimensional poverty of a region, weighted by household size.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).total.mpiAfter?.m0 //=> 0.1613…
 * @category Simulation
 */
export interface MpiFigures {
  /** Households measured (not dropped). */
  readonly households: number;
  /** Persons measured. */
  readonly population: number;
  /** Persons in multidimensionally poor households. */
  readonly poor: number;
  /** H. */
  readonly headcount: number;
  /** A (0 when no one is poor). */
  readonly intensity: number;
  /** M0 = H × A. */
  readonly m0: number;
  /** What the missing-value policy did, in households. */
  readonly missing: MpiMissingCounts;
}

/**
 * What the Alkire–Foster missing-value policy did, counted in households.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).total.mpiBefore?.missing //=> { valuesMissing: 32, unitsWithMissing: 16, unitsDropped: 0, unitsReweighted: 16 }
 * @category Simulation
 */
export interface MpiMissingCounts {
  /** Missing values (household × indicator). */
  readonly valuesMissing: number;
  /** Households with at least one missing value. */
  readonly unitsWithMissing: number;
  /** Households left out (`drop`, or `reweight` with nothing observed). */
  readonly unitsDropped: number;
  /** Households whose weights were redistributed (`reweight`). */
  readonly unitsReweighted: number;
}

/**
 * Cost per percentage point of a poverty index reduced: a Rupiah amount (rounded to Rp 1), or
 * `undefined` with the reason (the index did not fall).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * const { value, reason } = simulate(households, options).total.costPerP0Point;
 * value?.toString() ?? reason?.en //=> "8892000"
 * @category Simulation
 */
export type CostPerPoint = CostPerPointValue | CostPerPointUndefined;

/**
 * A defined cost per point.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).total.costPerP0Point.value?.toString() //=> "8892000"
 * @category Simulation
 */
export interface CostPerPointValue {
  /** Rupiah per percentage point, rounded half up to Rp 1. */
  readonly value: Rupiah;
  /** Absent when the value is defined. */
  readonly reason?: undefined;
}

/**
 * An undefined cost per point, with the reason.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).regencies[1].costPerP0Point.reason?.en //=> "P0 did not fall (66.67% → 66.67%); cost per point is undefined"
 * @category Simulation
 */
export interface CostPerPointUndefined {
  /** Absent: the index did not fall. */
  readonly value: undefined;
  /** Why, in both languages. */
  readonly reason: Text;
}

/**
 * A count of households and of the persons in them.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).total.lifted //=> { households: 1, persons: 4 }
 * @category Simulation
 */
export interface HouseholdCount {
  /** Households. */
  readonly households: number;
  /** Persons in them. */
  readonly persons: number;
}

/**
 * One program in one region.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).regencies[1].programs[0] //=> { program: "pkh", eligible: 2, beneficiaries: 2, … }
 * @category Simulation
 */
export interface ProgramRegionOutcome {
  /** Program id. */
  readonly program: string;
  /** Eligible households (before the coverage rule). */
  readonly eligible: number;
  /** Beneficiary households (eligible and covered). */
  readonly beneficiaries: number;
  /** Persons in beneficiary households. */
  readonly persons: number;
  /** Beneficiaries that already receive it (`currentAid`): costed, but adding nothing when aid is already in consumption. */
  readonly continuing: number;
  /**
   * Cost for the year, exact; `null` when it is not known: an in-kind benefit (`air_sanitasi`, a place at
   * Sekolah Rakyat) given here without `inKindUnitCost` (then `costed` is false), never a Rupiah 0 that a
   * sum would take for a cost.
   */
  readonly cost: Rupiah | null;
}

/**
 * Before/after outcome of a region (a regency, or `"total"`).
 * @example
 * import { type RegionOutcome, simulate } from "tepat-sasaran/simulate";
 *
 * const berau: RegionOutcome | undefined = simulate(households, options).regencies.find((r) => r.region === "64.03");
 * @category Simulation
 */
export interface RegionOutcome {
  /** Regency code, or `"total"`. */
  readonly region: string;
  /** Display name. */
  readonly name: string;
  /** Households in the data. */
  readonly households: number;
  /** Persons in the data. */
  readonly persons: number;
  /** The line used (`null` for the total, or when the regency had none and was excluded). */
  readonly line: LineUsed | null;
  /** Households in the poverty measures. */
  readonly measured: HouseholdCount;
  /** Households left out of the poverty measures, by reason. */
  readonly excluded: Exclusions;
  /** FGT before the scenario (`null` when nothing was measured). */
  readonly before: PovertyFigures | null;
  /** FGT after the scenario. */
  readonly after: PovertyFigures | null;
  /** Alkire–Foster before (`null` when skipped or nothing was measured). */
  readonly mpiBefore: MpiFigures | null;
  /** Alkire–Foster after. */
  readonly mpiAfter: MpiFigures | null;
  /** Households receiving at least one program. */
  readonly reached: HouseholdCount;
  /** Households below the line before and at or above it after. */
  readonly lifted: HouseholdCount;
  /** Per program, in scenario order. */
  readonly programs: readonly ProgramRegionOutcome[];
  /** Cost of the programs whose cost is known, for the year (a program whose `cost` is `null` is left out: see the `simulate.warn.uncosted_in_kind` warning). */
  readonly cost: Rupiah;
  /** Cost per percentage point of P0 reduced: cost ÷ ((P0 before − P0 after) × 100). */
  readonly costPerP0Point: CostPerPoint;
  /** Cost per point of the poverty gap closed: cost ÷ ((P1 before − P1 after) × 100); BPS publishes P1 × 100, so one point is one BPS point. */
  readonly costPerP1Point: CostPerPoint;
}

/**
 * The poverty line a regency was measured against.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).regencies[0].line //=> { value: Rupiah 800,000, source: "given" }
 * @category Simulation
 */
export interface LineUsed {
  /** Rupiah per capita per month. */
  readonly value: Rupiah;
  /** `given` in `povertyLines`, or the `fallback` line. */
  readonly source: "given" | "fallback";
}

/**
 * Households left out of the poverty measures (they are still costed and counted as beneficiaries).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, { ...options, povertyLines: {}, fallbackLine: undefined, missingLine: "exclude" }).regencies[0].excluded
 * //=> { noLine: 1, noConsumption: 0 }
 * @category Simulation
 */
export interface Exclusions {
  /** Their regency had no line (`missingLine: "exclude"`). */
  readonly noLine: number;
  /** No consumption recorded (`missingConsumption: "exclude"`). */
  readonly noConsumption: number;
}

/**
 * Quota or budget filling in one regency.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).programs[1].selection[1] //=> { regency: "64.02", kind: "budget", budget: Rupiah 2,400,000, eligible: 2, selected: 1, … }
 * @category Simulation
 */
export interface SelectionOutcome {
  /** Program id. */
  readonly program: string;
  /** Regency code. */
  readonly regency: string;
  /** Quota or budget coverage. */
  readonly kind: "quota" | "budget";
  /** The regency's quota (quota coverage). */
  readonly quota?: number | undefined;
  /** The regency's budget (budget coverage). */
  readonly budget?: Rupiah | undefined;
  /** Eligible households. */
  readonly eligible: number;
  /** Households the ranking left out (missing-data policy `exclude`). */
  readonly unranked: number;
  /** Households selected. */
  readonly selected: number;
  /** Cost of the selected households. */
  readonly spent: Rupiah;
  /** Whether the split across regencies depended on the data (eligible counts), so partitions cannot be merged. */
  readonly dataWeighted: boolean;
  /** What was funded and why the next household was not, in both languages (from `fillByPriority`). */
  readonly summary: Text;
}

/**
 * One program over all regencies.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).programs[0].byPeriod.map((p) => p.label) //=> ["2025-I", "2025-II", "2025-III", "2025-IV"]
 * @category Simulation
 */
export interface ProgramOutcome extends ProgramRegionOutcome {
  /** Display name. */
  readonly name: Text;
  /** The program's approach. */
  readonly approach: Approach;
  /** `all-eligible`, `quota` or `budget`. */
  readonly coverage: "all-eligible" | "quota" | "budget";
  /** The assumptions used. */
  readonly assumptions: ProgramAssumptions;
  /** Whether the benefit is in kind (no Rupiah amount in its schedule). */
  readonly inKind: boolean;
  /** Whether the cost is known (false for in-kind without `inKindUnitCost`, and then `cost` is `null`). */
  readonly costed: boolean;
  /** The cost by payment period (tahap `2025-I`…, month `2025-07`, year, or grant date), exact; empty for in-kind. */
  readonly byPeriod: readonly PeriodCost[];
  /** Quota/budget filling per regency; empty for all-eligible. */
  readonly selection: readonly SelectionOutcome[];
}

/**
 * The cost of a program in one payment period.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).programs[0].byPeriod[0] //=> { label: "2025-I", amount: Rupiah 8,100,000 }
 * @category Simulation
 */
export interface PeriodCost {
  /** Tahap `2025-I`, month `2025-07`, year `2025`, or the grant date. */
  readonly label: string;
  /** Exact amount. */
  readonly amount: Rupiah;
}

/**
 * A share in households and in persons; `null` when its denominator is 0.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).targeting[0].total.coverage //=> { households: 0.7, persons: 0.71875 }
 * @category Simulation
 */
export interface TargetingShare {
  /** Share of households. */
  readonly households: number | null;
  /** Share of persons. */
  readonly persons: number | null;
}

/**
 * Targeting quality of one group against the "truly poor" flag. Counts of households and persons;
 * shares are `null` when their denominator is 0.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).targeting[0].total.exclusionError //=> { households: 0.3, persons: 0.28125 }
 * @category Simulation
 */
export interface TargetingCell {
  /** `"total"`, a regency code, or `"desil 1"` … `"desil 10"`, `"desil unknown"`. */
  readonly group: string;
  /** Households in the cell (with a known flag). */
  readonly households: number;
  /** Persons in them. */
  readonly persons: number;
  /** Truly poor. */
  readonly poor: HouseholdCount;
  /** Reached by the program(s). */
  readonly reached: HouseholdCount;
  /** Truly poor and reached. */
  readonly poorReached: HouseholdCount;
  /** Not truly poor but reached (leakage). */
  readonly leakage: HouseholdCount;
  /** Truly poor but not reached (undercoverage). */
  readonly missed: HouseholdCount;
  /** Coverage: poor reached ÷ poor. */
  readonly coverage: TargetingShare;
  /** Inclusion error (leakage rate): not-poor reached ÷ reached. */
  readonly inclusionError: TargetingShare;
  /** Exclusion error (undercoverage): poor not reached ÷ poor. */
  readonly exclusionError: TargetingShare;
  /** Fewer than 30 households: the figures are unstable (a warning is in the result). */
  readonly small: boolean;
}

/**
 * Targeting quality of one program (or `"*"`: any program of the scenario).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).targeting.map((t) => t.program) //=> ["*", "pkh", "sembako"]
 * @category Simulation
 */
export interface TargetingReport {
  /** Program id, or `"*"` for any program of the scenario. */
  readonly program: string;
  /** All households. */
  readonly total: TargetingCell;
  /** One cell per regency with households, by code. */
  readonly byRegency: readonly TargetingCell[];
  /** One cell per desil with households (1–10, then unknown). */
  readonly byDesil: readonly TargetingCell[];
}

/**
 * A warning written into a result, in both languages.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).warnings[0].message.id
 * @category Simulation
 */
export interface SimulationWarning {
  /** Stable code, e.g. `simulate.warn.small_cell`. */
  readonly code: string;
  /** The warning in both languages. */
  readonly message: Text;
}

/**
 * One household's outcome (kept unless `households: false`).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).households[0] //=> { id: "kukar-01", programs: ["pkh", "sembako"], perCapitaBefore: 500000, perCapitaAfter: 500000, … }
 * @category Simulation
 */
export interface HouseholdOutcome {
  /** Household id. */
  readonly id: string;
  /** Regency code. */
  readonly regency: string;
  /** Members. */
  readonly persons: number;
  /** Programs received, in scenario order. */
  readonly programs: readonly string[];
  /** Value of the support for the year: cash benefits plus in-kind unit costs, exact. */
  readonly support: Rupiah;
  /** Monthly per-capita consumption before (`null` when not recorded). */
  readonly perCapitaBefore: number | null;
  /** … and after the scenario. */
  readonly perCapitaAfter: number | null;
  /** Below the line before (`null` when not measured). */
  readonly poorBefore: boolean | null;
  /** … and after. */
  readonly poorAfter: boolean | null;
  /** Alkire–Foster deprivation score before (`null` when skipped or dropped). */
  readonly mpiScoreBefore: number | null;
  /** … and after. */
  readonly mpiScoreAfter: number | null;
}

/**
 * The result of {@link simulate} (or {@link mergeSimulations}).
 * @example
 * import { simulate, type SimulationResult } from "tepat-sasaran/simulate";
 *
 * const result: SimulationResult = simulate(households, options);
 * result.total.after?.p0;
 * @category Simulation
 */
export interface SimulationResult {
  /** The scenario's name. */
  readonly scenario: string;
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** The whole population. */
  readonly total: RegionOutcome;
  /** One per regency, by code. */
  readonly regencies: readonly RegionOutcome[];
  /** One per program, in scenario order. */
  readonly programs: readonly ProgramOutcome[];
  /** Targeting quality: `"*"` (any program) first, then one per program. */
  readonly targeting: readonly TargetingReport[];
  /** Warnings (small cells, fallback lines, exclusions, uncosted programs, unfilled quotas, timing). */
  readonly warnings: readonly SimulationWarning[];
  /** One per household, in input order (empty with `households: false`). */
  readonly households: readonly HouseholdOutcome[];
  /** Whether household outcomes were kept. */
  readonly keptHouseholds: boolean;
  /** The mergeable aggregates (JSON-safe) the figures were computed from. */
  readonly state: SimulationState;
}
