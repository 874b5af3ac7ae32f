/**
 * A payment audit on synthetic Kalimantan Timur data: 80 registry families and the payment list of
 * PKH and Sembako for tahap III of 2025, in which one fault of every kind was planted (see
 * examples/audit-data.ts). The audit finds each of them, explains it in Bahasa Indonesia or English,
 * and reports the money per regency. docs/guide-audit.md walks an officer through the findings.
 *
 * `npx tsx examples/kaltim-audit.ts [--lang en]` prints the audit;
 * `npx tsx examples/kaltim-audit.ts --write examples/cli` writes the registry (JSON Lines) and the
 * payment list (CSV) that the command-line examples read (`tepat-sasaran audit`).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHousehold, programById } from "../src/index.js";
import { money, num } from "./_written.js";
import { auditPayments, parsePayment, type PaymentAudit } from "../src/audit/index.js";
import { generateAuditData, type AuditData, type PaymentInput } from "./audit-data.js";

/** The example's data: every kind of fault once (seeded, so the files never change unless the generator does). */
export function kaltimAuditData(): AuditData {
  return generateAuditData({ households: 80, seed: 20250930, faults: "every-kind" });
}

/** Audit the data. */
export function kaltimAudit(data: AuditData = kaltimAuditData()): PaymentAudit {
  const households = data.households.map((input) => {
    const parsed = parseHousehold(input);
    if (!parsed.success) throw new Error(`household ${String(input.id)} does not parse`);
    return parsed.data;
  });
  const payments = data.payments.map((input, row) => {
    const parsed = parsePayment(input);
    if (!parsed.success) throw new Error(`payment row ${row + 1} does not parse`);
    return parsed.data;
  });
  return auditPayments(households, payments, { asOf: data.asOf });
}

/** The registry as JSON Lines. */
export function registryJsonl(data: AuditData): string {
  return data.households.map((h) => JSON.stringify(h)).join("\n") + "\n";
}

const COLUMNS = ["nik", "kk", "program", "period", "amount", "paid_on", "channel", "components", "regency", "birth_date", "sex"] as const;

/**
 * The payment list as CSV (the columns of `paymentCsvColumns`), with `,` between cells, or with `;` as
 * Excel in the Indonesian locale saves it (a cell holding `;` is then quoted).
 */
export function paymentsCsv(data: AuditData, separator: "," | ";" = ","): string {
  const cell = (p: PaymentInput, column: (typeof COLUMNS)[number]): string => {
    switch (column) {
      case "paid_on":
        return p.paidOn;
      case "birth_date":
        return p.birthDate ?? "";
      case "components":
        return (p.components ?? []).map((c) => `${c.component}${c.nik ? `@${c.nik}` : ""}=${c.amount}`).join(";");
      default:
        return (p[column] as string | undefined) ?? "";
    }
  };
  const quoted = (text: string) => (text.includes(separator) ? `"${text}"` : text);
  return [COLUMNS.join(separator), ...data.payments.map((p) => COLUMNS.map((c) => quoted(cell(p, c))).join(separator))].join("\n") + "\n";
}

/**
 * The printable audit: totals, the table per regency and program, and every finding.
 * @param options - `lang` (default `id`).
 * @returns Lines of text.
 */
export function kaltimAuditDemo(options: { lang?: "id" | "en" } = {}): string[] {
  const lang = options.lang ?? "id";
  const audit = kaltimAudit();
  const t = audit.summary.total;
  // Amounts and rates written the way of the language: Rp91.250.000 and 12,5% / Rp91,250,000 and 12.5%.
  const rp = (x: Parameters<typeof money>[0]) => money(x, lang);
  const w = (id: string, en: string) => (lang === "id" ? id : en);
  const named = audit.programs.map((id) => programById(id).name[lang]).join(", ");
  const lines = [
    // The programs by their names; the table below keeps their ids, as the summary's cells do.
    lang === "id" ? `Audit pembayaran ${named} per ${audit.asOf}: ${t.rows} baris, ${audit.findings.length} temuan` : `Payment audit of ${named} on ${audit.asOf}: ${t.rows} rows, ${audit.findings.length} findings`,
    `${w("Dibayar", "Paid")} ${rp(t.paid)} = ${w("hak", "expected")} ${rp(t.expected)} + ${w("lebih", "over")} ${rp(t.over)} − ${w("kurang", "under")} ${rp(t.under)}`,
    "",
  ];
  for (const c of audit.summary.cells) {
    const rate = (r: number | null) => (r === null ? "–" : `${num(100 * r, lang, 1)}%`);
    lines.push(
      `${c.regency} ${c.program.padEnd(8)} ${String(c.rows).padStart(3)} ${w("baris", "rows")}  ${w("dibayar", "paid")} ${rp(c.paid).padStart(13)}  ${w("lebih", "over")} ${rp(c.over).padStart(11)}  ${w("kurang", "under")} ${rp(c.under).padStart(11)}  ${w("inklusi", "inclusion")} ${rate(c.inclusionErrorRate)}  ${w("eksklusi", "exclusion")} ${rate(c.exclusionErrorRate)}`,
    );
  }
  lines.push("");
  for (const f of audit.findings) lines.push(`[${f.severity}] ${f.code}: ${f.text[lang]}`);
  return lines;
}

function main(): void {
  const at = process.argv.indexOf("--write");
  if (at >= 0) {
    const dir = process.argv[at + 1] ?? "examples/cli";
    const data = kaltimAuditData();
    writeFileSync(join(dir, "audit-households.jsonl"), registryJsonl(data));
    writeFileSync(join(dir, "audit-payments.csv"), paymentsCsv(data));
    writeFileSync(join(dir, "audit-payments-excel.csv"), paymentsCsv(data, ";"));
    console.log(`wrote ${join(dir, "audit-households.jsonl")}, ${join(dir, "audit-payments.csv")} and ${join(dir, "audit-payments-excel.csv")}`);
    return;
  }
  const lang = process.argv.includes("--lang") && process.argv[process.argv.indexOf("--lang") + 1] === "en" ? "en" : "id";
  for (const line of kaltimAuditDemo({ lang })) console.log(line);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
