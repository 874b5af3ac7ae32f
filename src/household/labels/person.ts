import type { EnumLabels } from "./types.js";

// Labels of the person-level enums, in the wording of the KK and of Dinsos/DTSEN exports, with the
// spellings those exports commonly use as aliases. Aliases are lower case; the label itself is an
// alias too.

/** The `EmployerCategory` labels, a constant of their own: the exclusion checks word their categories without the rest of the catalogue. @internal */
export const employerCategoryLabels = {
  asn: { id: "ASN/PNS", en: "civil servant (ASN)", aliases: ["pns", "pppk"] },
  tni: { id: "TNI", en: "armed forces (TNI)" },
  polri: { id: "Polri", en: "police (Polri)", aliases: ["polisi"] },
  "state-official": { id: "pejabat negara", en: "state official" },
  bumn: { id: "pegawai BUMN", en: "state-owned enterprise (BUMN)", aliases: ["karyawan bumn"] },
  bumd: { id: "pegawai BUMD", en: "region-owned enterprise (BUMD)", aliases: ["karyawan bumd"] },
  pensioner: { id: "pensiunan ASN/TNI/Polri", en: "pensioner (ASN/TNI/Polri)", aliases: ["pensiunan", "purnawirawan", "pensiunan pns"] },
  "public-payroll": { id: "digaji APBN/APBD", en: "paid from APBN/APBD", aliases: ["honorer", "tenaga honorer", "pegawai honorer", "pegawai pemerintah non-asn"] },
  "village-official": { id: "perangkat desa", en: "village official", aliases: ["kepala desa", "aparat desa", "perangkat kelurahan"] },
  "certified-teacher": { id: "guru bersertifikasi", en: "certified teacher", aliases: ["guru sertifikasi", "guru bersertifikat"] },
  "health-worker": { id: "tenaga kesehatan", en: "health worker", aliases: ["nakes", "dokter", "bidan", "perawat"] },
  "company-owner": { id: "pemilik/pengurus perusahaan", en: "company owner or manager", aliases: ["pemilik perusahaan", "pengurus perusahaan", "direktur"] },
  private: { id: "pegawai swasta", en: "private employee", aliases: ["swasta", "karyawan swasta"] },
  "self-employed": { id: "wiraswasta", en: "self-employed", aliases: ["wirausaha", "berusaha sendiri"] },
  farmer: { id: "petani", en: "farmer", aliases: ["pekebun"] },
  "farm-labourer": { id: "buruh tani", en: "farm labourer" },
  fisher: { id: "nelayan", en: "fisher" },
  "construction-labourer": { id: "buruh bangunan", en: "construction labourer", aliases: ["kuli bangunan"] },
  "plantation-labourer": { id: "buruh perkebunan", en: "plantation labourer", aliases: ["buruh kebun"] },
  labourer: { id: "buruh", en: "labourer", aliases: ["buruh harian lepas"] },
  informal: { id: "pekerja informal", en: "informal work", aliases: ["pekerja bebas"] },
  none: { id: "tidak bekerja", en: "not working", aliases: ["belum bekerja", "tidak/belum bekerja"] },
} as const satisfies EnumLabels;

/** The `Disability` labels, a constant of their own: PKH's component check words severe disability without the rest of the catalogue. @internal */
export const disabilityLabels = {
  none: { id: "tidak ada disabilitas", en: "no disability", aliases: ["tidak", "tidak ada", "tidak cacat"] },
  moderate: { id: "disabilitas ringan/sedang", en: "moderate disability", aliases: ["ringan", "sedang", "disabilitas ringan", "disabilitas sedang"] },
  severe: { id: "disabilitas berat", en: "severe disability", aliases: ["berat"] },
} as const satisfies EnumLabels;

/** The `Pregnancy` labels, a constant of their own: PKH's component check words pregnancy without the rest of the catalogue. @internal */
export const pregnancyLabels = {
  none: { id: "tidak hamil", en: "not pregnant", aliases: ["tidak"] },
  pregnant: { id: "hamil", en: "pregnant", aliases: ["ibu hamil"] },
  postpartum: { id: "nifas", en: "postpartum", aliases: ["ibu nifas"] },
} as const satisfies EnumLabels;

/** The `SchoolLevel` labels, a constant of their own: the school checks (PIP, PKH) word school levels without the rest of the catalogue. @internal */
export const schoolLevelLabels = {
  none: { id: "tidak sekolah", en: "not at school", aliases: ["belum sekolah", "tidak/belum sekolah"] },
  "early-childhood": { id: "PAUD/TK", en: "early childhood", aliases: ["paud", "tk", "ra", "tk/ra"] },
  sd: { id: "SD/MI", en: "primary (SD)", aliases: ["mi", "sdlb", "paket a"] },
  smp: { id: "SMP/MTs", en: "lower secondary (SMP)", aliases: ["mts", "smplb", "paket b"] },
  sma: { id: "SMA/SMK/MA", en: "upper secondary (SMA)", aliases: ["smk", "ma", "mak", "smalb", "paket c"] },
} as const satisfies EnumLabels;

/** The `MaritalStatus` labels, a constant of their own: KUBE's marriage check words the recorded status without the rest of the catalogue. @internal */
export const maritalStatusLabels = {
  single: { id: "belum kawin", en: "single", aliases: ["lajang", "belum menikah"] },
  married: { id: "kawin", en: "married", aliases: ["menikah", "kawin tercatat", "kawin belum tercatat"] },
  divorced: { id: "cerai hidup", en: "divorced", aliases: ["cerai"] },
  widowed: { id: "cerai mati", en: "widowed", aliases: ["janda", "duda", "janda/duda"] },
} as const satisfies EnumLabels;

/** @internal */
export const personLabels = {
  Sex: {
    male: { id: "laki-laki", en: "male", aliases: ["l", "lk", "laki laki", "lelaki", "pria"] },
    female: { id: "perempuan", en: "female", aliases: ["p", "pr", "wanita"] },
  },
  Relationship: {
    head: { id: "kepala keluarga", en: "head of family", aliases: ["kepala", "kepala rumah tangga", "krt"] },
    spouse: { id: "istri/suami", en: "spouse", aliases: ["istri", "isteri", "suami", "suami/istri", "suami/isteri", "istri/suami"] },
    child: { id: "anak", en: "child", aliases: ["anak kandung", "anak tiri", "anak angkat"] },
    grandchild: { id: "cucu", en: "grandchild" },
    parent: { id: "orang tua/mertua", en: "parent or parent-in-law", aliases: ["orang tua", "orangtua", "mertua"] },
    "in-law": { id: "menantu", en: "child-in-law" },
    "other-family": { id: "famili lain", en: "other relative", aliases: ["famili", "saudara", "keluarga lain"] },
    other: { id: "lainnya", en: "other (non-relative)", aliases: ["lain", "lain-lain", "pembantu", "pembantu rumah tangga"] },
  },
  Pregnancy: pregnancyLabels,
  Disability: disabilityLabels,
  SchoolLevel: schoolLevelLabels,
  Education: {
    none: { id: "tidak/belum pernah sekolah", en: "no schooling", aliases: ["tidak sekolah", "belum sekolah", "tidak pernah sekolah"] },
    "sd-not-completed": { id: "tidak tamat SD", en: "primary not completed", aliases: ["belum tamat sd", "tidak tamat sd/sederajat"] },
    sd: { id: "SD/sederajat", en: "primary (SD)", aliases: ["tamat sd", "mi"] },
    smp: { id: "SMP/sederajat", en: "lower secondary (SMP)", aliases: ["tamat smp", "sltp", "mts"] },
    sma: { id: "SMA/sederajat", en: "upper secondary (SMA)", aliases: ["tamat sma", "slta", "smk", "ma"] },
    higher: { id: "perguruan tinggi", en: "higher education", aliases: ["diploma", "sarjana", "d1", "d2", "d3", "d4", "s1", "s2", "s3"] },
  },
  EmployerCategory: employerCategoryLabels,
  MaritalStatus: maritalStatusLabels,
  JknMembership: {
    pbi: { id: "PBI-JKN", en: "PBI-JKN (premium paid by government)", aliases: ["pbi jkn", "kis pbi"] },
    "non-pbi": { id: "JKN non-PBI", en: "JKN, not PBI", aliases: ["non pbi", "jkn mandiri", "bpjs mandiri", "mandiri"] },
    none: { id: "tidak punya JKN", en: "no JKN", aliases: ["tidak ada", "tidak punya", "tidak memiliki"] },
  },
} as const satisfies Readonly<Record<string, EnumLabels>>;
