import { describe, expect, it } from "vitest";
import { assessHousehold, formatCheck, pkh, sembako, type Program } from "../../src/index.js";
import { auditPayments } from "../../src/audit/index.js";
import { generateAuditData, type PaymentInput } from "../../examples/audit-data.js";
import { parseAll, parseRows } from "../audit/_helpers.js";
import { aHousehold } from "../fixtures/index.js";

// Session 45 (finding 4 of the real-use pass): an exit check's reason showed its codes, "mandiri
// (2025-03-01)" and "hibah pena"; an officer reads the program's words, dated as the messages date.

const head = { sex: "male", birthDate: "1980-03-10", relationship: "head", disability: "none", employerCategory: "farmer", monthlyIncome: "1500000" };
const pupil = { sex: "female", birthDate: "2014-02-02", relationship: "child", disability: "none", schooling: { level: "sd", enrolled: true } };

function exitText(program: Program, record: Record<string, unknown>, lang: "id" | "en"): string {
  const household = aHousehold({ desil: { value: 2, asOf: "2025-06-01" }, members: [head, pupil], ...record });
  const assessment = assessHousehold(household, { asOf: "2025-07-01", programs: [program] }).programs[0]!;
  const check = assessment.checks.find((c) => c.code === `${program.id}.not_exited`)!;
  return formatCheck(check, lang);
}

describe("not_exited: the exits in the program's words", () => {
  it.each([
    {
      name: "graduasi mandiri and a PENA grant",
      program: pkh,
      record: { exits: [{ program: "pkh", kind: "mandiri", on: "2025-03-01" }], currentAid: [{ program: "pena", since: "2025-02-01" }] },
      id: "Keluarga tidak boleh sudah keluar dari program (graduasi alami, mandiri, paksa, atau hibah PENA); tercatat: graduasi mandiri pada 2025-03-01, hibah PENA pada 2025-02-01 — tidak terpenuhi",
      en: "The family must not have left the program (graduasi alami, mandiri, paksa, or a PENA grant); recorded: voluntary exit (mandiri) on 2025-03-01, PENA grant on 2025-02-01 — not met",
    },
    {
      name: "graduasi paksa from Sembako",
      program: sembako,
      record: { exits: [{ program: "sembako", kind: "paksa", on: "2024-11-30" }] },
      id: "Keluarga tidak boleh sudah keluar dari program (graduasi alami, mandiri, paksa, atau hibah PENA); tercatat: graduasi paksa pada 2024-11-30 — tidak terpenuhi",
      en: "The family must not have left the program (graduasi alami, mandiri, paksa, or a PENA grant); recorded: forced exit (paksa) on 2024-11-30 — not met",
    },
    {
      name: "no exit recorded",
      program: pkh,
      record: {},
      id: "Keluarga tidak boleh sudah keluar dari program (graduasi alami, mandiri, paksa, atau hibah PENA); tercatat: tidak ada — terpenuhi",
      en: "The family must not have left the program (graduasi alami, mandiri, paksa, or a PENA grant); recorded: none — met",
    },
  ])("$name", ({ program, record, id, en }) => {
    expect(exitText(program, record, "id")).toBe(id);
    expect(exitText(program, record, "en")).toBe(en);
  });
});

describe("audit.eligibility.exited: the exit in words too", () => {
  const data = generateAuditData({ faults: 0 });
  const paid = data.payments.find((p) => p.program === "sembako" && p.kk !== undefined) as PaymentInput;
  const raw = data.households.find((h) => h["kk"] === paid.kk) as Record<string, unknown>;
  const households = parseAll(data.households.map((h) => (h === raw ? { ...h, currentAid: [...((h["currentAid"] as unknown[]) ?? []), { program: "pena", since: "2025-06-02" }] } : h)));
  const found = auditPayments(households, parseRows(data.payments), { asOf: data.asOf }).findings.find((f) => f.code === "audit.eligibility.exited");

  it.each([
    { lang: "id" as const, says: " — hibah PENA pada 2025-06-02 — " },
    { lang: "en" as const, says: " — PENA grant on 2025-06-02 — " },
  ])("$lang", ({ lang, says }) => {
    expect(found?.text[lang]).toContain(says);
    expect(found?.text[lang]).not.toContain("pena (");
  });
});
