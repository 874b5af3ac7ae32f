/**
 * `tepat-sasaran/stream`: the streaming household and payment-list readers for any JavaScript
 * runtime. A browser page or web worker reads the registry file a user picks, or a bank's payment
 * list for `auditPayments` (a `File`, a `Blob`, a `ReadableStream`), with the CSV and JSON Lines
 * readers of `tepat-sasaran/node` — the same grammar, validation, errors and summary — in bounded
 * memory, without sending the data anywhere. Imports no Node.js built-in. Files by path, the file
 * audit and the parallel runners stay in `tepat-sasaran/node`.
 *
 * @packageDocumentation
 * @module tepat-sasaran/stream
 */
export { readHouseholdsCsv, readHouseholdsJsonl } from "./readHouseholds.js";
export { readPaymentsCsv, readPaymentsJsonl } from "./readPayments.js";
export type { ByteStream, FileLike, StreamSource, StreamTables } from "./types.js";
export { householdCsvColumns, type CsvColumn, type CsvCellType } from "../node/columns.js";
export type {
  AcceptedHousehold,
  HouseholdEvent,
  HouseholdStream,
  ReadHouseholdsCsvOptions,
  ReadHouseholdsOptions,
  ReadProgress,
  ReadSummary,
  RejectedRow,
} from "../node/types.js";
export { paymentCsvColumns, type PaymentCsvColumn } from "../node/audit/paymentColumns.js";
export type { AcceptedPayment, PaymentEvent, PaymentReadSummary, PaymentStream, ReadPaymentsOptions } from "../node/audit/paymentTypes.js";
