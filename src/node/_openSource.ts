import { createReadStream } from "node:fs";

/**
 * Chunk size for files: large enough that the parser, not the syscalls, sets the pace. The byte
 * readers find the text readers' chunks of a file at its multiples.
 * @internal
 */
export const FILE_CHUNK = 256 * 1024;

/** A file's chunks, opened when iteration starts and closed when it stops. */
async function* fileChunks(path: string): AsyncGenerator<unknown, void, undefined> {
  yield* createReadStream(path, { highWaterMark: FILE_CHUNK });
}

/**
 * The chunks of a Node.js source for the readers: a path is a file, read when iteration starts; a
 * `Readable` or an async iterable is read as it is (stopping early destroys a `Readable`).
 * @internal
 */
export function nodeChunks(source: unknown): AsyncIterable<unknown> {
  return typeof source === "string" ? fileChunks(source) : (source as AsyncIterable<unknown>);
}
