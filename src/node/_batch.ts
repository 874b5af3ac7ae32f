import type { Household } from "../household/household.js";
import { rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import type { CsvLayout } from "./_csvHeader.js";
import { csvBatch } from "./_csvParse.js";
import { CsvSplitter } from "./_csvSplit.js";
import { Tally, type TallyCounts } from "./_tally.js";
import { decodeBytes } from "./_utf8.js";
import type { ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

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
}

/** What a worker needs to read batches as the reading thread would. @internal */
export interface BatchSetup {
  readonly file: string;
  readonly header: readonly string[];
  readonly options: Pick<ReadHouseholdsCsvOptions, "asOf" | "delimiter" | "unknownColumns" | "renameColumns">;
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
  const events: BatchEvent<R>[] = [];
  const before: number[] = [];
  let written = 0;
  const take = (found: ReturnType<CsvAssembler["add"]>): void => {
    if (found === undefined) return;
    for (const event of found) {
      if (event.kind === "rejected") {
        events.push(event);
        before.push(written);
      } else {
        const result = use(event.household, event);
        if (result === WRITTEN) written += 1;
        else if (result !== undefined) {
          events.push({ kind: "household", file: event.file, line: event.line, rows: event.rows, result });
          before.push(written);
        }
      }
    }
  };
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
  return written === 0 ? { seq: batch.seq, events, counts: tally.counts() } : { seq: batch.seq, events, written: before, counts: tally.counts() };
}
