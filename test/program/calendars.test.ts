import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  defaultParameters,
  explainAssessment,
  formatCheck,
  lookupValue,
  overrideParameters,
  pkh,
  sembako,
  type AssessmentInputs,
  type IsoDate,
  type ParameterSet,
} from "../../src/index.js";
import { aHousehold } from "../fixtures/index.js";

// Golden cases from the published figures: a family's PKH in 2025 (4 tahap) and 2024 (every two
// months on KKS), Sembako's periods in 2024 (KKS and PT Pos), 2025 and 2020. Before 2025-02-05 the
// family is targeted by DTKS membership, from then on by its DTSEN desil.

const head = { sex: "male", birthDate: "1980-03-10", relationship: "head", disability: "none", employerCategory: "farmer", monthlyIncome: "1500000" };
const grandmother = { sex: "female", birthDate: "1950-02-01", relationship: "parent", disability: "none", employerCategory: "none" };
const pupil = { sex: "female", birthDate: "2014-02-02", relationship: "child", disability: "none", schooling: { level: "sd", enrolled: true } };
const family = (asOf: IsoDate) =>
  aHousehold({
    members: [head, grandmother, pupil],
    ...(asOf < "2025-02-05" ? { dtks: { member: true, asOf: `${asOf.slice(0, 4)}-06-01` } } : { desil: { value: 2, asOf: "2025-06-01" } }),
  });
const periods = (program: typeof pkh, asOf: IsoDate, inputs: AssessmentInputs = {}, parameters?: ParameterSet) => {
  const a = assessHousehold(family(asOf), { asOf, programs: [program], inputs, ...(parameters ? { parameters } : {}) }).programs[0];
  return { status: a?.status, total: a?.benefit?.total.toString(), periods: a?.benefit?.periods.map((p) => [p.label, p.amount.toString()]) };
};

describe("PKH by year", () => {
  it("2025: elderly Rp 2,400,000 + SD Rp 900,000 in 4 tahap (poskota.co.id 2025-03-07)", () => {
    expect(periods(pkh, "2025-07-01")).toEqual({
      status: "eligible",
      total: "3300000",
      periods: [["2025-I", "825000"], ["2025-II", "825000"], ["2025-III", "825000"], ["2025-IV", "825000"]],
    });
  });

  it("2024 on KKS: every two months, Rp 550,000 a period (palpres.disway.id/amp/728220; poskota 2024-07-22)", () => {
    expect(periods(pkh, "2024-07-01")).toEqual({
      status: "eligible",
      total: "3300000",
      periods: ["2024-01/02", "2024-03/04", "2024-05/06", "2024-07/08", "2024-09/10", "2024-11/12"].map((label) => [label, "550000"]),
    });
  });

  it("2024 through PT Pos: every three months", () => {
    expect(periods(pkh, "2024-07-01", { paymentChannel: "pos" }).periods).toEqual([["2024-I", "825000"], ["2024-II", "825000"], ["2024-III", "825000"], ["2024-IV", "825000"]]);
  });

  it("refuses an unknown payment channel", () => {
    expect(() => periods(pkh, "2025-07-01", { paymentChannel: "bank" as never })).toThrowError(/program.bad_payment_channel/);
  });
});

describe("Sembako by year", () => {
  it.each([
    { asOf: "2025-07-01", inputs: {}, want: [["2025-I", "600000"], ["2025-II", "600000"], ["2025-III", "600000"], ["2025-IV", "600000"]], source: "2025: Rp 600,000 per quarter (poskota.co.id 2025-03-08)" },
    { asOf: "2024-07-01", inputs: {}, want: ["01/02", "03/04", "05/06", "07/08", "09/10", "11/12"].map((m) => [`2024-${m}`, "400000"]), source: "2024 KKS: Rp 400,000 every two months" },
    { asOf: "2024-07-01", inputs: { paymentChannel: "pos" }, want: [["2024-I", "600000"], ["2024-II", "600000"], ["2024-III", "600000"], ["2024-IV", "600000"]], source: "2024 PT Pos: Rp 600,000 per quarter" },
    {
      asOf: "2020-07-01",
      inputs: {},
      want: Array.from({ length: 12 }, (_, i) => [`2020-${String(i + 1).padStart(2, "0")}`, i < 2 ? "150000" : "200000"]),
      source: "2020: Rp 150,000 in January–February, Rp 200,000 from March (republika.co.id q7ou78484)",
    },
  ] as const)("$source", ({ asOf, inputs, want }) => {
    const got = periods(sembako, asOf, inputs as AssessmentInputs);
    expect(got.periods).toEqual(want);
  });
});

describe("2023, a documented conflict: the earlier calendars by default, the 2024 one as the office's override", () => {
  const calendarOf = (program: typeof pkh, asOf: IsoDate) => lookupValue(program.parameters.find((p) => p.id === `${program.id}.calendar`) as never, asOf);
  const as2024 = (id: string, earlier: { kks: string; pos: string }) =>
    overrideParameters(defaultParameters(), {
      [id]: [
        { from: "2019-01-01", to: "2022-12-31", value: earlier, source: "library default" },
        { from: "2023-01-01", value: { kks: "bimonthly", pos: "tahap" }, source: "office: 2023 paid as in 2024" },
      ],
    });

  it("Sembako 2023 stays monthly [L], its source naming the bimonthly reading ('BPNT Tahap 4 … Agustus 2023 … Rp400.000'; nakita.grid.id 023775025)", () => {
    expect(calendarOf(sembako, "2023-07-01")?.source).toMatch(/^\[L\] .*\(conflict\) 2023.*Rp400\.000.*nakita\.grid\.id/);
    expect(periods(sembako, "2023-07-01").periods).toEqual(Array.from({ length: 12 }, (_, i) => [`2023-${String(i + 1).padStart(2, "0")}`, "200000"]));
  });

  it("Sembako 2023 overridden to every two months on KKS: 'Tahap 4 … Agustus 2023' is the Jul–Aug period of Rp 400,000", () => {
    const got = periods(sembako, "2023-07-01", {}, as2024("sembako.calendar", { kks: "month", pos: "month" }));
    expect(got.total).toBe("2400000");
    expect(got.periods).toEqual(["01/02", "03/04", "05/06", "07/08", "09/10", "11/12"].map((m) => [`2023-${m}`, "400000"]));
    expect(got.periods?.[3]).toEqual(["2023-07/08", "400000"]);
  });

  it("PKH 2023 stays in 4 tahap ('PKH tahap 2 2023 … Rp750.000', depok.pikiran-rakyat.com 2023-04-18), the July 2023 reading named as a conflict", () => {
    expect(calendarOf(pkh, "2023-07-01")?.source).toMatch(/pikiran-rakyat, Oct 2023: every two months on KKS from July 2023/);
    expect(periods(pkh, "2023-07-01").periods).toEqual([["2023-I", "825000"], ["2023-II", "825000"], ["2023-III", "825000"], ["2023-IV", "825000"]]);
    const overridden = periods(pkh, "2023-07-01", {}, as2024("pkh.calendar", { kks: "tahap", pos: "tahap" }));
    expect(overridden.periods).toEqual(["01/02", "03/04", "05/06", "07/08", "09/10", "11/12"].map((m) => [`2023-${m}`, "550000"]));
  });
});

describe("exits are explained", () => {
  it("graduasi alami: a PKH family whose last pupil has left school", () => {
    const household = aHousehold({
      desil: { value: 2, asOf: "2025-06-01" },
      currentAid: [{ program: "pkh", since: "2019-01-01" }],
      members: [head, { sex: "male", birthDate: "2004-01-01", relationship: "child", disability: "none", employerCategory: "none" }],
    });
    const a = assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0]!;
    const exit = a.checks.find((c) => c.code === "pkh.not_exited")!;
    expect(formatCheck(exit, "en")).toBe("The family must not have left the program (graduasi alami, mandiri, paksa, or a PENA grant); recorded: natural graduation (alami) on 2025-07-01 — not met");
    expect(formatCheck(exit, "id")).toBe("Keluarga tidak boleh sudah keluar dari program (graduasi alami, mandiri, paksa, atau hibah PENA); tercatat: graduasi alami pada 2025-07-01 — tidak terpenuhi");
    expect(explainAssessment(a, "en")).not.toMatch(/\d{16}/);
  });

  it("a pregnancy of unknown order alone: undetermined, with the reason", () => {
    const household = aHousehold({
      desil: { value: 2, asOf: "2025-06-01" },
      members: [head, { sex: "female", birthDate: "1990-01-01", relationship: "spouse", disability: "none", pregnancy: "pregnant", employerCategory: "none" }],
    });
    const a = assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0]!;
    expect(a.status).toBe("undetermined");
    expect(formatCheck(a.checks.find((c) => c.code === "pkh.has_component")!, "en")).toBe(
      "At least one member must qualify for a PKH component (early childhood, SD/SMP/SMA pupil, severe disability, elderly ≥ 70, a 1st or 2nd pregnancy); found: none — undetermined: pregnancyOrder is not recorded",
    );
  });
});
