import { finalize } from "./_finalize.js";
import { mergeStates } from "./_merge.js";
import type { SimulationResult } from "./result.js";

/**
 * Combine the results of one scenario simulated on partitions of the households (files, worker
 * threads, regencies) into the result of the whole: counts add as integers, costs as exact Rupiah,
 * FGT and Alkire–Foster sums are merged accumulators, and every figure is recomputed from the merged
 * state — the same as one pass over all households (floating-point indices to rounding). Household
 * outcomes are concatenated in the order of the partials.
 *
 * The partials must share scenario, date and options. A quota or budget split by the eligible
 * households found in the data cannot be merged (declare `weights` or per-regency amounts), and a
 * quota or budget filled per regency needs each regency whole in one partition.
 *
 * @param partials - Results of {@link simulate} on disjoint partitions (or earlier merges).
 * @returns The merged result.
 * @throws TepatSasaranError `simulate.merge_empty`, `simulate.merge_mismatch`,
 *   `simulate.merge_not_partition_safe`, `simulate.merge_regency_split`.
 * @example
 * const north = simulate(northHouseholds, options);
 * const south = simulate(southHouseholds, options);
 * mergeSimulations([north, south]).total.after?.p0 // = simulate([...north, ...south], options).total.after?.p0
 * @category Simulation
 */
export function mergeSimulations(partials: readonly SimulationResult[]): SimulationResult {
  const state = mergeStates(partials.map((p) => p.state));
  const kept = partials.every((p) => p.keptHouseholds);
  return finalize(state, kept ? partials.flatMap((p) => p.households) : [], kept);
}
