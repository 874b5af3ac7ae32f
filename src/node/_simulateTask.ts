import type { Household } from "../household/household.js";
import { TepatSasaranError } from "../message/error.js";
import { simulate } from "../simulate/simulate.js";
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
 * The worker side of a parallel simulation: keep the accepted households of the regencies routed
 * here (whole regencies, in file order), and simulate them at the end. On an error, find the first
 * household it comes from (the shortest failing prefix), so that the reading thread can report the
 * error the one-thread run would have met first.
 * @internal
 */
export function simulateTask(options: SimulateOptions): BatchTask {
  const households: Household[] = [];
  const lines: number[] = [];
  const run = (list: readonly Household[]) => simulate(list, { ...options, households: false });
  return {
    household(household: Household, place: HouseholdPlace) {
      households.push(household);
      lines.push(place.line);
      return undefined;
    },
    finish() {
      const seen = { households: households.length, regencies: [...new Set(households.map((h) => h.regency as string))] };
      if (households.length === 0) return { value: { ...seen, state: null } };
      try {
        return { value: { ...seen, state: run(households).state } };
      } catch (error) {
        if (!(error instanceof TepatSasaranError)) throw error;
        const first = firstFailing(households, error.code, run);
        const household = households[first];
        const value: SimulateFinal = { ...seen, error: toWire(error), line: household === undefined ? 0 : (lines[first] as number) };
        return { value };
      }
    },
    /** How many households kept here start before `line`. */
    query(payload: unknown) {
      const line = (payload as { before: number }).before;
      let count = 0;
      while (count < lines.length && (lines[count] as number) < line) count += 1;
      return count;
    },
  };
}

/** The index of the household at which simulating a prefix first fails with `code` (-1: before any). */
function firstFailing(households: readonly Household[], code: string, run: (list: readonly Household[]) => unknown): number {
  const fails = (n: number): boolean => {
    try {
      run(households.slice(0, n));
      return false;
    } catch (error) {
      return error instanceof TepatSasaranError && error.code === code;
    }
  };
  if (fails(0)) return -1;
  let low = 0;
  let high = households.length;
  // Invariant: the prefix of `low` passes, the prefix of `high` fails.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (fails(mid)) high = mid;
    else low = mid;
  }
  return high - 1;
}
