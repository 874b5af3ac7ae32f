import type { PaymentRecord } from "../../audit/payment.js";
import type { ReadHouseholdsCsvOptions, ReadSummary, RejectedRow } from "../types.js";

// The types of the payment-list readers, shared by `tepat-sasaran/node` (files by path, Node
// streams) and `tepat-sasaran/stream` (a browser's `File`s and streams).

/**
 * A payment row that passed validation, with the file line it is on.
 * @example
 * const event: AcceptedPayment = { kind: "payment", payment, file: "tahap3.csv", line: 2 };
 * @category Streaming
 */
export interface AcceptedPayment {
  /** Always `"payment"`. */
  readonly kind: "payment";
  /** The validated row. */
  readonly payment: PaymentRecord;
  /** The file name given in the options, or the path read. */
  readonly file: string;
  /** The physical line (1-based; the CSV header is line 1). */
  readonly line: number;
}

/**
 * What a payment stream yields, in file order: accepted rows and rejected ones (with every problem).
 * @category Streaming
 */
export type PaymentEvent = AcceptedPayment | RejectedRow;

/**
 * Counts of a payment-list read: `rowsAccepted + rowsRejected === rowsRead`, nothing lost.
 * @category Streaming
 */
export type PaymentReadSummary = Omit<ReadSummary, "householdsAccepted" | "householdsRejected">;

/**
 * A running read of a payment list: iterate it once; `summary` is final when the iteration ends.
 * @category Streaming
 */
export interface PaymentStream extends AsyncIterable<PaymentEvent> {
  /** A snapshot of the counts. */
  readonly summary: PaymentReadSummary;
}

/**
 * Options of {@link readPaymentsCsv} and {@link readPaymentsJsonl}: `file` (the name in events),
 * progress reporting, and for CSV `delimiter`, `unknownColumns` and `renameColumns` (the file's own column names).
 * @category Streaming
 */
export type ReadPaymentsOptions = Pick<ReadHouseholdsCsvOptions, "file" | "delimiter" | "unknownColumns" | "renameColumns" | "onProgress" | "progressEvery" | "now">;
