import type { Household } from "../household/household.js";
import type { Language, LabelledTemplate, MessageTemplate, Text } from "../message/message.js";
import { interpolate } from "../message/message.js";
import { allocateRupiah } from "../money/allocateRupiah.js";
import { ZERO_RUPIAH, rupiah, sumRupiah, type Rupiah } from "../money/rupiah.js";
import type { BenefitLine, BenefitPeriod, BenefitSchedule } from "../program/schedule.js";
import type { AuditFinding, AuditRule } from "./findings.js";
import { basis, CHANNEL_NAMES, finding, memberOf, parameterRule, periodShareRule, say, type AuditValues, type FindingParts } from "./_finding.js";
import { programNamed, type HouseholdRun } from "./_run.js";
import type { PaymentComponent } from "./payment.js";
import { valuesIn } from "../money/_shownAmount.js";
import type { ParameterValue } from "../time/parameter.js";

// What a period is worth under the rules, and where a payment departs from it: the total, each
// component (PKH, with the caps and the priority order already applied by the schedule), and the
// calendar the periods come from.

/** The schedule period a payment pays: the one with its label (a one-off grant: the grant). @internal */
export function schedulePeriod(schedule: BenefitSchedule, label: string): BenefitPeriod | undefined {
  if (schedule.frequency === "once") return schedule.periods[0];
  const periods = schedule.periods;
  for (let i = 0; i < periods.length; i++) if ((periods[i] as BenefitPeriod).label === label) return periods[i];
  return undefined;
}

/**
 * The unit of an amount parameter (`IDR/month`), to word its amount: the audit's parameters' (an
 * office's overrides), else the program's own.
 */
function unitOf(run: HouseholdRun, program: string, id: string): string | undefined {
  const set = run.parameters;
  const at = run.index.get(program);
  const unit: unknown = (set !== undefined && Object.hasOwn(set, id) ? set[id] : at === undefined ? undefined : run.programs[at]?.parameters.find((p) => p.id === id))?.unit;
  return typeof unit === "string" ? unit : undefined;
}

/** The rules behind a period's amount: each paid line's amount parameter with its unit, and the calendar. @internal */
export function amountRules(schedule: BenefitSchedule, run: HouseholdRun): AuditRule[] {
  const seen = new Set<string>();
  const rules: AuditRule[] = [];
  for (const line of schedule.lines) {
    const parameter = line.parameter;
    if (parameter === undefined || seen.has(parameter.id) || line.amount.isZero()) continue;
    seen.add(parameter.id);
    rules.push(wordedParameter(run, parameter, unitOf(run, schedule.program, parameter.id)));
  }
  rules.push(...calendarRules(schedule, run));
  return rules;
}

/** {@link parameterRule}, worded once an audit (see WordedRules). */
function wordedParameter(run: HouseholdRun, parameter: ParameterValue<unknown>, unit?: string): AuditRule {
  const known = run.worded.parameters.get(parameter);
  if (known !== undefined && known.unit === unit) return known.rule;
  const rule = parameterRule(parameter, unit);
  run.worded.parameters.set(parameter, { unit, rule });
  return rule;
}

/** {@link periodShareRule} of a schedule, worded once an audit (see WordedRules). */
function wordedShare(run: HouseholdRun, schedule: BenefitSchedule): AuditRule {
  const key = `${schedule.program}\u0000${schedule.frequency}\u0000${schedule.channel ?? ""}`;
  let rule = run.worded.shares.get(key);
  if (rule === undefined) run.worded.shares.set(key, (rule = periodShareRule(programNamed(run.programs, run.index, schedule.program), schedule.frequency, schedule.channel)));
  return rule;
}

/** The calendar a schedule's periods come from, and how a period's amount follows from it (the program named), as rules. @internal */
export function calendarRules(schedule: BenefitSchedule, run: HouseholdRun): AuditRule[] {
  return schedule.calendar === undefined ? [] : [wordedParameter(run, schedule.calendar), wordedShare(run, schedule)];
}

/** A payment outside the program's calendar. @internal */
export function outsideCalendar(schedule: BenefitSchedule, run: HouseholdRun, values: AuditValues, parts: FindingParts): AuditFinding {
  const periods = schedule.periods.map((p) => p.label).join(", ") || "–";
  const channel = schedule.channel === undefined ? "–" : (CHANNEL_NAMES[schedule.channel] ?? schedule.channel);
  const text = say("audit.amount.outside_calendar", { ...values, year: String(schedule.year), channel, periods });
  return finding("audit.amount.outside_calendar", { ...parts, expected: ZERO_RUPIAH, rules: calendarRules(schedule, run) }, text);
}

/** One component due in the period. */
interface Due {
  readonly name: string;
  readonly line: BenefitLine;
  readonly amount: Rupiah;
  matched: boolean;
}

/** The component name of a benefit line: `pkh.component.sd` → `sd`. */
function nameOf(code: string, program: string): string {
  const prefix = `${program}.component.`;
  return code.startsWith(prefix) ? code.slice(prefix.length) : code;
}

/**
 * The components due in a period: the period's amount split over the paid lines in proportion to
 * their yearly amounts (`allocateRupiah`: whole rupiah that add up to the period). When every share
 * is whole (a 2025 tahap is a quarter of each yearly amount), it is computed directly.
 */
function dueComponents(schedule: BenefitSchedule, period: BenefitPeriod, program: string): Due[] {
  const lines = schedule.lines.filter((l) => !l.amount.isZero());
  if (lines.length === 0) return [];
  const shares = period.amount.isZero() ? lines.map(() => ZERO_RUPIAH) : (exactShares(period.amount, lines) ?? allocateRupiah(period.amount, lines.map((l) => l.amount.toString())));
  return lines.map((line, i) => ({ name: nameOf(line.code, program), line, amount: shares[i] as Rupiah, matched: false }));
}

/** The proportional shares when each is a whole rupiah (then they add up to the period exactly), else `undefined`. */
function exactShares(amount: Rupiah, lines: readonly BenefitLine[]): Rupiah[] | undefined {
  if (!amount.isWhole() || !lines.every((l) => l.amount.isWhole())) return undefined;
  const total = lines.reduce((sum, l) => sum + BigInt(l.amount.toString()), 0n);
  const period = BigInt(amount.toString());
  const shares: Rupiah[] = [];
  for (const line of lines) {
    const scaled = period * BigInt(line.amount.toString());
    if (scaled % total !== 0n) return undefined;
    shares.push(rupiah(scaled / total));
  }
  return shares;
}

/** What the component checks need. @internal */
export interface ComponentContext {
  /** The household on the date, and each member's index in the record. */
  readonly household: Household;
  readonly original: readonly number[] | undefined;
  readonly program: string;
  /** The program's messages (to explain a component left out by a cap in the program's own words). */
  readonly messages: Readonly<Record<string, MessageTemplate>>;
  /** Text values every finding uses (made on first use: clean rows render nothing). */
  readonly values: () => AuditValues;
  /** The date the rules were applied on. */
  readonly date: string;
  /** What places a finding (made on first use). */
  readonly parts: () => FindingParts;
  /** The rules behind the period's amount (made on first use). */
  readonly rules: () => AuditRule[];
}

/**
 * A component's name in the words of the program's component check (PKH's "anak usia dini",
 * "SD/MI"), where it has them; else the name as the list wrote it.
 */
function componentWord(context: ComponentContext, name: string): Text {
  const words = (context.messages[`${context.program}.has_component`] as Partial<LabelledTemplate> | undefined)?.labels;
  return words !== undefined && Object.prototype.hasOwnProperty.call(words, name) ? (words[name] as Text) : { id: name, en: name };
}

/**
 * Compare a payment's component lines with the components due in the period, member by member
 * where the list names the member: a component paid that is not due, a component paid more or
 * less than due (also one due and not paid), and lines that do not add up to the amount paid.
 * @internal
 */
export function componentFindings(components: readonly PaymentComponent[], paid: Rupiah, schedule: BenefitSchedule, period: BenefitPeriod, context: ComponentContext): AuditFinding[] {
  const { household, original, program, parts } = context;
  const due = dueComponents(schedule, period, program);
  let rules: AuditRule[] | undefined;
  const recordIndex = (member: number) => original?.[member] ?? member;
  const memberText = (member: number | undefined) => (member === undefined ? { id: "", en: "" } : say("audit.text.member", { person: recordIndex(member) + 1 }));
  const out: AuditFinding[] = [];
  const place = (member: number | undefined, amounts: { paid: Rupiah; expected: Rupiah }): FindingParts => ({
    ...parts(),
    ...amounts,
    members: member === undefined ? [] : [{ ...memberOf(household, member), index: recordIndex(member) }],
    rules: (rules ??= context.rules()),
  });
  for (const component of components) {
    const name = nameOf(component.component, program);
    const member = component.nik === undefined ? undefined : household.members.findIndex((p) => p.nik === component.nik);
    const named = member === undefined || member < 0 ? undefined : member;
    const hit = due.find((d) => !d.matched && d.name === name && (component.nik === undefined || d.line.member === named));
    if (hit !== undefined) {
      hit.matched = true;
      const order = component.amount.compare(hit.amount);
      if (order === 0) continue;
      const who = memberText(hit.line.member);
      const code = order > 0 ? "audit.amount.component_overpaid" : "audit.amount.component_underpaid";
      const word = componentWord(context, name);
      const text = say(code, { ...context.values(), paid: component.amount, expected: hit.amount }, { id: { component: word.id, member: who.id }, en: { component: word.en, member: who.en } });
      out.push(finding(code, place(hit.line.member, { paid: component.amount, expected: hit.amount }), text));
      continue;
    }
    const who = memberText(named);
    const why = notDueReason(component, name, named, schedule, due, context);
    const word = componentWord(context, name);
    const text = say("audit.amount.component_not_due", { ...context.values(), paid: component.amount }, { id: { component: word.id, member: who.id, why: why.id }, en: { component: word.en, member: who.en, why: why.en } });
    out.push(finding("audit.amount.component_not_due", place(named, { paid: component.amount, expected: ZERO_RUPIAH }), text));
  }
  for (const d of due) {
    if (d.matched || d.amount.isZero()) continue;
    const who = memberText(d.line.member);
    const word = componentWord(context, d.name);
    const text = say("audit.amount.component_underpaid", { ...context.values(), paid: ZERO_RUPIAH, expected: d.amount }, { id: { component: word.id, member: who.id }, en: { component: word.en, member: who.en } });
    out.push(finding("audit.amount.component_underpaid", place(d.line.member, { paid: ZERO_RUPIAH, expected: d.amount }), text));
  }
  const listed = components.length === 0 ? ZERO_RUPIAH : sumRupiah(components.map((c) => c.amount));
  if (!listed.equals(paid)) {
    const text = say("audit.amount.components_total", { ...context.values(), components: listed, paid });
    out.push(finding("audit.amount.components_total", { ...parts(), paid, rules: [basis("audit.basis.components")] }, text));
  }
  return out;
}

/** Why a component paid is not due: not a member, died, left out by a cap (in the program's words), or simply not among those due. */
function notDueReason(component: PaymentComponent, name: string, member: number | undefined, schedule: BenefitSchedule, due: readonly Due[], context: ComponentContext) {
  const { household, original } = context;
  const person = (index: number) => (original?.[index] ?? index) + 1;
  if (component.nik !== undefined && member === undefined) return say("audit.text.not_member");
  const deathDate = member === undefined ? undefined : household.members[member]?.deathDate;
  if (member !== undefined && deathDate !== undefined && deathDate <= context.date) {
    return say("audit.text.member_died", { person: person(member), deathDate });
  }
  const left = schedule.lines.find((l) => l.amount.isZero() && l.values?.component === name && (member === undefined || l.member === member));
  const template = left === undefined ? undefined : context.messages[left.code];
  if (left !== undefined && template !== undefined) {
    const shown = { person: left.member === undefined ? undefined : person(left.member) };
    return { id: interpolate(template.id, { ...valuesIn(left.values, "id"), ...shown }, "id"), en: interpolate(template.en, { ...valuesIn(left.values, "en"), ...shown }, "en") };
  }
  if (due.length === 0) return say("audit.text.none_due", {}, { id: { due: say("audit.text.nothing").id }, en: { due: say("audit.text.nothing").en } });
  // Each component due in the program's words, with its member: "SD/MI untuk anggota ke-3".
  const list = (lang: Language) =>
    due
      .map((d) => {
        const word = componentWord(context, d.name)[lang];
        return d.line.member === undefined ? word : `${word}${say("audit.text.member", { person: person(d.line.member) })[lang]}`;
      })
      .join(", ");
  return say("audit.text.none_due", {}, { id: { due: list("id") }, en: { due: list("en") } });
}
