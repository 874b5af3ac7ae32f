import { allocateBudget } from "../allocate/allocateBudget.js";
import { fillByPriority } from "../allocate/fillByPriority.js";
import { apportion } from "../allocate/apportion.js";
import type { AllocationWeight } from "../allocate/types.js";
import type { Household } from "../household/household.js";
import { failure, guarded } from "../message/error.js";
import { wordIn } from "../message/message.js";
import { describeValue, redactText } from "../message/redact.js";
import { ZERO_RUPIAH, isRupiah, rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { safeWhole } from "../money/_wholeSum.js";
import { amountText } from "../money/_wholeAmount.js";
import * as F from "../_internal/fraction.js";
import type { Gap } from "../priority/_householdRead.js";
import { GapErrors, duplicateHousehold, prepareComponents, readsAges, scoreHousehold, type PreparedComponent } from "../priority/_householdScore.js";
import type { BenefitSchedule } from "../program/schedule.js";
import type { ResolvedProgram } from "./_setup.js";
import { simulateMessages } from "./messages.js";
import type { CoveragePriority } from "./scenario.js";
import type { SelectionState } from "./state.js";
import type { IsoDate } from "../time/isoDate.js";
import { occupants } from "../household/_occupants.js";

/** Lower desil first; a household without a current desil last. @internal */
export const DEFAULT_PRIORITY: CoveragePriority = { score: [{ kind: "desil", weight: 1 }], missing: "lowest" };

/** Which eligible households each quota/budget program covers. @internal */
export interface Selection {
  /** Per program (scenario order): a mask over household indices, or `null` for all-eligible programs. */
  readonly masks: readonly (Uint8Array | null)[];
  /** Per program and regency; the warnings they raise are derived from them (fillingWarnings). */
  readonly states: readonly SelectionState[];
}

/** The cost of one household's benefit for a budget: its cash total, or the in-kind unit cost. @internal */
export function benefitCost(schedule: BenefitSchedule, resolved: ResolvedProgram): Rupiah {
  return schedule.frequency === "in-kind" ? resolved.inKindUnitCost ?? ZERO_RUPIAH : schedule.total;
}

/**
 * A quota or budget per regency: the amounts given per regency, or a total split by the weights
 * given, else by the eligible households found in the data (`eligible`: their count per regency).
 * @internal
 */
export function shares(
  resolved: ResolvedProgram,
  amount: number | RupiahInput | Readonly<Record<string, number | RupiahInput>>,
  weights: Readonly<Record<string, AllocationWeight>> | undefined,
  eligible: ReadonlyMap<string, number>,
  split: (total: number | RupiahInput, weights: AllocationWeight[]) => readonly (number | Rupiah)[],
): { byRegency: Map<string, number | Rupiah>; dataWeighted: boolean } {
  const id = resolved.program.id;
  const byRegency = new Map<string, number | Rupiah>();
  if (typeof amount === "object" && amount !== null && !isRupiah(amount)) {
    for (const [regency, value] of Object.entries(amount as Record<string, number | RupiahInput>)) {
      if (resolved.kind === "quota") {
        if (!(typeof value === "number" && Number.isSafeInteger(value) && value >= 0)) {
          const is = describeValue(value);
          throw failure(simulateMessages, "simulate.coverage_invalid", {
            program: id,
            reason: { id: `kuota ${regency} harus bilangan bulat ≥ 0, ternyata ${wordIn(is, "id")}`, en: `quota of ${regency} must be a whole number ≥ 0, is ${wordIn(is, "en")}` },
          });
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
    for (const regency of eligible.keys()) {
      if (!(regency in weights)) throw failure(simulateMessages, "simulate.quota_weight_missing", { program: id, regency });
    }
    list = codes.map((c) => weights[c] as AllocationWeight);
  } else {
    codes = [...eligible.keys()].sort();
    list = codes.map((c) => eligible.get(c) as number);
  }
  if (codes.length > 0 && list.some((w) => w !== 0 && w !== "0")) {
    const parts = split(total, list);
    codes.forEach((c, i) => byRegency.set(c, parts[i] as number | Rupiah));
  }
  return { byRegency, dataWeighted: weights === undefined };
}

const SHIFT = 16;
const CHUNK = 1 << SHIFT;
const MASK = CHUNK - 1;

/**
 * A growable column of numbers in typed-array chunks of 65,536 (the first one grown by doubling up
 * to that size): memory follows the length, without the copy of a doubled array. @internal
 */
export class Column<A extends Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array> {
  length = 0;
  readonly #chunks: A[];
  #last: A;

  constructor(private readonly make: (size: number) => A) {
    this.#last = make(64);
    this.#chunks = [this.#last];
  }

  push(value: number): void {
    const offset = this.length & MASK;
    if (offset === this.#last.length) {
      // The first chunk, full below CHUNK: doubled.
      const next = this.make(this.#last.length * 2);
      next.set(this.#last);
      this.#last = next;
      this.#chunks[0] = next;
    } else if (offset === 0 && this.length > 0) {
      this.#last = this.make(CHUNK);
      this.#chunks.push(this.#last);
    }
    this.#last[offset] = value;
    this.length++;
  }

  /** The value at `index` (below `length`). */
  at(index: number): number {
    return (this.#chunks[index >>> SHIFT] as A)[index & MASK] as number;
  }
}

const int32 = (size: number) => new Int32Array(size);
const EXCLUDED = -1;
const GAPS = -2;

/** The ranking keys of a household that is a candidate of some quota/budget program. */
class HouseholdKeys {
  readonly ids: string[] = [];
  /** Monthly consumption when a safe whole number; NaN when unknown or not whole (then in `exact`). */
  readonly consumption = new Column((n) => new Float64Array(n));
  readonly size = new Column(int32);
  readonly exact = new Map<number, F.Fraction>();

  add(household: Household, asOf: IsoDate): number {
    const key = this.ids.length;
    this.ids.push(household.id);
    const total = household.monthlyConsumption;
    const size = occupants(household, asOf);
    const whole = total === undefined ? undefined : safeWhole(total);
    this.consumption.push(whole ?? Number.NaN);
    this.size.push(size);
    if (total !== undefined && whole === undefined) {
      // As rankHouseholds reads it: the decimal amount ÷ members, exactly.
      const [digits = "0", decimals = ""] = total.toString().split(".");
      this.exact.set(key, F.fraction(BigInt(digits + decimals), 10n ** BigInt(decimals.length) * BigInt(size)));
    }
    return key;
  }

  /** Per-capita consumption ascending, unknown last (rankHouseholds' second key); 0 when equal. */
  compareConsumption(a: number, b: number): number {
    const ca = this.consumption.at(a);
    const cb = this.consumption.at(b);
    const sa = this.size.at(a);
    const sb = this.size.at(b);
    if (ca === ca && cb === cb) {
      const left = ca * sb;
      const right = cb * sa;
      if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
    }
    const fa = this.fraction(a, ca, sa);
    const fb = this.fraction(b, cb, sb);
    if (fa && fb) return F.compare(fa, fb);
    return fa ? -1 : fb ? 1 : 0;
  }

  private fraction(key: number, whole: number, size: number): F.Fraction | null {
    if (whole === whole) return F.fraction(BigInt(whole), BigInt(size));
    return this.exact.get(key) ?? null;
  }
}

/**
 * The candidates of one quota/budget program: every household eligible with a benefit, in input
 * order, with what its ranking and its fill need (score, cost), not the household itself.
 */
class Candidates {
  readonly household = new Column(int32);
  readonly key = new Column(int32);
  readonly score = new Column(int32);
  /** The cost of each candidate, as an index into `costs` (most candidates share a few amounts). */
  readonly cost = new Column(int32);
  readonly costs: Rupiah[] = [];
  readonly costIndex = new Map<string, number>();
  readonly byRegency = new Map<string, Column<Int32Array>>();
  readonly gaps = new Map<number, { readonly id: string; readonly gaps: readonly Gap[] }>();
  readonly scores: F.Fraction[] = [];
  readonly scoreIndex = new Map<string, number>();
  readonly components: readonly PreparedComponent[] | null;
  readonly componentError: unknown;
  readonly withAges: boolean;

  constructor(
    readonly program: ResolvedProgram,
    readonly priority: CoveragePriority,
  ) {
    let components: readonly PreparedComponent[] | null = null;
    let error: unknown;
    try {
      // Checked as rankHouseholds checks them; the error is raised where rankHouseholds raises it.
      components = guarded("rankHouseholds", () => prepareComponents(priority.score, priority.missing ?? "lowest"));
    } catch (e) {
      error = e;
    }
    this.components = components;
    this.componentError = error;
    this.withAges = components !== null && readsAges(components);
  }

  add(index: number, household: Household, key: number, cost: Rupiah, asOf: IsoDate): void {
    const position = this.household.length;
    this.household.push(index);
    this.key.push(key);
    const text = amountText(cost);
    let slot = this.costIndex.get(text);
    if (slot === undefined) {
      slot = this.costs.length;
      this.costs.push(cost);
      this.costIndex.set(text, slot);
    }
    this.cost.push(slot);
    let list = this.byRegency.get(household.regency);
    if (list === undefined) {
      list = new Column(int32);
      this.byRegency.set(household.regency, list);
    }
    list.push(position);
    if (this.components === null) {
      this.score.push(EXCLUDED);
      return;
    }
    const reading = guarded("rankHouseholds", () => scoreHousehold(household, this.components as PreparedComponent[], asOf, this.withAges));
    if (reading.kind === "scored") {
      const text = F.toText(reading.score);
      let slot = this.scoreIndex.get(text);
      if (slot === undefined) {
        slot = this.scores.length;
        this.scores.push(reading.score);
        this.scoreIndex.set(text, slot);
      }
      this.score.push(slot);
    } else if (reading.kind === "excluded") this.score.push(EXCLUDED);
    else {
      this.score.push(GAPS);
      this.gaps.set(position, { id: redactText(household.id), gaps: reading.gaps });
    }
  }
}

/**
 * What the quota/budget programs of a scenario need from every household, kept compactly while the
 * households stream past: per program its candidates (eligible with a benefit) with their priority
 * score, cost and ranking keys; the regencies present. `select` then fills each program's quota or
 * budget exactly as ranking the households themselves with rankHouseholds and filling them with
 * fillByPriority would. @internal
 */
export class SelectionInput {
  readonly programs: readonly Candidates[];
  readonly keys = new HouseholdKeys();
  /** Regency code → index of its first household. */
  readonly present = new Map<string, number>();
  count = 0;

  constructor(
    readonly limited: readonly { readonly program: ResolvedProgram; readonly slot: number }[],
    readonly asOf: IsoDate,
  ) {
    this.programs = limited.map(({ program }) => new Candidates(program, (program.quota ?? program.budget)?.priority ?? DEFAULT_PRIORITY));
  }

  /**
   * Add the household at `index` (the next one): `benefits[q]` is its benefit under the q-th
   * quota/budget program when it is eligible with one, else undefined.
   */
  add(index: number, household: Household, benefits: readonly (BenefitSchedule | undefined)[]): void {
    if (!this.present.has(household.regency)) this.present.set(household.regency, index);
    this.count = index + 1;
    let key = -1;
    for (let q = 0; q < this.programs.length; q++) {
      const benefit = benefits[q];
      if (benefit === undefined) continue;
      if (key < 0) key = this.keys.add(household, this.asOf);
      const candidates = this.programs[q] as Candidates;
      candidates.add(index, household, key, benefitCost(benefit, candidates.program), this.asOf);
    }
  }

  /**
   * Fill every quota/budget program over the first `count` households (all by default): split a
   * total across regencies (apportion / allocateBudget), rank each regency's candidates (score
   * descending, per-capita consumption ascending with unknown last, id ascending: rankHouseholds'
   * order) and take them in order with fillByPriority.
   * @param slots - Programs of the scenario (masks are indexed by scenario order).
   */
  select(slots: number, count = this.count): Selection {
    const masks: (Uint8Array | null)[] = Array.from({ length: slots }, () => null);
    const states: SelectionState[] = [];
    const present = [...this.present].filter(([, first]) => first < count).map(([code]) => code).sort();
    this.programs.forEach((candidates, q) => {
      const p = candidates.program;
      const id = p.program.id;
      const mask = new Uint8Array(count);
      masks[(this.limited[q] as { slot: number }).slot] = mask;
      const lists = new Map<string, number[]>();
      for (const [regency, column] of candidates.byRegency) {
        const list: number[] = [];
        for (let k = 0; k < column.length; k++) {
          const position = column.at(k);
          if (candidates.household.at(position) < count) list.push(position);
        }
        if (list.length > 0) lists.set(regency, list);
      }
      const eligibleCounts = new Map([...lists].map(([regency, list]) => [regency, list.length]));
      const { byRegency, dataWeighted } = p.quota
        ? shares(p, p.quota.quota, p.quota.weights, eligibleCounts, (total, weights) =>
            apportion({ method: p.quota?.method ?? "hamilton", seats: total as number, weights }).seats)
        : shares(p, (p.budget as NonNullable<typeof p.budget>).budget, p.budget?.weights, eligibleCounts, (total, weights) =>
            allocateBudget(total as RupiahInput, weights, { unit: p.budget?.unit }).amounts);
      // Only regencies with households in this data: a partition reports its own regencies, so the
      // selections of whole-regency partitions add up to the single pass.
      for (const regency of present) {
        const eligible = lists.get(regency) ?? [];
        const limit = byRegency.get(regency) ?? (p.kind === "quota" ? 0 : ZERO_RUPIAH);
        const { ranked, unranked } = guarded("rankHouseholds", () => this.rank(candidates, eligible));
        const entries = ranked.map((position, k) => ({ id: this.keys.ids[candidates.key.at(position)] as string, rank: k + 1, position }));
        const cost = (entry: { position: number }): Rupiah => candidates.costs[candidates.cost.at(entry.position)] as Rupiah;
        const result =
          typeof limit === "number"
            ? fillByPriority(entries, { quota: limit, cost })
            : fillByPriority(entries, { budget: limit, cost, skipUnaffordable: p.budget?.fill === "skip" });
        for (const funded of result.funded) mask[candidates.household.at(funded.entry.position)] = 1;
        states.push({
          program: id,
          regency,
          kind: p.kind === "quota" ? "quota" : "budget",
          quota: typeof limit === "number" ? limit : null,
          budget: typeof limit === "number" ? null : limit.toString(),
          eligible: eligible.length,
          unranked,
          selected: result.funded.length,
          spent: result.totalCost.toString(),
          dataWeighted,
          summary: result.summary,
        });
      }
    });
    return { masks, states };
  }

  /** A regency's candidates in rank order, and how many the `exclude` policy left out (rankHouseholds' checks and order). */
  private rank(candidates: Candidates, eligible: readonly number[]): { ranked: number[]; unranked: number } {
    if (candidates.componentError !== undefined) throw candidates.componentError;
    const ids = this.keys.ids;
    const seen = new Set<string>();
    const errors = new GapErrors();
    const ranked: number[] = [];
    let unranked = 0;
    eligible.forEach((position, index) => {
      const id = ids[candidates.key.at(position)] as string;
      if (seen.has(id)) throw duplicateHousehold(id);
      seen.add(id);
      const score = candidates.score.at(position);
      if (score === GAPS) {
        const found = candidates.gaps.get(position) as { id: string; gaps: readonly Gap[] };
        errors.add(found.id, index, found.gaps);
      } else if (score === EXCLUDED) unranked += 1;
      else ranked.push(position);
    });
    errors.throwIfAny();
    // The order of the distinct scores, highest first.
    const order = candidates.scores.map((_, slot) => slot).sort((a, b) => F.compare(candidates.scores[b] as F.Fraction, candidates.scores[a] as F.Fraction));
    const place = new Int32Array(order.length);
    order.forEach((slot, k) => (place[slot] = k));
    const keys = this.keys;
    ranked.sort((a, b) => {
      const byScore = (place[candidates.score.at(a)] as number) - (place[candidates.score.at(b)] as number);
      if (byScore !== 0) return byScore;
      const ka = candidates.key.at(a);
      const kb = candidates.key.at(b);
      const byConsumption = keys.compareConsumption(ka, kb);
      if (byConsumption !== 0) return byConsumption;
      const ia = ids[ka] as string;
      const ib = ids[kb] as string;
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
    return { ranked, unranked };
  }
}
