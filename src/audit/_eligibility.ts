import type { Household } from "../household/household.js";
import { personLabels } from "../household/labels/person.js";
import type { ProgramAssessment } from "../program/program.js";
import { blockingChecks } from "../rule/assessment.js";
import { templateOf, type Check } from "../rule/check.js";
import { formatCheckValue, wordedValue } from "../rule/format.js";
import type { AuditFinding, AuditFindingCode } from "./findings.js";
import { checkRule, finding, joined, memberOf, say, type AuditValues, type FindingParts } from "./_finding.js";

// Why a paid family was not entitled, in the terms auditors list: excluded employment, a desil out
// of range or not current, an exit (graduasi, a PENA grant), and everything else the rules refused.
// Each named cause is its own finding, so that a follow-up list per cause is complete; the money of
// the payment is counted once, in the aggregates.

const STALE = new Set(["rule.reason.stale_data", "rule.reason.future_data"]);

function suffix(code: string): string {
  return code.slice(code.lastIndexOf(".") + 1);
}

/** The named cause a check stands for, or `undefined` for the other checks. */
function causeOf(check: Check): AuditFindingCode | undefined {
  const name = suffix(check.code);
  if (check.status === "failed") {
    if (name === "no_excluded_member") return "audit.eligibility.excluded_employment";
    if (name === "desil_in_range") return "audit.eligibility.desil_out_of_range";
    if (name === "not_exited") return "audit.eligibility.exited";
  }
  if (check.status === "unknown" && (name === "desil_current" || name === "dtks_current") && check.reason !== undefined && STALE.has(check.reason)) {
    return "audit.eligibility.desil_stale";
  }
  return undefined;
}

/** Take out of `blocking` the other failed checks under a failed `any` that holds a named cause. */
function alternatives(result: Check, blocking: Set<Check>): void {
  const children = result.children;
  if (result.status !== "failed" || children === undefined) return;
  if (result.combinator === "any") {
    const failed = blockingChecks(result);
    if (failed.some((check) => causeOf(check) !== undefined)) for (const check of failed) if (causeOf(check) === undefined) blocking.delete(check);
  }
  for (let i = 0; i < children.length; i++) alternatives(children[i] as Check, blocking);
}

/** What the eligibility part of a paid group needs to know. @internal */
export interface PaidContext {
  /** The household as it stood on the date, and each of its members' index in the record. */
  readonly household: Household;
  readonly original: readonly number[] | undefined;
  /** Text values every finding uses: rows, household, program, period, paid, date (made on first use). */
  readonly values: () => AuditValues;
  readonly parts: FindingParts;
}

/**
 * The findings of a paid group whose family was not eligible (or undetermined) on the date: one per
 * named cause, then `not_eligible` with the other failed checks, or `undetermined` with the unknown
 * ones when nothing failed.
 * @internal
 */
export function eligibilityFindings(assessment: ProgramAssessment, context: PaidContext): AuditFinding[] {
  const byCause = new Map<AuditFindingCode, Check[]>();
  const other: Check[] = [];
  const unknown: Check[] = [];
  // Only the checks that block: a failed alternative of an `any` that passed is no finding, nor is
  // the failed alternative of a named cause (PBI-JKN's missing letter beside a desil out of range).
  const blocking = new Set([...blockingChecks(assessment.result), ...blockingChecks(assessment.result, "unknown")]);
  alternatives(assessment.result, blocking);
  for (const check of assessment.checks) {
    if (!blocking.has(check)) continue;
    const cause = causeOf(check);
    if (cause !== undefined) {
      const list = byCause.get(cause);
      if (list === undefined) byCause.set(cause, [check]);
      else list.push(check);
    } else if (check.status === "failed") other.push(check);
    else unknown.push(check);
  }
  // A failed `not` blocks as a whole (its own check passed): it is no leaf, so it is added here.
  for (const check of blocking) if (check.children !== undefined && check.status === "failed") other.push(check);
  const out: AuditFinding[] = [];
  const { parts } = context;
  const values = context.values();
  for (const [code, checks] of byCause) out.push(causeFinding(code, checks, context));
  if (other.length > 0) {
    const text = checksText(other);
    out.push(finding("audit.eligibility.not_eligible", { ...parts, rules: other.map(checkRule) }, say("audit.eligibility.not_eligible", values, { id: { checks: text.id }, en: { checks: text.en } })));
  } else if (assessment.status === "undetermined" && unknown.length > 0) {
    const text = checksText(unknown);
    out.push(finding("audit.eligibility.undetermined", { ...parts, rules: unknown.map(checkRule) }, say("audit.eligibility.undetermined", values, { id: { checks: text.id }, en: { checks: text.en } })));
  }
  return out;
}

function checksText(checks: readonly Check[]) {
  return joined(checks.map((c) => checkRule(c).text));
}

function causeFinding(code: AuditFindingCode, checks: readonly Check[], context: PaidContext): AuditFinding {
  const { parts } = context;
  const values = context.values();
  const rules = checks.map(checkRule);
  const first = checks[0] as Check;
  switch (code) {
    case "audit.eligibility.excluded_employment": {
      const excluded = new Set(Array.isArray(first.expected) ? (first.expected as readonly string[]) : []);
      const date = values.date as string;
      const members = context.household.members
        .map((person, index) => ({ person, index }))
        .filter(({ person }) => person.employerCategory !== undefined && excluded.has(person.employerCategory) && !(person.deathDate !== undefined && person.deathDate <= date))
        .map(({ index }) => memberOf(context.household, index))
        .map((m) => ({ ...m, index: context.original?.[m.index] ?? m.index }));
      const labels = personLabels.EmployerCategory as Readonly<Record<string, { id: string; en: string }>>;
      const found = Array.isArray(first.received) ? (first.received as readonly string[]) : [];
      const categories = (lang: "id" | "en") => found.map((c) => labels[c]?.[lang] ?? c).join(", ");
      const shown = { ...values, members: members.map((m) => m.index + 1).join(", ") };
      return finding(code, { ...parts, members, rules }, say(code, shown, { id: { categories: categories("id") }, en: { categories: categories("en") } }));
    }
    case "audit.eligibility.desil_out_of_range":
      return finding(code, { ...parts, rules }, say(code, { ...values, desil: formatCheckValue(first.received), range: formatCheckValue(first.expected) }));
    case "audit.eligibility.exited": {
      // The exits in the check's words (graduasi mandiri pada 2025-07-10), not its codes.
      const exits = (lang: "id" | "en") => wordedValue(first.received, templateOf(first), lang);
      return finding(code, { ...parts, rules }, say(code, values, { id: { exits: exits("id") }, en: { exits: exits("en") } }));
    }
    default: {
      const text = checksText(checks);
      return finding(code, { ...parts, rules }, say(code, values, { id: { checks: text.id }, en: { checks: text.en } }));
    }
  }
}
