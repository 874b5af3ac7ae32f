import type { Household } from "../household/household.js";
import { rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import type { CsvLayout } from "./_csvHeader.js";
import { csvBatch, CsvRecords } from "./_csvParse.js";
import { joinTables, type TableRecords } from "./_csvTables.js";
import { CsvSplitter } from "./_csvSplit.js";
import { Tally, type TallyCounts } from "./_tally.js";
import { decodeBytes } from "./_utf8.js";
import type { HouseholdEvent, ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

/** Bytes a worker decodes and splits at a time (then up to the next line break). */
const PIECE = 64 * 1024;

/**
 * A batch of households for a worker: the bytes of whole records of the file, cut by the reading
 * thread at household boundaries and transferred (not copied) to the worker. @internal
 */
export interface Batch {
  readonly seq: number;
  readonly bytes: Uint8Array;
  /**
   * The pieces of the file in `bytes`, as flat pairs: where the piece starts in `bytes` and the
   * physical line of its first record. A piece runs to the start of the next one (or the end).
   */
  readonly segments: readonly number[];
  /** [line, verdict, previous id] for each household the id checks flagged. */
  readonly flags: readonly (readonly [number, string, string])[];
  /** The batch starts inside a household of too many rows (its id). */
  readonly continues?: string | undefined;
  /** The file ended inside an unclosed quote on this line (last batch). */
  readonly unclosedQuoteLine?: number | undefined;
  /** Reading stopped on this line (last batch): the held household is rejected. */
  readonly stoppedLine?: number | undefined;
  /** The two-table layout: the parts of both files in `bytes`, each read on its own, in order. */
  readonly tables?: readonly TablePiece[] | undefined;
}

/**
 * A part of both files of the two-table layout, cut where the join is about to decide on a row of
 * each (or the end of a file): the bytes of each file between two such places, each with a line
 * break before it (a byte-order mark of the file is gone, one at the start of the part is a cell's),
 * read from the line before its first record's, with the id the file was sorted by up to there.
 * @internal
 */
export interface TablePiece {
  /** `bytes[from, to)` and the line of the first byte (the line break), for each file. */
  readonly households: readonly [from: number, to: number, line: number];
  readonly members: readonly [from: number, to: number, line: number];
  readonly last: readonly [string | undefined, string | undefined];
  /** Reading stopped after this part of the file (0: households, 1: members); the line the stop names. */
  readonly stop?: readonly [side: 0 | 1, line: number] | undefined;
}

/** What a worker needs to read batches as the reading thread would. @internal */
export interface BatchSetup {
  readonly file: string;
  readonly header: readonly string[];
  readonly options: Pick<ReadHouseholdsCsvOptions, "asOf" | "delimiter" | "unknownColumns" | "renameColumns">;
  /** The two-table layout: `file` and `header` are the households file's, these the members file's. */
  readonly members?: { readonly file: string; readonly header: readonly string[] } | undefined;
}

/** Where an accepted household was read from. @internal */
export interface HouseholdPlace {
  readonly file: string;
  readonly line: number;
  readonly rows: number;
}

/** One event of a batch: a rejected row, or the task's result for an accepted household. @internal */
export type BatchEvent<R> = RejectedRow | (HouseholdPlace & { readonly kind: "household"; readonly result: R });

/**
 * What a task answers for an accepted household whose result it wrote into its own batch output
 * (`endBatch`) rather than into an event: no object is made, kept or cloned for it. Never crosses
 * threads. @internal
 */
export const WRITTEN: unique symbol = Symbol("written");

/** A batch's events in file order, the fates of its rows, and what the task adds. @internal */
export interface BatchResult<R> {
  readonly seq: number;
  readonly events: readonly BatchEvent<R>[];
  /**
   * When the task wrote households (`WRITTEN`): for each event, how many written households come
   * before it in file order (the rest come after the last event).
   */
  readonly written?: readonly number[];
  readonly counts: TallyCounts;
  readonly extra?: unknown;
  /** The two-table layout: how many events the batch has at the end of each of its parts. */
  readonly pieceEnds?: readonly number[];
}

/** Hands a batch's events on: rejections as they are, accepted households to `use`. */
class Collector<R> {
  readonly events: BatchEvent<R>[] = [];
  private readonly before: number[] = [];
  private written = 0;

  constructor(private readonly use: (household: Household, place: HouseholdPlace) => R | typeof WRITTEN | undefined) {}

  take(found: readonly HouseholdEvent[] | undefined): void {
    if (found === undefined) return;
    for (const event of found) {
      if (event.kind === "rejected") {
        this.events.push(event);
        this.before.push(this.written);
      } else {
        const result = this.use(event.household, event);
        if (result === WRITTEN) this.written += 1;
        else if (result !== undefined) {
          this.events.push({ kind: "household", file: event.file, line: event.line, rows: event.rows, result });
          this.before.push(this.written);
        }
      }
    }
  }

  result(seq: number, counts: TallyCounts): BatchResult<R> {
    const { events } = this;
    return this.written === 0 ? { seq, events, counts } : { seq, events, written: this.before, counts };
  }
}

/**
 * Read one batch as `readHouseholdsCsv` reads the same rows of the whole file (same grammar, same
 * assembler, the id verdicts of the reading thread) and hand each accepted household to `use`; a
 * result other than `undefined` or `WRITTEN` becomes the household's event. `piece`: bytes decoded at a time
 * (tests cut smaller ones).
 * @internal
 */
export function readBatch<R>(setup: BatchSetup, layout: CsvLayout, batch: Batch, use: (household: Household, place: HouseholdPlace) => R | typeof WRITTEN | undefined, piece = PIECE): BatchResult<R> {
  const tally = new Tally(setup.file, {});
  const flags = new Map<number, string>();
  for (const [line, verdict, previous] of batch.flags) {
    flags.set(line, verdict);
    flags.set(-line, previous);
  }
  const assembler = new CsvAssembler(layout, setup.file, tally, { ...setup.options, householdIds: "none" }, flags);
  if (batch.continues !== undefined) assembler.resume(batch.continues);
  const collected = new Collector(use);
  const take = (found: readonly HouseholdEvent[] | undefined): void => collected.take(found);
  const { bytes, segments } = batch;
  for (let s = 0; s < segments.length; s += 2) {
    const from = segments[s] as number;
    const to = s + 2 < segments.length ? (segments[s + 2] as number) : bytes.length;
    // A piece of the file apart from the one before (cut by regency, always at a household's end):
    // no row held goes on with it, and the household being read ends there, even when the next
    // piece starts with the same id (a household id that reappears further on in the file).
    if (s > 0) take(assembler.finish());
    const splitter = new CsvSplitter(setup.options.delimiter ?? ",");
    splitter.nextLine = segments[s + 1] as number;
    splitter.repeatLeading(layout.leadingHousehold);
    // Piece by piece of whole lines, as the one-thread reader decodes: only one piece's records are
    // alive at a time, so they die young (a whole batch's records outlived scavenges, were copied
    // and promoted, and doubled the worker's garbage-collection time).
    let pending = "";
    let marked = false;
    for (let at = from; at < to; ) {
      const lineEnd = at + piece >= to ? -1 : bytes.indexOf(0x0a, at + piece);
      const cut = lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1;
      const last = cut === to;
      const chunk = decodeBytes(bytes.subarray(at, cut));
      // Once some bytes of the segment were not UTF-8, rows are searched for the mark (a record may span pieces).
      if (chunk.marked) marked = true;
      const text = pending + chunk.text;
      // Rows that repeat the household cells of the row before as their person cells only, while the bytes are valid.
      splitter.tails = assembler.takesTails && !marked;
      const split = splitter.parse(text, last, last);
      pending = last ? "" : text.slice(split.consumed);
      // With the splitter's `repeated` flags, as the one-thread reader: the household cells of a row that
      // repeats the row before are not compared again.
      const { records, lines, invalidCells, repeated } = csvBatch(split.records, split.lines, marked, split.repeated, splitter.tails);
      for (let r = 0; r < records.length; r++) take(assembler.add(records[r] as string[], lines[r] as number, invalidCells?.[r] ?? -1, repeated?.[r] === true, splitter.tails));
      at = cut;
    }
  }
  if (batch.unclosedQuoteLine !== undefined) {
    const line = batch.unclosedQuoteLine;
    take(assembler.unreadable(line, rowIssue("io.unclosed_quote", undefined, { line })));
  }
  take(batch.stoppedLine === undefined ? assembler.finish() : assembler.stop(batch.stoppedLine));
  return collected.result(batch.seq, tally.counts());
}

/** Thrown by a part's records where the whole read stopped (a worker's part ends there). */
const STOPPED = Symbol("stopped");

/**
 * Read one batch of the two-table layout as `readHouseholdsCsv({ households, members })` reads the
 * same rows of both files: each part with the join itself (`joinTables`, the same assembler),
 * started where the whole read was ({@link TablePiece}), so that each part gives the events the
 * whole read gives for it. Accepted households go to `use`, as in {@link readBatch}.
 * @internal
 */
export async function readTablesBatch<R>(setup: BatchSetup, layouts: readonly [CsvLayout, CsvLayout], batch: Batch, use: (household: Household, place: HouseholdPlace) => R | typeof WRITTEN | undefined): Promise<BatchResult<R>> {
  const tally = new Tally(setup.file, {});
  const collected = new Collector(use);
  const pieceEnds: number[] = [];
  const options = setup.options;
  const members = setup.members as NonNullable<BatchSetup["members"]>;
  // One assembler for the batch: between two parts it holds nothing (a part ends between households).
  const assembler = new CsvAssembler(layouts[0], setup.file, tally, { ...options, householdIds: "none" }, undefined, layouts[1]);
  for (const piece of batch.tables ?? []) {
    const records = ([piece.households, piece.members] as const).map(([from, to, line], side): TableRecords => {
      // Records past the readers' limit were refused by the reading thread where one thread refuses them.
      const read = new CsvRecords([batch.bytes.subarray(from, to)], side === 0 ? setup.file : members.file, options, (source) => source as AsyncIterable<unknown>, line, Number.POSITIVE_INFINITY);
      if (piece.stop?.[0] !== side) return read;
      // Where the whole read stopped: its error, after the same rows.
      return {
        file: read.file,
        nextLine: 0,
        unclosedQuote: false,
        next: async () => (await read.next()) ?? Promise.reject(STOPPED),
      };
    }) as [TableRecords, TableRecords];
    try {
      const events = joinTables({ households: records[0], members: records[1], layouts, tally, options, Assembler: CsvAssembler, assembler, last: piece.last, stopLine: piece.stop?.[1] });
      for await (const event of events) collected.take([event]);
    } catch (error) {
      if (error !== STOPPED) throw error;
    }
    pieceEnds.push(collected.events.length);
  }
  return { ...collected.result(batch.seq, tally.counts()), pieceEnds };
}
