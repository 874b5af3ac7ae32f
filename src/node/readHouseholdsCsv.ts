import { nodeChunks } from "./_openSource.js";
import { NODE_SOURCES, checkOptions } from "./_options.js";
import { csvStream } from "./_readCsv.js";
import type { HouseholdSource, HouseholdStream, HouseholdTables, ReadHouseholdsCsvOptions } from "./types.js";

/**
 * Read households from a person-per-row CSV file (the layout of {@link householdCsvColumns}: one
 * row per member, a `household_id` column, the rows of a household contiguous, household columns
 * repeated or given on one row only). Streams with bounded memory: only the current household's
 * rows are held, and the file is read at the consumer's pace.
 *
 * Each household is validated with `parseHousehold` when its last row has been read. A household
 * with any bad row is rejected as a whole: every one of its rows is reported (file, line, column,
 * code, reason in Bahasa Indonesia and English) and counted as rejected, and reading goes on. A row
 * of more or fewer cells than the header whose `household_id` differs from the household being read
 * (a note pasted between its rows, a broken line) waits for the next row: when that row goes on with
 * the household, the stray row is part of it, and the household is rejected.
 * Header problems (missing required, unknown or repeated columns, unknown names said with the column
 * each seems to be and the `renameColumns` that maps them; a header that is not UTF-8 text,
 * such as a UTF-16 export, `io.header_not_utf8`) throw a `TepatSasaranError` before any row is read; so do a missing file
 * (`io.file_not_found`), an unreadable one (`io.cannot_read`) and a runaway quote
 * longer than a million characters (`io.record_too_large`), after rejecting the rows of the
 * household being read (`io.read_stopped`), so that the summary accounts for every row read. A row
 * whose bytes are not valid UTF-8 is rejected (`io.invalid_utf8`, naming the column), never read
 * with a replacement character; its `householdId`, and a message quoting one of its values, show
 * those bytes as U+FFFD.
 *
 * **CSV grammar.** RFC 4180 (quoted cells hold delimiters, `""` and line breaks) with the
 * leniencies of spreadsheet exports: records end at CRLF, LF or CR; a quote inside an unquoted cell,
 * or a quoted cell whose closing quote is followed by text, is read as written; a byte-order mark is
 * removed. Every event carries the physical line its row starts on.
 *
 * **Two tables.** Given `{ households, members }` ({@link HouseholdTables}), reads a households file
 * (one row per household: `household_id` and household-level columns) and a members file (one row
 * per person: `household_id` and person-level columns), both **sorted ascending by
 * `household_id`**, and joins them as it streams, holding one household at a time. A column of the
 * other level in a file is a header error. Rows that break the order are rejected on their own
 * (`io.not_sorted`; a repeated id in the households file, `io.duplicate_household_id`), as are a
 * household without member rows (`io.no_members`) and member rows without a household
 * (`io.no_household`); every event names the file its row is in, and `summary` counts the rows of
 * both files. A row of another cell count than its header's (an officer's note, a broken line) or
 * whose `household_id` no household may have (not UTF-8, over 100 characters) is neither compared
 * nor remembered by the order check and joins only a row of its own id: else it is rejected on its
 * own (a long id as with one file, `input.too_big`), and never leaves a valid household or member
 * row unmatched. The events of each file come in its line order.
 *
 * @param source - A file path, a `Readable`, an async iterable of UTF-8 chunks, or two such sources as {@link HouseholdTables}.
 * @param options - `asOf`, `delimiter`, `unknownColumns`, `renameColumns` (the file's own column names), `householdIds`, progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * const stream = readHouseholdsCsv("dtsen-kukar.csv", { asOf: "2025-07-01" });
 * for await (const event of stream) {
 *   if (event.kind === "household") use(event.household);
 *   else console.error(`${event.file}:${event.line} ${event.field ?? ""} ${event.message.en}`);
 * }
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary; // rowsAccepted + rowsRejected === rowsRead
 * @example
 * // An export whose columns have the office's own names: id_keluarga,kabupaten,jenis_kelamin,tanggal_lahir,hubungan
 * const renameColumns = { id_keluarga: "household_id", kabupaten: "regency", jenis_kelamin: "sex", tanggal_lahir: "birth_date", hubungan: "relationship" };
 * for await (const event of readHouseholdsCsv("dtsen-dinsos.csv", { asOf: "2025-07-01", renameColumns })) use(event);
 * @example
 * // Two tables, both sorted by household_id: ruta.csv (household_id,regency,…), art.csv (household_id,sex,birth_date,relationship,…)
 * for await (const event of readHouseholdsCsv({ households: "ruta.csv", members: "art.csv" }, { asOf: "2025-07-01" })) {
 *   if (event.kind === "rejected") console.error(`${event.file}:${event.line} ${event.code} ${event.message.id}`);
 * }
 * @category Streaming
 */
export function readHouseholdsCsv(source: HouseholdSource | HouseholdTables, options: ReadHouseholdsCsvOptions = {}): HouseholdStream {
  return csvStream(checkOptions(source, options, NODE_SOURCES), nodeChunks);
}
