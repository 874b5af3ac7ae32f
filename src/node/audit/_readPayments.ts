import { parsePayment } from "../../audit/payment.js";
import { failure, issue, type Issue } from "../../message/error.js";
import { CsvRecords } from "../_csvParse.js";
import { fail, headerNotUtf8, otherSeparator, repeatsHeader, separatorLine, unknownAdvice, unnamedPositions } from "../_csvHeader.js";
import { fileNames, headerName, renamedPresent, renames, suggestions, writtenNames } from "../_columnNames.js";
import { fileColumn, invalidUtf8, rowIssue, type RowIssue } from "../_cells.js";
import { jsonLine } from "../_jsonLine.js";
import { textLines } from "../_lines.js";
import type { CheckedRead } from "../_options.js";
import { shown, shownText } from "../_shown.js";
import { readError, sourceName, type OpenSource } from "../_source.js";
import { libraryErrorsOnly } from "../_stream.js";
import { Tally } from "../_tally.js";
import { ioMessages } from "../messages.js";
import type { RejectedRow } from "../types.js";
import { auditIoMessages } from "./messages.js";
import { COLUMN_OF_FIELD, paymentCsvColumns, paymentObject } from "./paymentColumns.js";
import type { PaymentEvent, PaymentReadSummary, PaymentStream, ReadPaymentsOptions } from "./paymentTypes.js";

// The reading of the payment-list readers, for a source checked by `checkOptions` and opened by
// `open`: `nodeChunks` in `tepat-sasaran/node` (paths, `Readable`s), `streamSourceChunks` in
// `tepat-sasaran/stream` (a browser's `File`s and streams). No Node.js built-in is imported here.

/** The reading of `readPaymentsCsv` (of both entries). @internal */
export function paymentCsvStream({ source, options }: CheckedRead<unknown>, open: OpenSource): PaymentStream {
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return stream(tally, () => csvEvents(source, file, tally, options, open));
}

/** The reading of `readPaymentsJsonl` (of both entries). @internal */
export function paymentJsonlStream({ source, options }: CheckedRead<unknown>, open: OpenSource): PaymentStream {
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return stream(tally, () => jsonlEvents(source, file, tally, open));
}

function stream(tally: Tally, events: () => AsyncGenerator<PaymentEvent, void, undefined>): PaymentStream {
  let used = false;
  return {
    get summary(): PaymentReadSummary {
      const { householdsAccepted: _a, householdsRejected: _r, ...rest } = tally.summary();
      return rest;
    },
    [Symbol.asyncIterator](): AsyncIterator<PaymentEvent> {
      if (used) throw failure(ioMessages, "io.already_iterated");
      used = true;
      return libraryErrorsOnly(events(), tally);
    },
  };
}

/**
 * Validate one row object; accepted, or rejected with every issue (fields named as in the file, a
 * column `renameColumns` gave another name as the header writes it: `written`). A
 * rejected CSV row whose `cells` repeat the header (`names`, trimmed: files joined together) is
 * rejected with that alone.
 */
function judge(
  value: unknown,
  extra: readonly RowIssue[],
  file: string,
  line: number,
  tally: Tally,
  fieldName: (path: readonly (string | number)[]) => string | undefined,
  cells?: readonly string[],
  names: readonly string[] = [],
  written?: ReadonlyMap<string, string>,
): PaymentEvent[] {
  const result = parsePayment(value);
  if (result.success && extra.length === 0) {
    tally.accepted(1);
    return [{ kind: "payment", payment: result.data, file, line }];
  }
  if (cells !== undefined && repeatsHeader(cells, names)) return [rejectAlone(rowIssue("io.header_repeated", undefined, { line }), file, line, tally)];
  const found = extra.map((e) => fileColumn(e, written));
  // An empty required cell (`io.required_cell_empty`), an amount refused as written
  // (`io.amount_separators`) or a cell that is not UTF-8 (`io.invalid_utf8`, its column as the
  // header writes it) is named once, not again by the schema.
  const empty = found.filter((e) => e.code === "io.required_cell_empty" || e.code === "io.amount_separators" || e.code === "io.invalid_utf8").map((e) => e.field?.toLowerCase());
  if (!result.success) {
    for (const i of result.issues) {
      const own = fileColumn({ field: fieldName(i.path), code: i.code, message: i.message }, written);
      if (own.field === undefined || !empty.includes(own.field.toLowerCase())) found.push(own);
    }
  }
  const events: RejectedRow[] = found.map((f) => {
    // A schema's message may quote a cell as read, with the mark of bytes that were not UTF-8.
    const message = shownText(f.message);
    return f.field === undefined ? { kind: "rejected", file, line, code: f.code, message } : { kind: "rejected", file, line, field: f.field, code: f.code, message };
  });
  tally.rejected(events, false);
  return events;
}

/** The column of each header cell (`undefined`: not one of the list's), and the header cells `renameColumns` maps, by the column they are. */
function readHeader(cells: readonly string[], options: ReadPaymentsOptions, tally: Tally): { columns: (string | undefined)[]; written: ReadonlyMap<string, string> | undefined } {
  if (headerNotUtf8(cells)) throw failure(ioMessages, "io.header_not_utf8");
  const hint = separatorLine(cells);
  if (hint !== undefined) throw failure(ioMessages, hint.code, hint.values);
  const unknown = options.unknownColumns ?? "error";
  const known = new Set(paymentCsvColumns.map((c) => c.name));
  const rename = renames(options.renameColumns, known);
  const names = cells.map((c) => rename?.get(headerName(c)) ?? headerName(c));
  const missing = paymentCsvColumns.filter((c) => c.required && !names.includes(c.name)).map((c) => c.name);
  const written = missing.length > 0 ? fileNames(rename, known, missing[0]!) : undefined;
  const separator = written === undefined ? undefined : otherSeparator(cells, written.known, written.key);
  if (separator !== undefined) throw failure(ioMessages, "io.other_separator", separator);
  renamedPresent(rename, cells);
  const strangers = names.filter((n) => !known.has(n));
  // Unknown names, with the column each seems to be and the option that maps them: when required
  // columns are missing, they may be those columns under other names (and ignoring them cannot help).
  const unknownIssues = (missing: boolean): Issue[] => {
    const named = strangers.filter((n) => n !== "");
    const suggested = suggestions(named, new Set([...known].filter((name) => !names.includes(name))), []);
    const said = named.length === 0 ? [] : [issue(ioMessages, "io.unknown_columns", [], { columns: named.map((n) => shown(n)).join(", "), advice: unknownAdvice(missing) })];
    return suggested === undefined ? said : [...said, suggested];
  };
  if (missing.length > 0) fail([issue(ioMessages, "io.missing_columns", [], { columns: missing.join(", ") }), ...unknownIssues(true)], undefined);
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length > 0) throw failure(ioMessages, "io.duplicate_columns", { columns: repeated.map((n) => shown(n)).join(", ") });
  const unnamed = unnamedPositions(cells);
  if (unnamed !== undefined && unknown === "error") throw failure(ioMessages, "io.unnamed_columns", { positions: unnamed, advice: unknownAdvice(false, true) });
  if (strangers.length > 0 && unknown === "error") fail(unknownIssues(false), undefined);
  tally.ignoredColumns = strangers;
  if (!names.includes("nik") && !names.includes("kk")) throw failure(auditIoMessages, "io.no_identity_column");
  return { columns: names.map((n) => (known.has(n) ? n : undefined)), written: writtenNames(rename, cells) };
}

/** Reject a row with one issue of its own (no field). */
function rejectAlone(issue: RowIssue, file: string, line: number, tally: Tally): RejectedRow {
  const event: RejectedRow = { kind: "rejected", file, line, code: issue.code, message: issue.message };
  tally.rejected([event], false);
  return event;
}

async function* csvEvents(source: unknown, file: string, tally: Tally, options: ReadPaymentsOptions, open: OpenSource): AsyncGenerator<PaymentEvent, void, undefined> {
  tally.start();
  const records = new CsvRecords(source, file, options, open);
  let header: (string | undefined)[] | undefined;
  let written: ReadonlyMap<string, string> | undefined;
  /** The header cells, trimmed: a row that repeats them is rejected alone. */
  let names: readonly string[] = [];
  const column = (path: readonly (string | number)[]) => (path.length === 0 ? undefined : (COLUMN_OF_FIELD.get(String(path[0])) ?? String(path[0])));
  try {
    for (let record = await records.next(); record !== undefined; record = await records.next()) {
      if (header === undefined) {
        ({ columns: header, written } = readHeader(record.cells, options, tally));
        names = record.cells.map((cell) => cell.trim());
        continue;
      }
      tally.row();
      if (record.cells.length !== header.length) {
        // Its cells cannot be trusted to be in their columns (a line cut short): the count alone, as
        // the household reader reports such a row, not the schema's issues about cells it never had.
        yield rejectAlone(rowIssue("io.column_count", undefined, { received: record.cells.length, expected: header.length }), file, record.line, tally);
        continue;
      }
      // Bytes that are not UTF-8 in a cell: its column, first, as the registry reader reports it.
      const issues: RowIssue[] = record.invalidCell >= 0 ? [invalidUtf8(names, record.invalidCell)] : [];
      for (let i = 0; i < header.length; i++) {
        const name = header[i];
        if (name !== undefined && REQUIRED.has(name) && (record.cells[i] as string).trim() === "") issues.push(rowIssue("io.required_cell_empty", name, { column: name }));
      }
      for (const event of judge(paymentObject(header, record.cells, issues), issues, file, record.line, tally, column, record.cells, names, written)) yield event;
    }
    if (header === undefined) throw failure(ioMessages, "io.no_header", { file: shown(file, 200) });
    if (records.unclosedQuote) {
      tally.row();
      yield rejectAlone(rowIssue("io.unclosed_quote", undefined, { line: records.nextLine }), file, records.nextLine, tally);
    }
  } finally {
    records.close();
  }
  tally.finish();
}

/** The columns a payment row must fill. */
const REQUIRED: ReadonlySet<string> = new Set(paymentCsvColumns.filter((c) => c.required).map((c) => c.name));

/** Longest JSONL line read, in characters. */
const MAX_LINE = 100_000;

async function* jsonlEvents(source: unknown, file: string, tally: Tally, open: OpenSource): AsyncGenerator<PaymentEvent, void, undefined> {
  tally.start();
  const path = (p: readonly (string | number)[]) => (p.length === 0 ? undefined : p.join("."));
  try {
    // Leaving the loop (an error, or the consumer stopping) closes the source through the decoder.
    for await (const read of textLines(open(source), MAX_LINE)) {
      const { line, text } = read;
      if (text !== undefined && text.trim() === "") continue;
      tally.row();
      const parsed = jsonLine(read, MAX_LINE);
      if ("code" in parsed) {
        yield rejectAlone(parsed, file, line, tally);
        continue;
      }
      const value = parsed.value;
      for (const event of judge(value, [], file, line, tally, path)) yield event;
    }
  } catch (error) {
    throw readError(error, file);
  }
  tally.finish();
}
