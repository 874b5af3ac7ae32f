import { failure, type TepatSasaranError } from "../message/error.js";
import { byteInput, type ByteInput } from "./_byteInput.js";
import { MORE, RECORD, RecordScanner, UNCLOSED } from "./_byteScan.js";
import { MAX_RECORD } from "./_csvParse.js";
import { readError } from "./_source.js";
import { incompleteTail, PIECE } from "./_utf8.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource } from "./types.js";

/** {@link ByteRecords.next}: the source has ended and every record has been read. @internal */
export const END = 3;
/**
 * {@link ByteRecords.next}: the next record is longer than the text reader reads (`refused` says so,
 * naming its line); it stays the next record.
 * @internal
 */
export const TOO_LARGE = 4;

const LF = 10;

/** The UTF-8 byte order mark, skipped at the start of a source as the text readers skip U+FEFF. */
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The records of a CSV source found in its bytes ({@link RecordScanner}), for the passes that cut or
 * copy records without decoding them: the parallel runner's reading thread and both layouts of
 * `split`. Chunks are read into one buffer, which keeps the bytes from where the caller says on
 * ({@link ByteRecords.room}) and grows only when they fill it; a UTF-8 byte order mark is skipped
 * once, as the text readers skip it.
 *
 * A record is refused where the text reader refuses it: when it was still not whole at the end of a
 * piece that reader decodes the source in, and longer than `MAX_RECORD` characters there. Its pieces
 * are whole lines of about 16 KiB of each chunk of the source (`decodeUtf8`), a chunk of text being
 * one piece; a file's chunks start at the multiples of 256 KiB. So a record is refused when it is not
 * whole after a read ({@link ByteRecords.fill}, {@link ByteRecords.tooLarge}) and when it is found
 * whole but was not at the end of an earlier piece ({@link TOO_LARGE}), wherever the reads cut.
 * @internal
 */
export class ByteRecords {
  /** The bytes held, `buf[0, length)` (`view`, as of the last read): the next record starts at `pos`, the one read last at `start`. */
  buf: Buffer<ArrayBuffer>;
  view: Uint8Array = new Uint8Array(0);
  length = 0;
  pos = 0;
  start = 0;
  /** Whether the source has ended (the last read gave no byte). */
  last = false;
  /** Where `buf[0]` is in the source. */
  offset = 0;
  /** Why the next record is refused, after {@link TOO_LARGE}. */
  refused: TepatSasaranError | undefined;
  scanner: RecordScanner;
  /**
   * The text reader's chunks from the one its next piece lies in (where each starts in the source,
   * and whether it is text: one piece), and the ends of its pieces from the bytes held on, found
   * as the bytes are read; `pieceFrom`: where its next piece starts.
   */
  private chunks: { at: number; text: boolean }[] = [];
  private pieces: number[] = [];
  private pieceFrom = 0;
  /** The last line break of the next piece's bytes that were dropped (-1: none). */
  private droppedLf = -1;
  private bomChecked = false;
  private readonly input: ByteInput;

  constructor(
    source: HouseholdSource,
    /** The source's name in errors. */
    readonly file: string,
    private readonly delimiter: number,
    /** Bytes per read. */
    private readonly chunk: number,
    /** The buffer's first size: more than a chunk and a byte order mark. */
    size: number,
  ) {
    this.input = byteInput(source);
    this.buf = Buffer.allocUnsafeSlow(size);
    this.scanner = new RecordScanner(delimiter, [0]);
  }

  /** Report the cells `wanted` of the records from here on (the header read tells where they are). */
  scan(wanted: readonly number[]): RecordScanner {
    const next = new RecordScanner(this.delimiter, wanted);
    next.nextLine = this.scanner.nextLine;
    next.reset(this.view);
    this.scanner = next;
    return next;
  }

  /**
   * The next record that is not blank: {@link RECORD} (`[start, pos)`, described by the scanner),
   * `MORE` (read on: {@link ByteRecords.fill}), `UNCLOSED` (a quote never closed: the rest of the
   * source, `[start, pos)` now, is one record, from the scanner's `nextLine`), {@link TOO_LARGE} or
   * {@link END}.
   */
  next(): number {
    const scanner = this.scanner;
    while (this.pos < this.length) {
      const found = scanner.next(this.pos, this.last);
      this.start = this.pos;
      if (found !== RECORD) {
        if (found === UNCLOSED) this.pos = this.length;
        return found;
      }
      this.pos = scanner.end;
      // Piece ends before its end: a record cannot be longer than its bytes.
      if (this.pos - this.start > MAX_RECORD && this.longAt(this.start, this.pos - 1)) {
        const line = scanner.line;
        this.refused = failure(ioMessages, "io.record_too_large", { line, max: MAX_RECORD });
        this.pos = this.start;
        scanner.nextLine = line;
        scanner.reset(this.view);
        return TOO_LARGE;
      }
      if (!scanner.blank) return RECORD;
    }
    return this.last ? END : MORE;
  }

  /** A record not yet whole (`[pos, length)`) longer than `MAX_RECORD` characters: the one-thread reader's error. */
  tooLarge(): TepatSasaranError | undefined {
    if (this.length - this.pos <= MAX_RECORD || !this.longAt(this.pos, this.length)) return undefined;
    return failure(ioMessages, "io.record_too_large", { line: this.scanner.nextLine, max: MAX_RECORD });
  }

  /**
   * Whether the record from `start` was longer than `MAX_RECORD` characters at the last end of a
   * piece of the text reader at or before `limit` (positions in `buf`; the record is not whole there).
   */
  private longAt(start: number, limit: number): boolean {
    const pieces = this.pieces;
    const offset = this.offset;
    let k = pieces.length - 1;
    while (k >= 0 && (pieces[k] as number) - offset > limit) k--;
    const last = k < 0 ? start : (pieces[k] as number) - offset;
    // Counted as the text reader counts: decoded, a replacement character for each invalid sequence.
    return last > start && new TextDecoder("utf-8", { ignoreBOM: true }).decode(this.buf.subarray(start, last)).length > MAX_RECORD;
  }

  /**
   * Find the ends of the pieces the text reader decodes in the bytes read so far (as `decodeUtf8`
   * does: each chunk's bytes, less a character cut at its end, which goes with the next chunk, in
   * whole lines of about `PIECE` bytes; a chunk of text is one piece). A chunk not read to its end
   * holds only the pieces that its bytes held already decide.
   */
  private findPieces(): void {
    const buf = this.buf;
    const offset = this.offset;
    const end0 = offset + this.length;
    const chunks = this.chunks;
    for (;;) {
      const chunk = chunks[0];
      if (chunk === undefined) return;
      const next = chunks[1];
      const complete = next !== undefined || this.input.whole;
      const end = next?.at ?? end0;
      const from = this.pieceFrom;
      if (chunk.text) {
        if (!complete) return;
        this.pieceAt(end);
        chunks.shift();
        continue;
      }
      // What is decoded of the chunk ends before a character its end cuts.
      const regionEnd = complete ? end - incompleteTail(buf.subarray(Math.max(0, end - offset - 3), end - offset)) : end0;
      if (regionEnd - from <= PIECE) {
        if (!complete) return;
        this.pieceAt(regionEnd);
        chunks.shift();
        continue;
      }
      // The last line break within PIECE bytes (in the bytes held, or in those dropped since the piece began).
      const window = from + PIECE;
      const held = window - 1 >= offset ? buf.lastIndexOf(LF, window - 1 - offset) : -1;
      const before = held >= 0 && offset + held >= from ? offset + held : this.droppedLf < window ? this.droppedLf : -1;
      if (before >= from) {
        this.pieceAt(before + 1);
        continue;
      }
      const after = buf.subarray(0, regionEnd - offset).indexOf(LF, Math.max(window, offset) - offset);
      if (after !== -1) this.pieceAt(offset + after + 1);
      else if (complete) {
        this.pieceAt(regionEnd);
        chunks.shift();
      } else return;
    }
  }

  /** A piece of the text reader ends at `at` (a source position), unless it is empty. */
  private pieceAt(at: number): void {
    if (at > this.pieceFrom) this.pieces.push(at);
    this.pieceFrom = Math.max(this.pieceFrom, at);
    this.droppedLf = -1;
  }

  /**
   * Make room for a chunk: when the buffer is full, the bytes before `keep` are dropped (and the
   * buffer doubles if one household or record fills it). Returns how many were dropped: every
   * position in the buffer moves down by as many.
   */
  room(keep: number): number {
    if (this.length + this.chunk <= this.buf.length) return 0;
    const size = this.length - keep + this.chunk;
    this.drop(keep, size <= this.buf.length ? this.buf : Buffer.allocUnsafeSlow(Math.max(2 * this.buf.length, size)));
    return keep;
  }

  /** Move the bytes from `by` on to the start of `into` (a fresh buffer when this one is handed on); positions move down by `by`. */
  drop(by: number, into: Buffer<ArrayBuffer>): void {
    // The next piece's end may be its last line break among the bytes dropped.
    const from = this.pieceFrom - this.offset;
    if (from < by) {
      const lf = this.buf.subarray(0, by).lastIndexOf(LF);
      if (lf >= Math.max(0, from)) this.droppedLf = this.offset + lf;
    }
    if (into !== this.buf) into.set(this.buf.subarray(by, this.length));
    else if (by > 0) into.copyWithin(0, by, this.length);
    this.buf = into;
    this.length -= by;
    this.pos -= by;
    this.offset += by;
    // A piece that ends before the bytes held starts no record held.
    const pieces = this.pieces;
    let k = 0;
    while (k < pieces.length && (pieces[k] as number) < this.offset) k++;
    if (k > 0) pieces.splice(0, k);
  }

  /** Read a chunk after the bytes held (the first reads until a byte order mark can be told); a read that fails throws as the readers report it. */
  async read(): Promise<void> {
    do {
      let n: number;
      const input = this.input;
      try {
        n = await input.read(this.buf, this.length, this.chunk);
      } catch (error) {
        throw readError(error, this.file);
      }
      const at = this.offset + this.length;
      if (input.grid > 0) for (let start = Math.ceil(at / input.grid) * input.grid; start < at + n; start += input.grid) this.chunks.push({ at: start, text: false });
      else if (n > 0 && input.started !== undefined) this.chunks.push({ at, text: input.started === "text" });
      this.length += n;
      this.last = n === 0;
      this.findPieces();
    } while (!this.bomChecked && this.length < 3 && !this.last);
    if (!this.bomChecked) {
      this.bomChecked = true;
      if (this.length >= 3 && BOM.every((b, i) => this.buf[i] === b)) this.pos = 3;
    }
    this.view = this.buf.subarray(0, this.length);
    this.scanner.reset(this.view);
  }

  /** After `MORE`: refuse a record grown too large, make room keeping the bytes from `keep` on, and read. Returns the bytes dropped. */
  async fill(keep: number): Promise<number> {
    const error = this.tooLarge();
    if (error !== undefined) throw error;
    const dropped = this.room(keep);
    await this.read();
    return dropped;
  }

  close(): Promise<void> {
    return this.input.close();
  }
}
