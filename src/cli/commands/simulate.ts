import { kaltim } from "../../region/kaltim.js";
import { knownValue } from "../../region/figure.js";
import { normalisedRegionCode, regionLevel } from "../../region/code.js";
import type { SimulationScenario } from "../../simulate/scenario.js";
import type { Rupiah } from "../../money/rupiah.js";
import { TepatSasaranError } from "../../message/error.js";
import { asOfOption, checkOutDir, choice, cliError, option, readJsonFile, readJsonObject, say, type CommandContext } from "../context.js";
import { lineOption, lineValue } from "../amounts.js";
import { householdInput, Rejects, type CsvInput } from "../households.js";
import { inputsOption } from "../inputs.js";
import { describeOverrides, parametersOption } from "../parameters.js";
import { printSimulation } from "../simulation.js";
import { embeddedLines, lineNotes, PROVINCE } from "../lineNotes.js";
import { readScenario } from "../scenario.js";
import { cliWorker, sayWorkers, workersFor, workersOption } from "../workers.js";
import { PROGRAMS, defaultParameters } from "../../program/catalogue.js";
import type { SimulationResult } from "../../simulate/result.js";
import { simulate } from "../../simulate/simulate.js";
import type { SimulateOptions } from "../../simulate/scenario.js";
import { runSimulation, simulateStream, type SimulationRun } from "../../node/simulateHouseholdsParallel.js";
import type { HouseholdStream, ParallelSummary, ReadSummary } from "../../node/types.js";

/** The embedded regency lines that are known, then `--poverty-lines FILE` ({ "64.03": 731250, … }) added over them. */
function povertyLines(context: CommandContext): { lines: Map<string, Rupiah>; added: string[]; weak: string[] } {
  // Embedded lines resting on a weak source (rated L or unverified) are used, and named on screen.
  const { lines, weak } = embeddedLines();
  const file = option(context, "poverty-lines");
  if (file === undefined) return { lines, added: [], weak };
  const data = readJsonObject(file, '{ "64.03": 731250, … }');
  // Each key read as the households' regency is (6402 is 64.02): a line under "6402" was added
  // beside 64.02's and never used, with no word said.
  const keys = new Map<string, string>();
  const added = Object.entries(data).map(([key, value]): string => {
    const code = normalisedRegionCode(key.trim());
    if (code === undefined || regionLevel(code) !== "regency") throw cliError(1, "cli.line_not_regency", { file, key });
    const twice = keys.get(code);
    if (twice !== undefined) throw cliError(1, "cli.line_twice", { file, key, twice, code });
    keys.set(code, key);
    lines.set(code, lineValue(file, key, value));
    return code;
  });
  return { lines, added, weak: weak.filter((code) => !added.includes(code)) };
}

/**
 * `simulate`: a scenario file over a household file → per-regency before/after table and costs.
 * Regencies without a line of their own (embedded or from `--poverty-lines`) use the fallback
 * line, declared on screen: `--fallback-line`, else the Kalimantan Timur province line of March
 * 2024 for Kaltim regencies (`--fallback-line none` to go without).
 * @internal
 */
export async function simulateCommand(context: CommandContext): Promise<number> {
  const asOf = asOfOption(context);
  const missing = choice(context, "missing", ["error", "exclude"] as const);
  const fallbackText = option(context, "fallback-line");
  const given = fallbackText === "none" ? undefined : lineOption(context, "fallback-line");
  checkOutDir(context);
  const open = householdInput(context, asOf);
  const scenario = readScenario(option(context, "scenario", true));
  const { lines, added, weak } = povertyLines(context);
  const inputs = inputsOption(context);
  const overrides = parametersOption(context, () => defaultParameters(PROGRAMS));
  const rejects = new Rejects(context);
  for (const id of Object.keys(overrides?.overrides ?? {})) {
    if (scenario.parameters && Object.prototype.hasOwnProperty.call(scenario.parameters, id)) {
      throw cliError(2, "cli.parameter_twice", { parameter: id, scenario: option(context, "scenario") });
    }
  }

  const fallback = fallbackText === "none" ? undefined : (given ?? knownValue(PROVINCE.povertyLine));
  const names = Object.fromEntries(kaltim.regencies2024.map((r) => [r.code, r.name]));
  const scenarioInputs = scenario.inputs;
  const withInputs: SimulationScenario = inputs
    ? { ...scenario, inputs: (h) => ({ ...(typeof scenarioInputs === "function" ? scenarioInputs(h) : scenarioInputs), ...inputs.of(h.id) }) }
    : scenario;
  const options: SimulateOptions = {
    asOf,
    scenario: overrides ? { ...withInputs, parameters: { ...scenario.parameters, ...overrides.overrides } } : withInputs,
    povertyLines: Object.fromEntries(lines),
    ...(fallback !== undefined ? { fallbackLine: fallback } : {}),
    ...(missing ? { missingConsumption: missing, missingLine: missing } : {}),
    mpi: { missing: "reweight" },
    households: false,
    regionNames: names,
  };

  // The library's own checks of the scenario (its assumptions, the parameters), before the file is read.
  simulate([], options);

  // Households are simulated as they are read and none is kept: a quota or budget keeps only a
  // compact record of each candidate (score, cost, ranking keys) until it is filled. With
  // --workers N each worker simulates whole regencies, its share of the file.
  await rejects.open();
  const workers = workersFor(context, workersOption(context), open.csvInput !== undefined && inputs === undefined);
  // The library decides how many workers run (none on 2 cores by default) and says so in its summary.
  const read = open.csvInput !== undefined && workers !== 0 ? await readParallel(open.csvInput, options, workers, rejects) : await readOnOneThread(open, options, rejects);
  if ("workers" in read.summary) sayWorkers(context, read.summary.workers);
  try {
    await rejects.close(read);
    if (read.households === 0) throw cliError(1, "cli.nothing_read", { file: read.summary.file });
    const regencies = read.regencies;
    const lacking = regencies.filter((code) => !lines.has(code));
    if (given === undefined && fallback !== undefined && missing !== "exclude") {
      const outside = lacking.find((code) => !code.startsWith("64"));
      if (outside !== undefined) throw cliError(1, "cli.outside_kaltim", { regency: outside });
    }
    const header: string[] = [];
    if (overrides) header.push(...describeOverrides(context, overrides));
    if (inputs) header.push(...inputs.describe());
    if (added.length > 0) header.push(say(context, "cli.lines_added", { file: option(context, "poverty-lines"), codes: added.join(", ") }));
    // A line for a regency no household of the file is in (a mistyped code, another province's file): said, not silently unused.
    const linesUnused = added.filter((code) => !regencies.includes(code));
    if (linesUnused.length > 0) header.push(say(context, "cli.lines_unused", { file: option(context, "poverty-lines"), codes: linesUnused.join(", ") }));
    const weakUsed = weak.filter((code) => regencies.includes(code));
    header.push(
      ...lineNotes(context, {
        asOf,
        embedded: regencies.filter((code) => lines.has(code) && !added.includes(code)),
        weak: weakUsed.map((code) => [code, lines.get(code) as Rupiah] as const),
        fallback: fallback === undefined ? undefined : { line: fallback, given: given !== undefined, regencies: lacking },
      }),
    );
    for (const line of header) {
      if (context.format === "table") await context.out.line(line);
      else context.err(line);
    }
    if (context.format === "table" && header.length > 0) await context.out.line();

    let result: SimulationResult;
    try {
      result = await read.result();
    } catch (error) {
      // The library names its own options; say which flags to use instead.
      if (error instanceof TepatSasaranError && error.code === "simulate.line_missing") {
        throw cliError(1, "cli.no_line", { regency: lacking.find((c) => !lines.has(c)) ?? "?" });
      }
      if (error instanceof TepatSasaranError && error.code === "simulate.consumption_missing") throw cliError(1, open.jsonl ? "cli.no_consumption_jsonl" : "cli.no_consumption", { detail: error.text[context.lang].split(";")[0] });
      throw error;
    }
    const unused = inputs?.unused();
    if (unused) context.err(unused);
    await printSimulation(context, result);
  } finally {
    await read.close();
  }
  return rejects.count > 0 ? 1 : 0;
}

/** The households read, before the simulation: the counts the command checks, and the result when asked. */
type SimulationRead = Pick<SimulationRun<ReadSummary | ParallelSummary>, "summary" | "households" | "regencies" | "result" | "close">;

/** Read the households on this thread, simulating them as they are read (none is kept); the result when asked. */
function readOnOneThread(open: () => HouseholdStream, options: SimulateOptions, rejects: Rejects): Promise<SimulationRead> {
  return simulateStream(open(), options, (row) => rejects.add(row));
}

/** Read a one-file CSV once and simulate whole regencies on worker threads (the same result). */
function readParallel(csv: CsvInput, options: SimulateOptions, workers: number | "auto", rejects: Rejects): Promise<SimulationRead> {
  const { households: _kept, ...rest } = options;
  return runSimulation(csv.source, { ...csv.options, ...rest, workers, onRejected: (row) => rejects.add(row) }, cliWorker());
}
