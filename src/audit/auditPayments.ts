import type { Household } from "../household/household.js";
import { guarded } from "../message/error.js";
import { PROGRAMS } from "../program/catalogue.js";
import type { Program } from "../program/program.js";
import type { IsoDate } from "../time/isoDate.js";
import type { AuditAccumulator, AuditSummary } from "./accumulator.js";
import { PaymentAuditor, type AuditOptions } from "./auditor.js";
import { readAuditOptions, readPaymentList, readRegistry } from "./_arguments.js";
import { joinInMemory } from "./_memoryJoin.js";
import type { AuditFinding } from "./findings.js";
import type { PaymentRecord } from "./payment.js";

/**
 * The result of {@link auditPayments}: every finding, the aggregates an office reports, and the
 * accumulator to merge with other partitions.
 * @category Audit
 */
export interface PaymentAudit {
  /** The audit date. */
  readonly asOf: IsoDate;
  /** The programs audited (their ids). */
  readonly programs: readonly string[];
  /**
   * The findings: per registry household in registry order (identity, eligibility and amount per
   * payment group, then coverage), then the rows not in the registry in row order, then the NIKs
   * listed on several KKs.
   */
  readonly findings: readonly AuditFinding[];
  /** Per regency and program: counts, exact Rupiah of paid, expected, over- and underpayment, error rates. */
  readonly summary: AuditSummary;
  /** The aggregates, mergeable with those of other partitions. */
  readonly accumulator: AuditAccumulator;
}

/** The programs to audit: those given, else the catalogue programs among the program ids of the list. @internal */
export function programsOf(ids: ReadonlySet<string>, given: readonly Program[] | undefined): readonly Program[] {
  if (given !== undefined) return given;
  return PROGRAMS.filter((p) => ids.has(p.id));
}

/**
 * Check a payment list against the rules: who was paid, who should not have been, and who was
 * missed, with a reason for each finding. The list is joined to the registry on the KK number
 * (when given and known), else on the payee's NIK. Every payment is then checked for:
 *
 * - **identity**: a malformed NIK or KK, a payee not in the registry, a payee NIK not on the KK
 *   paid, a NIK on two KKs, a KK issued or a NIK registered outside the household's regency, a
 *   birth date or sex the NIK contradicts;
 * - **eligibility** on the payment date (moved into the period it pays): not eligible with the failed
 *   checks, excluded employment, a deceased payee, a desil out of range or not current, an exit
 *   (graduasi, a PENA grant), or undecidable for missing data (fail closed: nothing is due);
 * - **amount**: paid ≠ the schedule's amount for the period (component by component for PKH, with
 *   the caps and the priority order), a component the family does not have, a period paid twice,
 *   a period outside the program's dated calendar, a payment before its period;
 * - **coverage**: a household eligible on `asOf` with no payment for the period containing `asOf`.
 *
 * Amounts are exact Rupiah and reconcile per regency and program: `paid = expected + over − under`.
 * No finding holds a full NIK or KK number. Pure: no clock, no I/O; a list of any order gives the
 * same findings (row numbers aside). For files larger than memory, use `auditPaymentFiles` of
 * `tepat-sasaran/node`; for partitions, merge the accumulators (each household, with all its
 * payments, in one partition; a NIK on two KKs is found only when both are in the partition).
 *
 * @param registry - The registry households (each checked once, as every function taking a `Household` does: one that does not parse is refused with `household.invalid`).
 * @param payments - The parsed payment rows (see {@link parsePayment}); row numbers in findings are 1-based positions in this list.
 * @param options - `asOf`, and optionally `programs`, `parameters` and per-household `inputs`.
 * @returns The findings, the summary and the accumulator.
 * @throws TepatSasaranError `time.invalid_date` for a bad `asOf`; `audit.invalid_option` for another bad
 *   argument; `household.invalid` for a registry household that does not parse; `audit.invalid_payments`
 *   for rows that `parsePayment` does not accept (every issue, its path starting with the row index).
 * @example
 * import { auditPayments } from "tepat-sasaran/audit";
 *
 * const audit = auditPayments(households, payments, { asOf: "2025-09-30" });
 * audit.findings.filter((f) => f.code === "audit.coverage.unpaid_eligible").length //=> 9
 * audit.summary.total.over.toString() //=> "600000"
 * @category Audit
 */
export function auditPayments(registry: readonly Household[], payments: readonly PaymentRecord[], options: AuditOptions): PaymentAudit {
  return guarded("auditPayments", () => {
    // Every argument is checked once here (households as `requireHousehold` does); the audit trusts them.
    const read = readAuditOptions(options);
    return audit(readRegistry(registry), readPaymentList(payments), read);
  });
}

function audit(registry: readonly Household[], payments: readonly PaymentRecord[], options: AuditOptions): PaymentAudit {
  const programs = programsOf(new Set(payments.map((p) => p.program)), options.programs);
  const auditor = new PaymentAuditor(options, programs);
  const join = joinInMemory(registry, payments);
  const findings: AuditFinding[] = [];
  for (let position = 0; position < registry.length; position++) {
    const found = auditor.household(registry[position] as Household, join.rowsOf(position));
    for (let i = 0; i < found.length; i++) findings.push(found[i] as AuditFinding);
  }
  for (const rows of join.unmatched) for (const f of auditor.unmatched(rows)) findings.push(f);
  for (const [nik, { positions, rows }] of join.several) {
    const refs = positions.map((i) => registry[i] as Household).map(({ id, kk, regency }) => ({ id, kk, regency: regency as string }));
    findings.push(auditor.duplicateNik(nik, refs, rows));
  }
  return { asOf: options.asOf, programs: programs.map((p) => p.id), findings, summary: auditor.accumulator.summary(), accumulator: auditor.accumulator };
}
