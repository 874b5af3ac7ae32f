import { checkOptions } from "../node/_options.js";
import { paymentCsvStream, paymentJsonlStream } from "../node/audit/_readPayments.js";
import type { PaymentStream, ReadPaymentsOptions } from "../node/audit/paymentTypes.js";
import type { ReadHouseholdsOptions } from "../node/types.js";
import { STREAM_SOURCES, streamSourceChunks } from "./_source.js";
import type { StreamSource } from "./types.js";

/**
 * Read a bank's or PT Pos's payment list from CSV in any JavaScript runtime — a browser page, a web
 * worker, Deno, Bun or Node.js — with the same reader, rules and errors as `readPaymentsCsv` of
 * `tepat-sasaran/node`: an auditor (Inspektorat, Dinsos) picks the list in a page, it is read there
 * at the consumer's pace in bounded memory, and its NIKs never leave the machine; the accepted rows
 * go to `auditPayments` of `tepat-sasaran/audit`. Each row is validated with `parsePayment`; a bad
 * row is reported with its line, column, code and reason (Bahasa Indonesia and English, NIKs
 * masked) and reading goes on. Header problems (a required column missing, an unknown or repeated
 * column, neither `nik` nor `kk`, a file that is not UTF-8) throw a `TepatSasaranError` before any
 * row is read. A row whose bytes are not valid UTF-8 is rejected (`io.invalid_utf8`, naming the
 * column, then its other cells' issues), as the registry readers reject it. The columns are {@link paymentCsvColumns}; the sources those of
 * {@link readHouseholdsCsv}: a `File` or `Blob` (named in events by its `name`), a `ReadableStream`
 * of bytes (`fetch(…).body`), or an async iterable of text or byte chunks. Leaving the loop early
 * cancels the stream.
 *
 * @param source - A `File` or `Blob`, a `ReadableStream`, or an async iterable of UTF-8 chunks.
 * @param options - `file` (the name in events), `delimiter`, `unknownColumns`, `renameColumns` (the list's own column names), progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * import { readPaymentsCsv } from "tepat-sasaran/stream";
 *
 * // In a page: const file = input.files[0], the list an <input type="file"> gave.
 * const kk = "6402" + "011503180042";
 * const file = new File([`kk,program,period,amount,paid_on,channel\n${kk},sembako,2025-III,600000,2025-08-14,kks\n${kk},pkh,2025-III,8.25.000,2025-08-14,kks\n`], "tahap3.csv");
 * const stream = readPaymentsCsv(file);
 * const seen: string[] = [];
 * for await (const event of stream) seen.push(event.kind === "payment" ? event.payment.program : `${event.file}:${event.line} ${event.field} ${event.code}`);
 * seen //=> ["sembako", "tahap3.csv:3 amount money.not_a_number"]
 * stream.summary.rowsAccepted //=> 1
 * @category Streaming
 */
export function readPaymentsCsv(source: StreamSource, options: ReadPaymentsOptions = {}): PaymentStream {
  return paymentCsvStream(checkOptions(source, options, STREAM_SOURCES, false), streamSourceChunks);
}

/**
 * Read a payment list from JSON Lines (one payment object, the shape `parsePayment` takes, per
 * line; blank lines skipped) in any JavaScript runtime, as `readPaymentsJsonl` of
 * `tepat-sasaran/node` does: a bad line is reported with its line and the field path of each issue,
 * and reading goes on; a line whose bytes are not valid UTF-8 is rejected alone
 * (`io.invalid_utf8_line`). Sources as for {@link readPaymentsCsv}.
 *
 * @param source - A `File` or `Blob`, a `ReadableStream`, or an async iterable of UTF-8 chunks.
 * @param options - `file` (the name in events), progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * import { readPaymentsJsonl } from "tepat-sasaran/stream";
 *
 * const paid = { kk: "6402" + "011503180042", program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-14" };
 * const lines = [paid, { ...paid, paidOn: "2025-08-32" }].map((p) => JSON.stringify(p)).join("\n");
 * const stream = readPaymentsJsonl(new Blob([lines]).stream(), { file: "tahap3.jsonl" });
 * const seen: string[] = [];
 * for await (const event of stream) seen.push(event.kind === "payment" ? event.payment.program : `${event.line} ${event.field} ${event.code}`);
 * seen //=> ["sembako", "2 paidOn time.invalid_date"]
 * stream.summary.rowsRejected //=> 1
 * @category Streaming
 */
export function readPaymentsJsonl(source: StreamSource, options: ReadPaymentsOptions = {}): PaymentStream {
  return paymentJsonlStream(checkOptions(source, options as ReadHouseholdsOptions, STREAM_SOURCES, false), streamSourceChunks);
}
