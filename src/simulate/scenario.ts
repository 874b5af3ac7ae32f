import type { ApportionmentMethod, AllocationWeight } from "../allocate/types.js";
import type { Household } from "../household/household.js";
import type { AlkireFosterIndicator, MissingPolicy } from "../measure/alkireFosterTypes.js";
import type { HouseholdIndicatorId, HouseholdIndicatorOptions } from "../measure/householdIndicators.js";
import type { RupiahInput } from "../money/rupiah.js";
import type { HouseholdScoreComponent, MissingDataPolicy } from "../priority/_householdComponents.js";
import type { AssessmentInputs, Program } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterOverride } from "../time/parameterSet.js";
import type { IncomeGain, ProgramEffect } from "./assumptions.js";

/**
 * How households are ranked within a regency when a quota or budget is filled: the declared score of
 * `rankHouseholds` (ties: lower per-capita consumption, then household id). Default:
 * `{ score: [{ kind: "desil", weight: 1 }], missing: "lowest" }` — lower desil first, a household
 * without a desil last.
 * @example
 * import type { CoveragePriority } from "tepat-sasaran/simulate";
 *
 * const priority: CoveragePriority = { score: [{ kind: "desil", weight: 2 }, { kind: "elderly", weight: 1 }], missing: "lowest" };
 * @category Simulation
 */
export interface CoveragePriority {
  /** The score components. */
  readonly score: readonly HouseholdScoreComponent[];
  /** The missing-data policy (default `"lowest"`). */
  readonly missing?: MissingDataPolicy | undefined;
}

/**
 * A quota of beneficiary households, filled by priority within each regency. `quota` is either one
 * total, split across regencies with `apportion` (method default `hamilton`) by `weights` — declared
 * per regency code (e.g. poor people from the regency statistics) or, when omitted, the number of
 * eligible households found in the data — or a quota per regency code (regencies not listed get none).
 * @example
 * import type { QuotaCoverage } from "tepat-sasaran/simulate";
 *
 * const coverage: QuotaCoverage = { quota: 10_000, weights: { "64.01": 25_280, "64.02": 59_000 }, method: "webster" };
 * @category Simulation
 */
export interface QuotaCoverage {
  /** Total quota, or quota per regency code. */
  readonly quota: number | Readonly<Record<string, number>>;
  /** Weight per regency code for splitting a total; default: eligible households in the data (then partitions cannot be merged). */
  readonly weights?: Readonly<Record<string, AllocationWeight>> | undefined;
  /** Apportionment method for a total, by its id (default `"hamilton"`; `"D'Hondt"` is refused, naming `"jefferson"`). */
  readonly method?: ApportionmentMethod | undefined;
  /** Ranking within a regency. */
  readonly priority?: CoveragePriority | undefined;
}

/**
 * A budget filled by priority within each regency: each household costs its benefit for the year
 * (or its `inKindUnitCost`). `budget` is one total, split across regencies with `allocateBudget` by
 * `weights` (as for {@link QuotaCoverage}), or an amount per regency code. Households are funded in
 * rank order with `fillByPriority`: with `fill: "stop"` (default) until the next one does not fit (no
 * lower-priority household jumps the queue); with `"skip"` one that does not fit is passed over.
 * @example
 * import type { BudgetCoverage } from "tepat-sasaran/simulate";
 *
 * const coverage: BudgetCoverage = { budget: "50000000000", weights: { "64.01": 25_280, "64.02": 59_000 }, unit: 1_000 };
 * @category Simulation
 */
export interface BudgetCoverage {
  /** Total budget, or budget per regency code. */
  readonly budget: RupiahInput | Readonly<Record<string, RupiahInput>>;
  /** Weight per regency code for splitting a total; default: eligible households in the data. */
  readonly weights?: Readonly<Record<string, AllocationWeight>> | undefined;
  /** Unit of the regency budgets (default Rp 1). */
  readonly unit?: RupiahInput | undefined;
  /** Ranking within a regency. */
  readonly priority?: CoveragePriority | undefined;
  /** `"stop"` (default) or `"skip"`. */
  readonly fill?: "stop" | "skip" | undefined;
}

/**
 * Who among the eligible households receives a program: all of them, a quota, or a budget.
 * @example
 * import type { SimulationCoverage } from "tepat-sasaran/simulate";
 *
 * const all: SimulationCoverage = "all-eligible";
 * @category Simulation
 */
export type SimulationCoverage = "all-eligible" | QuotaCoverage | BudgetCoverage;

/**
 * One program of a scenario with its coverage and behavioural assumptions; anything omitted takes
 * the default of {@link defaultProgramAssumptions}.
 * @example
 * import type { ScenarioProgram } from "tepat-sasaran/simulate";
 *
 * const pena: ScenarioProgram = { program: "pena", incomeGain: { monthly: 400_000 }, successRate: 0.8 };
 * @category Simulation
 */
export interface ScenarioProgram {
  /** A catalogue id (`"pkh"`) or a Program object (catalogue or an app's own). */
  readonly program: Program | string;
  /** Coverage (default `"all-eligible"`). */
  readonly coverage?: SimulationCoverage | undefined;
  /** How the program acts on consumption. */
  readonly effect?: ProgramEffect | undefined;
  /** Share of the transfer or income gain that adds to consumption, 0–1 (default 1 for cash and food). */
  readonly consumptionShare?: number | undefined;
  /** For `income`: a fixed monthly gain per household, or a monthly return on the grant (default {@link businessReturnPerMonth}). */
  readonly incomeGain?: IncomeGain<RupiahInput> | undefined;
  /** For `income`: share of grantees whose business yields the gain (default 1). Without a seed every grantee gets the expected gain. */
  readonly successRate?: number | undefined;
  /** Indicators whose deprivation the program removes. */
  readonly removes?: readonly HouseholdIndicatorId[] | undefined;
  /** Cost per beneficiary household of an in-kind benefit (which has no Rupiah amount in its schedule). */
  readonly inKindUnitCost?: RupiahInput | undefined;
  /** `currentAid` ids meaning the household already receives the program. */
  readonly currentAidIds?: readonly string[] | undefined;
}

/**
 * A package of programs to simulate.
 *
 * @example
 * import type { SimulationScenario } from "tepat-sasaran/simulate";
 *
 * const combined: SimulationScenario = {
 *   name: "three approaches",
 *   programs: ["pkh", "sembako", "pbi_jkn", "pip", "pena", "kube", "rutilahu", "air_sanitasi"],
 *   inputs: { exitCommitment: true },
 *   parameters: { "sembako.amount_per_month": [{ from: "2020-01-01", value: "250000", source: "office proposal" }] },
 * };
 * @category Simulation
 */
export interface SimulationScenario {
  /** A name for tables and comparisons. */
  readonly name: string;
  /** The programs: catalogue ids, Program objects, or {@link ScenarioProgram}s. An empty list changes nothing. */
  readonly programs: readonly (Program | string | ScenarioProgram)[];
  /** Parameter overrides by id (see `overrideParameters`). */
  readonly parameters?: Readonly<Record<string, ParameterOverride>> | undefined;
  /** Inputs not in the household record (exit commitment, consents, grant date, KUBE group size), shared or per household. */
  readonly inputs?: AssessmentInputs | ((household: Household) => AssessmentInputs) | undefined;
}

/**
 * Options of the Alkire–Foster part of a simulation.
 * @example
 * import type { SimulationMpiOptions } from "tepat-sasaran/simulate";
 *
 * const mpi: SimulationMpiOptions = { k: 1 / 3, missing: "reweight" };
 * @category Simulation
 */
export interface SimulationMpiOptions {
  /** Poverty cutoff k (default 1/3, as the global MPI). */
  readonly k?: number | undefined;
  /** Missing-value policy (default `"error"`, as alkireFoster). */
  readonly missing?: MissingPolicy | undefined;
  /** Indicators (default `householdIndicatorSet()`), ids from the household set. */
  readonly indicators?: readonly AlkireFosterIndicator[] | undefined;
  /** Thresholds of the household set. */
  readonly thresholds?: Omit<HouseholdIndicatorOptions, "asOf"> | undefined;
}

/**
 * What the targeting report compares against: the "truly poor" flag of a household, given its
 * per-capita consumption before the scenario and its line (`null` when unknown). Return `undefined`
 * to leave the household out of the targeting report.
 * @example
 * import type { TrulyPoorFlag } from "tepat-sasaran/simulate";
 *
 * const desil1: TrulyPoorFlag = (household) => (household.desil === undefined ? undefined : household.desil.value === 1);
 * @category Simulation
 */
export type TrulyPoorFlag = (
  household: Household,
  facts: { readonly perCapitaConsumption: number | null; readonly line: number | null },
) => boolean | undefined;

/**
 * Options of {@link simulate}.
 * @example
 * import type { SimulateOptions } from "tepat-sasaran/simulate";
 *
 * const options: SimulateOptions = { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh", "sembako"] }, povertyLines: { "64.03": 731_250 }, fallbackLine: 833_955 };
 * @category Simulation
 */
export interface SimulateOptions {
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** The scenario. */
  readonly scenario: SimulationScenario;
  /** Poverty line (Rp per capita per month) per regency code; a regency in the data without one is an error unless `fallbackLine` or `missingLine: "exclude"`. */
  readonly povertyLines: Readonly<Record<string, RupiahInput>>;
  /** A line for regencies missing from `povertyLines`, e.g. the province line (Kaltim 2024-03: Rp 833,955); its use is reported. */
  readonly fallbackLine?: RupiahInput | undefined;
  /** A regency without a line: `"error"` (default) or `"exclude"` its households from the poverty measures (reported). */
  readonly missingLine?: "error" | "exclude" | undefined;
  /** A household without consumption: `"error"` (default) or `"exclude"` it from the poverty measures (reported). */
  readonly missingConsumption?: "error" | "exclude" | undefined;
  /** Whether recorded consumption already includes the aid in `currentAid` (default `"in-consumption"`: a program already received adds nothing). */
  readonly currentAid?: "in-consumption" | "not-in-consumption" | undefined;
  /** Alkire–Foster options, or `false` to skip the MPI. */
  readonly mpi?: SimulationMpiOptions | false | undefined;
  /** The "truly poor" flag of the targeting report (default: per-capita consumption below the line). */
  readonly trulyPoor?: TrulyPoorFlag | undefined;
  /** Seed for random draws (business success); without it the simulation uses expected values. */
  readonly seed?: number | undefined;
  /** Keep one outcome per household (default `true`; needed by compareScenarios). */
  readonly households?: boolean | undefined;
  /** Display names of regency codes (default: the Kaltim names, else the code). */
  readonly regionNames?: Readonly<Record<string, string>> | undefined;
}
