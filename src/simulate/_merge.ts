import { PovertyAccumulator, type PovertyAccumulatorState } from "../measure/povertyAccumulator.js";
import { failure } from "../message/error.js";
import { addAmounts } from "./_exactSum.js";
import { IdDigest } from "./_hash.js";
import { simulateMessages } from "./messages.js";
import type { SimulationWarning } from "./result.js";
import { RENEWAL_DUE, fillingWarnings } from "./_selectionWarning.js";
import type { CompensatedSum, MpiTallyState, ProgramRegencyState, RegencyState, SimulationState } from "./state.js";

/** Neumaier merge of two compensated sums, as NeumaierSum.addSum does. */
function addSums(a: CompensatedSum, b: CompensatedSum): CompensatedSum {
  const s = a[0];
  const x = b[0];
  const t = s + x;
  const c = Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  return [t, a[1] + c + b[1]];
}

/** Merge FGT accumulator states (null = nothing measured). @internal */
export function mergeFgt(a: PovertyAccumulatorState | null, b: PovertyAccumulatorState | null): PovertyAccumulatorState | null {
  if (a === null) return b;
  if (b === null) return a;
  return PovertyAccumulator.fromState(a).merge(PovertyAccumulator.fromState(b)).state();
}

/** Merge Alkire–Foster sums. @internal */
export function mergeMpi(a: MpiTallyState, b: MpiTallyState): MpiTallyState {
  return {
    households: a.households + b.households,
    population: addSums(a.population, b.population),
    poor: addSums(a.poor, b.poor),
    censored: addSums(a.censored, b.censored),
    valuesMissing: a.valuesMissing + b.valuesMissing,
    unitsWithMissing: a.unitsWithMissing + b.unitsWithMissing,
    unitsDropped: a.unitsDropped + b.unitsDropped,
    unitsReweighted: a.unitsReweighted + b.unitsReweighted,
  };
}

function mergeAmounts(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...a };
  for (const [label, amount] of Object.entries(b)) out[label] = label in out ? addAmounts(out[label] as string, amount) : amount;
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k] as string]));
}

function mergeProgram(a: ProgramRegencyState, b: ProgramRegencyState): ProgramRegencyState {
  return {
    eligible: a.eligible + b.eligible,
    beneficiaries: a.beneficiaries + b.beneficiaries,
    persons: a.persons + b.persons,
    continuing: a.continuing + b.continuing,
    cost: addAmounts(a.cost, b.cost),
    periods: mergeAmounts(a.periods, b.periods),
    inKind: a.inKind + b.inKind,
  };
}

const pairSum = (a: readonly [number, number], b: readonly [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

/** The fields of a simulation state that partitions must share, named in each language. */
const MERGED_FIELDS = {
  scenario: { id: "skenario (scenario)", en: "scenario" },
  asOf: { id: "tanggal acuan (asOf)", en: "asOf" },
  config: { id: "konfigurasi (config)", en: "config" },
} as const;

/** Merge two states of the same regency. @internal */
export function mergeRegency(a: RegencyState, b: RegencyState): RegencyState {
  if (a.line !== b.line || a.lineSource !== b.lineSource) {
    const field = { id: `garis kemiskinan ${a.code}`, en: `poverty line of ${a.code}` };
    throw failure(simulateMessages, "simulate.merge_mismatch", { field, first: String(a.line), other: String(b.line) });
  }
  const targeting: Record<string, number[]> = {};
  for (const key of [...new Set([...Object.keys(a.targeting), ...Object.keys(b.targeting)])].sort()) {
    const x = a.targeting[key] ?? [0, 0, 0, 0, 0, 0, 0, 0];
    const y = b.targeting[key] ?? [0, 0, 0, 0, 0, 0, 0, 0];
    targeting[key] = x.map((v, i) => v + (y[i] as number));
  }
  return {
    code: a.code,
    line: a.line,
    lineSource: a.lineSource,
    households: a.households + b.households,
    persons: a.persons + b.persons,
    digest: IdDigest.sum(a.digest, b.digest),
    measuredHouseholds: a.measuredHouseholds + b.measuredHouseholds,
    measuredPersons: a.measuredPersons + b.measuredPersons,
    excludedNoLine: a.excludedNoLine + b.excludedNoLine,
    excludedNoConsumption: a.excludedNoConsumption + b.excludedNoConsumption,
    fgtBefore: mergeFgt(a.fgtBefore, b.fgtBefore),
    fgtAfter: mergeFgt(a.fgtAfter, b.fgtAfter),
    mpiBefore: mergeMpi(a.mpiBefore, b.mpiBefore),
    mpiAfter: mergeMpi(a.mpiAfter, b.mpiAfter),
    reached: pairSum(a.reached, b.reached),
    lifted: pairSum(a.lifted, b.lifted),
    programs: a.programs.map((p, j) => mergeProgram(p, b.programs[j] as ProgramRegencyState)),
    targeting,
  };
}

/**
 * Two texts that differ, as a message shows them: whole when short, else from a little before the
 * first character where they part (a scenario's configuration is long, and two of them share its
 * beginning), 80 characters of each, `…` where cut.
 */
function whereTheyDiffer(first: string, other: string): { first: string; other: string } {
  let at = 0;
  while (at < first.length && first[at] === other[at]) at++;
  const start = Math.max(0, at - 20);
  const excerpt = (text: string) => `${start > 0 ? "…" : ""}${text.slice(start, start + 80)}${text.length > start + 80 ? "…" : ""}`;
  return { first: excerpt(first), other: excerpt(other) };
}

/** The parts of a configuration, named as the options that set them. */
const CONFIG_PARTS: Readonly<Record<string, { readonly id: string; readonly en: string }>> = {
  programs: { id: "program (scenario.programs)", en: "programs (scenario.programs)" },
  parameters: { id: "parameter (scenario.parameters)", en: "parameters (scenario.parameters)" },
  lines: { id: "garis kemiskinan (povertyLines)", en: "poverty lines (povertyLines)" },
  fallbackLine: { id: "garis cadangan (fallbackLine)", en: "fallback line (fallbackLine)" },
};

/**
 * Where two configurations part, for a person to read: the first part that differs, named (the
 * programs by their ids when those differ), with its two values; else where the raw texts part.
 */
function configDifference(first: string, other: string): { field: { id: string; en: string }; first: string; other: string } {
  const parsed = (text: string): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  const [a, b] = [parsed(first), parsed(other)];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    // A value as a person reads it: none as "–", a text without quotes.
    const shown = (value: unknown): string => (value === null || value === undefined ? "–" : typeof value === "string" ? value : Array.isArray(value) ? value.map(shown).join(" ") : JSON.stringify(value));
    const field = CONFIG_PARTS[key] ?? { id: `opsi ${key}`, en: `option ${key}` };
    const [p, q] = [a[key], b[key]];
    if (Array.isArray(p) && Array.isArray(q)) {
      // A list of entries ([program, …] or [regency, line]): the programs by id when those differ,
      // else the first entry that differs, its parts side by side ("64.02 682490 vs 64.02 753332").
      const ids = (list: unknown[]) => list.map((entry) => (Array.isArray(entry) ? String(entry[0]) : "?")).join(", ");
      if (key === "programs" && ids(p) !== ids(q)) return { field, first: ids(p), other: ids(q) };
      const at = p.findIndex((entry, i) => JSON.stringify(entry) !== JSON.stringify(q[i]));
      const i = at < 0 ? p.length : at;
      return { field, ...whereTheyDiffer(shown(p[i]), shown(q[i])) };
    }
    return { field, ...whereTheyDiffer(shown(p), shown(q)) };
  }
  return { field: MERGED_FIELDS.config, ...whereTheyDiffer(first, other) };
}

/**
 * Merge the states of partitions. Scenario, date and configuration must agree; a quota or budget
 * split by data-derived weights cannot be merged, and one filled per regency needs whole regencies
 * in each partition. @internal
 */
export function mergeStates(states: readonly SimulationState[]): SimulationState {
  const first = states[0];
  if (first === undefined) throw failure(simulateMessages, "simulate.merge_empty");
  for (const other of states.slice(1)) {
    for (const field of ["scenario", "asOf", "config"] as const) {
      if (other[field] !== first[field]) {
        const difference = field === "config" ? configDifference(first.config, other.config) : { field: MERGED_FIELDS[field], ...whereTheyDiffer(first[field], other[field]) };
        throw failure(simulateMessages, "simulate.merge_mismatch", difference);
      }
    }
  }
  // The same partition given twice (a file listed twice, a merge merged again with one of its parts)
  // would count its households twice: its regencies come back with the same households and digest.
  const parts = new Set<string>();
  for (const state of states) {
    for (const regency of state.regencies) {
      const key = `${regency.code}|${regency.households}|${regency.digest}`;
      if (parts.has(key)) throw failure(simulateMessages, "simulate.merge_duplicate", { regency: regency.code, households: regency.households });
      parts.add(key);
    }
  }
  const quotaPrograms = first.programs.filter((p) => p.coverage !== "all-eligible").map((p) => p.id);
  if (states.length > 1) {
    for (const state of states) {
      const weighted = state.selection.find((s) => s.dataWeighted);
      if (weighted) throw failure(simulateMessages, "simulate.merge_not_partition_safe", { program: weighted.program });
    }
    if (quotaPrograms.length > 0) {
      const seen = new Set<string>();
      for (const state of states) {
        for (const regency of state.regencies) {
          if (seen.has(regency.code)) {
            throw failure(simulateMessages, "simulate.merge_regency_split", { regency: regency.code, program: quotaPrograms[0] as string });
          }
        }
        for (const regency of state.regencies) seen.add(regency.code);
      }
    }
  }
  const order = (id: string): number => first.programs.findIndex((p) => p.id === id);
  const byCode = new Map<string, RegencyState>();
  for (const state of states) {
    for (const regency of state.regencies) {
      const existing = byCode.get(regency.code);
      byCode.set(regency.code, existing ? mergeRegency(existing, regency) : regency);
    }
  }
  const codes = [...byCode.keys()].sort();
  const selection = states
    .flatMap((s) => s.selection)
    .sort((a, b) => order(a.program) - order(b.program) || (a.regency < b.regency ? -1 : a.regency > b.regency ? 1 : 0));
  const programs = first.programs.map((meta, j) => {
    const months = states.map((s) => s.programs[j]?.mentoringMonths ?? null).find((m) => m !== null) ?? null;
    return { ...meta, mentoringMonths: months };
  });
  // By code, as a single pass lists them.
  const names: Record<string, string> = Object.fromEntries(
    Object.entries(Object.assign({}, ...states.map((s) => s.names)) as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  // The filling warnings follow from the merged selection, in the single pass's order (program, then
  // regency), whatever the order of the partitions.
  const warnings =
    states.length === 1
      ? (first.warnings as SimulationWarning[])
      : [...first.warnings.filter((w) => w.code === RENEWAL_DUE), ...fillingWarnings(selection, programs, names)];
  return {
    scenario: first.scenario,
    asOf: first.asOf,
    config: first.config,
    programs,
    mpi: first.mpi,
    regencies: codes.map((code) => byCode.get(code) as RegencyState),
    selection,
    warnings,
    names,
  };
}
