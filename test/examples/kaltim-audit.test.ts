import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AUDIT_FINDINGS } from "../../src/audit/index.js";
import { kaltimAudit, kaltimAuditData, kaltimAuditDemo, paymentsCsv, registryJsonl } from "../../examples/kaltim-audit.js";

// The worked example of the audit guide (docs/guide-audit.md): the committed CLI files are the
// generator's output, every planted fault is found on its family, and the printout runs.

const data = kaltimAuditData();
const audit = kaltimAudit(data);
const file = (name: string) => readFileSync(new URL(`../../examples/cli/${name}`, import.meta.url), "utf8");

describe("examples/kaltim-audit.ts", () => {
  it("the files of examples/cli are the generated registry and payment list (regenerate with --write examples/cli)", () => {
    expect(file("audit-households.jsonl")).toBe(registryJsonl(data));
    expect(file("audit-payments.csv")).toBe(paymentsCsv(data));
    expect(file("audit-payments-excel.csv")).toBe(paymentsCsv(data, ";"));
  });

  it("plants a fault of every kind", () => {
    expect([...new Set(data.planted.map((p) => p.code))].sort()).toEqual(Object.keys(AUDIT_FINDINGS).sort());
  });

  it.each(data.planted.map((p) => ({ ...p })))("finds $code on $household ($note)", ({ code, household }) => {
    const found = audit.findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    if (code !== "audit.identity.not_in_registry") expect(found.some((f) => f.households.includes(household as string))).toBe(true);
  });

  it("prints the audit in both languages", () => {
    const id = kaltimAuditDemo();
    expect(id[0]).toBe("Audit pembayaran Program Keluarga Harapan (PKH), Program Sembako (BPNT) per 2025-09-30: 109 baris, 30 temuan");
    expect(id[1]).toBe("Dibayar Rp91.250.000 = hak Rp85.850.000 + lebih Rp8.525.000 − kurang Rp3.125.000");
    const en = kaltimAuditDemo({ lang: "en" });
    expect(en[0]).toBe("Payment audit of Family Hope Program (PKH), Staple-food program (Sembako/BPNT) on 2025-09-30: 109 rows, 30 findings");
    // Amounts and rates the English way in English (Rp91.250.000 reads as 91.25 rupiah there).
    expect(en[1]).toBe("Paid Rp91,250,000 = expected Rp85,850,000 + over Rp8,525,000 − under Rp3,125,000");
    expect(id.find((l) => l.startsWith("64.02 sembako"))).toMatch(/ baris .* inklusi 7,7% {2}eksklusi 8,3%$/);
    expect(en.find((l) => l.startsWith("64.02 sembako"))).toMatch(/ rows .* inclusion 7\.7% {2}exclusion 8\.3%$/);
    expect(en.some((l) => l.startsWith("[error] audit.eligibility.deceased_payee: Row 44: the payee"))).toBe(true);
  });
});
