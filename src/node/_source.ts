import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { failure, isLibraryError, kindOf, type TepatSasaranError } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { ioMessages } from "./messages.js";
import { shown } from "./_shown.js";
import type { HouseholdSource, HouseholdTables, ReadHouseholdsOptions } from "./types.js";

/** Chunk size for files: large enough that the parser, not the syscalls, sets the pace. */
const FILE_CHUNK = 256 * 1024;

/** The name used in events: the option, the path, or `<stream>`. @internal */
export function sourceName(source: HouseholdSource, options: ReadHouseholdsOptions): string {
  return options.file ?? (typeof source === "string" ? source : "<stream>");
}

/** Open the source as a byte/text stream. Called lazily, when iteration starts. @internal */
export function openSource(source: HouseholdSource): Readable {
  if (typeof source === "string") return createReadStream(source, { highWaterMark: FILE_CHUNK });
  if (source instanceof Readable) return source;
  return Readable.from(checkedChunks(source), { objectMode: false });
}

/** A chunk of a source: text or bytes (`io.bad_chunk` otherwise, naming what came instead). @internal */
export function checkChunk(chunk: unknown): string | Uint8Array {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  throw failure(ioMessages, "io.bad_chunk", { value: describeValue(chunk) });
}

/** The chunks of an app's async iterable, each checked before Node's stream sees it. */
async function* checkedChunks(source: AsyncIterable<unknown>): AsyncGenerator<string | Uint8Array> {
  for await (const chunk of source) yield checkChunk(chunk);
}

/** Whether a value can be read as a source (checked when the reader is created). @internal */
export function isSource(source: unknown): source is HouseholdSource {
  if (typeof source === "string") return source.length > 0;
  return typeof source === "object" && source !== null && Symbol.asyncIterator in source;
}

/** Whether a value is a pair of tables rather than one source (a plain object, not a stream). @internal */
export function isTables(source: unknown): source is HouseholdTables {
  return typeof source === "object" && source !== null && !(Symbol.asyncIterator in source) && ("households" in source || "members" in source);
}

/**
 * Turn an error met while reading into a library error: a system error (missing file, directory,
 * permission) is `io.cannot_read` with its code; anything else that is not the library's own (an
 * app's iterable or callback that throws, a stream that fails) is `io.source_failed`, naming only
 * the kind of error (its message could quote the data). @internal
 */
export function readError(error: unknown, file: string): TepatSasaranError {
  if (isLibraryError(error)) return error;
  let code: unknown;
  let syscall: unknown;
  try {
    code = (error as { code?: unknown } | null)?.code;
    syscall = (error as { syscall?: unknown } | null)?.syscall;
  } catch {
    // a revoked Proxy thrown as an error
  }
  if (typeof code === "string" && typeof syscall === "string") {
    return failure(ioMessages, "io.cannot_read", { file: shown(file, 200), reason: shown(code, 40) });
  }
  return failure(ioMessages, "io.source_failed", { file: shown(file, 200), kind: kindOf(error) });
}
