import { describe, expect, it } from "vitest";
import { airSanitasi, assessHousehold, bsps, explainAssessment, formatCheck, pbiPemda, pkh, programCatalogue, rutilahu, type Household, type Language, type Program } from "../../src/index.js";
import * as lib from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";
import { codeOf } from "../errors.js";

// The house checks of Rutilahu and BSPS (RTLH, Permensos 20/2017) and the sanitation check of the
// water/sanitation upgrade (BPS) list criteria in their sentences: by words in each language, while the
// check keeps the codes (`received`, `values.missing`) for machines.

const AS_OF = "2025-07-01";

/** Earth floor, no toilet recorded, nothing else about the house: RTLH met (poor floor), the rest without data. */
const bare: Household = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ employerCategory: "farmer", monthlyIncome: "900000" })],
  housing: { floorMaterial: "earth", tenure: "own" },
});

/** A public toilet of unknown type and disposal: sanitation not met (facility), the rest without data. */
const publicToilet: Household = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ employerCategory: "farmer", monthlyIncome: "900000" })],
  housing: { toilet: { facility: "public" }, drinkingWater: "piped", tenure: "own" },
});

function check(program: Program, household: Household, code: string) {
  const found = assessHousehold(household, { asOf: AS_OF, programs: [program] }).programs[0]!;
  return { assessment: found, check: found.checks.find((c) => c.code === code)! };
}

const RTLH_MISSING = "dangerous_damage, rotting_material, no_mck, floor_area";

describe("criteria in check sentences are worded, codes kept", () => {
  it.each([
    [rutilahu, bare, "rutilahu.house_uninhabitable", "id", ["poor_floor"], RTLH_MISSING,
      "kriteria terpenuhi: lantai tanah/bambu/kayu murahan atau rusak; tanpa data: kerusakan berbahaya (dinding/atap), bahan dinding/atap mudah lapuk, tanpa MCK sendiri/bersama, luas lantai < 7,2 m²/orang"],
    [rutilahu, bare, "rutilahu.house_uninhabitable", "en", ["poor_floor"], RTLH_MISSING,
      "criteria met: earth/bamboo/cheap-wood or damaged floor; without data: dangerous damage (walls/roof), walls/roof of easily rotting material, no own or shared MCK (toilet), floor area < 7.2 m² per person"],
    [bsps, bare, "bsps.house_uninhabitable", "id", ["poor_floor"], RTLH_MISSING,
      "kriteria terpenuhi: lantai tanah/bambu/kayu murahan atau rusak; tanpa data: kerusakan berbahaya (dinding/atap), bahan dinding/atap mudah lapuk"],
    [bsps, bare, "bsps.house_uninhabitable", "en", ["poor_floor"], RTLH_MISSING, "without data: dangerous damage (walls/roof), walls/roof"],
    [airSanitasi, publicToilet, "air_sanitasi.sanitation_gap", "id", ["facility"], "type, disposal",
      "kriteria tidak terpenuhi: fasilitas buang air besar; tanpa data: jenis kloset, pembuangan akhir tinja"],
    [airSanitasi, publicToilet, "air_sanitasi.sanitation_gap", "en", ["facility"], "type, disposal",
      "criteria not met: toilet facility; without data: toilet type, faeces disposal"],
  ] as const)("case %#", (program, household, code, lang, received, missing, text) => {
    const { assessment, check: found } = check(program, household, code);
    expect(found.received).toEqual(received);
    expect(found.values?.["missing"]).toBe(missing);
    const sentence = formatCheck(found, lang as Language);
    expect(sentence).toContain(text);
    // Read back from JSON, through the catalogue: the same sentence.
    expect(formatCheck(JSON.parse(JSON.stringify(found)), lang as Language, { messages: programCatalogue() })).toBe(sentence);
    const explained = explainAssessment(assessment, lang as Language);
    expect(explained).toContain(text);
    // No code left in any line (`rtlh.poor_floor_materials`, the parameter, is not a criterion).
    expect(explained).not.toMatch(/\b(dangerous_damage|rotting_material|poor_floor|no_mck|floor_area)\b|: (facility|type)\b|, disposal\b/);
  });
});

// The drinking-water source of the water check and the employer categories of the exclusion check
// are codes of household enums: their sentences show the household labels' words, the checks keep the codes.

const drinking = (drinkingWater: string, bathingWater?: string): Household =>
  aHousehold({
    desil: { value: 1, asOf: "2025-06-01" },
    members: [aPerson({ employerCategory: "farmer", monthlyIncome: "900000" })],
    housing: { drinkingWater, ...(bathingWater === undefined ? {} : { bathingWater }), tenure: "own" } as never,
  });

/** A BUMN employee and a soldier in one family: excluded from Kemensos aid. */
const excluded: Household = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ employerCategory: "bumn", monthlyIncome: "900000" }), aPerson({ relationship: "spouse", employerCategory: "tni", monthlyIncome: "900000" })],
});

/** A Kukar family whose head has no JKN: PBPU Pemda covers member 1. */
const uninsured: Household = aHousehold({
  regency: "64.02",
  members: [aPerson({ employerCategory: "farmer", jkn: "none" })],
});

const EXCLUDED = ["asn", "tni", "polri", "state-official", "bumn", "bumd", "pensioner", "public-payroll", "village-official", "certified-teacher", "health-worker", "company-owner"];
// `piped`, `bottled`, `refill` and `surface` are also English words of their labels ("piped water").
const WATER_CODES = /\b(piped|surface|refill|bottled)\b(?! water)|bore-well-pump|protected-well|protected-spring|bathing:/;
// `pensioner` is also the English word of its label.
const EMPLOYER_CODES = /\b(asn|tni|polri|bumn|bumd)\b|state-official|public-payroll|village-official|certified-teacher|health-worker|company-owner/;

describe("household enum codes in check sentences are worded, codes kept", () => {
  it.each([
    [airSanitasi, drinking("unprotected-well"), "air_sanitasi.drinking_water_gap", "id", "unprotected-well", WATER_CODES,
      "Air minum tidak layak (definisi BPS); sumber tercatat: sumur tak terlindung — terpenuhi"],
    [airSanitasi, drinking("unprotected-well"), "air_sanitasi.drinking_water_gap", "en", "unprotected-well", WATER_CODES,
      "No proper drinking water (BPS definition); recorded source: unprotected well — met"],
    [airSanitasi, drinking("piped"), "air_sanitasi.drinking_water_gap", "id", "piped", WATER_CODES,
      "Air minum tidak layak (definisi BPS); sumber tercatat: leding — tidak terpenuhi"],
    [airSanitasi, drinking("bore-well-pump"), "air_sanitasi.drinking_water_gap", "en", "bore-well-pump", WATER_CODES,
      "No proper drinking water (BPS definition); recorded source: bore well or pump — not met"],
    [airSanitasi, drinking("refill", "surface"), "air_sanitasi.drinking_water_gap", "id", "refill; bathing: surface", WATER_CODES,
      "Air minum tidak layak (definisi BPS); sumber tercatat: air isi ulang (mandi/cuci: air permukaan) — terpenuhi"],
    [airSanitasi, drinking("bottled", "piped"), "air_sanitasi.drinking_water_gap", "en", "bottled; bathing: piped", WATER_CODES,
      "No proper drinking water (BPS definition); recorded source: bottled water (bathing/washing: piped water) — not met"],
    [pkh, excluded, "pkh.no_excluded_member", "id", ["bumn", "tni"], EMPLOYER_CODES,
      "Tidak boleh ada anggota keluarga dalam kategori pekerjaan yang dikecualikan: ASN/PNS, TNI, Polri, pejabat negara, pegawai BUMN, pegawai BUMD, " +
      "pensiunan ASN/TNI/Polri, digaji APBN/APBD, perangkat desa, guru bersertifikasi, tenaga kesehatan, pemilik/pengurus perusahaan; tercatat: pegawai BUMN, TNI — tidak terpenuhi"],
    [pkh, excluded, "pkh.no_excluded_member", "en", ["bumn", "tni"], EMPLOYER_CODES,
      "No family member may be in an excluded employment category: civil servant (ASN), armed forces (TNI), police (Polri), state official, " +
      "state-owned enterprise (BUMN), region-owned enterprise (BUMD), pensioner (ASN/TNI/Polri), paid from APBN/APBD, village official, certified teacher, " +
      "health worker, company owner or manager; recorded: state-owned enterprise (BUMN), armed forces (TNI) — not met"],
    // The employers who must pay JKN themselves, worded like the exclusion's (before 2026-12-07: the codes, `asn, tni, … private`).
    [pbiPemda, uninsured, "pbi_pemda.member_to_cover", "id", [1], EMPLOYER_CODES,
      "Paling sedikit satu anggota belum menjadi peserta JKN aktif (belum terdaftar, PBI dinonaktifkan, atau tidak aktif) dan bukan pekerja yang iurannya wajib dibayar " +
      "pemberi kerja (ASN/PNS, TNI, Polri, pejabat negara, pegawai BUMN, pegawai BUMD, pegawai swasta); anggota yang ditanggung (nomor anggota): 1 — terpenuhi"],
    [pbiPemda, uninsured, "pbi_pemda.member_to_cover", "en", [1], EMPLOYER_CODES,
      "At least one member must have no active JKN membership (never enrolled, PBI deactivated, or lapsed) and not be an employee whose employer must pay " +
      "(civil servant (ASN), armed forces (TNI), police (Polri), state official, state-owned enterprise (BUMN), region-owned enterprise (BUMD), private employee); " +
      "members to cover (member numbers): 1 — met"],
  ] as const)("case %#", (program, household, code, lang, received, codes, text) => {
    const { assessment, check: found } = check(program, household, code);
    // The check and its JSON keep the codes.
    expect(found.received).toEqual(received);
    if (code.endsWith("no_excluded_member")) expect(found.expected).toEqual(EXCLUDED);
    const json = JSON.parse(JSON.stringify(found));
    expect(json.received).toEqual(received);
    const sentence = formatCheck(found, lang as Language);
    expect(sentence.startsWith(text)).toBe(true);
    expect(sentence).not.toMatch(codes);
    expect(formatCheck(json, lang as Language, { messages: programCatalogue() })).toBe(sentence);
    const explained = explainAssessment(assessment, lang as Language).split("\n").filter((line) => line.includes(text));
    expect(explained.length).toBeGreaterThan(0);
  });
});

describe("an app's check template may word its codes too", () => {
  const template = (labels: unknown) => ({ id: "Kurang: {received}", en: "Lacking: {received}", labels }) as never;
  const ruleOf = (labels: unknown) => lib.check({ code: "app.lacking", message: template(labels), evaluate: () => lib.outcome(false, [], ["no_fence"]) });
  it.each([
    ["id", "Kurang: tanpa pagar — tidak terpenuhi"],
    ["en", "Lacking: no fence — not met"],
  ] as const)("worded in %s", (lang, text) => {
    const result = lib.evaluateRule(ruleOf({ no_fence: { id: "tanpa pagar", en: "no fence" } }), { asOf: AS_OF, parameters: lib.createParameterReader(lib.defaultParameters(), AS_OF) });
    expect(result.received).toEqual(["no_fence"]);
    expect(formatCheck(result, lang)).toBe(text);
  });
  it.each([
    ["a label that is a number", { no_fence: 5 }],
    ["a label without English", { no_fence: { id: "tanpa pagar" } }],
    ["labels that are text", "no_fence"],
  ])("refuses %s (message.bad_template)", (_name, labels) => {
    expect(codeOf(() => ruleOf(labels))).toBe("message.bad_template");
  });
});
