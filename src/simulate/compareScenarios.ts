import { failure, guarded } from "../message/error.js";
import { finalize } from "./_finalize.js";
import { readResults } from "./_readResults.js";
import type { Rupiah } from "../money/rupiah.js";
import { simulateMessages } from "./messages.js";
import type { CostPerPoint, HouseholdOutcome, RegionOutcome, SimulationResult } from "./result.js";

/**
 * One scenario's figures in one region of a comparison.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * compareScenarios([statusQuo, proposal]).regions[0].scenarios[1].p0VsBaseline //=> -6.578… (points)
 * @category Simulation
 */
export interface ComparisonCell {
  /** Scenario name. */
  readonly scenario: string;
  /** P0 after the scenario (`null` when not measured). */
  readonly p0: number | null;
  /** P1 after. */
  readonly p1: number | null;
  /** P2 after. */
  readonly p2: number | null;
  /** Alkire–Foster H after. */
  readonly headcount: number | null;
  /** Alkire–Foster M0 after. */
  readonly m0: number | null;
  /** P0 after minus the baseline's P0 after, in percentage points (negative = fewer poor). */
  readonly p0VsBaseline: number | null;
  /** M0 after minus the baseline's, in points × 100. */
  readonly m0VsBaseline: number | null;
  /** Cost for the year. */
  readonly cost: Rupiah;
  /** Households reached by any program. */
  readonly reached: number;
  /** Households lifted above the line. */
  readonly lifted: number;
  /** Cost per percentage point of P0 reduced. */
  readonly costPerP0Point: CostPerPoint;
  /** Cost per point of P1 reduced. */
  readonly costPerP1Point: CostPerPoint;
}

/**
 * One region of a comparison: the figures before any scenario and each scenario's.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * compareScenarios([statusQuo, proposal]).regions.map((r) => r.name) //=> ["Total", "Paser", …]
 * @category Simulation
 */
export interface ComparisonRegion {
  /** Regency code, or `"total"`. */
  readonly region: string;
  /** Display name. */
  readonly name: string;
  /** P0, P1, P2 and M0 before (from the baseline result). */
  readonly before: ComparisonBefore;
  /** The baseline first, then each alternative. */
  readonly scenarios: readonly ComparisonCell[];
}

/**
 * The figures before any scenario, in a comparison.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * compareScenarios([statusQuo, proposal]).regions[0].before //=> { p0: 0.4210…, p1: 0.09375, p2: 0.0309…, m0: 0.1613… }
 * @category Simulation
 */
export interface ComparisonBefore {
  /** P0 before. */
  readonly p0: number | null;
  /** P1 before. */
  readonly p1: number | null;
  /** P2 before. */
  readonly p2: number | null;
  /** M0 before. */
  readonly m0: number | null;
}

/**
 * A household whose support differs between the baseline and an alternative.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * compareScenarios([statusQuo, proposal]).changes[0].winners[0] //=> { id: "kutim-03", change: Rupiah 4,920,000, gained: ["sembako", "pbi_jkn"], lost: [], … }
 * @category Simulation
 */
export interface SupportChange {
  /** Household id. */
  readonly id: string;
  /** Regency code. */
  readonly regency: string;
  /** Yearly support in the baseline. */
  readonly baseline: Rupiah;
  /** Yearly support in the alternative. */
  readonly alternative: Rupiah;
  /** alternative − baseline. */
  readonly change: Rupiah;
  /** Programs received in the alternative only. */
  readonly gained: readonly string[];
  /** Programs received in the baseline only. */
  readonly lost: readonly string[];
}

/**
 * Winners and losers of one alternative against the baseline. A **winner**'s yearly support is
 * higher, or equal with programs gained and none lost; a **loser**'s is lower, or equal with programs
 * lost and none gained; `reshuffled` households keep the same support with different programs.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * const { winners, losers, reshuffled, unchanged } = compareScenarios([statusQuo, proposal]).changes[0];
 * @category Simulation
 */
export interface SupportChanges {
  /** The alternative's name. */
  readonly scenario: string;
  /** Winners, largest gain first (ties by id). */
  readonly winners: readonly SupportChange[];
  /** Losers, largest loss first (ties by id). */
  readonly losers: readonly SupportChange[];
  /** Households with the same support from different programs. */
  readonly reshuffled: number;
  /** Households with the same programs and support. */
  readonly unchanged: number;
}

/**
 * The result of {@link compareScenarios}.
 * @example
 * import { compareScenarios, type ScenarioComparison } from "tepat-sasaran/simulate";
 *
 * const comparison: ScenarioComparison = compareScenarios([statusQuo, proposal]);
 * @category Simulation
 */
export interface ScenarioComparison {
  /** The baseline's name. */
  readonly baseline: string;
  /** All scenario names, baseline first. */
  readonly scenarios: readonly string[];
  /** The total first, then each regency by code. */
  readonly regions: readonly ComparisonRegion[];
  /** One per alternative. */
  readonly changes: readonly SupportChanges[];
}

function cellOf(outcome: RegionOutcome | undefined, base: RegionOutcome | undefined, scenario: string, empty: Rupiah): ComparisonCell {
  const p0 = outcome?.after?.p0 ?? null;
  const m0 = outcome?.mpiAfter?.m0 ?? null;
  const baseP0 = base?.after?.p0 ?? null;
  const baseM0 = base?.mpiAfter?.m0 ?? null;
  const none: CostPerPoint = { value: undefined, reason: { id: "Tidak ada dalam skenario ini", en: "Not in this scenario" } };
  return {
    scenario,
    p0,
    p1: outcome?.after?.p1 ?? null,
    p2: outcome?.after?.p2 ?? null,
    headcount: outcome?.mpiAfter?.headcount ?? null,
    m0,
    p0VsBaseline: p0 === null || baseP0 === null ? null : (p0 - baseP0) * 100,
    m0VsBaseline: m0 === null || baseM0 === null ? null : (m0 - baseM0) * 100,
    cost: outcome?.cost ?? empty,
    reached: outcome?.reached.households ?? 0,
    lifted: outcome?.lifted.households ?? 0,
    costPerP0Point: outcome?.costPerP0Point ?? none,
    costPerP1Point: outcome?.costPerP1Point ?? none,
  };
}

function changes(baseline: SimulationResult, alternative: SimulationResult): SupportChanges {
  for (const r of [baseline, alternative]) {
    if (!r.keptHouseholds) throw failure(simulateMessages, "simulate.compare_no_households", { scenario: r.scenario });
  }
  const base = baseline.households;
  const alt = alternative.households;
  const differ = (reason: string) => failure(simulateMessages, "simulate.compare_households_differ", { scenario: alternative.scenario, reason });
  if (base.length !== alt.length) throw differ(`${alt.length} vs ${base.length} households`);
  const winners: SupportChange[] = [];
  const losers: SupportChange[] = [];
  let reshuffled = 0;
  let unchanged = 0;
  base.forEach((b, i) => {
    const a = alt[i] as HouseholdOutcome;
    if (a.id !== b.id) throw differ(`row ${i}`);
    const gained = a.programs.filter((p) => !b.programs.includes(p));
    const lost = b.programs.filter((p) => !a.programs.includes(p));
    const order = a.support.compare(b.support);
    const change = { id: b.id, regency: b.regency, baseline: b.support, alternative: a.support, change: a.support.minus(b.support), gained, lost };
    if (order > 0 || (order === 0 && gained.length > 0 && lost.length === 0)) winners.push(change);
    else if (order < 0 || (order === 0 && lost.length > 0 && gained.length === 0)) losers.push(change);
    else if (gained.length > 0 || lost.length > 0) reshuffled++;
    else unchanged++;
  });
  const byId = (x: SupportChange, y: SupportChange) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  winners.sort((x, y) => y.change.compare(x.change) || byId(x, y));
  losers.sort((x, y) => x.change.compare(y.change) || byId(x, y));
  return { scenario: alternative.scenario, winners, losers, reshuffled, unchanged };
}

/**
 * Put simulation results side by side: for the total and each regency, the figures before (from the
 * baseline) and each scenario's P0, P1, P2, H, M0 after, change in P0 and M0 against the baseline,
 * cost, households reached and lifted, cost per point; and for each alternative, the households whose
 * support went up (winners) or down (losers) against the baseline. The results must be of the same
 * households in the same order, with household outcomes kept. Each result is read as data and its
 * figures recomputed from its state, as {@link mergeSimulations} does (`simulate.result_invalid`).
 *
 * @param results - The baseline first, then the alternatives.
 * @returns The comparison.
 * @throws TepatSasaranError `simulate.result_invalid`, `simulate.compare_empty`, `simulate.compare_no_households`, `simulate.compare_households_differ`.
 * @example
 * import { compareScenarios } from "tepat-sasaran/simulate";
 *
 * const comparison = compareScenarios([statusQuo, expenditureOnly, combined]);
 * comparison.regions[0].scenarios.map((s) => s.p0VsBaseline) //=> [0, -6.578…, -6.578…]
 * comparison.changes[1].winners.length
 * @category Simulation
 */
export function compareScenarios(results: readonly SimulationResult[]): ScenarioComparison {
  return guarded("compareScenarios", () => {
    // Read as data and recomputed from each state: figures edited after the fact do not count.
    return compare(readResults(results, "compareScenarios").map((r) => finalize(r.state, r.households, r.kept)));
  });
}

function compare(results: readonly SimulationResult[]): ScenarioComparison {
  const baseline = results[0];
  if (baseline === undefined) throw failure(simulateMessages, "simulate.compare_empty");
  const codes = [...new Set(results.flatMap((r) => r.regencies.map((g) => g.region)))].sort();
  const find = (r: SimulationResult, code: string) => (code === "total" ? r.total : r.regencies.find((g) => g.region === code));
  const zero = baseline.total.cost.minus(baseline.total.cost);
  const regions = ["total", ...codes].map((code) => {
    const base = find(baseline, code);
    const named = results.map((r) => find(r, code)).find((g) => g !== undefined) as RegionOutcome;
    return {
      region: code,
      name: named.name,
      before: {
        p0: base?.before?.p0 ?? null,
        p1: base?.before?.p1 ?? null,
        p2: base?.before?.p2 ?? null,
        m0: base?.mpiBefore?.m0 ?? null,
      },
      scenarios: results.map((r) => cellOf(find(r, code), base, r.scenario, zero)),
    };
  });
  return {
    baseline: baseline.scenario,
    scenarios: results.map((r) => r.scenario),
    regions,
    changes: results.slice(1).map((r) => changes(baseline, r)),
  };
}
