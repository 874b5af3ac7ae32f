import { failure, type TepatSasaranError } from "../message/error.js";
import { byteInput, type ByteInput } from "./_byteInput.js";
import { MORE, RECORD, RecordScanner, UNCLOSED } from "./_byteScan.js";
import { utf16Length } from "./_cellBytes.js";
import { MAX_RECORD } from "./_csvParse.js";
import { readError } from "./_source.js";
import { incompleteTail, pieceEnd, PIECE } from "./_utf8.js";
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
  /** Where the source's chunks start (a source that is not a file), from the last one before the bytes held: text chunks are one piece. */
  private chunks: { at: number; text: boolean }[] = [];
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
    const buf = this.buf;
    const [chunk, next, text, whole] = this.chunkOf(this.offset + limit - 1);
    // The bytes of a character cut by a chunk's end are decoded with the next chunk.
    const tail = (at: number): number => (text ? 0 : incompleteTail(buf.subarray(Math.max(0, at - 3), Math.max(0, at))));
    // Held from the chunk's start when the record is in it (bytes are dropped before a record only).
    const from = Math.max(0, chunk - this.offset);
    // What the text reader decodes of the chunk; its first piece starts where the one before ended.
    const base = from - tail(from);
    // A chunk not read to its end yet ends no piece where the bytes held end.
    const region = buf.subarray(base, whole ? next - this.offset - tail(next - this.offset) : next - this.offset);
    let last = base;
    for (let at = 0; at < region.length; ) {
      const to = text ? region.length : pieceEnd(region, at, PIECE);
      if (base + to > limit || (to === region.length && !whole)) break;
      last = base + to;
      at = to;
    }
    return last > start && utf16Length(buf, start, last) > MAX_RECORD;
  }

  /**
   * The chunk of the text reader holding the source's byte `at`: where it starts, where it ends (as
   * far as held), whether it is text, and whether it is held to its end.
   */
  private chunkOf(at: number): readonly [number, number, boolean, boolean] {
    const held = this.offset + this.length;
    const input = this.input;
    if (input.grid > 0) {
      const start = at - (at % input.grid);
      return [start, Math.min(start + input.grid, held), false, start + input.grid <= held || input.whole];
    }
    const chunks = this.chunks;
    let k = chunks.length - 1;
    while (k > 0 && (chunks[k] as { at: number }).at > at) k--;
    const chunk = chunks[k] ?? { at: 0, text: false };
    const next = chunks[k + 1];
    return [chunk.at, next?.at ?? held, chunk.text, next !== undefined || input.whole];
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
    if (into !== this.buf) into.set(this.buf.subarray(by, this.length));
    else if (by > 0) into.copyWithin(0, by, this.length);
    this.buf = into;
    this.length -= by;
    this.pos -= by;
    this.offset += by;
    const chunks = this.chunks;
    let k = 0;
    while (k + 1 < chunks.length && (chunks[k + 1] as { at: number }).at <= this.offset) k++;
    if (k > 0) chunks.splice(0, k);
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
      if (n > 0 && input.started !== undefined) this.chunks.push({ at: this.offset + this.length, text: input.started === "text" });
      this.length += n;
      this.last = n === 0;
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
