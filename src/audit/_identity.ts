import { decodeKk } from "../household/kk.js";
import { decodeNik } from "../household/nik.js";
import { idFields, isValidId, twoDigits } from "../household/idNumber.js";
import { personLabels } from "../household/labels/person.js";
import { maskNik } from "../household/mask.js";
import type { Sex } from "../household/person.js";
import type { Text } from "../message/message.js";
import type { IsoDate } from "../time/isoDate.js";
import { basis, finding, joined, rowList, say, type FindingParts } from "./_finding.js";
import type { AuditFinding } from "./findings.js";
import type { PaymentRecord } from "./payment.js";

// Identity checks of a payment row on its own: a malformed NIK or KK, and the payee's recorded birth
// date and sex against what the NIK encodes. Checks that need the registry are in auditor.ts.

/**
 * Whether a number is well formed whatever the century: structurally valid and not dated a 29
 * February (which needs the century to be told). No allocation: nearly every number is.
 */
function plainlyValid(kind: "nik" | "kk", value: string): boolean {
  if (!isValidId(kind, value)) return false;
  const raw = twoDigits(value, 6);
  const day = kind === "nik" && raw >= 41 ? raw - 40 : raw;
  return !(day === 29 && twoDigits(value, 8) === 2);
}

/** Why a NIK or KK number is malformed (every issue, masked), or `undefined` when it is well formed. @internal */
export function idProblem(kind: "nik" | "kk", value: string, asOf: IsoDate): Text | undefined {
  if (plainlyValid(kind, value)) return undefined;
  const decoded = kind === "nik" ? decodeNik(value, { asOf }) : decodeKk(value, { asOf });
  return decoded.success ? undefined : joined(decoded.issues.map((i) => i.message));
}

/** The regency (`64.02`) of a well-formed NIK or KK number: its first four digits. @internal */
export function idRegency(valid: string): string {
  return `${valid.slice(0, 2)}.${valid.slice(2, 4)}`;
}

/** Whether a well-formed NIK or KK number is of a regency (`64.02`): `idRegency(valid) === regency`, without the string. @internal */
export function inRegency(valid: string, regency: string): boolean {
  if (regency.length !== 5 || regency.charCodeAt(2) !== 46) return false; // "."
  return valid.charCodeAt(0) === regency.charCodeAt(0) && valid.charCodeAt(1) === regency.charCodeAt(1) && valid.charCodeAt(2) === regency.charCodeAt(3) && valid.charCodeAt(3) === regency.charCodeAt(4);
}

/**
 * Whether a well-formed NIK agrees with a record's birth date and sex (a field the record lacks
 * agrees): the quick test before {@link nikRecordFindings}, which says the same with findings.
 * @internal
 */
export function nikAgrees(nik: string, person: { readonly birthDate?: IsoDate | undefined; readonly sex?: Sex | undefined }): boolean {
  const raw = twoDigits(nik, 6);
  const female = raw >= 41;
  if (person.sex !== undefined && (person.sex === "female") !== female) return false;
  const born = person.birthDate;
  if (born === undefined) return true;
  // `YYYY-MM-DD` against the NIK's DD (+ 40 for women), MM, YY.
  return born.length === 10 && twoDigits(born, 8) === (female ? raw - 40 : raw) && twoDigits(born, 5) === twoDigits(nik, 8) && twoDigits(born, 2) === twoDigits(nik, 10);
}

/** The date and sex a NIK encodes, as written in findings. */
function encoded(nik: string): { date: string; female: boolean } | undefined {
  const fields = idFields("nik", nik);
  if (fields === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return { date: `${two(fields.day)}-${two(fields.month)}-${two(fields.yy)}`, female: fields.female };
}

/** A recorded birth date as `DD-MM-YY`, to compare with the NIK's digits. */
function shortDate(date: IsoDate): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(2, 4)}`;
}


/**
 * Findings where a well-formed NIK contradicts a record of the person: the payment list's
 * (`record: "list"`) or the registry member's (`record` = the member index).
 * @internal
 */
export function nikRecordFindings(nik: string, person: { readonly birthDate?: IsoDate | undefined; readonly sex?: Sex | undefined }, record: "list" | number, placed: () => FindingParts): readonly AuditFinding[] {
  if (nikAgrees(nik, person)) return NONE;
  const code = encoded(nik);
  if (code === undefined) return [];
  const out: AuditFinding[] = [];
  const birthDiffers = person.birthDate !== undefined && shortDate(person.birthDate) !== code.date;
  const sexDiffers = person.sex !== undefined && (person.sex === "female") !== code.female;
  if (!birthDiffers && !sexDiffers) return out;
  const whose = record === "list" ? say("audit.text.record_list") : say("audit.text.record_registry", { person: record + 1 });
  const rules = [basis("audit.basis.nik")];
  const parts = placed();
  if (birthDiffers && person.birthDate !== undefined) {
    const text = say("audit.identity.birth_date_mismatch", { nik: maskNik(nik), encoded: code.date, recorded: person.birthDate }, { id: { record: whose.id }, en: { record: whose.en } });
    out.push(finding("audit.identity.birth_date_mismatch", { ...parts, rules }, text));
  }
  if (sexDiffers && person.sex !== undefined) {
    const words = personLabels.Sex;
    const encodedSex = words[code.female ? "female" : "male"];
    const recorded = words[person.sex];
    const text = say(
      "audit.identity.sex_mismatch",
      { nik: maskNik(nik) },
      { id: { record: whose.id, encoded: encodedSex.id, recorded: recorded.id }, en: { record: whose.en, encoded: encodedSex.en, recorded: recorded.en } },
    );
    out.push(finding("audit.identity.sex_mismatch", { ...parts, rules }, text));
  }
  return out;
}

const NONE: readonly AuditFinding[] = Object.freeze([]);

/**
 * Whether {@link rowIdentity} finds nothing in a row (well-formed numbers, a NIK that agrees with
 * the list's birth date and sex): then its NIK and KK are the row's own. Allocates nothing.
 * @internal
 */
export function cleanIdentity(payment: PaymentRecord): boolean {
  const { nik, kk } = payment;
  if (kk !== undefined && !plainlyValid("kk", kk)) return false;
  return nik === undefined || (plainlyValid("nik", nik) && nikAgrees(nik, payment));
}

/** What the identity check of one row found. @internal */
export interface RowIdentity {
  readonly findings: AuditFinding[];
  /** The NIK, when given and well formed. */
  readonly nik: string | undefined;
  /** The KK number, when given and well formed. */
  readonly kk: string | undefined;
}

/**
 * Check one row's NIK and KK: malformed numbers, and the payee's recorded birth date and sex
 * against the NIK. `placed` gives what places the findings (regency, household, program, period,
 * row) and `named` the program as the sentences name it; each is called only when there is a finding.
 * @internal
 */
export function rowIdentity(payment: PaymentRecord, asOf: IsoDate, placed: () => FindingParts, named: (program: string) => Text): RowIdentity {
  const findings: AuditFinding[] = [];
  let nik: string | undefined;
  let kk: string | undefined;
  if (payment.nik !== undefined) {
    const problem = idProblem("nik", payment.nik, asOf);
    if (problem === undefined) nik = payment.nik;
    else {
      const parts = placed();
      const values = { rows: rowList(parts.rows ?? []), nik: maskNik(payment.nik), program: named(payment.program), period: payment.period, paid: payment.amount };
      findings.push(finding("audit.identity.malformed_nik", { ...parts, rules: [basis("audit.basis.nik")] }, say("audit.identity.malformed_nik", values, { id: { reason: problem.id }, en: { reason: problem.en } })));
    }
  }
  if (payment.kk !== undefined) {
    const problem = idProblem("kk", payment.kk, asOf);
    if (problem === undefined) kk = payment.kk;
    else {
      const parts = placed();
      const values = { rows: rowList(parts.rows ?? []), kk: maskNik(payment.kk) };
      findings.push(finding("audit.identity.malformed_kk", { ...parts, rules: [basis("audit.basis.kk")] }, say("audit.identity.malformed_kk", values, { id: { reason: problem.id }, en: { reason: problem.en } })));
    }
  }
  if (nik !== undefined) for (const f of nikRecordFindings(nik, payment, "list", placed)) findings.push(f);
  return { findings, nik, kk };
}
