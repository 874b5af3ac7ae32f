import { exitKindLabels, landTitleLabels, tenureLabels, waterSourceLabels } from "../household/labels/housing.js";
import { employerCategoryLabels, maritalStatusLabels, schoolLevelLabels } from "../household/labels/person.js";
import { packagedSource } from "../household/water.js";
import type { LabelledTemplate, MessageTemplate, Text } from "../message/message.js";

// Wording shared by the checks every program declares with the building blocks of checks.ts. Each
// program's catalogue lists these under its own codes (`pkh.desil_current`, …); kept here, not in a
// messages.ts, so the catalogue test sees them once per code.

/** @internal */
export const DESIL_CURRENT: MessageTemplate = {
  id: "Desil DTSEN harus dibaca paling lama {expected} bulan sebelum tanggal penilaian; dibaca {received}",
  en: "The DTSEN desil must have been read at most {expected} months before the assessment date; read {received}",
};

/** @internal */
export const DESIL_IN_RANGE: MessageTemplate = {
  id: "Desil DTSEN harus {expected}, tercatat {received}",
  en: "DTSEN desil must be {expected}, is {received}",
};

/** The wording of a household enum's labels (`{ id, en }` per code, without the CSV aliases), as a check's template keeps it. */
function wordsOf(labels: Readonly<Record<string, Text>>): Readonly<Record<string, Text>> {
  const out: Record<string, Text> = {};
  for (const [code, { id, en }] of Object.entries(labels)) out[code] = Object.freeze({ id, en });
  return Object.freeze(out);
}

/** The employer categories in the household labels' words (`ASN/PNS`, `pegawai BUMN`, …), for the checks that list them; the checks keep the codes. @internal */
export const EMPLOYER_CATEGORIES: Readonly<Record<string, Text>> = /* @__PURE__ */ wordsOf(employerCategoryLabels);

/** The employer categories in the household labels' words; the check keeps the codes. @internal */
export const NO_EXCLUDED_MEMBER: LabelledTemplate = {
  id: "Tidak boleh ada anggota keluarga dalam kategori pekerjaan yang dikecualikan: {expected}; tercatat: {received}",
  en: "No family member may be in an excluded employment category: {expected}; recorded: {received}",
  labels: EMPLOYER_CATEGORIES,
};

/**
 * The recorded tenure of the house checks (Rutilahu, BSPS) in the household labels' words (`bebas
 * sewa`, `rumah dinas`, …); the check keeps the code.
 * @internal
 */
export const OWNS_HOUSE: LabelledTemplate = {
  id: "Rumah harus milik sendiri; status tercatat: {received}",
  en: "The house must be the family's own; recorded tenure: {received}",
  labels: /* @__PURE__ */ wordsOf(tenureLabels),
};

/** The land titles in the household labels' words (`sertifikat`, `tidak ada bukti`, …); the check keeps the code. @internal */
export const LAND_TITLES: Readonly<Record<string, Text>> = /* @__PURE__ */ wordsOf(landTitleLabels);

/** The school levels in the household labels' words (`SD/MI`, `SMP/MTs`, …); the check keeps the codes. @internal */
export const SCHOOL_LEVELS: Readonly<Record<string, Text>> = /* @__PURE__ */ wordsOf(schoolLevelLabels);

/** The marital statuses in the household labels' words (`kawin`, `belum kawin`, …); the check keeps the codes. @internal */
export const MARITAL_STATUSES: Readonly<Record<string, Text>> = /* @__PURE__ */ wordsOf(maritalStatusLabels);

/** @internal */
export const DTKS_CURRENT: MessageTemplate = {
  id: "Keanggotaan DTKS harus dibaca paling lama {expected} bulan sebelum tanggal penilaian; dibaca {received}",
  en: "DTKS membership must have been read at most {expected} months before the assessment date; read {received}",
};

/** @internal */
export const DTKS_MEMBER: MessageTemplate = {
  id: "Keluarga harus terdaftar dalam DTKS (dasar penyasaran sebelum DTSEN); tercatat: {received}",
  en: "The family must be in DTKS (the targeting basis before DTSEN); recorded: {received}",
};

/** @internal */
export const INCOME_WITHIN_UMK: MessageTemplate = {
  id: "Tidak boleh ada anggota keluarga yang berpenghasilan di atas UMK kabupaten/kota ({expected} per bulan); anggota di atasnya: {received}",
  en: "No family member may earn more than the regency's UMK ({expected} a month); members above it: {received}",
};

/** @internal */
export const HEAD_ALIVE: MessageTemplate = {
  id: "Kepala keluarga (penerima terdaftar) harus masih hidup; bantuan berhenti sampai KK mencatat kepala keluarga baru; tercatat meninggal: {received}",
  en: "The head of the family (the registered recipient) must be alive; aid stops until the KK names a new head; recorded death: {received}",
};

/** @internal */
export const NO_OTHER_SOURCE_AID: MessageTemplate = {
  id: "Keluarga tidak boleh sudah menerima bantuan dari sumber selain Kemensos ({expected}); tercatat: {received}",
  en: "The family must not already receive aid from a non-Kemensos source ({expected}); recorded: {received}",
};

/**
 * The exits the check records (`mandiri (2025-03-01)`, a grant `pena (2025-02-01)`) in the program's
 * words, dated: the graduasi by the household labels' words, PENA's grant by its name (a grant of an
 * office's own keeps its code).
 */
function exitWords(): Readonly<Record<string, Text>> {
  const { mandiri, paksa } = exitKindLabels;
  return Object.freeze({
    "mandiri ({date})": dated(mandiri),
    "paksa ({date})": dated(paksa),
    "alami ({date})": dated({ id: "graduasi alami", en: "natural graduation (alami)" }),
    "pena ({date})": dated({ id: "hibah PENA", en: "PENA grant" }),
    pena: { id: "PENA", en: "PENA" },
  });
}

/** A name dated, for a label whose key holds `{date}`: "BSPS pada {date}", "BSPS on {date}". */
function dated(name: Text): Text {
  return { id: `${name.id} pada {date}`, en: `${name.en} on {date}` };
}

/** The exits worded and dated; the check keeps the codes. @internal */
export const NOT_EXITED: LabelledTemplate = {
  id: "Keluarga tidak boleh sudah keluar dari program (graduasi alami, mandiri, paksa, atau hibah {expected}); tercatat: {received}",
  en: "The family must not have left the program (graduasi alami, mandiri, paksa, or a {expected} grant); recorded: {received}",
  labels: /* @__PURE__ */ exitWords(),
};

/**
 * The house aid the house checks record (`rutilahu 2021-05-01`: a program id and its date, from
 * `housing.housingAid` and `currentAid`) and list (`rst`), by the programs' names, dated. An office's
 * own program keeps its code.
 */
function houseAidWords(): Readonly<Record<string, Text>> {
  const names: Readonly<Record<string, Text>> = {
    rutilahu: { id: "Rutilahu", en: "Rutilahu" },
    rst: { id: "RST (Rumah Sejahtera Terpadu)", en: "RST (Rumah Sejahtera Terpadu)" },
    bsps: { id: "BSPS", en: "BSPS" },
    rtlh_daerah: { id: "perbaikan RTLH pemerintah daerah", en: "regional government house repair" },
    kaltim_rlh: { id: "RLH Provinsi Kalimantan Timur", en: "Kalimantan Timur province RLH" },
  };
  const words: Record<string, Text> = {};
  for (const [code, name] of Object.entries(names)) {
    words[code] = name;
    words[`${code} {date}`] = dated(name);
  }
  return Object.freeze(words);
}

/** The labels of the house-aid checks (see houseAidWords). @internal */
export const HOUSE_AID_WORDS: Readonly<Record<string, Text>> = /* @__PURE__ */ houseAidWords();

const KEMENSOS_CHECKS = {
  dtks_current: DTKS_CURRENT,
  dtks_member: DTKS_MEMBER,
  desil_current: DESIL_CURRENT,
  desil_in_range: DESIL_IN_RANGE,
  no_excluded_member: NO_EXCLUDED_MEMBER,
  income_within_umk: INCOME_WITHIN_UMK,
  head_alive: HEAD_ALIVE,
  no_other_source_aid: NO_OTHER_SOURCE_AID,
  not_exited: NOT_EXITED,
} as const;

/**
 * The messages of the shared checks a Kemensos program declares under its own codes
 * (`targetingRule`, `exclusionChecks`, `notExitedCheck`), keyed `<prefix>.<check>`.
 * @internal
 */
export function kemensosCheckMessages<P extends string>(prefix: P): { readonly [K in keyof typeof KEMENSOS_CHECKS as `${P}.${K}`]: MessageTemplate } {
  const out: Record<string, MessageTemplate> = {};
  for (const [check, message] of Object.entries(KEMENSOS_CHECKS)) out[`${prefix}.${check}`] = message;
  return out as { readonly [K in keyof typeof KEMENSOS_CHECKS as `${P}.${K}`]: MessageTemplate };
}

/**
 * The five RTLH criteria of Permensos 20/2017 (`rtlhVerdict`), worded for a house check's sentence
 * (`received`, `missing`); the check's values keep the codes.
 * @internal
 */
export const RTLH_CRITERIA = Object.freeze({
  dangerous_damage: { id: "kerusakan berbahaya (dinding/atap)", en: "dangerous damage (walls/roof)" },
  rotting_material: { id: "bahan dinding/atap mudah lapuk", en: "walls/roof of easily rotting material" },
  poor_floor: { id: "lantai tanah/bambu/kayu murahan atau rusak", en: "earth/bamboo/cheap-wood or damaged floor" },
  no_mck: { id: "tanpa MCK sendiri/bersama", en: "no own or shared MCK (toilet)" },
  floor_area: { id: "luas lantai < 7,2 m²/orang", en: "floor area < 7.2 m² per person" },
});

/**
 * The three criteria of sanitasi layak (BPS, `sanitationVerdict`), worded for the sanitation check's
 * sentence; the check's values keep the codes.
 * @internal
 */
export const SANITATION_CRITERIA = Object.freeze({
  facility: { id: "fasilitas buang air besar", en: "toilet facility" },
  type: { id: "jenis kloset", en: "toilet type" },
  disposal: { id: "pembuangan akhir tinja", en: "faeces disposal" },
});

/**
 * The drinking-water sources in the household labels' words (`leding`, `sumur tak terlindung`, …),
 * and a bottled or refill source with the bathing/washing source that decides it (`packagedSource`),
 * worded for the water check's sentence; the check's `received` keeps the codes.
 * @internal
 */
export const WATER_SOURCES: Readonly<Record<string, Text>> = /* @__PURE__ */ waterSources(wordsOf(waterSourceLabels));

function waterSources(sources: Readonly<Record<string, Text>>): Readonly<Record<string, Text>> {
  const out: Record<string, Text> = { ...sources };
  for (const drinking of ["bottled", "refill"]) {
    const drunk = sources[drinking] as Text;
    for (const [code, bathing] of Object.entries(sources)) {
      out[packagedSource(drinking, code)] = { id: `${drunk.id} (mandi/cuci: ${bathing.id})`, en: `${drunk.en} (bathing/washing: ${bathing.en})` };
    }
  }
  return Object.freeze(out);
}
