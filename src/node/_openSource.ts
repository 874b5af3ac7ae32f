import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { checkChunk } from "./_source.js";
import type { HouseholdSource } from "./types.js";

/** Chunk size for files: large enough that the parser, not the syscalls, sets the pace. */
const FILE_CHUNK = 256 * 1024;

/** Open the source as a byte/text stream. Called lazily, when iteration starts. @internal */
export function openSource(source: HouseholdSource): Readable {
  if (typeof source === "string") return createReadStream(source, { highWaterMark: FILE_CHUNK });
  if (source instanceof Readable) return source;
  return Readable.from(checkedChunks(source), { objectMode: false });
}

/** The chunks of an app's async iterable, each checked before Node's stream sees it. */
async function* checkedChunks(source: AsyncIterable<unknown>): AsyncGenerator<string | Uint8Array> {
  for await (const chunk of source) yield checkChunk(chunk);
}

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
