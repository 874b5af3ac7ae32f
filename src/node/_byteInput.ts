import { open, type FileHandle } from "node:fs/promises";
import { FILE_CHUNK } from "./_openSource.js";
import { checkChunk } from "./_source.js";
import type { HouseholdSource } from "./types.js";

/**
 * Bytes of a source read straight into a buffer the caller owns: a file with `read(2)` into it (no
 * intermediate chunk, no copy), any other source (a `Readable`, an async iterable of chunks)
 * copied from its chunks. Text chunks are encoded as UTF-8.
 * @internal
 */
export interface ByteInput {
  /** Fill `into[at, at + max)` as far as the source allows; 0 at the end. */
  read(into: Uint8Array, at: number, max: number): Promise<number>;
  close(): Promise<void>;
  /**
   * Where the text readers' chunks of this source start: at the multiples of `grid` bytes (a file,
   * read by them in chunks of that size), or (0) where the source's own chunks start: `started` says
   * whether the last read began one, and of what (text is decoded as one piece, bytes in pieces).
   */
  readonly grid: number;
  readonly started: "bytes" | "text" | undefined;
  /** Whether the last read ended where a chunk of the text reader ends (a file's reads are multiples of `grid`). */
  readonly whole: boolean;
}

/** A file read with positioned reads into the caller's buffer. */
function fileInput(path: string): ByteInput {
  let handle: Promise<FileHandle> | undefined;
  return {
    grid: FILE_CHUNK,
    started: undefined,
    whole: true,
    async read(into, at, max) {
      handle ??= open(path, "r");
      const { bytesRead } = await (await handle).read(into, at, max, null);
      return bytesRead;
    },
    async close() {
      const opened = handle;
      handle = undefined;
      if (opened !== undefined) await (await opened.catch(() => undefined))?.close();
    },
  };
}

/** Any other source, its chunks copied into the caller's buffer. */
function streamInput(source: AsyncIterable<unknown>): ByteInput {
  const chunks = source[Symbol.asyncIterator]();
  let rest: Uint8Array | undefined;
  let offset = 0;
  let started: ByteInput["started"];
  return {
    grid: 0,
    get started() {
      return started;
    },
    get whole() {
      return rest === undefined || offset >= rest.length;
    },
    async read(into, at, max) {
      started = undefined;
      while (rest === undefined || offset >= rest.length) {
        const next = await chunks.next();
        if (next.done === true) return 0;
        const chunk = checkChunk(next.value);
        rest = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        offset = 0;
        started = typeof chunk === "string" ? "text" : "bytes";
      }
      const n = Math.min(max, rest.length - offset);
      into.set(rest.subarray(offset, offset + n), at);
      offset += n;
      return n;
    },
    async close() {
      // A `Readable`'s iterator destroys it when returned.
      await chunks.return?.();
    },
  };
}

/** Open a source for byte reads (lazily: nothing is opened before the first read). @internal */
export function byteInput(source: HouseholdSource): ByteInput {
  return typeof source === "string" ? fileInput(source) : streamInput(source);
}
