import { PovertyAccumulator, type PovertyAccumulatorState } from "../measure/povertyAccumulator.js";
import { renderMessage, renderOwn, type MessageValues } from "../message/message.js";
import { ZERO_RUPIAH, rupiah, sumRupiah, type Rupiah } from "../money/rupiah.js";
import { mergeFgt, mergeMpi } from "./_merge.js";
import { simulateMessages } from "./messages.js";
import type {
  CostPerPoint,
  HouseholdOutcome,
  MpiFigures,
  PovertyFigures,
  ProgramOutcome,
  ProgramRegionOutcome,
  RegionOutcome,
  SimulationResult,
  SimulationWarning,
  TargetingCell,
  TargetingReport,
} from "./result.js";
import type { MpiTallyState, ProgramMeta, ProgramRegencyState, RegencyState, SimulationState } from "./state.js";
import { renderAmounts, type AmountValues } from "../money/_shownAmount.js";
import { programName } from "../program/_programName.js";
import { regencyLabel } from "./_selectionWarning.js";

type Code = keyof typeof simulateMessages;

/** A warning in both languages; an amount among its values is a `Rupiah`, written for each language. */
function warning(code: Code, values: AmountValues): SimulationWarning {
  return { code, message: renderAmounts(simulateMessages[code], values) };
}

/** A warning about one program, the program named as an officer knows it (see programName). */
function programWarning(code: Code, meta: ProgramMeta, values: MessageValues = {}): SimulationWarning {
  return { code, message: renderOwn(simulateMessages[code], { ...values, program: programName(meta) }) };
}

function fgt(state: PovertyAccumulatorState | null): PovertyFigures | null {
  if (state === null || state.count === 0) return null;
  const r = PovertyAccumulator.fromState(state).result();
  return { population: r.population, poor: r.poor, p0: r.p0, p1: r.p1, p2: r.p2 };
}

function mpi(state: MpiTallyState, on: boolean): MpiFigures | null {
  if (!on || state.households === 0) return null;
  const population = state.population[0] + state.population[1];
  const poor = state.poor[0] + state.poor[1];
  const censored = state.censored[0] + state.censored[1];
  if (population === 0) return null;
  return {
    households: state.households,
    population,
    poor,
    headcount: poor / population,
    intensity: poor > 0 ? censored / poor : 0,
    m0: censored / population,
    missing: {
      valuesMissing: state.valuesMissing,
      unitsWithMissing: state.unitsWithMissing,
      unitsDropped: state.unitsDropped,
      unitsReweighted: state.unitsReweighted,
    },
  };
}

const percent = (x: number): string => `${(x * 100).toFixed(2)}%`;

function perPoint(cost: Rupiah, before: number | undefined, after: number | undefined, region: string, index: "p0" | "p1"): CostPerPoint {
  if (before === undefined || after === undefined) {
    return { value: undefined, reason: renderMessage(simulateMessages["simulate.reason.not_measured"], { region }) };
  }
  const points = (before - after) * 100;
  if (!(points > 0)) {
    const code = index === "p0" ? "simulate.reason.no_p0_change" : "simulate.reason.no_p1_change";
    const show = index === "p0" ? percent : (x: number) => (x * 100).toFixed(4);
    return { value: undefined, reason: renderMessage(simulateMessages[code], { before: show(before), after: show(after) }) };
  }
  return { value: cost.times(1 / points).round() };
}

/** A regency-like aggregate without a line of its own (the total). */
type Aggregate = Omit<RegencyState, "code" | "line" | "lineSource" | "targeting" | "digest">;

function total(regencies: readonly RegencyState[], programCount: number): Aggregate {
  const zeroMpi: MpiTallyState = { households: 0, population: [0, 0], poor: [0, 0], censored: [0, 0], valuesMissing: 0, unitsWithMissing: 0, unitsDropped: 0, unitsReweighted: 0 };
  let fgtBefore: PovertyAccumulatorState | null = null;
  let fgtAfter: PovertyAccumulatorState | null = null;
  let mpiBefore = zeroMpi;
  let mpiAfter = zeroMpi;
  const sum = (f: (r: RegencyState) => number) => regencies.reduce((a, r) => a + f(r), 0);
  for (const r of regencies) {
    fgtBefore = mergeFgt(fgtBefore, r.fgtBefore);
    fgtAfter = mergeFgt(fgtAfter, r.fgtAfter);
    mpiBefore = mergeMpi(mpiBefore, r.mpiBefore);
    mpiAfter = mergeMpi(mpiAfter, r.mpiAfter);
  }
  const programs = Array.from({ length: programCount }, (_, j) => {
    const parts = regencies.map((r) => r.programs[j] as ProgramRegencyState);
    const add = (f: (p: ProgramRegencyState) => number) => parts.reduce((a, p) => a + f(p), 0);
    const periods: Record<string, Rupiah[]> = {};
    for (const p of parts) for (const [label, amount] of Object.entries(p.periods)) (periods[label] ??= []).push(rupiah(amount));
    return {
      eligible: add((p) => p.eligible),
      beneficiaries: add((p) => p.beneficiaries),
      persons: add((p) => p.persons),
      continuing: add((p) => p.continuing),
      inKind: add((p) => p.inKind),
      cost: sumRupiah(parts.map((p) => p.cost)).toString(),
      periods: Object.fromEntries(Object.keys(periods).sort().map((label) => [label, sumRupiah(periods[label] as Rupiah[]).toString()])),
    };
  });
  return {
    households: sum((r) => r.households),
    persons: sum((r) => r.persons),
    measuredHouseholds: sum((r) => r.measuredHouseholds),
    measuredPersons: sum((r) => r.measuredPersons),
    excludedNoLine: sum((r) => r.excludedNoLine),
    excludedNoConsumption: sum((r) => r.excludedNoConsumption),
    fgtBefore,
    fgtAfter,
    mpiBefore,
    mpiAfter,
    reached: [sum((r) => r.reached[0]), sum((r) => r.reached[1])],
    lifted: [sum((r) => r.lifted[0]), sum((r) => r.lifted[1])],
    programs,
  };
}

/** Whether a program's cost is known where it was given: not for an in-kind benefit without `inKindUnitCost`. */
function costed(meta: SimulationState["programs"][number], p: { readonly inKind: number }): boolean {
  return p.inKind === 0 || meta.inKindUnitCost !== null;
}

function region(state: SimulationState, a: Aggregate, code: string, name: string, line: RegionOutcome["line"]): RegionOutcome {
  const programs: ProgramRegionOutcome[] = a.programs.map((p, j) => {
    const meta = state.programs[j] as SimulationState["programs"][number];
    return {
      program: meta.id,
      eligible: p.eligible,
      beneficiaries: p.beneficiaries,
      persons: p.persons,
      continuing: p.continuing,
      // Not a Rp 0 that a sum would take for a cost: the cost is not known.
      cost: costed(meta, p) ? rupiah(p.cost) : null,
    };
  });
  const known = programs.flatMap((p) => (p.cost === null ? [] : [p.cost]));
  const cost = known.length === 0 ? ZERO_RUPIAH : sumRupiah(known);
  const before = fgt(a.fgtBefore);
  const after = fgt(a.fgtAfter);
  return {
    region: code,
    name,
    households: a.households,
    persons: a.persons,
    line,
    measured: { households: a.measuredHouseholds, persons: a.measuredPersons },
    excluded: { noLine: a.excludedNoLine, noConsumption: a.excludedNoConsumption },
    before,
    after,
    mpiBefore: mpi(a.mpiBefore, state.mpi !== null),
    mpiAfter: mpi(a.mpiAfter, state.mpi !== null),
    reached: { households: a.reached[0], persons: a.reached[1] },
    lifted: { households: a.lifted[0], persons: a.lifted[1] },
    programs,
    cost,
    costPerP0Point: perPoint(cost, before?.p0, after?.p0, name, "p0"),
    costPerP1Point: perPoint(cost, before?.p1, after?.p1, name, "p1"),
  };
}

const DESIL = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "unknown"];
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function cell(group: string, c: readonly number[]): TargetingCell {
  const [prH, prP, pmH, pmP, lkH, lkP, nnH, nnP] = c as [number, number, number, number, number, number, number, number];
  const households = prH + pmH + lkH + nnH;
  return {
    group,
    households,
    persons: prP + pmP + lkP + nnP,
    poor: { households: prH + pmH, persons: prP + pmP },
    reached: { households: prH + lkH, persons: prP + lkP },
    poorReached: { households: prH, persons: prP },
    leakage: { households: lkH, persons: lkP },
    missed: { households: pmH, persons: pmP },
    coverage: { households: ratio(prH, prH + pmH), persons: ratio(prP, prP + pmP) },
    inclusionError: { households: ratio(lkH, prH + lkH), persons: ratio(lkP, prP + lkP) },
    exclusionError: { households: ratio(pmH, prH + pmH), persons: ratio(pmP, prP + pmP) },
    small: households < 30,
  };
}

function addInto(target: number[], c: readonly number[] | undefined): void {
  if (c) for (let i = 0; i < 8; i++) target[i] = (target[i] as number) + (c[i] as number);
}

function targeting(state: SimulationState, key: string): TargetingReport {
  const all = [0, 0, 0, 0, 0, 0, 0, 0];
  const byDesil = DESIL.map(() => [0, 0, 0, 0, 0, 0, 0, 0]);
  const byRegency = state.regencies.map((r) => {
    const sum = [0, 0, 0, 0, 0, 0, 0, 0];
    DESIL.forEach((d, k) => {
      const c = r.targeting[`${key}|${d}`];
      addInto(sum, c);
      addInto(byDesil[k] as number[], c);
    });
    addInto(all, sum);
    return cell(r.code, sum);
  });
  return {
    program: key,
    total: cell("total", all),
    byRegency: byRegency.filter((c) => c.households > 0),
    byDesil: DESIL.map((d, k) => cell(`desil ${d}`, byDesil[k] as number[])).filter((c) => c.households > 0),
  };
}

/** Compute every figure of a result from its state. @internal */
export function finalize(state: SimulationState, households: readonly HouseholdOutcome[], kept: boolean): SimulationResult {
  const nameOf = (code: string) => state.names[code] ?? code;
  const labelOf = (code: string) => regencyLabel(state.names, code);
  const regencies = state.regencies.map((r) =>
    region(state, r, r.code, nameOf(r.code), r.line === null ? null : { value: rupiah(r.line), source: r.lineSource ?? "given" }),
  );
  const whole = total(state.regencies, state.programs.length);
  const totalOutcome = region(state, whole, "total", "Total", null);
  const warnings: SimulationWarning[] = [...state.warnings];
  const fallback = state.regencies.filter((r) => r.lineSource === "fallback");
  if (fallback.length > 0) {
    const regencies = fallback.map((r) => labelOf(r.code)).join(", ");
    const line = rupiah(fallback[0]?.line ?? "0");
    warnings.push(warning("simulate.warn.fallback_line", { regencies, line }));
  }
  for (const r of state.regencies) {
    const name = labelOf(r.code);
    if (r.excludedNoLine > 0) warnings.push(warning("simulate.warn.excluded_no_line", { regency: name, count: r.excludedNoLine }));
    if (r.excludedNoConsumption > 0) warnings.push(warning("simulate.warn.excluded_no_consumption", { regency: name, count: r.excludedNoConsumption }));
  }
  const programs: ProgramOutcome[] = state.programs.map((meta, j) => {
    const p = whole.programs[j] as ProgramRegencyState;
    const inKind = p.inKind > 0;
    const known = costed(meta, p);
    if (!known) warnings.push(programWarning("simulate.warn.uncosted_in_kind", meta));
    if (meta.assumptions.effect === "income" && p.beneficiaries > 0) {
      warnings.push(programWarning("simulate.warn.income_timing", meta, { months: meta.mentoringMonths ?? "?" }));
    }
    return {
      program: meta.id,
      name: meta.name,
      approach: meta.approach,
      coverage: meta.coverage,
      assumptions: meta.assumptions,
      eligible: p.eligible,
      beneficiaries: p.beneficiaries,
      persons: p.persons,
      continuing: p.continuing,
      cost: known ? rupiah(p.cost) : null,
      inKind,
      costed: known,
      byPeriod: Object.entries(p.periods).map(([label, amount]) => ({ label, amount: rupiah(amount) })),
      selection: state.selection
        .filter((s) => s.program === meta.id)
        .map((s) => ({
          program: s.program,
          regency: s.regency,
          kind: s.kind,
          quota: s.quota ?? undefined,
          budget: s.budget === null ? undefined : rupiah(s.budget),
          eligible: s.eligible,
          unranked: s.unranked,
          selected: s.selected,
          spent: rupiah(s.spent),
          dataWeighted: s.dataWeighted,
          summary: s.summary,
        })),
    };
  });
  const reports = ["*", ...state.programs.map((p) => p.id)].map((key) => targeting(state, key));
  const any = reports[0] as TargetingReport;
  for (const c of [any.total, ...any.byRegency, ...any.byDesil]) {
    if (c.small) {
      const label = c.group === "total" || c.group.startsWith("desil") ? c.group : labelOf(c.group);
      warnings.push(warning("simulate.warn.small_cell", { cell: label, count: c.households }));
    }
  }
  return {
    scenario: state.scenario,
    asOf: state.asOf,
    total: totalOutcome,
    regencies,
    programs,
    targeting: reports,
    warnings,
    households,
    keptHouseholds: kept,
    state,
  };
}
