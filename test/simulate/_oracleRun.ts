import { redactText } from "../../src/message/redact.js";
import type { Household } from "../../src/household/household.js";
import { deprivationsOf, type HouseholdDeprivations, type HouseholdIndicatorId } from "../../src/measure/householdIndicators.js";
import { failure } from "../../src/message/error.js";
import { ZERO_RUPIAH, type Rupiah } from "../../src/money/rupiah.js";
import type { BenefitSchedule } from "../../src/program/schedule.js";
import { seededUniform } from "../../src/simulate/_hash.js";
import type { Selection } from "./_oracleSelect.js";
import { fillingWarnings } from "../../src/simulate/_selectionWarning.js";
import type { ResolvedProgram, Setup } from "../../src/simulate/_setup.js";
import { RegencyTally } from "../../src/simulate/_tally.js";
import { simulateMessages } from "../../src/simulate/messages.js";
import type { HouseholdOutcome } from "../../src/simulate/result.js";
import type { SimulationState } from "../../src/simulate/state.js";
import { amountNumber } from "../../src/money/_wholeAmount.js";

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
  const size = household.members.length;
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

/**
 * One pass over the households: assess every program, apply coverage, add costs, consumption gains
 * and removed deprivations, and accumulate before/after measures per regency. @internal
 */
export function run(households: readonly Household[], setup: Setup, selection: Selection): RunOutput {
  const { asOf, programs, mpi } = setup;
  const count = programs.length;
  const tallies = new Map<string, RegencyTally>();
  const outcomes: HouseholdOutcome[] = [];
  const mentoring: (number | null)[] = programs.map(() => null);
  const reachedBy = new Array<boolean>(count);
  for (let i = 0; i < households.length; i++) {
    const household = households[i] as Household;
    const size = household.members.length;
    let tally = tallies.get(household.regency);
    if (tally === undefined) {
      tally = new RegencyTally(household.regency, setup.lineFor(household.regency), count);
      tallies.set(household.regency, tally);
    }
    tally.households++;
    tally.persons += size;
    tally.digest.add(household.id);
    const consumption = household.monthlyConsumption;
    if (consumption === undefined && setup.missingConsumption === "error") {
      throw failure(simulateMessages, "simulate.consumption_missing", { household: redactText(household.id), index: i });
    }
    const before = consumption === undefined ? null : amountNumber(consumption) / size;
    const line = tally.line;

    const assessment = setup.assess(household, setup.inputsFor(household));
    let gain = 0;
    let removes: Set<HouseholdIndicatorId> | undefined;
    let reached = false;
    const received: string[] = [];
    let support: Rupiah = ZERO_RUPIAH;
    for (let j = 0; j < count; j++) {
      reachedBy[j] = false;
      const result = assessment.programs[j];
      if (!result?.eligible) continue;
      const programTally = tally.programs[j] as (typeof tally.programs)[number];
      programTally.eligible++;
      const mask = selection.masks[j];
      if (mask && mask[i] !== 1) continue;
      const program = programs[j] as ResolvedProgram;
      const schedule = result.benefit as BenefitSchedule;
      reachedBy[j] = true;
      reached = true;
      programTally.beneficiaries++;
      programTally.persons += size;
      const already = receivesAlready(household, program, asOf);
      if (already) programTally.continuing++;
      if (schedule.frequency === "in-kind") {
        programTally.inKind++;
        if (program.inKindUnitCost !== null) {
          programTally.cost.add(program.inKindUnitCost);
          if (setup.keepHouseholds) support = support.plus(program.inKindUnitCost);
        }
      } else {
        programTally.cost.add(schedule.total);
        programTally.addPeriods(schedule.periods);
        if (setup.keepHouseholds) support = support.plus(schedule.total);
      }
      if (schedule.graduation) mentoring[j] = schedule.graduation.mentoringMonths;
      if (setup.keepHouseholds) received.push(program.program.id);
      if (already && setup.aidInConsumption) continue;
      gain += gainOf(program, schedule, household, setup);
      for (const id of program.removes) (removes ??= new Set()).add(id);
    }
    const after = before === null ? null : before + gain;
    if (reached) {
      tally.reached[0]++;
      tally.reached[1] += size;
    }

    let scoreBefore: number | null = null;
    let scoreAfter: number | null = null;
    if (mpi !== null) {
      const row = deprivationsOf(household, mpi.thresholds);
      const unitBefore = mpi.score(row, i);
      const changed = removes === undefined ? row : withoutRemoved(row, removes);
      const unitAfter = changed === row ? unitBefore : mpi.score(changed, i);
      tally.mpiBefore.add(unitBefore, size);
      tally.mpiAfter.add(unitAfter, size);
      scoreBefore = unitBefore.score;
      scoreAfter = unitAfter.score;
    }

    let poorBefore: boolean | null = null;
    let poorAfter: boolean | null = null;
    if (line === null) tally.excludedNoLine++;
    else if (before === null || after === null) tally.excludedNoConsumption++;
    else {
      tally.measuredHouseholds++;
      tally.measuredPersons += size;
      tally.fgtBefore?.add(before, size);
      tally.fgtAfter?.add(after, size);
      poorBefore = before < line.value;
      poorAfter = after < line.value;
      if (poorBefore && !poorAfter) {
        tally.lifted[0]++;
        tally.lifted[1] += size;
      }
    }

    const flag = setup.trulyPoor ? setup.trulyPoor(household, { perCapitaConsumption: before, line: line?.value ?? null }) : poorBefore ?? undefined;
    if (flag === true || flag === false) {
      const desil = household.desil !== undefined && household.desil.asOf <= asOf ? household.desil.value - 1 : 10;
      tally.target(desil, flag, reached, size);
      for (let j = 0; j < count; j++) tally.target((j + 1) * 11 + desil, flag, reachedBy[j] === true, size);
    }

    if (setup.keepHouseholds) {
      outcomes.push({
        id: household.id,
        regency: household.regency,
        persons: size,
        programs: received,
        support,
        perCapitaBefore: before,
        perCapitaAfter: after,
        poorBefore,
        poorAfter,
        mpiScoreBefore: scoreBefore,
        mpiScoreAfter: scoreAfter,
      });
    }
  }
  const codes = [...tallies.keys()].sort();
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
      mentoringMonths: mentoring[j] ?? null,
    })),
    mpi: mpi && { k: mpi.k, missing: mpi.missing },
    regencies: codes.map((code) => (tallies.get(code) as RegencyTally).state(slots)),
    selection: selection.states,
    warnings: [],
    names,
  };
  // The fillings' warnings, derived from the state as the single pass and a merge derive them.
  return { state: { ...state, warnings: fillingWarnings(state.selection, state.programs, names) }, households: outcomes };
}
