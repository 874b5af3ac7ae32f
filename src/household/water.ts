import type { Household } from "./household.js";
import type { WaterSource } from "./housing.js";
import { assessment, criterion, type CriteriaAssessment, type Criterion, type Tri } from "./tri.js";

/** Sources BPS counts as layak for drinking (and, for bottled/refill drinkers, for bathing). */
const IMPROVED: readonly WaterSource[] = ["piped", "bore-well-pump", "protected-well", "protected-spring", "rain"];
const PACKAGED: readonly WaterSource[] = ["bottled", "refill"];

/** The water-source criterion, shared with the livable-house assessment. @internal */
export function waterCriterion(household: Household): Criterion {
  const code = "household.water.source";
  const drinking = household.housing?.drinkingWater;
  if (drinking === undefined) return criterion(code, "unknown", "household.water.source.unknown");
  if (IMPROVED.includes(drinking)) return criterion(code, "yes", "household.water.source.improved", {}, drinking);
  if (!PACKAGED.includes(drinking)) return criterion(code, "no", "household.water.source.unimproved", {}, drinking);
  const bathing = household.housing?.bathingWater;
  if (bathing === undefined) return criterion(code, "unknown", "household.water.source.packaged_unknown", {}, drinking);
  const ok = IMPROVED.includes(bathing);
  const received = `${drinking}; bathing: ${bathing}`;
  return criterion(code, ok ? "yes" : "no", ok ? "household.water.source.packaged_improved" : "household.water.source.packaged_unimproved", {}, received);
}

/**
 * Whether a household has access to **air minum layak** (proper drinking water), by the BPS
 * definition used since 2019: the main drinking source is piped water (leding), a bore well or
 * pump, a protected well or spring, or rain. Households drinking bottled or refill water count
 * only if their bathing/washing water comes from one of those sources. Missing data gives
 * `"unknown"`, never `"no"`; `other` sources are not layak.
 * Source: BPS indicator "sumber air minum layak" (shared/domain.md §4).
 *
 * @param household - A parsed household.
 * @returns The verdict with its criterion and reason.
 * @example
 * assessDrinkingWater(aHousehold({ housing: { drinkingWater: "refill", bathingWater: "bore-well-pump" } })).holds
 * //=> "yes"
 * @category Households
 */
export function assessDrinkingWater(household: Household): CriteriaAssessment {
  const source = waterCriterion(household);
  const holds: Tri = source.holds;
  return assessment("household.water", holds, `household.water.summary.${holds}`, {}, [source]);
}
