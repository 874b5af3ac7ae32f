import type { RecordScanner } from "./_byteScan.js";
import { cellText, markedOnLine, sameBytes } from "./_cellBytes.js";
import { MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";

/** The household being read by a pass over the bytes: its id as text and as read, and its rows so far. @internal */
export interface HeldId {
  readonly id: string;
  readonly raw: Uint8Array;
  readonly quoted: boolean;
  rows: number;
  /** A line that repeats the header: it ends the household being read and starts none (the assembler rejects it alone). */
  readonly header?: boolean;
}

/**
 * How the passes that group records by their bytes, without reading their cells (the parallel
 * runner's reading thread, the split), place a record as `CsvAssembler` places its row: by its
 * household id, with the assembler's rule for stray rows (a row of untrusted cells whose id differs
 * from the household being read waits for the next row). The records held are only counted, from
 * where the first one starts; when they turn out not to belong to the household being read, the
 * caller reads again from there, and the first of them is then taken by its own id.
 * @internal
 */
export class StrayRecords {
  /** Records held; where the first one starts in the caller's buffer (moved with it) and its line. */
  held = 0;
  start = 0;
  line = 0;
  /**
   * Of the record decided last: whether its id is another than that of the household being read
   * (it starts a household), and how many records held before it belong to that household.
   */
  other = false;
  joined = 0;
  /** Records to take by their own ids, without holding, after a rewind. */
  private forced = 0;

  constructor(
    /** The header's cell count: a record of another count is not trusted. */
    private readonly width: number,
  ) {}

  /**
   * Decide for the record just scanned, whose id is the scanner's wanted cell `k` in `bytes`, and
   * which starts at `start`. Returns where to read on from when the record is held (its end) or the
   * records held are to be read again (the first one's start; the scanner is set for it). Else -1:
   * the `joined` records held before it belong to `held`, the household being read (they are added
   * to its rows; the caller counts them as read), and the caller takes the record as ever.
   */
  next(scanner: RecordScanner, k: number, bytes: Uint8Array, held: HeldId | undefined, start: number): number {
    const from = scanner.cellStart[k] as number;
    const to = scanner.cellEnd[k] as number;
    const quoted = scanner.cellQuoted[k] as boolean;
    const empty = from === to;
    // After a line that repeats the header every record starts a group of its own: none is its stray line.
    const afterHeader = held?.header === true;
    const other = held !== undefined && (afterHeader || (!empty && !(quoted === held.quoted && sameBytes(bytes, from, to, held.raw)) && cellText(bytes, from, to, quoted) !== held.id));
    this.other = other;
    this.joined = 0;
    if (held === undefined || afterHeader) return -1;
    if (this.forced > 0) {
      this.forced -= 1;
      return -1;
    }
    const same = empty ? held.id === "" : !other;
    const stray = !same && (empty ? this.held > 0 : scanner.cellCount() !== this.width);
    if (stray && this.held < MAX_ROWS_PER_HOUSEHOLD) {
      if (this.held === 0) {
        this.start = start;
        this.line = scanner.line;
      }
      this.held += 1;
      return scanner.end;
    }
    const joined = this.held;
    this.held = 0;
    if (joined === 0 || same) {
      held.rows += joined;
      this.joined = joined;
      return -1;
    }
    this.forced = 1;
    this.rewind(scanner, bytes);
    return this.start;
  }

  /** The id of the record decided last, as text and as read (the scanner's wanted cell `k`): that of a household it starts. */
  idOf(scanner: RecordScanner, k: number, bytes: Uint8Array): { readonly id: string; readonly raw: Uint8Array; readonly quoted: boolean } {
    const from = scanner.cellStart[k] as number;
    const to = scanner.cellEnd[k] as number;
    const quoted = scanner.cellQuoted[k] as boolean;
    return { id: from === to ? "" : markedOnLine(bytes, from, to, cellText(bytes, from, to, quoted)), raw: Uint8Array.prototype.slice.call(bytes, from, to), quoted };
  }

  /**
   * The end of what can be read: whether records are held; if so, the scanner is set to read
   * `bytes` again from {@link StrayRecords.start}, each record to be taken by its own id.
   */
  end(scanner: RecordScanner, bytes: Uint8Array): boolean {
    if (this.held === 0) return false;
    this.forced = this.held;
    this.held = 0;
    this.rewind(scanner, bytes);
    return true;
  }

  private rewind(scanner: RecordScanner, bytes: Uint8Array): void {
    scanner.nextLine = this.line;
    // The scanner's cached positions are forgotten.
    scanner.reset(bytes);
  }
}
