/**
 * `tepat-sasaran/simulate`: what a scenario of programs would do to poverty, coverage and targeting.
 * `simulate` runs one scenario over a population, `mergeSimulations` joins runs over parts of it, and
 * `compareScenarios` sets scenarios side by side; the income assumptions are stated and overridable.
 * Kept apart from the core entry so that a caseworker's page does not ship them.
 *
 * @packageDocumentation
 * @module tepat-sasaran/simulate
 */
export { simulate } from "./simulate.js";
export { mergeSimulations } from "./mergeSimulations.js";
export {
  compareScenarios,
  type ComparisonBefore,
  type ComparisonCell,
  type ComparisonRegion,
  type ScenarioComparison,
  type SupportChange,
  type SupportChanges,
} from "./compareScenarios.js";
export {
  businessReturnPerMonth,
  defaultProgramAssumptions,
  type FixedIncomeGain,
  type IncomeGain,
  type ProgramAssumptions,
  type ReturnOnGrant,
  type ProgramEffect,
} from "./assumptions.js";
export type {
  BudgetCoverage,
  CoveragePriority,
  QuotaCoverage,
  ScenarioProgram,
  SimulateOptions,
  SimulationCoverage,
  SimulationMpiOptions,
  SimulationScenario,
  TrulyPoorFlag,
} from "./scenario.js";
export type {
  CostPerPoint,
  CostPerPointUndefined,
  CostPerPointValue,
  Exclusions,
  HouseholdCount,
  HouseholdOutcome,
  LineUsed,
  MpiFigures,
  MpiMissingCounts,
  PeriodCost,
  PovertyFigures,
  ProgramOutcome,
  ProgramRegionOutcome,
  RegionOutcome,
  SelectionOutcome,
  SimulationResult,
  SimulationWarning,
  TargetingCell,
  TargetingReport,
  TargetingShare,
} from "./result.js";
export type {
  CompensatedSum,
  MpiSettings,
  MpiTallyState,
  ProgramMeta,
  ProgramRegencyState,
  RegencyState,
  SelectionState,
  SimulationState,
  TargetingCounts,
} from "./state.js";
