import { deepFreeze } from "../_internal/deepFreeze.js";
import type { Relationship } from "../household/person.js";
import type { Text } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import type { CheckStatus, CheckValue } from "../rule/check.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterValue } from "../time/parameter.js";

/**
 * How serious a finding is: `error` (money paid without a basis, or an identity that cannot be
 * right: follow up and recover), `warning` (to check: an underpayment, missing data, a family left
 * unpaid), `info` (worth knowing, usually explained: a NIK first registered elsewhere).
 * @category Audit
 */
export type AuditSeverity = "error" | "warning" | "info";

/**
 * The four groups of findings: who was paid (`identity`), whether they should have been
 * (`eligibility`), whether the amount was right (`amount`), and who was missed (`coverage`).
 * @category Audit
 */
export type AuditCategory = "identity" | "eligibility" | "amount" | "coverage";

/**
 * Every finding code with its severity and group, in the order the audit guide explains them.
 * Codes are stable: follow-up lists and dashboards may key on them.
 * @example
 * import { AUDIT_FINDINGS } from "tepat-sasaran/audit";
 *
 * AUDIT_FINDINGS["audit.eligibility.deceased_payee"].severity //=> "error"
 * @category Audit
 */
export const AUDIT_FINDINGS = /* @__PURE__ */ deepFreeze({
  "audit.identity.malformed_nik": { category: "identity", severity: "error" },
  "audit.identity.malformed_kk": { category: "identity", severity: "error" },
  "audit.identity.not_in_registry": { category: "identity", severity: "error" },
  "audit.identity.payee_not_in_kk": { category: "identity", severity: "error" },
  "audit.identity.nik_in_two_kk": { category: "identity", severity: "error" },
  "audit.identity.kk_region_mismatch": { category: "identity", severity: "warning" },
  "audit.identity.nik_region_mismatch": { category: "identity", severity: "info" },
  "audit.identity.birth_date_mismatch": { category: "identity", severity: "error" },
  "audit.identity.sex_mismatch": { category: "identity", severity: "error" },
  "audit.eligibility.program_unknown": { category: "eligibility", severity: "error" },
  "audit.eligibility.not_eligible": { category: "eligibility", severity: "error" },
  "audit.eligibility.excluded_employment": { category: "eligibility", severity: "error" },
  "audit.eligibility.deceased_payee": { category: "eligibility", severity: "error" },
  "audit.eligibility.desil_out_of_range": { category: "eligibility", severity: "error" },
  "audit.eligibility.desil_stale": { category: "eligibility", severity: "warning" },
  "audit.eligibility.exited": { category: "eligibility", severity: "error" },
  "audit.eligibility.undetermined": { category: "eligibility", severity: "warning" },
  "audit.amount.overpaid": { category: "amount", severity: "error" },
  "audit.amount.underpaid": { category: "amount", severity: "warning" },
  "audit.amount.component_not_due": { category: "amount", severity: "error" },
  "audit.amount.component_overpaid": { category: "amount", severity: "error" },
  "audit.amount.component_underpaid": { category: "amount", severity: "warning" },
  "audit.amount.components_total": { category: "amount", severity: "warning" },
  "audit.amount.double_payment": { category: "amount", severity: "error" },
  "audit.amount.outside_calendar": { category: "amount", severity: "error" },
  "audit.amount.paid_before_period": { category: "amount", severity: "warning" },
  "audit.coverage.unpaid_eligible": { category: "coverage", severity: "warning" },
} as const satisfies Readonly<Record<string, { readonly category: AuditCategory; readonly severity: AuditSeverity }>>);

/**
 * A finding code, e.g. `audit.amount.double_payment`.
 * @category Audit
 */
export type AuditFindingCode = keyof typeof AUDIT_FINDINGS;

/**
 * A member a finding is about: their position on the KK, their NIK masked, their relationship to
 * the head.
 * @category Audit
 */
export interface AuditMember {
  /** Index in the household's `members`. */
  readonly index: number;
  /** The NIK, masked (`6402••••••••0003`), when recorded. */
  readonly nik?: string | undefined;
  /** Relationship to the head of the family. */
  readonly relationship: Relationship;
}

/**
 * A rule that decides a finding: an eligibility check of the program (code, status, expected,
 * received, the dated parameter with its source), a benefit line's amount parameter, the payment
 * calendar, or the identity rule the audit applies (with its source in the text).
 * @category Audit
 */
export interface AuditRule {
  /** The check code (`pkh.desil_in_range`), the parameter id (`pkh.amount.sd`), or an `audit.basis.*` code. */
  readonly code: string;
  /** For a check: passed, failed or unknown. */
  readonly status?: CheckStatus | undefined;
  /** For a check: what the rule requires. */
  readonly expected?: CheckValue | undefined;
  /** For a check: what the household has. */
  readonly received?: CheckValue | undefined;
  /** The dated parameter with its value, dates and source. */
  readonly parameter?: ParameterValue<unknown> | undefined;
  /** The rule in words, in both languages. */
  readonly text: Text;
}

/**
 * One finding of a payment audit: what is wrong (a stable `code` and its `severity`), where (the
 * regency, program and period, the registry households, the payment rows and the members involved),
 * how much (the amount paid and the amount the rules give, exact Rupiah), why (the rules and
 * dated parameters that decide it, with their sources) and a sentence in Bahasa Indonesia and
 * English. No finding holds a full NIK or KK number.
 * @category Audit
 */
export interface AuditFinding {
  /** The finding code. */
  readonly code: AuditFindingCode;
  /** Its severity (fixed per code, see {@link AUDIT_FINDINGS}). */
  readonly severity: AuditSeverity;
  /** The regency it is counted in: the household's, else the payment row's, else from the KK/NIK digits; `unknown` when none. */
  readonly regency: string;
  /** The program paid (absent for a finding about the registry alone). */
  readonly program?: string | undefined;
  /** The period paid or left unpaid. */
  readonly period?: string | undefined;
  /** The registry households involved (their ids, 16-digit runs masked); several for a NIK in two KKs. */
  readonly households: readonly string[];
  /** The family's KK number, masked. */
  readonly kk?: string | undefined;
  /** The payment rows involved: 1-based positions in the list (file lines for a file audit). */
  readonly rows: readonly number[];
  /** The members involved (the payee, the members excluded, the member a component is for). */
  readonly members: readonly AuditMember[];
  /** What was paid (the rows, or the component). */
  readonly paid?: Rupiah | undefined;
  /** What the rules give for it (Rp 0 when nothing is due). */
  readonly expected?: Rupiah | undefined;
  /** The date the rules were applied on (the payment date moved into its period, or the audit date). */
  readonly date?: IsoDate | undefined;
  /** The rules and parameters that decide the finding. */
  readonly rules: readonly AuditRule[];
  /** The finding in Bahasa Indonesia and English. */
  readonly text: Text;
}
