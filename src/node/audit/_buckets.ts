import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Bytes gathered per bucket before one write, at most, and at least. */
const CHUNK = 64 * 1024;
const MIN_CHUNK = 4 * 1024;
/** Bytes of write buffers of one set of buckets, at most (buffers are smaller when there are many buckets). */
const BUDGET = 4 * 1024 * 1024;

/** FNV-1a of a string: the bucket a key goes to. @internal */
export function bucketOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

/**
 * A set of temporary text files, one per bucket, written line by line through small byte buffers
 * and read back whole, one bucket at a time: the on-disk partitions of the file audit. Memory is
 * the buffers (at most 4 MB, off the JavaScript heap) plus the one bucket being read.
 *
 * The buffers hold bytes, not strings, on purpose: a line is often a slice of a bucket read back
 * (`lines`), and V8 keeps a slice's whole parent string alive. Buffered as strings, a few slices
 * waiting in a rarely flushed bucket (the unmatched rows) kept every partition read so far in
 * memory, which grew with the files (measured: out of a 256 MB heap at 1,000,000 payment rows).
 * Copying the bytes lets each partition go as soon as it has been read.
 * @internal
 */
export class Buckets {
  readonly #fds: (number | undefined)[];
  readonly #buffers: (Buffer | undefined)[];
  readonly #used: Int32Array;
  readonly #size: number;
  #closed = false;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    readonly count: number,
  ) {
    this.#fds = new Array<number | undefined>(count).fill(undefined);
    this.#buffers = new Array<Buffer | undefined>(count).fill(undefined);
    this.#used = new Int32Array(count);
    this.#size = Math.max(MIN_CHUNK, Math.min(CHUNK, Math.floor(BUDGET / count)));
  }

  #path(index: number): string {
    return join(this.dir, `${this.name}-${index}.txt`);
  }

  #fd(index: number): number {
    let fd = this.#fds[index];
    if (fd === undefined) this.#fds[index] = fd = openSync(this.#path(index), "w");
    return fd;
  }

  #flush(index: number): void {
    const used = this.#used[index] as number;
    const buffer = this.#buffers[index];
    if (used === 0 || buffer === undefined) return;
    writeSync(this.#fd(index), buffer, 0, used);
    this.#used[index] = 0;
  }

  /** Append one line (without its line break) to a bucket. */
  add(index: number, line: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    const most = line.length * 3 + 1;
    if (most > this.#size) {
      this.#flush(index);
      writeSync(this.#fd(index), `${line}\n`);
      return;
    }
    let buffer = this.#buffers[index];
    if (buffer === undefined) this.#buffers[index] = buffer = Buffer.allocUnsafe(this.#size);
    let used = this.#used[index] as number;
    if (used + most > this.#size) {
      this.#flush(index);
      used = 0;
    }
    used += buffer.write(line, used);
    buffer[used] = 0x0a;
    this.#used[index] = used + 1;
  }

  /** Write out every buffer and close the files; the buckets can then be read. */
  close(): void {
    if (this.#closed) return;
    for (let i = 0; i < this.count; i++) {
      this.#flush(i);
      this.#buffers[i] = undefined;
      const fd = this.#fds[i];
      if (fd !== undefined) closeSync(fd);
    }
    this.#closed = true;
  }

  /** The lines of a bucket (after {@link Buckets.close}); none for a bucket never written. */
  lines(index: number): string[] {
    if (this.#fds[index] === undefined) return [];
    const text = readFileSync(this.#path(index), "utf8");
    const lines = text.split("\n");
    lines.pop();
    return lines;
  }
}

/**
 * A copy of a string that shares no memory with the text it was cut from: what is kept past the
 * reading of a bucket (a NIK on several KKs) must not keep the whole bucket alive (see {@link Buckets}).
 * @internal
 */
export function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** Split a bucket line into its first two tab-separated fields and the rest. @internal */
export function fields(line: string): [string, string, string] {
  const a = line.indexOf("\t");
  const b = line.indexOf("\t", a + 1);
  return b < 0 ? [line.slice(0, a), line.slice(a + 1), ""] : [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
}
