import type { SourceKind } from "../node/_options.js";
import type { ByteStream, FileLike } from "./types.js";

/** Whether a value can be read as one source of `tepat-sasaran/stream` (checked when the reader is created). @internal */
export function isStreamSource(source: unknown): boolean {
  if (typeof source !== "object" || source === null) return false;
  const { getReader, stream } = source as { getReader?: unknown; stream?: unknown };
  return typeof getReader === "function" || typeof stream === "function" || Symbol.asyncIterator in source;
}

/** The sources of `tepat-sasaran/stream`'s readers (households and payment lists), as their option check names them. @internal */
export const STREAM_SOURCES: SourceKind = {
  accepts: isStreamSource,
  expected: { id: "File, Blob, ReadableStream, atau async iterable potongan data", en: "a File or Blob, a ReadableStream or an async iterable of chunks" },
};

/**
 * The chunks of a `ReadableStream`, read at the consumer's pace: stopping early (an error, or the
 * consumer leaving its loop) cancels the stream, so that a browser stops reading the file.
 */
async function* streamChunks(stream: ByteStream): AsyncGenerator<unknown, void, undefined> {
  const reader = stream.getReader();
  let ended = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        return;
      }
      yield value;
    }
  } finally {
    try {
      if (!ended) await reader.cancel();
      reader.releaseLock();
    } catch {
      // the stream had failed, or was released already: nothing left to release
    }
  }
}

/** A file's chunks: its stream is asked for when iteration starts. */
async function* fileChunks(file: FileLike): AsyncGenerator<unknown, void, undefined> {
  yield* streamChunks(file.stream());
}

/**
 * The chunks of a source of `tepat-sasaran/stream` (checked by {@link isStreamSource}): a
 * `ReadableStream` or a `File`/`Blob` is read through a reader, anything else as an async iterable.
 * @internal
 */
export function streamSourceChunks(source: unknown): AsyncIterable<unknown> {
  const { getReader, stream } = source as { getReader?: unknown; stream?: unknown };
  if (typeof getReader === "function") return streamChunks(source as ByteStream);
  if (typeof stream === "function") return fileChunks(source as FileLike);
  return source as AsyncIterable<unknown>;
}
