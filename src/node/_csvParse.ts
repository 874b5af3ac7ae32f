import { failure } from "../message/error.js";
import { isBlank } from "./_cells.js";
import { CsvSplitter } from "./_csvSplit.js";
import { readError, type OpenSource } from "./_source.js";
import { INVALID_MARK, type TextChunk } from "./_mark.js";
import { decodeUtf8 } from "./_utf8.js";
import { ioMessages } from "./messages.js";
import type { ReadHouseholdsCsvOptions } from "./types.js";

/** Longest record accepted, in characters; longer means a runaway quote, and reading stops. @internal */
export const MAX_RECORD = 1_000_000;

/**
 * The non-blank records of one piece of the input, each with the physical line it starts on, and
 * for a record whose bytes were not valid UTF-8 the index of its first cell holding U+FFFD.
 * @internal
 */
export interface CsvBatch {
  readonly records: readonly string[][];
  readonly lines: readonly number[];
  /** Parallel to `records` when some record holds invalid UTF-8: the cell index, else -1. */
  readonly invalidCells: readonly number[] | undefined;
  /** Parallel to `records` when the leading cells are looked for again: whether each record repeated those of the record before it. */
  readonly repeated?: readonly boolean[] | undefined;
  /** Whether a repeating record is given as its tail only ({@link CsvSplitter.tails}). */
  readonly tails?: boolean;
}

/** The first cell of a record that holds the mark of invalid UTF-8, or -1. @internal */
export function markedCell(cells: readonly string[]): number {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).indexOf(INVALID_MARK) !== -1) return i;
  return -1;
}

/**
 * The non-blank records of `split` with their lines; `checkMarks` (some input so far held invalid
 * UTF-8) looks for the cells that held it.
 * @internal
 */
export function csvBatch(records: string[][], lines: number[], checkMarks: boolean, repeated?: boolean[], tails = false): CsvBatch {
  // Blank records (empty lines, or separators only) are lines, not rows. A record repeating the
  // leading cells of the one before is not blank (they are never all empty), and may be a tail.
  const isBlankAt = (r: number) => repeated?.[r] !== true && isBlank(records[r] as string[]);
  let blank = false;
  for (let r = 0; r < records.length && !blank; r++) blank = isBlankAt(r);
  if (blank) {
    const kept = records.map((_, r) => (isBlankAt(r) ? -1 : r)).filter((r) => r >= 0);
    records = kept.map((r) => records[r] as string[]);
    lines = kept.map((r) => lines[r] as number);
    if (repeated !== undefined) repeated = kept.map((r) => repeated![r] === true);
  }
  let invalidCells: number[] | undefined;
  if (checkMarks) {
    // Whole records only: the readers give no tails once the input held invalid UTF-8.
    const cells = records.map(markedCell);
    if (cells.some((c) => c >= 0)) invalidCells = cells;
  }
  return { records, lines, invalidCells, repeated, tails };
}

/**
 * Reads one CSV source with the readers' CSV grammar ({@link CsvSplitter}), chunk by chunk at the consumer's pace: each chunk's complete records are
 * parsed at once and the incomplete last one is carried into the next chunk, so no record is cut
 * and memory stays bounded; a record longer than {@link MAX_RECORD} characters stops the read
 * (`io.record_too_large`). Numbers every record by the physical line it starts on, removes a
 * byte-order mark, and marks records whose bytes were not valid UTF-8. Blank records are counted
 * as lines and skipped.
 * @internal
 */
export class CsvReader {
  /** The input ended inside a quoted cell: its last record could not be read (known at the end). */
  unclosedQuote = false;
  private chunks: AsyncGenerator<TextChunk, void, undefined> | undefined;
  private readonly splitter: CsvSplitter;
  private pending = "";
  /** Some input so far held invalid UTF-8: rows are searched for its mark. */
  private marked = false;
  /** Whether repeating records are given as tails while the input is valid UTF-8. */
  private tails = false;
  private ended = false;
  private stopped: Error | undefined;

  constructor(
    private readonly source: unknown,
    readonly file: string,
    options: ReadHouseholdsCsvOptions,
    private readonly open: OpenSource,
    /** The physical line the source starts on (a part of a file, read by a worker). */
    line = 1,
    /** The longest record read (a worker reads only records its reading thread took whole: no limit). */
    private readonly maxRecord = MAX_RECORD,
  ) {
    this.splitter = new CsvSplitter(options.delimiter ?? ",");
    this.splitter.nextLine = line;
  }

  /** The physical line the next record starts on. */
  get nextLine(): number {
    return this.splitter.nextLine;
  }

  /**
   * Reuse the first `cells` cells of a record when the next one repeats them ({@link CsvSplitter.repeatLeading});
   * `tails`: give such a record as its other cells only ({@link CsvSplitter.tails}), until the input holds invalid UTF-8.
   */
  repeatLeading(cells: number, tails = false): void {
    this.splitter.repeatLeading(cells);
    this.tails = tails;
  }

  /** The next batch of records (possibly empty), or `undefined` at the end of the input. */
  async next(): Promise<CsvBatch | undefined> {
    if (this.stopped !== undefined) {
      this.ended = true;
      throw this.stopped;
    }
    if (this.ended) return undefined;
    let result: IteratorResult<TextChunk, void>;
    try {
      this.chunks ??= decodeUtf8(this.open(this.source));
      result = await this.chunks.next();
    } catch (error) {
      throw readError(error, this.file);
    }
    if (result.done === true) {
      this.ended = true;
      return this.parse(this.pending, true);
    }
    if (result.value.marked) this.marked = true;
    // The line a chunk's end cut held bytes that are not UTF-8 after the cut: it is marked as a whole
    // (its start is in the record still being read).
    if (result.value.markBefore === true) {
      const start = Math.max(this.pending.lastIndexOf("\n"), this.pending.lastIndexOf("\r")) + 1;
      this.pending = this.pending.slice(0, start) + this.pending.slice(start).replace(/\uFFFD/g, INVALID_MARK);
    }
    return this.parse(this.pending + result.value.text, false);
  }

  private parse(text: string, last: boolean): CsvBatch {
    if (text.length === 0) return { records: [], lines: [], invalidCells: undefined, repeated: undefined };
    // Cells holding the mark of invalid UTF-8 are looked for in whole records.
    const tails = this.tails && !this.marked;
    this.splitter.tails = tails;
    const split = this.splitter.parse(text, last);
    if (split.unclosedQuoteLine > 0) this.unclosedQuote = true;
    if (!last) this.carry(text, split.consumed);
    return csvBatch(split.records, split.lines, this.marked, split.repeated, tails);
  }

  private carry(text: string, from: number): void {
    this.pending = from === 0 ? text : from >= text.length ? "" : text.slice(from);
    // Thrown on the next call, after the complete records before it have been handed on.
    if (this.pending.length > this.maxRecord) this.stopped = failure(ioMessages, "io.record_too_large", { line: this.nextLine, max: MAX_RECORD });
  }

  /** Release the source (also when reading stopped early): the decoder's loop closes the source's iterator. */
  close(): void {
    // Closing cannot fail the read: an error of a source while it is released is not the data's.
    this.chunks?.return(undefined).catch(() => undefined);
  }
}

/** One non-blank CSV record, the physical line it starts on, and its first cell of invalid UTF-8 (-1: none). @internal */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
  readonly invalidCell: number;
  /** Where the record starts in the source's bytes (byte readers only). */
  readonly at?: number;
}

/**
 * Pull-based reading of one CSV source, record by record, for readers that take turns between two
 * files. Opens the source on the first `next()`; `close()` releases it.
 * @internal
 */
export class CsvRecords {
  private readonly reader: CsvReader;
  private batch: CsvBatch | undefined;
  private position = 0;

  constructor(source: unknown, file: string, options: ReadHouseholdsCsvOptions, open: OpenSource, line?: number, maxRecord?: number) {
    this.reader = new CsvReader(source, file, options, open, line, maxRecord);
  }

  get file(): string {
    return this.reader.file;
  }

  /** The physical line the next unread record starts on (the end of the input once read). */
  get nextLine(): number {
    const batch = this.batch;
    return batch !== undefined && this.position < batch.lines.length ? (batch.lines[this.position] as number) : this.reader.nextLine;
  }

  /** Whether the input ended inside a quoted cell (known once `next()` has returned `undefined`). */
  get unclosedQuote(): boolean {
    return this.reader.unclosedQuote;
  }

  /** The next non-blank record, or `undefined` at the end of the input. */
  async next(): Promise<CsvRecord | undefined> {
    for (;;) {
      const batch = this.batch;
      if (batch !== undefined && this.position < batch.records.length) {
        const at = this.position++;
        return { cells: batch.records[at] as string[], line: batch.lines[at] as number, invalidCell: batch.invalidCells?.[at] ?? -1 };
      }
      this.batch = await this.reader.next();
      this.position = 0;
      if (this.batch === undefined) return undefined;
    }
  }

  /** Release the source (also when reading stopped early). */
  close(): void {
    this.reader.close();
  }
}
