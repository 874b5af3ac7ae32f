// Shared helpers of the audit tests: the synthetic Kaltim data of examples/audit-data.ts, parsed.
import { parseHousehold, type Household } from "../../src/index.js";
import { auditPayments, parsePayment, type AuditOptions, type PaymentAudit, type PaymentRecord } from "../../src/audit/index.js";
import { generateAuditData, type AuditData, type AuditDataOptions, type PaymentInput } from "../../examples/audit-data.js";

/** Parse generated (or hand-made) registry households; throws on a bad one. */
export function parseAll(households: readonly Record<string, unknown>[]): Household[] {
  return households.map((input) => {
    const result = parseHousehold(input);
    if (!result.success) throw new Error(`${String(input.id)}: ${result.issues.map((i) => `${i.path.join(".")} ${i.code}`).join(", ")}`);
    return result.data;
  });
}

/** Parse payment rows; throws on a bad one. */
export function parseRows(rows: readonly PaymentInput[]): PaymentRecord[] {
  return rows.map((row, index) => {
    const result = parsePayment(row);
    if (!result.success) throw new Error(`row ${index + 1}: ${result.issues.map((i) => i.code).join(", ")}`);
    return result.data;
  });
}

/** Generate, parse and audit. */
export function auditGenerated(options: AuditDataOptions, audit: Partial<AuditOptions> = {}): { data: AuditData; households: Household[]; payments: PaymentRecord[]; result: PaymentAudit } {
  const data = generateAuditData(options);
  const households = parseAll(data.households);
  const payments = parseRows(data.payments);
  return { data, households, payments, result: auditPayments(households, payments, { asOf: data.asOf, ...audit }) };
}

/** A run of 16 digits, possibly grouped by spaces or hyphens, not part of a decimal fraction: what no output may hold. */
export const FULL_NUMBER = /(?<![\d.])\d(?:[ -]?\d){15}/;

/** Every 16-digit number in a data set (NIKs, KK numbers), to look for in outputs. */
export function numbersIn(data: unknown): string[] {
  return [...new Set([...JSON.stringify(data).matchAll(/\d{16}/g)].map((m) => m[0]))];
}

/** The NIK and KK numbers of `data` that appear in `text`, and any other 16-digit run in it. */
export function leaks(text: string, data: unknown): string[] {
  const found = numbersIn(data).filter((n) => text.includes(n));
  const runs = [...text.matchAll(new RegExp(FULL_NUMBER, "g"))].map((m) => m[0]);
  return [...found, ...runs];
}
