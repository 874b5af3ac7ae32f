import type { MissingPolicy } from "../measure/alkireFosterTypes.js";
import type { PovertyAccumulatorState } from "../measure/povertyAccumulator.js";
import type { Text } from "../message/message.js";
import type { Approach } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ProgramAssumptions } from "./assumptions.js";
import type { SimulationWarning } from "./result.js";

/**
 * A compensated sum as `[sum, compensation]` (Neumaier), JSON-safe.
 * @example
 * import type { CompensatedSum } from "tepat-sasaran/simulate";
 *
 * const sum: CompensatedSum = [1, 1e-17]; // 1 + 1e-17, which a single double cannot hold
 * @category Simulation
 */
export type CompensatedSum = readonly [number, number];

/**
 * Alkire–Foster sums of a regency: household count, persons, poor persons, Σ persons × censored score,
 * and the missing-value counts. M0, H and A follow from them, and they add up across partitions.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.regencies[1].mpiBefore.households //=> 3
 * @category Simulation
 */
export interface MpiTallyState {
  /** Households measured (not dropped). */
  readonly households: number;
  /** Σ persons. */
  readonly population: CompensatedSum;
  /** Σ persons of the poor. */
  readonly poor: CompensatedSum;
  /** Σ persons × censored score. */
  readonly censored: CompensatedSum;
  /** Missing values. */
  readonly valuesMissing: number;
  /** Households with a missing value. */
  readonly unitsWithMissing: number;
  /** Households dropped. */
  readonly unitsDropped: number;
  /** Households reweighted. */
  readonly unitsReweighted: number;
}

/**
 * One program in one regency: counts and the exact cost, total and by payment period (decimal strings).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.regencies[1].programs[0].cost //=> "8700000"
 * @category Simulation
 */
export interface ProgramRegencyState {
  /** Eligible households. */
  readonly eligible: number;
  /** Beneficiary households. */
  readonly beneficiaries: number;
  /** Persons in them. */
  readonly persons: number;
  /** Beneficiaries already receiving the program. */
  readonly continuing: number;
  /** Exact cost, a decimal string. */
  readonly cost: string;
  /** Exact cost by payment period label. */
  readonly periods: Readonly<Record<string, string>>;
  /** Beneficiaries whose benefit was in kind. */
  readonly inKind: number;
}

/**
 * Targeting counts of a regency, keyed `program|desil` (`*` = any program; desil `1`…`10` or
 * `unknown`), each 8 integers: households and persons that are poor & reached, poor & not reached,
 * not poor & reached, not poor & not reached.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.regencies[1].targeting["*|1"] //=> [2, 6, 0, 0, 0, 0, 0, 0]
 * @category Simulation
 */
export type TargetingCounts = Readonly<Record<string, readonly number[]>>;

/**
 * The mergeable aggregates of one regency.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.regencies.map((r) => r.code) //=> ["64.01", "64.02", "64.03", …]
 * @category Simulation
 */
export interface RegencyState {
  /** Regency code. */
  readonly code: string;
  /** The line used, a decimal string, and where it came from; `null` when excluded for want of one. */
  readonly line: string | null;
  /** Where the line came from. */
  readonly lineSource: "given" | "fallback" | null;
  /** Households in the data. */
  readonly households: number;
  /** Persons in the data. */
  readonly persons: number;
  /**
   * A digest of the ids of the households in the data (16 hexadecimal digits; the same households
   * give the same digest whatever their order, and the digest of a merge is the sum of its parts'),
   * by which {@link mergeSimulations} refuses the same partition given twice.
   */
  readonly digest: string;
  /** Households in the poverty measures. */
  readonly measuredHouseholds: number;
  /** Persons in the poverty measures. */
  readonly measuredPersons: number;
  /** Households excluded for want of a line. */
  readonly excludedNoLine: number;
  /** Households excluded for want of consumption. */
  readonly excludedNoConsumption: number;
  /** FGT sums before (`null` when nothing was measured). */
  readonly fgtBefore: PovertyAccumulatorState | null;
  /** FGT sums after. */
  readonly fgtAfter: PovertyAccumulatorState | null;
  /** Alkire–Foster sums before. */
  readonly mpiBefore: MpiTallyState;
  /** Alkire–Foster sums after. */
  readonly mpiAfter: MpiTallyState;
  /** Households and persons reached by any program. */
  readonly reached: readonly [number, number];
  /** Households and persons lifted above the line. */
  readonly lifted: readonly [number, number];
  /** One per program, in scenario order. */
  readonly programs: readonly ProgramRegencyState[];
  /** Targeting counts. */
  readonly targeting: TargetingCounts;
}

/**
 * What a simulation knows about each program of its scenario.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.programs[0].coverage //=> "all-eligible"
 * @category Simulation
 */
export interface ProgramMeta {
  /** Program id. */
  readonly id: string;
  /** Display name. */
  readonly name: Text;
  /** Approach. */
  readonly approach: Approach;
  /** Coverage kind. */
  readonly coverage: "all-eligible" | "quota" | "budget";
  /** Behavioural assumptions used. */
  readonly assumptions: ProgramAssumptions;
  /** The in-kind unit cost, when given. */
  readonly inKindUnitCost: string | null;
  /** Mentoring months seen on grant schedules (for the timing note), or `null`. */
  readonly mentoringMonths: number | null;
}

/**
 * Quota or budget filling of one program in one regency (JSON-safe).
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.selection[1].spent //=> "2400000"
 * @category Simulation
 */
export interface SelectionState {
  /** Program id. */
  readonly program: string;
  /** Regency code. */
  readonly regency: string;
  /** Quota or budget. */
  readonly kind: "quota" | "budget";
  /** The regency's quota, or `null` for a budget. */
  readonly quota: number | null;
  /** The regency's budget (decimal string), or `null` for a quota. */
  readonly budget: string | null;
  /** Eligible households. */
  readonly eligible: number;
  /** Households the ranking left out. */
  readonly unranked: number;
  /** Households selected. */
  readonly selected: number;
  /** Cost of the selected (decimal string). */
  readonly spent: string;
  /** Whether the split across regencies used the data's eligible counts. */
  readonly dataWeighted: boolean;
  /** What was funded and why the next household was not (from fillByPriority). */
  readonly summary: Text;
}

/**
 * The Alkire–Foster settings of a simulation.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).state.mpi //=> { k: 1 / 3, missing: "reweight" }
 * @category Simulation
 */
export interface MpiSettings {
  /** Poverty cutoff k. */
  readonly k: number;
  /** Missing-value policy. */
  readonly missing: MissingPolicy;
}

/**
 * Everything a simulation result is computed from, JSON-safe and mergeable: counts are integers,
 * costs exact decimal strings, FGT sums {@link PovertyAccumulatorState}s, Alkire–Foster sums
 * compensated. {@link mergeSimulations} adds the states of partitions and recomputes every figure.
 * @example
 * import { simulate, type SimulationState } from "tepat-sasaran/simulate";
 *
 * const state: SimulationState = JSON.parse(JSON.stringify(simulate(households, options).state)); // send from a worker, then mergeSimulations
 * @category Simulation
 */
export interface SimulationState {
  /** Scenario name. */
  readonly scenario: string;
  /** Assessment date. */
  readonly asOf: IsoDate;
  /** The options that must agree for results to be merged, as text. */
  readonly config: string;
  /** The scenario's programs, in order. */
  readonly programs: readonly ProgramMeta[];
  /** The Alkire–Foster cutoff and missing policy, or `null` when skipped. */
  readonly mpi: MpiSettings | null;
  /** By regency code, ascending. */
  readonly regencies: readonly RegencyState[];
  /** Quota/budget filling per program and regency. */
  readonly selection: readonly SelectionState[];
  /**
   * Warnings raised while the state was made: a parameter set every year read in a year it has no
   * value for (`simulate.warn.renewal_due`), then those of filling quotas and budgets. The others
   * are derived from the state.
   */
  readonly warnings: readonly SimulationWarning[];
  /** Display names by regency code. */
  readonly names: Readonly<Record<string, string>>;
}
