import type { MissingPolicy } from "../measure/alkireFosterTypes.js";
import type { PovertyAccumulatorState } from "../measure/povertyAccumulator.js";
import type { Text } from "../message/message.js";
import type { Approach } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ProgramAssumptions } from "./assumptions.js";
import type { SimulationWarning } from "./result.js";

/**
 * A compensated sum as `[sum, compensation]` (Neumaier), JSON-safe.
 * @category Simulation
 */
export type CompensatedSum = readonly [number, number];

/**
 * Alkire–Foster sums of a regency: household count, persons, poor persons, Σ persons × censored score,
 * and the missing-value counts. M0, H and A follow from them, and they add up across partitions.
 * @category Simulation
 */
export interface MpiTallyState {
  readonly households: number;
  readonly population: CompensatedSum;
  readonly poor: CompensatedSum;
  readonly censored: CompensatedSum;
  readonly valuesMissing: number;
  readonly unitsWithMissing: number;
  readonly unitsDropped: number;
  readonly unitsReweighted: number;
}

/**
 * One program in one regency: counts and the exact cost, total and by payment period (decimal strings).
 * @category Simulation
 */
export interface ProgramRegencyState {
  readonly eligible: number;
  readonly beneficiaries: number;
  readonly persons: number;
  readonly continuing: number;
  readonly cost: string;
  readonly periods: Readonly<Record<string, string>>;
  /** Beneficiaries whose benefit was in kind. */
  readonly inKind: number;
}

/**
 * Targeting counts of a regency, keyed `program|desil` (`*` = any program; desil `1`…`10` or
 * `unknown`), each 8 integers: households and persons that are poor & reached, poor & not reached,
 * not poor & reached, not poor & not reached.
 * @category Simulation
 */
export type TargetingCounts = Readonly<Record<string, readonly number[]>>;

/**
 * The mergeable aggregates of one regency.
 * @category Simulation
 */
export interface RegencyState {
  readonly code: string;
  /** The line used, a decimal string, and where it came from; `null` when excluded for want of one. */
  readonly line: string | null;
  readonly lineSource: "given" | "fallback" | null;
  readonly households: number;
  readonly persons: number;
  readonly measuredHouseholds: number;
  readonly measuredPersons: number;
  readonly excludedNoLine: number;
  readonly excludedNoConsumption: number;
  readonly fgtBefore: PovertyAccumulatorState | null;
  readonly fgtAfter: PovertyAccumulatorState | null;
  readonly mpiBefore: MpiTallyState;
  readonly mpiAfter: MpiTallyState;
  readonly reached: readonly [number, number];
  readonly lifted: readonly [number, number];
  /** One per program, in scenario order. */
  readonly programs: readonly ProgramRegencyState[];
  readonly targeting: TargetingCounts;
}

/**
 * What a simulation knows about each program of its scenario.
 * @category Simulation
 */
export interface ProgramMeta {
  readonly id: string;
  readonly name: Text;
  readonly approach: Approach;
  readonly coverage: "all-eligible" | "quota" | "budget";
  readonly assumptions: ProgramAssumptions;
  /** The in-kind unit cost, when given. */
  readonly inKindUnitCost: string | null;
  /** Mentoring months seen on grant schedules (for the timing note), or `null`. */
  readonly mentoringMonths: number | null;
}

/**
 * Quota or budget filling of one program in one regency (JSON-safe).
 * @category Simulation
 */
export interface SelectionState {
  readonly program: string;
  readonly regency: string;
  readonly kind: "quota" | "budget";
  readonly quota: number | null;
  readonly budget: string | null;
  readonly eligible: number;
  readonly unranked: number;
  readonly selected: number;
  readonly spent: string;
  readonly dataWeighted: boolean;
}

/**
 * Everything a simulation result is computed from, JSON-safe and mergeable: counts are integers,
 * costs exact decimal strings, FGT sums {@link PovertyAccumulatorState}s, Alkire–Foster sums
 * compensated. {@link mergeSimulations} adds the states of partitions and recomputes every figure.
 * @category Simulation
 */
export interface SimulationState {
  readonly scenario: string;
  readonly asOf: IsoDate;
  /** The options that must agree for results to be merged, as text. */
  readonly config: string;
  readonly programs: readonly ProgramMeta[];
  readonly mpi: { readonly k: number; readonly missing: MissingPolicy } | null;
  /** By regency code, ascending. */
  readonly regencies: readonly RegencyState[];
  readonly selection: readonly SelectionState[];
  /** Warnings raised while filling quotas and budgets (the others are derived from the state). */
  readonly warnings: readonly SimulationWarning[];
  /** Display names by regency code. */
  readonly names: Readonly<Record<string, string>>;
}
