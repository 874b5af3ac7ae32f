/**
 * The CSV grammar of the readers, RFC 4180 with the leniencies of spreadsheet exports:
 * - records end at CRLF, LF or a lone CR; a quoted cell (opening `"` as its first character, `""`
 *   for a quote) may hold delimiters and line breaks;
 * - a quote inside an unquoted cell is text (`Wa"rga`), and so is a quoted cell whose closing quote
 *   is followed by anything but a delimiter, a line break or the end (`"Warga"x` is read as written,
 *   up to the next delimiter or line break), so one stray quote never swallows the rest of a file;
 * - a quote opened and never closed makes the last record unreadable (reported by the reader).
 *
 * Why our own parser: no candidate measured in bench/parsers.ts keeps those guarantees at speed
 * (papaparse reads `"Warga"x` as an unclosed quote that swallows the rest of the file and re-parses
 * a growing unfinished record on every chunk; csv-parse keeps them but is 3× slower than
 * papaparse). The grammar is small and fixed; test/node/csvSplit.prop.test.ts holds it to csv-parse
 * (relaxed quotes) and papaparse on generated input, so the oracles stay in the tests.
 * @internal
 */

import { isSpaces } from "./_cells.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const ESCAPED = /""/g;

/** Whether the first `leading` cells are empty or spaces and tabs only (`isSpaces`). */
function leadingSpaces(cells: readonly string[], leading: number): boolean {
  for (let i = 0; i < leading; i++) if (!isSpaces(cells[i] as string)) return false;
  return true;
}

/** What {@link CsvSplitter.parse} found in one piece of text. @internal */
export interface SplitResult {
  /** Complete records, cells as strings (a repeating record's tail only, with {@link CsvSplitter.tails}). */
  readonly records: string[][];
  /** The physical line each record starts on (1-based over the whole input). */
  readonly lines: number[];
  /**
   * With {@link CsvSplitter.repeatLeading}: whether each record repeated the leading cells of the
   * record just before it (the same text, so the very same strings; with {@link CsvSplitter.tails},
   * such a record holds only the cells after them); else `undefined`.
   */
  readonly repeated: boolean[] | undefined;
  /** Characters consumed: the unfinished last record starts here. */
  readonly consumed: number;
  /** The input ended inside a quote opened on this line (only when `last`), else 0. */
  readonly unclosedQuoteLine: number;
}

/** Count line breaks (CRLF, LF or CR each once) in `text[from, to)`. */
function breaksIn(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks += 1;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks += 1;
  }
  return breaks;
}

/**
 * A streaming CSV record splitter: give it text (the unfinished end of the last call first), get
 * the complete records with their physical start lines. Holds no text between calls.
 * @internal
 */
export class CsvSplitter {
  /** The physical line the next record starts on. */
  nextLine = 1;
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  /** How many leading cells to look for again in the next record (0: none); see {@link CsvSplitter.repeatLeading}. */
  private leading = 0;
  /** The text of the last record's leading cells, with the delimiter after them ("" when none). */
  private leadingText = "";
  /** The last record whose leading cells are looked for again (its first `leading` cells are read). */
  private leadingCells: string[] = [];
  /** Whether the last record read by `cellsOf` reused the leading cells. */
  private reused = false;
  /** The number of cells of the last record read by `cellsOf`: the next one is made that long. */
  private width = 0;
  /** The same for the last tail ({@link CsvSplitter.tails}). */
  private tailWidth = 0;
  /** How many records the next call to `parse` makes room for (those of the last call, and some). */
  private expected = 16;
  /**
   * With {@link CsvSplitter.repeatLeading}: a record that repeats the leading cells of the one
   * before is given as its other cells only (its "tail": cell `leading + i` of the row is `tail[i]`),
   * flagged in `repeated`; its leading cells are those of the record before. Can be switched at any
   * record boundary (the reader switches it off once the input held invalid UTF-8).
   */
  tails = false;

  constructor(delimiter: string) {
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * Records whose first `cells` cells are usually those of the record before (the household
   * columns of a person-per-row export, set by the reader from the header): a record that starts
   * with the same text as the last one's first `cells` cells, delimiters included, reuses their
   * strings and splits only the rest. The records are the same; the cells repeated are the very
   * same strings, so they cost no allocation and compare equal at once. Below 2, nothing is reused.
   */
  repeatLeading(cells: number): void {
    this.leading = cells >= 2 ? cells : 0;
    this.leadingText = "";
    this.leadingCells = [];
  }

  /**
   * The cells of `text[from, end)`, a line without quotes or CR, in order, written into `cells`
   * from index `count` on. `cells` is made as long as the last record (most records are): pushing
   * onto an array grows its store, copied each time, which cost more than the cells themselves.
   */
  private splitInto(cells: string[], count: number, text: string, from: number, end: number): string[] {
    // Cut straight from the text: no string of the line, and none of its unreused part, is made.
    const delimiter = this.delimiter;
    for (;;) {
      const at = text.indexOf(delimiter, from);
      if (at === -1 || at >= end) {
        cells[count++] = text.slice(from, end);
        break;
      }
      cells[count++] = text.slice(from, at);
      from = at + 1;
    }
    if (cells.length !== count) cells.length = count;
    return cells;
  }

  /** The cells of `text[from, end)`, a line without quotes or CR, its first cells reused when they repeat. */
  private cellsOf(text: string, from: number, end: number): string[] {
    const leading = this.leading;
    if (leading === 0) return this.full(text, from, end);
    const prefix = this.leadingText;
    const after = from + prefix.length;
    // A slice compared whole: `startsWith` walks the text character by character, many times slower.
    if (prefix !== "" && after <= end && text.slice(from, after) === prefix) {
      this.reused = true;
      if (this.tails) {
        // Only the cells after the leading ones: the array of a whole row is most of what a row costs.
        const tail = this.splitInto(new Array<string>(this.tailWidth), 0, text, after, end);
        this.tailWidth = tail.length;
        return tail;
      }
      const cells = new Array<string>(Math.max(this.width, leading));
      const leadingCells = this.leadingCells;
      for (let i = 0; i < leading; i++) cells[i] = leadingCells[i] as string;
      this.splitInto(cells, leading, text, after, end);
      this.width = cells.length;
      return cells;
    }
    this.reused = false;
    const cells = this.full(text, from, end);
    if (cells.length <= leading) {
      this.leadingText = "";
      return cells;
    }
    let length = 0;
    for (let i = 0; i < leading; i++) length += (cells[i] as string).length + 1;
    // Leading cells all empty or spaces (perhaps a blank record, which the reader skips) are not
    // looked for again: a record marked as repeating the one before repeats a row the reader has seen.
    if (length === leading || leadingSpaces(cells, leading)) {
      this.leadingText = "";
      return cells;
    }
    this.leadingText = text.slice(from, from + length);
    // The record itself, not a copy of its first cells: no one writes to a record once it is split.
    this.leadingCells = cells;
    return cells;
  }

  /** Every cell of `text[from, end)`, a line without quotes or CR. */
  private full(text: string, from: number, end: number): string[] {
    const cells = this.splitInto(new Array<string>(this.width), 0, text, from, end);
    this.width = cells.length;
    return cells;
  }

  /**
   * Split the complete records of `text`. Without `last`, a record that may continue in the next
   * piece (no line break after it yet) is left unconsumed. `whole`: `text` is known to hold whole
   * records only, cut from a file at record boundaries (a parallel run's batch): a cell opened with
   * a quote that has no closing quote in `text` closed after the cut, followed by text, and is read
   * as written, as it was when the file was read in one piece.
   */
  parse(text: string, last: boolean, whole = false): SplitResult {
    // Made as long as the last call's records and cut to length at the end: grown by pushing, the
    // lists' stores were copied several times over (about three times their size allocated).
    const expected = this.expected;
    const records = new Array<string[]>(expected);
    const lines = new Array<number>(expected);
    const repeated: boolean[] | undefined = this.leading === 0 ? undefined : new Array<boolean>(expected);
    let count = 0;
    const length = text.length;
    let position = 0;
    let quote = text.indexOf('"');
    let cr = text.indexOf("\r");
    while (position < length) {
      const lineEnd = text.indexOf("\n", position);
      if (quote !== -1 && quote < position) quote = text.indexOf('"', position);
      if (lineEnd !== -1 && (quote === -1 || quote > lineEnd)) {
        // The fast path: a line without quotes is one record.
        let end = lineEnd;
        if (end > position && text.charCodeAt(end - 1) === CR) end -= 1;
        if (cr !== -1 && cr < position) cr = text.indexOf("\r", position);
        // No lone CR inside the line (a CR ends a record too).
        if (cr === -1 || cr >= end) {
          records[count] = this.cellsOf(text, position, end);
          if (repeated !== undefined) repeated[count] = this.reused;
          lines[count] = this.nextLine;
          count += 1;
          this.nextLine += 1;
          position = lineEnd + 1;
          continue;
        }
      }
      const read = this.record(text, position, last, whole);
      if (read === undefined) break;
      if (read.unclosed) return this.result(records, lines, repeated, count, length, this.nextLine);
      records[count] = read.cells;
      // Read cell by cell: the next record is compared with this one, whose leading cells are not kept.
      if (repeated !== undefined) repeated[count] = false;
      this.leadingText = "";
      lines[count] = this.nextLine;
      count += 1;
      this.nextLine += 1 + read.breaks;
      position = read.next;
    }
    return this.result(records, lines, repeated, count, position, 0);
  }

  /** The lists cut to the `count` records found, and the length expected of the next call's. */
  private result(records: string[][], lines: number[], repeated: boolean[] | undefined, count: number, consumed: number, unclosedQuoteLine: number): SplitResult {
    records.length = count;
    lines.length = count;
    if (repeated !== undefined) repeated.length = count;
    this.expected = count + (count >> 3) + 4;
    return { records, lines, repeated, consumed, unclosedQuoteLine };
  }

  /** One record from `start`, cell by cell; `undefined` when it may go on in the next piece. */
  private record(text: string, start: number, last: boolean, whole: boolean): { cells: string[]; breaks: number; next: number; unclosed: boolean } | undefined {
    const length = text.length;
    const delimiterCode = this.delimiterCode;
    const cells: string[] = [];
    let breaks = 0;
    let p = start;
    for (;;) {
      if (text.charCodeAt(p) === QUOTE) {
        let q = text.indexOf('"', p + 1);
        while (q !== -1 && text.charCodeAt(q + 1) === QUOTE) q = text.indexOf('"', q + 2);
        if (q === -1 && !whole) return last ? { cells, breaks, next: length, unclosed: true } : undefined;
        if (q !== -1) {
          if (q + 1 >= length && !last) return undefined;
          const after = q + 1 < length ? text.charCodeAt(q + 1) : -1;
          if (after === delimiterCode || after === LF || after === CR || after === -1) {
            const raw = text.slice(p + 1, q);
            cells.push(raw.indexOf('"') === -1 ? raw : raw.replace(ESCAPED, '"'));
            breaks += breaksIn(text, p + 1, q);
            p = q + 1;
            if (after === delimiterCode) {
              p += 1;
              continue;
            }
            return this.end(text, p, cells, breaks, last);
          }
        }
        // A closing quote followed by text (in whole records, also one after the cut): the cell is
        // read as written, unquoted (below).
      }
      let q = p;
      while (q < length) {
        const c = text.charCodeAt(q);
        if (c === delimiterCode || c === LF || c === CR) break;
        q += 1;
      }
      if (q >= length && !last) return undefined;
      cells.push(text.slice(p, q));
      if (q < length && text.charCodeAt(q) === delimiterCode) {
        p = q + 1;
        continue;
      }
      return this.end(text, q, cells, breaks, last);
    }
  }

  /** The record ends at `p` (a line break or the end of the text). */
  private end(text: string, p: number, cells: string[], breaks: number, last: boolean) {
    const length = text.length;
    if (p >= length) return last ? { cells, breaks, next: length, unclosed: false } : undefined;
    if (text.charCodeAt(p) === CR) {
      if (p + 1 >= length && !last) return undefined;
      return { cells, breaks, next: text.charCodeAt(p + 1) === LF ? p + 2 : p + 1, unclosed: false };
    }
    return { cells, breaks, next: p + 1, unclosed: false };
  }
}
