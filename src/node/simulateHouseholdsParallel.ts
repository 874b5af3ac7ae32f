import { failure, guarded } from "../message/error.js";
import { isRupiah } from "../money/rupiah.js";
import { mergeSimulations } from "../simulate/mergeSimulations.js";
import type { SimulationResult } from "../simulate/result.js";
import type { SimulateOptions, SimulationScenario } from "../simulate/scenario.js";
import { StreamedSimulation, simulate } from "../simulate/simulate.js";
import { NODE_SOURCES, checkOptions, type CheckedRead } from "./_options.js";
import { ParallelRead, workersUsed } from "./_parallel.js";
import { renumbered } from "../message/_rowFailure.js";
import { fromWire } from "./_serve.js";
import type { SimulateFinal, SimulationStateLike } from "./_simulateTask.js";
import { tableNames } from "./_csvTables.js";
import { isTables, sourceName } from "./_source.js";
import { Tally } from "./_tally.js";
import { toWorkerData } from "./_workerData.js";
import { libraryWorker } from "./_workerScript.js";
import { ioMessages } from "./messages.js";
import { readHouseholdsCsv } from "./readHouseholdsCsv.js";
import type { HouseholdSource, HouseholdStream, HouseholdTables, ParallelSummary, ReadHouseholdsCsvOptions, ReadSummary, RejectedRow, WorkersUsed } from "./types.js";

/**
 * Options of {@link simulateHouseholdsParallel}: the reader's options, the simulation's (without
 * `households` and `trulyPoor`: outcomes stay in the workers, and a function cannot cross to them),
 * the number of worker threads, and where rejected rows go.
 * @example
 * const options: SimulateHouseholdsParallelOptions = { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh", "sembako"] }, povertyLines: { "64.02": 682_490 }, workers: 4 };
 * @category Streaming
 */
export interface SimulateHouseholdsParallelOptions extends Omit<ReadHouseholdsCsvOptions, "asOf">, Omit<SimulateOptions, "households" | "trulyPoor"> {
  /**
   * Worker threads: a whole number from 1 to 256, cut to the machine's cores
   * (`os.availableParallelism()`: each worker adds 110–160 MB, and more workers than cores only add
   * memory and start-up), or `"auto"` (default): the cores less one when
   * that makes 2 workers or more, else none: the file is read and simulated on the calling thread.
   * A scenario whose quota or budget is a total split by the eligible households found in the data
   * runs on one worker at most. The result is the same either way; `summary.workers` says how many ran.
   */
  readonly workers?: number | "auto" | undefined;
  /** Called with every rejected row, in file order; a promise it returns is awaited (a slow writer slows the read). */
  readonly onRejected?: ((row: RejectedRow) => void | Promise<void>) | undefined;
}

/**
 * The result of {@link simulateHouseholdsParallel}: the simulation, the read's counts and the
 * worker threads used.
 * @example
 * const { result, summary } = await simulateHouseholdsParallel("dtsen.csv", options);
 * console.error(`${summary.rowsRead} rows on ${summary.workers.used} worker(s)`);
 * @category Streaming
 */
export interface ParallelSimulation {
  /** The simulation of every accepted household, as `simulate` gives it (without household outcomes). */
  readonly result: SimulationResult;
  /** The read's counts, and the workers used (`workers.cut` says why fewer ran than asked). */
  readonly summary: ParallelSummary;
}

/**
 * Whether every quota and budget of a scenario can be filled per regency on its own: a total split
 * by the eligible households found in the data needs all of them at once (one worker).
 */
function partitionSafe(scenario: SimulationScenario): boolean {
  return scenario.programs.every((entry) => {
    const coverage = typeof entry === "object" && entry !== null && "coverage" in entry ? entry.coverage : undefined;
    if (coverage === undefined || typeof coverage !== "object" || coverage === null || coverage.weights !== undefined) return true;
    const amount = "quota" in coverage ? coverage.quota : coverage.budget;
    return typeof amount === "object" && amount !== null && !isRupiah(amount);
  });
}

/**
 * Simulate a scenario over a person-per-row CSV file, or the two-table layout (a households file and
 * a members file, {@link HouseholdTables}), on worker threads. This thread reads the file once
 * (two tables: both, joined on their ids as the reader joins them), checks household ids in file
 * order and routes whole regencies to workers (a regency's households all go to one worker, in file order); each worker validates and keeps its households
 * and simulates them; the partial states are merged with `mergeSimulations`. The result is the one
 * `simulate` gives on one thread over the accepted households of `readHouseholdsCsv` (`households:
 * false`), figure for figure: each regency's sums are made in the same order. A scenario whose quota
 * or budget is a total split by the eligible households found in the data runs on one worker at most
 * (`summary.workers.cut` is then `"scenario"`).
 * With `workers: "auto"` (the default) on a machine of 1 or 2 cores there is no worker: the file is
 * read and simulated on the calling thread, with the same result.
 *
 * Memory: no household is kept. Each worker (or the calling thread) simulates its households as
 * they come; a quota or budget keeps a compact record of each eligible household (its priority
 * score, cost and ranking keys, some tens of bytes) until it is filled, and every household a few
 * numbers for the figures that depend on it. The options cross to the workers, so they must be data
 * (catalogue program ids, no `inputs` function): `io.parallel_not_clonable` otherwise.
 *
 * @param source - A file path (or a `Readable` / async iterable of chunks) of one CSV file, or the two tables (`{ households, members }`).
 * @param options - Reader options, the simulation's options, `workers`, `onRejected`.
 * @returns The simulation and the read's summary.
 * @throws TepatSasaranError as `simulate` does (for the household the one-thread run meets first), and as the reader does.
 * @example
 * import { simulateHouseholdsParallel } from "tepat-sasaran/node";
 *
 * const { result, summary } = await simulateHouseholdsParallel("dtsen-kaltim.csv", {
 *   asOf: "2025-07-01",
 *   scenario: { name: "cash", programs: ["pkh", "sembako", "pbi_jkn"] },
 *   povertyLines: { "64.02": 682_490, "64.03": 731_250 },
 *   fallbackLine: 833_955,
 *   mpi: { missing: "reweight" }, // a registry has gaps: without a policy a missing indicator is an error
 *   onRejected: (row) => console.error(`${row.file}:${row.line} ${row.code}`),
 * });
 * console.log(result.total.after?.p0, result.total.cost.toString(), summary.rowsRejected);
 * console.log(summary.workers); // on 2 cores: { requested: "auto", used: 0, cores: 2, cut: undefined }
 * @category Streaming
 */
export async function simulateHouseholdsParallel(source: HouseholdSource | HouseholdTables, options: SimulateHouseholdsParallelOptions): Promise<ParallelSimulation> {
  const run = await runSimulation(source, options, libraryWorker());
  try {
    return { result: await run.result(), summary: run.summary };
  } finally {
    await run.close();
  }
}

/** A parallel simulation whose file has been read: what is known before the result. @internal */
export interface SimulationRun<S extends ReadSummary = ParallelSummary> {
  readonly summary: S;
  /** Accepted households. */
  readonly households: number;
  /** Regency codes of the accepted households, ascending. */
  readonly regencies: readonly string[];
  /** The merged result, or the error the one-thread run would have met first. */
  result(): Promise<SimulationResult>;
  close(): Promise<void>;
}

/**
 * Read the file on worker threads (`worker`: the script serving the `simulate` task) and simulate
 * each worker's regencies; the result is merged when asked, after the caller has seen the counts.
 * @internal
 */
export async function runSimulation(source: HouseholdSource | HouseholdTables, options: SimulateHouseholdsParallelOptions, worker: URL, batchBytes?: number): Promise<SimulationRun> {
  // Every option is read once, here (a getter or Proxy that throws: input.unreadable); the run uses the copies.
  const { checked, onRejected, simulateOptions, workers } = guarded("simulateHouseholdsParallel", () => {
    const checked = checkOptions(source, options, NODE_SOURCES);
    const { workers: count, onRejected, onProgress: _onProgress, progressEvery: _every, now: _now, file: _file, householdIds: _ids, delimiter: _delimiter, unknownColumns: _unknown, renameColumns: _renames, ...rest } = options ?? ({} as SimulateHouseholdsParallelOptions);
    if (typeof onRejected !== "function" && onRejected !== undefined) throw failure(ioMessages, "io.invalid_option", { option: "onRejected", expected: { id: "fungsi", en: "a function" } });
    const requested = workersUsed(count);
    const simulateOptions = toWorkerData(rest) as SimulateOptions;
    const scenario = simulateOptions.scenario as SimulationScenario | undefined;
    const safe = scenario !== null && typeof scenario === "object" && Array.isArray(scenario.programs) && partitionSafe(scenario);
    // A total split by the eligible households found in the data: one worker sees them all (none
    // when "auto" chose the calling thread, which sees them all too).
    const workers: WorkersUsed = safe || requested.used <= 1 ? requested : { ...requested, used: 1, cut: "scenario" };
    return { checked, onRejected, simulateOptions, workers };
  });
  if (workers.used === 0) return simulateHere(checked, simulateOptions, onRejected, workers);
  const taskOptions = simulateOptions;
  const tables = isTables(checked.source) ? tableNames(checked.source) : undefined;
  const file = tables === undefined ? sourceName(checked.source, checked.options) : `${tables.households} + ${tables.members}`;
  const tally = new Tally(file, checked.options);
  const read = new ParallelRead({ source: checked.source, file, options: checked.options, tally, worker, task: "simulate", taskOptions, workers: workers.used, route: "regency", batchBytes });
  try {
    for await (const item of read.items()) {
      if ("events" in item) for (const event of item.events) if (event.kind === "rejected") await onRejected?.(event);
    }
    const finals = (await read.finish()) as SimulateFinal[];
    return {
      summary: { ...tally.summary(), workers },
      households: finals.reduce((n, f) => n + f.households, 0),
      regencies: [...new Set(finals.flatMap((f) => f.regencies))].sort(),
      async result() {
        await raiseFirstError(finals, read);
        const states = finals.flatMap((f) => ("state" in f && f.state !== null ? [f.state] : []));
        return states.length === 0 ? simulate([], { ...simulateOptions, households: false }) : mergeSimulations(states.map(partial));
      },
      close: () => read.close(),
    };
  } catch (error) {
    await read.close();
    throw error;
  }
}

/**
 * The run on the calling thread (`workers: "auto"` below 3 cores): the reader's households
 * simulated here as they are read, with the options as they would cross to a worker.
 */
async function simulateHere(checked: CheckedRead<HouseholdSource | HouseholdTables>, options: SimulateOptions, onRejected: SimulateHouseholdsParallelOptions["onRejected"], workers: WorkersUsed): Promise<SimulationRun> {
  const run = await simulateStream(readHouseholdsCsv(checked.source, checked.options), options, onRejected);
  return { ...run, summary: { ...run.summary, workers } };
}

/**
 * Simulate the households of a stream on this thread as they are read, keeping none of them (the
 * result is `simulate`'s on the list of them, without household outcomes); rejected rows go to
 * `onRejected`. The CLI's one-thread read and the calling-thread run share it.
 * @internal
 */
export async function simulateStream(stream: HouseholdStream, options: SimulateOptions, onRejected: ((row: RejectedRow) => void | Promise<void>) | undefined): Promise<SimulationRun<ReadSummary>> {
  const simulation = new StreamedSimulation({ ...options, households: false });
  const regencies = new Set<string>();
  for await (const event of stream) {
    if (event.kind === "household") {
      simulation.add(event.household);
      regencies.add(event.household.regency);
    } else await onRejected?.(event);
  }
  return {
    summary: stream.summary,
    households: simulation.count,
    regencies: [...regencies].sort(),
    result: async () => simulation.result(),
    close: async () => undefined,
  };
}

/** A worker's state as a partial result for `mergeSimulations` (which reads only the state). */
function partial(state: SimulationStateLike): SimulationResult {
  return { state, keptHouseholds: false, households: [] } as unknown as SimulationResult;
}

/**
 * Throw the error the one-thread run would have met first: the one of the household earliest in
 * the file. A message that names the household's row names its row among all accepted households,
 * which the workers count together.
 */
async function raiseFirstError(finals: readonly SimulateFinal[], read: ParallelRead): Promise<void> {
  let first: Extract<SimulateFinal, { error: unknown }> | undefined;
  for (const f of finals) if ("error" in f && (first === undefined || f.line < first.line)) first = f;
  if (first === undefined) return;
  const error = fromWire(first.error);
  if (first.line === 0) throw error;
  const counts = (await read.query({ before: first.line })) as number[];
  throw renumbered(error, counts.reduce((a, b) => a + b, 0));
}
