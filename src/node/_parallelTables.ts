import type { Batch, BatchEvent, BatchResult, BatchSetup, TablePiece } from "./_batch.js";
import { ByteRows } from "./_byteRows.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { joinTables, tableHeaders, tableNames, type Row } from "./_csvTables.js";
import { Pool, type PoolSetup } from "./_pool.js";
import { regencyKeyOfText } from "./_regencyKey.js";
import { InOrder } from "./_release.js";
import type { SourceTables } from "./_source.js";
import type { Tally } from "./_tally.js";
import type { HouseholdEvent, ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

// The reading thread of a parallel run over the two-table layout (a households file and a members
// file, both sorted by household_id). It runs the reader's own join (`joinTables`) over both
// files' bytes, reading of each record only what the join decides on (`ByteRows`: its id and cell
// count) with an assembler that validates nothing, and cuts both files where the join is about to
// take a step: there nothing is held but the two rows it will decide on (and members rows read
// ahead and given back after the second, which follow it in the file). A worker runs the same join,
// with the real assembler, over the bytes of each file from one such place to a later one, started
// as the whole read was there (the line, and the id each file was sorted by): it takes the same
// steps, so its events are the whole read's for those rows. Where one of its files ends before the
// other, the whole read saw a row of the next part instead, which it did not take in these steps:
// the join decides the other file's row the same way against the end of a file (a row of no match).

/** Where one file's next part starts: in the file's bytes, on which line, after rows sorted up to which id. */
interface Start {
  readonly at: number;
  readonly line: number;
  readonly last: string | undefined;
}

/** A place where both files can be cut. */
interface Place {
  readonly households: Start;
  readonly members: Start;
}

/** Bytes copied one part after another (route `regency`: a worker's waiting parts of one file). */
class Copied {
  bytes = Buffer.allocUnsafe(1 << 16);
  length = 0;

  /** Add `buf[from, to)`, after a line break when `newline` (a segment's first part). */
  add(buf: Buffer, from: number, to: number, newline: boolean): void {
    const size = to - from + (newline ? 1 : 0);
    if (this.length + size > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + size));
      this.bytes.copy(bigger, 0, 0, this.length);
      this.bytes = bigger;
    }
    if (newline) this.bytes[this.length++] = 10;
    this.length += buf.copy(this.bytes, this.length, from, to);
  }
}

/** Consecutive parts of both files for one worker, read as one: from `start` to `end`. */
interface Segment {
  readonly seq: number;
  readonly start: Place;
  end: Place;
  /**
   * Route `regency`: where its bytes are in its worker's copies of each file (households from, to;
   * members from, to), each with a line break first. Route `order`: none, the bytes are copied from
   * the readers' buffers when it is sent.
   */
  readonly copied: [number, number, number, number] | undefined;
  /** Both files' bytes read up to its start (for route `regency`: a segment waits at most so long). */
  readonly since: number;
  stop?: readonly [0 | 1, number];
}

/** The bytes of a segment, both files. */
const sizeOf = (s: Segment): number => (s.copied === undefined ? 2 + s.end.households.at - s.start.households.at + s.end.members.at - s.start.members.at : s.copied[1] - s.copied[0] + s.copied[3] - s.copied[2]);

/** How the reading thread cuts and waits. @internal */
export interface TablesTuning {
  /** Bytes (of both files) per batch. */
  readonly target: number;
  /** Batches in flight per worker before the reading thread waits. */
  readonly inFlight: number;
  /** Route `regency`: a batch waiting with parts read this many bytes ago goes out. */
  readonly stale: number;
}

/** What the run gives: as `ParallelRead.items`. @internal */
export type TablesItem = { readonly batch: BatchResult<unknown> } | { readonly events: readonly BatchEvent<unknown>[] };

/** What the two-table reading needs of the run (`ParallelRun`). @internal */
export interface TablesRun {
  readonly source: SourceTables;
  readonly options: ReadHouseholdsCsvOptions;
  readonly tally: Tally;
  readonly pool: Omit<PoolSetup, "size">;
  readonly workers: number;
  readonly route: "order" | "regency";
  /** The reader's options as they cross to a worker. */
  readonly workerOptions: BatchSetup["options"];
}

/** The event an assembler that validates nothing gives (the reading thread keeps no event). */
const NOTHING = Object.freeze({ kind: "rejected" }) as unknown as RejectedRow;
const STEPPED: HouseholdEvent[] = [NOTHING];

/**
 * Read both files once on this thread and fan their parts out to `run.pool`'s workers; `started`
 * gets the pool once both headers are read (they are refused as `readHouseholdsCsv` refuses them).
 * Route `order`: batches of consecutive parts, results in batch order. Route `regency`: each part
 * goes to the worker of the regency of the household it holds (a part holds one at most), and the
 * events come back in the join's order. Memory: a few batches per worker, whatever the files hold.
 * @internal
 */
export async function* tableItems(run: TablesRun, tuning: TablesTuning, started: (pool: Pool) => void): AsyncGenerator<TablesItem, void, undefined> {
  const { tally, options } = run;
  const byRegency = run.route === "regency";
  const names = tableNames(run.source);
  const files = [new ByteRows(run.source.households, names.households, options.delimiter), new ByteRows(run.source.members, names.members, options.delimiter)] as const;
  tally.start();
  try {
    const layouts = await tableHeaders(files[0], files[1], tally, options);
    const regencyIndex = byRegency ? (layouts[0].household.find((c) => c.column.name === "regency")?.index ?? -1) : -1;
    files[0].want(layouts[0].idIndex, layouts[0].idName, regencyIndex);
    files[1].want(layouts[1].idIndex, layouts[1].idName, -1);
    const setup: BatchSetup = { file: names.households, header: [...files[0].header], options: run.workerOptions, members: { file: names.members, header: [...files[1].header] } };
    const pool = new Pool({ ...run.pool, size: run.workers }, setup);
    started(pool);

    /** The places reached by the join, each with the regency of the household read since the one before. */
    const places: (readonly [Place, string | undefined])[] = [];
    let regency: string | undefined;
    let stopLine = 0;
    /** The join's assembler on this thread: it reads nothing, and notes the regency of each household. */
    class Cutter extends CsvAssembler {
      override openHousehold(cells: readonly string[]): void {
        regency = regencyIndex < 0 ? "" : regencyKeyOfText(cells[regencyIndex] ?? "");
      }
      override addMember(): HouseholdEvent[] | undefined {
        return undefined;
      }
      override finish(): HouseholdEvent[] | undefined {
        // An event per household step, so that the join hands control back at every step.
        return STEPPED;
      }
      override idIssue(): undefined {
        return undefined;
      }
      override rejectRow(): RejectedRow {
        return NOTHING;
      }
      override stop(line: number): HouseholdEvent[] | undefined {
        stopLine = line;
        return undefined;
      }
    }
    const startOf = (side: 0 | 1, row: Row | undefined): Start => (row === undefined ? { at: files[side].endAt, line: 0, last: undefined } : { at: row.at as number, line: row.line, last: row.before });
    const step = (h: Row | undefined, m: Row | undefined): void => {
      places.push([{ households: startOf(0, h), members: startOf(1, m) }, regency]);
      regency = undefined;
    };

    // Where the part not yet copied starts: after both headers.
    const afterHeader = (side: 0 | 1): Start => ({ at: files[side].end, line: files[side].bytes.scanner.nextLine, last: undefined });
    let from: Place = { households: afterHeader(0), members: afterHeader(1) };
    files[0].keep = from.households.at;
    files[1].keep = from.members.at;
    let seq = 0;
    let batchSeq = 0;
    /** The segment that ends where the next part starts, and its worker. */
    let open: { segment: Segment; worker: number } | undefined;
    /** Route `regency`: the segments waiting for each worker, and the worker of each regency. */
    const filling: Segment[][] = Array.from({ length: pool.size }, () => []);
    const workerOf = new Map<string, number>();
    const load: number[] = filling.map(() => 0);
    /** Bytes of both files waiting in each worker's segments. */
    const filled: number[] = filling.map(() => 0);
    /** Route `regency`: each worker's waiting bytes of each file. */
    const copies: (readonly [Copied, Copied])[] = [];
    const segmentsOf = new Map<number, readonly number[]>();
    const done = new Map<number, readonly BatchEvent<unknown>[]>();
    let nextSegment = 0;
    const inOrder = new InOrder();

    const send = (worker: number, segments: readonly Segment[]): void => {
      const tables: TablePiece[] = [];
      let bytes: Uint8Array;
      const pair = copies[worker];
      if (byRegency && pair !== undefined) {
        // Every segment waiting for the worker: its copies of both files, one after the other.
        const [h, m] = pair;
        bytes = new Uint8Array(h.length + m.length);
        bytes.set(h.bytes.subarray(0, h.length));
        bytes.set(m.bytes.subarray(0, m.length), h.length);
        for (const s of segments) {
          const [hFrom, hTo, mFrom, mTo] = s.copied as [number, number, number, number];
          tables.push({ households: [hFrom, hTo, s.start.households.line - 1], members: [h.length + mFrom, h.length + mTo, s.start.members.line - 1], last: [s.start.households.last, s.start.members.last], stop: s.stop });
          if (open?.segment === s) open = undefined;
        }
        h.length = 0;
        m.length = 0;
      } else {
        let size = 0;
        for (const s of segments) size += sizeOf(s);
        bytes = new Uint8Array(size);
        let at = 0;
        for (const s of segments) {
          // Each file's part with a line break before it (the part is read from the line before).
          const h = files[0].slice(s.start.households.at, s.end.households.at);
          const m = files[1].slice(s.start.members.at, s.end.members.at);
          bytes[at] = 10;
          bytes.set(h, at + 1);
          const hEnd = at + 1 + h.length;
          bytes[hEnd] = 10;
          bytes.set(m, hEnd + 1);
          tables.push({ households: [at, hEnd, s.start.households.line - 1], members: [hEnd, hEnd + 1 + m.length, s.start.members.line - 1], last: [s.start.households.last, s.start.members.last], stop: s.stop });
          at = hEnd + 1 + m.length;
          if (open?.segment === s) open = undefined;
        }
      }
      const batch: Batch = { seq: batchSeq++, bytes, segments: [], flags: [], tables };
      if (byRegency) segmentsOf.set(batch.seq, segments.map((s) => s.seq));
      pool.send(worker, batch);
    };
    const workerFor = (key: string): number => {
      let worker = workerOf.get(key);
      if (worker === undefined) {
        worker = 0;
        for (let w = 1; w < pool.size; w++) if ((load[w] as number) < (load[worker] as number)) worker = w;
        workerOf.set(key, worker);
      }
      return worker;
    };
    /** Copy the part from `from` to `to` (holding the household of `key`, if any) into a segment, and send what is due. */
    const advance = (to: Place, key: string | undefined, stop?: readonly [0 | 1, number]): void => {
      const worker = !byRegency ? -1 : key === undefined ? (open?.worker ?? 0) : workerFor(key);
      let first = false;
      if (open === undefined || open.worker !== worker) {
        first = true;
        const pair = byRegency ? (copies[worker] ??= [new Copied(), new Copied()]) : undefined;
        const segment: Segment = { seq: seq++, start: from, end: from, copied: pair && [pair[0].length, 0, pair[1].length, 0], since: from.households.at + from.members.at };
        open = { segment, worker };
        if (byRegency) (filling[worker] as Segment[]).push(segment);
      }
      const { segment } = open;
      const size = to.households.at - from.households.at + to.members.at - from.members.at;
      const pair = copies[worker];
      if (segment.copied !== undefined && pair !== undefined) {
        // The open segment is the last of its worker's: its bytes stay together in each copy.
        const [h, m] = files;
        pair[0].add(h.bytes.buf, from.households.at - h.bytes.offset, to.households.at - h.bytes.offset, first);
        pair[1].add(m.bytes.buf, from.members.at - m.bytes.offset, to.members.at - m.bytes.offset, first);
        segment.copied[1] = pair[0].length;
        segment.copied[3] = pair[1].length;
      }
      segment.end = to;
      if (stop !== undefined) segment.stop = stop;
      from = to;
      if (!byRegency) {
        // The readers keep the bytes of the segment being filled: they are copied when it is sent.
        if (sizeOf(segment) >= tuning.target) {
          send(pool.idlest(), [segment]);
          files[0].keep = to.households.at;
          files[1].keep = to.members.at;
        }
        return;
      }
      files[0].keep = to.households.at;
      files[1].keep = to.members.at;
      load[worker] = (load[worker] as number) + size;
      filled[worker] = (filled[worker] as number) + size;
      const now = to.households.at + to.members.at;
      for (let w = 0; w < filling.length; w++) {
        const waiting = filling[w] as Segment[];
        if (waiting.length > 0 && ((filled[w] as number) >= tuning.target || now - (waiting[0] as Segment).since > tuning.stale)) {
          send(w, waiting);
          filling[w] = [];
          filled[w] = 0;
        }
      }
    };
    const sendAll = (): void => {
      if (!byRegency) {
        if (open !== undefined) send(pool.idlest(), [open.segment]);
        return;
      }
      for (let w = 0; w < filling.length; w++) {
        if ((filling[w] as Segment[]).length > 0) send(w, filling[w] as Segment[]);
        filling[w] = [];
        filled[w] = 0;
      }
    };
    /** Hand on what came back: batches in order (`order`), or the events of each segment in the join's order (`regency`). */
    const drain = function* (): Generator<TablesItem, void, undefined> {
      const results = pool.results;
      while (results.length > 0) {
        const result = results.shift() as BatchResult<unknown>;
        if (!byRegency) {
          inOrder.add(result);
          continue;
        }
        tally.add(result.counts, false);
        const segments = segmentsOf.get(result.seq) as readonly number[];
        segmentsOf.delete(result.seq);
        let e = 0;
        segments.forEach((s, i) => {
          const end = result.pieceEnds?.[i] ?? 0;
          done.set(s, result.events.slice(e, end));
          e = end;
        });
      }
      if (!byRegency) {
        for (const batch of inOrder.take()) {
          tally.add(batch.counts);
          yield { batch };
        }
        return;
      }
      const released: BatchEvent<unknown>[] = [];
      for (let events = done.get(nextSegment); events !== undefined; events = done.get(nextSegment)) {
        done.delete(nextSegment++);
        for (const event of events) released.push(event);
      }
      if (released.length > 0) {
        tally.codes(released.filter((e): e is RejectedRow => e.kind === "rejected"));
        yield { events: released };
      }
    };
    const busy = (): boolean => (byRegency ? pool.inFlight.some((n) => n > tuning.inFlight) : pool.inFlight.every((n) => n >= tuning.inFlight));

    let stopError: unknown;
    try {
      for await (const _ of joinTables({ households: files[0], members: files[1], layouts, tally, options, Assembler: Cutter, step })) {
        if (places.length === 0) continue;
        pool.check();
        for (const [place, key] of places) advance(place, key);
        places.length = 0;
        yield* drain();
        while (busy()) {
          await pool.wait();
          yield* drain();
        }
      }
    } catch (error) {
      // Only reading that stops (a runaway record, a read error) ends the read with rows read.
      if (!files[0].stopped && !files[1].stopped) throw error;
      stopError = error;
    }
    for (const [place, key] of places) advance(place, key);
    const end = (side: 0 | 1): Start => {
      const file = files[side];
      return { at: Math.max(from[side === 0 ? "households" : "members"].at, file.ended ? file.endAt : file.end), line: 0, last: undefined };
    };
    advance({ households: end(0), members: end(1) }, regency, stopError === undefined ? undefined : [files[0].stopped ? 0 : 1, stopLine]);
    sendAll();
    while (pool.inFlight.some((n) => n > 0)) {
      await pool.wait();
      yield* drain();
    }
    yield* drain();
    if (stopError !== undefined) throw stopError;
  } finally {
    await Promise.all(files.map((file) => file.close()));
  }
  tally.finish();
}
