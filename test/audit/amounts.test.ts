import { describe, expect, it } from "vitest";
import { auditPayments, type AuditFindingCode, type PaymentAudit } from "../../src/audit/index.js";
import { parameterRule } from "../../src/audit/_finding.js";
import { defaultParameters } from "../../src/program/catalogue.js";
import { overrideParameters } from "../../src/time/parameterSet.js";
import { syntheticKk, syntheticNik } from "../fixtures/index.js";
import { parseAll, parseRows } from "./_helpers.js";
import type { PaymentInput } from "../../examples/audit-data.js";

// Amounts checked against hand-computed entitlements. PKH yearly amounts 2021–2025: pregnancy and
// early childhood Rp 3,000,000, SD Rp 900,000, SMP Rp 1,500,000, SMA Rp 2,000,000, elderly and severe
// disability Rp 2,400,000 (tempo.co, Jan 2025, https://www.tempo.co/politik/mudah-cara-cek-bansos-2025-bisa-lewat-hp-1199675);
// caps kept in the published priority order "anak balita, anak SD, SMP, SMA, disabilitas, lansia dan
// ibu hamil" with at most 4 components (palpres.disway.id/amp/674517); 2025 paid in 4 tahap, 2024 on
// KKS every two months and through PT Pos every three (palpres.disway.id/amp/728220; poskota 2025-03-07).

const KK = syntheticKk({ issued: "2015-05-05", serial: 7 });
const nik = (sex: "male" | "female", birthDate: string, serial: number) => syntheticNik({ sex, birthDate, serial });
const adult = (relationship: string, sex: "male" | "female", birthDate: string, serial: number, extra: Record<string, unknown> = {}) => ({
  nik: nik(sex, birthDate, serial), sex, birthDate, relationship, disability: "none", employerCategory: relationship === "head" ? "farmer" : "none", monthlyIncome: relationship === "head" ? "1500000" : "0",
  ...(sex === "female" && birthDate > "1976" ? { pregnancy: "none" } : {}), ...extra,
});
const child = (sex: "male" | "female", birthDate: string, serial: number, level?: "sd" | "smp" | "sma") => ({
  nik: nik(sex, birthDate, serial), sex, birthDate, relationship: "child", disability: "none", ...(level ? { schooling: { level, enrolled: true } } : {}),
  // Members aged 15 or over need their work and income recorded (the exclusions), women their pregnancy.
  ...(birthDate < "2010" ? { employerCategory: "none", monthlyIncome: "0" } : {}), ...(birthDate < "2010" && sex === "female" ? { pregnancy: "none" } : {}),
});

/** Head, wife, an SD pupil and a grandmother of 75: PKH SD + elderly. */
function family(extra: Record<string, unknown> = {}) {
  return {
    id: "T-1", kk: KK, regency: "64.02", desil: { value: 2, asOf: "2025-06-01" }, currentAid: [], exits: [],
    members: [adult("head", "male", "1980-03-04", 1), adult("spouse", "female", "1984-06-10", 2), child("male", "2016-01-20", 3, "sd"), adult("parent", "female", "1950-02-02", 4)],
    ...extra,
  };
}

const pkhRow = (amount: string, extra: Partial<PaymentInput> = {}): PaymentInput => ({ nik: nik("female", "1984-06-10", 2), kk: KK, program: "pkh", period: "2025-III", amount, paidOn: "2025-08-14", ...extra });
const run = (households: Record<string, unknown>[], rows: PaymentInput[], asOf = "2025-09-30"): PaymentAudit => auditPayments(parseAll(households), parseRows(rows), { asOf });
const codes = (audit: PaymentAudit) => audit.findings.map((f) => f.code);
const one = (audit: PaymentAudit, code: AuditFindingCode) => {
  const found = audit.findings.filter((f) => f.code === code);
  expect(found, `${code} in ${codes(audit).join(", ")}`).toHaveLength(1);
  return found[0]!;
};

describe("the amounts of a finding's text, written for its language", () => {
  // Found in review: the English text of a finding was made by rewriting the whole sentence
  // (Rp900.000 → Rp900,000), and the household's own id with it: "Rp1.000" came out "Rp1,000".
  it.each([
    {
      household: "Rp1.000",
      amount: "900000",
      code: "audit.amount.overpaid",
      id: "Baris 1: Program Keluarga Harapan (PKH) 2025-III rumah tangga Rp1.000 dibayar Rp900.000, menurut aturan Rp825.000 (kelebihan Rp75.000)",
      en: "Row 1: Family Hope Program (PKH) 2025-III of household Rp1.000 was paid Rp900,000; the rules give Rp825,000 (overpaid by Rp75,000)",
    },
    {
      household: "KK-Rp2.500",
      amount: "600000.5",
      code: "audit.amount.underpaid",
      id: "Baris 1: Program Keluarga Harapan (PKH) 2025-III rumah tangga KK-Rp2.500 dibayar Rp600.000,50, menurut aturan Rp825.000 (kekurangan Rp224.999,50)",
      en: "Row 1: Family Hope Program (PKH) 2025-III of household KK-Rp2.500 was paid Rp600,000.50; the rules give Rp825,000 (underpaid by Rp224,999.50)",
    },
  ] as const)("$code of household $household", ({ household, amount, code, id, en }) => {
    expect(one(run([family({ id: household })], [pkhRow(amount)]), code).text).toEqual({ id, en });
  });

  it("says an eligible household's unpaid entitlement the way of each language", () => {
    // Paid for a period PKH does not have in 2025: tahap III is then due and unpaid.
    const found = one(run([family({ id: "Rp1.000" })], [pkhRow("825000", { period: "2025-07/08" })]), "audit.coverage.unpaid_eligible");
    expect(found.text.id).toContain("Rumah tangga Rp1.000 layak Program Keluarga Harapan (PKH)");
    expect(found.text.id).toContain("(haknya Rp825.000)");
    expect(found.text.en).toContain("Household Rp1.000 is eligible for Family Hope Program (PKH)");
    expect(found.text.en).toContain("(its entitlement is Rp825,000)");
  });
});

describe("the amount of a period", () => {
  it("PKH SD + elderly in tahap III of 2025: Rp 225,000 + Rp 600,000 = Rp 825,000 gives no finding", () => {
    expect(codes(run([family()], [pkhRow("825000")]))).toEqual([]);
  });

  it.each([
    { name: "Rp 900,000 is overpaid by Rp 75,000", amount: "900000", code: "audit.amount.overpaid", over: "75000", under: "0" },
    { name: "Rp 600,000 is underpaid by Rp 225,000", amount: "600000", code: "audit.amount.underpaid", over: "0", under: "225000" },
  ] as const)("$name", ({ amount, code, over, under }) => {
    const audit = run([family()], [pkhRow(amount)]);
    const found = one(audit, code);
    expect([found.paid?.toString(), found.expected?.toString()]).toEqual([amount, "825000"]);
    expect(found.rules.map((r) => r.code)).toEqual(["pkh.amount.sd", "pkh.amount.elderly", "pkh.calendar", "audit.basis.period_share"]);
    expect(found.rules[0]?.parameter?.source).toContain("tempo.co");
    expect([audit.summary.total.over.toString(), audit.summary.total.under.toString()]).toEqual([over, under]);
  });

  it("checks component by component, with the caps in the published priority order", () => {
    // Five candidates: a 1st pregnancy (wife), a toddler, an SD and an SMP pupil, the elderly
    // grandmother. Kept in priority order under the cap of 4: balita, SD, SMP, elderly (Rp 7,800,000 a
    // year, Rp 1,950,000 a tahap); the pregnancy is left out. A list that pays the pregnancy instead of
    // the SMP pupil is told so, in the program's own words.
    const household = family({
      members: [
        adult("head", "male", "1980-03-04", 1),
        adult("spouse", "female", "1990-06-10", 2, { pregnancy: "pregnant", pregnancyOrder: 1 }),
        child("male", "2016-01-20", 3, "sd"),
        child("female", "2012-05-05", 4, "smp"),
        child("male", "2023-02-02", 5),
        adult("parent", "female", "1950-02-02", 6),
      ],
    });
    const c = (component: string, serial: number, birthDate: string, sex: "male" | "female", amount: string) => ({ component, nik: nik(sex, birthDate, serial), amount });
    const right = [c("early_childhood", 5, "2023-02-02", "male", "750000"), c("sd", 3, "2016-01-20", "male", "225000"), c("smp", 4, "2012-05-05", "female", "375000"), c("elderly", 6, "1950-02-02", "female", "600000")];
    const mother = { nik: nik("female", "1990-06-10", 2) };
    expect(codes(run([household], [pkhRow("1950000", { ...mother, components: right })]))).toEqual([]);
    const wrong = [right[0]!, right[1]!, right[3]!, c("pregnancy", 2, "1990-06-10", "female", "750000")];
    const audit = run([household], [pkhRow("2325000", { ...mother, components: wrong })]);
    expect(codes(audit).sort()).toEqual(["audit.amount.component_not_due", "audit.amount.component_underpaid"]);
    const notDue = one(audit, "audit.amount.component_not_due");
    expect(notDue.text.en).toContain("at most 4 components per family, in priority order");
    expect(notDue.members.map((m) => m.index)).toEqual([1]);
    expect([notDue.paid?.toString(), notDue.expected?.toString()]).toEqual(["750000", "0"]);
    const missing = one(audit, "audit.amount.component_underpaid");
    expect([missing.paid?.toString(), missing.expected?.toString(), missing.members[0]?.index]).toEqual(["0", "375000", 3]);
    // The row's money is counted once: paid 2,325,000 against 1,950,000.
    expect(audit.summary.total.over.toString()).toBe("375000");
  });

  it("names the components due in the program's words, each with its member (not their codes)", () => {
    // Found in the CLI's Indonesian audit (session 44): "komponen yang menjadi hak pada periode ini:
    // sd (3), early_childhood (4)", an English code in an Indonesian sentence.
    const household = family({ members: [adult("head", "male", "1980-03-04", 1), adult("spouse", "female", "1984-06-10", 2), child("male", "2016-01-20", 3, "sd"), child("female", "2023-02-02", 4)] });
    const components = [{ component: "smp", nik: nik("female", "1984-06-10", 2), amount: "375000" }];
    const audit = run([household], [pkhRow("375000", { components })]);
    const notDue = one(audit, "audit.amount.component_not_due");
    expect(notDue.text.id).toContain("komponen yang menjadi hak pada periode ini: SD/MI untuk anggota ke-3, anak usia dini untuk anggota ke-4");
    expect(notDue.text.en).toContain("the components due for the period: primary (SD) for member 3, early childhood for member 4");
  });

  it.each([
    // Found in the CLI's Indonesian audit (session 45): "komponen smp untuk anggota ke-2", the list's
    // code in the sentence, after the components due had been worded. A code the program does not
    // word (an office's own) is shown as the list wrote it.
    {
      paid: [{ component: "smp", nik: nik("female", "1984-06-10", 2), amount: "375000" }],
      code: "audit.amount.component_not_due",
      id: "Baris 1: komponen SMP/MTs untuk anggota ke-2 dibayar Rp375.000, tetapi",
      en: "Row 1: component lower secondary (SMP) for member 2 was paid Rp375,000, but",
    },
    {
      paid: [{ component: "sd", nik: nik("male", "2016-01-20", 3), amount: "325000" }, { component: "elderly", nik: nik("female", "1950-02-02", 4), amount: "600000" }],
      code: "audit.amount.component_overpaid",
      id: "Baris 1: komponen SD/MI untuk anggota ke-3 dibayar Rp325.000, menurut aturan Rp225.000 untuk 2025-III",
      en: "Row 1: component primary (SD) for member 3 was paid Rp325,000; the rules give Rp225,000 for 2025-III",
    },
    {
      paid: [{ component: "sd", nik: nik("male", "2016-01-20", 3), amount: "225000" }],
      code: "audit.amount.component_underpaid",
      id: "Baris 1: komponen lanjut usia untuk anggota ke-4 dibayar Rp0, menurut aturan Rp600.000 untuk 2025-III",
      en: "Row 1: component elderly for member 4 was paid Rp0; the rules give Rp600,000 for 2025-III",
    },
    {
      paid: [{ component: "sd", nik: nik("male", "2016-01-20", 3), amount: "225000" }, { component: "elderly", nik: nik("female", "1950-02-02", 4), amount: "600000" }, { component: "tunjangan_kukar", amount: "100000" }],
      code: "audit.amount.component_not_due",
      id: "Baris 1: komponen tunjangan_kukar dibayar Rp100.000, tetapi",
      en: "Row 1: component tunjangan_kukar was paid Rp100,000, but",
    },
  ])("$code names the component paid in the program's words: $en", ({ paid, code, id, en }) => {
    const total = paid.reduce((sum, c) => sum + Number(c.amount), 0).toString();
    const found = one(run([family()], [pkhRow(total, { components: paid })]), code as AuditFindingCode);
    expect(found.text.id).toContain(id);
    expect(found.text.en).toContain(en);
  });

  it("a component paid for a member who died is not due, and says why", () => {
    const household = family({ members: [...family().members.slice(0, 3), adult("parent", "female", "1950-02-02", 4, { deathDate: "2025-07-20" })] });
    const components = [{ component: "sd", amount: "225000" }, { component: "elderly", nik: nik("female", "1950-02-02", 4), amount: "600000" }];
    const audit = run([household], [pkhRow("825000", { components })]);
    expect(codes(audit)).toEqual(["audit.amount.component_not_due"]);
    expect(audit.findings[0]?.text.en).toContain("member 4 died on 2025-07-20");
  });
});

describe("dated calendars and the date a payment is judged on", () => {
  const dtks = { dtks: { member: true, asOf: "2024-06-01" }, desil: undefined };
  const sma = () =>
    family({ ...dtks, members: [adult("head", "male", "1980-03-04", 1), adult("spouse", "female", "1984-06-10", 2), child("female", "2008-04-04", 3, "sma")] });

  it.each([
    { name: "PKH 2024 on KKS is paid every two months: 2024-07/08 is due Rp 333,333", period: "2024-07/08", channel: "kks", amount: "333333", found: [] },
    { name: "PKH 2024 on KKS has no tahap: 2024-III is outside the calendar", period: "2024-III", channel: "kks", amount: "500000", found: ["audit.amount.outside_calendar", "audit.coverage.unpaid_eligible"] },
    { name: "PKH 2024 through PT Pos is paid per tahap: 2024-III is due Rp 500,000", period: "2024-III", channel: "pos", amount: "500000", found: [] },
  ] as const)("$name", ({ period, channel, amount, found }) => {
    const audit = run([sma()], [pkhRow(amount, { period, channel, paidOn: "2024-08-20" })], "2024-08-31");
    expect(codes(audit)).toEqual(found);
  });

  it.each([
    // Found in the CLI's Indonesian audit (session 45): "… tahun 2025 lewat kks", the channel's code.
    { channel: "kks", period: "2024-III", id: "bukan periode pembayaran Program Keluarga Harapan (PKH) tahun 2024 lewat KKS", en: "payment period of 2024 through KKS" },
    { channel: "pos", period: "2024-07/08", id: "bukan periode pembayaran Program Keluarga Harapan (PKH) tahun 2024 lewat PT Pos", en: "payment period of 2024 through PT Pos" },
  ] as const)("a payment outside the calendar names the channel $channel by its name", ({ channel, period, id, en }) => {
    const found = one(run([sma()], [pkhRow("500000", { period, channel, paidOn: "2024-08-20" })], "2024-08-31"), "audit.amount.outside_calendar");
    expect(found.text.id).toContain(id);
    expect(found.text.en).toContain(en);
  });

  it.each([
    // Found in a real-use pass (session 46): the rule of a finding showed the calendar as JSON,
    // `pkh.calendar = {"kks":"tahap","pos":"tahap"}`, in both languages.
    {
      year: "2025", dtks: false, period: "2025-III", paidOn: "2025-08-14", asOf: "2025-09-30", amount: "900000", code: "audit.amount.overpaid",
      id: "pkh.calendar = lewat KKS per tahap (4 kali setahun); lewat PT Pos per tahap (4 kali setahun), berlaku 2025-01-01 (",
      en: "pkh.calendar = through KKS per tahap (4 times a year); through PT Pos per tahap (4 times a year), in force 2025-01-01 (",
    },
    {
      year: "2024", dtks: true, period: "2024-III", paidOn: "2024-08-20", asOf: "2024-08-31", amount: "500000", code: "audit.amount.outside_calendar",
      id: "pkh.calendar = lewat KKS per dua bulan (6 kali setahun); lewat PT Pos per tahap (4 kali setahun), berlaku 2024-01-01 (",
      en: "pkh.calendar = through KKS every two months (6 times a year); through PT Pos per tahap (4 times a year), in force 2024-01-01 (",
    },
  ] as const)("the calendar of $year in a finding's rules is worded by channel, not shown as JSON", ({ dtks: onDtks, period, paidOn, asOf, amount, code, id, en }) => {
    const found = one(run([onDtks ? sma() : family()], [pkhRow(amount, { period, paidOn })], asOf), code);
    const rule = found.rules.find((r) => r.code === "pkh.calendar");
    expect(rule?.parameter?.id).toBe("pkh.calendar");
    expect([rule?.text.id.slice(0, id.length), rule?.text.en.slice(0, en.length)]).toEqual([id, en]);
    expect(rule?.text.id).not.toContain("{");
  });

  it("a tahap paid late is judged on its last day; one paid early, on its first, and flagged", () => {
    const late = run([family()], [pkhRow("825000", { paidOn: "2025-10-20" })]);
    expect(codes(late)).toEqual([]);
    const early = run([family()], [pkhRow("825000", { paidOn: "2025-06-20" })]);
    expect(codes(early)).toEqual(["audit.amount.paid_before_period"]);
    expect(early.findings[0]?.date).toBe("2025-07-01");
  });

  it("a member born after the payment is not on the KK of that day", () => {
    const baby = child("female", "2025-08-30", 9);
    const audit = run([family({ members: [...family().members, baby] })], [pkhRow("825000")]);
    expect(codes(audit)).toEqual([]);
  });
});

describe("a finding's rules read as sentences, in both languages", () => {
  // Found in a real-use pass (session 47): a rule showed its amount as bare digits,
  // "sembako.amount_per_month = 200000", and the period's share named its calendar by an id,
  // "menurut jadwal pkh.calendar".
  const sembakoRow = (amount: string): PaymentInput => ({ ...pkhRow(amount), program: "sembako" });
  const ruleText = (audit: PaymentAudit, code: AuditFindingCode, rule: string) => one(audit, code).rules.find((r) => r.code === rule)?.text;

  it.each([
    { name: "Sembako's monthly amount", row: sembakoRow("700000"), rule: "sembako.amount_per_month", id: "sembako.amount_per_month = Rp200.000 per bulan, berlaku 2020-03-01 (", en: "sembako.amount_per_month = Rp200,000 per month, in force 2020-03-01 (" },
    { name: "PKH's yearly SD amount", row: pkhRow("900000"), rule: "pkh.amount.sd", id: "pkh.amount.sd = Rp900.000 per tahun, berlaku 2021-01-01 (", en: "pkh.amount.sd = Rp900,000 per year, in force 2021-01-01 (" },
    { name: "PKH's yearly elderly amount", row: pkhRow("900000"), rule: "pkh.amount.elderly", id: "pkh.amount.elderly = Rp2.400.000 per tahun, berlaku 2021-01-01 (", en: "pkh.amount.elderly = Rp2,400,000 per year, in force 2021-01-01 (" },
  ] as const)("$name is written as Rupiah with its unit in words", ({ row, rule, id, en }) => {
    const text = ruleText(run([family()], [row]), "audit.amount.overpaid", rule);
    expect([text?.id.slice(0, id.length), text?.en.slice(0, en.length)]).toEqual([id, en]);
  });

  it.each([
    { unit: "IDR/family/month", id: "Rp200.000 per keluarga per bulan", en: "Rp200,000 per family per month" },
    { unit: "IDR/person/month", id: "Rp200.000 per orang per bulan", en: "Rp200,000 per person per month" },
    { unit: "IDR/fortnight", id: "Rp200.000 (IDR/fortnight)", en: "Rp200,000 (IDR/fortnight)" },
  ] as const)("an office's parameter in $unit is worded by its own unit", ({ unit, id, en }) => {
    const set = defaultParameters();
    const parameters = overrideParameters(set, { "sembako.amount_per_month": { ...set["sembako.amount_per_month"]!, unit } });
    const audit = auditPayments(parseAll([family()]), parseRows([sembakoRow("700000")]), { asOf: "2025-09-30", parameters });
    const text = ruleText(audit, "audit.amount.overpaid", "sembako.amount_per_month");
    expect([text?.id, text?.en]).toEqual([expect.stringContaining(` = ${id}, berlaku`), expect.stringContaining(` = ${en}, in force`)]);
  });

  it.each([
    { name: "an amount the program does not pay then (null)", value: null, unit: "IDR/year", id: "tidak dibayarkan", en: "not paid" },
    { name: "another null", value: null, unit: "program ids", id: "tidak ada", en: "none" },
    { name: "a count", value: 4, unit: "components", id: "4", en: "4" },
    { name: "a number with a fraction", value: 7.2, unit: "m2/person", id: "7,2", en: "7.2" },
    { name: "a desil range", value: { min: 1, max: 4 }, unit: "desil", id: "1–4", en: "1–4" },
    { name: "a yes/no", value: true, unit: "flag", id: "ya", en: "yes" },
    { name: "a list of program ids", value: ["pena", "kube"], unit: "program ids", id: "pena, kube", en: "pena, kube" },
    { name: "an amount with cents", value: "2981378.72", unit: "IDR/month", id: "Rp2.981.378,72 per bulan", en: "Rp2,981,378.72 per month" },
  ] as const)("$name is worded, never shown as JSON or null, and its dates in words (not masked as a NIK)", ({ value, unit, id, en }) => {
    const rule = parameterRule({ id: "x.value", value, from: "2021-01-01", to: "2025-12-31", source: "S" }, unit);
    expect(rule.text).toEqual({ id: `x.value = ${id}, berlaku 2021-01-01 sampai dengan 2025-12-31 (S)`, en: `x.value = ${en}, in force 2021-01-01 through 2025-12-31 (S)` });
    expect(rule.parameter?.value).toEqual(value);
  });

  it.each([
    {
      name: "PKH through KKS", row: pkhRow("900000"),
      id: "Jumlah per periode: jumlah setahun Program Keluarga Harapan (PKH) dibagi menurut jadwal pembayarannya, lewat KKS per tahap (4 kali setahun), dalam rupiah utuh yang berjumlah tepat",
      en: "Amount per period: the year's amount of Family Hope Program (PKH) split per its payment calendar, through KKS per tahap (4 times a year), in whole rupiah that add up exactly",
    },
    {
      name: "Sembako through PT Pos", row: { ...sembakoRow("700000"), channel: "pos" },
      id: "Jumlah per periode: jumlah setahun Program Sembako (BPNT) dibagi menurut jadwal pembayarannya, lewat PT Pos per tahap (4 kali setahun), dalam rupiah utuh yang berjumlah tepat",
      en: "Amount per period: the year's amount of Staple-food program (Sembako/BPNT) split per its payment calendar, through PT Pos per tahap (4 times a year), in whole rupiah that add up exactly",
    },
  ] as const)("the period's share names the program and its calendar in words: $name", ({ row, id, en }) => {
    const found = one(run([family()], [row]), "audit.amount.overpaid");
    const rule = found.rules.find((r) => r.code === "audit.basis.period_share");
    expect(rule?.text).toEqual({ id, en });
    expect(found.rules.map((r) => r.code)).toContain(`${row.program}.calendar`);
  });
});
