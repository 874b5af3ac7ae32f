import { describe, expect, it } from "vitest";
import {
  PROGRAMS,
  TepatSasaranError,
  all,
  assessHousehold,
  buildBenefitSchedule,
  check,
  createAssessor,
  defaultParameters,
  defineProgram,
  desilCurrentCheck,
  desilInRangeCheck,
  explainAssessment,
  formatCheck,
  outcome,
  overrideParameters,
  pkh,
  programById,
  programCatalogue,
  rupiah,
  sembako,
  sumRupiah,
  type BenefitLine,
  type DatedParameter,
  type ProgramContext,
} from "../../src/index.js";
import { aHousehold, allFixtures, fixture, FIXTURE_AS_OF } from "../fixtures/index.js";

const AS_OF = FIXTURE_AS_OF; // 2025-07-01

describe("assessHousehold", () => {
  const kukar = fixture("kukar-01");
  const result = assessHousehold(kukar, { asOf: AS_OF });

  it("assesses every catalogue program, in order", () => {
    expect(result.programs.map((p) => p.program)).toEqual(PROGRAMS.map((p) => p.id));
    expect(result.eligible).toEqual(["pkh", "sembako", "pbi_jkn", "pip", "kube", "rutilahu", "air_sanitasi"]);
  });

  it("pays PKH in four equal tahap that add up to the yearly total", () => {
    // Toddler 3,000,000 + SD pupil 900,000 + grandmother (72) 2,400,000; the mother's third
    // pregnancy is not paid (only the 1st and 2nd: palpres.disway.id/amp/654049, 2023).
    const benefit = result.programs[0]?.benefit;
    expect(benefit?.total.toString()).toBe("6300000");
    expect(benefit?.periods.map((p) => [p.label, p.start, p.end, p.amount.toString()])).toEqual([
      ["2025-I", "2025-01-01", "2025-03-31", "1575000"],
      ["2025-II", "2025-04-01", "2025-06-30", "1575000"],
      ["2025-III", "2025-07-01", "2025-09-30", "1575000"],
      ["2025-IV", "2025-10-01", "2025-12-31", "1575000"],
    ]);
    expect(benefit?.lines.map((l) => [l.code, l.member, l.amount.toString()])).toEqual([
      ["pkh.component.early_childhood", 2, "3000000"],
      ["pkh.component.sd", 3, "900000"],
      ["pkh.component.elderly", 4, "2400000"],
      ["pkh.capped.pregnancy", 1, "0"],
    ]);
    expect([benefit?.channel, benefit?.calendar?.id]).toEqual(["kks", "pkh.calendar"]);
  });

  it("pays Sembako by quarter in 2025 and PBI-JKN by month", () => {
    // Sembako 2025: Rp 600,000 per quarter, tahap 1 January–March (poskota.co.id 2025-03-08).
    const sembakoBenefit = result.programs[1]?.benefit;
    expect(sembakoBenefit?.periods.map((p) => [p.label, p.amount.toString()])).toEqual([
      ["2025-I", "600000"],
      ["2025-II", "600000"],
      ["2025-III", "600000"],
      ["2025-IV", "600000"],
    ]);
    const pbi = result.programs[2]?.benefit;
    expect(pbi?.periods.map((p) => p.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`));
    expect(pbi?.periods[1]?.end).toBe("2025-02-28");
    expect(pbi?.total.toString()).toBe("2520000"); // 5 members × 42,000 × 12
  });

  it("summarises by approach, with shares of the cash total", () => {
    const by = Object.fromEntries(result.byApproach.map((a) => [a.approach, [a.total.toString(), a.programs]]));
    expect(by).toEqual({
      "reduce-expenditure": ["11670000", ["pkh", "sembako", "pbi_jkn", "pip"]],
      "raise-income": ["2000000", ["kube"]],
      "improve-settlement": ["20000000", ["rutilahu", "air_sanitasi"]],
      education: ["0", []],
    });
    expect(result.total.toString()).toBe("33670000");
    expect(result.byApproach.reduce((s, a) => s + a.share, 0)).toBeCloseTo(1, 12);
  });

  it("serialises amounts as decimal strings", () => {
    const json = JSON.parse(JSON.stringify(result)) as { total: unknown; programs: { benefit?: { periods: { amount: unknown }[] } }[] };
    expect(json.total).toBe("33670000");
    expect(json.programs[0]?.benefit?.periods[0]?.amount).toBe("1575000");
  });

  it("explains itself in both languages, without any NIK", () => {
    const text = explainAssessment(result.programs[0] as (typeof result.programs)[number], "en");
    expect(text.split("\n")[0]).toBe("Family Hope Program (PKH) on 2025-07-01: eligible");
    expect(text).toContain("DTSEN desil must be 1–4, is 1 — met [pkh.desil_range, 2025-02-05: [M] Kepmensos 79/HUK/2025");
    for (const { household } of allFixtures()) {
      for (const a of assessHousehold(household, { asOf: AS_OF }).programs) {
        for (const lang of ["id", "en"] as const) expect(explainAssessment(a, lang)).not.toMatch(/\d{16}/);
      }
    }
  });

  it("names the nearest way to yes", () => {
    const a = assessHousehold(aHousehold({ desil: { value: 5, asOf: "2025-06-01" }, members: [{ sex: "female", birthDate: "1950-01-01", relationship: "head", employerCategory: "none", disability: "none" }] }), {
      asOf: AS_OF,
      programs: [pkh],
    }).programs[0];
    expect(a?.nearest?.map((c) => formatCheck(c, "en"))).toEqual(["DTSEN desil must be 1–4, is 5 — not met"]);
  });

  it("formats checks read back from JSON with the program catalogue", () => {
    const check = JSON.parse(JSON.stringify(result.programs[0]?.checks[1]));
    expect(formatCheck(check, "id", { messages: programCatalogue() })).toBe("Desil DTSEN harus 1–4, tercatat 1 — terpenuhi");
  });

  it("can skip the benefit schedules", () => {
    const quick = createAssessor({ asOf: AS_OF, benefits: false })(kukar);
    expect(quick.eligible).toEqual(result.eligible);
    expect(quick.programs.every((p) => p.benefit === undefined)).toBe(true);
    expect(quick.total.toString()).toBe("0");
  });
});

describe("parameter overrides", () => {
  // A Paser farmer's household whose only candidate is the parent born 1960-01-05: 65 on 2025-07-01.
  const paser = aHousehold({
    regency: "64.01",
    desil: { value: 3, asOf: "2025-06-01" },
    members: [
      { sex: "male", birthDate: "1975-02-14", relationship: "head", employerCategory: "farmer", monthlyIncome: "1500000", disability: "none" },
      { sex: "male", birthDate: "1960-01-05", relationship: "parent", employerCategory: "none", disability: "none" },
    ],
  });
  const component = (parameters: ReturnType<typeof defaultParameters>) =>
    assessHousehold(paser, { asOf: AS_OF, programs: [pkh], parameters }).programs[0]?.checks.find((c) => c.code === "pkh.has_component")?.status;

  it.each([
    // Elderly 70+ by default (Kemensos criteria; Bupati of Kutai Kartanegara 2023), 60 as an office's override.
    { name: "the default elderly age 70 does not count a 65-year-old", threshold: undefined, status: "failed" },
    { name: "an office's statutory 60 reading does", threshold: 60, status: "passed" },
  ])("$name", ({ threshold, status }) => {
    const parameters =
      threshold === undefined
        ? defaultParameters()
        : overrideParameters(defaultParameters(), {
            "pkh.elderly_min_age": [{ from: "2021-01-01", value: threshold, source: "UU 13/1998 lanjut usia 60+ [M]" }],
          });
    expect(component(parameters)).toBe(status);
  });

  it("refuses an unknown parameter id", () => {
    expect(() => overrideParameters(defaultParameters(), { "pkh.nope": [] })).toThrowError(/time.parameter_unknown/);
  });

  it("reports a gap in an amount as undetermined with its reason, not a silent zero (nor a throw)", () => {
    const parameters = overrideParameters(defaultParameters(), {
      "pkh.amount.elderly": [{ from: "2021-01-01", to: "2024-12-31", value: "2400000", source: "ended for the test" }],
    });
    const household = fixture("kukar-01"); // grandmother of 72
    const result = assessHousehold(household, { asOf: AS_OF, programs: [pkh], parameters }).programs[0];
    expect(result?.status).toBe("undetermined");
    expect(result?.benefit).toBeUndefined();
    expect(result?.nearest?.map((c) => [c.code, c.values?.parameter, c.values?.months])).toEqual([["rule.benefit_in_force", "pkh.amount.elderly", "2025-01–2025-12"]]);
  });
});

// An app's own program from the same building blocks: Dinsos Kukar's local top-up of Rp 200,000 a
// month for neglected elderly people (samasisi.com [M]), "neglected" being the app's own input.
const kukarParameters: DatedParameter[] = [
  {
    id: "kukar_lansia.desil_range",
    description: "Desil range of the Kukar elderly top-up",
    unit: "desil",
    values: [{ from: "2025-01-01", value: { min: 1, max: 4 }, source: "Dinsos Kukar local policy (example)" }],
  },
  {
    id: "kukar_lansia.amount_per_month",
    description: "Kukar top-up per neglected elderly person per month",
    unit: "IDR/person/month",
    values: [{ from: "2024-01-01", value: "200000", source: "Dinsos Kukar (samasisi.com) [M]" }],
  },
];

const kukarMessages = {
  "kukar_lansia.neglected_elder": {
    id: "Paling sedikit satu lansia ≥ 60 tahun terlantar; tercatat: {received}",
    en: "At least one neglected elderly member aged 60+; found: {received}",
  },
  "kukar_lansia.top_up": { id: "Tambahan lansia terlantar (anggota ke-{person})", en: "Neglected-elderly top-up (member {person})" },
};

function neglectedElders(ctx: ProgramContext): number[] {
  const flagged = (ctx.inputs.neglected as readonly number[] | undefined) ?? [];
  return flagged.filter((i) => (ctx.facts.ages[i] ?? 0) >= 60);
}

const kukarTopUp = defineProgram({
  id: "kukar_lansia",
  name: { id: "Tambahan Lansia Terlantar Kukar", en: "Kukar neglected-elderly top-up" },
  approach: "reduce-expenditure",
  parameters: [...(pkh.parameters.filter((p) => p.id === "dtsen.desil_max_age_months") as DatedParameter[]), ...kukarParameters],
  rule: all(
    desilCurrentCheck("kukar_lansia"),
    desilInRangeCheck("kukar_lansia"),
    check<ProgramContext>({
      code: "kukar_lansia.neglected_elder",
      message: kukarMessages["kukar_lansia.neglected_elder"],
      evaluate: (ctx) => {
        const elders = neglectedElders(ctx);
        return outcome(ctx.inputs.neglected === undefined ? undefined : elders.length > 0, { min: 1 }, elders.map((i) => i + 1), { field: "neglected" });
      },
    }),
  ),
  messages: { "kukar_lansia.top_up": kukarMessages["kukar_lansia.top_up"] },
  benefit(_household, context) {
    const monthly = rupiah(context.parameters.get("kukar_lansia.amount_per_month")?.value as string);
    const lines: BenefitLine[] = neglectedElders(context).map((member) => ({ code: "kukar_lansia.top_up", member, amount: monthly.times(12) }));
    return buildBenefitSchedule({ program: "kukar_lansia", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf, lines });
  },
});

describe("an app's own program", () => {
  const elder = fixture("kukar-02"); // woman of 77 living alone, desil 1

  it("is assessed next to the catalogue, its parameters added to an overridden set", () => {
    const parameters = overrideParameters(defaultParameters(), {
      "sembako.desil_range": [{ from: "2025-02-05", value: { min: 1, max: 4 }, source: "Kukar choice [L]" }],
    });
    const result = assessHousehold(elder, { asOf: AS_OF, programs: [...PROGRAMS, kukarTopUp], parameters, inputs: { neglected: [0] } });
    const topUp = result.programs.find((p) => p.program === "kukar_lansia");
    expect(topUp?.eligible).toBe(true);
    expect(topUp?.benefit?.total.toString()).toBe("2400000");
    expect(topUp?.benefit?.periods.every((p) => p.amount.toString() === "200000")).toBe(true);
    expect(result.byApproach[0]?.programs).toContain("kukar_lansia");
    expect(explainAssessment(topUp as NonNullable<typeof topUp>, "en")).toContain("At least one neglected elderly member aged 60+; found: 1 — met");
  });

  it("is undetermined without the app's input", () => {
    const topUp = assessHousehold(elder, { asOf: AS_OF, programs: [kukarTopUp] }).programs[0];
    expect(topUp?.status).toBe("undetermined");
  });

  it("refuses codes that do not carry its id, and bad ids", () => {
    const foreign = check<ProgramContext>({ code: "pkh.stray", message: { id: "x", en: "x" }, evaluate: () => outcome(true, true, true) });
    expect(() => defineProgram({ ...kukarTopUp, rule: all(foreign) })).toThrowError(/program.foreign_code/);
    expect(() => defineProgram({ ...kukarTopUp, id: "Kukar Lansia" })).toThrowError(/program.bad_id/);
  });

  it("refuses a program listed twice", () => {
    expect(() => createAssessor({ asOf: AS_OF, programs: [pkh, sembako, pkh] })).toThrowError(TepatSasaranError);
  });
});

describe("catalogue lookups", () => {
  it("finds a program by id", () => {
    expect(programById("sembako")).toBe(sembako);
    expect(() => programById("blt")).toThrowError(/program.unknown_program/);
  });
});

describe("benefit schedules", () => {
  it.each([
    { frequency: "tahap" as const, total: "3000001", periods: ["750001", "750000", "750000", "750000"] },
    { frequency: "month" as const, total: "100", periods: ["9", "9", "9", "9", "8", "8", "8", "8", "8", "8", "8", "8"] },
    { frequency: "year" as const, total: "450000", periods: ["450000"] },
    { frequency: "once" as const, total: "20000000", periods: ["20000000"] },
  ])("splits $total per $frequency exactly", ({ frequency, total, periods }) => {
    const s = buildBenefitSchedule({ program: "x", approach: "reduce-expenditure", frequency, asOf: "2025-07-01", lines: [{ code: "x.line", amount: rupiah(total) }] });
    expect(s.periods.map((p) => p.amount.toString())).toEqual(periods);
    expect(sumRupiah(s.periods.map((p) => p.amount)).toString()).toBe(total);
  });
});
