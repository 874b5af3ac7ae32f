import { ByteRecords } from "./_byteRecords.js";
import { MORE, RECORD, UNCLOSED } from "./_byteScan.js";
import { cellText, utf16Length } from "./_cellBytes.js";
import { failure } from "../message/error.js";
import { MAX_RECORD, type CsvRecord } from "./_csvParse.js";
import { ioMessages } from "./messages.js";
import { headerId } from "./_csvHeader.js";
import type { TableRecords } from "./_csvTables.js";
import { recordCells } from "./_headerScan.js";
import { regencyKey } from "./_regencyKey.js";
import { decodeBytes, incompleteTail, INVALID_MARK, pieceEnd, PIECE } from "./_utf8.js";
import type { HouseholdSource } from "./types.js";

/** Bytes per read, as the one-thread reader's chunks (the runaway-record check falls at the same places). */
const CHUNK = 256 * 1024;
const LF = 10;

/**
 * The records of one file of the two-table layout for the parallel runner's reading thread, found
 * in its bytes ({@link ByteRecords}) with only what the join decides on: the first record (the
 * header) whole; then per record its cell count and household id, read as the readers read them,
 * and all its cells when the id is the header's id name (a line that may repeat the header). Each
 * record says where it starts in the file (`at`), so that the reading thread can cut the file
 * there. `cells[regency]`, when asked, holds the household's regency key (its digits), for routing.
 * @internal
 */
export class ByteRows implements TableRecords {
  readonly bytes: ByteRecords;
  /** Where `bytes.buf[0]` is in the file. */
  offset = 0;
  /** The bytes from here on (in the file) are kept: they are not yet copied for a worker. */
  keep = 0;
  /** Where the last record read ends in the file. */
  end = 0;
  /** The file has been read to its end; `stopped`: reading it failed (a runaway record, a read error). */
  ended = false;
  stopped = false;
  unclosedQuote = false;
  unclosedAt: number | undefined;
  /** The header's cells. */
  header: readonly string[] = [];
  private idName = "";
  private idK = -1;
  private regencyK = -1;
  private wanted: number[] = [];

  constructor(
    source: unknown,
    readonly file: string,
    private readonly delimiter: string | undefined,
  ) {
    this.bytes = new ByteRecords(source as HouseholdSource, file, (delimiter ?? ",").charCodeAt(0), CHUNK, 2 * CHUNK);
  }

  /** After the header: the cells to read of each record, the id and (-1: none) the regency. */
  want(idIndex: number, idName: string, regencyIndex: number): void {
    this.wanted = regencyIndex < 0 ? [idIndex] : [idIndex, regencyIndex].sort((a, b) => a - b);
    this.idK = this.wanted.indexOf(idIndex);
    this.regencyK = regencyIndex < 0 ? -1 : this.wanted.indexOf(regencyIndex);
    this.idName = idName;
    this.bytes.scan(this.wanted);
  }

  /** Where the file ends (once read to its end). */
  get endAt(): number {
    return this.offset + this.bytes.length;
  }

  /**
   * The physical line the next record starts on, as the text reader says it: the next record's, or
   * where the bytes not yet whole start.
   */
  get nextLine(): number {
    const records = this.bytes;
    const scanner = records.scanner;
    if (this.ended) return scanner.nextLine;
    const { pos, start } = records;
    const line = scanner.nextLine;
    const next = records.next() === RECORD ? scanner.line : scanner.nextLine;
    records.pos = pos;
    records.start = start;
    scanner.nextLine = line;
    scanner.reset(records.view);
    return next;
  }

  /** This file's bytes `[from, to)` (positions in the file, kept). */
  slice(from: number, to: number): Uint8Array {
    return this.bytes.buf.subarray(from - this.offset, to - this.offset);
  }

  async next(): Promise<CsvRecord | undefined> {
    const records = this.bytes;
    for (;;) {
      const found = records.next();
      if (found === RECORD) return this.record();
      if (found === MORE) {
        try {
          this.offset += await records.fill(this.keep - this.offset);
        } catch (error) {
          this.stopped = true;
          throw error;
        }
        continue;
      }
      this.ended = true;
      if (found === UNCLOSED) {
        this.unclosedQuote = true;
        this.unclosedAt = this.offset + records.start;
      }
      return undefined;
    }
  }

  private record(): CsvRecord {
    const records = this.bytes;
    const scanner = records.scanner;
    const view = records.view;
    const line = scanner.line;
    if (records.pos - records.start > MAX_RECORD) this.refuseLong(line);
    const at = this.offset + records.start;
    this.end = this.offset + records.pos;
    if (this.idK < 0) {
      this.header = recordCells(view.subarray(records.start, records.pos), this.delimiter);
      return { cells: this.header, line, invalidCell: -1, at };
    }
    const from = scanner.cellStart[this.idK] as number;
    const to = scanner.cellEnd[this.idK] as number;
    let id = from === to ? "" : cellText(view, from, to, scanner.cellQuoted[this.idK] as boolean);
    // The readers mark every U+FFFD of a line that holds bytes not valid UTF-8 (decodeBytes).
    if (id.includes("\uFFFD") && decodeBytes(view.subarray(view.lastIndexOf(LF, from - 1) + 1, lineEnd(view, to))).marked) id = id.replace(/\uFFFD/g, INVALID_MARK);
    if (headerId(id, this.idName)) {
      const cells = recordCells(view.subarray(records.start, records.pos), this.delimiter);
      return { cells, line, invalidCell: -1, at };
    }
    const cells = new Array<string>(scanner.cellCount());
    cells[this.wanted[this.idK] as number] = id;
    const regencyK = this.regencyK;
    if (regencyK >= 0) cells[this.wanted[regencyK] as number] = regencyKey(view, scanner.cellStart[regencyK] as number, scanner.cellEnd[regencyK] as number);
    return { cells, line, invalidCell: -1, at };
  }

  /**
   * A whole record of more than `MAX_RECORD` characters is refused where the text reader refuses it:
   * when it was still unfinished at the end of one of the pieces that reader decodes a file in (its
   * chunks of `CHUNK` bytes, then pieces of whole lines, `decodeUtf8`), longer than that already.
   * The record is then the next one to read (the line a stop names).
   */
  private refuseLong(line: number): void {
    const records = this.bytes;
    const view = records.view;
    const { start, pos: end } = records;
    if (utf16Length(view, start, end) <= MAX_RECORD) return;
    // The pieces of the chunk the record ends in (less the bytes of a character cut at each end of it).
    const chunk = Math.floor((this.offset + end - 1) / CHUNK) * CHUNK - this.offset;
    const tail = (at: number): number => incompleteTail(view.subarray(Math.max(0, at - 3), at));
    const from = chunk - tail(chunk);
    const region = view.subarray(from, Math.min(chunk + CHUNK, records.length) - tail(Math.min(chunk + CHUNK, records.length)));
    // The last end of a piece before the record's end (the chunk's first piece starts where the one before ended).
    let last = from;
    for (let at = 0; at < region.length; ) {
      const to = pieceEnd(region, at, PIECE);
      if (from + to >= end) break;
      last = from + to;
      at = to;
    }
    if (last <= start || utf16Length(view, start, last) <= MAX_RECORD) return;
    records.pos = start;
    records.scanner.nextLine = line;
    records.scanner.reset(view);
    this.stopped = true;
    throw failure(ioMessages, "io.record_too_large", { line, max: MAX_RECORD });
  }

  close(): Promise<void> {
    return this.bytes.close();
  }
}

/** Where the line holding `at` ends (after its line break), or the end of the bytes. */
function lineEnd(bytes: Uint8Array, at: number): number {
  const found = bytes.indexOf(LF, at);
  return found === -1 ? bytes.length : found + 1;
}
