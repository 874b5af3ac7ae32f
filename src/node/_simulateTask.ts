import { TepatSasaranError } from "../message/error.js";
import { StreamedSimulation, type simulate } from "../simulate/simulate.js";
import { Column } from "../simulate/_select.js";
import type { SimulateOptions } from "../simulate/scenario.js";
import type { HouseholdPlace } from "./_batch.js";
import { toWire, type BatchTask } from "./_serve.js";

/** A worker's simulation: its state, or the error of its first household that fails (by line). @internal */
export type SimulateFinal = { readonly households: number; readonly regencies: readonly string[] } & (
  | { readonly state: SimulationStateLike | null }
  | { readonly error: unknown; readonly line: number }
);

/** The state of a worker's result, as it crosses threads (read back by `mergeSimulations`). @internal */
export type SimulationStateLike = ReturnType<typeof simulate>["state"];

/**
 * The worker side of a parallel simulation: simulate the accepted households of the regencies
 * routed here (whole regencies, in file order) as they come, keeping none of them, only each one's
 * line. On an error, find the first household it comes from (the shortest failing prefix), so that
 * the reading thread can report the error the one-thread run would have met first.
 * @internal
 */
export function simulateTask(options: SimulateOptions): BatchTask {
  const simulation = new StreamedSimulation({ ...options, households: false });
  const lines = new Column((n) => new Float64Array(n));
  const regencies = new Set<string>();
  return {
    household(household, place: HouseholdPlace) {
      simulation.add(household);
      lines.push(place.line);
      regencies.add(household.regency);
      return undefined;
    },
    finish() {
      const seen = { households: simulation.count, regencies: [...regencies] };
      if (simulation.count === 0) return { value: { ...seen, state: null } };
      const settled = simulation.settle();
      if ("result" in settled) return { value: { ...seen, state: settled.result.state } };
      if (!(settled.error instanceof TepatSasaranError)) throw settled.error;
      const value: SimulateFinal = { ...seen, error: toWire(settled.error), line: settled.index < 0 ? 0 : lines.at(settled.index) };
      return { value };
    },
    /** How many households kept here start before `line`. */
    query(payload: unknown) {
      const line = (payload as { before: number }).before;
      let count = 0;
      while (count < lines.length && lines.at(count) < line) count += 1;
      return count;
    },
  };
}
