import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";

/** Bytes gathered per bucket before one write. */
const CHUNK = 64 * 1024;

/** FNV-1a of a string: the bucket a key goes to. @internal */
export function bucketOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % count;
}

/**
 * A set of temporary text files, one per bucket, written line by line through small buffers and
 * read back whole, one bucket at a time: the on-disk partitions of the file audit. Memory is the
 * buffers plus the one bucket being read.
 * @internal
 */
export class Buckets {
  readonly #fds: (number | undefined)[];
  readonly #buffers: string[];
  #closed = false;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    readonly count: number,
  ) {
    this.#fds = new Array<number | undefined>(count).fill(undefined);
    this.#buffers = new Array<string>(count).fill("");
  }

  #path(index: number): string {
    return join(this.dir, `${this.name}-${index}.txt`);
  }

  #flush(index: number): void {
    const text = this.#buffers[index] as string;
    if (text === "") return;
    let fd = this.#fds[index];
    if (fd === undefined) this.#fds[index] = fd = openSync(this.#path(index), "w");
    writeSync(fd, text);
    this.#buffers[index] = "";
  }

  /** Append one line (without its line break) to a bucket. */
  add(index: number, line: string): void {
    const text = (this.#buffers[index] as string) + line + "\n";
    this.#buffers[index] = text;
    if (text.length >= CHUNK) this.#flush(index);
  }

  /** Write out every buffer and close the files; the buckets can then be read. */
  close(): void {
    if (this.#closed) return;
    for (let i = 0; i < this.count; i++) {
      this.#flush(i);
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

/** Split a bucket line into its first two tab-separated fields and the rest. @internal */
export function fields(line: string): [string, string, string] {
  const a = line.indexOf("\t");
  const b = line.indexOf("\t", a + 1);
  return b < 0 ? [line.slice(0, a), line.slice(a + 1), ""] : [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
}
