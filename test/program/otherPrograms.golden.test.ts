import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  assessHousehold,
  bsps,
  createAssessor,
  defaultParameters,
  explainAssessment,
  overrideParameters,
  pbiJkn,
  bspsParameters,
  kube,
  lookupValue,
  pbiJknParameters,
  pbiPemda,
  pena,
  penaParameters,
  pip,
  pipParameters,
  rutilahu,
  sekolahRakyat,
  sekolahRakyatParameters,
  valueAt,
  type DatedParameter,
} from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// Golden cases from published figures, each with its source, for the programs other than PKH and
// Sembako (review rows PIP-04, KUBE-01..03, PBI-02, PENA-01/03/05, SR-01, RUT-07).

const byId = (list: readonly DatedParameter[], id: string) => list.find((p) => p.id === id) as DatedParameter;

/** One test per row: the parameter's value on the date. */
const valuesOn = (parameter: DatedParameter, rows: { asOf: string; value: unknown }[]) =>
  it.each(rows)("is $value on $asOf", ({ asOf, value }) => {
    expect(valueAt(parameter, asOf)).toEqual(value);
  });

/** A 60 m² owned house in good repair (own toilet into a septic tank, zinc roof, titled land, no house aid), with the given floor and walls. */
const soundHouse = (materials: { floorMaterial: string; wallMaterial: string }) => ({
  floorArea: 60,
  floorCondition: "good",
  wallCondition: "good",
  roofMaterial: "zinc",
  roofCondition: "good",
  toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" },
  tenure: "own",
  onlyHouse: true,
  occupiedSince: "2010-01-01",
  landTitle: "certificate",
  housingAid: [],
  ...materials,
});

describe("PIP per pupil in 2023 and 2024 (Puslapdik via edukasi.sindonews.com/read/1388383/212, 2 Jun 2024)", () => {
  // One pupil per level: SD Rp 450,000 and SMP Rp 750,000 both years (radarkaur.bacakoran.co/read/2078;
  // kabarcepu.id/?p=8867); SMA/SMK Rp 1,000,000 in budget year 2023, Rp 1,800,000 "mulai 2024".
  const pupils = (desilAsOf: string) =>
    aHousehold({
      desil: { value: 3, asOf: desilAsOf },
      members: [
        aPerson({ employerCategory: "farmer" }),
        aPerson({ relationship: "child", birthDate: "2014-03-01", schooling: { level: "sd", enrolled: true } }),
        aPerson({ relationship: "child", birthDate: "2011-03-01", schooling: { level: "smp", enrolled: true } }),
        aPerson({ relationship: "child", birthDate: "2007-03-01", schooling: { level: "sma", enrolled: true }, employerCategory: "none" }),
      ],
    });

  it.each([
    // 2021: "SD/MI/sederajat … Rp450.000/tahun, SMP … Rp750.000/tahun, SMA/SMK … Rp1.000.000/tahun" (Inpres
    // 7/2014 amounts, PIP 2021: wartatransparansi.com/2021/12/13/dana-program-indonesia-pinter-2021-cair-ditengah-pandemi-covid-19.html/2).
    { asOf: "2021-09-01", desilAsOf: "2021-08-01", sma: "1000000", total: "2200000" },
    { asOf: "2023-09-01", desilAsOf: "2023-08-01", sma: "1000000", total: "2200000" },
    { asOf: "2023-12-31", desilAsOf: "2023-12-01", sma: "1000000", total: "2200000" },
    { asOf: "2024-01-01", desilAsOf: "2023-12-01", sma: "1800000", total: "3000000" },
    { asOf: "2024-09-01", desilAsOf: "2024-08-01", sma: "1800000", total: "3000000" },
  ])("on $asOf an SMA/SMK pupil gets Rp $sma and the family Rp $total", ({ asOf, desilAsOf, sma, total }) => {
    const benefit = assessHousehold(pupils(desilAsOf), { asOf, programs: [pip] }).programs[0]?.benefit;
    expect(benefit?.lines.map((l) => [l.code, l.amount.toString()])).toEqual([
      ["pip.pupil.sd", "450000"],
      ["pip.pupil.smp", "750000"],
      ["pip.pupil.sma", sma],
    ]);
    expect(benefit?.total.toString()).toBe(total);
  });
});

describe("PIP for TK pupils from budget year 2026 (Mendikdasmen, 9 Feb 2026: Rp 450,000 a year; medcom.id zNAdGZ3K)", () => {
  // A desil-2 family whose only child in school is in TK (level early-childhood, enrolled), and
  // an older child who has left school.
  const family = (desilAsOf: string, child: Record<string, unknown> = { schooling: { level: "early-childhood", enrolled: true } }) =>
    aHousehold({
      desil: { value: 2, asOf: desilAsOf },
      members: [
        aPerson({ employerCategory: "farmer" }),
        aPerson({ relationship: "child", birthDate: "2021-02-01", ...child }),
        aPerson({ relationship: "child", birthDate: "2005-03-01", schooling: { level: "sma", enrolled: false }, employerCategory: "farmer" }),
      ],
    });

  it.each([
    { asOf: "2025-12-31", desilAsOf: "2025-12-01", status: "not-eligible", total: undefined },
    { asOf: "2026-01-01", desilAsOf: "2025-12-01", status: "eligible", total: "450000" },
    { asOf: "2026-07-01", desilAsOf: "2026-06-01", status: "eligible", total: "450000" },
  ])("on $asOf the TK pupil's family is $status", ({ asOf, desilAsOf, status, total }) => {
    const assessment = assessHousehold(family(desilAsOf), { asOf, programs: [pip] }).programs[0];
    expect(assessment?.status).toBe(status);
    expect(assessment?.benefit?.lines.map((l) => [l.code, l.member, l.amount.toString()])).toEqual(total === undefined ? undefined : [["pip.pupil.early_childhood", 1, total]]);
    expect(assessment?.benefit?.total.toString()).toBe(total);
  });

  it("counts a child of 4 or 5 without schooling data as a possible TK pupil from 2026 only", () => {
    const noData = { schooling: undefined };
    expect(assessHousehold(family("2025-06-01", noData), { asOf: "2025-07-01", programs: [pip] }).programs[0]?.status).toBe("not-eligible");
    expect(assessHousehold(family("2026-06-01", noData), { asOf: "2026-07-01", programs: [pip] }).programs[0]?.status).toBe("undetermined");
  });

  it("follows an office that does not count TK (pip.amount.early_childhood null in 2026)", () => {
    const parameters = overrideParameters(defaultParameters([pip]), {
      "pip.amount.early_childhood": [{ from: "2026-01-01", value: null, source: "office reading: TK not paid" }],
    });
    expect(assessHousehold(family("2026-06-01"), { asOf: "2026-07-01", programs: [pip], parameters }).programs[0]?.status).toBe("not-eligible");
  });

  it("keeps the source of the TK amount [H], and names the reading of the level [M]", () => {
    const source = lookupValue(byId(pipParameters, "pip.amount.early_childhood"), "2026-01-01")?.source ?? "";
    expect(source).toMatch(/^\[H\] Mendikdasmen, 9 Feb 2026/);
    expect(source).toContain("[M] library reading");
  });
});

describe("PIP amounts of 2021 rest on a 2021 source, not on an assumption", () => {
  it.each(["pip.amount.sd", "pip.amount.smp"])("%s in 2021 is [H] with no weak part", (id) => {
    const source = lookupValue(byId(pipParameters, id), "2021-09-01")?.source ?? "";
    expect(source).toMatch(/^\[H\] 2021: Inpres 7\/2014 amounts \(wartatransparansi\.com 2021-12-13\)/);
    expect(source).not.toMatch(/\[(L|UNVERIFIED)\]/);
  });
});

describe("KUBE per member family (Kemensos 2020, seputartangsel.pikiran-rakyat.com/nasional/pr-141111759)", () => {
  const family = aHousehold({
    desil: { value: 3, asOf: "2025-06-01" },
    currentAid: [],
    members: [aPerson({ maritalStatus: "married", employerCategory: "farmer" }), aPerson({ relationship: "spouse", sex: "female", birthDate: "1983-02-02", maritalStatus: "married", employerCategory: "none" })],
  });

  // "dalam satu kelompok ada 5 anggota, maka jumlah Rp2 juta dikalikan 5": the group gets n × Rp 2 M.
  it.each([5, 7, 10, 20])("a family in a group of %i gets Rp 2,000,000", (kubeGroupSize) => {
    const a = assessHousehold(family, { asOf: "2025-07-01", programs: [kube], inputs: { kubeGroupSize } }).programs[0];
    expect(a?.eligible).toBe(true);
    expect(a?.benefit?.total.toString()).toBe("2000000");
  });

  it("a family whose group is not formed yet gets Rp 2,000,000 too", () => {
    expect(assessHousehold(family, { asOf: "2025-07-01", programs: [kube] }).programs[0]?.benefit?.total.toString()).toBe("2000000");
  });
});

describe("PBI-JKN premium (Perpres 75/2019 Pasal 29, in force 1 Aug 2019; kept by Perpres 64/2020)", () => {
  const premium = byId(pbiJknParameters, "pbi_jkn.premium_per_person_month");

  it("is Rp 42,000 from 2019-08-01", () => {
    expect(valueAt(premium, "2019-08-01")).toBe("42000");
    expect(lookupValue(premium, "2019-08-01")?.source).not.toMatch(/inferred/);
  });

  it("keeps desil 1–5 under Kepmensos 3/HUK/2026 from 2026-02-01", () => {
    const range = byId(pbiJknParameters, "pbi_jkn.desil_range");
    expect(lookupValue(range, "2026-02-01")?.source).toMatch(/Kepmensos 3\/HUK\/2026/);
    expect(lookupValue(range, "2026-01-31")?.source).toMatch(/Kepmensos 79\/HUK\/2025/);
  });
});

describe("PBI-JKN before August 2019: Rp 23,000 from 1 Apr 2016 (Perpres 19/2016 Pasal 16F, viva.co.id 746650) until Perpres 75/2019 raised it to Rp 42,000 ('dari Rp23.000 menjadi Rp42.000 berlaku per Agustus 2019', infografis.sindonews.com 634)", () => {
  const premium = byId(pbiJknParameters, "pbi_jkn.premium_per_person_month");
  valuesOn(premium, [
    { asOf: "2016-04-01", value: "23000" },
    { asOf: "2019-01-01", value: "23000" },
    { asOf: "2019-07-31", value: "23000" },
    { asOf: "2019-08-01", value: "42000" },
  ]);

  it("has no value before 1 April 2016 and cites the 2016 and 2019 texts", () => {
    expect(lookupValue(premium, "2016-03-31")).toBeUndefined();
    expect(lookupValue(premium, "2019-07-31")?.source).toMatch(/^\[H\] .*Perpres 19\/2016 Pasal 16F.*dari Rp23\.000 menjadi Rp42\.000/);
  });

  // A DTKS family of two on the dates the DTKS era and the Rp 42,000 premium left uncovered (it threw
  // `program.parameter_not_in_force` out of assessHousehold before).
  const family = (asOf: string) =>
    aHousehold({
      dtks: { member: true, asOf },
      members: [aPerson({ employerCategory: "farmer" }), aPerson({ sex: "female", relationship: "spouse", employerCategory: "farmer" })],
    });

  // Each month of 2019 is due at the premium in force in it: 7 × Rp 23,000 + 5 × Rp 42,000 =
  // Rp 371,000 a member, whatever the 2019 date assessed on; 2020 is Rp 42,000 throughout.
  const months2019 = Array.from({ length: 12 }, (_, i) => [`2019-${String(i + 1).padStart(2, "0")}`, i < 7 ? "46000" : "84000"]);
  it.each([
    { asOf: "2019-01-01", total: "742000", periods: months2019 },
    { asOf: "2019-07-31", total: "742000", periods: months2019 },
    { asOf: "2019-08-01", total: "742000", periods: months2019 },
    { asOf: "2020-03-01", total: "1008000", periods: Array.from({ length: 12 }, (_, i) => [`2020-${String(i + 1).padStart(2, "0")}`, "84000"]) },
  ])("covers both members on $asOf: Rp $total for the year, each month at its premium", ({ asOf, total, periods }) => {
    for (const assess of [
      (h: ReturnType<typeof family>) => assessHousehold(h, { asOf, programs: [pbiJkn] }),
      (h: ReturnType<typeof family>) => createAssessor({ asOf, programs: [pbiJkn] })(h),
    ]) {
      const a = assess(family(asOf)).programs[0];
      expect(a?.status).toBe("eligible");
      expect(a?.benefit?.total.toString()).toBe(total);
      expect(a?.benefit?.periods.map((p) => [p.label, p.amount.toString()])).toEqual(periods);
      expect(a?.benefit?.lines.map((l) => l.amount.toString())).toEqual([String(Number(total) / 2), String(Number(total) / 2)]);
    }
  });

  it("is undetermined, never an exception, on a date with no premium in force", () => {
    // An office's set whose premium starts in August 2019: a July 2019 family cannot be priced.
    const parameters = overrideParameters(defaultParameters([pbiJkn]), {
      "pbi_jkn.premium_per_person_month": [{ from: "2019-08-01", value: "42000", source: "test: Perpres 75/2019 only" }],
    });
    const asOf = "2019-07-01";
    for (const a of [assessHousehold(family(asOf), { asOf, programs: [pbiJkn], parameters }), createAssessor({ asOf, programs: [pbiJkn], parameters })(family(asOf))]) {
      const result = a.programs[0];
      expect(result?.status).toBe("undetermined");
      expect(result?.benefit).toBeUndefined();
      const check = result?.checks.find((c) => c.code === "pbi_jkn.member_to_cover");
      expect([check?.status, check?.reason]).toEqual(["unknown", "rule.reason.parameter_not_in_force"]);
    }
  });
});

describe("PBI-JKN for a member removed from PBI who still needs health care (Permensos 3/2026 Pasal 20)", () => {
  // Pasal 20(1): "Dalam hal terdapat penghapusan terhadap peserta PBI Jaminan Kesehatan, namun ternyata
  // masih layak membutuhkan layanan kesehatan, tetap dapat menerima layanan kesehatan sebagai peserta
  // PBI Jaminan Kesehatan" (pasal.id/peraturan/permen/permensos-no-3-tahun-2026/koreksi/9393308), on a
  // health facility's letter (ayat 3). The letter counts 6 months [M] (bnp.jambiprov.go.id, 2026).
  const family = (desil: number, letter?: string) =>
    aHousehold({
      desil: { value: desil, asOf: "2026-03-01" },
      members: [
        aPerson({ relationship: "head", sex: "male", birthDate: "1960-01-01", employerCategory: "farmer", monthlyIncome: "1000000", jkn: "none", ...(letter ? { healthNeedLetter: letter } : {}) }),
        aPerson({ relationship: "spouse", sex: "female", birthDate: "1962-01-01", employerCategory: "none", monthlyIncome: "0", jkn: "none" }),
      ],
    });
  it.each([
    { name: "desil 8 with the head's letter: the head only, Rp 42,000 × 12", desil: 8, letter: "2026-02-10", status: "eligible", members: [0], total: "504000" },
    { name: "desil 8 without a letter: not eligible", desil: 8, letter: undefined, status: "not-eligible", members: [], total: undefined },
    { name: "desil 3 with a letter: the whole family, as without one", desil: 3, letter: "2026-02-10", status: "eligible", members: [0, 1], total: "1008000" },
  ])("$name", ({ desil, letter, status, members, total }) => {
    const a = assessHousehold(family(desil, letter), { asOf: "2026-04-01", programs: [pbiJkn] }).programs[0];
    expect(a?.status).toBe(status);
    expect(a?.benefit?.lines.map((l) => l.member) ?? []).toEqual(members);
    expect(a?.benefit?.total.toString()).toBe(total);
  });

  it("says the letter is the other way in, beside the desil", () => {
    const a = assessHousehold(family(3), { asOf: "2026-04-01", programs: [pbiJkn] }).programs[0];
    expect(a ? explainAssessment(a, "en") : "").toContain("- Or, instead of the desil: members removed from PBI who still need health care");
    expect(a ? explainAssessment(a, "id") : "").toContain("- Atau, sebagai ganti desil: anggota yang dihapus dari PBI");
  });

  it("is off when an office sets pbi_jkn.health_need_months to null", () => {
    const parameters = overrideParameters(defaultParameters([pbiJkn]), { "pbi_jkn.health_need_months": [{ from: "2019-01-01", value: null, source: "test: no exception" }] });
    expect(assessHousehold(family(8, "2026-02-10"), { asOf: "2026-04-01", programs: [pbiJkn], parameters }).programs[0]?.status).toBe("not-eligible");
  });
});

describe("PBI through the regional budget (Kaltim Gratispol Kesehatan, PBPU Pemda)", () => {
  it("pays Rp 42,000 a month for each uninsured member of a Kaltim family, with no desil asked", () => {
    const family = aHousehold({ regency: "64.72", members: [aPerson({ jkn: "none" }), aPerson({ relationship: "child", birthDate: "2015-01-01", jkn: "none" })] });
    const a = assessHousehold(family, { asOf: "2025-07-01", programs: [pbiPemda] }).programs[0];
    expect(a?.eligible).toBe(true);
    expect(a?.benefit?.total.toString()).toBe("1008000");
    expect(a?.benefit?.periods[0]?.amount.toString()).toBe("84000");
  });
});

describe("PENA: a ceiling, and priorities that never decide", () => {
  const family = (members: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    aHousehold({ desil: { value: 2, asOf: "2025-06-01" }, currentAid: [{ program: "pkh", since: "2021-01-01" }], members, ...extra });

  it("shows the Rp 6,000,000 ceiling when no amount is decided ('hingga Rp6 juta', jateng.suara.com 2025-08-11)", () => {
    const a = assessHousehold(family([aPerson({ employerCategory: "farmer", disability: "none" })]), { asOf: "2025-07-01", programs: [pena], inputs: { exitCommitment: true } }).programs[0];
    expect(a?.benefit?.lines.map((l) => [l.code, l.amount.toString()])).toEqual([["pena.grant_ceiling", "6000000"]]);
  });

  it("pays the amount decided under the ceiling (Kota Pekalongan 2024: Rp 2,400,000)", () => {
    const inputs = { exitCommitment: true, penaGrantAmount: "2400000" };
    const a = assessHousehold(family([aPerson({ employerCategory: "farmer", disability: "none" })]), { asOf: "2025-07-01", programs: [pena], inputs }).programs[0];
    expect(a?.benefit?.lines.map((l) => [l.code, l.amount.toString()])).toEqual([["pena.grant", "2400000"]]);
  });

  it("prioritises ages 20–40 in 2022–2024 (pkhpati.com 2023) and 20–45 from 2025 (one outlet, [L])", () => {
    const age = byId(penaParameters, "pena.priority_age");
    expect(valueAt(age, "2024-12-31")).toEqual({ min: 20, max: 40 });
    expect(valueAt(age, "2025-01-01")).toEqual({ min: 20, max: 45 });
    expect(lookupValue(age, "2025-01-01")?.source).toMatch(/^\[L\]/);
  });

  it("reports an elderly member and no house aid as unmet priorities, and stays eligible (pkhpati.com 2023)", () => {
    const members = [aPerson({ birthDate: "1983-01-01", employerCategory: "farmer", disability: "none" }), aPerson({ relationship: "parent", sex: "female", birthDate: "1950-01-01", employerCategory: "none", disability: "none" })];
    const a = assessHousehold(family(members), { asOf: "2024-07-01", programs: [pena], inputs: { exitCommitment: true } }).programs[0];
    expect(a?.eligible).toBe(true);
    expect(a?.priority?.code).toBe("pena.priorities");
    expect(a?.priority?.children?.map((c) => [c.code, c.status])).toEqual([
      ["pena.working_age_member", "failed"], // 41 in 2024: outside 20–40
      ["pena.no_elderly_or_disabled_member", "failed"],
      ["pena.house_aid_recipient", "failed"],
    ]);
  });

  it("counts a 2022 RST recipient with no elderly or disabled member as meeting every priority", () => {
    const members = [aPerson({ birthDate: "1990-01-01", employerCategory: "farmer", disability: "none" })];
    const housing = { housingAid: [{ program: "rst", on: "2022-10-01" }] };
    const a = assessHousehold(family(members, { housing }), { asOf: "2024-07-01", programs: [pena], inputs: { exitCommitment: true } }).programs[0];
    expect(a?.priority?.status).toBe("passed");
  });
});

describe("Sekolah Rakyat from its legal basis, Inpres 8/2025 signed 27 Mar 2025 ('Inpres yang diteken pada 27 Maret 2025', detik.com 2025-04-10); first schools opened 14 Jul 2025 (harian.fajar.co.id 2025-07-14)", () => {
  const family = (asOf: string) =>
    aHousehold({ desil: { value: 1, asOf }, members: [aPerson({ employerCategory: "farmer" }), aPerson({ relationship: "child", birthDate: "2011-05-05" })] });
  const on = (asOf: string) => assessHousehold(family(asOf), { asOf, programs: [sekolahRakyat], inputs: { consents: true } }).programs[0];

  it("every parameter starts on 2025-03-27, citing the Inpres date", () => {
    for (const parameter of sekolahRakyatParameters) expect(parameter.values.map((v) => v.from)).toEqual(["2025-03-27"]);
    expect(lookupValue(byId(sekolahRakyatParameters, "sekolah_rakyat.desil_range"), "2025-03-27")?.source).toMatch(/signed 27 Mar 2025.*14 Jul 2025/);
  });

  it.each([
    { asOf: "2025-01-01", status: "undetermined" },
    { asOf: "2025-03-26", status: "undetermined" },
    { asOf: "2025-03-27", status: "eligible" },
    { asOf: "2025-07-14", status: "eligible" },
  ])("a desil 1 family with a consenting SMP-age child is $status on $asOf", ({ asOf, status }) => {
    const a = on(asOf);
    expect(a?.status).toBe(status);
    if (status === "undetermined") expect(a?.checks.find((c) => c.code === "sekolah_rakyat.desil_in_range")?.reason).toBe("rule.reason.parameter_not_in_force");
  });
});

describe("Sekolah Rakyat: extreme poor first (merahputih.com 2025), as a priority", () => {
  const family = (desil: number) =>
    aHousehold({ desil: { value: desil, asOf: "2025-06-01" }, members: [aPerson({ employerCategory: "farmer" }), aPerson({ relationship: "child", birthDate: "2011-05-05" })] });

  it.each([
    { desil: 1, priority: "passed" },
    { desil: 2, priority: "failed" },
  ])("desil $desil is eligible; the extreme-poor priority is $priority", ({ desil, priority }) => {
    const a = assessHousehold(family(desil), { asOf: "2025-07-01", programs: [sekolahRakyat], inputs: { consents: true } }).programs[0];
    expect(a?.eligible).toBe(true);
    expect(a?.priority?.code).toBe("sekolah_rakyat.extreme_poor");
    expect(a?.priority?.status).toBe(priority);
  });

  it("takes desil 1 as extreme poor on the Minister's word (lensagram.id, May 2025: 'miskin ekstrem, yaitu yang berada di desil satu')", () => {
    const range = lookupValue(byId(sekolahRakyatParameters, "sekolah_rakyat.priority_desil_range"), "2025-07-01");
    expect(range?.value).toEqual({ min: 1, max: 1 });
    expect(range?.source).toMatch(/^\[M\] .*'Prioritas pertama diberikan kepada mereka yang tergolong miskin ekstrem, yaitu yang berada di desil satu' \(https:\/\/lensagram\.id\/masuk-sekolah-ini-harus-lolos-seleksi-ketat-hanya-anak-dari-keluarga-miskin-ekstrem-yang-diprioritaskan\)$/);
  });
});

// The 2026/27 intake: Mensos, 3 Feb 2026, "menyasar anak-anak dari keluarga Desil 1 dan Desil 2"
// (papuatengah.news; news.harianjogja.com/read/2026/02/03/500/1244874); Wamensos, 19 Feb 2026,
// "desil 1 dan 2" (bisnistrade.com/wamensos-agus-jabo-pelajar-masuk-tak-perlu-tes). Desil 1–4 appears
// in descriptions of the program (finnews.id 2025-11-26; Wamensos on enrolled pupils, 2025-10-13;
// bitvonline.com/pendidikan/57733, 2026-01-12), not as the intake rule: an override of both ranges.
describe("Sekolah Rakyat's 2026/27 intake stays desil 1–2 (Mensos 2026-02-03, Wamensos 2026-02-19); desil 1–4 is an override", () => {
  const INTAKE_2026 = "2026-07-13";
  // The child is 13 in July 2025 and 14 in July 2026: SMP age (13–15), below working age.
  const family = (desil: number, asOf: string) =>
    aHousehold({ desil: { value: desil, asOf }, members: [aPerson({ employerCategory: "farmer" }), aPerson({ relationship: "child", birthDate: "2012-05-05" })] });
  const assess = (desil: number, asOf: string, quotaUnfilled: boolean, parameters?: ReturnType<typeof defaultParameters>) =>
    assessHousehold(family(desil, asOf), { asOf, programs: [sekolahRakyat], inputs: { consents: true, sekolahRakyatQuotaUnfilled: quotaUnfilled }, ...(parameters ? { parameters } : {}) }).programs[0];
  const desilCheck = (a: ReturnType<typeof assess>) => a?.checks.find((c) => c.code === "sekolah_rakyat.desil_in_range");

  // The office's override, as the programs guide writes it: both ranges, 1–4 from its own date.
  const from = "2026-01-12";
  const officeParameters = (widenedToo: boolean) =>
    overrideParameters(defaultParameters([sekolahRakyat]), {
      "sekolah_rakyat.desil_range": [
        { from: "2025-03-27", to: "2026-01-11", value: { min: 1, max: 2 }, source: "[H] Inpres 8/2025" },
        { from, value: { min: 1, max: 4 }, source: "test: office decision, desil 1-4" },
      ],
      ...(widenedToo
        ? {
            "sekolah_rakyat.widened_desil_range": [
              { from: "2025-03-27", to: "2026-01-11", value: { min: 1, max: 3 }, source: "[M] merahputih.com" },
              { from, value: { min: 1, max: 4 }, source: "test: office decision, desil 1-4" },
            ],
          }
        : {}),
    });

  it("the source names the 2026 statements, the desil 1–4 reports and the override", () => {
    const range = lookupValue(byId(sekolahRakyatParameters, "sekolah_rakyat.desil_range"), INTAKE_2026);
    expect(range?.value).toEqual({ min: 1, max: 2 });
    expect(range?.source).toMatch(/^\[H\] Inpres 8\/2025/);
    expect(range?.source).toContain("Mensos, 3 Feb 2026, 'menyasar anak-anak dari keluarga Desil 1 dan Desil 2' (papuatengah.news/pemerintah-buka-seleksi-sekolah-rakyat-siapkan-kuota-30-000-siswa-tahun-2026");
    expect(range?.source).toContain("Wamensos, 19 Feb 2026: 'desil 1 dan 2' (bisnistrade.com/wamensos-agus-jabo-pelajar-masuk-tak-perlu-tes)");
    expect(range?.source).toMatch(/\(conflict, a low-confidence reading\) desil 1–4 .*finnews\.id\/2025\/11\/26\/.*bitvonline\.com\/pendidikan\/57733, 12 Jan 2026.*override sekolah_rakyat\.desil_range and sekolah_rakyat\.widened_desil_range with 1–4$/);
  });

  it.each([
    { desil: 2, quotaUnfilled: false, eligible: true, expected: { min: 1, max: 2 } },
    { desil: 3, quotaUnfilled: false, eligible: false, expected: { min: 1, max: 2 } },
    { desil: 3, quotaUnfilled: true, eligible: true, expected: { min: 1, max: 3 } },
    { desil: 4, quotaUnfilled: false, eligible: false, expected: { min: 1, max: 2 } },
    { desil: 4, quotaUnfilled: true, eligible: false, expected: { min: 1, max: 3 } },
  ])("by default, a desil $desil family (quota unfilled: $quotaUnfilled) with a consenting SMP-age child is eligible: $eligible in July 2026", ({ desil, quotaUnfilled, eligible, expected }) => {
    const a = assess(desil, INTAKE_2026, quotaUnfilled);
    expect(a?.eligible).toBe(eligible);
    expect(desilCheck(a)?.status).toBe(eligible ? "passed" : "failed");
    expect(desilCheck(a)?.expected).toEqual(expected);
  });

  it.each([
    { asOf: "2025-07-14", quotaUnfilled: false, eligible: false },
    { asOf: "2025-07-14", quotaUnfilled: true, eligible: false },
    { asOf: INTAKE_2026, quotaUnfilled: false, eligible: true },
    { asOf: INTAKE_2026, quotaUnfilled: true, eligible: true },
  ])("with the office's 1–4 override from 2026-01-12, a desil 4 family (quota unfilled: $quotaUnfilled) is eligible: $eligible on $asOf", ({ asOf, quotaUnfilled, eligible }) => {
    expect(assess(4, asOf, quotaUnfilled, officeParameters(true))?.eligible).toBe(eligible);
  });

  it("overriding sekolah_rakyat.desil_range alone leaves a school whose quota is not filled at 1–3, as the guide warns", () => {
    expect(assess(4, INTAKE_2026, false, officeParameters(false))?.eligible).toBe(true);
    const a = assess(4, INTAKE_2026, true, officeParameters(false));
    expect(a?.eligible).toBe(false);
    expect(desilCheck(a)?.expected).toEqual({ min: 1, max: 3 });
  });
});

describe("the sound plank house of Kalimantan (Permensos 20/2017: a board floor counts only 'dalam kondisi rusak')", () => {
  // 60 m², 2 people, good plank floor, own toilet into a septic tank, zinc roof.
  const plankHouse = aHousehold({
    desil: { value: 2, asOf: "2025-06-01" },
    currentAid: [],
    members: [aPerson({ employerCategory: "farmer", monthlyIncome: "1500000" }), aPerson({ relationship: "spouse", sex: "female", birthDate: "1983-02-02", employerCategory: "none", monthlyIncome: "0" })],
    housing: soundHouse({ floorMaterial: "wood-board", wallMaterial: "board" }),
  });

  it.each([rutilahu, bsps])("is not repaired by $id", (program) => {
    const a = assessHousehold(plankHouse, { asOf: "2025-07-01", programs: [program] }).programs[0];
    expect(a?.eligible).toBe(false);
    expect(a?.checks.filter((c) => c.status !== "passed").map((c) => c.code)).toEqual([`${program.id}.house_uninhabitable`]);
  });
});

describe("BSPS grant of 2019–2021 (Kepmen PUPR 158/2019: 'dari sebelumnya Rp 15 juta menjadi Rp 17,5 juta per unit')", () => {
  // kumparan.com/@kumparanbisnis/jokowi-naikkan-nilai-bantuan-program-bedah-rumah-di-2019-1551661999314307518
  // (4 Mar 2019) and m.jpnn.com/news/jatah-bantuan-bedah-rumah-ditambah: Rp 15 M materials + Rp 2.5 M labour.
  const amount = byId(bspsParameters, "bsps.amount_per_unit");
  valuesOn(amount, [
    { asOf: "2019-03-04", value: "17500000" },
    { asOf: "2021-12-31", value: "17500000" },
    { asOf: "2022-01-01", value: "20000000" },
  ]);

  it("rests on the decree itself [H]", () => {
    expect(lookupValue(amount, "2019-03-04")?.source).toMatch(/^\[H\] Kepmen PUPR 158\/2019: Rp 17\.5 M = Rp 15 M materials \+ Rp 2\.5 M labour/);
  });
});

describe("BSPS income limit: the Kaltim UMP of the year (Kebijakan Umum BSPS: income at most the UMP)", () => {
  // UMP Kaltim 2025 Rp 3,579,313.77 (borneoflash.com 2025-02-22); 2026 Rp 3,762,431 (Pengumuman Gubernur
  // Kaltim 500.15.14.1/5097/DTKT.Srk-IV/2025 of 24 Dec 2025, in force 1 Jan–31 Dec 2026:
  // portalbalikpapan.com/ump-kaltim-2026-resmi-naik-jadi-rp-376-juta-umk-berau-tertinggi; Banjarmasin Post
  // via feed.ilidea.com id=13194360; SK Gubernur 100.3.3.1/K.481/2025, sentralkaltim.id 2025-12-25).
  const limit = byId(bspsParameters, "bsps.income_limit_month");
  const house = (income: string, asOf: string) =>
    aHousehold({
      desil: { value: 2, asOf },
      currentAid: [],
      members: [aPerson({ employerCategory: "farmer", disability: "none", monthlyIncome: income }), aPerson({ relationship: "spouse", sex: "female", birthDate: "1983-02-02", employerCategory: "none", disability: "none", monthlyIncome: "0" })],
      housing: soundHouse({ floorMaterial: "earth", wallMaterial: "masonry" }),
    });

  valuesOn(limit, [
    { asOf: "2025-12-31", value: "3579313.77" },
    { asOf: "2026-01-01", value: "3762431" },
    { asOf: "2026-07-01", value: "3762431" },
  ]);

  it.each([
    { asOf: "2025-07-01", income: "3600000", eligible: false },
    { asOf: "2026-07-01", income: "3600000", eligible: true },
    { asOf: "2026-07-01", income: "3762431", eligible: true },
    { asOf: "2026-07-01", income: "3762432", eligible: false },
  ])("a family earning Rp $income a month on $asOf: eligible $eligible", ({ asOf, income, eligible }) => {
    const a = assessHousehold(house(income, asOf), { asOf, programs: [bsps] }).programs[0];
    expect(a?.eligible).toBe(eligible);
    expect(a?.checks.filter((c) => c.status !== "passed").map((c) => c.code)).toEqual(eligible ? [] : ["bsps.income_within_limit"]);
  });
});

describe("program files keep no module-level mutable state", () => {
  const files = [
    "pbi_jkn/pbiJkn.ts",
    "pbi_pemda/pbiPemda.ts",
    "pip/pip.ts",
    "pena/pena.ts",
    "kube/kube.ts",
    "rutilahu/rutilahu.ts",
    "bsps/bsps.ts",
    "air_sanitasi/airSanitasi.ts",
    "sekolah_rakyat/sekolahRakyat.ts",
    "_house.ts",
    "_amount.ts",
    "_members.ts",
  ];
  it.each(files)("%s", (file) => {
    const text = readFileSync(new URL(`../../src/program/${file}`, import.meta.url), "utf8");
    expect(text).not.toMatch(/^(let|var) /m);
    expect(text).not.toMatch(/^const \w+ = new (WeakMap|Map|Set)\b/m);
  });
});
