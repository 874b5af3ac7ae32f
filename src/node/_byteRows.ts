import { ByteRecords, TOO_LARGE } from "./_byteRecords.js";
import { MORE, RECORD, UNCLOSED } from "./_byteScan.js";
import { cellText, markedOnLine } from "./_cellBytes.js";
import type { CsvRecord } from "./_csvParse.js";
import { headerId } from "./_csvHeader.js";
import type { TableRecords } from "./_csvTables.js";
import { recordCells } from "./_headerScan.js";
import { regencyKey } from "./_regencyKey.js";
import type { HouseholdSource } from "./types.js";

/** Bytes per read (where the reads cut does not change which records are refused: `ByteRecords`). */
const CHUNK = 256 * 1024;

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
    return this.bytes.offset + this.bytes.length;
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
    const offset = this.bytes.offset;
    return this.bytes.buf.subarray(from - offset, to - offset);
  }

  async next(): Promise<CsvRecord | undefined> {
    const records = this.bytes;
    for (;;) {
      const found = records.next();
      if (found === RECORD) return this.record();
      if (found === MORE) {
        try {
          await records.fill(this.keep - records.offset);
        } catch (error) {
          this.stopped = true;
          throw error;
        }
        continue;
      }
      if (found === TOO_LARGE) {
        this.stopped = true;
        throw records.refused;
      }
      this.ended = true;
      if (found === UNCLOSED) {
        this.unclosedQuote = true;
        this.unclosedAt = records.offset + records.start;
      }
      return undefined;
    }
  }

  private record(): CsvRecord {
    const records = this.bytes;
    const scanner = records.scanner;
    const view = records.view;
    const line = scanner.line;
    const at = records.offset + records.start;
    this.end = records.offset + records.pos;
    if (this.idK < 0) {
      this.header = recordCells(view.subarray(records.start, records.pos), this.delimiter);
      return { cells: this.header, line, invalidCell: -1, at };
    }
    const from = scanner.cellStart[this.idK] as number;
    const to = scanner.cellEnd[this.idK] as number;
    const id = from === to ? "" : markedOnLine(view, from, to, cellText(view, from, to, scanner.cellQuoted[this.idK] as boolean));
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

  close(): Promise<void> {
    return this.bytes.close();
  }
}
