import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { failure, TepatSasaranError } from "../message/error.js";
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
  return Readable.from(source, { objectMode: false });
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

/** Turn a system error (missing file, directory, permission) into a library error. @internal */
export function readError(error: unknown, file: string): unknown {
  if (error instanceof TepatSasaranError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const syscall = (error as { syscall?: unknown } | null)?.syscall;
  if (typeof code === "string" && typeof syscall === "string") {
    return failure(ioMessages, "io.cannot_read", { file: shown(file, 200), reason: code });
  }
  return error;
}
