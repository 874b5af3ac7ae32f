import type { Text } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import type { Approach } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ProgramAssumptions } from "./assumptions.js";
import type { SimulationState } from "./state.js";

/**
 * Monetary poverty of a region: FGT on per-capita consumption against the regency line, weighted by
 * household size (so shares of **people**). Indices are fractions (0.0728, not 7.28).
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
  readonly missing: {
    readonly valuesMissing: number;
    readonly unitsWithMissing: number;
    readonly unitsDropped: number;
    readonly unitsReweighted: number;
  };
}

/**
 * Cost per percentage point of a poverty index reduced: a Rupiah amount (rounded to Rp 1), or
 * `undefined` with the reason (the index did not fall).
 * @category Simulation
 */
export type CostPerPoint = { readonly value: Rupiah; readonly reason?: undefined } | { readonly value: undefined; readonly reason: Text };

/**
 * A count of households and of the persons in them.
 * @category Simulation
 */
export interface HouseholdCount {
  readonly households: number;
  readonly persons: number;
}

/**
 * One program in one region.
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
  /** Cost for the year, exact. */
  readonly cost: Rupiah;
}

/**
 * Before/after outcome of a region (a regency, or `"total"`).
 * @category Simulation
 */
export interface RegionOutcome {
  /** Regency code, or `"total"`. */
  readonly region: string;
  /** Display name. */
  readonly name: string;
  /** Households and persons in the data. */
  readonly households: number;
  readonly persons: number;
  /** The line used (`null` for the total, or when the regency had none and was excluded). */
  readonly line: { readonly value: Rupiah; readonly source: "given" | "fallback" } | null;
  /** Households in the poverty measures. */
  readonly measured: HouseholdCount;
  /** Households left out of the poverty measures, by reason. */
  readonly excluded: { readonly noLine: number; readonly noConsumption: number };
  /** FGT before and after (`null` when nothing was measured). */
  readonly before: PovertyFigures | null;
  readonly after: PovertyFigures | null;
  /** Alkire–Foster before and after (`null` when skipped or nothing was measured). */
  readonly mpiBefore: MpiFigures | null;
  readonly mpiAfter: MpiFigures | null;
  /** Households receiving at least one program. */
  readonly reached: HouseholdCount;
  /** Households below the line before and at or above it after. */
  readonly lifted: HouseholdCount;
  /** Per program, in scenario order. */
  readonly programs: readonly ProgramRegionOutcome[];
  /** Cost of all programs for the year (uncosted in-kind programs count Rp 0). */
  readonly cost: Rupiah;
  /** Cost per percentage point of P0 reduced: cost ÷ ((P0 before − P0 after) × 100). */
  readonly costPerP0Point: CostPerPoint;
  /** Cost per point of the poverty gap closed: cost ÷ ((P1 before − P1 after) × 100); BPS publishes P1 × 100, so one point is one BPS point. */
  readonly costPerP1Point: CostPerPoint;
}

/**
 * Quota or budget filling in one regency.
 * @category Simulation
 */
export interface SelectionOutcome {
  readonly program: string;
  readonly regency: string;
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
}

/**
 * One program over all regencies.
 * @category Simulation
 */
export interface ProgramOutcome extends ProgramRegionOutcome {
  readonly name: Text;
  readonly approach: Approach;
  /** `all-eligible`, `quota` or `budget`. */
  readonly coverage: "all-eligible" | "quota" | "budget";
  /** The assumptions used. */
  readonly assumptions: ProgramAssumptions;
  /** Whether the benefit is in kind (no Rupiah amount in its schedule). */
  readonly inKind: boolean;
  /** Whether the cost is known (false for in-kind without `inKindUnitCost`). */
  readonly costed: boolean;
  /** The cost by payment period (tahap `2025-I`…, month `2025-07`, year, or grant date), exact; empty for in-kind. */
  readonly byPeriod: readonly { readonly label: string; readonly amount: Rupiah }[];
  /** Quota/budget filling per regency; empty for all-eligible. */
  readonly selection: readonly SelectionOutcome[];
}

/**
 * Targeting quality of one group against the "truly poor" flag. Counts of households and persons;
 * shares are `null` when their denominator is 0.
 * @category Simulation
 */
export interface TargetingCell {
  /** `"total"`, a regency code, or `"desil 1"` … `"desil 10"`, `"desil unknown"`. */
  readonly group: string;
  /** Households in the cell (with a known flag). */
  readonly households: number;
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
  readonly coverage: { readonly households: number | null; readonly persons: number | null };
  /** Inclusion error (leakage rate): not-poor reached ÷ reached. */
  readonly inclusionError: { readonly households: number | null; readonly persons: number | null };
  /** Exclusion error (undercoverage): poor not reached ÷ poor. */
  readonly exclusionError: { readonly households: number | null; readonly persons: number | null };
  /** Fewer than 30 households: the figures are unstable (a warning is in the result). */
  readonly small: boolean;
}

/**
 * Targeting quality of one program (or `"*"`: any program of the scenario).
 * @category Simulation
 */
export interface TargetingReport {
  readonly program: string;
  readonly total: TargetingCell;
  readonly byRegency: readonly TargetingCell[];
  readonly byDesil: readonly TargetingCell[];
}

/**
 * A warning written into a result, in both languages.
 * @category Simulation
 */
export interface SimulationWarning {
  readonly code: string;
  readonly message: Text;
}

/**
 * One household's outcome (kept unless `households: false`).
 * @category Simulation
 */
export interface HouseholdOutcome {
  readonly id: string;
  readonly regency: string;
  readonly persons: number;
  /** Programs received, in scenario order. */
  readonly programs: readonly string[];
  /** Value of the support for the year: cash benefits plus in-kind unit costs, exact. */
  readonly support: Rupiah;
  /** Monthly per-capita consumption before and after (`null` when not recorded). */
  readonly perCapitaBefore: number | null;
  readonly perCapitaAfter: number | null;
  /** Below the line before / after (`null` when not measured). */
  readonly poorBefore: boolean | null;
  readonly poorAfter: boolean | null;
  /** Alkire–Foster deprivation score before / after (`null` when skipped or dropped). */
  readonly mpiScoreBefore: number | null;
  readonly mpiScoreAfter: number | null;
}

/**
 * The result of {@link simulate} (or {@link mergeSimulations}).
 * @category Simulation
 */
export interface SimulationResult {
  /** The scenario's name. */
  readonly scenario: string;
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
