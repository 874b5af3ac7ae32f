import { pipeline } from "node:stream";
import { parse } from "csv-parse";
import { failure } from "../message/error.js";
import { batches } from "./_batches.js";
import { isBlank, lineBreaks, rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { readHeader } from "./_csvHeader.js";
import { checkOptions } from "./_options.js";
import { shown } from "./_shown.js";
import { openSource, readError, sourceName } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import { ioMessages } from "./messages.js";
import type { HouseholdEvent, HouseholdSource, HouseholdStream, ReadHouseholdsCsvOptions } from "./types.js";

/** Longest record accepted, in characters; longer means a runaway quote, and reading stops. */
const MAX_RECORD = 1_000_000;

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
 * @param source - A file path, a `Readable`, or an async iterable of UTF-8 chunks.
 * @param options - `asOf`, `delimiter`, `unknownColumns`, `householdIds`, progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * const stream = readHouseholdsCsv("dtsen-kukar.csv", { asOf: "2025-07-01" });
 * for await (const event of stream) {
 *   if (event.kind === "household") assess(event.household);
 *   else console.error(`${event.file}:${event.line} ${event.field ?? ""} ${event.message.en}`);
 * }
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary; // rowsAccepted + rowsRejected === rowsRead
 * @category Streaming
 */
export function readHouseholdsCsv(source: HouseholdSource, options: ReadHouseholdsCsvOptions = {}): HouseholdStream {
  checkOptions(source, options);
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
  let unclosedQuote = false;
  const parser = parse({
    delimiter: options.delimiter ?? ",",
    bom: true,
    relax_column_count: true,
    // A quote inside an unquoted cell is kept as text (as spreadsheets do) instead of derailing
    // the rest of the file; the value is then validated like any other.
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD,
    skip_records_with_error: true,
    on_skip: (error) => {
      // Only an unclosed quote at the end of the input is survivable; anything else stops the read.
      if (error?.code === "CSV_QUOTE_NOT_CLOSED") unclosedQuote = true;
      else throw error ?? new Error("csv-parse skipped a record");
      return undefined;
    },
  });
  const input = openSource(source);
  pipeline(input, parser, () => {
    // Errors reach the consumer through the parser's iterator.
  });
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
    const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
    if (code === "CSV_MAX_RECORD_SIZE") {
      throw failure(ioMessages, "io.record_too_large", { line: typeof lines === "number" ? lines : nextLine, max: MAX_RECORD });
    }
    throw readError(error, file);
  } finally {
    parser.destroy();
    input.destroy();
  }
  if (assembler === undefined) throw failure(ioMessages, "io.no_header", { file: shown(file, 200) });
  if (unclosedQuote) {
    const events = assembler.unreadable(nextLine, rowIssue("io.unclosed_quote", undefined, { line: nextLine }));
    if (events !== undefined) for (const event of events) yield event;
  }
  const last = assembler.finish();
  if (last !== undefined) for (const event of last) yield event;
  tally.finish();
}
