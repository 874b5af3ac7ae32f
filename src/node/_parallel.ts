import { availableParallelism } from "node:os";
import { failure } from "../message/error.js";
import type { Batch, BatchEvent, BatchResult, BatchSetup } from "./_batch.js";
import { MORE, RECORD, UNCLOSED } from "./_byteScan.js";
import { ByteRecords, TOO_LARGE } from "./_byteRecords.js";
import { regencyKey } from "./_regencyKey.js";
import { MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";
import type { CsvLayout } from "./_csvHeader.js";
import { headerRecord, headerScan } from "./_headerScan.js";
import { IdCheck } from "./_idCheck.js";
import { StrayRecords } from "./_strayRecords.js";
import { Pool } from "./_pool.js";
import { tableItems } from "./_parallelTables.js";
import { isTables, type SourceTables } from "./_source.js";
import { ByLine, InOrder } from "./_release.js";
import { shown } from "./_shown.js";
import type { Tally } from "./_tally.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource, ReadHouseholdsCsvOptions, RejectedRow, WorkersUsed } from "./types.js";

/** Bytes per batch: few messages, and a worker's share of memory stays small. */
const TARGET = 1 << 20;
/** Bytes per read, as the one-thread reader's chunks (the runaway-record check falls at the same places). */
const CHUNK = 256 * 1024;
/** Batches in flight per worker before the reading thread waits. */
const IN_FLIGHT = 2;
/** By regency: a batch holding a household read this many bytes ago goes out, so events flow in order. */
const STALE = 16 * TARGET;

/**
 * The default number of workers (`"auto"`): the cores less one for the reading thread when that
 * makes two workers or more, else 0 (everything on the calling thread). A single worker does all
 * that one thread does and more (its start-up, passing every result back), so it is never the
 * default: on 2 cores it was slower than one thread at 300,000 and at 1,000,000 people
 * (`bench/parallel.ts`, each case in its own process; the numbers are in docs/guide-scale.md).
 * @internal
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores - 1 >= 2 ? cores - 1 : 0;
}

/**
 * The `workers` option read, and the one place that decides how many workers run: a whole number
 * from 1 to 256, or `"auto"` (the default, which may be 0: the calling thread). A number above the
 * machine's cores is cut to the cores (`cut: "cores"`): each worker adds 110–160 MB and its
 * start-up, and the result is the same whatever the count (on 2 cores, 100 workers took 56 s and
 * 3.3 GB for 2,000 rows, 0.7 s on one thread; at 110 MB each, 256 would need some 28 GB).
 * @internal
 */
export function workersUsed(value: number | "auto" | undefined, cores = availableParallelism()): WorkersUsed {
  if (value === undefined || value === "auto") return { requested: "auto", used: defaultWorkers(cores), cores, cut: undefined };
  if (!(Number.isSafeInteger(value) && value >= 1 && value <= 256)) {
    throw failure(ioMessages, "io.invalid_option", { option: "workers", expected: { id: 'bilangan bulat 1 sampai 256, atau "auto"', en: 'a whole number from 1 to 256, or "auto"' } });
  }
  const most = Math.max(1, cores);
  return { requested: value, used: Math.min(value, most), cores, cut: value > most ? "cores" : undefined };
}

/** The reader's options as they cross to a worker, which reads the header as this thread did (renameColumns a plain copy). @internal */
export function workerOptions({ asOf, asOfChecks, delimiter, unknownColumns, renameColumns }: ReadHouseholdsCsvOptions): BatchSetup["options"] {
  return { ...(asOf ? { asOf } : {}), ...(asOfChecks ? { asOfChecks } : {}), ...(delimiter ? { delimiter } : {}), ...(unknownColumns ? { unknownColumns } : {}), ...(renameColumns ? { renameColumns } : {}) };
}

/** How a parallel read is run. @internal */
export interface ParallelRun {
  /** One CSV source, or the two files of the two-table layout. */
  readonly source: HouseholdSource | SourceTables;
  readonly file: string;
  readonly options: ReadHouseholdsCsvOptions;
  readonly tally: Tally;
  /** The worker script (it calls `serveBatches`), the task it runs and the task's options. */
  readonly worker: URL;
  readonly task: string;
  readonly taskOptions: unknown;
  readonly workers: number;
  /**
   * `order`: batches of consecutive households, results in file order. `regency`: each worker gets
   * whole regencies (by the household's first regency cell), for simulations whose sums are kept
   * per regency; events come back in file order.
   */
  readonly route: "order" | "regency";
  /** Bytes per batch of the two-table layout (tests cut small ones). */
  readonly batchBytes?: number | undefined;
}

/** What a parallel read yields: a batch's result (`order`), or events in file order (`regency`). @internal */
export type ParallelItem = { readonly batch: BatchResult<unknown> } | { readonly events: readonly BatchEvent<unknown>[] };

/** The household being read. */
interface Held {
  start: number;
  line: number;
  rows: number;
  readonly id: string;
  readonly raw: Uint8Array;
  readonly quoted: boolean;
  regency: string;
  flag: readonly [number, string, string] | undefined;
  /** A line that repeats the header: a group of its own, which holds no stray line ({@link StrayRecords}). */
  readonly header: boolean;
}

/** A batch being filled for one worker (route `regency`). */
interface Filling {
  bytes: Uint8Array;
  length: number;
  segments: number[];
  flags: (readonly [number, string, string])[];
  firstLine: number;
  firstOffset: number;
  lastEnd: number;
  continues: string | undefined;
}

const emptyFilling = (): Filling => ({ bytes: new Uint8Array(0), length: 0, segments: [], flags: [], firstLine: 0, firstOffset: 0, lastEnd: -1, continues: undefined });

/**
 * Read a CSV file once on this thread and fan it out to worker threads. This thread only reads
 * bytes into its own buffers, finds record boundaries and the household id (and regency) cells
 * without decoding the rest ({@link RecordScanner}), checks household ids in file order, and cuts
 * the bytes at household boundaries; the buffers are transferred to the workers, which decode,
 * parse, validate and run the task exactly as `readHouseholdsCsv` would on the same rows.
 * Memory: a few batches per worker, whatever the file's size.
 * @internal
 */
export class ParallelRead {
  private pool: Pool | undefined;

  constructor(private readonly run: ParallelRun) {}

  /** Ask every worker for its final result (after {@link ParallelRead.items} has ended). */
  finish(): Promise<unknown[]> {
    return this.pool === undefined ? Promise.resolve([]) : this.pool.ask({ type: "finish" });
  }

  /** Ask every worker's task a question. */
  query(payload: unknown): Promise<unknown[]> {
    return this.pool === undefined ? Promise.resolve([]) : this.pool.ask({ type: "query", payload });
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  async *items(): AsyncGenerator<ParallelItem, void, undefined> {
    const { run } = this;
    const { source } = run;
    if (isTables(source)) {
      const tables = { ...run, source, pool: { worker: run.worker, task: run.task, taskOptions: run.taskOptions }, workerOptions: workerOptions(run.options) };
      try {
        yield* tableItems(tables, { target: run.batchBytes ?? TARGET, inFlight: IN_FLIGHT, stale: STALE }, (pool) => (this.pool = pool));
      } catch (error) {
        await this.close();
        throw error;
      }
      return;
    }
    const { tally, options } = run;
    const byRegency = run.route === "regency";
    tally.start();
    const reader = new ByteRecords(source, run.file, (options.delimiter ?? ",").charCodeAt(0), CHUNK, 2 * TARGET + CHUNK);
    const ids = new IdCheck(options.householdIds);
    const inOrder = new InOrder();
    const byLine = new ByLine();
    let scanner = reader.scanner;
    let idK = 0;
    let regencyK = -1;
    let names: Pick<CsvLayout, "names" | "idName"> = { names: [], idName: "household_id" };
    let headerRead = false;
    // Route `order`: the unsent bytes start at `from` (line `fromLine`); flags of households started since.
    let from = 0;
    let fromLine = 1;
    let flags: { offset: number; flag: readonly [number, string, string] }[] = [];
    let continues: string | undefined;
    // Route `regency`: a batch being filled per worker, and the worker of each regency.
    const filling: Filling[] = [];
    const workerOf = new Map<string, number>();
    const load: number[] = [];
    let held: Held | undefined;
    // Records that may be stray lines of the held household, not yet counted nor placed.
    let strays = new StrayRecords(0);
    let width = 0;
    let seq = 0;
    let stopError: unknown;

    const pool = (): Pool => this.pool as Pool;
    const post = (worker: number, batch: Batch, firstLine: number): void => {
      if (byRegency) byLine.sent(batch.seq, firstLine);
      pool().send(worker, batch);
    };

    /** Route `order`: send `[from, cut)`; the rest moves to a fresh buffer (the sent one is transferred). */
    const sendUpTo = (cut: number, extra: Partial<Batch> = {}, nextLine = held?.line ?? scanner.nextLine): void => {
      if (this.pool === undefined) return;
      const batchFlags = flags.filter((f) => f.offset < cut).map((f) => f.flag);
      const batch: Batch = { seq: seq++, bytes: reader.buf.subarray(from, cut), segments: [0, fromLine], flags: batchFlags, continues, ...extra };
      continues = undefined;
      // Room for a batch and a chunk past it (a larger household grows it): fresh memory is paid for
      // page by page, and the worker holds the transferred buffer until its collector frees it.
      reader.drop(cut, Buffer.allocUnsafeSlow(Math.max(TARGET + 2 * CHUNK, reader.length - cut + CHUNK)));
      post(pool().idlest(), batch, fromLine);
      shift(cut);
      from = 0;
      fromLine = nextLine;
    };
    /** The bytes before `by` were dropped from the reader's buffer: the positions held here move with it. */
    const shift = (by: number): void => {
      if (held !== undefined) held.start -= by;
      strays.start -= by;
      flags = flags.filter((f) => f.offset >= by).map((f) => ({ offset: f.offset - by, flag: f.flag }));
    };

    /** Route `regency`: the worker of a regency (a new one goes to the worker with the least so far). */
    const workerFor = (regency: string): number => {
      let worker = workerOf.get(regency);
      if (worker === undefined) {
        worker = 0;
        for (let w = 1; w < pool().size; w++) if ((load[w] ?? 0) < (load[worker] ?? 0)) worker = w;
        workerOf.set(regency, worker);
      }
      return worker;
    };
    const sendFilling = (worker: number, extra: Partial<Batch> = {}): void => {
      const f = filling[worker];
      if (f === undefined || (f.length === 0 && extra.unclosedQuoteLine === undefined && extra.stoppedLine === undefined && f.continues === undefined)) return;
      const batch: Batch = { seq: seq++, bytes: f.bytes.subarray(0, f.length), segments: f.segments, flags: f.flags, continues: f.continues, ...extra };
      filling[worker] = emptyFilling();
      post(worker, batch, f.length === 0 ? Number.POSITIVE_INFINITY : f.firstLine);
    };
    /** Route `regency`: copy the held household's bytes up to `end` into its worker's batch. */
    const place = (end: number): number => {
      const h = held as Held;
      const worker = workerFor(h.regency);
      const f = (filling[worker] ??= emptyFilling());
      const size = end - h.start;
      load[worker] = (load[worker] ?? 0) + size;
      if (f.length + size > f.bytes.length) {
        const bigger = Buffer.allocUnsafeSlow(Math.max(TARGET + CHUNK, 2 * (f.length + size)));
        bigger.set(f.bytes.subarray(0, f.length));
        f.bytes = bigger;
      }
      const at = reader.offset + h.start;
      if (f.length === 0) {
        f.firstLine = h.line;
        f.firstOffset = at;
      }
      if (f.lastEnd !== at || f.length === 0) f.segments.push(f.length, h.line);
      f.bytes.set(reader.buf.subarray(h.start, end), f.length);
      f.length += size;
      f.lastEnd = reader.offset + end;
      if (h.flag !== undefined) f.flags.push(h.flag);
      h.flag = undefined;
      return worker;
    };
    const closeHeld = (end: number): void => {
      if (held === undefined) return;
      if (byRegency) {
        const worker = place(end);
        if ((filling[worker]?.length ?? 0) >= TARGET) sendFilling(worker);
      }
      held = undefined;
    };
    /** Reading stopped on `line`: what was read goes out, the household being read is rejected by its worker. */
    const stop = (line: number): void => {
      // Records held go out with the household being read, and are rejected with it.
      for (; strays.held > 0; strays.held--) tally.row();
      if (held === undefined || this.pool === undefined) return;
      if (byRegency) {
        const worker = place(reader.pos);
        held = undefined;
        sendFilling(worker, { stoppedLine: line });
      } else {
        held = undefined;
        sendUpTo(reader.pos, { stoppedLine: line });
      }
    };

    try {
      for (;;) {
        this.pool?.check();
        // Keep only what is not yet sent.
        const dropped = reader.room(byRegency ? (held?.start ?? reader.pos) : from);
        if (dropped > 0) shift(dropped);
        try {
          await reader.read();
        } catch (error) {
          stopError = error;
          stop(scanner.nextLine);
          break;
        }
        const view = reader.view;
        let found = MORE;
        for (;;) {
          while ((found = reader.next()) === RECORD) {
            const start = reader.start;
            if (!headerRead) {
              const header = headerScan(view.subarray(start, reader.pos), options, byRegency);
              const { cells, layout, wanted } = header;
              strays = new StrayRecords(layout.width);
              width = layout.width;
              tally.ignoredColumns = layout.ignored;
              names = layout;
              headerRead = true;
              ({ idK, regencyK } = header);
              scanner = reader.scan(wanted);
              from = reader.pos;
              fromLine = scanner.nextLine;
              // The workers read the header as this thread did: the options cross as data.
              const setup = { file: run.file, header: [...cells], options: workerOptions(options) };
              this.pool = new Pool({ worker: run.worker, task: run.task, taskOptions: run.taskOptions, size: run.workers }, setup);
              continue;
            }
            // A record of untrusted cells and another id waits: it may be a stray line of the held household.
            const resume = strays.next(scanner, idK, view, held, start);
            if (resume >= 0) {
              reader.pos = resume;
              continue;
            }
            for (let j = 0; j <= strays.joined; j++) tally.row();
            if (held === undefined || strays.other) {
              closeHeld(start);
              const { id, raw, quoted } = strays.idOf(scanner, idK, view);
              // A line that repeats the header starts a group of its own, as in the assembler, which rejects it: its id is not checked.
              const header = id !== "" && headerRecord(id, view.subarray(start, reader.pos), names, options.delimiter);
              // A record of untrusted cells that starts a household is not sorted by (as in the assembler).
              const verdict = id === "" || header ? undefined : ids.check(id, scanner.cellCount() === width);
              const flag = verdict === undefined ? undefined : ([scanner.line, verdict, verdict === "out_of_order" ? (ids.maxId ?? "") : ""] as const);
              held = { start, line: scanner.line, rows: 0, id, raw, quoted, regency: "", flag, header };
              if (flag !== undefined && !byRegency) flags.push({ offset: start, flag });
            }
            held.rows += 1;
            if (regencyK >= 0 && held.regency === "") held.regency = regencyKey(view, scanner.cellStart[regencyK] as number, scanner.cellEnd[regencyK] as number);
          }
          // The end of what can be read: records held are read again, each by its own id.
          if (found === MORE || found === TOO_LARGE || !strays.end(scanner, view)) break;
          reader.pos = strays.start;
        }
        // A record longer than the text reader reads, found whole: reading stops before it.
        if (found === TOO_LARGE) {
          stopError = reader.refused;
          stop(scanner.nextLine);
          break;
        }
        if (found !== MORE) {
          if (!headerRead) break;
          // The end of the file, or of its readable part: a quote never closed joins the last household.
          const unclosedLine = found === UNCLOSED ? scanner.nextLine : 0;
          const end = found === UNCLOSED ? reader.start : reader.pos;
          if (unclosedLine > 0) tally.row();
          const extra = unclosedLine > 0 ? { unclosedQuoteLine: unclosedLine } : {};
          if (byRegency) {
            const worker = held === undefined ? 0 : place(end);
            held = undefined;
            sendFilling(worker, extra);
            for (let w = 0; w < pool().size; w++) sendFilling(w);
          } else {
            held = undefined;
            sendUpTo(end, extra);
          }
          break;
        }
        stopError = reader.tooLarge();
        if (stopError !== undefined) {
          stop(scanner.nextLine);
          break;
        }
        if (this.pool !== undefined) {
          // A household is never cut before records held that may belong to it.
          if (byRegency) this.cutByRegency(strays.held > 0 ? undefined : held, reader.pos, scanner.nextLine, reader.offset, filling, place, sendFilling);
          else if (held !== undefined && held.start - from >= TARGET) sendUpTo(held.start);
          else if (held !== undefined && strays.held === 0 && held.rows > MAX_ROWS_PER_HOUSEHOLD && reader.pos - from >= TARGET) {
            // A household of more rows than allowed (rejected row by row): cut inside it.
            const id = held.id;
            sendUpTo(reader.pos, {}, scanner.nextLine);
            continues = id;
            held.start = reader.pos;
            held.line = scanner.nextLine;
            held.rows = 0;
          }
          yield* this.drain(inOrder, byLine, held, filling);
          // Wait while the workers are busy: every one of them (`order`), or one that a batch may go to (`regency`).
          const busy = (): boolean => (byRegency ? pool().inFlight.some((n) => n > IN_FLIGHT) : pool().inFlight.every((n) => n >= IN_FLIGHT));
          while (busy()) {
            await pool().wait();
            yield* this.drain(inOrder, byLine, held, filling);
          }
        }
      }
      if (!headerRead) throw stopError ?? failure(ioMessages, "io.no_header", { file: shown(run.file, 200) });
      if (byRegency) for (let w = 0; w < pool().size; w++) sendFilling(w);
      while (pool().inFlight.some((n) => n > 0)) {
        await pool().wait();
        yield* this.drain(inOrder, byLine, undefined, []);
      }
      yield* this.drain(inOrder, byLine, undefined, []);
      if (stopError !== undefined) throw stopError;
    } catch (error) {
      await this.close();
      throw error;
    } finally {
      await reader.close();
    }
    tally.finish();
  }

  /** Route `regency`: cut a household of too many rows, and send batches holding old households. */
  private cutByRegency(held: Held | undefined, pos: number, nextLine: number, fileOffset: number, filling: Filling[], place: (end: number) => number, send: (worker: number) => void): void {
    if (held !== undefined && held.rows > MAX_ROWS_PER_HOUSEHOLD && pos - held.start >= TARGET) {
      const worker = place(pos);
      send(worker);
      (filling[worker] as Filling).continues = held.id;
      held.start = pos;
      held.line = nextLine;
      held.rows = 0;
    }
    for (let w = 0; w < filling.length; w++) {
      const f = filling[w];
      if (f !== undefined && f.length > 0 && fileOffset + pos - f.firstOffset > STALE) send(w);
    }
  }

  /** Hand on what came back: batches in order (`order`), or the events before the watermark (`regency`). */
  private *drain(inOrder: InOrder, byLine: ByLine, held: Held | undefined, filling: readonly Filling[]): Generator<ParallelItem, void, undefined> {
    const { tally, route } = this.run;
    const results = (this.pool as Pool).results;
    // The counts by code are added in file order, so that they list the codes as one thread would.
    while (results.length > 0) {
      const result = results.shift() as BatchResult<unknown>;
      if (route === "order") inOrder.add(result);
      else {
        tally.add(result.counts, false);
        byLine.add(result);
      }
    }
    if (route === "order") {
      for (const batch of inOrder.take()) {
        tally.add(batch.counts);
        yield { batch };
      }
      return;
    }
    let watermark = held?.line ?? Number.POSITIVE_INFINITY;
    for (const f of filling) if (f !== undefined && f.length > 0 && f.firstLine < watermark) watermark = f.firstLine;
    const events = byLine.take(watermark);
    if (events.length > 0) {
      tally.codes(events.filter((e): e is RejectedRow => e.kind === "rejected"));
      yield { events };
    }
  }
}
