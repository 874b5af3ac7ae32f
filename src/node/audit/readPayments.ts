import { nodeChunks } from "../_openSource.js";
import { NODE_SOURCES, checkOptions } from "../_options.js";
import type { HouseholdSource, ReadHouseholdsOptions } from "../types.js";
import { paymentCsvStream, paymentJsonlStream } from "./_readPayments.js";
import type { PaymentStream, ReadPaymentsOptions } from "./paymentTypes.js";

/**
 * Read a payment list from CSV (the columns of {@link paymentCsvColumns}; a header row first):
 * each row is validated with `parsePayment`; a bad row is reported with its line, column, code and
 * reason (Bahasa Indonesia and English, NIKs masked) and reading goes on. Streams in bounded memory
 * at the consumer's pace. Header problems (a required column missing, an unknown or repeated
 * column, neither `nik` nor `kk`, a file that is not UTF-8 such as a UTF-16 export) throw before any
 * row is read. A row whose bytes are not valid UTF-8 is rejected (`io.invalid_utf8`, naming the
 * column, then its other cells' issues), as the registry readers reject it; the bytes show as U+FFFD.
 *
 * @param source - A file path, a `Readable`, or an async iterable of UTF-8 chunks.
 * @param options - `file`, `delimiter`, `unknownColumns`, `renameColumns` (the list's own column names), progress.
 * @returns A single-use async iterable of events with a `summary`.
 * @example
 * for await (const event of readPaymentsCsv("sp2d-tahap3.csv")) {
 *   if (event.kind === "rejected") console.error(`${event.line} ${event.field ?? ""} ${event.message.id}`);
 * }
 * @category Streaming
 */
export function readPaymentsCsv(source: HouseholdSource, options: ReadPaymentsOptions = {}): PaymentStream {
  // Read once and checked: the reader uses these copies, never the caller's objects again.
  return paymentCsvStream(checkOptions(source, options, NODE_SOURCES, false), nodeChunks);
}

/**
 * Read a payment list from JSON Lines: one payment object (the shape `parsePayment` takes) per line;
 * blank lines are skipped and not counted. A bad line is reported with its line and the field path
 * of each issue, and reading goes on; a line whose bytes are not valid UTF-8 is rejected alone
 * (`io.invalid_utf8_line`), never parsed.
 *
 * @param source - A file path, a `Readable`, or an async iterable of UTF-8 chunks.
 * @param options - `file`, progress.
 * @returns A single-use async iterable of events with a `summary`.
 * @example
 * const payments = readPaymentsJsonl("tahap3.jsonl");
 * for await (const event of payments) if (event.kind === "payment") rows.push(event.payment);
 * payments.summary.rowsRejected //=> 0
 * @category Streaming
 */
export function readPaymentsJsonl(source: HouseholdSource, options: ReadPaymentsOptions = {}): PaymentStream {
  return paymentJsonlStream(checkOptions(source, options as ReadHouseholdsOptions, NODE_SOURCES, false), nodeChunks);
}
