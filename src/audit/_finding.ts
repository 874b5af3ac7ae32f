import type { Household } from "../household/household.js";
import { maskNik } from "../household/mask.js";
import { interpolate, wordedIn, type BilingualValues, type Language, type MessageValues, type Text } from "../message/message.js";
import { maskLongNumbers } from "../message/redact.js";
import type { Rupiah } from "../money/rupiah.js";
import type { Check, CheckValue } from "../rule/check.js";
import { formatCheck, formatCheckValue } from "../rule/format.js";
import type { ParameterValue } from "../time/parameter.js";
import { AUDIT_FINDINGS, type AuditFinding, type AuditFindingCode, type AuditMember, type AuditRule } from "./findings.js";
import { auditMessages, type AuditMessageCode } from "./messages.js";
import { shownValue, valuesIn, type AmountValues } from "../money/_shownAmount.js";
import { programMessages } from "../program/messages.js";

// Building findings: texts in both languages (with language-specific fragments), members, rules.
// Only findings are rendered, never clean rows, so the cost stays with the exceptions.

/** Values per language, for fragments that are themselves texts. @internal */
export interface Localised {
  readonly id: MessageValues;
  readonly en: MessageValues;
}

/** Values of an audit message: amounts (`Rupiah`s), and values worded in each language (a program's name, a {@link Text}). @internal */
export type AuditValues = Readonly<Record<string, AmountValues[string] | Text>>;

/** Render an audit message in both languages, its amounts (`Rupiah`s) written for each and its worded values read in each; `local` adds values that differ by language, already in their language. @internal */
export function say(code: AuditMessageCode, values: AuditValues = {}, local?: Localised): Text {
  const template = auditMessages[code];
  const id = wordedIn(valuesIn(values as AmountValues, "id") as BilingualValues, "id");
  const en = wordedIn(valuesIn(values as AmountValues, "en") as BilingualValues, "en");
  return {
    id: interpolate(template.id, local ? { ...id, ...local.id } : id, "id"),
    en: interpolate(template.en, local ? { ...en, ...local.en } : en, "en"),
  };
}

/** Both languages of a list of texts, joined. @internal */
export function joined(texts: readonly Text[], separator = "; "): Text {
  return { id: texts.map((t) => t.id).join(separator), en: texts.map((t) => t.en).join(separator) };
}

/** Row numbers as text. @internal */
export function rowList(rows: readonly number[]): string {
  return rows.length <= 10 ? rows.join(", ") : `${rows.slice(0, 10).join(", ")}, … (+${rows.length - 10})`;
}

/** A household id as findings show it: 16-digit runs (a KK used as id) masked. @internal */
export function shownId(id: string): string {
  return maskLongNumbers(id);
}

/** A member as findings list them. @internal */
export function memberOf(household: Household, index: number): AuditMember {
  const person = household.members[index];
  return { index, nik: person?.nik === undefined ? undefined : maskNik(person.nik), relationship: person?.relationship ?? "other" };
}

/** A rule check as an audit rule: its code, outcome, parameter and sentence in both languages. @internal */
export function checkRule(check: Check): AuditRule {
  return {
    code: check.code,
    status: check.status,
    expected: check.expected,
    received: check.received,
    parameter: check.parameter,
    text: { id: formatCheck(check, "id"), en: formatCheck(check, "en") },
  };
}

/** One of the audit's own rules (`audit.basis.*`), with its source in the text. @internal */
export function basis(code: AuditMessageCode, values: AuditValues = {}, local?: Localised): AuditRule {
  return { code, text: say(code, values, local) };
}

/** The payment channels by their names (the same in both languages): the KKS card of the Himbara banks, the post office. @internal */
export const CHANNEL_NAMES: Readonly<Record<string, string>> = Object.freeze({ kks: "KKS", pos: "PT Pos" });

/** Words of a catalogue by key, `undefined` where it has none (`program.frequency.month`: per bulan). */
const wordsOf = (messages: object, key: string) => (messages as Readonly<Record<string, Text | undefined>>)[key];

/**
 * A parameter's value in `lang`, never as JSON. An amount in a Rupiah unit (`IDR/month`) as the
 * library writes amounts, with its unit in words (`Rp200.000 per bulan`, `Rp200,000 per month`;
 * a unit it has no words for as written, `Rp1.000 (IDR/fortnight)`); a Rupiah amount of `null`, an
 * amount the program does not pay in that span, as `tidak dibayarkan` (`not paid`); a payment
 * frequency in the program's words (`per tahap (4 kali setahun)`); a record (a calendar) entry by
 * entry, a channel by its name: `lewat KKS per tahap (…); lewat PT Pos per tahap (…)`; a number,
 * range, yes/no or list as a check's value is written (`6,83`, `1–4`, `ya`), and any other `null` as
 * `tidak ada` (`none`).
 */
function valueText(value: unknown, lang: Language, unit = ""): string {
  if (unit.startsWith("IDR")) {
    if (value === null) return auditMessages["audit.text.not_paid"][lang];
    if (typeof value === "string" || typeof value === "number") {
      const parts = unit.slice(4).split("/").map((part) => wordsOf(programMessages, `program.frequency.${part}`) ?? wordsOf(auditMessages, `audit.unit.${part}`));
      const per = unit.length < 5 ? "" : parts.every(Boolean) ? ` ${parts.map((words) => (words as Text)[lang]).join(" ")}` : ` (${unit})`;
      return shownValue({ rupiah: String(value) }, lang) + per;
    }
  }
  if (value === null) return auditMessages["audit.text.nothing"][lang];
  if (typeof value === "string") return wordsOf(programMessages, `program.frequency.${value}`)?.[lang] ?? value;
  if (typeof value !== "object" || Array.isArray(value) || "min" in value || "max" in value) return formatCheckValue(value as CheckValue, lang);
  return Object.entries(value)
    .map(([key, v]) => {
      const frequency = valueText(v, lang, unit);
      return Object.hasOwn(CHANNEL_NAMES, key) ? interpolate(auditMessages["audit.text.channel_calendar"][lang], { channel: CHANNEL_NAMES[key], frequency }, lang) : `${key} ${frequency}`;
    })
    .join("; ");
}

/**
 * A dated amount or calendar parameter as an audit rule, its value worded in each language with
 * its unit (`sembako.amount_per_month = Rp200.000 per bulan, berlaku 2020-03-01 (…)`), its end in
 * words (`berlaku 2021-01-01 sampai dengan 2025-12-31`).
 * @internal
 */
export function parameterRule(parameter: ParameterValue<unknown>, unit?: string): AuditRule {
  // "2021-01-01 sampai dengan 2025-12-31", in words: as `2021-01-01–2025-12-31` its 16 digits read as a NIK and were masked.
  const to = parameter.to === undefined ? { id: "", en: "" } : say("audit.text.until", { to: parameter.to });
  const value = { id: { value: valueText(parameter.value, "id", unit), to: to.id }, en: { value: valueText(parameter.value, "en", unit), to: to.en } };
  return { code: parameter.id, parameter, text: say("audit.basis.amount", { parameter: parameter.id, from: parameter.from, source: parameter.source }, value) };
}

/**
 * How a period's amount comes from the year's: the program's yearly amount split by its payment
 * calendar for the family's channel (`lewat KKS per tahap (4 kali setahun)`), the program named.
 * @internal
 */
export function periodShareRule(program: Text, frequency: string, channel: string | undefined): AuditRule {
  const calendar = channel === undefined ? frequency : { [channel]: frequency };
  return basis("audit.basis.period_share", { program }, { id: { calendar: valueText(calendar, "id") }, en: { calendar: valueText(calendar, "en") } });
}

/** The parts of a finding besides its code, severity and text. @internal */
export interface FindingParts {
  readonly regency: string;
  readonly program?: string | undefined;
  readonly period?: string | undefined;
  readonly households?: readonly string[];
  readonly kk?: string | undefined;
  readonly rows?: readonly number[];
  readonly members?: readonly AuditMember[];
  readonly paid?: Rupiah | undefined;
  readonly expected?: Rupiah | undefined;
  readonly date?: string | undefined;
  readonly rules?: readonly AuditRule[];
}

const NONE: readonly never[] = Object.freeze([]);

/** Assemble a finding; the KK is masked here. @internal */
export function finding(code: AuditFindingCode, parts: FindingParts, text: Text): AuditFinding {
  return {
    code,
    severity: AUDIT_FINDINGS[code].severity,
    regency: parts.regency,
    program: parts.program,
    period: parts.period,
    households: parts.households ?? NONE,
    kk: parts.kk === undefined ? undefined : maskNik(parts.kk),
    rows: parts.rows ?? NONE,
    members: parts.members ?? NONE,
    paid: parts.paid,
    expected: parts.expected,
    date: parts.date,
    rules: parts.rules ?? NONE,
    text,
  };
}
