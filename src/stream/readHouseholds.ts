import { checkOptions } from "../node/_options.js";
import { csvStream } from "../node/_readCsv.js";
import { jsonlStream } from "../node/_readJsonl.js";
import type { HouseholdStream, ReadHouseholdsCsvOptions, ReadHouseholdsOptions } from "../node/types.js";
import { STREAM_SOURCES, streamSourceChunks } from "./_source.js";
import type { StreamSource, StreamTables } from "./types.js";

/**
 * Read households from a person-per-row CSV file in any JavaScript runtime — a browser page, a web
 * worker, Deno, Bun or Node.js — with the same reader, rules and errors as `readHouseholdsCsv` of
 * `tepat-sasaran/node`: the file a user picks (`<input type="file">`) is streamed at the consumer's
 * pace, in bounded memory, and never leaves the machine. Every household is validated with
 * `parseHousehold` when its last row has been read; a household with any bad row is rejected as a
 * whole, every bad row reported with its line, column, code and reason in Bahasa Indonesia and
 * English; header problems throw a `TepatSasaranError` before any row is read. The layout, the
 * columns ({@link householdCsvColumns}), the CSV grammar and the two-table layout are those of the
 * Node.js reader; only the sources differ: a `File` or `Blob` (named in events by its `name`), a
 * `ReadableStream` of bytes (`fetch(…).body`), or an async iterable of text or byte chunks. Leaving
 * the loop early cancels the stream.
 *
 * @param source - A `File` or `Blob`, a `ReadableStream`, an async iterable of UTF-8 chunks, or two of them as {@link StreamTables}.
 * @param options - `asOf`, `delimiter`, `unknownColumns`, `renameColumns` (the file's own column names), `householdIds`, `file` (the name in events), progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * import { readHouseholdsCsv } from "tepat-sasaran/stream";
 *
 * const file = new Blob(["household_id,regency,sex,birth_date,relationship\nKT-1,64.02,female,1980-01-01,head\nKT-1,64.02,male,2015-03-02,child\n"]);
 * const stream = readHouseholdsCsv(file, { asOf: "2025-07-01" });
 * const ids: string[] = [];
 * for await (const event of stream) if (event.kind === "household") ids.push(event.household.id);
 * ids //=> ["KT-1"]
 * stream.summary.rowsAccepted //=> 2
 * @category Streaming
 */
export function readHouseholdsCsv(source: StreamSource | StreamTables, options: ReadHouseholdsCsvOptions = {}): HouseholdStream {
  return csvStream(checkOptions(source, options, STREAM_SOURCES), streamSourceChunks);
}

/**
 * Read households from JSON Lines (one household JSON object, the shape `parseHousehold` takes, per
 * line) in any JavaScript runtime, as `readHouseholdsJsonl` of `tepat-sasaran/node` does: each line
 * is validated on its own, a bad line is reported with its line and every issue's field path, and
 * reading goes on. Sources as for {@link readHouseholdsCsv}.
 *
 * @param source - A `File` or `Blob`, a `ReadableStream`, or an async iterable of UTF-8 chunks.
 * @param options - `asOf`, `householdIds`, `file` (the name in events), progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * import { readHouseholdsJsonl } from "tepat-sasaran/stream";
 *
 * const line = JSON.stringify({ id: "KT-1", regency: "64.02", members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] });
 * const stream = readHouseholdsJsonl(new Blob([`${line}\n{"id": 7}\n`]), { asOf: "2025-07-01" });
 * const codes: string[] = [];
 * for await (const event of stream) codes.push(event.kind === "household" ? "ok" : event.code);
 * codes[0] //=> "ok"
 * stream.summary.rowsRejected //=> 1
 * @category Streaming
 */
export function readHouseholdsJsonl(source: StreamSource, options: ReadHouseholdsOptions = {}): HouseholdStream {
  return jsonlStream(checkOptions(source, options, STREAM_SOURCES, false), streamSourceChunks);
}
