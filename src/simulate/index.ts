export { simulate } from "./simulate.js";
export { mergeSimulations } from "./mergeSimulations.js";
export {
  compareScenarios,
  type ComparisonCell,
  type ComparisonRegion,
  type ScenarioComparison,
  type SupportChange,
  type SupportChanges,
} from "./compareScenarios.js";
export {
  businessReturnPerMonth,
  defaultProgramAssumptions,
  type ProgramAssumptions,
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
  HouseholdCount,
  HouseholdOutcome,
  MpiFigures,
  PovertyFigures,
  ProgramOutcome,
  ProgramRegionOutcome,
  RegionOutcome,
  SelectionOutcome,
  SimulationResult,
  SimulationWarning,
  TargetingCell,
  TargetingReport,
} from "./result.js";
export type {
  CompensatedSum,
  MpiTallyState,
  ProgramMeta,
  ProgramRegencyState,
  RegencyState,
  SelectionState,
  SimulationState,
  TargetingCounts,
} from "./state.js";
