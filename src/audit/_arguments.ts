import type { Household } from "../household/household.js";
import { requireHouseholds } from "../household/requireHousehold.js";
import { failure, type Issue } from "../message/error.js";
import { isRupiah } from "../money/rupiah.js";
import { readPrograms } from "../program/_arguments.js";
import type { AssessmentInputs, Program } from "../program/program.js";
import { isRegionCode, regionLevel } from "../region/code.js";
import { assertIsoDate, isIsoDate, type IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { normalisePeriod } from "./_period.js";
import type { AuditOptions } from "./auditor.js";
import { auditMessages } from "./messages.js";
import { parsePayment, type PaymentRecord } from "./payment.js";

// The arguments of `auditPayments` (and the audit options of the file audit), read once and checked
// before any work (issue 18): a wrong type is an `audit.*` error naming the option, never a TypeError
// from inside the audit, and a payment row that is not a parsed `PaymentRecord` is read as
// `parsePayment` reads raw input, or refused with every issue and its row.

/** `audit.invalid_option`: what the option must be, worded in each language. */
const bad = (option: string, id: string, en: string) => failure(auditMessages, "audit.invalid_option", { option, expected: { id, en } });

/** The audit options, checked and copied (`asOf` a date, `programs` valid programs, `inputs` a function). @internal */
export function readAuditOptions(options: AuditOptions): AuditOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw bad("options", "objek berisi asOf", "an object with asOf");
  const { asOf, programs, parameters, inputs } = options as { asOf: unknown; programs: unknown; parameters: unknown; inputs: unknown };
  const read: { asOf: IsoDate; programs?: readonly Program[]; parameters?: ParameterSet; inputs?: (household: Household) => AssessmentInputs } = { asOf: assertIsoDate(asOf as IsoDate) };
  if (programs !== undefined) read.programs = readPrograms(programs as readonly Program[], "auditPayments");
  if (parameters !== undefined) {
    if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) throw bad("parameters", "ParameterSet", "a ParameterSet");
    read.parameters = parameters as ParameterSet;
  }
  if (inputs !== undefined) {
    if (typeof inputs !== "function") throw bad("inputs", "fungsi per rumah tangga", "a function of a household");
    read.inputs = inputs as (household: Household) => AssessmentInputs;
  }
  return read;
}

/** The registry: a list of households, each checked (a parsed one passes without a copy). @internal */
export function readRegistry(registry: readonly Household[]): readonly Household[] {
  if (!Array.isArray(registry)) throw bad("registry", "larik Household", "an array of Household");
  for (let i = 0; i < registry.length; i++) if (!(i in registry)) throw bad(`registry[${i}]`, "Household", "a Household");
  // A parsed household passes after one check that allocates nothing; the list is copied only when some are not.
  return requireHouseholds(registry, "auditPayments");
}

const FIELDS = new Set(["nik", "kk", "program", "period", "amount", "paidOn", "channel", "components", "regency", "birthDate", "sex"]);
const PROGRAM = /^[a-z][a-z0-9_]*$/;
const text = (value: unknown, max: number) => typeof value === "string" && value.length > 0 && value.length <= max;
const optionalText = (value: unknown, max: number) => value === undefined || text(value, max);
const amount = (value: unknown) => isRupiah(value) && !value.isNegative();

function isComponent(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const line = value as Record<string, unknown>;
  for (const key in line) if (key !== "component" && key !== "nik" && key !== "amount") return false;
  return text(line["component"], 100) && optionalText(line["nik"], 100) && amount(line["amount"]);
}

/**
 * The program, period and regency texts already found valid in a list (a list repeats a few of
 * each a million times): one memo per list read.
 */
interface Known {
  readonly programs: Set<string>;
  readonly periods: Set<string>;
  readonly regencies: Set<string>;
}

/** Whether `value` is in `seen`, else whether it passes `test` (then remembered). */
function knownOr(seen: Set<string>, value: string, test: (value: string) => boolean): boolean {
  if (seen.has(value)) return true;
  if (!test(value)) return false;
  seen.add(value);
  return true;
}

const isProgram = (program: string) => program.length <= 100 && PROGRAM.test(program);
const isPeriod = (period: string) => text(period, 40) && normalisePeriod(period) === period;
const isRegency = (regency: string) => isRegionCode(regency) && regionLevel(regency) === "regency";

/** Whether a value is a payment row exactly as `parsePayment` returns one (no allocation). */
function isParsedPayment(value: unknown, known: Known): value is PaymentRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const row = value as Record<string, unknown>;
  for (const key in row) if (!FIELDS.has(key)) return false;
  const { nik, kk, program, period, paidOn, channel, components, regency, birthDate, sex } = row;
  if (!optionalText(nik, 100) || !optionalText(kk, 100) || (nik === undefined && kk === undefined)) return false;
  if (typeof program !== "string" || !knownOr(known.programs, program, isProgram)) return false;
  if (typeof period !== "string" || !knownOr(known.periods, period, isPeriod)) return false;
  if (!amount(row["amount"]) || !isIsoDate(paidOn)) return false;
  if (channel !== undefined && channel !== "kks" && channel !== "pos") return false;
  if (components !== undefined && !(Array.isArray(components) && components.length <= 50 && components.every(isComponent))) return false;
  if (regency !== undefined && !(typeof regency === "string" && knownOr(known.regencies, regency, isRegency))) return false;
  if (birthDate !== undefined && !isIsoDate(birthDate)) return false;
  return sex === undefined || sex === "male" || sex === "female";
}

/** A row given as a parsed payment but not one: Rupiah amounts as their decimal text, for `parsePayment`. */
function asInput(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const row = { ...(value as Record<string, unknown>) };
  if (isRupiah(row["amount"])) row["amount"] = row["amount"].toString();
  if (Array.isArray(row["components"])) row["components"] = row["components"].map((c: unknown) => (typeof c === "object" && c !== null && isRupiah((c as { amount?: unknown }).amount) ? { ...c, amount: String((c as { amount: unknown }).amount) } : c));
  return row;
}

const MAX_ISSUES = 100;

/**
 * The payment list: the list itself when every row is a parsed payment, else a copy with the rows
 * `parsePayment` reads in place; `audit.invalid_payments` with every issue (paths from the row
 * index) when some do not parse.
 * @internal
 */
export function readPaymentList(payments: readonly PaymentRecord[]): readonly PaymentRecord[] {
  if (!Array.isArray(payments)) throw bad("payments", "larik PaymentRecord", "an array of PaymentRecord");
  let copy: PaymentRecord[] | undefined;
  const issues: Issue[] = [];
  let refused = 0;
  const known: Known = { programs: new Set(), periods: new Set(), regencies: new Set() };
  for (let i = 0; i < payments.length; i++) {
    const value: unknown = i in payments ? payments[i] : undefined;
    if (isParsedPayment(value, known)) continue;
    const read = parsePayment(asInput(value));
    if (read.success) {
      (copy ??= payments.slice())[i] = read.data;
      continue;
    }
    refused += 1;
    for (const found of read.issues) if (issues.length < MAX_ISSUES) issues.push({ ...found, path: [i, ...found.path] });
  }
  if (refused > 0) throw failure(auditMessages, "audit.invalid_payments", { count: refused }, issues);
  return copy ?? payments;
}
