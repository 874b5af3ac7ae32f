export { apportion } from "./apportion.js";
export { apportionBySeat } from "./apportionBySeat.js";
export type {
  Apportionment,
  ApportionmentMethod,
  ApportionmentStep,
  ApportionmentTie,
  ApportionOptions,
  DivisorMethod,
  ExactFraction,
  HamiltonMinimums,
  SeatBound,
  AllocationWeight,
} from "./types.js";
export { allocateBudget, type AllocateBudgetOptions, type BudgetAllocation, type BudgetShare } from "./allocateBudget.js";
export {
  fillByPriority,
  type FillByBudgetOptions,
  type FillByPriorityOptions,
  type FillByQuotaOptions,
  type FundedEntry,
  type PriorityCost,
  type PriorityEntry,
  type PriorityFill,
  type UnfundedEntry,
} from "./fillByPriority.js";
