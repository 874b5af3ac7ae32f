import { describe, expect, it } from "vitest";
import { auditPayments } from "../../src/audit/index.js";
import { all, buildBenefitSchedule, check, defineProgram, named, not, outcome, rupiah, type ProgramContext } from "../../src/index.js";
import { syntheticKk, syntheticNik } from "../fixtures/index.js";
import { parseAll, parseRows } from "./_helpers.js";

// A finding names only the rules that refused the family. PBI-JKN admits a family by its desil OR by
// a member's health facility's letter (Permensos 3/2026 Pasal 20): a family paid while in desil 8
// without a letter is "desil out of range" once, not also "not eligible" for lacking the letter that
// was its other way in; and a desil-3 family with nobody to cover is refused for that alone, not for
// lacking a letter it did not need.

const KK = syntheticKk({ issued: "2015-05-05", serial: 9 });
const head = { nik: syntheticNik({ sex: "male", birthDate: "1970-03-04", serial: 1 }), sex: "male", birthDate: "1970-03-04", relationship: "head", disability: "none", employerCategory: "farmer", monthlyIncome: "1500000" };
const family = (desil: number, jkn: string) => ({ id: "P-1", kk: KK, regency: "64.02", desil: { value: desil, asOf: "2026-06-01" }, currentAid: [], exits: [], members: [{ ...head, jkn }] });
const row = { nik: head.nik, kk: KK, program: "pbi_jkn", period: "2026-08", amount: "42000", paidOn: "2026-08-10" };

describe("an audit finding names the checks that refused, not a failed alternative", () => {
  it.each([
    { name: "desil 8, no letter", desil: 8, jkn: "none", want: ["audit.eligibility.desil_out_of_range"] },
    { name: "desil 3, everyone already in non-PBI JKN", desil: 3, jkn: "non-pbi", want: ["audit.eligibility.not_eligible"] },
  ])("$name", ({ desil, jkn, want }) => {
    const audit = auditPayments(parseAll([family(desil, jkn)]), parseRows([row]), { asOf: "2026-09-30" });
    const eligibility = audit.findings.filter((f) => f.code.startsWith("audit.eligibility."));
    expect(eligibility.map((f) => f.code), JSON.stringify(audit.findings.map((f) => f.text.en))).toEqual(want);
    expect(eligibility.flatMap((f) => f.rules.map((r) => r.code))).not.toContain("pbi_jkn.health_need");
  });
});

// An app's program refusing by a `not` (here: no member may own a car): the `not` is the block, not a
// leaf under it, and the payment must still be found, never dropped because no leaf failed.
describe("a program refused by a not", () => {
  it("gives its not_eligible finding", () => {
    const ownsCar = check<ProgramContext>({ code: "tanpa_mobil.owns_car", message: { id: "Memiliki mobil", en: "Owns a car" }, evaluate: (ctx) => outcome(ctx.inputs.car === true, true, ctx.inputs.car === true) });
    const program = defineProgram({
      id: "tanpa_mobil",
      name: { id: "Bantuan tanpa mobil", en: "No-car aid" },
      approach: "reduce-expenditure",
      parameters: [],
      rule: all(named(not(ownsCar), "tanpa_mobil.no_car", { id: "Tidak memiliki mobil", en: "Owns no car" })),
      messages: { "tanpa_mobil.grant": { id: "Bantuan", en: "Grant" } },
      benefit: (_h, context) => buildBenefitSchedule({ program: "tanpa_mobil", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines: [{ code: "tanpa_mobil.grant", amount: rupiah("1200000") }] }),
    });
    const paid = { ...row, program: "tanpa_mobil", amount: "100000" };
    const audit = auditPayments(parseAll([family(3, "none")]), parseRows([paid]), { asOf: "2026-09-30", programs: [program], inputs: () => ({ car: true }) });
    const found = audit.findings.filter((f) => f.code === "audit.eligibility.not_eligible");
    expect(found.map((f) => f.rules.map((r) => r.code))).toEqual([["tanpa_mobil.no_car"]]);
  });
});
