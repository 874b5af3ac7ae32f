import { allocateBudget } from "../../src/allocate/allocateBudget.js";
import { fillByPriority } from "../../src/allocate/fillByPriority.js";
import { apportion } from "../../src/allocate/apportion.js";
import type { AllocationWeight } from "../../src/allocate/types.js";
import type { Household } from "../../src/household/household.js";
import { failure } from "../../src/message/error.js";
import { describeValue } from "../../src/message/redact.js";
import { ZERO_RUPIAH, isRupiah, rupiah, type Rupiah, type RupiahInput } from "../../src/money/rupiah.js";
import { rankHouseholds, type RankedHousehold } from "../../src/priority/rankHouseholds.js";
import { createCheckedAssessor } from "../../src/program/assessHousehold.js";
import type { BenefitSchedule } from "../../src/program/schedule.js";
import type { ResolvedProgram, Setup } from "../../src/simulate/_setup.js";
import { simulateMessages } from "../../src/simulate/messages.js";
import type { CoveragePriority } from "../../src/simulate/scenario.js";
import type { SelectionState } from "../../src/simulate/state.js";

/** Lower desil first; a household without a current desil last. */
const DEFAULT_PRIORITY: CoveragePriority = { score: [{ kind: "desil", weight: 1 }], missing: "lowest" };

interface Candidate {
  readonly index: number;
  readonly cost: Rupiah;
}

/** Which eligible households each quota/budget program covers. @internal */
export interface Selection {
  /** Per program (scenario order): a mask over household indices, or `null` for all-eligible programs. */
  readonly masks: readonly (Uint8Array | null)[];
  readonly states: readonly SelectionState[];
}

/** The cost of one household's benefit for a budget: its cash total, or the in-kind unit cost. @internal */
export function benefitCost(schedule: BenefitSchedule, resolved: ResolvedProgram): Rupiah {
  return schedule.frequency === "in-kind" ? resolved.inKindUnitCost ?? ZERO_RUPIAH : schedule.total;
}

function shares(
  resolved: ResolvedProgram,
  amount: number | RupiahInput | Readonly<Record<string, number | RupiahInput>>,
  weights: Readonly<Record<string, AllocationWeight>> | undefined,
  candidates: ReadonlyMap<string, Candidate[]>,
  split: (total: number | RupiahInput, weights: AllocationWeight[]) => readonly (number | Rupiah)[],
): { byRegency: Map<string, number | Rupiah>; dataWeighted: boolean } {
  const id = resolved.program.id;
  const byRegency = new Map<string, number | Rupiah>();
  if (typeof amount === "object" && amount !== null && !isRupiah(amount)) {
    for (const [regency, value] of Object.entries(amount as Record<string, number | RupiahInput>)) {
      if (resolved.kind === "quota") {
        if (!(typeof value === "number" && Number.isSafeInteger(value) && value >= 0)) {
          const is = describeValue(value);
          throw failure(simulateMessages, "simulate.coverage_invalid", { program: id, reason: { id: `kuota ${regency} harus bilangan bulat ≥ 0, ternyata ${is}`, en: `quota of ${regency} must be a whole number ≥ 0, is ${is}` } });
        }
        byRegency.set(regency, value);
      } else byRegency.set(regency, rupiah(value as RupiahInput));
    }
    return { byRegency, dataWeighted: false };
  }
  const total = amount as number | RupiahInput;
  let codes: string[];
  let list: AllocationWeight[];
  if (weights !== undefined) {
    codes = Object.keys(weights).sort();
    for (const regency of candidates.keys()) {
      if (!(regency in weights)) throw failure(simulateMessages, "simulate.quota_weight_missing", { program: id, regency });
    }
    list = codes.map((c) => weights[c] as AllocationWeight);
  } else {
    codes = [...candidates.keys()].sort();
    list = codes.map((c) => (candidates.get(c) as Candidate[]).length);
  }
  if (codes.length > 0 && list.some((w) => w !== 0 && w !== "0")) {
    const parts = split(total, list);
    codes.forEach((c, i) => byRegency.set(c, parts[i] as number | Rupiah));
  }
  return { byRegency, dataWeighted: weights === undefined };
}

/** Fund the ranked households with allocate's fillByPriority: a quota, or a budget in strict priority order. */
function fill(resolved: ResolvedProgram, ranked: readonly RankedHousehold[], byHousehold: ReadonlyMap<Household, Candidate>, limit: number | Rupiah) {
  const cost = (entry: RankedHousehold): Rupiah => (byHousehold.get(entry.household) as Candidate).cost;
  const result =
    typeof limit === "number"
      ? fillByPriority(ranked, { quota: limit, cost })
      : fillByPriority(ranked, { budget: limit, cost, skipUnaffordable: resolved.budget?.fill === "skip" });
  return { taken: result.funded.map((f) => byHousehold.get(f.entry.household) as Candidate), spent: result.totalCost, summary: result.summary };
}

/**
 * Fill every quota/budget program of the scenario: assess those programs for every household, split
 * a total across regencies (apportion / allocateBudget), rank each regency's eligible households with
 * rankHouseholds, and take them in order. @internal
 */
export function select(households: readonly Household[], setup: Setup): Selection {
  const limited = setup.programs.map((p, j) => ({ p, j })).filter(({ p }) => p.kind !== "all-eligible");
  const masks: (Uint8Array | null)[] = setup.programs.map(() => null);
  if (limited.length === 0) return { masks, states: [] };
  const assess = createCheckedAssessor({ asOf: setup.asOf, programs: limited.map(({ p }) => p.program), parameters: setup.parameters, benefits: true });
  const candidates = limited.map(() => new Map<string, Candidate[]>());
  const present = new Set<string>();
  households.forEach((household, index) => {
    present.add(household.regency);
    const result = assess(household, setup.inputsFor(household));
    limited.forEach(({ p }, q) => {
      const assessment = result.programs[q];
      if (!assessment?.eligible || assessment.benefit === undefined) return;
      const byRegency = candidates[q] as Map<string, Candidate[]>;
      const list = byRegency.get(household.regency) ?? byRegency.set(household.regency, []).get(household.regency);
      list?.push({ index, cost: benefitCost(assessment.benefit, p) });
    });
  });
  const states: SelectionState[] = [];
  limited.forEach(({ p, j }, q) => {
    const id = p.program.id;
    const mask = new Uint8Array(households.length);
    masks[j] = mask;
    const found = candidates[q] as Map<string, Candidate[]>;
    const coverage = p.quota ?? p.budget;
    const { byRegency, dataWeighted } = p.quota
      ? shares(p, p.quota.quota, p.quota.weights, found, (total, weights) =>
          apportion({ method: p.quota?.method ?? "hamilton", seats: total as number, weights }).seats)
      : shares(p, (p.budget as NonNullable<typeof p.budget>).budget, p.budget?.weights, found, (total, weights) =>
          allocateBudget(total as RupiahInput, weights, { unit: p.budget?.unit }).amounts);
    const priority = coverage?.priority ?? DEFAULT_PRIORITY;
    // Only regencies with households in this data: a partition reports its own regencies, so the
    // selections of whole-regency partitions add up to the single pass.
    for (const regency of [...present].sort()) {
      const eligible = found.get(regency) ?? [];
      const limit = byRegency.get(regency) ?? (p.kind === "quota" ? 0 : ZERO_RUPIAH);
      const byHousehold = new Map(eligible.map((c) => [households[c.index] as Household, c]));
      const ranking = rankHouseholds([...byHousehold.keys()], { asOf: setup.asOf, score: priority.score, missing: priority.missing ?? "lowest" });
      const unranked = ranking.excluded.length;
      const { taken, spent, summary } = fill(p, ranking.households, byHousehold, limit);
      for (const candidate of taken) mask[candidate.index] = 1;
      states.push({
        program: id,
        regency,
        kind: p.kind === "quota" ? "quota" : "budget",
        quota: typeof limit === "number" ? limit : null,
        budget: typeof limit === "number" ? null : limit.toString(),
        eligible: eligible.length,
        unranked,
        selected: taken.length,
        spent: spent.toString(),
        dataWeighted,
        summary,
      });
    }
  });
  return { masks, states };
}
