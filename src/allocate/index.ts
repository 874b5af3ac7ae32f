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
  SeatBound,
  AllocationWeight,
} from "./types.js";
export { allocateBudget, type AllocateBudgetOptions, type BudgetAllocation, type BudgetShare } from "./allocateBudget.js";
