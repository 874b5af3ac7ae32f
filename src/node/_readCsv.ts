import { failure } from "../message/error.js";
import { rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { readHeader } from "./_csvHeader.js";
import { CsvReader, type CsvBatch } from "./_csvParse.js";
import { tableEvents, tableNames } from "./_csvTables.js";
import type { CheckedRead } from "./_options.js";
import { shown } from "./_shown.js";
import { isTables, sourceName, type OpenSource } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import { ioMessages } from "./messages.js";
import type { HouseholdEvent, HouseholdStream, ReadHouseholdsCsvOptions } from "./types.js";

/**
 * The reading of `readHouseholdsCsv`, for sources checked by `checkOptions` and opened by `open`
 * (Node.js: files and streams; `tepat-sasaran/stream`: a browser's `File`s and streams).
 * @internal
 */
export function csvStream({ source, options }: CheckedRead<unknown>, open: OpenSource): HouseholdStream {
  if (isTables(source)) {
    const names = tableNames(source);
    const tally = new Tally(`${names.households} + ${names.members}`, options);
    return householdStream(tally, () => tableEvents(source, tally, options, open));
  }
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return householdStream(tally, () => csvEvents(source, file, tally, options, open));
}

async function* csvEvents(
  source: unknown,
  file: string,
  tally: Tally,
  options: ReadHouseholdsCsvOptions,
  open: OpenSource,
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const reader = new CsvReader(source, file, options, open);
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
          const layout = readHeader(cells, options);
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
