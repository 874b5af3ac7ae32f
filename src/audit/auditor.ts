import type { Household } from "../household/household.js";
import { maskNik } from "../household/mask.js";
import { ZERO_RUPIAH, sumRupiah } from "../money/rupiah.js";
import type { AssessmentInputs, Program } from "../program/program.js";
import type { PaymentChannel } from "../program/schedule.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { AuditAccumulator } from "./accumulator.js";
import { Assessments, type Dated } from "./_assess.js";
import { auditCoverage } from "./_coverage.js";
import { basis, finding, rowList, say, shownId } from "./_finding.js";
import { auditGroup } from "./_group.js";
import { idRegency, rowIdentity } from "./_identity.js";
import { payeeFindings } from "./_payee.js";
import type { PeriodSpan } from "./_period.js";
import { programNamed, type Family, type HouseholdRun, type NumberedPayment, type WordedRules } from "./_run.js";
import type { AuditFinding } from "./findings.js";

/**
 * Options of `auditPayments` and of the file audit of `tepat-sasaran/node`.
 * @category Audit
 */
export interface AuditOptions {
  /**
   * The audit date: eligible families are checked for a payment for the period that contains it
   * (coverage), and NIK and KK numbers are read against it.
   */
  readonly asOf: IsoDate;
  /**
   * The programs whose rules the payments are checked against (default: the catalogue programs
   * that appear in the payment list). A payment for any other program is reported as
   * `audit.eligibility.program_unknown`. Coverage is checked for these programs.
   */
  readonly programs?: readonly Program[];
  /** The parameters (default: the catalogue's); an office's overrides go here. */
  readonly parameters?: ParameterSet;
  /** Facts a household record lacks (consents, exit commitments, the payment channel), per household. */
  readonly inputs?: (household: Household) => AssessmentInputs;
}

/** A registry household as a NIK-in-two-KKs finding names it. @internal */
export interface HouseholdRef {
  readonly id: string;
  readonly kk?: string | undefined;
  readonly regency: string;
}

const byPayment = (a: NumberedPayment, b: NumberedPayment) => (a.payment.paidOn < b.payment.paidOn ? -1 : a.payment.paidOn > b.payment.paidOn ? 1 : a.row - b.row);

/** Group rows by program and period, in the order of their first row; each group sorted by payment date. */
function groupsOf(payments: readonly NumberedPayment[]): NumberedPayment[][] {
  // Most families have one row, or one per program: no keys to build then.
  if (payments.length === 1) return [[payments[0] as NumberedPayment]];
  if (payments.length === 2) {
    const [a, b] = payments as [NumberedPayment, NumberedPayment];
    if (a.payment.program !== b.payment.program || a.payment.period !== b.payment.period) return [[a], [b]];
  }
  const groups = new Map<string, NumberedPayment[]>();
  for (const p of payments) {
    const key = `${p.payment.program}\u0000${p.payment.period}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [p]);
    else list.push(p);
  }
  return [...groups.values()].map((rows) => (rows.length > 1 ? rows.sort(byPayment) : rows));
}

/**
 * The audit of one household: what every step shares (see HouseholdRun). A class: its shown id is
 * a getter, and its assessments are memoised in its own fields (the first date and channel, nearly
 * always the only one, then a list) rather than in a closure and a list for each household.
 */
class Run implements HouseholdRun {
  readonly regency: string;
  kk: string | undefined;
  readonly payees = new Map<number, number | undefined>();
  readonly families = new Map<string, Family>();
  coverage: HouseholdRun["coverage"] = undefined;
  #id: string | undefined;
  readonly #inputs: AssessmentInputs | undefined;
  #date: IsoDate | undefined;
  #channel: PaymentChannel | undefined;
  #dated: Dated | undefined;
  #more: { readonly date: IsoDate; readonly channel: PaymentChannel | undefined; readonly dated: Dated }[] | undefined;

  constructor(
    readonly household: Household,
    readonly asOf: IsoDate,
    private readonly assessments: Assessments,
    readonly programs: readonly Program[],
    readonly index: ReadonlyMap<string, number>,
    readonly parameters: ParameterSet | undefined,
    readonly spans: Map<string, PeriodSpan | undefined>,
    readonly worded: WordedRules,
    readonly accumulator: AuditAccumulator,
  ) {
    this.regency = household.regency as string;
    this.kk = household.kk;
    this.#inputs = assessments.inputsOf(household);
  }

  /** The household's assessment on a date and channel, made once (see above). */
  dated(date: IsoDate, channel: PaymentChannel | undefined): Dated {
    if (this.#dated === undefined) {
      this.#date = date;
      this.#channel = channel;
      return (this.#dated = this.assessments.on(this.household, this.#inputs, date, channel));
    }
    if (this.#date === date && this.#channel === channel) return this.#dated;
    const more = (this.#more ??= []);
    for (let i = 0; i < more.length; i++) {
      const m = more[i] as (typeof more)[number];
      if (m.date === date && m.channel === channel) return m.dated;
    }
    const dated = this.assessments.on(this.household, this.#inputs, date, channel);
    more.push({ date, channel, dated });
    return dated;
  }

  /** As findings show it: made for the first finding (most households have none). */
  get id(): string {
    return (this.#id ??= shownId(this.household.id));
  }
}

/**
 * The audit of payment rows against registry households, one household (with all its payments)
 * at a time, adding to one {@link AuditAccumulator}. `auditPayments` joins in memory; the file audit
 * of `tepat-sasaran/node` joins on disk; both feed this.
 * @internal
 */
export class PaymentAuditor {
  readonly accumulator: AuditAccumulator;
  readonly #asOf: IsoDate;
  readonly #programs: readonly Program[];
  readonly #index = new Map<string, number>();
  readonly #assessments: Assessments;
  readonly #parameters: ParameterSet | undefined;
  readonly #spans = new Map<string, PeriodSpan | undefined>();
  readonly #worded: WordedRules = { parameters: new Map(), shares: new Map() };

  constructor(options: AuditOptions, programs: readonly Program[]) {
    this.accumulator = new AuditAccumulator(options.asOf);
    this.#asOf = options.asOf;
    this.#programs = programs;
    programs.forEach((p, i) => this.#index.set(p.id, i));
    this.#assessments = new Assessments(programs, options.parameters, options.inputs);
    this.#parameters = options.parameters;
  }

  #record(findings: AuditFinding[]): AuditFinding[] {
    for (const f of findings) this.accumulator.addFinding(f);
    return findings;
  }

  /**
   * Audit one registry household with every payment joined to it (possibly none): identity of the
   * payees, eligibility on each payment's date, amounts per period and component, double payments,
   * the calendar, and whether it was left unpaid while eligible in the audit date's period.
   */
  household(household: Household, payments: readonly NumberedPayment[]): AuditFinding[] {
    const run = new Run(household, this.#asOf, this.#assessments, this.#programs, this.#index, this.#parameters, this.#spans, this.#worded, this.accumulator);
    const findings = payeeFindings(run, payments);
    for (const rows of groupsOf(payments)) for (const f of auditGroup(run, rows)) findings.push(f);
    for (const f of auditCoverage(run)) findings.push(f);
    return this.#record(findings);
  }

  /**
   * Rows that matched no registry household, all with the same payee (NIK, else KK), or one row
   * whose numbers are both malformed: each is paid without a record, counted as overpaid.
   */
  unmatched(payments: readonly NumberedPayment[]): AuditFinding[] {
    const asOf = this.#asOf;
    const named = (id: string) => programNamed(this.#programs, this.#index, id);
    const findings: AuditFinding[] = [];
    const first = payments[0];
    if (first === undefined) return findings;
    let regency: string | undefined;
    for (const { row, payment } of payments) {
      const place = payment.regency ?? "unknown";
      const identity = rowIdentity(payment, asOf, () => ({ regency: place, program: payment.program, period: payment.period, rows: [row], paid: payment.amount, expected: ZERO_RUPIAH }), named);
      regency ??= payment.regency ?? (identity.kk !== undefined ? idRegency(identity.kk) : identity.nik !== undefined ? idRegency(identity.nik) : undefined);
      const where = regency ?? "unknown";
      for (const f of identity.findings) findings.push(f.regency === where ? f : { ...f, regency: where });
      if (identity.nik === undefined && identity.kk === undefined) continue;
      const who = identity.nik !== undefined ? say("audit.text.who_nik", { nik: maskNik(identity.nik) }) : say("audit.text.who_kk", { kk: maskNik(identity.kk as string) });
      const values = { rows: String(row), program: named(payment.program), period: payment.period, paid: payment.amount };
      const text = say("audit.identity.not_in_registry", values, { id: { who: who.id }, en: { who: who.en } });
      findings.push(finding("audit.identity.not_in_registry", { regency: where, kk: identity.kk, program: payment.program, period: payment.period, rows: [row], paid: payment.amount, expected: ZERO_RUPIAH, rules: [basis("audit.basis.registry")] }, text));
    }
    const where = regency ?? "unknown";
    const programs = new Set<string>();
    for (const rows of groupsOf(payments)) {
      const head = rows[0] as NumberedPayment;
      const paid = sumRupiah(rows.map((r) => r.payment.amount));
      programs.add(head.payment.program);
      this.accumulator.addGroup(where, head.payment.program, { rows: rows.length, paid, expected: ZERO_RUPIAH, unsupported: true });
      if (rows.length > 1) {
        const values = { rows: rowList(rows.map((r) => r.row)), household: "–", program: named(head.payment.program), period: head.payment.period, paid, count: String(rows.length), expected: ZERO_RUPIAH };
        findings.push(finding("audit.amount.double_payment", { regency: where, program: head.payment.program, period: head.payment.period, rows: rows.map((r) => r.row), paid, expected: ZERO_RUPIAH, rules: [basis("audit.basis.once_per_period")] }, say("audit.amount.double_payment", values)));
      }
    }
    for (const program of programs) this.accumulator.addFamily(where, program, { paid: true, notEntitled: true, undetermined: false, eligible: false, unpaid: undefined });
    return this.#record(findings);
  }

  /** A NIK found on the KK of several registry households, with the payment rows paid to it. */
  duplicateNik(nik: string, households: readonly HouseholdRef[], rows: readonly number[]): AuditFinding {
    const first = households[0] as HouseholdRef;
    const ids = households.map((h) => shownId(h.id));
    const paidRows = rows.length === 0 ? { id: "", en: "" } : say("audit.text.paid_rows", { rows: rowList(rows) });
    const text = say("audit.identity.nik_in_two_kk", { nik: maskNik(nik), count: String(households.length), households: ids.join(", ") }, { id: { paidRows: paidRows.id }, en: { paidRows: paidRows.en } });
    const found = finding("audit.identity.nik_in_two_kk", { regency: first.regency, households: ids, kk: first.kk, rows, members: [], rules: [basis("audit.basis.one_kk")] }, text);
    return (this.#record([found])[0] as AuditFinding);
  }
}
