/**
 * `tepat-sasaran/audit`: checking a payment list against the registry. `parsePayment` reads a payment,
 * `auditPayments` checks a list of them against the households and the programs' rules, with
 * `AUDIT_FINDINGS` listing every finding it can report and `AuditAccumulator` keeping the totals of a
 * list read in parts. Kept apart from the core entry so that a caseworker's page does not ship them.
 *
 * @packageDocumentation
 * @module tepat-sasaran/audit
 */
export { PaymentChannelSchema, PaymentComponent, PaymentRecord, parsePayment } from "./payment.js";
export {
  AUDIT_FINDINGS,
  type AuditCategory,
  type AuditFinding,
  type AuditFindingCode,
  type AuditMember,
  type AuditRule,
  type AuditSeverity,
} from "./findings.js";
export {
  AuditAccumulator,
  type AuditAccumulatorState,
  type AuditCell,
  type AuditRegencyTotals,
  type AuditSummary,
  type AuditTotals,
} from "./accumulator.js";
export type { AuditOptions } from "./auditor.js";
export { auditPayments, type PaymentAudit } from "./auditPayments.js";
