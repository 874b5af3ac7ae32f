/**
 * Rumah Layak Huni (RLH, Pemprov Kalimantan Timur): the province builds a new house (pembangunan
 * baru) for a poor family, under Pergub Kaltim 3/2025 ("Fasilitasi Percepatan Penanganan Kemiskinan:
 * Pembangunan Rumah Layak Huni dan Pemberian Bantuan Modal Usaha"), in force from 22 January 2025.
 * Written the way an app adds its own program: only the library's public exports.
 *
 * Rules (Pasal 6–7 as quoted by niaga.asia [M]; sources in the parameters below):
 * - an Indonesian citizen who has a family (sudah berkeluarga): more than one living person on the
 *   KK, or a person who is or was married (`maritalStatus`) [L: the plain meaning; the quoted Pasal
 *   has no clause for one-person households, unlike BSPS, which admits one only when disabled or
 *   58+ and so reads "sudah berkeluarga" as two or more people];
 * - holds a KTP and has lived in Kalimantan Timur for at least 3 years (input `ktpKaltimSince`);
 * - poor: an SKTM from the local official (input `sktm`), or registered in Kemensos's data — DTKS
 *   until DTSEN (4 Feb 2025), then a current DTSEN desil 1–4 (the library's `targetingRule`);
 * - owns the land under a valid title not in dispute (SHM, surat segel, or a camat/lurah letter):
 *   `housing.landTitle` when the family owns the house it lives in, else input `rlhLandTitle`;
 * - has no house (does not own the dwelling, and `housing.onlyHouse`: no other house either), or owns
 *   and lives in a single house that is uninhabitable (`assessRtlh`, the Permensos 20/2017 criteria);
 * - family income at most the minimum wage: the Kaltim UMP, read as BSPS reads "upah minimum";
 * - no similar (house) aid in the last 10 years (Biro Adbang, 2024 [M]).
 * Pasal 8 (an obligation, not a check): the house may not be sold, transferred or pledged; the
 * benefit line says so.
 *
 * Benefit: in kind. The province builds a type 36 concrete house (6 × 6 m) or a type 45 wood house
 * (6 × 7.5 m); no Rupiah amount per unit is published for RLH new builds, so the line carries Rp 0,
 * as the library's in-kind programs (air_sanitasi) do.
 *
 * What the household record does not hold, and this program takes as inputs (`AssessmentInputs`):
 * see {@link KaltimRlhInputs}. A fact not given makes its check unknown, never passed.
 */
import {
  addMonths,
  all,
  any,
  assessRtlh,
  bspsParameters,
  buildBenefitSchedule,
  check,
  defineMessages,
  defineProgram,
  desilMaxAgeMonths,
  dtksMaxAgeMonths,
  FloorMaterial,
  isWithin,
  named,
  outcome,
  regionCode,
  RupiahSchema,
  sumRupiah,
  targetingEra,
  targetingRule,
  unknownOutcome,
  ZERO_RUPIAH,
  type DatedParameter,
  type IsoDate,
  type LandTitle,
  type Outcome,
  type Person,
  type Program,
  type ProgramContext,
  type Rupiah,
} from "../src/index.js";

/**
 * The inputs RLH reads besides the household record (pass them in `AssessmentInputs`).
 * @example
 * const inputs: KaltimRlhInputs = { ktpKaltimSince: "2015-03-01", sktm: true, rlhLandTitle: "certificate" };
 */
export interface KaltimRlhInputs {
  /** The date from which the applicant has held a KTP with a Kalimantan Timur address. */
  readonly ktpKaltimSince?: IsoDate;
  /** Whether the family holds an SKTM (surat keterangan tidak mampu) from the camat or lurah. */
  readonly sktm?: boolean;
  /**
   * The title to the plot the new house would be built on, when the family does not own the house it
   * lives in (for an owner, `housing.landTitle` is read): `certificate` (SHM), `other-proof` (surat
   * segel, a camat/lurah letter), `none` (no valid title, or in dispute).
   */
  readonly rlhLandTitle?: LandTitle;
}

const FROM = "2025-01-22";
const NIAGA = "https://www.niaga.asia/ini-persyaratan-dan-kewajiban-penerima-rlh-yang-difasilitasi-pemprov-kaltim/";
const NIAGA_IN_FORCE = "https://www.niaga.asia/pergub-kaltim-no-3-2025-penerima-rlh-menerima-bantuan-modal-usaha/";
const AKURASI = "https://kaltim.akurasi.id/news/politik/catat-ini-syarat-bagi-warga-kaltim-dapatkan-rumah-layak-huni";
const PERGUB = "Pergub Kaltim 3/2025, in force 22 Jan 2025";

const bspsParameter = (id: string): DatedParameter => bspsParameters.find((p) => p.id === id) as DatedParameter;
const UMP = bspsParameter("bsps.income_limit_month");

/**
 * RLH's own dated parameters (it also reads the shared targeting ones and `rtlh.poor_floor_materials`).
 * @example
 * valueAt(kaltimRlhParameters[0], "2026-02-02") //=> 36
 */
export const kaltimRlhParameters: readonly DatedParameter[] = [
  {
    id: "kaltim_rlh.domicile_min_months",
    description: "RLH Kaltim: months the applicant must have lived in Kalimantan Timur (KTP)",
    unit: "months",
    values: [{ from: FROM, value: 36, source: `[M] Pasal 7: 'memiliki KTP dan telah berdomisili di Daerah paling sedikit tiga tahun' (${PERGUB}; ${NIAGA}; ${NIAGA_IN_FORCE})` }],
  },
  {
    id: "kaltim_rlh.desil_range",
    description: "RLH Kaltim: DTSEN desil range standing for 'registered in Kemensos's DTKS' once DTSEN replaced it",
    unit: "desil",
    values: [
      {
        from: FROM,
        value: { min: 1, max: 4 },
        source: `[L] Pasal 7 asks for the DTKS of Kemensos (${NIAGA}); since DTSEN (Inpres 4/2025) no desil is published for RLH: desil 1–4, as the library's BSPS and Rutilahu. An SKTM qualifies whatever the desil`,
      },
    ],
  },
  {
    // The UMP amounts of BSPS's `bsps.income_limit_month` (the same values, from the Pergub's date),
    // under RLH's own id: an office that reads "upah minimum" as its regency's UMK overrides this one
    // without changing BSPS.
    ...UMP,
    id: "kaltim_rlh.income_limit_month",
    description: "RLH Kaltim: family income per month at most this (the minimum wage, read as Kalimantan Timur's UMP)",
    values: UMP.values
      .filter((v) => v.to === undefined || v.to >= FROM)
      .map((v) => ({
        ...v,
        from: v.from < FROM ? FROM : v.from,
        source: `[M] [conflict] Pasal 7: 'berpenghasilan paling banyak sebesar upah minimum' (${NIAGA}); Biro Adbang: 'Upah Minimum Daerah setempat' (${AKURASI}), which may mean the regency UMK (exclusion.umk_monthly): override per regency to follow it. Read as the UMP, as BSPS reads 'upah minimum'. The amount: ${v.source}`,
      })),
  },
  {
    id: "kaltim_rlh.recent_aid_years",
    description: "RLH Kaltim: years within which a previous house aid excludes the family",
    unit: "years",
    values: [{ from: FROM, value: 10, source: `[M] 'belum pernah memperoleh bantuan sejenis dalam jangka waktu 10 tahun terakhir' (Biro Adbang Setda Kaltim, 23 Aug 2024: ${AKURASI}); niaga.asia counts 7 requirements of Pasal 7 but lists 6 (${NIAGA})` }],
  },
  {
    id: "kaltim_rlh.house_aid_programs",
    description: "RLH Kaltim: program ids in housing.housingAid or currentAid that count as a similar aid",
    unit: "program ids",
    values: [{ from: FROM, value: ["kaltim_rlh", "bsps", "rutilahu", "rst", "rtlh_daerah"], source: `[L] 'bantuan sejenis' (${AKURASI}) is not listed: read as RLH itself, the national house aid (BSPS, RS-Rutilahu, RST) and a regency's or city's own house repair (rtlh_daerah, as in the library's Rutilahu and BSPS lists); add other ids per office` }],
  },
];

const messages = defineMessages({
  "kaltim_rlh.has_family": {
    id: "Pemohon harus sudah berkeluarga (lebih dari satu orang dalam KK, atau pernah kawin); tercatat: {received}",
    en: "The applicant must have a family (more than one person on the KK, or ever married); recorded: {received}",
  },
  "kaltim_rlh.ktp_domicile": {
    id: "Memiliki KTP dan berdomisili di Kalimantan Timur paling sedikit {expected} bulan; tercatat: {received}",
    en: "Holds a KTP and has lived in Kalimantan Timur for at least {expected} months; recorded: {received}",
  },
  "kaltim_rlh.poor": {
    id: "Masyarakat miskin: memiliki SKTM atau terdaftar di data Kemensos (DTKS, sejak 2025 DTSEN); terpenuhi {passed} dari {count}",
    en: "Poor: holds an SKTM or is registered in Kemensos's data (DTKS, since 2025 DTSEN); {passed} of {count} met",
  },
  "kaltim_rlh.sktm": {
    id: "Memiliki surat keterangan tidak mampu (SKTM) dari camat atau lurah; tercatat: {received}",
    en: "Holds a certificate of poverty (SKTM) from the camat or lurah; recorded: {received}",
  },
  "kaltim_rlh.land_title": {
    id: "Memiliki dan menguasai tanah dengan alas hak yang sah dan tidak dalam sengketa (SHM, surat segel, atau surat keterangan camat/lurah); tercatat: {received}",
    en: "Owns and holds the land under a valid title not in dispute (SHM, surat segel, or a camat/lurah letter); recorded: {received}",
  },
  "kaltim_rlh.housing_need": {
    id: "Belum memiliki rumah, atau memiliki dan menempati rumah satu-satunya yang tidak layak huni; tercatat: {received}",
    en: "Has no house, or owns and lives in a single house that is uninhabitable; recorded: {received}",
  },
  "kaltim_rlh.income_within_limit": {
    id: "Penghasilan keluarga paling banyak {expected} per bulan (upah minimum); tercatat: {received}",
    en: "Family income at most {expected} a month (the minimum wage); recorded: {received}",
  },
  "kaltim_rlh.no_recent_house_aid": {
    id: "Belum pernah menerima bantuan sejenis dalam {years} tahun terakhir; tercatat: {received}",
    en: "No similar aid in the last {years} years; recorded: {received}",
  },
  "kaltim_rlh.new_house": {
    id: "Pembangunan rumah baru (tipe 36 beton 6 × 6 m atau tipe 45 kayu 6 × 7,5 m); rumah tidak boleh dijual, dipindahtangankan atau dijadikan agunan",
    en: "A new house built (type 36 concrete, 6 × 6 m, or type 45 wood, 6 × 7.5 m); the house may not be sold, transferred or pledged",
  },
});

const KALTIM = regionCode("64");
const EVER_MARRIED: readonly string[] = ["married", "divorced", "widowed"];
const TITLED: readonly LandTitle[] = ["certificate", "other-proof"];
const NEED = "no house, or an uninhabitable only house";
const missingInput = (field: string, expected: number | boolean | readonly string[]) => unknownOutcome("rule.reason.input_missing", expected, null, { field });
// An overridden parameter of the wrong shape makes its check unknown, never passed.
const invalid = (parameter: string) => unknownOutcome("rule.reason.parameter_invalid", null, null, { parameter });
const count = (value: unknown): number | undefined => (typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined);

/** A check reading a whole-number parameter (months, years): `decide` gets it once it is one. */
function countCheck(code: keyof typeof messages, parameter: string, decide: (ctx: ProgramContext, n: number) => Outcome) {
  return check<ProgramContext, unknown, number | undefined>({
    code,
    message: messages[code],
    parameter,
    prepare: count,
    evaluate: (ctx, _value, _parameter, n) => (n === undefined ? invalid(parameter) : decide(ctx, n)),
  });
}

/** Whether the KK records the member's death on or before `asOf` (such a member counts for nothing). */
const diedBy = (person: Person, asOf: IsoDate): boolean => person.deathDate !== undefined && person.deathDate <= asOf;

const hasFamily = check<ProgramContext>({
  code: "kaltim_rlh.has_family",
  message: messages["kaltim_rlh.has_family"],
  evaluate: (ctx) => {
    // The living members: one recorded as dead on or before the date no longer makes a family.
    const members = ctx.household.members.filter((person) => !diedBy(person, ctx.asOf));
    if (members.length > 1) return outcome(true, "family", `family of ${members.length}`);
    const status = members[0]?.maritalStatus;
    if (status === undefined) return outcome(undefined, "family", "one person, marital status not recorded", { field: "maritalStatus" });
    return outcome(EVER_MARRIED.includes(status), "family", `one person, ${status}`);
  },
});

const ktpDomicile = countCheck("kaltim_rlh.ktp_domicile", "kaltim_rlh.domicile_min_months", (ctx, months) => {
  if (!isWithin(ctx.household.regency, KALTIM)) return outcome(false, months, ctx.household.regency);
  const since = ctx.inputs.ktpKaltimSince;
  if (typeof since !== "string") return missingInput("ktpKaltimSince", months);
  return outcome(addMonths(since as IsoDate, months) <= ctx.asOf, months, `since ${since}`);
});

const sktm = check<ProgramContext>({
  code: "kaltim_rlh.sktm",
  message: messages["kaltim_rlh.sktm"],
  evaluate: (ctx) => {
    const held = ctx.inputs.sktm;
    if (typeof held !== "boolean") return missingInput("sktm", true);
    return outcome(held, true, held);
  },
});

// Poor: an SKTM, or Kemensos's data by era (DTKS membership until 4 Feb 2025, then a current desil
// in `kaltim_rlh.desil_range`). Either passes; unknown only when neither passes and one is unknown.
const poor = named(any(sktm, targetingRule("kaltim_rlh")), "kaltim_rlh.poor", messages["kaltim_rlh.poor"]);

const landTitle = check<ProgramContext>({
  code: "kaltim_rlh.land_title",
  message: messages["kaltim_rlh.land_title"],
  evaluate: (ctx) => {
    const housing = ctx.household.housing;
    const owner = housing?.tenure === "own";
    // The plot to build on: the one named in the inputs, else (for an owner) the land under the house.
    const title = (ctx.inputs.rlhLandTitle as LandTitle | undefined) ?? (owner ? housing?.landTitle : undefined);
    if (title === undefined) return missingInput(owner ? "housing.landTitle" : "rlhLandTitle", TITLED);
    return outcome(TITLED.includes(title), TITLED, title);
  },
});

const housingNeed = check<ProgramContext, unknown, readonly FloorMaterial[] | undefined>({
  code: "kaltim_rlh.housing_need",
  message: messages["kaltim_rlh.housing_need"],
  parameter: "rtlh.poor_floor_materials",
  prepare: (value) => (Array.isArray(value) && value.every((m) => FloorMaterial.safeParse(m).success) ? (value as FloorMaterial[]) : undefined),
  evaluate: (ctx, _value, _parameter, poorFloorMaterials) => {
    if (poorFloorMaterials === undefined) return invalid("rtlh.poor_floor_materials");
    const housing = ctx.household.housing;
    const tenure = housing?.tenure;
    if (tenure === undefined) return outcome(undefined, NEED, null, { field: "housing.tenure" });
    // For a family that does not own its dwelling, `onlyHouse: true` says it has no other house either.
    const only = housing?.onlyHouse;
    if (only === undefined) return outcome(undefined, NEED, `tenure ${tenure}`, { field: "housing.onlyHouse" });
    if (!only) return outcome(false, NEED, `tenure ${tenure}, another house`);
    if (tenure !== "own") return outcome(true, NEED, `tenure ${tenure}, no house of its own`);
    // The library's RTLH verdict (Permensos 20/2017), with the floor materials in force.
    const rtlh = assessRtlh(ctx.household, { poorFloorMaterials });
    const met = rtlh.met.map((code) => code.replace("household.rtlh.", ""));
    const received = `own only house, RTLH ${rtlh.holds}${met.length > 0 ? ` (${met.join(", ")})` : ""}`;
    if (rtlh.holds === "unknown") return outcome(undefined, NEED, received, { field: "housing" });
    return outcome(rtlh.holds === "yes", NEED, received);
  },
});

const incomeWithinLimit = check<ProgramContext, unknown, Rupiah | undefined>({
  code: "kaltim_rlh.income_within_limit",
  message: messages["kaltim_rlh.income_within_limit"],
  parameter: "kaltim_rlh.income_limit_month",
  prepare: (value) => {
    const parsed = typeof value === "string" ? RupiahSchema.safeParse(value) : undefined;
    return parsed?.success === true ? parsed.data : undefined;
  },
  evaluate: (ctx, _value, _parameter, limit) => {
    if (limit === undefined) return invalid("kaltim_rlh.income_limit_month");
    // As BSPS reads it: every living member's recorded income added up; a member aged 15+ without
    // one leaves the total open, unless the total is already above the limit.
    const incomes: Rupiah[] = [];
    let missing = false;
    ctx.household.members.forEach((person, i) => {
      if (diedBy(person, ctx.asOf)) return;
      if (person.monthlyIncome !== undefined) incomes.push(person.monthlyIncome);
      else if ((ctx.facts.ages[i] as number) >= 15) missing = true;
    });
    const total = sumRupiah(incomes);
    const expected = { rupiah: limit.toString() };
    const received = { rupiah: total.toString() };
    if (total.compare(limit) > 0) return outcome(false, expected, received);
    return outcome(missing ? undefined : true, expected, received, missing ? { field: "monthlyIncome" } : undefined);
  },
});

const noRecentHouseAid = countCheck("kaltim_rlh.no_recent_house_aid", "kaltim_rlh.recent_aid_years", (ctx, years) => {
  const programs = ctx.parameters.get("kaltim_rlh.house_aid_programs")?.value;
  if (!Array.isArray(programs)) return invalid("kaltim_rlh.house_aid_programs");
  const received = ctx.household.housing?.housingAid;
  const current = ctx.household.currentAid;
  if (received === undefined && current === undefined) return outcome(undefined, [], null, { field: "housing.housingAid / currentAid", years });
  // Aid exactly `years` years before `asOf` no longer counts, as in the library's house programs.
  const after = addMonths(ctx.asOf, -12 * years);
  const within = (program: string, on: IsoDate) => programs.includes(program) && on > after && on <= ctx.asOf;
  const recent = [
    ...(received ?? []).filter((a) => within(a.program, a.on)).map((a) => `${a.program} ${a.on}`),
    ...(current ?? []).filter((a) => within(a.program, a.since)).map((a) => `${a.program} ${a.since}`),
  ];
  return outcome(recent.length === 0, [], recent, { years });
});

/**
 * Kalimantan Timur's Rumah Layak Huni (RLH) new-build program as an app-defined program.
 * @example
 * assessHousehold(household, { asOf: "2026-02-02", programs: [kaltimRlh], inputs: { ktpKaltimSince: "2010-01-01", sktm: true } }).programs[0].status
 */
export const kaltimRlh: Program = defineProgram({
  id: "kaltim_rlh",
  name: { id: "Pembangunan Rumah Layak Huni (Pemprov Kaltim)", en: "Rumah Layak Huni new house (Kalimantan Timur province)" },
  approach: "improve-settlement",
  parameters: [targetingEra, dtksMaxAgeMonths, desilMaxAgeMonths, bspsParameter("rtlh.poor_floor_materials"), ...kaltimRlhParameters],
  rule: all(hasFamily, ktpDomicile, poor, landTitle, housingNeed, incomeWithinLimit, noRecentHouseAid),
  messages,
  benefit(_household, context) {
    return buildBenefitSchedule({
      program: "kaltim_rlh",
      approach: "improve-settlement",
      frequency: "in-kind",
      asOf: context.asOf,
      lines: [{ code: "kaltim_rlh.new_house", amount: ZERO_RUPIAH }],
    });
  },
});
