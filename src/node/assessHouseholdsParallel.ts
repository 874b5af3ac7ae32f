import { failure, guarded } from "../message/error.js";
import type { Rupiah } from "../money/rupiah.js";
import { PROGRAMS } from "../program/catalogue.js";
import type { AssessmentInputs } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";
import type { AssessTaskOptions } from "./_assessTask.js";
import { amounts, assessedHere, batchEvents, Decisions } from "./_assessedEvents.js";
import { NODE_SOURCES, checkOptions } from "./_options.js";
import { ParallelRead, workersUsed } from "./_parallel.js";
import { tableNames } from "./_csvTables.js";
import { isTables, sourceName } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import { toWorkerData } from "./_workerData.js";
import { libraryWorker } from "./_workerScript.js";
import { ioMessages } from "./messages.js";
import { readHouseholdsCsv } from "./readHouseholdsCsv.js";
import type { HouseholdSource, HouseholdTables, ParallelSummary, ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

/**
 * Options of {@link assessHouseholdsParallel}: the reader's options, what to assess, and how many
 * worker threads. Everything but `onProgress` and `now` is sent to the workers, so it must be data:
 * catalogue program ids, not program objects.
 * @example
 * const options: AssessHouseholdsParallelOptions = { asOf: "2025-07-01", programs: ["pkh", "sembako"], workers: "auto" };
 * @category Streaming
 */
export interface AssessHouseholdsParallelOptions extends ReadHouseholdsCsvOptions {
  /**
   * The assessment date, also the reader's `asOf`: a household with a birth or death after it is
   * refused, unless `asOfChecks: "kk"` (a registry extracted later, assessed as it stood on `asOf`).
   */
  readonly asOf: IsoDate;
  /** Catalogue program ids, in the order wanted (default: every catalogue program). */
  readonly programs?: readonly string[] | undefined;
  /** Parameter overrides (`overrideParameters`), as for `createAssessor`. */
  readonly parameters?: ParameterSet | undefined;
  /** Inputs not in the household record, shared by every household (exit commitment, consents, grant date). */
  readonly inputs?: AssessmentInputs | undefined;
  /**
   * Worker threads: a whole number from 1 to 256, cut to the machine's cores
   * (`os.availableParallelism()`: each worker adds 110–160 MB, and more workers than cores only add
   * memory and start-up), or `"auto"` (default): the cores less one when
   * that makes 2 workers or more, else none: the households are assessed on the calling thread
   * (on 2 cores, 1 worker took about as long with more CPU and memory, and 2 workers paid only on a
   * large file with both cores free; see the National scale guide). The events are the same either way.
   */
  readonly workers?: number | "auto" | undefined;
}

/**
 * One program's decision for one household. Households with the same outcome for a program (status,
 * amount, unmet checks) share one frozen decision object: read it, do not change it.
 * @example
 * const decision: ProgramDecision = { program: "pkh", status: "eligible", yearly: rupiah(3_000_000), unmet: [] };
 * @category Streaming
 */
export interface ProgramDecision {
  /** The program id. */
  readonly program: string;
  /** Eligible, not eligible, or undetermined (a check could not be evaluated: never eligible). */
  readonly status: "eligible" | "not-eligible" | "undetermined";
  /** The yearly cash benefit, when eligible for one. */
  readonly yearly: Rupiah | undefined;
  /** Codes of the checks not passed (failed or unknown), in rule order; empty when eligible. */
  readonly unmet: readonly string[];
}

/**
 * A household read, validated and assessed by a worker thread: where it was read, its id and
 * regency, and every program's decision in the order asked.
 * @example
 * const event: AssessedHousehold = { kind: "assessed", file: "dtsen.csv", line: 2, rows: 4, householdId: "h-1", regency: "64.02", eligible: ["pkh"], total: rupiah(3_000_000), programs: [] };
 * @category Streaming
 */
export interface AssessedHousehold {
  /** Always `"assessed"`. */
  readonly kind: "assessed";
  /** The file name given in the options, or the path read. */
  readonly file: string;
  /** The physical line of the household's first row. */
  readonly line: number;
  /** Rows it was read from. */
  readonly rows: number;
  /** The household id (mask it before showing it: it may be a KK number). */
  readonly householdId: string;
  /** The regency code (`PP.KK`). */
  readonly regency: string;
  /** Ids of the programs it is eligible for. */
  readonly eligible: readonly string[];
  /** Cash total for the calendar year of `asOf` over the eligible programs. */
  readonly total: Rupiah;
  /** One decision per program, in the order asked. */
  readonly programs: readonly ProgramDecision[];
}

/**
 * What {@link assessHouseholdsParallel} yields, in file order: assessed households and rejected rows.
 * @example
 * for await (const event of assessHouseholdsParallel("dtsen.csv", { asOf: "2025-07-01" })) if (event.kind === "rejected") report(event);
 * @category Streaming
 */
export type AssessmentEvent = AssessedHousehold | RejectedRow;

/**
 * A running parallel assessment: iterate it once; `summary` counts the rows as a reader's does, and
 * says how many worker threads ran (`workers`).
 * @example
 * const stream = assessHouseholdsParallel("dtsen.csv", { asOf: "2025-07-01" });
 * for await (const event of stream) use(event);
 * stream.summary.rowsRead === stream.summary.rowsAccepted + stream.summary.rowsRejected; //=> true
 * stream.summary.workers.used; // 0 on 2 cores (the calling thread); with workers: 8, { requested: 8, used: 2, cores: 2, cut: "cores" }
 * @category Streaming
 */
export interface AssessmentStream extends AsyncIterable<AssessmentEvent> {
  /** A snapshot of the counts (`complete` once the whole file has been read) and the workers used. */
  readonly summary: ParallelSummary;
}

/**
 * Assess every household of a person-per-row CSV file, or of the two-table layout (a households
 * file and a members file, {@link HouseholdTables}), on worker threads, for every core. This
 * thread reads the file once and cuts it at household boundaries (checking household ids in file
 * order, as {@link readHouseholdsCsv} does; with two tables it joins both files on their ids, as
 * the reader does, and cuts both where the join takes its next step); the workers decode, validate
 * and assess; the events come back **in file order** (with two tables, the reader's order) and are
 * the ones `readHouseholdsCsv` plus `createAssessor` give on one thread, with the same summary. Memory stays flat: a few batches of about 1 MB per worker.
 * With `workers: "auto"` (the default) on a machine of 1 or 2 cores there is no worker: the
 * households are read and assessed on the calling thread, into the same events (a single worker
 * costs more than one thread; the National scale guide has the measurements).
 *
 * The options cross to the workers, so they must be data: catalogue program ids (an app's own
 * program, made with `defineProgram`, holds functions: assess it on one thread), parameter
 * overrides, shared inputs (`io.parallel_not_clonable` otherwise). CSV only (a path is read
 * fastest; a `Readable` works too); JSON Lines are read on one thread (`readHouseholdsJsonl`).
 *
 * @param source - A file path (or a `Readable` / async iterable of chunks) of one CSV file, or the two tables (`{ households, members }`).
 * @param options - Reader options, `asOf`, `programs`, `parameters`, `inputs`, `workers`.
 * @returns A single-use async iterable of {@link AssessmentEvent}s with a `summary`.
 * @example
 * import { assessHouseholdsParallel } from "tepat-sasaran/node";
 *
 * const stream = assessHouseholdsParallel("dtsen-kaltim.csv", { asOf: "2025-07-01", programs: ["pkh", "sembako"] });
 * for await (const event of stream) {
 *   if (event.kind === "assessed") write(event.householdId, event.eligible.join(";"), event.total.toString());
 *   else console.error(`${event.file}:${event.line} ${event.code} ${event.message.en}`);
 * }
 * console.log(stream.summary.householdsAccepted);
 * const { used, requested, cut } = stream.summary.workers; // cut: "cores" when more workers were asked than the machine has cores
 * console.error(`${used} worker(s) of ${requested} asked${cut === undefined ? "" : ` (cut: ${cut})`}`);
 *
 * // The two-table layout (DTSEN's ruta and art files, both sorted by household_id): the same events as one thread.
 * for await (const event of assessHouseholdsParallel({ households: "ruta.csv", members: "art.csv" }, { asOf: "2025-07-01", workers: 2 })) use(event);
 * @category Streaming
 */
export function assessHouseholdsParallel(source: HouseholdSource | HouseholdTables, options: AssessHouseholdsParallelOptions): AssessmentStream {
  return assessParallel(source, options);
}

/** {@link assessHouseholdsParallel}, with the bytes of a batch of the two-table layout (tests cut small ones). @internal */
export function assessParallel(source: HouseholdSource | HouseholdTables, options: AssessHouseholdsParallelOptions, batchBytes?: number): AssessmentStream {
  return guarded("assessHouseholdsParallel", () => {
    // The reader's options and the task's are read once, here: the run uses these copies.
    const checked = checkOptions(source, options, NODE_SOURCES);
    const { workers: count, asOf, programs, parameters, inputs } = (options ?? {}) as Partial<AssessHouseholdsParallelOptions>;
    const used = workersUsed(count);
    const workers = used.used;
    const taskOptions = toWorkerData({ asOf, programs, parameters, inputs }) as AssessTaskOptions;
    const ids = taskOptions.programs;
    if (ids !== undefined && !Array.isArray(ids)) throw failure(ioMessages, "io.invalid_option", { option: "programs", expected: { id: "daftar id program katalog", en: "a list of catalogue program ids" } });
    const index = (ids ?? []).findIndex((id) => typeof id !== "string");
    if (index >= 0) throw failure(ioMessages, "io.parallel_not_clonable", { option: `programs[${index}]` });
    const names = ids ?? PROGRAMS.map((p) => p.id);
    // Two tables: households are read from the households file; the summary names both files, as the reader's does.
    const tables = isTables(checked.source) ? tableNames(checked.source) : undefined;
    const file = tables?.households ?? sourceName(checked.source, checked.options);
    if (workers === 0) {
      // `"auto"` below 3 cores: the reader's own stream, each household assessed as it comes.
      const stream = readHouseholdsCsv(checked.source, checked.options);
      return {
        get summary() {
          return { ...stream.summary, workers: used };
        },
        [Symbol.asyncIterator]: () => assessedHere(stream[Symbol.asyncIterator](), file, names, taskOptions),
      };
    }
    const tally = new Tally(tables === undefined ? file : `${tables.households} + ${tables.members}`, checked.options);
    const stream = householdStream<AssessmentEvent>(tally, async function* () {
      const run = { source: checked.source, file, options: checked.options, tally, worker: libraryWorker(), task: "assess", taskOptions, workers, route: "order", batchBytes } as const;
      const read = new ParallelRead(run);
      const decisions = new Decisions(names, amounts());
      try {
        for await (const item of read.items()) {
          if (!("batch" in item)) continue;
          yield* batchEvents(item.batch, file, decisions);
        }
      } finally {
        await read.close();
      }
    });
    return {
      get summary() {
        return { ...stream.summary, workers: used };
      },
      [Symbol.asyncIterator]: () => stream[Symbol.asyncIterator](),
    };
  });
}
