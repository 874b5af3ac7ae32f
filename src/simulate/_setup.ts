import { describeValue } from "../message/redact.js";
import type { Household } from "../household/household.js";
import type { AlkireFosterIndicator, AlkireFosterRow, MissingPolicy } from "../measure/alkireFosterTypes.js";
import {
  HOUSEHOLD_INDICATORS,
  deprivationScorer,
  householdIndicatorSet,
  type DeprivationScore,
  type HouseholdIndicatorId,
  type HouseholdIndicatorOptions,
} from "../measure/householdIndicators.js";
import { failure } from "../message/error.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { createCheckedAssessor, type HouseholdAssessor } from "../program/assessHousehold.js";
import { PROGRAMS, defaultParameters } from "../program/catalogue.js";
import type { AssessmentInputs, Program } from "../program/program.js";
import { kaltimRegions } from "../region/kaltim.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import { valueAt } from "../time/parameter.js";
import { overrideParameters, type ParameterSet } from "../time/parameterSet.js";
import { businessReturnPerMonth, defaultProgramAssumptions, type ProgramAssumptions, type ProgramEffect } from "./assumptions.js";
import { simulateMessages } from "./messages.js";
import type { BudgetCoverage, QuotaCoverage, ScenarioProgram, SimulateOptions, TrulyPoorFlag } from "./scenario.js";

/** A scenario program with everything resolved. @internal */
export interface ResolvedProgram {
  readonly program: Program;
  readonly kind: "all-eligible" | "quota" | "budget";
  readonly quota: QuotaCoverage | null;
  readonly budget: BudgetCoverage | null;
  readonly assumptions: ProgramAssumptions;
  /** The indicators whose deprivation it removes. */
  readonly removes: readonly HouseholdIndicatorId[];
  readonly incomeMonthly: number | null;
  readonly incomeReturn: number | null;
  readonly inKindUnitCost: Rupiah | null;
  readonly currentAidIds: ReadonlySet<string>;
}

/** The Alkire–Foster part, resolved. @internal */
export interface ResolvedMpi {
  readonly k: number;
  readonly missing: MissingPolicy;
  readonly indicators: readonly AlkireFosterIndicator[];
  readonly thresholds: HouseholdIndicatorOptions;
  readonly score: (row: AlkireFosterRow, index?: number) => DeprivationScore;
}

/** A regency's line: value for statistics, exact text, and where it came from. @internal */
export interface ResolvedLine {
  readonly value: number;
  readonly text: string;
  readonly source: "given" | "fallback";
}

/** Everything a simulation pass needs, resolved once. @internal */
export interface Setup {
  readonly asOf: IsoDate;
  readonly scenario: string;
  readonly programs: readonly ResolvedProgram[];
  readonly parameters: ParameterSet;
  readonly assess: HouseholdAssessor;
  readonly inputsFor: (household: Household) => AssessmentInputs;
  /** The line of a regency; `null` to exclude its households; throws under `missingLine: "error"`. */
  readonly lineFor: (regency: string) => ResolvedLine | null;
  readonly missingConsumption: "error" | "exclude";
  readonly aidInConsumption: boolean;
  readonly mpi: ResolvedMpi | null;
  readonly trulyPoor: TrulyPoorFlag | undefined;
  readonly seed: number | undefined;
  readonly keepHouseholds: boolean;
  readonly nameOf: (regency: string) => string;
  readonly config: string;
}

const INDICATOR_IDS: ReadonlySet<string> = new Set(HOUSEHOLD_INDICATORS.map((i) => i.id));
const EFFECTS: readonly ProgramEffect[] = ["transfer", "income", "none"];
const NO_INPUTS: AssessmentInputs = Object.freeze({});

function invalid(program: string, assumption: string, value: unknown): never {
  throw failure(simulateMessages, "simulate.assumption_invalid", { program, assumption, value: String(value) });
}

function share(program: string, assumption: string, value: number): number {
  if (!(typeof value === "number" && value >= 0 && value <= 1)) invalid(program, assumption, value);
  return value;
}

/**
 * The keys a scenario program entry, its quota or budget and its priority may have, as
 * `ScenarioProgram`, `QuotaCoverage`, `BudgetCoverage` and `CoveragePriority` declare them. Any other
 * key is refused: a misspelt `coverage` (read from JSON, where no type checks it) would otherwise give
 * the program to every eligible household without a word. The CLI checks a scenario file with them.
 * @internal
 */
export const SCENARIO_KEYS = /* @__PURE__ */ Object.freeze({
  entry: Object.freeze(["program", "coverage", "effect", "consumptionShare", "incomeGain", "successRate", "removes", "inKindUnitCost", "currentAidIds"]),
  quota: Object.freeze(["quota", "weights", "method", "priority"]),
  budget: Object.freeze(["budget", "weights", "unit", "priority", "fill"]),
  priority: Object.freeze(["score", "missing"]),
});

function knownKeys(value: object, known: readonly string[], program: string, path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) throw failure(simulateMessages, "simulate.unknown_key", { program, key: path + key.slice(0, 40), known: known.join(", ") });
  }
}

function asEntry(entry: Program | string | ScenarioProgram): ScenarioProgram {
  return typeof entry === "string" || !("program" in entry) ? { program: entry } : entry;
}

function resolveProgram(entry: ScenarioProgram, asOf: IsoDate): ResolvedProgram {
  let program: Program;
  if (typeof entry.program === "string") {
    const found = PROGRAMS.find((p) => p.id === entry.program);
    if (!found) throw failure(simulateMessages, "simulate.program_unknown", { program: entry.program });
    program = found;
  } else program = entry.program;
  const id = program.id;
  knownKeys(entry, SCENARIO_KEYS.entry, id, "");
  const defaults = defaultProgramAssumptions(id, program.approach);
  const effect = entry.effect ?? defaults.effect;
  if (!EFFECTS.includes(effect)) invalid(id, "effect", effect);
  const removes = entry.removes ?? defaults.removes;
  for (const indicator of removes) {
    if (!INDICATOR_IDS.has(indicator)) throw failure(simulateMessages, "simulate.indicator_unknown", { program: id, indicator: String(indicator) });
  }
  let incomeMonthly: number | null = null;
  let incomeReturn: number | null = null;
  let incomeGain: ProgramAssumptions["incomeGain"];
  if (effect === "income") {
    const given = entry.incomeGain;
    if (given !== undefined && "monthly" in given) {
      const monthly = rupiah(given.monthly);
      if (monthly.isNegative()) invalid(id, "incomeGain.monthly", monthly);
      incomeMonthly = monthly.toNumber();
      incomeGain = { monthly: monthly.toString() };
    } else {
      const rate = given?.returnOnGrant ?? valueAt(businessReturnPerMonth, asOf);
      if (!(typeof rate === "number" && rate >= 0 && rate < Infinity)) invalid(id, "incomeGain.returnOnGrant", rate);
      incomeReturn = rate;
      incomeGain = { returnOnGrant: rate };
    }
  }
  const unitCost = entry.inKindUnitCost === undefined ? null : rupiah(entry.inKindUnitCost);
  if (unitCost?.isNegative()) invalid(id, "inKindUnitCost", unitCost);
  const assumptions: ProgramAssumptions = {
    effect,
    consumptionShare: share(id, "consumptionShare", entry.consumptionShare ?? (effect === defaults.effect ? defaults.consumptionShare : effect === "none" ? 0 : 1)),
    incomeGain,
    successRate: share(id, "successRate", entry.successRate ?? defaults.successRate),
    removes,
    currentAidIds: entry.currentAidIds ?? defaults.currentAidIds,
    source:
      entry.effect === undefined && entry.consumptionShare === undefined && entry.incomeGain === undefined && entry.successRate === undefined && entry.removes === undefined
        ? defaults.source
        : `${defaults.source}; overridden by the scenario`,
  };
  const coverage = entry.coverage ?? "all-eligible";
  const quota = typeof coverage === "object" && "quota" in coverage ? coverage : null;
  const budget = typeof coverage === "object" && "budget" in coverage ? coverage : null;
  if (coverage !== "all-eligible" && quota === null && budget === null) {
    throw failure(simulateMessages, "simulate.coverage_invalid", { program: id, reason: { id: 'harus "all-eligible", { quota } atau { budget }', en: 'expected "all-eligible", { quota } or { budget }' } });
  }
  const covered = quota ?? budget;
  if (covered !== null) {
    knownKeys(covered, quota ? SCENARIO_KEYS.quota : SCENARIO_KEYS.budget, id, "coverage.");
    if (typeof covered.priority === "object" && covered.priority !== null) knownKeys(covered.priority, SCENARIO_KEYS.priority, id, "coverage.priority.");
  }
  return {
    program,
    kind: quota ? "quota" : budget ? "budget" : "all-eligible",
    quota,
    budget,
    assumptions,
    removes,
    incomeMonthly,
    incomeReturn,
    inKindUnitCost: unitCost,
    currentAidIds: new Set(assumptions.currentAidIds),
  };
}

function lineValue(regency: string, input: RupiahInput): Rupiah {
  let value: Rupiah;
  try {
    value = rupiah(input);
  } catch {
    throw failure(simulateMessages, "simulate.line_invalid", { regency, value: String(input) });
  }
  if (value.isNegative() || value.isZero()) throw failure(simulateMessages, "simulate.line_invalid", { regency, value: value.toString() });
  return value;
}

function lines(options: SimulateOptions): (regency: string) => ResolvedLine | null {
  const given = new Map<string, ResolvedLine>();
  for (const [regency, input] of Object.entries(options.povertyLines)) {
    const value = lineValue(regency, input);
    given.set(regency, { value: value.toNumber(), text: value.toString(), source: "given" });
  }
  const fallback = options.fallbackLine === undefined ? null : lineValue("fallbackLine", options.fallbackLine);
  const fallbackLine: ResolvedLine | null = fallback && { value: fallback.toNumber(), text: fallback.toString(), source: "fallback" };
  const policy = options.missingLine ?? "error";
  return (regency) => {
    const found = given.get(regency);
    if (found) return found;
    if (fallbackLine) return fallbackLine;
    if (policy === "exclude") return null;
    throw failure(simulateMessages, "simulate.line_missing", { regency });
  };
}

function mpiOf(options: SimulateOptions, asOf: IsoDate): ResolvedMpi | null {
  if (options.mpi === false) return null;
  const mpi = options.mpi ?? {};
  const k = mpi.k ?? 1 / 3;
  const missing = mpi.missing ?? "error";
  const indicators = mpi.indicators ?? householdIndicatorSet();
  for (const indicator of indicators) {
    if (!INDICATOR_IDS.has(indicator.id)) throw failure(simulateMessages, "simulate.indicator_unknown", { program: "mpi", indicator: indicator.id });
  }
  const score = deprivationScorer(indicators, { k, missing }, "mpi.missing");
  return { k, missing, indicators, thresholds: { ...mpi.thresholds, asOf }, score };
}

const ENUMS: readonly (readonly [keyof SimulateOptions, readonly unknown[]])[] = [
  ["missingLine", [undefined, "error", "exclude"]],
  ["missingConsumption", [undefined, "error", "exclude"]],
  ["currentAid", [undefined, "in-consumption", "not-in-consumption"]],
  ["households", [undefined, true, false]],
];

/** The shape of the options, checked before anything is resolved (`simulate.option_invalid`). */
function checkOptions(options: SimulateOptions): void {
  // An option left out is said to be required, never shown as "undefined".
  const invalid = (option: string, value: unknown) =>
    failure(simulateMessages, "simulate.option_invalid", { option, value: value === undefined ? { id: "wajib diisi", en: "required, none given" } : describeValue(value) });
  if (options === null || typeof options !== "object") throw invalid("options", options);
  const scenario: unknown = options.scenario;
  if (scenario === null || typeof scenario !== "object") throw invalid("scenario", scenario);
  const { name, programs } = scenario as { name?: unknown; programs?: unknown };
  if (typeof name !== "string" || name.length > 200) throw invalid("scenario.name", name);
  if (!Array.isArray(programs)) throw invalid("scenario.programs", programs);
  for (let index = 0; index < programs.length; index++) if (!(index in programs)) throw invalid(`scenario.programs[${index}]`, undefined);
  for (const key of ["povertyLines", "regionNames"] as const) {
    const table: unknown = options[key];
    if ((table !== undefined || key === "povertyLines") && (table === null || typeof table !== "object")) throw invalid(key, table);
  }
  for (const [key, allowed] of ENUMS) if (!allowed.includes(options[key])) throw invalid(key, options[key]);
}

/** Resolve the options of a simulation. @internal */
export function setup(options: SimulateOptions): Setup {
  checkOptions(options);
  const asOf = assertIsoDate(options.asOf);
  const scenario = options.scenario;
  const programs = scenario.programs.map((entry) => resolveProgram(asEntry(entry), asOf));
  const ids = new Set<string>();
  for (const { program } of programs) {
    if (ids.has(program.id)) throw failure(simulateMessages, "simulate.program_duplicate", { program: program.id, scenario: scenario.name });
    ids.add(program.id);
  }
  const list = programs.map((p) => p.program);
  const base = defaultParameters(list);
  const parameters = scenario.parameters === undefined ? base : overrideParameters(base, scenario.parameters);
  const assess = createCheckedAssessor({ asOf, programs: list, parameters, benefits: true });
  const inputs = scenario.inputs;
  const inputsFor = typeof inputs === "function" ? inputs : () => inputs ?? NO_INPUTS;
  const seed = options.seed;
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff)) {
    throw failure(simulateMessages, "simulate.seed_invalid", { value: describeValue(seed) });
  }
  const names = options.regionNames ?? {};
  const kaltimNames = kaltimRegions as Readonly<Record<string, { name: string }>>;
  const mpi = mpiOf(options, asOf);
  const config = JSON.stringify({
    programs: programs.map((p) => [p.program.id, p.kind, p.quota, p.budget, p.assumptions, p.inKindUnitCost?.toString() ?? null]),
    parameters: scenario.parameters ?? null,
    lines: Object.entries(options.povertyLines).map(([k, v]) => [k, String(v)]).sort(),
    fallbackLine: options.fallbackLine === undefined ? null : String(options.fallbackLine),
    missingLine: options.missingLine ?? "error",
    missingConsumption: options.missingConsumption ?? "error",
    currentAid: options.currentAid ?? "in-consumption",
    mpi: mpi && { k: mpi.k, missing: mpi.missing, indicators: mpi.indicators.map((i) => [i.id, i.weight]), thresholds: options.mpi ? options.mpi.thresholds ?? null : null },
    seed: seed ?? null,
    trulyPoor: options.trulyPoor === undefined ? "default" : "custom",
    // A weight may be a bigint (`rankingWeights` gives them): as its digits, as a decimal string is.
  }, (_, value: unknown) => (typeof value === "bigint" ? String(value) : value));
  return {
    asOf,
    scenario: scenario.name,
    programs,
    parameters,
    assess,
    inputsFor,
    lineFor: lines(options),
    missingConsumption: options.missingConsumption ?? "error",
    aidInConsumption: (options.currentAid ?? "in-consumption") === "in-consumption",
    mpi,
    trulyPoor: options.trulyPoor,
    seed,
    keepHouseholds: options.households !== false,
    nameOf: (regency) => names[regency] ?? kaltimNames[regency]?.name ?? regency,
    config,
  };
}
