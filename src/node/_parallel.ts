import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { failure } from "../message/error.js";
import { MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";
import { readHeader, type CsvLayout } from "./_csvHeader.js";
import { MAX_RECORD } from "./_csvParse.js";
import { CsvSplitter } from "./_csvSplit.js";
import { isBlank } from "./_cells.js";
import { IdCheck } from "./_idCheck.js";
import { shown } from "./_shown.js";
import { openSource, readError } from "./_source.js";
import type { Tally } from "./_tally.js";
import { decodeUtf8 } from "./_utf8.js";
import type { Batch, BatchResult, BatchSetup, Segment } from "./_batch.js";
import { fromWire } from "./_serve.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource, ReadHouseholdsCsvOptions } from "./types.js";

/** Rows per batch: large enough that messages are few, small enough that memory stays flat. */
const BATCH_ROWS = 4_000;

/** The default number of workers: the cores less one for the reading thread, at least 1. @internal */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** How a parallel read is run. @internal */
export interface ParallelRun {
  readonly source: HouseholdSource;
  readonly file: string;
  readonly options: ReadHouseholdsCsvOptions;
  readonly tally: Tally;
  /** The worker script (it calls `serveBatches`), and what it is told at start. */
  readonly worker: URL;
  readonly task: string;
  readonly taskOptions: unknown;
  readonly workers: number;
  /**
   * `order`: batches of consecutive households, results in file order. `regency`: each worker gets
   * whole regencies (the households whose first `regency` cell routes to it), for simulations whose
   * quotas are filled per regency.
   */
  readonly route: "order" | "regency";
}

/** What a worker says: a batch done, its final result, or a failure. @internal */
export type WorkerMessage<R, F> =
  | { readonly type: "batch"; readonly result: BatchResult<R> }
  | { readonly type: "done"; readonly result: F }
  | { readonly type: "error"; readonly error: unknown };

/** FNV-1a of a text, to route a regency to a worker. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function startWorker(run: ParallelRun, setup: BatchSetup): Worker {
  const typescript = run.worker.pathname.endsWith(".ts");
  // Under the test runner the sources are TypeScript: the worker loads them through tsx.
  return new Worker(run.worker, { workerData: { setup, task: run.task, taskOptions: run.taskOptions }, ...(typescript ? { execArgv: ["--import", "tsx"] } : {}) });
}

/**
 * Read a CSV file once on this thread, cutting it at household boundaries, checking household ids
 * in file order, and fan the batches out to `run.workers` worker threads that read, validate and
 * use them (`readBatch`) exactly as `readHouseholdsCsv` would. Yields the batch results in file
 * order (`order`) or as they come (`regency`), then each worker's final result. Memory: a few
 * batches per worker in flight, whatever the file's size.
 * @internal
 */
export async function* runParallel<R, F>(run: ParallelRun): AsyncGenerator<{ batch: BatchResult<R> } | { final: F }, void, undefined> {
  const { tally, options } = run;
  tally.start();
  const delimiter = options.delimiter ?? ",";
  const splitter = new CsvSplitter(delimiter);
  const input = openSource(run.source);
  const chunks = decodeUtf8(input);
  const ids = new IdCheck(options.householdIds);
  let layout: CsvLayout | undefined;
  let header: readonly string[] = [];
  let regencyIndex = -1;
  let workers: Worker[] = [];
  const done: Map<number, BatchResult<R>> = new Map();
  const finals: F[] = [];
  let failed: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let inFlight = 0;
  let seq = 0;
  let nextOut = 0;
  let marked = false;
  // The batch being filled per destination (one for `order`, one per worker for `regency`).
  const open: { segments: Segment[]; flags: [number, string, string][]; rows: number; continues?: string | undefined }[] = [];
  // The text kept: from the start of the household being read; `consumed`: where the splitter stopped.
  let text = "";
  let consumed = 0;
  let householdStart = 0;
  let householdLine = 0;
  let householdRows = 0;
  let householdId: string | undefined;
  let householdRegency = "";
  let householdFlag: [number, string, string] | undefined;

  const targetOf = (): number => (run.route === "order" || workers.length === 0 ? 0 : hash(householdRegency) % workers.length);
  const batchOf = (target: number) => (open[target] ??= { segments: [], flags: [], rows: 0 });
  const send = (target: number, extra: Partial<Batch> = {}): void => {
    const batch = open[target];
    if (batch === undefined || (batch.segments.length === 0 && extra.stoppedLine === undefined && extra.unclosedQuoteLine === undefined)) return;
    const message: Batch = { seq: seq++, segments: batch.segments, flags: batch.flags, checkMarks: marked, continues: batch.continues, ...extra };
    open[target] = { segments: [], flags: [], rows: 0 };
    inFlight += 1;
    const worker = workers[run.route === "order" ? message.seq % workers.length : target] as Worker;
    worker.postMessage({ type: "batch", batch: message });
  };
  /** Put the text of the household being read, up to `end`, into its destination's batch. */
  const place = (end: number): number => {
    const target = targetOf();
    const batch = batchOf(target);
    const piece = text.slice(householdStart, end);
    const last = batch.segments[batch.segments.length - 1];
    // In file order the households of a batch are contiguous: one segment.
    if (run.route === "order" && last !== undefined) batch.segments[batch.segments.length - 1] = { text: last.text + piece, line: last.line };
    else batch.segments.push({ text: piece, line: householdLine });
    if (householdFlag !== undefined) batch.flags.push(householdFlag);
    householdFlag = undefined;
    batch.rows += householdRows;
    return target;
  };
  const closeHousehold = (end: number): void => {
    if (householdId === undefined) return;
    const target = place(end);
    householdId = undefined;
    if ((open[target]?.rows ?? 0) >= BATCH_ROWS) send(target);
  };
  /** A stopping error: what was read goes out, the household being read is rejected by its worker. */
  const stop = (line: number): void => {
    if (householdId !== undefined && workers.length > 0) {
      const target = place(consumed);
      householdId = undefined;
      send(target, { stoppedLine: line });
    }
  };

  let stopError: unknown;
  try {
    for (;;) {
      if (failed !== undefined) throw failed;
      let chunk: IteratorResult<{ text: string; marked: boolean }, void>;
      try {
        chunk = await chunks.next();
      } catch (error) {
        stopError = readError(error, run.file);
        stop(splitter.nextLine);
        break;
      }
      const last = chunk.done === true;
      const piece = chunk.done === true ? undefined : chunk.value;
      if (piece?.marked === true) marked = true;
      // Keep only the household being read and the unfinished record.
      const keep = householdId === undefined ? consumed : householdStart;
      text = text.slice(keep) + (piece?.text ?? "");
      consumed -= keep;
      householdStart -= keep;
      const split = splitter.parse(consumed === 0 ? text : text.slice(consumed), last);
      const base = consumed;
      for (let r = 0; r < split.records.length; r++) {
        const cells = split.records[r] as string[];
        const start = base + (r === 0 ? 0 : (split.ends[r - 1] as number));
        if (isBlank(cells)) continue;
        if (layout === undefined) {
          layout = readHeader(cells, options.unknownColumns ?? "error");
          tally.ignoredColumns = layout.ignored;
          regencyIndex = layout.household.find((c) => c.column.name === "regency")?.index ?? -1;
          const { asOf, delimiter: given, unknownColumns } = options;
          const setup: BatchSetup = { file: run.file, header: cells, options: { ...(asOf ? { asOf } : {}), ...(given ? { delimiter: given } : {}), ...(unknownColumns ? { unknownColumns } : {}) } };
          workers = Array.from({ length: run.workers }, () => startWorker(run, setup));
          for (const worker of workers) {
            worker.on("message", (message: WorkerMessage<R, F>) => {
              if (message.type === "batch") {
                inFlight -= 1;
                done.set(message.result.seq, message.result);
              } else if (message.type === "done") finals.push(message.result);
              else failed = fromWire(message.error);
              notify();
            });
            worker.on("error", (error) => {
              failed = error;
              notify();
            });
          }
          continue;
        }
        tally.row();
        const id = cells[layout.idIndex] ?? "";
        if (householdId === undefined || (id !== "" && id !== householdId)) {
          closeHousehold(start);
          householdStart = start;
          householdLine = split.lines[r] as number;
          householdRows = 0;
          householdId = id;
          householdRegency = "";
          if (id !== "") {
            const verdict = ids.check(id);
            if (verdict !== undefined) householdFlag = [householdLine, verdict, verdict === "out_of_order" ? (ids.maxId ?? "") : ""];
          }
        }
        householdRows += 1;
        if (householdRegency === "" && regencyIndex >= 0) householdRegency = cells[regencyIndex] ?? "";
      }
      consumed = base + split.consumed;
      if (last) {
        // The last household, with the unreadable end of a quote never closed, which joins it.
        const target = householdId === undefined ? 0 : place(consumed);
        householdId = undefined;
        if (split.unclosedQuoteLine > 0 && workers.length > 0) {
          tally.row();
          batchOf(target);
          send(target, { unclosedQuoteLine: split.unclosedQuoteLine });
        }
        break;
      }
      if (text.length - consumed > MAX_RECORD) {
        stopError = failure(ioMessages, "io.record_too_large", { line: splitter.nextLine, max: MAX_RECORD });
        stop(splitter.nextLine);
        break;
      }
      // A household of more rows than a batch (rejected row by row past the limit): cut it here.
      if (householdId !== undefined && householdRows > Math.max(BATCH_ROWS, MAX_ROWS_PER_HOUSEHOLD)) {
        const target = place(consumed);
        send(target);
        batchOf(target).continues = householdId;
        householdStart = consumed;
        householdLine = splitter.nextLine;
        householdRows = 0;
      }
      // Hand on what is done, in order, and wait while too much is in flight.
      yield* drain();
      while (workers.length > 0 && inFlight >= 2 * workers.length && failed === undefined) {
        await new Promise<void>((resolve) => (wake = resolve));
        yield* drain();
      }
    }
    if (layout === undefined) throw stopError ?? failure(ioMessages, "io.no_header", { file: shown(run.file, 200) });
    for (let target = 0; target < open.length; target++) send(target);
    for (const worker of workers) worker.postMessage({ type: "finish" });
    while ((inFlight > 0 || finals.length < workers.length) && failed === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      yield* drain();
    }
    if (failed !== undefined) throw failed;
    yield* drain();
    if (stopError !== undefined) throw stopError;
    for (const final of finals) yield { final };
  } finally {
    void chunks.return(undefined);
    input.destroy();
    for (const worker of workers) void worker.terminate();
  }
  tally.finish();

  function* drain(): Generator<{ batch: BatchResult<R> }, void, undefined> {
    if (run.route === "regency") {
      for (const [key, result] of done) {
        done.delete(key);
        tally.add(result.counts);
        yield { batch: result };
      }
      return;
    }
    for (let result = done.get(nextOut); result !== undefined; result = done.get(nextOut)) {
      done.delete(nextOut);
      nextOut += 1;
      tally.add(result.counts);
      yield { batch: result };
    }
  }
}
