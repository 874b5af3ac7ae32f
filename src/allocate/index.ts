/**
 * `tepat-sasaran/allocate`: dividing quotas and budgets. Apportionment of whole seats or quotas by
 * largest remainders or a divisor method (`apportion`, `apportionBySeat`), a budget split across
 * regions in exact Rupiah (`allocateBudget`), and funding a ranked list to a quota or a budget
 * (`fillByPriority`). Kept apart from the core entry so that a caseworker's page does not ship them.
 *
 * @packageDocumentation
 * @module tepat-sasaran/allocate
 */
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
