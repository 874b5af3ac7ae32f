import { open, type FileHandle } from "node:fs/promises";
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
}

/** A file read with positioned reads into the caller's buffer. */
function fileInput(path: string): ByteInput {
  let handle: Promise<FileHandle> | undefined;
  return {
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
  return {
    async read(into, at, max) {
      while (rest === undefined || offset >= rest.length) {
        const next = await chunks.next();
        if (next.done === true) return 0;
        const chunk = checkChunk(next.value);
        rest = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        offset = 0;
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
