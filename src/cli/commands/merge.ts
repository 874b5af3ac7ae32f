import { mergeSimulations } from "../../simulate/mergeSimulations.js";
import type { SimulationResult } from "../../simulate/result.js";
import { checkOutDir, cliError, readJsonFile, type CommandContext } from "../context.js";
import { printSimulation, simulationState } from "../simulation.js";
import { notATemporaryPart } from "../households.js";

/**
 * `merge`: the JSON results of `simulate` run on partitions of a file (by regency, on any job
 * runner) → the result of the whole, printed as `simulate` prints it. Each file must be a
 * simulation document of a version this release reads; the library's `mergeSimulations` checks
 * that the partitions share scenario, date and options and that no regency is split where a quota
 * needs it whole.
 * @internal
 */
export async function mergeCommand(context: CommandContext): Promise<number> {
  const files = context.args;
  if (files.length === 0) throw cliError(2, "cli.merge_nothing");
  checkOutDir(context);
  for (const file of files) notATemporaryPart(file);
  const partials = files.map((file) => ({ state: simulationState(file, readJsonFile(file)), keptHouseholds: false, households: [] }) as unknown as SimulationResult);
  await printSimulation(context, mergeSimulations(partials));
  return 0;
}
