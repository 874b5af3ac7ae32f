import type { DeprivationScore } from "../measure/householdIndicators.js";
import { NeumaierSum } from "../measure/_sum.js";
import { PovertyAccumulator } from "../measure/povertyAccumulator.js";
import type { Rupiah } from "../money/rupiah.js";
import { ExactSum } from "./_exactSum.js";
import { IdDigest } from "./_hash.js";
import type { MpiTallyState, ProgramRegencyState, RegencyState } from "./state.js";

/** Watts is not reported; a floor keeps zero consumption from throwing in the accumulator. */
export const WATTS_FLOOR = { nonPositive: "floor", minimum: 1 } as const;

/** Live Alkire–Foster sums. @internal */
export class MpiTally {
  households = 0;
  readonly population = new NeumaierSum();
  readonly poor = new NeumaierSum();
  readonly censored = new NeumaierSum();
  valuesMissing = 0;
  unitsWithMissing = 0;
  unitsDropped = 0;
  unitsReweighted = 0;

  add(unit: DeprivationScore, persons: number): void {
    this.valuesMissing += unit.missing;
    if (unit.missing > 0) this.unitsWithMissing++;
    if (!unit.included) {
      this.unitsDropped++;
      return;
    }
    if (unit.reweighted) this.unitsReweighted++;
    this.households++;
    this.population.add(persons);
    if (unit.poor) {
      this.poor.add(persons);
      this.censored.add(persons * (unit.score as number));
    }
  }

  state(): MpiTallyState {
    const pair = (s: NeumaierSum) => [s.sum, s.compensation] as const;
    return {
      households: this.households,
      population: pair(this.population),
      poor: pair(this.poor),
      censored: pair(this.censored),
      valuesMissing: this.valuesMissing,
      unitsWithMissing: this.unitsWithMissing,
      unitsDropped: this.unitsDropped,
      unitsReweighted: this.unitsReweighted,
    };
  }
}

/** Live per-program sums of one regency. @internal */
export class ProgramTally {
  eligible = 0;
  beneficiaries = 0;
  persons = 0;
  continuing = 0;
  inKind = 0;
  readonly cost = new ExactSum();
  readonly periods = new Map<string, ExactSum>();
  /** The period sums of the last schedule seen, in its order: most schedules of a program share their labels. */
  #lastLabels: readonly string[] = [];
  #lastSums: ExactSum[] = [];

  /** Add a schedule's payments by period label. */
  addPeriods(periods: readonly { readonly label: string; readonly amount: Rupiah }[]): void {
    const n = periods.length;
    let same = n === this.#lastLabels.length;
    for (let i = 0; same && i < n; i++) same = (periods[i] as { label: string }).label === this.#lastLabels[i];
    if (!same) {
      this.#lastLabels = periods.map((p) => p.label);
      this.#lastSums = periods.map((p) => {
        let sum = this.periods.get(p.label);
        if (sum === undefined) {
          sum = new ExactSum();
          this.periods.set(p.label, sum);
        }
        return sum;
      });
    }
    for (let i = 0; i < n; i++) (this.#lastSums[i] as ExactSum).add((periods[i] as { amount: Rupiah }).amount);
  }

  state(): ProgramRegencyState {
    const labels = [...this.periods.keys()].sort();
    return {
      eligible: this.eligible,
      beneficiaries: this.beneficiaries,
      persons: this.persons,
      continuing: this.continuing,
      cost: this.cost.value().toString(),
      periods: Object.fromEntries(labels.map((label) => [label, (this.periods.get(label) as ExactSum).value().toString()])),
      inKind: this.inKind,
    };
  }
}

/** Live sums of one regency. @internal */
export class RegencyTally {
  households = 0;
  persons = 0;
  readonly digest = new IdDigest();
  measuredHouseholds = 0;
  measuredPersons = 0;
  excludedNoLine = 0;
  excludedNoConsumption = 0;
  readonly fgtBefore: PovertyAccumulator | null;
  readonly fgtAfter: PovertyAccumulator | null;
  readonly mpiBefore = new MpiTally();
  readonly mpiAfter = new MpiTally();
  readonly reached: [number, number] = [0, 0];
  readonly lifted: [number, number] = [0, 0];
  readonly programs: ProgramTally[];
  /** Targeting cells by `program slot × 11 + desil slot` (slot 0 = any program; desil 1–10, 11 = unknown → 0–10). */
  readonly targeting = new Map<number, number[]>();

  constructor(
    readonly code: string,
    readonly line: { value: number; text: string; source: "given" | "fallback" } | null,
    programCount: number,
  ) {
    this.fgtBefore = line === null ? null : new PovertyAccumulator({ line: line.value, watts: WATTS_FLOOR });
    this.fgtAfter = line === null ? null : new PovertyAccumulator({ line: line.value, watts: WATTS_FLOOR });
    this.programs = Array.from({ length: programCount }, () => new ProgramTally());
  }

  /** Add one household to a targeting cell: slot 0 poor & reached, 2 poor & missed, 4 leakage, 6 neither. */
  target(key: number, poor: boolean, reached: boolean, persons: number): void {
    let cell = this.targeting.get(key);
    if (cell === undefined) {
      cell = [0, 0, 0, 0, 0, 0, 0, 0];
      this.targeting.set(key, cell);
    }
    const slot = poor ? (reached ? 0 : 2) : reached ? 4 : 6;
    cell[slot] = (cell[slot] as number) + 1;
    cell[slot + 1] = (cell[slot + 1] as number) + persons;
  }

  /**
   * The state, with targeting keys as `program|desil` text.
   * @param programIds - Program ids by slot (slot 0 is `*`).
   */
  state(programIds: readonly string[]): RegencyState {
    const named = [...this.targeting.entries()].map(([key, cell]) => {
      const desil = key % 11;
      return [`${programIds[(key - desil) / 11] as string}|${desil === 10 ? "unknown" : String(desil + 1)}`, [...cell]] as const;
    });
    named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      code: this.code,
      line: this.line?.text ?? null,
      lineSource: this.line?.source ?? null,
      households: this.households,
      persons: this.persons,
      digest: this.digest.toString(),
      measuredHouseholds: this.measuredHouseholds,
      measuredPersons: this.measuredPersons,
      excludedNoLine: this.excludedNoLine,
      excludedNoConsumption: this.excludedNoConsumption,
      fgtBefore: this.fgtBefore && this.measuredHouseholds > 0 ? this.fgtBefore.state() : null,
      fgtAfter: this.fgtAfter && this.measuredHouseholds > 0 ? this.fgtAfter.state() : null,
      mpiBefore: this.mpiBefore.state(),
      mpiAfter: this.mpiAfter.state(),
      reached: [this.reached[0], this.reached[1]],
      lifted: [this.lifted[0], this.lifted[1]],
      programs: this.programs.map((p) => p.state()),
      targeting: Object.fromEntries(named),
    };
  }
}
