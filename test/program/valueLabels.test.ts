import { describe, expect, it } from "vitest";
import { assessHousehold, bsps, explainAssessment, formatCheck, kube, pbiPemda, pena, pip, pkh, programCatalogue, rutilahu, type Household, type Language, type Program } from "../../src/index.js";
import { aHousehold, aPerson } from "../fixtures/index.js";

// Checks whose values are codes of household enums (tenure, land title, school level, marital
// status, employer category) or PKH's components: their sentences show the words of the template's
// labels in both languages (the household labels for the enums), while the check and its JSON keep
// the codes. Before, only the CLI worded some of them, and only in `--lang id`.

const worker = { employerCategory: "farmer", monthlyIncome: "900000" };

const house = (housing: Record<string, unknown>): Household =>
  aHousehold({ desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson(worker)], housing: { floorMaterial: "earth", ...housing } });

/** Two pupils, in SD and SMP. */
const pupils = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [
    aPerson(worker),
    aPerson({ relationship: "child", birthDate: "2016-02-03", schooling: { level: "sd", enrolled: true } }),
    aPerson({ relationship: "child", sex: "female", birthDate: "2012-04-05", schooling: { level: "smp", enrolled: true } }),
  ],
});

/** A TK pupil, in a year PIP pays TK (2026). */
const tkPupil = aHousehold({
  desil: { value: 1, asOf: "2026-06-01" },
  members: [aPerson(worker), aPerson({ relationship: "child", birthDate: "2021-02-03", schooling: { level: "early-childhood", enrolled: true } })],
});

/** A toddler, an SD pupil and a grandmother over 70: three PKH components. */
const pkhFamily = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [
    aPerson(worker),
    aPerson({ relationship: "child", birthDate: "2023-02-03" }),
    aPerson({ relationship: "child", birthDate: "2016-02-03", schooling: { level: "sd", enrolled: true } }),
    aPerson({ relationship: "parent", sex: "female", birthDate: "1950-02-03" }),
  ],
});

/** A mother in her first pregnancy and a father with a severe disability. */
const pkhPregnancy = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [
    aPerson({ ...worker, disability: "severe" }),
    aPerson({ relationship: "spouse", sex: "female", birthDate: "1995-01-01", pregnancy: "pregnant", pregnancyOrder: 1 }),
  ],
});

/** KUBE: the members of working age are single and divorced. */
const unmarried = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ ...worker, maritalStatus: "single" }), aPerson({ relationship: "other-family", sex: "female", birthDate: "1985-01-01", maritalStatus: "divorced" })],
});

/** KUBE: one member of working age single, the other's status not recorded. */
const unknownStatus = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ ...worker, maritalStatus: "single" }), aPerson({ relationship: "other-family", sex: "female", birthDate: "1985-01-01" })],
});

/** PBI Pemda: the only member already has JKN, so nobody is to be covered. */
const covered = aHousehold({ members: [aPerson({ ...worker, jkn: "non-pbi" })] });

/** PENA: a family on PKH. */
const onPkh = aHousehold({ desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson(worker)], currentAid: [{ program: "pkh", since: "2023-01-01" }] });
const AID_CODES = /\b(pkh|sembako|bpnt)\b/;
/** PENA: the family on PKH had its house repaired by Rutilahu in 2021. */
const onPkhRepaired = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson(worker)],
  currentAid: [{ program: "pkh", since: "2023-01-01" }],
  housing: { housingAid: [{ program: "rutilahu", on: "2021-05-01" }] },
});
const HOUSE_AID_CODES = /\b(rst|rutilahu|bsps|kaltim_rlh)\b/;

const EMPLOYER_PAID = ["asn", "tni", "polri", "state-official", "bumn", "bumd", "private"];
const SCHOOL_CODES = /\b(sd|smp|sma)\b|early-childhood/;
// A code as a listed value (before a comma, a closing bracket or the status), not a word of the fixed text.
const PKH_CODES = /early_childhood|severe_disability|\b(sd|smp|sma|pregnancy)(?=,| —)/;
const EMPLOYER_CODES = /\b(asn|tni|polri|bumn|bumd|private)(?=[,)])|state-official/;

describe("coded values in check sentences are worded in both languages, codes kept", () => {
  it.each([
    // Tenure: the house checks of Rutilahu and BSPS.
    [rutilahu, house({ tenure: "rent-free" }), "2025-07-01", "rutilahu.owns_house", "id", { received: "rent-free" }, /rent-free/,
      "Rumah harus milik sendiri; status tercatat: bebas sewa — tidak terpenuhi"],
    [bsps, house({ tenure: "official" }), "2025-07-01", "bsps.owns_house", "en", { received: "official" }, /\bofficial\b(?! housing)/,
      "The house must be the family's own; recorded tenure: official housing — not met"],
    [bsps, house({ tenure: "rent" }), "2025-07-01", "bsps.owns_house", "id", { received: "rent" }, /\brent\b/,
      "Rumah harus milik sendiri; status tercatat: sewa/kontrak — tidak terpenuhi"],
    // `other` means what the tenure's label says.
    [rutilahu, house({ tenure: "other" }), "2025-07-01", "rutilahu.owns_house", "id", { received: "other" }, /\bother\b/,
      "Rumah harus milik sendiri; status tercatat: lainnya — tidak terpenuhi"],
    // Land title, `none` included: no proof of title.
    [bsps, house({ tenure: "own", landTitle: "none" }), "2025-07-01", "bsps.land_title", "id", { received: "none", expected: ["certificate", "other-proof"] }, /\bnone\b/,
      "Tanah harus dikuasai dengan alas hak yang sah (sertipikat atau bukti sah lain); tercatat: tidak ada bukti — tidak terpenuhi"],
    [bsps, house({ tenure: "own", landTitle: "none" }), "2025-07-01", "bsps.land_title", "en", { received: "none" }, /\bnone\b/,
      "The land must be held under a valid title (certificate or other valid proof); recorded: no proof of title — not met"],
    [bsps, house({ tenure: "own", landTitle: "other-proof" }), "2025-07-01", "bsps.land_title", "en", { received: "other-proof" }, /other-proof/,
      "The land must be held under a valid title (certificate or other valid proof); recorded: other proof of title — met"],
    // School levels: PIP.
    [pip, pupils, "2025-07-01", "pip.has_pupil", "id", { received: ["sd", "smp"] }, SCHOOL_CODES,
      "Paling sedikit satu anggota harus bersekolah di SD, SMP atau SMA/SMK, atau di TK pada tahun PIP membayar TK (sejak 2026); tercatat: SD/MI, SMP/MTs — terpenuhi"],
    [pip, pupils, "2025-07-01", "pip.has_pupil", "en", { received: ["sd", "smp"] }, SCHOOL_CODES,
      "At least one member must be enrolled in SD, SMP or SMA/SMK, or in TK in a year PIP pays TK pupils (from 2026); found: primary (SD), lower secondary (SMP) — met"],
    [pip, tkPupil, "2026-07-01", "pip.has_pupil", "en", { received: ["early-childhood"] }, SCHOOL_CODES,
      "At least one member must be enrolled in SD, SMP or SMA/SMK, or in TK in a year PIP pays TK pupils (from 2026); found: early childhood — met"],
    [pip, tkPupil, "2026-07-01", "pip.has_pupil", "id", { received: ["early-childhood"] }, SCHOOL_CODES,
      "Paling sedikit satu anggota harus bersekolah di SD, SMP atau SMA/SMK, atau di TK pada tahun PIP membayar TK (sejak 2026); tercatat: PAUD/TK — terpenuhi"],
    // PKH's components: the school ones by the school levels' labels.
    [pkh, pkhFamily, "2025-07-01", "pkh.has_component", "id", { received: ["early_childhood", "sd", "elderly"] }, PKH_CODES,
      "(anak usia dini, anak SD/SMP/SMA, disabilitas berat, lanjut usia ≥ 70 tahun, kehamilan ke-1 atau ke-2); tercatat: anak usia dini, SD/MI, lanjut usia — terpenuhi"],
    [pkh, pkhFamily, "2025-07-01", "pkh.has_component", "en", { received: ["early_childhood", "sd", "elderly"] }, PKH_CODES,
      "(early childhood, SD/SMP/SMA pupil, severe disability, elderly ≥ 70, a 1st or 2nd pregnancy); found: early childhood, primary (SD), elderly — met"],
    [pkh, pkhPregnancy, "2025-07-01", "pkh.has_component", "id", { received: ["severe_disability", "pregnancy"] }, PKH_CODES,
      "kehamilan ke-1 atau ke-2); tercatat: disabilitas berat, hamil/nifas — terpenuhi"],
    [pkh, pkhPregnancy, "2025-07-01", "pkh.has_component", "en", { received: ["severe_disability", "pregnancy"] }, PKH_CODES,
      "a 1st or 2nd pregnancy); found: severe disability, pregnant or postpartum — met"],
    // Marital status: KUBE (its English labels are the codes' words).
    [kube, unmarried, "2025-07-01", "kube.married_member", "id", { received: ["single", "divorced"] }, /\b(single|divorced)\b/,
      "status anggota usia itu: belum kawin, cerai hidup — tidak terpenuhi"],
    // A status not recorded (`?` in the values): worded, not "?, ?".
    [kube, unknownStatus, "2025-07-01", "kube.married_member", "id", { received: ["single", "?"] }, /\?/,
      "status anggota usia itu: belum kawin, tidak tercatat — tidak dapat dipastikan"],
    [kube, unknownStatus, "2025-07-01", "kube.married_member", "en", { received: ["single", "?"] }, /\?/,
      "their recorded status: single, not recorded — undetermined"],
    // Employer categories in `expected`: PBI Pemda.
    [pbiPemda, covered, "2025-07-01", "pbi_pemda.member_to_cover", "id", { expected: EMPLOYER_PAID }, EMPLOYER_CODES,
      "bukan pekerja yang iurannya wajib dibayar pemberi kerja (ASN/PNS, TNI, Polri, pejabat negara, pegawai BUMN, pegawai BUMD, pegawai swasta); anggota yang ditanggung (nomor anggota): tidak ada — tidak terpenuhi"],
    [pbiPemda, covered, "2025-07-01", "pbi_pemda.member_to_cover", "en", { expected: EMPLOYER_PAID }, EMPLOYER_CODES,
      "not be an employee whose employer must pay (civil servant (ASN), armed forces (TNI), police (Polri), state official, state-owned enterprise (BUMN), " +
      "region-owned enterprise (BUMD), private employee); members to cover (member numbers): none — not met"],
    // The aid PENA asks for, by its programs' names (session 45: "bansos (pkh, sembako, bpnt); tercatat: pkh").
    [pena, onPkh, "2025-07-01", "pena.active_aid_recipient", "id", { expected: ["pkh", "sembako", "bpnt"], received: ["pkh"] }, AID_CODES,
      "Keluarga harus sedang menerima bansos (PKH, Sembako, BPNT); tercatat: PKH — terpenuhi"],
    [pena, onPkh, "2025-07-01", "pena.active_aid_recipient", "en", { expected: ["pkh", "sembako", "bpnt"], received: ["pkh"] }, AID_CODES,
      "The family must currently receive social aid (PKH, Sembako, BPNT); recorded: PKH — met"],
    // House aid by the programs' names, dated (session 45: "bantuan rumah (rst, rutilahu)", "tercatat: rutilahu 2021-05-01").
    [pena, onPkhRepaired, "2025-07-01", "pena.house_aid_recipient", "id", { expected: ["rst", "rutilahu"], received: ["rutilahu 2021-05-01"] }, HOUSE_AID_CODES,
      "Prioritas: keluarga penerima bantuan rumah (RST (Rumah Sejahtera Terpadu), Rutilahu); tercatat: Rutilahu pada 2021-05-01 — terpenuhi"],
    [pena, onPkhRepaired, "2025-07-01", "pena.house_aid_recipient", "en", { received: ["rutilahu 2021-05-01"] }, HOUSE_AID_CODES,
      "Priority: a family that received house aid (RST (Rumah Sejahtera Terpadu), Rutilahu); recorded: Rutilahu on 2021-05-01 — met"],
    [rutilahu, house({ tenure: "own", housingAid: [{ program: "bsps", on: "2020-02-03" }] }), "2025-07-01", "rutilahu.no_recent_house_aid", "id", { received: ["bsps 2020-02-03"] }, HOUSE_AID_CODES,
      "Tidak boleh menerima bantuan rumah sejenis dalam 10 tahun terakhir; tercatat: BSPS pada 2020-02-03 — tidak terpenuhi"],
    [bsps, house({ tenure: "own", housingAid: [{ program: "kaltim_rlh", on: "2022-02-03" }] }), "2025-07-01", "bsps.no_recent_house_aid", "en", { received: ["kaltim_rlh 2022-02-03"] }, HOUSE_AID_CODES,
      "unless a disaster struck the house since; recorded: Kalimantan Timur province RLH on 2022-02-03 — not met"],
  ] as const)("case %#", (program: Program, household, asOf, code, lang, kept: { received?: unknown; expected?: unknown }, codes, text) => {
    const assessment = assessHousehold(household, { asOf, programs: [program] }).programs[0]!;
    // A check, or an advisory priority (PENA's house aid).
    const found = [...assessment.checks, ...(assessment.priority?.children ?? [])].find((c) => c.code === code)!;
    // The check and its JSON keep the codes.
    const json = JSON.parse(JSON.stringify(found));
    for (const [key, value] of Object.entries(kept)) {
      expect(found[key as "received"]).toEqual(value);
      expect(json[key]).toEqual(value);
    }
    const sentence = formatCheck(found, lang as Language);
    expect(sentence).toContain(text);
    expect(sentence).not.toMatch(codes);
    expect(formatCheck(json, lang as Language, { messages: programCatalogue() })).toBe(sentence);
    expect(explainAssessment(assessment, lang as Language)).toContain(text);
  });
});

// Values that hold a number (`family of 3`, `elderly 2`): worded by a label whose key has `{n}` in the
// number's place. Before, the Indonesian sentence carried the check's English ("one person aged 77,
// disability moderate", "elderly 1").
const alone = (person: Record<string, unknown>): Household => aHousehold({ desil: { value: 1, asOf: "2025-06-01" }, members: [aPerson({ ...worker, ...person })], housing: { floorMaterial: "earth", tenure: "own" } });
const elderlyAndDisabled = aHousehold({
  desil: { value: 1, asOf: "2025-06-01" },
  members: [aPerson({ ...worker, disability: "none" }), aPerson({ relationship: "parent", sex: "female", birthDate: "1950-02-03", disability: "severe" })],
});

describe("coded values holding a number are worded in both languages, codes kept", () => {
  it.each([
    [alone({ birthDate: "1948-01-01", disability: "moderate" }), "id", "one person aged 77, disability moderate", "tercatat: satu orang berumur 77 tahun, disabilitas ringan/sedang — terpenuhi"],
    [alone({ birthDate: "1948-01-01", disability: "moderate" }), "en", "one person aged 77, disability moderate", "recorded: one person aged 77, moderate disability — met"],
    [alone({ birthDate: "1990-01-01" }), "id", "one person aged 35, disability ?", "tercatat: satu orang berumur 35 tahun, disabilitas tidak tercatat — tidak dapat dipastikan"],
    [alone({ birthDate: "1990-01-01", disability: "none" }), "en", "one person aged 35, disability none", "recorded: one person aged 35, no disability — not met"],
    [elderlyAndDisabled, "id", "family of 2", "tercatat: keluarga 2 orang — terpenuhi"],
    [elderlyAndDisabled, "en", "family of 2", "recorded: family of 2 — met"],
  ] as const)("bsps.household_status %#", (household, lang, received, text) => {
    const assessment = assessHousehold(household, { asOf: "2025-07-01", programs: [bsps] }).programs[0]!;
    const found = assessment.checks.find((c) => c.code === "bsps.household_status")!;
    expect(found.received).toBe(received);
    const sentence = formatCheck(found, lang);
    expect(sentence).toContain(text);
    // The recorded value (before the status; an unknown one's reason names the data field).
    if (lang === "id") expect(sentence.slice(0, sentence.indexOf(" — "))).not.toMatch(/family|person|aged|disability/);
    expect(formatCheck(JSON.parse(JSON.stringify(found)), lang, { messages: programCatalogue() })).toBe(sentence);
  });

  it.each([
    ["id", "tercatat: lansia (anggota 2), disabilitas (anggota 2) — tidak terpenuhi"],
    ["en", "recorded: elderly (member 2), disability (member 2) — not met"],
  ] as const)("pena.no_elderly_or_disabled_member in %s", (lang, text) => {
    const assessment = assessHousehold(elderlyAndDisabled, { asOf: "2025-07-01", programs: [pena] }).programs[0]!;
    const found = assessment.priority?.children?.find((c) => c.code === "pena.no_elderly_or_disabled_member");
    expect(found?.received).toEqual(["elderly 2", "disability 2"]);
    const sentence = formatCheck(found!, lang);
    expect(sentence).toContain(text);
    expect(formatCheck(JSON.parse(JSON.stringify(found)), lang, { messages: programCatalogue() })).toBe(sentence);
  });
});
