import type { Household } from "../household/household.js";
import { rowIssue } from "./_cells.js";
import { CsvAssembler } from "./_csvAssembler.js";
import { readHeader } from "./_csvHeader.js";
import { csvBatch } from "./_csvParse.js";
import { CsvSplitter } from "./_csvSplit.js";
import { Tally, type TallyCounts } from "./_tally.js";
import type { HouseholdEvent, ReadHouseholdsCsvOptions, RejectedRow } from "./types.js";

/**
 * One piece of a CSV file cut by the reading thread at household boundaries: text of whole
 * records with the physical line it starts on. @internal
 */
export interface Segment {
  readonly text: string;
  readonly line: number;
}

/** A batch of households for a worker: segments, the id checks' verdicts, and how it ends. @internal */
export interface Batch {
  readonly seq: number;
  readonly segments: readonly Segment[];
  /** [line, verdict, previous id] for each household the id checks flagged. */
  readonly flags: readonly (readonly [number, string, string])[];
  /** Some input so far held invalid UTF-8: rows are searched for its mark. */
  readonly checkMarks: boolean;
  /** The batch starts inside a household of too many rows (its id). */
  readonly continues?: string | undefined;
  /** The file ended inside an unclosed quote on this line (last batch). */
  readonly unclosedQuoteLine?: number | undefined;
  /** Reading stopped on this line (last batch): the held household is rejected. */
  readonly stoppedLine?: number | undefined;
}

/** What the reader options and header a worker needs to read batches as the reading thread would. @internal */
export interface BatchSetup {
  readonly file: string;
  readonly header: readonly string[];
  readonly options: Pick<ReadHouseholdsCsvOptions, "asOf" | "delimiter" | "unknownColumns">;
}

/** One event of a batch, with the task's result for an accepted household. @internal */
export type BatchEvent<R> = RejectedRow | { readonly kind: "household"; readonly file: string; readonly line: number; readonly rows: number; readonly result: R };

/** A batch's events in file order and the fates of its rows. @internal */
export interface BatchResult<R> {
  readonly seq: number;
  readonly events: readonly BatchEvent<R>[];
  readonly counts: TallyCounts;
}

/**
 * Read one batch as `readHouseholdsCsv` reads the same rows of the whole file (same grammar, same
 * assembler, the id verdicts of the reading thread) and hand each accepted household to `use`.
 * @internal
 */
export function readBatch<R>(setup: BatchSetup, batch: Batch, use: (household: Household, event: HouseholdEvent) => R): BatchResult<R> {
  const layout = readHeader(setup.header, setup.options.unknownColumns ?? "error");
  const tally = new Tally(setup.file, {});
  const flags = new Map<number, string>();
  for (const [line, verdict, previous] of batch.flags) {
    flags.set(line, verdict);
    flags.set(-line, previous);
  }
  const assembler = new CsvAssembler(layout, setup.file, tally, { ...setup.options, householdIds: "none" }, flags);
  if (batch.continues !== undefined) assembler.resume(batch.continues);
  const events: BatchEvent<R>[] = [];
  const take = (found: readonly HouseholdEvent[] | undefined): void => {
    if (found === undefined) return;
    for (const event of found) events.push(event.kind === "household" ? { kind: "household", file: event.file, line: event.line, rows: event.rows, result: use(event.household, event) } : event);
  };
  for (const segment of batch.segments) {
    const splitter = new CsvSplitter(setup.options.delimiter ?? ",");
    splitter.nextLine = segment.line;
    const split = splitter.parse(segment.text, true);
    const { records, lines, invalidCells } = csvBatch(split.records, split.lines, batch.checkMarks);
    for (let r = 0; r < records.length; r++) take(assembler.add(records[r] as string[], lines[r] as number, invalidCells?.[r] ?? -1));
  }
  if (batch.unclosedQuoteLine !== undefined) {
    const line = batch.unclosedQuoteLine;
    take(assembler.unreadable(line, rowIssue("io.unclosed_quote", undefined, { line })));
  }
  take(batch.stoppedLine === undefined ? assembler.finish() : assembler.stop(batch.stoppedLine));
  return { seq: batch.seq, events, counts: tally.counts() };
}
