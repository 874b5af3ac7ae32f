import { guarded } from "../message/error.js";
import { finalize } from "./_finalize.js";
import { mergeStates } from "./_merge.js";
import { readResults } from "./_readResults.js";
import type { SimulationResult } from "./result.js";

/**
 * Combine the results of one scenario simulated on partitions of the households (files, worker
 * threads, regencies) into the result of the whole: counts add as integers, costs as exact Rupiah,
 * FGT and Alkire–Foster sums are merged accumulators, and every figure is recomputed from the merged
 * state — the same as one pass over all households (floating-point indices to rounding). Household
 * outcomes are concatenated in the order of the partials.
 *
 * Each partial is read as data: its state is checked (whole counts, finite sums, decimal amounts,
 * one entry per program in every regency) and every figure is recomputed from it, so a result edited
 * after the fact or read back from JSON cannot bring numbers its state does not support
 * (`simulate.result_invalid`, every problem with its path). The partials must share scenario, date and options. A quota or budget split by the eligible
 * households found in the data cannot be merged (declare `weights` or per-regency amounts), and a
 * quota or budget filled per regency needs each regency whole in one partition. The same partition
 * given twice (the same households of a regency, by their digest; also inside an earlier merge) is
 * refused, as it would count those households twice; a partial overlap is not detected.
 *
 * @param partials - Results of {@link simulate} on disjoint partitions (or earlier merges).
 * @returns The merged result.
 * @throws TepatSasaranError `simulate.result_invalid`, `simulate.merge_empty`, `simulate.merge_mismatch`,
 *   `simulate.merge_not_partition_safe`, `simulate.merge_regency_split`, `simulate.merge_duplicate`.
 * @example
 * import { mergeSimulations, simulate } from "tepat-sasaran/simulate";
 *
 * const north = simulate(northHouseholds, options);
 * const south = simulate(southHouseholds, options);
 * mergeSimulations([north, south]).total.after?.p0 // = simulate([...north, ...south], options).total.after?.p0
 * @category Simulation
 */
export function mergeSimulations(partials: readonly SimulationResult[]): SimulationResult {
  return guarded("mergeSimulations", () => {
    const read = readResults(partials, "mergeSimulations");
    const state = mergeStates(read.map((p) => p.state));
    const kept = read.every((p) => p.kept);
    return finalize(state, kept ? read.flatMap((p) => p.households) : [], kept);
  });
}
