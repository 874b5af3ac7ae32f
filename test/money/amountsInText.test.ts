import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  assessPovertyCriteria,
  bsps,
  createAssessor,
  formatBenefitLine,
  formatCheck,
  formatCheckValue,
  parseRupiah,
  pena,
  rupiah,
  sembako,
  type BenefitLine,
  type Check,
  type Household,
  type Language,
} from "../../src/index.js";
import { allocateBudget, fillByPriority } from "../../src/allocate/index.js";
import { simulate } from "../../src/simulate/index.js";
import { Decimal } from "../../src/money/decimal.js";
import { shownAmount } from "../../src/money/_shownAmount.js";
import { aHousehold, aPerson, fixture } from "../fixtures/index.js";
import { AS_OF, household as simulated } from "../simulate/_helpers.js";

// An amount in a message is written for the message's language when the message is built:
// `Rp3.579.313,77` in Bahasa Indonesia, `Rp3,579,313.77` in English (where a dot reads as a decimal
// point). Found in review: English text was made by rewriting the whole rendered sentence, so the
// household's own text in it (an id, a program or place name an office typed: "Rp1.000",
// "KK-Rp2.500") was rewritten too. Nothing rewrites a finished sentence now: these texts carry their
// own text unchanged in both languages, and their amounts the way of each language.

const LANGS: readonly Language[] = ["id", "en"];

describe("a check's sentence", () => {
  // A check read back from JSON, with an app's own message: the office's text stays as typed.
  const messages = { "app.limit": { id: "{program}: paling banyak {expected}, tercatat {received}", en: "{program}: at most {expected}, recorded {received}" } };
  const check: Check = { code: "app.limit", status: "failed", expected: { rupiah: "3579313.77" }, received: "Rp1.000", values: { program: "KK-Rp2.500" } };

  it.each([
    { lang: "id", text: "KK-Rp2.500: paling banyak Rp3.579.313,77, tercatat Rp1.000 — tidak terpenuhi" },
    { lang: "en", text: "KK-Rp2.500: at most Rp3,579,313.77, recorded Rp1.000 — not met" },
  ] as const)("keeps the household's text and writes the amount the $lang way", ({ lang, text }) => {
    expect(formatCheck(check, lang, { messages })).toBe(text);
  });

  it.each([
    { value: { rupiah: "3579313.77" }, id: "Rp3.579.313,77", en: "Rp3,579,313.77" },
    { value: { rupiah: "900000" }, id: "Rp900.000", en: "Rp900,000" },
    { value: { rupiah: "0" }, id: "Rp0", en: "Rp0" },
    { value: { rupiah: "-1000.5" }, id: "-Rp1.000,50", en: "-Rp1,000.50" },
    // Read back from untrusted JSON: never a throw, never the raw object.
    { value: { rupiah: "Rp1.000" }, id: "–", en: "–" },
    { value: { rupiah: {} } as never, id: "–", en: "–" },
  ])("writes $value.rupiah as $id / $en", ({ value, id, en }) => {
    expect([formatCheckValue(value, "id"), formatCheckValue(value, "en")]).toEqual([id, en]);
  });
});

describe("the program checks with an amount", () => {
  const farmer = (income: string) => aPerson({ employerCategory: "farmer", disability: "none", monthlyIncome: income });
  const desil = { value: 2, asOf: "2025-06-01" };
  // Each amount as [Bahasa Indonesia, English].
  it.each([
    { code: "bsps.income_within_limit", program: bsps, household: { id: "Rp1.000", desil, currentAid: [], members: [farmer("3600000.5")] }, inputs: {}, expected: { rupiah: "3579313.77" }, received: { rupiah: "3600000.5" }, amounts: [["Rp3.579.313,77", "Rp3,579,313.77"], ["Rp3.600.000,50", "Rp3,600,000.50"]] },
    { code: "pena.grant_within_ceiling", program: pena, household: { id: "KK-Rp2.500", desil, currentAid: [{ program: "pkh", since: "2021-01-01" }], members: [farmer("0")] }, inputs: { exitCommitment: true, penaGrantAmount: "2400000" }, expected: { rupiah: "6000000" }, received: { rupiah: "2400000" }, amounts: [["Rp6.000.000", "Rp6,000,000"], ["Rp2.400.000", "Rp2,400,000"]] },
    // The UMK of Kutai Kartanegara, 2025.
    { code: "sembako.income_within_umk", program: sembako, household: { id: "Rp1.000", desil, members: [farmer("9000000")] }, inputs: {}, expected: { rupiah: "3766379.19" }, received: [1], amounts: [["Rp3.766.379,19", "Rp3,766,379.19"]] },
  ])("$code: the amounts are data, written for each language", ({ code, program, household, inputs, expected, received, amounts }) => {
    const check = assessHousehold(aHousehold(household), { asOf: "2025-07-01", programs: [program], inputs }).programs[0]?.checks.find((c) => c.code === code) as Check;
    expect([check.expected, check.received]).toEqual([expected, received]);
    const text = { id: formatCheck(check, "id"), en: formatCheck(check, "en") };
    for (const [id, en] of amounts) {
      expect(text.id).toContain(id);
      expect(text.en).toContain(en);
    }
    expect(text.en.match(/Rp\d{1,3}\.\d{3}/g)).toBeNull();
  });
});

describe("the poverty criteria's reasons", () => {
  it.each([
    { income: "450000", savings: "300000.5", id: ["Rp450.000", "Rp600.000", "Rp300.000,50", "Rp500.000"], en: ["Rp450,000", "Rp600,000", "Rp300,000.50", "Rp500,000"] },
    { income: "1250000.75", savings: "2000000", id: ["Rp1.250.000,75", "Rp600.000", "Rp2.000.000", "Rp500.000"], en: ["Rp1,250,000.75", "Rp600,000", "Rp2,000,000", "Rp500,000"] },
  ])("income Rp $income, savings Rp $savings", ({ income, savings, id, en }) => {
    const household = aHousehold({
      id: "Rp1.000",
      members: [aPerson({ employerCategory: "self-employed", monthlyIncome: income })],
      assets: { savingsAndSellableGoods: savings },
    });
    const reasons = assessPovertyCriteria(household).criteria.filter((c) => c.code === "household.poor14.head_income" || c.code === "household.poor14.savings").map((c) => c.reason);
    expect(reasons).toHaveLength(2);
    expect(reasons.map((r) => r.id).join(" | ")).toSatisfy((text: string) => id.every((a) => text.includes(a)));
    expect(reasons.map((r) => r.en).join(" | ")).toSatisfy((text: string) => en.every((a) => text.includes(a)));
  });
});

describe("a simulation's warnings", () => {
  it.each([
    { lang: "id", line: 833_955, text: "Garis kemiskinan cadangan Rp833.955 dipakai (bukan garis kabupaten/kota sendiri) untuk: 64.02 Desa Rp1.000" },
    { lang: "en", line: 833_955, text: "The fallback poverty line Rp833,955 is used (not the regency's own line) for: 64.02 Desa Rp1.000" },
    { lang: "en", line: "833955.5", text: "The fallback poverty line Rp833,955.50 is used (not the regency's own line) for: 64.02 Desa Rp1.000" },
  ] as const)("$lang, line $line: the office's regency name as typed", ({ lang, line, text }) => {
    const result = simulate([simulated({ id: "Rp1.000", regency: "64.02", size: 2, consumption: 1_000_000, desil: 1 })], {
      asOf: AS_OF,
      scenario: { name: "none", programs: [] },
      povertyLines: {},
      fallbackLine: line,
      regionNames: { "64.02": "Desa Rp1.000" },
      mpi: false,
    });
    expect(result.warnings.find((w) => w.code === "simulate.warn.fallback_line")?.message[lang]).toBe(text);
  });
});

describe("filling by priority", () => {
  const ranked = [
    { id: "Rp1.000", rank: 1 },
    { id: "KK-Rp2.500", rank: 2 },
  ];

  it.each([
    {
      cost: "1200000",
      id: "1 dari 2 rumah tangga didanai, total biaya Rp1.200.000; KK-Rp2.500 (peringkat 2) tidak didanai: sisa Rp300.000 kurang dari biayanya Rp1.200.000",
      en: "1 of 2 households funded, total cost Rp1,200,000; KK-Rp2.500 (rank 2) is not funded: remaining Rp300,000 is less than its cost Rp1,200,000",
    },
    {
      cost: "1000000.25",
      id: "1 dari 2 rumah tangga didanai, total biaya Rp1.000.000,25; KK-Rp2.500 (peringkat 2) tidak didanai: sisa Rp499.999,75 kurang dari biayanya Rp1.000.000,25",
      en: "1 of 2 households funded, total cost Rp1,000,000.25; KK-Rp2.500 (rank 2) is not funded: remaining Rp499,999.75 is less than its cost Rp1,000,000.25",
    },
  ])("cost Rp $cost", ({ cost, id, en }) => {
    const fill = fillByPriority(ranked, { budget: "1500000", cost });
    expect(fill.summary).toEqual({ id, en });
  });
});

describe("allocateBudget's note on the leftover units", () => {
  it.each([
    { unit: 1000, id: "(Rp1.000)", en: "(Rp1,000)" },
    { unit: "2500000", id: "(Rp2.500.000)", en: "(Rp2,500,000)" },
    { unit: "0.5", id: "(Rp0,5)", en: "(Rp0.5)" },
  ])("unit Rp $unit", ({ unit, id, en }) => {
    const { note } = allocateBudget("100000000", [1, 2, 3], { unit });
    expect([note.id, note.en]).toEqual([expect.stringContaining(id), expect.stringContaining(en)]);
  });
});

describe("a benefit line's sentence", () => {
  // Found in review: a line's values held Indonesian text, so an English sentence said Rp200.000
  // (two hundred). Its amounts are data now ({ rupiah }), written for each language.
  const lines = assessHousehold(fixture("kukar-01"), { asOf: "2025-07-01", inputs: { exitCommitment: true, penaGrantAmount: "2400000.5" } }).programs.flatMap((p) => p.benefit?.lines ?? []);

  it.each([
    { code: "sembako.benefit", values: { monthly: { rupiah: "200000" } }, id: "Bantuan pangan Rp200.000 per bulan per keluarga", en: "Staple-food assistance of Rp200,000 a month per family" },
    { code: "pbi_jkn.premium", values: { monthly: { rupiah: "42000" } }, id: "Iuran JKN anggota ke-1: Rp42.000 per bulan dibayar pemerintah", en: "JKN premium of member 1: Rp42,000 a month paid by the government" },
    {
      code: "pena.grant",
      values: { amount: { rupiah: "2400000.5" }, ceiling: { rupiah: "6000000" } },
      id: "Modal usaha PENA yang diputuskan untuk keluarga ini: Rp2.400.000,50 (batas Rp6.000.000)",
      en: "PENA business grant decided for this family: Rp2,400,000.50 (ceiling Rp6,000,000)",
    },
    {
      code: "kube.member_grant",
      values: { amount: { rupiah: "2000000" } },
      id: "Modal usaha KUBE untuk keluarga ini: Rp2.000.000 (per keluarga anggota; kelompok menerima Rp2.000.000 × jumlah anggotanya)",
      en: "KUBE business capital for this family: Rp2,000,000 (per member family; the group receives Rp2,000,000 × its members)",
    },
    { code: "rutilahu.repair", values: { amount: { rupiah: "20000000" } }, id: "Bantuan rehabilitasi satu unit rumah (Kemensos): Rp20.000.000", en: "Repair of one house unit (Kemensos): Rp20,000,000" },
  ])("$code: the amounts are data, written for each language", ({ code, values, id, en }) => {
    const line = lines.find((l) => l.code === code) as BenefitLine;
    expect(line.values).toEqual(values);
    // Read back from JSON, the same sentences.
    for (const shown of [line, JSON.parse(JSON.stringify(line)) as BenefitLine]) expect([formatBenefitLine(shown), formatBenefitLine(shown, "en")]).toEqual([id, en]);
  });

  it.each([
    { values: { amount: { rupiah: "2400000" }, place: "Rp1.000" }, id: "Rp1.000: Rp2.400.000 untuk anggota ke-2", en: "Rp1.000: Rp2,400,000 for member 2" },
    // Read back from untrusted JSON: never a throw, never the raw object.
    { values: { amount: { rupiah: "Rp1.000" }, place: "KK-Rp2.500" }, id: "KK-Rp2.500: – untuk anggota ke-2", en: "KK-Rp2.500: – for member 2" },
  ])("an app's own line, its message given: $values.amount.rupiah", ({ values, id, en }) => {
    const messages = { "app.top_up": { id: "{place}: {amount} untuk anggota ke-{person}", en: "{place}: {amount} for member {person}" } };
    const line: BenefitLine = { code: "app.top_up", member: 1, amount: rupiah(2_400_000), values };
    expect([formatBenefitLine(line, "id", { messages }), formatBenefitLine(line, "en", { messages })]).toEqual([id, en]);
  });
});

describe("an amount kept as data is shared, so it cannot be changed", () => {
  // Found in review: one `{ rupiah }` object is made per parameter value and shared by every
  // household an assessor reads it for (as the text it replaced was); unfrozen, a caller changing
  // one household's line or check changed every other household's too.
  const assessor = createAssessor({ asOf: "2025-07-01" });
  const assess = (household: Household) => assessor(household, { exitCommitment: true, penaGrantAmount: "2400000.5" });
  const line = (code: string) => (r: ReturnType<typeof assess>) => r.programs.flatMap((p) => p.benefit?.lines ?? []).find((l) => l.code === code)?.values;
  it.each([
    { name: "Sembako's monthly amount", read: (r: ReturnType<typeof assess>) => line("sembako.benefit")(r)?.monthly },
    { name: "PENA's ceiling in its line", read: (r: ReturnType<typeof assess>) => line("pena.grant")(r)?.ceiling },
  ])("$name", ({ read }) => {
    const first = read(assess(fixture("kukar-01")));
    const second = read(assess(fixture("kukar-01")));
    expect(first).toMatchObject({ rupiah: expect.any(String) });
    expect(first).toEqual(second);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { rupiah: string }).rupiah = "1";
    }).toThrow(TypeError);
    expect(second).not.toEqual({ rupiah: "1" });
  });
});

describe("allocateBudget's errors", () => {
  it.each([
    { run: () => allocateBudget("-5000.5", [1]), id: "Total anggaran tidak boleh negatif: -Rp5.000,5", en: "The budget total must not be negative: -Rp5,000.5" },
    { run: () => allocateBudget(5, [1], { unit: "-1000" }), id: "Satuan anggaran harus lebih dari Rp0, bukan -Rp1.000", en: "The budget unit must be more than Rp0, not -Rp1,000" },
    { run: () => allocateBudget(1500, [1], { unit: 1000 }), id: "total (Rp1.500) bukan kelipatan satuan Rp1.000", en: "total (Rp1,500) is not a multiple of the unit Rp1,000" },
    { run: () => allocateBudget("1000000.5", [1], { unit: "0.7" }), id: "total (Rp1.000.000,5) bukan kelipatan satuan Rp0,7", en: "total (Rp1,000,000.5) is not a multiple of the unit Rp0.7" },
    { run: () => allocateBudget(2_000_000, [1, 1], { unit: 1000, min: [0, 1500] }), id: "min[1] (Rp1.500) bukan kelipatan satuan Rp1.000", en: "min[1] (Rp1,500) is not a multiple of the unit Rp1,000" },
    {
      run: () => allocateBudget(1_000_000, [1, 1], { min: 600_000 }),
      id: "Tidak layak: jumlah batas bawah (Rp1.200.000) melebihi total anggaran (Rp1.000.000)",
      en: "Infeasible: the floors add up to Rp1,200,000, more than the budget of Rp1,000,000",
    },
    {
      run: () => allocateBudget(1_000_000, [1, 1], { max: 400_000 }),
      id: "Tidak layak: jumlah batas atas (Rp800.000) kurang dari total anggaran (Rp1.000.000)",
      en: "Infeasible: the caps add up to Rp800,000, less than the budget of Rp1,000,000",
    },
    { run: () => allocateBudget(1_000_000, [1, 1], { min: [500_000, 0], max: [400_000, null] }), id: "Bagian ke-0: batas bawah Rp500.000 melebihi batas atas Rp400.000", en: "Share 0: the floor Rp500,000 exceeds the cap Rp400,000" },
    {
      run: () => allocateBudget(1_000_000, [0, 0]),
      id: "Semua bobot bagian bernilai nol; sisa anggaran Rp1.000.000 di atas batas bawah tidak dapat dibagi",
      en: "All shares are zero; the Rp1,000,000 above the floors cannot be split",
    },
    { run: () => allocateBudget(1_000_000, []), id: "Tidak ada bagian untuk menerima anggaran Rp1.000.000", en: "There are no shares to receive the budget of Rp1,000,000" },
  ])("$en", ({ run, id, en }) => {
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e as { text: unknown; issues: readonly { message: unknown }[] };
      }
      throw new Error("no error");
    })();
    expect(error.text).toEqual({ id, en });
    for (const issue of error.issues) expect(issue.message).toEqual({ id, en });
  });
});

describe("an amount in English reads as the same amount as in Bahasa Indonesia", () => {
  const amount = fc.oneof(
    fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }).map(String),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 99 })).map(([n, c]) => `${n}.${String(c).padStart(2, "0")}`),
  );

  it("strips to the same value (English: drop Rp and the commas) as parseRupiah reads the Indonesian", () => {
    fc.assert(
      fc.property(amount, (text) => {
        const value = rupiah(text);
        const [id, en] = LANGS.map((lang) => shownAmount(value, lang));
        const fromEnglish = new Decimal((en as string).replace("Rp", "").replace(/,/g, ""));
        expect(fromEnglish.equals(parseRupiah(id as string).decimal)).toBe(true);
        expect(fromEnglish.equals(value.decimal)).toBe(true);
        // The public way to the same texts: a check's amount value.
        expect([formatCheckValue({ rupiah: text }, "id"), formatCheckValue({ rupiah: text }, "en")]).toEqual([id, en]);
      }),
      { numRuns: 500 },
    );
  });
});
