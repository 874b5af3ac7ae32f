/**
 * `tepat-sasaran/node`: streaming input for Node.js. Reads households from CSV (one row per
 * person, or a households file plus a members file) and JSON Lines with bounded memory, validates every row with the domain schemas and
 * reports every bad row with its file, line, column and reason, without stopping the good ones.
 * Reads payment lists the same way, and audits a payment list against a registry file of any size.
 * Kept apart from the core entry so that the core never imports Node built-ins.
 *
 * @packageDocumentation
 * @module tepat-sasaran/node
 */
export { readHouseholdsCsv } from "./readHouseholdsCsv.js";
export { readHouseholdsJsonl } from "./readHouseholdsJsonl.js";
export { householdCsvColumns, type CsvColumn, type CsvCellType } from "./columns.js";
export { readPaymentsCsv, readPaymentsJsonl } from "./audit/readPayments.js";
export type { AcceptedPayment, PaymentEvent, PaymentReadSummary, PaymentStream, ReadPaymentsOptions } from "./audit/paymentTypes.js";
export { paymentCsvColumns, type PaymentCsvColumn } from "./audit/paymentColumns.js";
export {
  auditPaymentFiles,
  type AuditFilesEvent,
  type AuditFilesResult,
  type AuditFilesRun,
  type AuditPaymentFilesOptions,
} from "./audit/auditPaymentFiles.js";
export type {
  AcceptedHousehold,
  HouseholdEvent,
  HouseholdSource,
  HouseholdStream,
  HouseholdTables,
  ReadHouseholdsCsvOptions,
  ReadHouseholdsOptions,
  ReadProgress,
  ParallelSummary,
  ReadSummary,
  RejectedRow,
  WorkersUsed,
} from "./types.js";
export {
  assessHouseholdsParallel,
  type AssessHouseholdsParallelOptions,
  type AssessedHousehold,
  type AssessmentEvent,
  type AssessmentStream,
  type ProgramDecision,
} from "./assessHouseholdsParallel.js";
export { simulateHouseholdsParallel, type ParallelSimulation, type SimulateHouseholdsParallelOptions } from "./simulateHouseholdsParallel.js";
