import { personLabels } from "../household/labels/person.js";
import { maskNik } from "../household/mask.js";
import { ZERO_RUPIAH, sumRupiah, type Rupiah } from "../money/rupiah.js";
import { programName } from "../program/_programName.js";
import type { ProgramAssessment } from "../program/program.js";
import type { BenefitSchedule } from "../program/schedule.js";
import { amountRules, calendarRules, componentFindings, outsideCalendar, schedulePeriod } from "./_amounts.js";
import { componentsAgree } from "./_cleanComponents.js";
import { eligibilityFindings } from "./_eligibility.js";
import { basis, finding, joined, memberOf, rowList, say, type AuditValues, type FindingParts } from "./_finding.js";
import { decisionDate, periodSpan, type PeriodSpan } from "./_period.js";
import { familyOf, programNamed, type HouseholdRun, type NumberedPayment } from "./_run.js";
import type { AuditFinding } from "./findings.js";

// One program-period group of a household's payments: judged on the first payment's date (moved
// into the period), worth the schedule's amount for the period when the family was eligible and
// the period is in the calendar, else nothing; then the row-level checks (paid before the period,
// a deceased payee), a second payment of the period, and the amount and its components.

/**
 * What the findings of a group share: their text values and what places them, made on first use
 * (a clean group makes neither). A class rather than closures: one object a group.
 */
class GroupParts {
  /** The date the group was judged on, once known (findings before it carry none). */
  judgedOn: string | undefined;
  #values: AuditValues | undefined;
  #parts: FindingParts | undefined;

  constructor(
    private readonly run: HouseholdRun,
    private readonly program: string,
    private readonly period: string,
    readonly rowNumbers: readonly number[],
    private readonly paid: Rupiah,
  ) {}

  /** The values of the group's sentences: the program by its name, the rest as data. */
  values(): AuditValues {
    const { run, program, period, paid, judgedOn } = this;
    return (this.#values ??= { rows: rowList(this.rowNumbers), household: run.id, program: programNamed(run.programs, run.index, program), period, paid, ...(judgedOn === undefined ? {} : { date: judgedOn }) });
  }

  parts(): FindingParts {
    const { run, program, period, paid } = this;
    return (this.#parts ??= { regency: run.regency, households: [run.id], kk: run.kk, program, period, rows: this.rowNumbers, paid, date: this.judgedOn });
  }
}

/**
 * Audit one group of rows (same household, program and period; sorted by payment date).
 * @internal
 */
export function auditGroup(run: HouseholdRun, rows: readonly NumberedPayment[]): AuditFinding[] {
  const first = rows[0] as NumberedPayment;
  const { program, period } = first.payment;
  const paid = rows.length === 1 ? first.payment.amount : sumRupiah(rows.map((r) => r.payment.amount));
  const text = new GroupParts(run, program, period, rows.length === 1 ? [first.row] : rows.map((r) => r.row), paid);
  const family = familyOf(run, program, first.payment.channel);
  family.paid = true;
  if (!family.labels.includes(period)) family.labels.push(period);
  const index = run.index.get(program);
  if (index === undefined) {
    family.undetermined = true;
    run.accumulator.addGroup(run.regency, program, { rows: rows.length, paid, expected: ZERO_RUPIAH, unsupported: true });
    const rules = [basis("audit.basis.programs", { programs: run.programs.length === 0 ? "–" : joined(run.programs.map((p) => programName(p)), ", ") })];
    return [finding("audit.eligibility.program_unknown", { ...text.parts(), expected: ZERO_RUPIAH, rules }, say("audit.eligibility.program_unknown", text.values()))];
  }
  const span = spanOf(run, period);
  const date = decisionDate(first.payment.paidOn, span);
  text.judgedOn = date;
  if (run.coverage === undefined && span !== undefined && span.start <= run.asOf && run.asOf <= span.end) run.coverage = { date, channel: first.payment.channel };
  const { assessment, household: view, original } = run.dated(date, first.payment.channel);
  const judged = assessment.programs[index] as ProgramAssessment;
  const out: AuditFinding[] = [];
  let expected: Rupiah = ZERO_RUPIAH;
  // An eligible assessment always carries its schedule (the assessor computes benefits).
  const schedule = judged.eligible ? (judged.benefit as BenefitSchedule) : undefined;
  const due = schedule === undefined ? undefined : schedulePeriod(schedule, period);
  if (schedule !== undefined) {
    if (due === undefined) out.push(outsideCalendar(schedule, run, text.values(), text.parts()));
    else expected = due.amount;
  } else {
    out.push(...eligibilityFindings(judged, { household: view, original, values: () => text.values(), parts: { ...text.parts(), expected: ZERO_RUPIAH } }));
    if (judged.status === "not-eligible") family.notEntitled = true;
    else family.undetermined = true;
  }
  rowChecks(run, rows, span, schedule, text, out);
  if (rows.length > 1) {
    const said = say("audit.amount.double_payment", { ...text.values(), count: String(rows.length), expected });
    out.push(finding("audit.amount.double_payment", { ...text.parts(), expected, rules: [basis("audit.basis.once_per_period"), ...(schedule ? amountRules(schedule, run) : [])] }, said));
  } else if (schedule !== undefined && due !== undefined) {
    const components = first.payment.components;
    // Nearly every list gives the components due, at their amounts: then there is nothing to render.
    const detail =
      components === undefined || componentsAgree(components, paid, schedule, due, view, program)
        ? []
        : componentFindings(components, paid, schedule, due, { household: view, original, program, messages: (run.programs[index] as (typeof run.programs)[number]).messages, values: () => text.values(), date, parts: () => text.parts(), rules: () => amountRules(schedule, run) });
    for (let i = 0; i < detail.length; i++) out.push(detail[i] as AuditFinding);
    const order = paid.compare(expected);
    if (detail.length === 0 && order !== 0) {
      const code = order > 0 ? "audit.amount.overpaid" : "audit.amount.underpaid";
      const difference = order > 0 ? paid.minus(expected) : expected.minus(paid);
      out.push(finding(code, { ...text.parts(), expected, rules: amountRules(schedule, run) }, say(code, { ...text.values(), expected, difference })));
    }
  }
  run.accumulator.addGroup(run.regency, program, { rows: rows.length, paid, expected, unsupported: judged.status === "undetermined" });
  return out;
}

/** The days a period label covers, read once an audit (the labels of a list are few). */
function spanOf(run: HouseholdRun, label: string): PeriodSpan | undefined {
  if (run.spans.has(label)) return run.spans.get(label);
  const span = periodSpan(label);
  run.spans.set(label, span);
  return span;
}

/** Checks of each row on its own, into `out`: paid before its period began; paid to a payee who had died. */
function rowChecks(run: HouseholdRun, rows: readonly NumberedPayment[], span: PeriodSpan | undefined, schedule: BenefitSchedule | undefined, text: GroupParts, out: AuditFinding[]): void {
  for (let i = 0; i < rows.length; i++) {
    const { row, payment } = rows[i] as NumberedPayment;
    const { period } = payment;
    if (span !== undefined && payment.paidOn < span.start) {
      const said = say("audit.amount.paid_before_period", { program: programNamed(run.programs, run.index, payment.program), period, rows: String(row), paidOn: payment.paidOn, start: span.start });
      out.push(finding("audit.amount.paid_before_period", { ...text.parts(), rows: [row], paid: payment.amount, rules: schedule === undefined ? [] : calendarRules(schedule, run) }, said));
    }
    const payee = run.payees.get(row);
    const person = payee === undefined ? undefined : run.household.members[payee];
    if (payee === undefined || person?.deathDate === undefined || person.deathDate > payment.paidOn) continue;
    const relationship = personLabels.Relationship[person.relationship];
    const values = { rows: String(row), nik: person.nik === undefined ? `#${payee + 1}` : maskNik(person.nik), deathDate: person.deathDate, program: programNamed(run.programs, run.index, payment.program), period, paid: payment.amount, paidOn: payment.paidOn };
    const said = say("audit.eligibility.deceased_payee", values, { id: { relationship: relationship.id }, en: { relationship: relationship.en } });
    out.push(finding("audit.eligibility.deceased_payee", { ...text.parts(), rows: [row], paid: payment.amount, members: [memberOf(run.household, payee)], rules: [basis("audit.basis.death")] }, said));
  }
}
