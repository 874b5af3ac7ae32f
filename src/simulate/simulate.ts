import { guarded } from "../message/error.js";
import type { Household } from "../household/household.js";
import { requireHousehold, requireHouseholds } from "../household/requireHousehold.js";
import { finalize } from "./_finalize.js";
import { SimulationAccumulator } from "./_run.js";
import { setup } from "./_setup.js";
import type { SimulationResult } from "./result.js";
import type { SimulateOptions } from "./scenario.js";

/**
 * Simulate what a package of programs does to poverty, per regency and in total, what it costs, and
 * how well it targets.
 *
 * **How.** Every household is assessed for the scenario's programs on `asOf` (catalogue or custom
 * programs, with the scenario's parameter overrides). A program reaches its eligible households
 * (`"all-eligible"`), or a quota or budget per regency filled by priority (a total split across
 * regencies with `apportion` / `allocateBudget`, households ranked with `rankHouseholds`). Then:
 * - **Consumption.** Monthly per-capita consumption is the household total ÷ members. A `transfer`
 *   adds (yearly amount × share) / 12 / members (share 1 for cash and food by default); an `income`
 *   program (a business grant) adds its monthly income gain after mentoring × share / members; the
 *   grant itself is not consumption. By default recorded consumption already includes the aid listed
 *   in `currentAid`, so a program the household already receives is costed but adds nothing.
 * - **Poverty.** P0, P1, P2 before and after, on per-capita consumption against the regency line,
 *   weighted by household size (persons). A regency without a line is an error (or uses `fallbackLine`,
 *   or is excluded with `missingLine: "exclude"`) — never a zero line.
 * - **Multidimensional poverty.** Alkire–Foster H, A, M0 on the household indicator set, before and
 *   after removing the deprivations the settlement programs (and PBI-JKN) remove.
 * - **Cost.** Exact Rupiah per program (by payment period: tahap, month, year, grant date) and per
 *   regency; cost per percentage point of P0 and of P1 reduced, undefined with a reason when the
 *   index did not fall; households lifted above the line.
 * - **Targeting.** Coverage, inclusion error (leakage) and exclusion error (undercoverage) against a
 *   "truly poor" flag (default: consumption below the line), by regency and by desil, in households
 *   and persons; a cell of fewer than 30 households adds a warning.
 *
 * Memory: every program is assessed once per household in one pass; beyond the list given, only a
 * compact record per household is kept (for a quota or budget, until it is filled), and the household
 * outcomes unless `households: false`. To simulate a file in bounded memory, read it with
 * `simulateHouseholdsParallel` (`tepat-sasaran/node`) or the CLI, which keep no household.
 *
 * Deterministic: the same input gives the same result; random draws (business success below 100%)
 * happen only with a `seed`, keyed by household id so partitions draw the same. Aggregates are
 * mergeable: simulate partitions separately and combine them with {@link mergeSimulations}.
 *
 * @param households - Parsed households.
 * @param options - Date, scenario, poverty lines and policies.
 * @returns Before/after figures per regency and in total, programs, targeting, warnings, households.
 * @throws TepatSasaranError for a missing line or consumption (by policy), unknown programs or
 *   indicators, invalid assumptions or coverage, and missing MPI data under `mpi.missing: "error"`.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * const result = simulate(households, {
 *   asOf: "2025-07-01",
 *   scenario: { name: "expenditure", programs: ["pkh", "sembako", "pbi_jkn", "pip"] },
 *   povertyLines: { "64.03": 731_250, "64.11": 792_742 },
 *   fallbackLine: knownValue(kaltim.province["2024-03"].povertyLine), // Rp 833,955, reported as a fallback
 *   mpi: { missing: "reweight" },
 * });
 * result.total.before?.p0; result.total.after?.p0; result.total.cost.toString();
 * result.total.costPerP0Point.value?.toString() ?? result.total.costPerP0Point.reason?.en;
 * @category Simulation
 */
export function simulate(households: readonly Household[], options: SimulateOptions): SimulationResult {
  return guarded("simulate", () => {
    const resolved = setup(options);
    // Every household is checked once here; the assessments inside trust the list.
    const list = Array.isArray(households) ? requireHouseholds(households, "simulate") : households;
    const pass = new SimulationAccumulator(resolved);
    for (let i = 0; i < list.length; i++) pass.add(list[i] as Household);
    const { state, households: outcomes } = pass.finish();
    return finalize(state, outcomes, resolved.keepHouseholds);
  });
}

/**
 * A simulation fed one household at a time (read from a stream), that keeps no household: the
 * result is the one `simulate` gives on the list of the households added, in their order, and an
 * error is the one it would throw, raised by `result` (so that a reader can finish its counts first).
 * @internal
 */
export class StreamedSimulation {
  #pass: SimulationAccumulator | undefined;
  #keep = false;
  #error: { readonly error: unknown; readonly index: number } | undefined;
  #count = 0;

  constructor(options: SimulateOptions) {
    try {
      const resolved = guarded("simulate", () => setup(options));
      this.#keep = resolved.keepHouseholds;
      this.#pass = new SimulationAccumulator(resolved);
    } catch (error) {
      this.#error = { error, index: -1 };
    }
  }

  /** Households added. */
  get count(): number {
    return this.#count;
  }

  /** Add the next household (after an error, only counted). */
  add(household: Household): void {
    const index = this.#count++;
    if (this.#error !== undefined) return;
    try {
      guarded("simulate", () => (this.#pass as SimulationAccumulator).add(requireHousehold(household, "simulate", index)));
    } catch (error) {
      this.#error = { error, index };
    }
  }

  /** The result, or the error `simulate` would throw. */
  result(): SimulationResult {
    this.#fail();
    const { state, households } = guarded("simulate", () => (this.#pass as SimulationAccumulator).finish());
    return finalize(state, households, this.#keep);
  }

  /** The result or the error, with the index of the household the error comes from (-1: none). */
  settle(): { readonly result: SimulationResult } | { readonly error: unknown; readonly index: number } {
    try {
      return { result: this.result() };
    } catch (error) {
      if (this.#error !== undefined) return this.#error;
      const pass = this.#pass as SimulationAccumulator;
      const code = (error as { code?: unknown }).code;
      // The shortest prefix that fails alike (the selection of a prefix is made from what is kept).
      if (typeof code !== "string" || pass.prefixFails(0, code)) return { error, index: -1 };
      let low = 0;
      let high = pass.count;
      while (high - low > 1) {
        const mid = (low + high) >> 1;
        if (pass.prefixFails(mid, code)) high = mid;
        else low = mid;
      }
      return { error, index: high - 1 };
    }
  }

  #fail(): void {
    if (this.#error !== undefined) throw this.#error.error;
  }
}
