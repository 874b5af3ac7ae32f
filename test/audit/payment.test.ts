import { describe, expect, it } from "vitest";
import { parsePayment } from "../../src/audit/index.js";

const row = { kk: "6402991503150007", program: "pkh", period: "2025-III", amount: "825000", paidOn: "2025-08-14" };

describe("parsePayment", () => {
  it.each([
    { name: "a tahap as 2025-III", period: "2025-III", read: "2025-III" },
    { name: "a tahap as 2025-Q3", period: "2025-Q3", read: "2025-III" },
    { name: "a tahap as 2025-t3", period: "2025-t3", read: "2025-III" },
    { name: "two months", period: " 2024-01/02 ", read: "2024-01/02" },
    { name: "a month", period: "2025-07", read: "2025-07" },
  ])("reads $name", ({ period, read }) => {
    const result = parsePayment({ ...row, period });
    expect(result.success && result.data.period).toBe(read);
  });

  it("keeps a malformed NIK or KK as written: the audit reports it as a finding", () => {
    const result = parsePayment({ ...row, nik: "12345", kk: "6402991513150007" });
    expect(result.success).toBe(true);
  });

  it.each([
    { name: "neither NIK nor KK", input: { ...row, kk: undefined }, code: "audit.payment.no_identity", path: [] },
    { name: "a negative amount", input: { ...row, amount: "-5" }, code: "household.negative_amount", path: ["amount"] },
    { name: "an amount in words", input: { ...row, amount: "delapan ratus" }, code: "money.not_a_number", path: ["amount"] },
    { name: "a bad payment date", input: { ...row, paidOn: "2025-02-30" }, code: "time.invalid_date", path: ["paidOn"] },
    { name: "a district as the regency", input: { ...row, regency: "64.02.01" }, code: "audit.payment.regency_level", path: ["regency"] },
    { name: "an unknown channel", input: { ...row, channel: "giro" }, code: "input.invalid_value", path: ["channel"] },
    { name: "an unknown field", input: { ...row, nama: "Warga" }, code: "input.unrecognized_keys", path: [] },
    { name: "a component without an amount", input: { ...row, components: [{ component: "sd" }] }, code: "input.invalid_union", path: ["components", 0, "amount"] },
  ])("refuses $name, with its path and both languages", ({ input, code, path }) => {
    const result = parsePayment(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const found = result.issues.find((i) => i.code === code);
    expect(found?.path).toEqual(path);
    expect(found?.message.id.length).toBeGreaterThan(0);
    expect(found?.message.en.length).toBeGreaterThan(0);
  });

  it("reports every problem of a row at once, with no full NIK", () => {
    const result = parsePayment({ nik: 6402990101800001, program: "PKH", period: "", amount: "x", paidOn: "kemarin" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path[0]).sort()).toEqual(["amount", "nik", "paidOn", "period", "program"]);
    expect(JSON.stringify(result.issues)).not.toMatch(/\d{16}/);
  });

  it.each([null, 42, "row", [], { __proto__: { amount: 1 } }])("never throws: %j", (input) => {
    expect(parsePayment(input).success).toBe(false);
  });
});
