import { appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import type { AuditFinding } from "../../src/audit/index.js";
import { auditPaymentFiles, type AuditFilesRun, type RejectedRow } from "../../src/node/index.js";
import { paymentsCsv, registryJsonl } from "../../examples/kaltim-audit.js";
import { auditGenerated, leaks } from "../audit/_helpers.js";
import { tempFile, text } from "./_helpers.js";
import { generateRegistryCsv } from "../../bench/_generate.js";

// The file audit joins on disk and must give what the in-memory audit gives: the same findings (its
// row numbers are file lines: line 1 is the CSV header, so row r is line r + 1) and the same
// summary, whatever the number of partitions.

const every = auditGenerated({ seed: 20250930, faults: "every-kind" });
const registry = tempFile("registry.jsonl", registryJsonl(every.data));
const payments = tempFile("payments.csv", paymentsCsv(every.data));

async function drain(run: AuditFilesRun): Promise<{ findings: AuditFinding[]; rejected: RejectedRow[] }> {
  const findings: AuditFinding[] = [];
  const rejected: RejectedRow[] = [];
  for await (const event of run) {
    if (event.kind === "finding") findings.push(event.finding);
    else rejected.push(event);
  }
  return { findings, rejected };
}

/** A finding as the in-memory audit would give it for a CSV whose line n is row n − 1. */
const asLines = (f: AuditFinding) => JSON.stringify({ ...f, rows: f.rows.map((r) => r + 1), text: undefined });
const sorted = (findings: readonly AuditFinding[], shift: (f: AuditFinding) => string) => findings.map(shift).sort();

describe("auditPaymentFiles", () => {
  it.each([1, 3, 64])("gives the findings and summary of auditPayments with %i partitions", async (partitions) => {
    const run = auditPaymentFiles({ registry, payments, asOf: every.data.asOf, partitions });
    const { findings, rejected } = await drain(run);
    expect(rejected).toEqual([]);
    expect(sorted(findings, (f) => JSON.stringify({ ...f, text: undefined }))).toEqual(sorted(every.result.findings, asLines));
    expect(run.result?.summary).toEqual(every.result.summary);
    expect(run.result?.payments).toMatchObject({ rowsRead: every.payments.length, rowsAccepted: every.payments.length, rowsRejected: 0 });
  });

  it("reads the payment list as JSON Lines from a stream, the registry as JSON Lines", async () => {
    const lines = every.data.payments.map((p) => JSON.stringify(p)).join("\n") + "\n";
    const run = auditPaymentFiles({ registry, payments: text(lines), paymentsFormat: "jsonl", asOf: every.data.asOf, partitions: 5 });
    const { findings } = await drain(run);
    expect(sorted(findings, (f) => JSON.stringify({ ...f, text: undefined }))).toEqual(sorted(every.result.findings, (f) => JSON.stringify({ ...f, text: undefined })));
    expect(run.result?.payments.file).toBe("<payments>");
  });

  it("reports rejected rows of both files by line, loses nothing, and masks every NIK", async () => {
    const badRegistry = tempFile("registry.jsonl", `${registryJsonl(every.data)}{"id":"X","regency":"64.02","members":[]}\n`);
    const csv = paymentsCsv(every.data).split("\n");
    csv[5] = csv[5]!.replace("2025-III", "");
    const badPayments = tempFile("payments.csv", csv.join("\n"));
    const run = auditPaymentFiles({ registry: badRegistry, payments: badPayments, asOf: every.data.asOf });
    const { findings, rejected } = await drain(run);
    expect(rejected.map((r) => [r.file.endsWith("payments.csv") ? "payments" : "registry", r.line, r.field ?? "", r.code])).toEqual([
      ["payments", 6, "period", "io.required_cell_empty"],
      ["registry", 81, "members", "input.too_small"],
    ]);
    const result = run.result!;
    expect(result.payments.rowsAccepted + result.payments.rowsRejected).toBe(result.payments.rowsRead);
    expect(result.registry.householdsAccepted).toBe(80);
    expect(leaks(JSON.stringify(findings), every.data)).toEqual([]);
  });

  it("removes its partitions, also when the consumer stops early", async () => {
    const dir = tempFile("x", "").replace(/\/x$/, "");
    const run = auditPaymentFiles({ registry, payments, asOf: every.data.asOf, tempDir: dir });
    for await (const event of run) if (event.kind === "finding") break;
    expect(readdirSync(dir).filter((f) => f.startsWith("tepat-sasaran-audit-"))).toEqual([]);
    expect(tmpdir().length).toBeGreaterThan(0);
  });

  it("refuses a registry that changed between its two reads", async () => {
    // Larger than one read chunk (256 KiB), so that the second read is still going when the first
    // finding comes out: a household appended then is seen by the second read only.
    const big = auditGenerated({ households: 500, seed: 3, faults: ["audit.amount.overpaid"] }).data;
    const changing = tempFile("registry.jsonl", registryJsonl(big));
    const list = tempFile("payments.csv", paymentsCsv(big));
    const run = auditPaymentFiles({ registry: changing, payments: list, asOf: big.asOf });
    let appended = false;
    await expect(
      (async () => {
        for await (const event of run) {
          if (event.kind !== "finding" || appended) continue;
          appended = true;
          appendFileSync(changing, `${JSON.stringify({ ...big.households[0], id: "KT-9999" })}\n`);
        }
      })(),
    ).rejects.toMatchObject({ code: "io.registry_changed" });
    expect(appended).toBe(true);
  });

  describe("a separator per file", () => {
    // Found by a Dinsos officer: a bank's list from Indonesian Excel has `;`, the DTSEN export `,`,
    // and `delimiter` set both files: whichever it was, one of them was refused.
    const csvRegistry = generateRegistryCsv({ rows: 300, malformed: 0, seed: 16, path: tempFile("registry.csv", "") }).path;
    const semicolons = paymentsCsv(every.data)
      .split("\n")
      .map((line) => line.split(",").map((cell) => (cell.includes(";") ? `"${cell}"` : cell)).join(";"))
      .join("\n");
    const excelList = tempFile("sp2d-excel.csv", semicolons);

    it.each([
      { name: "paymentsDelimiter", options: { paymentsDelimiter: ";" } },
      { name: "delimiter with registryDelimiter", options: { delimiter: ";", registryDelimiter: "," } },
    ] as const)("reads a `;` list against a `,` registry with $name", async ({ options }) => {
      // As the same list with `,` is read.
      const commas = auditPaymentFiles({ registry: csvRegistry, payments, asOf: "2025-09-30" });
      const expected = await drain(commas);
      const run = auditPaymentFiles({ registry: csvRegistry, payments: excelList, asOf: "2025-09-30", ...options });
      const { findings, rejected } = await drain(run);
      expect(run.result?.payments.rowsRead).toBeGreaterThan(50);
      const counts = (r: AuditFilesRun) => [r.result?.payments.rowsRead, r.result?.payments.rowsAccepted, r.result?.payments.rowsRejected];
      expect(counts(run)).toEqual(counts(commas));
      expect(rejected.length).toBe(expected.rejected.length);
      expect(findings.length).toBe(expected.findings.length);
      expect(run.result?.registry.householdsAccepted).toBeGreaterThan(50);
    });

    it.each([
      { name: "the list", options: {}, file: "sp2d-excel.csv", option: 'paymentsDelimiter: ";"' },
      { name: "the registry", options: { delimiter: ";" }, file: "registry.csv", option: 'registryDelimiter: ","' },
    ] as const)("names $name and the option that reads it when it has another separator", async ({ options, file, option }) => {
      const error = await drain(auditPaymentFiles({ registry: csvRegistry, payments: excelList, asOf: "2025-09-30", ...options })).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "io.other_separator" });
      const { text: message } = error as { text: { id: string; en: string } };
      for (const t of [message.id, message.en]) {
        expect(t).toContain(file);
        expect(t).toContain(option);
      }
    });
  });

  it.each([
    { name: "a stream as the registry", options: { registry: { households: text("x") } as never }, code: "io.registry_not_a_file" },
    { name: "0 partitions", options: { partitions: 0 }, code: "io.invalid_option" },
    { name: "another separator for the list", options: { paymentsDelimiter: ":" as never }, code: "io.invalid_option" },
    { name: "another separator for the registry", options: { registryDelimiter: "  " as never }, code: "io.invalid_option" },
  ])("refuses $name at once", ({ options, code }) => {
    expect(() => auditPaymentFiles({ registry, payments, asOf: "2025-09-30", ...options })).toThrow(expect.objectContaining({ code }));
  });
});
