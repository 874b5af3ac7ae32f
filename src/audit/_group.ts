import { personLabels } from "../household/labels/person.js";
import { maskNik } from "../household/mask.js";
import { ZERO_RUPIAH, sumRupiah, type Rupiah } from "../money/rupiah.js";
import type { ProgramAssessment } from "../program/program.js";
import type { BenefitSchedule } from "../program/schedule.js";
import { amountRules, calendarRules, componentFindings, outsideCalendar, schedulePeriod } from "./_amounts.js";
import { eligibilityFindings } from "./_eligibility.js";
import { basis, finding, memberOf, money, rowList, say, type FindingParts } from "./_finding.js";
import { decisionDate, periodSpan, type PeriodSpan } from "./_period.js";
import { familyOf, type HouseholdRun, type NumberedPayment } from "./_run.js";
import type { AuditFinding } from "./findings.js";

// One program-period group of a household's payments: judged on the first payment's date (moved
// into the period), worth the schedule's amount for the period when the family was eligible and
// the period is in the calendar, else nothing; then the row-level checks (paid before the period,
// a deceased payee), a second payment of the period, and the amount and its components.

/**
 * Audit one group of rows (same household, program and period; sorted by payment date).
 * @internal
 */
export function auditGroup(run: HouseholdRun, rows: readonly NumberedPayment[]): AuditFinding[] {
  const first = rows[0] as NumberedPayment;
  const { program, period } = first.payment;
  const paid = rows.length === 1 ? first.payment.amount : sumRupiah(rows.map((r) => r.payment.amount));
  const rowNumbers = rows.length === 1 ? [first.row] : rows.map((r) => r.row);
  // The texts and places of findings are made only when there is a finding: a clean group makes none.
  let cached: Record<string, string> | undefined;
  let judgedOn: string | undefined;
  const values = () => (cached ??= { rows: rowList(rowNumbers), household: run.id, program, period, paid: money(paid), ...(judgedOn === undefined ? {} : { date: judgedOn }) });
  let placed: FindingParts | undefined;
  const parts = () => (placed ??= { regency: run.regency, households: [run.id], kk: run.kk, program, period, rows: rowNumbers, paid, date: judgedOn });
  const family = familyOf(run, program, first.payment.channel);
  family.paid = true;
  family.labels.add(period);
  const index = run.index.get(program);
  if (index === undefined) {
    family.undetermined = true;
    run.accumulator.addGroup(run.regency, program, { rows: rows.length, paid, expected: ZERO_RUPIAH, unsupported: true });
    const rules = [basis("audit.basis.programs", { programs: run.programs.map((p) => p.id).join(", ") || "–" })];
    return [finding("audit.eligibility.program_unknown", { ...parts(), expected: ZERO_RUPIAH, rules }, say("audit.eligibility.program_unknown", values()))];
  }
  const span = periodSpan(period);
  const date = decisionDate(first.payment.paidOn, span);
  judgedOn = date;
  if (run.coverage === undefined && span !== undefined && span.start <= run.asOf && run.asOf <= span.end) run.coverage = { date, channel: first.payment.channel };
  const { assessment, household: view, original } = run.dated(date, first.payment.channel);
  const judged = assessment.programs[index] as ProgramAssessment;
  const out: AuditFinding[] = [];
  let expected: Rupiah = ZERO_RUPIAH;
  // An eligible assessment always carries its schedule (the assessor computes benefits).
  const schedule = judged.eligible ? (judged.benefit as BenefitSchedule) : undefined;
  const due = schedule === undefined ? undefined : schedulePeriod(schedule, period);
  if (schedule !== undefined) {
    if (due === undefined) out.push(outsideCalendar(schedule, values(), parts()));
    else expected = due.amount;
  } else {
    out.push(...eligibilityFindings(judged, { household: view, original, values, parts: { ...parts(), expected: ZERO_RUPIAH } }));
    if (judged.status === "not-eligible") family.notEntitled = true;
    else family.undetermined = true;
  }
  for (const f of rowChecks(run, rows, span, schedule, parts)) out.push(f);
  if (rows.length > 1) {
    const text = say("audit.amount.double_payment", { ...values(), count: String(rows.length), expected: money(expected) });
    out.push(finding("audit.amount.double_payment", { ...parts(), expected, rules: [basis("audit.basis.once_per_period"), ...(schedule ? amountRules(schedule) : [])] }, text));
  } else if (schedule !== undefined && due !== undefined) {
    const components = first.payment.components;
    const messages = (run.programs[index] as (typeof run.programs)[number]).messages;
    const detail = components === undefined ? [] : componentFindings(components, paid, schedule, due, { household: view, original, program, messages, values, date, parts });
    out.push(...detail);
    const order = paid.compare(expected);
    if (detail.length === 0 && order !== 0) {
      const code = order > 0 ? "audit.amount.overpaid" : "audit.amount.underpaid";
      const difference = order > 0 ? paid.minus(expected) : expected.minus(paid);
      out.push(finding(code, { ...parts(), expected, rules: amountRules(schedule) }, say(code, { ...values(), expected: money(expected), difference: money(difference) })));
    }
  }
  run.accumulator.addGroup(run.regency, program, { rows: rows.length, paid, expected, unsupported: judged.status === "undetermined" });
  return out;
}

/** Checks of each row on its own: paid before its period began; paid to a payee who had died. */
function rowChecks(run: HouseholdRun, rows: readonly NumberedPayment[], span: PeriodSpan | undefined, schedule: BenefitSchedule | undefined, parts: () => FindingParts): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const { row, payment } of rows) {
    const { program, period } = payment;
    if (span !== undefined && payment.paidOn < span.start) {
      const text = say("audit.amount.paid_before_period", { program, period, rows: String(row), paidOn: payment.paidOn, start: span.start });
      out.push(finding("audit.amount.paid_before_period", { ...parts(), rows: [row], paid: payment.amount, rules: schedule === undefined ? [] : calendarRules(schedule) }, text));
    }
    const payee = run.payees.get(row);
    const person = payee === undefined ? undefined : run.household.members[payee];
    if (payee === undefined || person?.deathDate === undefined || person.deathDate > payment.paidOn) continue;
    const relationship = personLabels.Relationship[person.relationship];
    const values = { rows: String(row), nik: person.nik === undefined ? `#${payee + 1}` : maskNik(person.nik), deathDate: person.deathDate, program, period, paid: money(payment.amount), paidOn: payment.paidOn };
    const text = say("audit.eligibility.deceased_payee", values, { id: { relationship: relationship.id }, en: { relationship: relationship.en } });
    out.push(finding("audit.eligibility.deceased_payee", { ...parts(), rows: [row], paid: payment.amount, members: [memberOf(run.household, payee)], rules: [basis("audit.basis.death")] }, text));
  }
  return out;
}
