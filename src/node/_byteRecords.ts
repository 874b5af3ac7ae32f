import { failure, type TepatSasaranError } from "../message/error.js";
import { byteInput, type ByteInput } from "./_byteInput.js";
import { MORE, RECORD, RecordScanner, UNCLOSED } from "./_byteScan.js";
import { utf16Length } from "./_cellBytes.js";
import { MAX_RECORD } from "./_csvParse.js";
import { readError } from "./_source.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource } from "./types.js";

/** {@link ByteRecords.next}: the source has ended and every record has been read. @internal */
export const END = 3;

/** The UTF-8 byte order mark, skipped at the start of a source as the text readers skip U+FEFF. */
const BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * The records of a CSV source found in its bytes ({@link RecordScanner}), for the passes that cut or
 * copy records without decoding them: the parallel runner's reading thread and both layouts of
 * `split`. Chunks are read into one buffer, which keeps the bytes from where the caller says on
 * ({@link ByteRecords.room}) and grows only when they fill it; a UTF-8 byte order mark is skipped
 * once, as the text readers skip it; a record still not whole after a read is refused when it is
 * longer than `MAX_RECORD` characters, as the one-thread reader refuses it after a chunk.
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
  scanner: RecordScanner;
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
   * source, `[start, pos)` now, is one record, from the scanner's `nextLine`) or {@link END}.
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
      if (!scanner.blank) return RECORD;
    }
    return this.last ? END : MORE;
  }

  /** A record not yet whole (`[pos, length)`) longer than `MAX_RECORD` characters: the one-thread reader's error. */
  tooLarge(): TepatSasaranError | undefined {
    if (this.length - this.pos <= MAX_RECORD || utf16Length(this.buf, this.pos, this.length) <= MAX_RECORD) return undefined;
    return failure(ioMessages, "io.record_too_large", { line: this.scanner.nextLine, max: MAX_RECORD });
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
  }

  /** Read a chunk after the bytes held (the first reads until a byte order mark can be told); a read that fails throws as the readers report it. */
  async read(): Promise<void> {
    do {
      let n: number;
      try {
        n = await this.input.read(this.buf, this.length, this.chunk);
      } catch (error) {
        throw readError(error, this.file);
      }
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
