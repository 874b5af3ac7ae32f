import { nodeChunks } from "./_openSource.js";
import { NODE_SOURCES, checkOptions } from "./_options.js";
import { jsonlStream } from "./_readJsonl.js";
import type { HouseholdSource, HouseholdStream, ReadHouseholdsOptions } from "./types.js";

/**
 * Read households from JSON Lines: one household JSON object (the shape `parseHousehold` takes)
 * per line. Blank lines are skipped and not counted. Each line is validated on its own; a bad
 * line (not JSON, too long, failing validation, or repeating an earlier household id) is
 * reported with its line and every issue's field path (e.g. `members.2.nik`) and reading goes on.
 * Streams with bounded memory at the consumer's pace.
 *
 * @param source - A file path, a `Readable`, or an async iterable of UTF-8 chunks.
 * @param options - `asOf`, `householdIds`, progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * const stream = readHouseholdsJsonl("households.jsonl", { asOf: "2025-07-01" });
 * for await (const event of stream) if (event.kind === "rejected") console.error(event.line, event.code);
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary;
 * rowsAccepted + rowsRejected === rowsRead //=> true
 * @category Streaming
 */
export function readHouseholdsJsonl(source: HouseholdSource, options: ReadHouseholdsOptions = {}): HouseholdStream {
  return jsonlStream(checkOptions(source, options, NODE_SOURCES, false), nodeChunks);
}
