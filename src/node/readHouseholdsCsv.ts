import { failure } from "../message/error.js";
import { batches } from "./_batches.js";
import { isBlank, lineBreaks, rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { readHeader } from "./_csvHeader.js";
import { openCsv, parseError, type ParseState } from "./_csvParse.js";
import { tableEvents, tableNames } from "./_csvTables.js";
import { checkOptions } from "./_options.js";
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
 * code, reason in Bahasa Indonesia and English) and counted as rejected, and reading goes on.
 * Header problems (missing required, unknown or repeated columns) throw a `TepatSasaranError`
 * before any row is read; so do an unreadable file (`io.cannot_read`) and a runaway quote
 * longer than a million characters (`io.record_too_large`).
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
 *   if (event.kind === "household") assess(event.household);
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
  checkOptions(source, options);
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
  const state: ParseState = { unclosedQuote: false };
  const { parser, input } = openCsv(source, options, state);
  let nextLine = 1;
  let assembler: CsvAssembler | undefined;
  try {
    for await (const batch of batches(parser)) {
      for (const record of batch) {
        const cells = record as string[];
        const line = nextLine;
        nextLine += 1 + lineBreaks(cells);
        if (isBlank(cells)) continue;
        if (assembler === undefined) {
          const layout = readHeader(cells, options.unknownColumns ?? "error");
          tally.ignoredColumns = layout.ignored;
          assembler = new CsvAssembler(layout, file, tally, options);
          continue;
        }
        const events = assembler.add(cells, line);
        // A plain loop: `yield*` over an array costs an async-from-sync iterator per household.
        if (events !== undefined) for (const event of events) yield event;
      }
    }
  } catch (error) {
    throw parseError(error, nextLine, file);
  } finally {
    parser.destroy();
    input.destroy();
  }
  if (assembler === undefined) throw failure(ioMessages, "io.no_header", { file: shown(file, 200) });
  if (state.unclosedQuote) {
    const events = assembler.unreadable(nextLine, rowIssue("io.unclosed_quote", undefined, { line: nextLine }));
    if (events !== undefined) for (const event of events) yield event;
  }
  const last = assembler.finish();
  if (last !== undefined) for (const event of last) yield event;
  tally.finish();
}
