import { describe, expect, it } from "vitest";
import { auditPayments } from "../../src/audit/index.js";
import { auditMessages } from "../../src/audit/messages.js";
import { all, buildBenefitSchedule, check, defineProgram, outcome, programById, rupiah, type ProgramContext } from "../../src/index.js";
import { syntheticKk, syntheticNik } from "../fixtures/index.js";
import { auditGenerated, parseAll, parseRows } from "./_helpers.js";

// A finding's sentence names the program as an officer knows it ("Program Keluarga Harapan (PKH)",
// "Staple-food program (Sembako/BPNT)"), not by its id ("telah keluar dari pkh", "sembako 2025-III"
// before); the finding's `program` field keeps the id. A payment for a program the audit was not
// given keeps the id the list gives: it has no other name.

const { result: audit } = auditGenerated({ households: 80, seed: 20250930, faults: "every-kind" });

/**
 * The finding codes whose sentence names the program paid (program_unknown names a program the audit
 * does not know; a rule, `audit.basis.*`, is not a finding: the period's share is tested in amounts.test.ts).
 */
const NAMING = Object.entries(auditMessages)
  .filter(([code, template]) => template.id.includes("{program}") && code !== "audit.eligibility.program_unknown" && !code.startsWith("audit.basis."))
  .map(([code]) => code);

/** An id standing alone in a sentence: "pkh 2025-III", "dari pkh (", not "Program Keluarga Harapan (PKH)". */
const bare = (id: string) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`);

describe("audit findings name the program", () => {
  it("covers every finding whose sentence names a program", () => {
    expect(NAMING.length).toBe(16);
  });

  it.each(NAMING.map((code) => ({ code })))("$code", ({ code }) => {
    const found = audit.findings.find((f) => f.code === code);
    expect(found, code).toBeDefined();
    const id = found?.program as string;
    const name = programById(id).name;
    expect(found?.text.id).toContain(name.id);
    expect(found?.text.en).toContain(name.en);
    expect(found?.text.id).not.toMatch(bare(id));
    expect(found?.text.en).not.toMatch(bare(id));
  });

  it("keeps the id of a program the audit was not given, and lists the audited programs by name", () => {
    const found = audit.findings.find((f) => f.code === "audit.eligibility.program_unknown");
    expect(found?.text.en).toMatch(/^Row 109: program blt_dd is not among the audited programs/);
    expect(found?.program).toBe("blt_dd");
    expect(found?.rules.map((r) => r.text)).toEqual([
      {
        id: "Hanya program yang aturannya diberikan kepada audit yang dapat diperiksa: Program Keluarga Harapan (PKH), Program Sembako (BPNT)",
        en: "Only programs whose rules the audit is given can be checked: Family Hope Program (PKH), Staple-food program (Sembako/BPNT)",
      },
    ]);
  });
});

const KK = syntheticKk({ issued: "2015-05-05", serial: 9 });
const head = { nik: syntheticNik({ sex: "male", birthDate: "1970-03-04", serial: 1 }), sex: "male", birthDate: "1970-03-04", relationship: "head", disability: "none", employerCategory: "farmer", monthlyIncome: "1500000" };
const family = { id: "P-1", kk: KK, regency: "64.02", desil: { value: 3, asOf: "2026-06-01" }, currentAid: [], exits: [], members: [{ ...head, jkn: "none" }] };
const stranger = syntheticNik({ sex: "female", birthDate: "1980-01-02", serial: 77 });

/** An app's program whose name does not hold its id, refusing every family. */
const refusing = defineProgram({
  id: "tanpa_mobil",
  name: { id: "Bantuan Keluarga Tanpa Kendaraan", en: "No-car aid" },
  approach: "reduce-expenditure",
  parameters: [],
  rule: all(check<ProgramContext>({ code: "tanpa_mobil.no_car", message: { id: "Tidak memiliki mobil", en: "Owns no car" }, evaluate: () => outcome(false, true, false) })),
  messages: { "tanpa_mobil.grant": { id: "Bantuan", en: "Grant" } },
  benefit: (_h, context) => buildBenefitSchedule({ program: "tanpa_mobil", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines: [{ code: "tanpa_mobil.grant", amount: rupiah("1200000") }] }),
});

describe("audit findings name the program, off the registry and for an app's own program", () => {
  it.each([
    {
      name: "an app's program, its id after a name that does not hold it",
      rows: [{ nik: head.nik, kk: KK, program: "tanpa_mobil", period: "2026-08", amount: "100000", paidOn: "2026-08-10" }],
      programs: [refusing],
      want: [["audit.eligibility.not_eligible", "tidak layak Bantuan Keluarga Tanpa Kendaraan (tanpa_mobil) pada", "is not eligible for No-car aid (tanpa_mobil) on"]],
    },
    {
      name: "a payee not in the registry, paid twice",
      rows: [1, 2].map(() => ({ nik: stranger, program: "pkh", period: "2025-III", amount: "750000", paidOn: "2025-08-10" })),
      programs: undefined,
      want: [
        ["audit.identity.not_in_registry", "; Program Keluarga Harapan (PKH) 2025-III dibayar", "; Family Hope Program (PKH) 2025-III was paid"],
        ["audit.identity.not_in_registry", "; Program Keluarga Harapan (PKH) 2025-III dibayar", "; Family Hope Program (PKH) 2025-III was paid"],
        ["audit.amount.double_payment", ": Program Keluarga Harapan (PKH) 2025-III rumah tangga – dibayar 2 kali", ": Family Hope Program (PKH) 2025-III of household – was paid 2 times"],
      ],
    },
    {
      name: "a malformed NIK off the registry",
      rows: [{ nik: stranger.slice(0, 15), program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-10" }],
      programs: undefined,
      want: [["audit.identity.malformed_nik", "); Program Sembako (BPNT) 2025-III sebesar", "); the Staple-food program (Sembako/BPNT) 2025-III payment of"]],
    },
  ])("$name", ({ rows, programs, want }) => {
    const result = auditPayments(parseAll([family]), parseRows(rows), { asOf: "2026-09-30", ...(programs === undefined ? {} : { programs }) });
    const named = result.findings.filter((f) => want.some(([code]) => code === f.code));
    expect(named.map((f) => f.code)).toEqual(want.map(([code]) => code));
    named.forEach((f, i) => {
      expect(f.text.id).toContain((want[i] as string[])[1]);
      expect(f.text.en).toContain((want[i] as string[])[2]);
    });
  });
});
