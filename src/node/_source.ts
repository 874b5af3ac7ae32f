import { failure, isLibraryError, kindOf, type TepatSasaranError } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { ioMessages } from "./messages.js";
import { shown } from "./_shown.js";
import type { HouseholdSource, HouseholdTables } from "./types.js";

/**
 * The name used in events: the option, the path, a browser `File`'s name, or `fallback`
 * (`<stream>`). @internal
 */
export function sourceName(source: unknown, options: { readonly file?: string | undefined }, fallback = "<stream>"): string {
  if (options.file !== undefined) return options.file;
  if (typeof source === "string") return source;
  let name: unknown;
  try {
    if (typeof source === "object" && source !== null && typeof (source as { stream?: unknown }).stream === "function") name = (source as { name?: unknown }).name;
  } catch {
    // a getter or Proxy that throws: the source keeps the fallback name
  }
  return typeof name === "string" && name !== "" ? name : fallback;
}

/**
 * Open a source (checked when the reader was created): its chunks of text or bytes, read when
 * iteration starts and released when it stops (a path in Node.js is a file; `tepat-sasaran/stream`
 * reads a browser's `File`s and streams).
 * @internal
 */
export type OpenSource = (source: unknown) => AsyncIterable<unknown>;

/**
 * A chunk of a source: text or bytes (`io.bad_chunk` otherwise, naming what came instead). Bytes made
 * in another realm (the `File` of an `<input type="file">` in an iframe, a `vm` context) are not
 * `instanceof` this realm's `Uint8Array`: they are viewed from this one, without a copy.
 * @internal
 */
export function checkChunk(chunk: unknown): string | Uint8Array {
  if (typeof chunk === "string" || chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk) && Object.prototype.toString.call(chunk) === "[object Uint8Array]") return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw failure(ioMessages, "io.bad_chunk", { value: describeValue(chunk) });
}

/** Whether a value can be read as a source of `tepat-sasaran/node` (checked when the reader is created). @internal */
export function isSource(source: unknown): source is HouseholdSource {
  if (typeof source === "string") return source.length > 0;
  return typeof source === "object" && source !== null && Symbol.asyncIterator in source;
}

/** The two sources of the two-table layout ({@link HouseholdTables} in Node.js; `StreamTables` in `tepat-sasaran/stream`). @internal */
export interface SourceTables {
  readonly households: unknown;
  readonly members: unknown;
  readonly householdsFile?: string;
  readonly membersFile?: string;
}

/** Whether a value is a pair of tables rather than one source (a plain object, not a stream). @internal */
export function isTables(source: unknown): source is SourceTables {
  return typeof source === "object" && source !== null && !(Symbol.asyncIterator in source) && ("households" in source || "members" in source);
}

/**
 * Turn an error met while reading into a library error: a missing file is `io.file_not_found`; any
 * other system error (a directory, no permission) is `io.cannot_read` with its code; anything else that is not the library's own (an
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
    // A missing file is said to be missing, not only named by its system code.
    if (code === "ENOENT") return failure(ioMessages, "io.file_not_found", { file: shown(file, 200) });
    return failure(ioMessages, "io.cannot_read", { file: shown(file, 200), reason: shown(code, 40) });
  }
  return failure(ioMessages, "io.source_failed", { file: shown(file, 200), kind: kindOf(error) });
}
