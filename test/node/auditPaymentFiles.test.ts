import { appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import type { AuditFinding } from "../../src/index.js";
import { auditPaymentFiles, type AuditFilesRun, type RejectedRow } from "../../src/node/index.js";
import { paymentsCsv, registryJsonl } from "../../examples/kaltim-audit.js";
import { auditGenerated, leaks } from "../audit/_helpers.js";
import { tempFile, text } from "./_helpers.js";

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
      ["payments", 6, "period", "input.invalid_type"],
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

  it.each([
    { name: "a stream as the registry", options: { registry: { households: text("x") } as never }, code: "io.registry_not_a_file" },
    { name: "0 partitions", options: { partitions: 0 }, code: "io.invalid_option" },
  ])("refuses $name at once", ({ options, code }) => {
    expect(() => auditPaymentFiles({ registry, payments, asOf: "2025-09-30", ...options })).toThrow(expect.objectContaining({ code }));
  });
});
