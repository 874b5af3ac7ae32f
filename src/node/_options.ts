import { failure, guarded } from "../message/error.js";
import { wordIn, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { assertIsoDate } from "../time/isoDate.js";
import { ioMessages } from "./messages.js";
import { isSource, isTables, type SourceTables } from "./_source.js";
import type { ReadHouseholdsCsvOptions } from "./types.js";

/** `io.invalid_option`: what the option must be, worded in each language. */
function invalid(option: string, id: string, en: string): never {
  throw failure(ioMessages, "io.invalid_option", { option, expected: { id, en } });
}

/** A source and options, checked and read once: the readers use these copies, never the caller's objects again. @internal */
export interface CheckedRead<S> {
  readonly source: S;
  readonly options: ReadHouseholdsCsvOptions;
}

const KEYS = ["file", "asOf", "asOfChecks", "householdIds", "onProgress", "progressEvery", "now", "delimiter", "unknownColumns", "renameColumns"] as const;

/** What a reader takes as one source: a test, and the words of its error in each language. @internal */
export interface SourceKind {
  readonly accepts: (source: unknown) => boolean;
  readonly expected: Text;
}

/** The sources of `tepat-sasaran/node`'s readers (`tepat-sasaran/stream` has its own, without them). @internal */
export const NODE_SOURCES: SourceKind = { accepts: isSource, expected: { id: "jalur berkas, Readable, atau async iterable potongan data", en: "a file path, a Readable or an async iterable of chunks" } };

/** The tables of a two-table read, copied field by field and checked. */
function readTables(source: SourceTables, options: ReadHouseholdsCsvOptions, kind: SourceKind): SourceTables {
  const { households, members, householdsFile, membersFile } = source;
  if (!kind.accepts(households)) invalid("households", kind.expected.id, kind.expected.en);
  if (!kind.accepts(members)) invalid("members", kind.expected.id, kind.expected.en);
  if (householdsFile !== undefined && typeof householdsFile !== "string") invalid("householdsFile", "nama berkas", "a file name");
  if (membersFile !== undefined && typeof membersFile !== "string") invalid("membersFile", "nama berkas", "a file name");
  if (options.file !== undefined) invalid("file", "tidak untuk dua tabel: pakai householdsFile dan membersFile", "not used with two tables: name them with householdsFile and membersFile");
  return { households, members, ...(householdsFile === undefined ? {} : { householdsFile }), ...(membersFile === undefined ? {} : { membersFile }) };
}

/** A plain copy of `renameColumns` (it crosses to worker threads as data): an object of names to names; `option` names it in the error. @internal */
export function renameCopy(given: unknown, option = "renameColumns"): Record<string, string> {
  const entries = typeof given === "object" && given !== null && !Array.isArray(given) ? Object.entries(given) : undefined;
  if (entries === undefined || entries.some(([from, to]) => from.trim() === "" || typeof to !== "string")) {
    invalid(option, 'objek nama kolom berkas → nama kolom pustaka, mis. { jenis_kelamin: "sex" }', 'an object of the file\'s column names → the library\'s, e.g. { jenis_kelamin: "sex" }');
  }
  return Object.fromEntries(entries);
}

/**
 * Check the source and options when a reader is created, so that misuse fails at once with
 * `io.invalid_option` (or `input.unreadable` for a getter or Proxy that throws), and return plain
 * copies: a getter is read once, not again in the middle of the file. `tables`: whether two tables
 * (`{ households, members }`) are a source of this reader. @internal
 */
export function checkOptions<S>(source: S, given: ReadHouseholdsCsvOptions | undefined, kind: SourceKind, tables = true): CheckedRead<S> {
  return guarded("readHouseholds", () => {
    if (given !== undefined && (given === null || typeof given !== "object")) {
      const is = describeValue(given);
      invalid("options", `objek, bukan ${wordIn(is, "id")}`, `an object, not ${wordIn(is, "en")}`);
    }
    const options: Record<string, unknown> = {};
    for (const key of KEYS) {
      const value = given?.[key];
      if (value !== undefined) options[key] = value;
    }
    const { progressEvery, householdIds, unknownColumns, delimiter, onProgress, now, asOf, asOfChecks, file } = options as ReadHouseholdsCsvOptions;
    if (asOfChecks !== undefined && asOfChecks !== "kk") invalid("asOfChecks", '"kk" atau tidak diberikan', '"kk" or not given');
    if (file !== undefined && (typeof file !== "string" || file.length === 0)) invalid("file", "nama berkas", "a file name");
    if (progressEvery !== undefined && !(Number.isSafeInteger(progressEvery) && progressEvery > 0)) {
      invalid("progressEvery", "bilangan bulat positif (baris)", "a positive whole number of rows");
    }
    if (householdIds !== undefined && !["seen", "sorted", "none"].includes(householdIds)) invalid("householdIds", "seen, sorted atau none", "seen, sorted or none");
    if (unknownColumns !== undefined && !["error", "ignore"].includes(unknownColumns)) invalid("unknownColumns", "error atau ignore", "error or ignore");
    if (delimiter !== undefined && ![",", ";", "\t", "|"].includes(delimiter)) invalid("delimiter", ", ; tab atau |", ", ; tab or |");
    if (onProgress !== undefined && typeof onProgress !== "function") invalid("onProgress", "fungsi", "a function");
    if (now !== undefined && typeof now !== "function") invalid("now", "fungsi yang memberi milidetik", "a function returning milliseconds");
    if (asOf !== undefined) assertIsoDate(asOf);
    if (options.renameColumns !== undefined) options.renameColumns = renameCopy(options.renameColumns);
    const checked = options as ReadHouseholdsCsvOptions;
    // Two tables are a CSV registry's layout; a reader of one file (JSON Lines, a payment list) refuses them at once.
    if (isTables(source)) {
      if (!tables) invalid("source", kind.expected.id, kind.expected.en);
      return { source: readTables(source, checked, kind) as S, options: checked };
    }
    if (!kind.accepts(source)) invalid("source", kind.expected.id, kind.expected.en);
    return { source, options: checked };
  });
}
