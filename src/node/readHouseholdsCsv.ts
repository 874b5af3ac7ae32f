import { failure } from "../message/error.js";
import { rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { readHeader } from "./_csvHeader.js";
import { CsvReader, type CsvBatch } from "./_csvParse.js";
import { tableEvents, tableNames } from "./_csvTables.js";
import { checkOptions, type CheckedRead } from "./_options.js";
import { shown } from "./_shown.js";
import { isTables, sourceName } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import { ioMessages } from "./messages.js";
import type { HouseholdEvent, HouseholdSource, HouseholdStream, HouseholdTables, ReadHouseholdsCsvOptions } from "./types.js";

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
 * Header problems (missing required, unknown or repeated columns; a header that is not UTF-8 text,
 * such as a UTF-16 export, `io.header_not_utf8`) throw a `TepatSasaranError` before any row is read; so do an unreadable file (`io.cannot_read`) and a runaway quote
 * longer than a million characters (`io.record_too_large`), after rejecting the rows of the
 * household being read (`io.read_stopped`), so that the summary accounts for every row read. A row
 * whose bytes are not valid UTF-8 is rejected (`io.invalid_utf8`, naming the column), never read
 * with a replacement character.
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
 * both files.
 *
 * @param source - A file path, a `Readable`, an async iterable of UTF-8 chunks, or two such sources as {@link HouseholdTables}.
 * @param options - `asOf`, `delimiter`, `unknownColumns`, `householdIds`, progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * const stream = readHouseholdsCsv("dtsen-kukar.csv", { asOf: "2025-07-01" });
 * for await (const event of stream) {
 *   if (event.kind === "household") use(event.household);
 *   else console.error(`${event.file}:${event.line} ${event.field ?? ""} ${event.message.en}`);
 * }
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary; // rowsAccepted + rowsRejected === rowsRead
 * @example
 * // Two tables, both sorted by household_id: ruta.csv (household_id,regency,…), art.csv (household_id,sex,birth_date,relationship,…)
 * for await (const event of readHouseholdsCsv({ households: "ruta.csv", members: "art.csv" }, { asOf: "2025-07-01" })) {
 *   if (event.kind === "rejected") console.error(`${event.file}:${event.line} ${event.code} ${event.message.id}`);
 * }
 * @category Streaming
 */
export function readHouseholdsCsv(source: HouseholdSource | HouseholdTables, options: ReadHouseholdsCsvOptions = {}): HouseholdStream {
  return streamOf(checkOptions(source, options));
}

function streamOf({ source, options }: CheckedRead<HouseholdSource | HouseholdTables>): HouseholdStream {
  if (isTables(source)) {
    const names = tableNames(source);
    const tally = new Tally(`${names.households} + ${names.members}`, options);
    return householdStream(tally, () => tableEvents(source, tally, options));
  }
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return householdStream(tally, () => csvEvents(source, file, tally, options));
}

async function* csvEvents(
  source: HouseholdSource,
  file: string,
  tally: Tally,
  options: ReadHouseholdsCsvOptions,
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const reader = new CsvReader(source, file, options);
  let assembler: CsvAssembler | undefined;
  try {
    for (;;) {
      let batch: CsvBatch | undefined;
      try {
        batch = await reader.next();
      } catch (error) {
        // A stopping error: the rows of the household being read are rejected, so that the summary
        // still accounts for every row read, and then the error is thrown.
        const held = assembler?.stop(reader.nextLine);
        if (held !== undefined) for (const event of held) yield event;
        throw error;
      }
      if (batch === undefined) break;
      const { records, lines, invalidCells, repeated, tails } = batch;
      for (let r = 0; r < records.length; r++) {
        const cells = records[r] as string[];
        if (assembler === undefined) {
          const layout = readHeader(cells, options.unknownColumns ?? "error");
          tally.ignoredColumns = layout.ignored;
          assembler = new CsvAssembler(layout, file, tally, options);
          // A person-per-row export repeats the household columns on every row of a household.
          reader.repeatLeading(layout.leadingHousehold, assembler.takesTails);
          continue;
        }
        const events = assembler.add(cells, lines[r] as number, invalidCells?.[r] ?? -1, repeated?.[r] === true, tails === true);
        // A plain loop: `yield*` over an array costs an async-from-sync iterator per household.
        if (events !== undefined) for (const event of events) yield event;
      }
    }
  } finally {
    reader.close();
  }
  if (assembler === undefined) throw failure(ioMessages, "io.no_header", { file: shown(file, 200) });
  if (reader.unclosedQuote) {
    const events = assembler.unreadable(reader.nextLine, rowIssue("io.unclosed_quote", undefined, { line: reader.nextLine }));
    if (events !== undefined) for (const event of events) yield event;
  }
  const last = assembler.finish();
  if (last !== undefined) for (const event of last) yield event;
  tally.finish();
}
