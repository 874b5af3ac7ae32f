import { failure } from "../message/error.js";
import { parseIsoDate } from "../time/isoDate.js";
import { ioMessages } from "./messages.js";
import { isSource, isTables } from "./_source.js";
import type { ReadHouseholdsCsvOptions } from "./types.js";

function invalid(option: string, expected: string): never {
  throw failure(ioMessages, "io.invalid_option", { option, expected });
}

/** Check the source and options when a reader is created, so that misuse fails at once. @internal */
export function checkOptions(source: unknown, options: ReadHouseholdsCsvOptions): void {
  if (isTables(source)) {
    if (!isSource(source.households)) invalid("households", "a file path, a Readable or an async iterable of chunks");
    if (!isSource(source.members)) invalid("members", "a file path, a Readable or an async iterable of chunks");
    for (const name of ["householdsFile", "membersFile"] as const) {
      if (source[name] !== undefined && typeof source[name] !== "string") invalid(name, "a file name");
    }
    if (options.file !== undefined) invalid("file", "not used with two tables: name them with householdsFile and membersFile");
  } else if (!isSource(source)) invalid("source", "a file path, a Readable or an async iterable of chunks");
  const { progressEvery, householdIds, unknownColumns, delimiter, onProgress, now, asOf } = options;
  if (progressEvery !== undefined && !(Number.isSafeInteger(progressEvery) && progressEvery > 0)) {
    invalid("progressEvery", "a positive whole number of rows");
  }
  if (householdIds !== undefined && !["seen", "sorted", "none"].includes(householdIds)) invalid("householdIds", "seen, sorted or none");
  if (unknownColumns !== undefined && !["error", "ignore"].includes(unknownColumns)) invalid("unknownColumns", "error or ignore");
  if (delimiter !== undefined && ![",", ";", "\t", "|"].includes(delimiter)) invalid("delimiter", ", ; tab or |");
  if (onProgress !== undefined && typeof onProgress !== "function") invalid("onProgress", "a function");
  if (now !== undefined && typeof now !== "function") invalid("now", "a function returning milliseconds");
  if (asOf !== undefined) parseIsoDate(asOf);
}
