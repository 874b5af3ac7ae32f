import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { programById } from "../../src/index.js";
import { auditPayments, type AuditAccumulator, type PaymentRecord } from "../../src/audit/index.js";
import { FAULTS } from "../../examples/audit-faults.js";
import { auditGenerated } from "./_helpers.js";

// Partitions of an audit merge into the single pass: each household goes to a partition with every
// payment joined to it (on its KK, else a member's NIK); rows of no household go with their payee.
// Every fault kind is planted, except a NIK on two KKs, which a partition sees only when both
// families are in it (as documented).
const kinds = FAULTS.map((f) => f.code).filter((code) => code !== "audit.identity.nik_in_two_kk");
const whole = auditGenerated({ seed: 41, faults: kinds });
const { households, payments, data } = whole;
const programs = whole.result.programs.map((id) => programById(id));

/** A stable number for a payee with no household. */
const spread = (text: string) => [...text].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);

describe("merging the accumulators of partitions", () => {
  it("equals the single pass, whatever the partition", () => {
    expect(whole.result.findings.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(), { minLength: households.length, maxLength: households.length }), (parts, draws) => {
        const slot = households.map((_, i) => (draws[i] as number) % parts);
        const home = new Map<string, number>();
        households.forEach((h, i) => {
          if (h.kk !== undefined) home.set(h.kk, slot[i] as number);
          for (const m of h.members) if (m.nik !== undefined && !home.has(m.nik)) home.set(m.nik, slot[i] as number);
        });
        const partOf = (p: PaymentRecord) => home.get(p.kk ?? "") ?? home.get(p.nik ?? "") ?? spread(p.nik ?? p.kk ?? "") % parts;
        let merged: AuditAccumulator | undefined;
        for (let k = 0; k < parts; k++) {
          const audit = auditPayments(
            households.filter((_, i) => slot[i] === k),
            payments.filter((p) => partOf(p) === k),
            { asOf: data.asOf, programs },
          );
          merged = merged === undefined ? audit.accumulator : merged.merge(audit.accumulator);
        }
        expect(merged?.summary()).toEqual(whole.result.summary);
      }),
      { numRuns: 25 },
    );
  });
});
