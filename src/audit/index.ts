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
