import { guarded } from "../message/error.js";
import type { Household } from "../household/household.js";
import { requireHouseholds } from "../household/requireHousehold.js";
import { finalize } from "./_finalize.js";
import { run } from "./_run.js";
import { select } from "./_select.js";
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
    const selection = select(list, resolved);
    const { state, households: outcomes } = run(list, resolved, selection);
    return finalize(state, outcomes, resolved.keepHouseholds);
  });
}
