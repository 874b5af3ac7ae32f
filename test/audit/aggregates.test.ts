import { describe, expect, it } from "vitest";
import { TepatSasaranError, rupiah, sumRupiah } from "../../src/index.js";
import { AuditAccumulator, auditPayments } from "../../src/audit/index.js";
import { auditGenerated, leaks, numbersIn } from "./_helpers.js";

// What an office reports: per regency and program, exact Rupiah that reconcile, and error rates.

const every = auditGenerated({ faults: "every-kind" });
const { summary } = every.result;

describe("amounts reconcile exactly", () => {
  it.each(summary.cells.map((c) => ({ ...c })))("$regency $program: paid = expected + over − under", (cell) => {
    expect(cell.paid.toString()).toBe(cell.expected.plus(cell.over).minus(cell.under).toString());
  });

  it.each(summary.regencies.map((r) => ({ ...r })))("regency $regency: paid = expected + over − under, and the sum of its cells", (regency) => {
    expect(regency.paid.toString()).toBe(regency.expected.plus(regency.over).minus(regency.under).toString());
    const cells = summary.cells.filter((c) => c.regency === regency.regency);
    for (const key of ["paid", "expected", "over", "under", "unpaid", "unsupported"] as const) {
      expect(sumRupiah(cells.map((c) => c[key])).toString(), key).toBe(regency[key].toString());
    }
  });

  it("paid per regency is what the list paid there (rows joined to the registry on KK, else NIK, else the row's regency)", () => {
    const byKk = new Map(every.households.map((h) => [h.kk, h.regency as string]));
    const byNik = new Map(every.households.flatMap((h) => h.members.map((m) => [m.nik, h.regency as string] as const)));
    const listed = new Map<string, ReturnType<typeof rupiah>>();
    for (const p of every.payments) {
      const digits = [p.kk, p.nik].find((id) => id !== undefined && /^\d{16}$/.test(id));
      const regency = byKk.get(p.kk as never) ?? byNik.get(p.nik as never) ?? p.regency ?? (digits ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}` : "unknown");
      listed.set(regency, (listed.get(regency) ?? rupiah(0)).plus(p.amount));
    }
    for (const r of summary.regencies) expect(r.paid.toString(), r.regency).toBe((listed.get(r.regency) ?? rupiah(0)).toString());
    expect(summary.total.rows).toBe(every.payments.length);
  });

  it("overpayment is what the list paid beyond the rules; underpayment includes the families left unpaid", () => {
    // Hand-counted from the planted faults (examples/audit-faults.ts): the list's errors and the
    // registry's changes move these amounts and nothing else.
    expect(summary.total.over.toString()).toBe("8525000");
    expect(summary.total.under.toString()).toBe("3125000");
    expect(summary.total.unpaid.toString()).toBe("2925000");
  });
});

describe("error rates", () => {
  it.each(summary.cells.map((c) => ({ ...c })))("$regency $program: inclusion = paid without entitlement ÷ paid, exclusion = eligible unpaid ÷ eligible", (cell) => {
    expect(cell.inclusionErrorRate).toBe(cell.paidHouseholds === 0 ? null : cell.inclusionErrors / cell.paidHouseholds);
    expect(cell.exclusionErrorRate).toBe(cell.eligible === 0 ? null : cell.eligibleUnpaid / cell.eligible);
    expect(cell.eligibleUnpaid).toBeLessThanOrEqual(cell.eligible);
    expect(cell.inclusionErrors + cell.paidUndetermined).toBeLessThanOrEqual(cell.paidHouseholds);
  });

  it("counts a family left unpaid as an exclusion error and a family paid while not eligible as an inclusion error", () => {
    const total = (key: "eligibleUnpaid" | "inclusionErrors") => summary.cells.reduce((a, c) => a + c[key], 0);
    expect(total("eligibleUnpaid")).toBe(every.result.findings.filter((f) => f.code === "audit.coverage.unpaid_eligible").length);
    // Not eligible (PKH and Sembako of the family above the UMK), excluded, desil out of range, exited,
    // and the payee not in the registry.
    expect(total("inclusionErrors")).toBe(6);
  });
});

describe("the accumulator", () => {
  it("survives a JSON round trip", () => {
    const state = JSON.parse(JSON.stringify(every.result.accumulator.state()));
    expect(AuditAccumulator.fromState(state).summary()).toEqual(summary);
  });

  it("refuses to merge audits of different dates", () => {
    expect(() => every.result.accumulator.merge(new AuditAccumulator("2025-06-30"))).toThrow(TepatSasaranError);
  });

  it.each([
    { name: "a negative count", change: (s: any) => (s.cells[0].counts[0] = -1) },
    { name: "an amount that is not a number", change: (s: any) => (s.cells[0].amounts[1] = "abc") },
    { name: "a missing cell list", change: (s: any) => delete s.cells },
  ])("refuses a state with $name", ({ change }) => {
    const state = JSON.parse(JSON.stringify(every.result.accumulator.state()));
    change(state);
    expect(() => AuditAccumulator.fromState(state)).toThrow(/audit.state_invalid/);
  });
});

describe("no full NIK or KK in any output", () => {
  it("findings and summary hold no 16-digit number, in either language", () => {
    const text = JSON.stringify({ findings: every.result.findings, summary });
    expect(leaks(text, every.data)).toEqual([]);
    // The data is full of them, and the findings talk about them: the check can fail.
    expect(numbersIn(every.data).length).toBeGreaterThan(300);
    expect(text).toContain("••••");
  });

  it("a household id that is a KK number is masked too", () => {
    const households = every.households.map((h) => ({ ...h, id: `ID-${h.kk}` }));
    const audit = auditPayments(households, every.payments, { asOf: every.data.asOf });
    expect(audit.findings.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(audit.findings), households)).toEqual([]);
  });
});

describe("bad input", () => {
  it("a payment row as raw input is read as parsePayment reads it, with the same findings", () => {
    const raw = every.payments.map((p) => JSON.parse(JSON.stringify(p)) as unknown) as never;
    expect(JSON.stringify(auditPayments(every.households, raw, { asOf: "2025-09-30" }).findings)).toBe(JSON.stringify(every.result.findings));
  });

  it("a payment row that does not parse is refused with its row and field, never a raw error", () => {
    const raw = [every.payments[0], { ...every.payments[1], amount: "-725000" }] as never;
    try {
      auditPayments(every.households, raw, { asOf: "2025-09-30" });
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("audit.invalid_payments");
      expect((error as TepatSasaranError).issues.map((i) => i.path)).toEqual([[1, "amount"]]);
    }
  });

  it("a registry household that does not parse is refused with household.invalid and its index (issue 18)", () => {
    const households = [every.households[0], { ...every.households[1], regency: "99.99.99" }] as never;
    try {
      auditPayments(households, every.payments, { asOf: "2025-09-30" });
      expect.unreachable();
    } catch (error) {
      expect((error as TepatSasaranError).code).toBe("household.invalid");
      expect((error as TepatSasaranError).issues[0]?.path[0]).toBe(1);
    }
  });

  it.each([
    ["options", null],
    ["programs", { asOf: "2025-09-30", programs: "pkh" }],
    ["inputs", { asOf: "2025-09-30", inputs: {} }],
  ])("a bad %s option is a TepatSasaranError", (_name, options) => {
    expect(() => auditPayments(every.households, every.payments, options as never)).toThrow(TepatSasaranError);
  });

  it("a bad date is refused", () => {
    expect(() => auditPayments([], [], { asOf: "2025-13-01" })).toThrow(TepatSasaranError);
  });
});
