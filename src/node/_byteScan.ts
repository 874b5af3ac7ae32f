/**
 * The record boundaries of the readers' CSV grammar ({@link CsvSplitter}), found in the bytes of
 * a UTF-8 file without decoding it: the reading thread of a parallel run cuts a file at household
 * boundaries and reads one or two cells of each record (the household id, the regency) while the
 * worker threads decode and parse. Quotes, delimiters and line breaks are ASCII, and no byte of a
 * multi-byte UTF-8 sequence (nor of an invalid one, which the decoder replaces without swallowing an
 * ASCII byte) is below 0x80, so the bytes give the same records and physical lines as the text.
 * test/node/byteScan.prop.test.ts holds the two to each other on generated input.
 * @internal
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Whether `bytes[from, to)` are spaces and tabs only (or none): a cell of no data (`isSpaces`). */
function spaces(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== SPACE && bytes[i] !== TAB) return false;
  return true;
}

/** {@link RecordScanner.next}: a record was read, more bytes are needed, or a quote never closed. @internal */
export const RECORD = 0;
/** @internal */
export const MORE = 1;
/** @internal */
export const UNCLOSED = 2;

/** Count line breaks (CRLF, LF or CR each once) in `bytes[from, to)`, as CsvSplitter does. */
function breaksIn(bytes: Uint8Array, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c === LF) breaks += 1;
    else if (c === CR && bytes[i + 1] !== LF) breaks += 1;
  }
  return breaks;
}

/**
 * Scans records one at a time. After {@link RecordScanner.next} returns {@link RECORD}, `end` is
 * where the next record starts, `line` the physical line this one starts on, `blank` whether every
 * cell is empty or spaces and tabs only (`isBlank`), and for each wanted cell (by index) `cellStart`/`cellEnd`/`cellQuoted` (a missing
 * cell is empty). Holds no bytes between calls.
 * @internal
 */
export class RecordScanner {
  /** The physical line the next record starts on. */
  nextLine = 1;
  end = 0;
  line = 0;
  blank = false;
  readonly cellStart: number[];
  readonly cellEnd: number[];
  readonly cellQuoted: boolean[];
  /** The cells of the last record, counted by {@link RecordScanner.cellCount} (-1: not yet), and where its one line ends. */
  private count = -1;
  private lineStart = 0;
  private lineEnd = 0;
  /** Where the next quote and carriage return are at or after the last position asked (-1: none). */
  private quote = -2;
  private cr = -2;
  private bytes: Uint8Array | undefined;

  constructor(
    private readonly delimiter: number,
    /** The cell indices to report, ascending. */
    private readonly wanted: readonly number[],
  ) {
    this.cellStart = wanted.map(() => 0);
    this.cellEnd = wanted.map(() => 0);
    this.cellQuoted = wanted.map(() => false);
  }

  /** Start on new bytes (the positions found so far are forgotten). */
  reset(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.quote = -2;
    this.cr = -2;
  }

  private nextOf(byte: number, known: number, from: number): number {
    if (known === -1 || known >= from) return known;
    return (this.bytes as Uint8Array).indexOf(byte, from);
  }

  /** Read the record starting at `start`; without `last`, a record that may go on is not read. */
  next(start: number, last: boolean): number {
    const bytes = this.bytes as Uint8Array;
    const lineEnd = bytes.indexOf(LF, start);
    if (lineEnd !== -1) {
      this.quote = this.nextOf(QUOTE, this.quote, start);
      if (this.quote === -1 || this.quote > lineEnd) {
        let end = lineEnd;
        if (end > start && bytes[end - 1] === CR) end -= 1;
        this.cr = this.nextOf(CR, this.cr, start);
        if (this.cr === -1 || this.cr >= end) {
          // The fast path: a line without quotes or lone carriage returns is one record.
          this.cells(bytes, start, end);
          this.count = -1;
          this.lineStart = start;
          this.lineEnd = end;
          this.line = this.nextLine;
          this.nextLine += 1;
          this.end = lineEnd + 1;
          return RECORD;
        }
      }
    }
    return this.record(bytes, start, last);
  }

  /**
   * How many cells the record just read has (what the readers compare with the header's): counted
   * only when asked, for a record that may be a stray line of a household (`CsvAssembler.add`).
   */
  cellCount(): number {
    if (this.count === -1) {
      const bytes = this.bytes as Uint8Array;
      let count = 1;
      for (let at = bytes.indexOf(this.delimiter, this.lineStart); at !== -1 && at < this.lineEnd; at = bytes.indexOf(this.delimiter, at + 1)) count += 1;
      this.count = count;
    }
    return this.count;
  }

  /** The wanted cells of an unquoted record `bytes[start, end)`, and whether it is blank. */
  private cells(bytes: Uint8Array, start: number, end: number): void {
    const wanted = this.wanted;
    const delimiter = this.delimiter;
    let cell = 0;
    let p = start;
    for (let k = 0; k < wanted.length; k++) {
      const index = wanted[k] as number;
      // Walk to the wanted cell (the ids come first in a registry, so this is short).
      while (cell < index && p <= end) {
        while (p < end && bytes[p] !== delimiter) p += 1;
        p += 1;
        cell += 1;
      }
      let q = p;
      while (q < end && bytes[q] !== delimiter) q += 1;
      this.cellStart[k] = p > end ? end : p;
      this.cellEnd[k] = p > end ? end : q;
      this.cellQuoted[k] = false;
    }
    let blank = true;
    for (let i = start; i < end && blank; i++) blank = bytes[i] === delimiter || bytes[i] === SPACE || bytes[i] === TAB;
    this.blank = blank;
  }

  private found(cell: number, from: number, to: number, quoted: boolean): void {
    const k = this.wanted.indexOf(cell);
    if (k === -1) return;
    this.cellStart[k] = from;
    this.cellEnd[k] = to;
    this.cellQuoted[k] = quoted;
  }

  /** One record from `start`, cell by cell (CsvSplitter's `record`). */
  private record(bytes: Uint8Array, start: number, last: boolean): number {
    const length = bytes.length;
    const delimiter = this.delimiter;
    for (let k = 0; k < this.wanted.length; k++) {
      this.cellStart[k] = this.cellEnd[k] = start;
      this.cellQuoted[k] = false;
    }
    let blank = true;
    let breaks = 0;
    let cell = 0;
    let p = start;
    for (;;) {
      if (p < length && bytes[p] === QUOTE) {
        let q = bytes.indexOf(QUOTE, p + 1);
        while (q !== -1 && q + 1 < length && bytes[q + 1] === QUOTE) q = bytes.indexOf(QUOTE, q + 2);
        if (q === -1) return last ? UNCLOSED : MORE;
        if (q + 1 >= length && !last) return MORE;
        const after = q + 1 < length ? (bytes[q + 1] as number) : -1;
        if (after === delimiter || after === LF || after === CR || after === -1) {
          this.found(cell, p + 1, q, true);
          if (blank && !spaces(bytes, p + 1, q)) blank = false;
          breaks += breaksIn(bytes, p + 1, q);
          p = q + 1;
          if (after === delimiter) {
            p += 1;
            cell += 1;
            continue;
          }
          return this.ended(bytes, p, breaks, blank, last, cell);
        }
        // A closing quote followed by text: the cell is read as written, unquoted (below).
      }
      let q = p;
      while (q < length) {
        const c = bytes[q];
        if (c === delimiter || c === LF || c === CR) break;
        q += 1;
      }
      if (q >= length && !last) return MORE;
      this.found(cell, p, q, false);
      if (blank && !spaces(bytes, p, q)) blank = false;
      if (q < length && bytes[q] === delimiter) {
        p = q + 1;
        cell += 1;
        continue;
      }
      return this.ended(bytes, q, breaks, blank, last, cell);
    }
  }

  /** The record ends at `p` (a line break or the end of the bytes). */
  private ended(bytes: Uint8Array, p: number, breaks: number, blank: boolean, last: boolean, cell: number): number {
    const length = bytes.length;
    let next: number;
    if (p >= length) {
      if (!last) return MORE;
      next = length;
    } else if (bytes[p] === CR) {
      if (p + 1 >= length && !last) return MORE;
      next = p + 1 < length && bytes[p + 1] === LF ? p + 2 : p + 1;
    } else next = p + 1;
    this.end = next;
    this.count = cell + 1;
    this.blank = blank;
    this.line = this.nextLine;
    this.nextLine += 1 + breaks;
    return RECORD;
  }
}
