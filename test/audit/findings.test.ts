import { describe, expect, it } from "vitest";
import { AUDIT_FINDINGS, auditPayments, type AuditFindingCode } from "../../src/audit/index.js";
import { generateAuditData, type PaymentInput } from "../../examples/audit-data.js";
import { FAULTS } from "../../examples/audit-faults.js";
import { auditGenerated, leaks, parseAll, parseRows } from "./_helpers.js";

// Every finding kind, planted alone in a correct payment list of a synthetic Kaltim registry
// (examples/audit-data.ts: the list is first made as a correct office would make it, then one family's
// record or rows are changed), must be found on that family; the correct list gives no finding at all.

const clean = auditGenerated({ faults: 0 });

/** Findings that come with a planted fault by construction. */
const COMPANIONS: Partial<Record<AuditFindingCode, readonly AuditFindingCode[]>> = {
  // A payment labelled outside the calendar pays no period of it, so the tahap is also unpaid.
  "audit.amount.outside_calendar": ["audit.coverage.unpaid_eligible"],
  // One fault: Rp 100,000 moved from one component line to another.
  "audit.amount.component_overpaid": ["audit.amount.component_underpaid"],
};

describe("a correct payment list", () => {
  it("gives no finding", () => {
    expect(clean.result.findings).toEqual([]);
  });

  it("pays exactly what the rules give: nothing over, nothing under", () => {
    const { total } = clean.result.summary;
    expect(total.paid.toString()).toBe(total.expected.toString());
    expect([total.over.toString(), total.under.toString()]).toEqual(["0", "0"]);
    expect(total.rows).toBe(clean.payments.length);
  });
});

describe("every finding kind has a planted fault", () => {
  it("every code of AUDIT_FINDINGS can be planted", () => {
    const planted = new Set(FAULTS.flatMap((f) => [f.code, ...(COMPANIONS[f.code as AuditFindingCode] ?? [])]));
    expect([...planted].sort()).toEqual(Object.keys(AUDIT_FINDINGS).sort());
  });

  it.each(FAULTS.map((f) => ({ code: f.code as AuditFindingCode, note: f.note })))("$code ($note): found on the family it was planted on, and nothing else", ({ code }) => {
    const { data, result } = auditGenerated({ faults: [code] });
    expect(leaks(JSON.stringify(result.findings), data)).toEqual([]);
    const household = data.planted[0]?.household as string;
    const found = result.findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    // Rows not in the registry belong to no household; the others name the planted family.
    if (code !== "audit.identity.not_in_registry") expect(found.every((f) => f.households.includes(household))).toBe(true);
    const expected = new Set([code, ...(COMPANIONS[code] ?? [])]);
    expect(new Set(result.findings.map((f) => f.code))).toEqual(expected);
    for (const f of found) {
      expect(f.severity).toBe(AUDIT_FINDINGS[code].severity);
      expect(f.text.id.length).toBeGreaterThan(20);
      expect(f.text.en.length).toBeGreaterThan(20);
      expect(f.rules.length).toBeGreaterThan(0);
    }
  });
});

describe("a PENA graduate still paid (issue 17: exited or PENA graduate)", () => {
  // A PENA grant ends PKH and Sembako (`graduation.ending_grants`, palpres.disway.id 2024): the family
  // that received one in June 2025 and was still paid Sembako in tahap III is found, naming the grant.
  const data = generateAuditData({ faults: 0 });
  const paid = data.payments.find((p) => p.program === "sembako" && p.kk !== undefined) as PaymentInput;
  const raw = data.households.find((h) => h["kk"] === paid.kk) as Record<string, unknown>;
  const households = parseAll(data.households.map((h) => (h === raw ? { ...h, currentAid: [...((h["currentAid"] as unknown[]) ?? []), { program: "pena", since: "2025-06-02" }] } : h)));
  const result = auditPayments(households, parseRows(data.payments), { asOf: data.asOf });

  it("is found as audit.eligibility.exited on that family, with the grant named", () => {
    const found = result.findings.filter((f) => f.code === "audit.eligibility.exited" && f.program === "sembako");
    expect(found.map((f) => f.households)).toEqual([[raw["id"]]]);
    expect(found[0]?.text.en).toContain("PENA grant on 2025-06-02");
  });

  it("the same list without the grant gives no finding (the control)", () => {
    expect(auditPayments(parseAll(data.households), parseRows(data.payments), { asOf: data.asOf }).findings).toEqual([]);
  });
});
