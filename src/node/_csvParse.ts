import { pipeline, type Readable } from "node:stream";
import { parse, type Parser } from "csv-parse";
import { failure } from "../message/error.js";
import { batches } from "./_batches.js";
import { isBlank, lineBreaks } from "./_cells.js";
import { openSource, readError } from "./_source.js";
import { ioMessages } from "./messages.js";
import type { HouseholdSource, ReadHouseholdsCsvOptions } from "./types.js";

/** Longest record accepted, in characters; longer means a runaway quote, and reading stops. @internal */
export const MAX_RECORD = 1_000_000;

/** What the parser noticed on the way. @internal */
export interface ParseState {
  /** The input ended inside a quoted cell: its last record could not be read. */
  unclosedQuote: boolean;
}

/**
 * A csv-parse parser with the settings of the CSV readers, fed from `source` (opened now), and the
 * input stream (to destroy when done).
 * @internal
 */
export function openCsv(source: HouseholdSource, options: ReadHouseholdsCsvOptions, state: ParseState): { parser: Parser; input: Readable } {
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
      if (error?.code === "CSV_QUOTE_NOT_CLOSED") state.unclosedQuote = true;
      else throw error ?? new Error("csv-parse skipped a record");
      return undefined;
    },
  });
  const input = openSource(source);
  pipeline(input, parser, () => {
    // Errors reach the consumer through the parser's iterator.
  });
  return { parser, input };
}

/** The error to throw for a failed parse: a runaway record, an unreadable file, or as is. @internal */
export function parseError(error: unknown, line: number, file: string): unknown {
  const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
  if (code === "CSV_MAX_RECORD_SIZE") {
    return failure(ioMessages, "io.record_too_large", { line: typeof lines === "number" ? lines : line, max: MAX_RECORD });
  }
  return readError(error, file);
}

/** One non-blank CSV record and the physical line it starts on. @internal */
export interface CsvRecord {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * Pull-based reading of one CSV source, record by record (blank records skipped), for readers that
 * take turns between two files. Opens the source on the first `next()`; `close()` releases it.
 * @internal
 */
export class CsvRecords {
  /** The physical line the next record starts on. */
  nextLine = 1;
  private readonly state: ParseState = { unclosedQuote: false };
  private opened: { parser: Parser; input: Readable; batches: AsyncGenerator<unknown[], void, undefined> } | undefined;
  private batch: unknown[] = [];
  private position = 0;
  private ended = false;

  constructor(
    private readonly source: HouseholdSource,
    readonly file: string,
    private readonly options: ReadHouseholdsCsvOptions,
  ) {}

  /** Whether the input ended inside a quoted cell (known once `next()` has returned `undefined`). */
  get unclosedQuote(): boolean {
    return this.state.unclosedQuote;
  }

  /** The next non-blank record, or `undefined` at the end of the input. */
  async next(): Promise<CsvRecord | undefined> {
    for (;;) {
      while (this.position < this.batch.length) {
        const cells = this.batch[this.position++] as string[];
        const line = this.nextLine;
        this.nextLine += 1 + lineBreaks(cells);
        if (!isBlank(cells)) return { cells, line };
      }
      if (this.ended) return undefined;
      if (this.opened === undefined) {
        const { parser, input } = openCsv(this.source, this.options, this.state);
        this.opened = { parser, input, batches: batches(parser) };
      }
      let result: IteratorResult<unknown[], void>;
      try {
        result = await this.opened.batches.next();
      } catch (error) {
        throw parseError(error, this.nextLine, this.file);
      }
      this.batch = result.done === true ? [] : result.value;
      this.position = 0;
      if (result.done === true) this.ended = true;
    }
  }

  /** Release the source (also when reading stopped early). */
  close(): void {
    if (this.opened === undefined) return;
    void this.opened.batches.return(undefined);
    this.opened.parser.destroy();
    this.opened.input.destroy();
  }
}
