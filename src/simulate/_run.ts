import { redactText } from "../message/redact.js";
import type { Household } from "../household/household.js";
import { HOUSEHOLD_INDICATORS, deprivationsOf, type DeprivationScore, type HouseholdDeprivations, type HouseholdIndicatorId } from "../measure/householdIndicators.js";
import { failure } from "../message/error.js";
import { ZERO_RUPIAH, type Rupiah } from "../money/rupiah.js";
import { createCheckedAssessor, type HouseholdAssessor } from "../program/assessHousehold.js";
import type { BenefitSchedule } from "../program/schedule.js";
import { seededUniform } from "./_hash.js";
import { Column, SelectionInput, type Selection } from "./_select.js";
import { RENEWAL_DUE, fillingWarnings } from "./_selectionWarning.js";
import type { ResolvedProgram, Setup } from "./_setup.js";
import { RegencyTally } from "./_tally.js";
import { simulateMessages } from "./messages.js";
import { renderMessage } from "../message/message.js";
import { renewalsDue } from "../time/parameterSet.js";
import type { HouseholdOutcome, SimulationWarning } from "./result.js";
import type { SimulationState } from "./state.js";
import { amountNumber, amountText } from "../money/_wholeAmount.js";
import { rowFailure } from "../message/_rowFailure.js";
import { occupants } from "../household/_occupants.js";

/** A partial: the mergeable state and the household outcomes. @internal */
export interface RunOutput {
  readonly state: SimulationState;
  readonly households: HouseholdOutcome[];
}

function receivesAlready(household: Household, program: ResolvedProgram, asOf: string): boolean {
  const aid = household.currentAid;
  if (aid === undefined) return false;
  for (const receipt of aid) if (program.currentAidIds.has(receipt.program) && receipt.since <= asOf) return true;
  return false;
}

/** Monthly per-capita consumption gain of one program for one household (see ProgramEffect). */
function gainOf(program: ResolvedProgram, schedule: BenefitSchedule, household: Household, setup: Setup): number {
  const { effect, consumptionShare, successRate } = program.assumptions;
  if (effect === "none" || consumptionShare === 0) return 0;
  const size = occupants(household, setup.asOf);
  if (effect === "transfer") return (amountNumber(schedule.total) * consumptionShare) / 12 / size;
  const monthly = program.incomeMonthly ?? amountNumber(schedule.total) * (program.incomeReturn as number);
  const success =
    setup.seed === undefined ? successRate : seededUniform(setup.seed, `${household.id}|${program.program.id}`) < successRate ? 1 : 0;
  return (monthly * success * consumptionShare) / size;
}

function withoutRemoved(row: HouseholdDeprivations, removes: ReadonlySet<HouseholdIndicatorId>): HouseholdDeprivations {
  let copy: Record<HouseholdIndicatorId, boolean | null> | undefined;
  for (const id of removes) {
    if (row[id] === true) {
      copy ??= { ...row };
      copy[id] = false;
    }
  }
  return copy ?? row;
}

const INDICATOR_IDS = HOUSEHOLD_INDICATORS.map((i) => i.id);

/** A deprivation row as 2 bits per indicator (0 false, 1 true, 2 null, 3 absent). */
function encodeRow(row: HouseholdDeprivations): number {
  let code = 0;
  for (let k = INDICATOR_IDS.length - 1; k >= 0; k--) {
    const value = row[INDICATOR_IDS[k] as HouseholdIndicatorId] as boolean | null | undefined;
    code = code * 4 + (value === false ? 0 : value === true ? 1 : value === null ? 2 : 3);
  }
  return code;
}

function decodeRow(code: number): HouseholdDeprivations {
  const row: Record<string, boolean | null> = {};
  for (const id of INDICATOR_IDS) {
    const bits = code % 4;
    code = (code - bits) / 4;
    if (bits !== 3) row[id] = bits === 0 ? false : bits === 1 ? true : null;
  }
  return row as HouseholdDeprivations;
}

/** A program that reached a household (all-eligible), or may (a quota/budget candidate). */
interface Entry {
  slot: number;
  /** It adds its gain and removes deprivations (not already received, under `in-consumption`). */
  contributes: boolean;
  already: boolean;
  gain: number;
  /** The schedule of a quota/budget candidate (tallied only if selected). */
  schedule: BenefitSchedule | null;
  /** What it costs this household (outcomes only): the total, the in-kind unit cost, or nothing. */
  cost: Rupiah | null;
}

/** The second half of one household's pass: everything that depends on the quota/budget selection. */
interface Pending {
  index: number;
  tally: RegencyTally;
  id: string;
  size: number;
  before: number | null;
  measured: boolean;
  poorBefore: boolean | null;
  flag: boolean | undefined;
  desil: number;
  entries: Entry[];
  /** MPI before (done), and after when it does not depend on the selection. */
  scoreBefore: number | null;
  unitBefore: DeprivationScore | null;
  row: HouseholdDeprivations | null;
  scoreAfter: number | null;
  afterDone: boolean;
}

const FLAG_FALSE = 0;
const FLAG_TRUE = 1;
const FLAG_NONE = 2;

/**
 * The pending halves of the households, kept in columns (no Household object) until the quota and
 * budget programs are filled: then `replay` finishes each household in input order, so every sum is
 * made in the order of a single pass.
 */
class PendingColumns {
  readonly regency = new Column((n) => new Int32Array(n));
  readonly size = new Column((n) => new Int32Array(n));
  readonly before = new Column((n) => new Float64Array(n));
  /** bit 0 measured, bit 1 poor before, bits 2–3 the truly-poor flag, bits 4–7 the desil slot. */
  readonly bits = new Column((n) => new Uint8Array(n));
  readonly entryEnd = new Column((n) => new Int32Array(n));
  readonly entrySlot = new Column((n) => new Uint16Array(n));
  /** bit 0 contributes, bit 1 already; bits 2+ the schedule (+1) of a candidate, 0 for none. */
  readonly entryBits = new Column((n) => new Uint32Array(n));
  readonly entryGain = new Column((n) => new Float64Array(n));
  readonly schedules: BenefitSchedule[] = [];
  readonly scheduleIndex = new Map<string, number>();
  /** MPI: the score before (NaN when null) and after (when done), the unit's flags and missing count, the row. */
  readonly mpiBefore = new Column((n) => new Float64Array(n));
  readonly mpiAfter = new Column((n) => new Float64Array(n));
  readonly mpiUnit = new Column((n) => new Uint32Array(n));
  readonly mpiRow = new Column((n) => new Uint32Array(n));
  /** Kept only with `households: true`. */
  readonly ids: string[] = [];
  readonly costs: (Rupiah | null)[] = [];
  readonly tallies: RegencyTally[] = [];
  readonly tallyIndex = new Map<RegencyTally, number>();

  /** Which MPI columns are kept: the scores for the outcomes, the unit and row for an after that waits. */
  readonly scores: boolean;
  readonly units: boolean;

  constructor(
    readonly keep: boolean,
    mpi: boolean,
    later: boolean,
  ) {
    this.scores = mpi && keep;
    this.units = mpi && later;
  }

  /** The same schedule (amounts, periods, mentoring) is kept once. */
  private scheduleOf(schedule: BenefitSchedule): number {
    let key = `${schedule.program}|${schedule.frequency}|${amountText(schedule.total)}|${schedule.graduation?.mentoringMonths ?? ""}`;
    for (const period of schedule.periods) key += `|${period.label}=${amountText(period.amount)}`;
    let index = this.scheduleIndex.get(key);
    if (index === undefined) {
      index = this.schedules.length;
      this.schedules.push(schedule);
      this.scheduleIndex.set(key, index);
    }
    return index;
  }

  push(p: Pending): void {
    let t = this.tallyIndex.get(p.tally);
    if (t === undefined) {
      t = this.tallies.length;
      this.tallies.push(p.tally);
      this.tallyIndex.set(p.tally, t);
    }
    this.regency.push(t);
    this.size.push(p.size);
    this.before.push(p.before ?? Number.NaN);
    const flag = p.flag === true ? FLAG_TRUE : p.flag === false ? FLAG_FALSE : FLAG_NONE;
    this.bits.push((p.measured ? 1 : 0) | (p.poorBefore === true ? 2 : 0) | (flag << 2) | (p.desil << 4));
    for (const e of p.entries) {
      this.entrySlot.push(e.slot);
      const schedule = e.schedule === null ? 0 : this.scheduleOf(e.schedule) + 1;
      this.entryBits.push((e.contributes ? 1 : 0) | (e.already ? 2 : 0) | (schedule * 4));
      this.entryGain.push(e.gain);
      if (this.keep) this.costs.push(e.cost);
    }
    this.entryEnd.push(this.entrySlot.length);
    if (this.keep) this.ids.push(p.id);
    if (this.scores || this.units) this.mpiBefore.push(p.scoreBefore ?? Number.NaN);
    if (this.scores) this.mpiAfter.push(p.scoreAfter ?? Number.NaN);
    if (this.units) {
      const unit = p.unitBefore as DeprivationScore;
      this.mpiUnit.push((unit.poor ? 1 : 0) | (unit.included ? 2 : 0) | (unit.reweighted ? 4 : 0) | (unit.missing * 8));
      this.mpiRow.push(encodeRow(p.row as HouseholdDeprivations));
    }
  }

  /** The pending half of household `i`, read back into `into` (reused). */
  read(i: number, into: Pending, entries: Entry[]): Pending {
    const bits = this.bits.at(i);
    const before = this.before.at(i);
    into.index = i;
    into.tally = this.tallies[this.regency.at(i)] as RegencyTally;
    into.size = this.size.at(i);
    into.before = before === before ? before : null;
    into.measured = (bits & 1) !== 0;
    into.poorBefore = into.measured ? (bits & 2) !== 0 : null;
    const flag = (bits >> 2) & 3;
    into.flag = flag === FLAG_NONE ? undefined : flag === FLAG_TRUE;
    into.desil = bits >> 4;
    into.id = this.keep ? (this.ids[i] as string) : "";
    const start = i === 0 ? 0 : this.entryEnd.at(i - 1);
    const end = this.entryEnd.at(i);
    entries.length = 0;
    for (let k = start; k < end; k++) {
      const b = this.entryBits.at(k);
      const schedule = Math.floor(b / 4);
      entries.push({
        slot: this.entrySlot.at(k),
        contributes: (b & 1) !== 0,
        already: (b & 2) !== 0,
        gain: this.entryGain.at(k),
        schedule: schedule === 0 ? null : (this.schedules[schedule - 1] as BenefitSchedule),
        cost: this.keep ? (this.costs[k] as Rupiah | null) : null,
      });
    }
    into.entries = entries;
    const scoreBefore = this.scores || this.units ? this.mpiBefore.at(i) : Number.NaN;
    const scoreAfter = this.scores ? this.mpiAfter.at(i) : Number.NaN;
    into.scoreBefore = scoreBefore === scoreBefore ? scoreBefore : null;
    into.scoreAfter = scoreAfter === scoreAfter ? scoreAfter : null;
    into.afterDone = !this.units;
    into.unitBefore = null;
    into.row = null;
    if (this.units) {
      const unit = this.mpiUnit.at(i);
      into.unitBefore = { score: into.scoreBefore, poor: (unit & 1) !== 0, included: (unit & 2) !== 0, reweighted: (unit & 4) !== 0, missing: Math.floor(unit / 8) };
      into.row = decodeRow(this.mpiRow.at(i));
    }
    return into;
  }
}

/**
 * A simulation pass fed one household at a time, in input order, that keeps no household: `add`
 * assesses every program once and adds what it can to the regency tallies at once; what depends on
 * which households a quota or budget selects (the programs' beneficiaries, consumption after,
 * deprivations removed, targeting) is kept in compact columns and finished by `finish` after the
 * selection, in input order, so that every sum is made in the same order as one pass over a list.
 * Errors are those of that pass, in its order: an assessment of a quota/budget program at once, the
 * selection's next, then the first household's error of the pass (kept until then). @internal
 */
export class SimulationAccumulator {
  readonly #setup: Setup;
  readonly #tallies = new Map<string, RegencyTally>();
  readonly #outcomes: HouseholdOutcome[] = [];
  readonly #mentoring: (number | null)[];
  readonly #reachedBy: boolean[];
  /** Set when some program has a quota or budget: the households' second halves wait for the selection. */
  readonly #selection: SelectionInput | null;
  readonly #limitedSlots: readonly number[];
  readonly #pending: PendingColumns | null;
  readonly #mpiLater: boolean;
  #limitedAssess: HouseholdAssessor | undefined;
  #count = 0;
  /** The first error of the pass (with a selection to come, it is raised after it). */
  #failed: { readonly index: number; readonly error: unknown } | undefined;

  constructor(setup: Setup) {
    this.#setup = setup;
    const count = setup.programs.length;
    this.#mentoring = setup.programs.map(() => null);
    this.#reachedBy = new Array<boolean>(count).fill(false);
    const limited = setup.programs.flatMap((program, slot) => (program.kind === "all-eligible" ? [] : [{ program, slot }]));
    this.#limitedSlots = limited.map((l) => l.slot);
    this.#selection = limited.length === 0 ? null : new SelectionInput(limited, setup.asOf);
    this.#mpiLater = setup.mpi !== null && limited.some((l) => l.program.removes.length > 0);
    this.#pending = this.#selection === null ? null : new PendingColumns(setup.keepHouseholds, setup.mpi !== null, this.#mpiLater);
  }

  /** Households added. */
  get count(): number {
    return this.#count;
  }

  /** The index of the household whose error the pass meets first, once `finish` has thrown it (else undefined). */
  get failedAt(): number | undefined {
    return this.#failed?.index;
  }

  /** Add the next household. Throws the pass's error for it, unless a selection must come first. */
  add(household: Household): void {
    const setup = this.#setup;
    const index = this.#count++;
    const selection = this.#selection;
    if (selection === null) {
      this.#finishOne(this.#first(household, index, undefined));
      return;
    }
    // The quota/budget programs' part: an error of theirs is the pass's first error.
    const inputs = setup.inputsFor(household);
    let assessment: ReturnType<HouseholdAssessor> | undefined;
    let assessError: { error: unknown } | undefined;
    try {
      assessment = setup.assess(household, inputs);
    } catch (error) {
      assessError = { error };
    }
    const benefits: (BenefitSchedule | undefined)[] = [];
    if (assessment !== undefined) {
      for (const slot of this.#limitedSlots) {
        const result = assessment.programs[slot];
        benefits.push(result?.eligible ? result.benefit : undefined);
      }
    } else {
      // Only the programs with a quota or budget, as the selection assesses them.
      this.#limitedAssess ??= createCheckedAssessor({ asOf: setup.asOf, programs: this.#limitedSlots.map((slot) => (setup.programs[slot] as ResolvedProgram).program), parameters: setup.parameters, benefits: true });
      const limited = this.#limitedAssess(household, inputs);
      for (const result of limited.programs) benefits.push(result?.eligible ? result.benefit : undefined);
    }
    selection.add(index, household, benefits);
    if (this.#failed !== undefined) return;
    try {
      (this.#pending as PendingColumns).push(this.#first(household, index, assessError ?? assessment));
    } catch (error) {
      this.#failed = { index, error };
    }
  }

  /**
   * The selection, the second halves, and the state. Throws the pass's first error: of the
   * selection, else the first household's.
   */
  finish(): RunOutput {
    const setup = this.#setup;
    const { asOf, programs, mpi } = setup;
    const selection: Selection = this.#selection?.select(programs.length) ?? { masks: programs.map(() => null), states: [] };
    if (this.#failed !== undefined) throw this.#failed.error;
    const pending = this.#pending;
    if (pending !== null) {
      const into = {} as Pending;
      const entries: Entry[] = [];
      for (let i = 0; i < this.#count; i++) this.#finishOne(pending.read(i, into, entries), selection.masks);
    }
    const codes = [...this.#tallies.keys()].sort();
    const slots = ["*", ...programs.map((p) => p.program.id)];
    const names: Record<string, string> = {};
    for (const code of codes) names[code] = setup.nameOf(code);
    const state: SimulationState = {
      scenario: setup.scenario,
      asOf,
      config: setup.config,
      programs: programs.map((p, j) => ({
        id: p.program.id,
        name: p.program.name,
        approach: p.program.approach,
        coverage: p.kind,
        assumptions: p.assumptions,
        inKindUnitCost: p.inKindUnitCost?.toString() ?? null,
        mentoringMonths: this.#mentoring[j] ?? null,
      })),
      mpi: mpi && { k: mpi.k, missing: mpi.missing },
      regencies: codes.map((code) => (this.#tallies.get(code) as RegencyTally).state(slots)),
      selection: selection.states,
      warnings: [],
      names,
    };
    // A parameter set every year read in a year it has no value for (a minimum wage): said first;
    // then the fillings' warnings, derived from the state as a merge derives them.
    const warnings = [...renewalWarnings(setup), ...fillingWarnings(state.selection, state.programs, names)];
    return { state: { ...state, warnings }, households: this.#outcomes };
  }

  /**
   * Whether the first `count` households alone fail with `code`: the selection over them, else the
   * pass's first household error if it is among them.
   */
  prefixFails(count: number, code: string): boolean {
    const matches = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
    try {
      this.#selection?.select(this.#setup.programs.length, count);
    } catch (error) {
      return matches(error);
    }
    return this.#failed !== undefined && this.#failed.index < count && matches(this.#failed.error);
  }

  /** Tally a program's reach of a household (a beneficiary: counts, cost, periods, mentoring). */
  #reach(tally: RegencyTally, slot: number, schedule: BenefitSchedule, already: boolean, size: number): void {
    const program = this.#setup.programs[slot] as ResolvedProgram;
    const programTally = tally.programs[slot] as (typeof tally.programs)[number];
    programTally.beneficiaries++;
    programTally.persons += size;
    if (already) programTally.continuing++;
    if (schedule.frequency === "in-kind") {
      programTally.inKind++;
      if (program.inKindUnitCost !== null) programTally.cost.add(program.inKindUnitCost);
    } else {
      programTally.cost.add(schedule.total);
      programTally.addPeriods(schedule.periods);
    }
    if (schedule.graduation) this.#mentoring[slot] = schedule.graduation.mentoringMonths;
  }

  /**
   * The first half of a household's pass: its regency's counts, consumption before, every program's
   * eligibility (all-eligible programs tallied at once), MPI before, the truly-poor flag.
   */
  #first(household: Household, index: number, assessed: ReturnType<HouseholdAssessor> | { error: unknown } | undefined): Pending {
    const setup = this.#setup;
    const { asOf, programs, mpi } = setup;
    const count = programs.length;
    const size = occupants(household, asOf);
    let tally = this.#tallies.get(household.regency);
    if (tally === undefined) {
      tally = new RegencyTally(household.regency, setup.lineFor(household.regency), count);
      this.#tallies.set(household.regency, tally);
    }
    tally.households++;
    tally.persons += size;
    tally.digest.add(household.id);
    const consumption = household.monthlyConsumption;
    if (consumption === undefined && setup.missingConsumption === "error") {
      throw rowFailure(simulateMessages, "simulate.consumption_missing", { household: redactText(household.id), index });
    }
    const before = consumption === undefined ? null : amountNumber(consumption) / size;
    const line = tally.line;

    if (assessed !== undefined && "error" in assessed) throw assessed.error;
    const assessment = assessed ?? setup.assess(household, setup.inputsFor(household));
    const entries: Entry[] = [];
    let removesNow: Set<HouseholdIndicatorId> | undefined;
    for (let j = 0; j < count; j++) {
      const result = assessment.programs[j];
      if (!result?.eligible) continue;
      const programTally = tally.programs[j] as (typeof tally.programs)[number];
      programTally.eligible++;
      const program = programs[j] as ResolvedProgram;
      const limited = program.kind !== "all-eligible";
      // A quota/budget program reaches only candidates (eligible with a benefit) it selects.
      if (limited && result.benefit === undefined) continue;
      const schedule = result.benefit as BenefitSchedule;
      const already = receivesAlready(household, program, asOf);
      if (!limited) this.#reach(tally, j, schedule, already, size);
      const cost = schedule.frequency === "in-kind" ? program.inKindUnitCost : schedule.total;
      const contributes = !(already && setup.aidInConsumption);
      const gain = contributes ? gainOf(program, schedule, household, setup) : 0;
      if (contributes && !limited) for (const id of program.removes) (removesNow ??= new Set()).add(id);
      entries.push({ slot: j, contributes, already, gain, schedule: limited ? schedule : null, cost: setup.keepHouseholds ? cost : null });
    }

    let scoreBefore: number | null = null;
    let scoreAfter: number | null = null;
    let unitBefore: DeprivationScore | null = null;
    let row: HouseholdDeprivations | null = null;
    let afterDone = true;
    if (mpi !== null) {
      row = deprivationsOf(household, mpi.thresholds);
      unitBefore = mpi.score(row, index);
      tally.mpiBefore.add(unitBefore, size);
      scoreBefore = unitBefore.score;
      if (!this.#mpiLater) {
        // No quota/budget program removes a deprivation: the after is known now.
        const changed = removesNow === undefined ? row : withoutRemoved(row, removesNow);
        const unitAfter = changed === row ? unitBefore : mpi.score(changed, index);
        tally.mpiAfter.add(unitAfter, size);
        scoreAfter = unitAfter.score;
        row = null;
      } else afterDone = false;
    }

    let poorBefore: boolean | null = null;
    let measured = false;
    if (line === null) tally.excludedNoLine++;
    else if (before === null) tally.excludedNoConsumption++;
    else {
      measured = true;
      tally.measuredHouseholds++;
      tally.measuredPersons += size;
      tally.fgtBefore?.add(before, size);
      poorBefore = before < line.value;
    }

    const flag = setup.trulyPoor ? setup.trulyPoor(household, { perCapitaConsumption: before, line: line?.value ?? null }) : poorBefore ?? undefined;
    const desil = household.desil !== undefined && household.desil.asOf <= asOf ? household.desil.value - 1 : 10;
    return {
      index,
      tally,
      id: setup.keepHouseholds ? household.id : "",
      size,
      before,
      measured,
      poorBefore,
      flag: flag === true || flag === false ? flag : undefined,
      desil,
      entries,
      scoreBefore,
      unitBefore,
      row,
      scoreAfter,
      afterDone,
    };
  }

  /** The second half: the programs that reach the household, consumption after, MPI after, targeting, the outcome. */
  #finishOne(p: Pending, masks?: readonly (Uint8Array | null)[]): void {
    const setup = this.#setup;
    const { programs, mpi } = setup;
    const count = programs.length;
    const { tally, size, index } = p;
    const reachedBy = this.#reachedBy;
    reachedBy.fill(false);
    let gain = 0;
    let removes: Set<HouseholdIndicatorId> | undefined;
    let reached = false;
    const received: string[] = [];
    let support: Rupiah = ZERO_RUPIAH;
    for (const e of p.entries) {
      if (e.schedule !== null) {
        const mask = masks?.[e.slot];
        if (!mask || mask[index] !== 1) continue;
        this.#reach(tally, e.slot, e.schedule, e.already, size);
      }
      reachedBy[e.slot] = true;
      reached = true;
      if (setup.keepHouseholds) {
        if (e.cost !== null) support = support.plus(e.cost);
        received.push((programs[e.slot] as ResolvedProgram).program.id);
      }
      if (!e.contributes) continue;
      gain += e.gain;
      for (const id of (programs[e.slot] as ResolvedProgram).removes) (removes ??= new Set()).add(id);
    }
    const before = p.before;
    const after = before === null ? null : before + gain;
    if (reached) {
      tally.reached[0]++;
      tally.reached[1] += size;
    }

    let scoreAfter = p.scoreAfter;
    if (mpi !== null && !p.afterDone) {
      const row = p.row as HouseholdDeprivations;
      const unitBefore = p.unitBefore as DeprivationScore;
      const changed = removes === undefined ? row : withoutRemoved(row, removes);
      const unitAfter = changed === row ? unitBefore : mpi.score(changed, index);
      tally.mpiAfter.add(unitAfter, size);
      scoreAfter = unitAfter.score;
    }

    let poorAfter: boolean | null = null;
    if (p.measured) {
      const line = (tally.line as { value: number }).value;
      tally.fgtAfter?.add(after as number, size);
      poorAfter = (after as number) < line;
      if (p.poorBefore && !poorAfter) {
        tally.lifted[0]++;
        tally.lifted[1] += size;
      }
    }

    const flag = p.flag;
    if (flag !== undefined) {
      tally.target(p.desil, flag, reached, size);
      for (let j = 0; j < count; j++) tally.target((j + 1) * 11 + p.desil, flag, reachedBy[j] === true, size);
    }

    if (setup.keepHouseholds) {
      this.#outcomes.push({
        id: p.id,
        regency: tally.code,
        persons: size,
        programs: received,
        support,
        perCapitaBefore: before,
        perCapitaAfter: after,
        poorBefore: p.poorBefore,
        poorAfter,
        mpiScoreBefore: p.scoreBefore,
        mpiScoreAfter: scoreAfter,
      });
    }
  }
}

/** One warning per parameter of the scenario that is set every year and has no value for `asOf`'s year. */
function renewalWarnings(setup: Setup): SimulationWarning[] {
  const { asOf } = setup;
  return renewalsDue(setup.parameters, asOf).map((due) => ({
    code: RENEWAL_DUE,
    message: renderMessage(simulateMessages[RENEWAL_DUE], { parameter: due.id, year: asOf.slice(0, 4), from: due.from, asOf }),
  }));
}
