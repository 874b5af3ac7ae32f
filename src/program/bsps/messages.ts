import { disabilityLabels } from "../../household/labels/person.js";
import { defineMessages, type Text } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, HOUSE_AID_WORDS, LAND_TITLES, OWNS_HOUSE, RTLH_CRITERIA } from "../_templates.js";

/**
 * The recorded household of `bsps.household_status` in words: its check keeps `family of 3` or
 * `one person aged 77, disability moderate` (each disability in the household labels' words).
 */
function householdWords(): Readonly<Record<string, Text>> {
  const out: Record<string, Text> = {
    "family of {n}": { id: "keluarga {n} orang", en: "family of {n}" },
    "one person aged {n}": { id: "satu orang berumur {n} tahun", en: "one person aged {n}" },
    "disability ?": { id: "disabilitas tidak tercatat", en: "disability not recorded" },
  };
  for (const [code, { id, en }] of Object.entries(disabilityLabels)) out[`disability ${code}`] = { id, en };
  return Object.freeze(out);
}

/** Messages of BSPS (Bantuan Stimulan Perumahan Swadaya). @internal */
export const bspsMessages = defineMessages({
  "bsps.desil_current": DESIL_CURRENT,
  "bsps.desil_in_range": DESIL_IN_RANGE,
  "bsps.house_uninhabitable": {
    id: "Rumah harus tidak layak huni (paling sedikit satu kriteria RTLH); kriteria terpenuhi: {received}; tanpa data: {missing}",
    en: "The house must be uninhabitable (at least one RTLH criterion); criteria met: {received}; without data: {missing}",
    labels: RTLH_CRITERIA,
  },
  "bsps.owns_house": OWNS_HOUSE,
  "bsps.only_house": {
    id: "Rumah harus satu-satunya rumah keluarga; tercatat: {received}",
    en: "The house must be the family's only house; recorded: {received}",
  },
  "bsps.occupied_years": {
    id: "Rumah harus dimiliki dan dihuni paling sedikit {expected} tahun; dihuni sejak: {received}",
    en: "The house must have been owned and lived in for at least {expected} {expected|year|years}; lived in since: {received}",
  },
  "bsps.land_title": {
    id: "Tanah harus dikuasai dengan alas hak yang sah (sertipikat atau bukti sah lain); tercatat: {received}",
    en: "The land must be held under a valid title (certificate or other valid proof); recorded: {received}",
    labels: LAND_TITLES,
  },
  "bsps.household_status": {
    id: "Harus keluarga (lebih dari satu orang dalam KK), atau keluarga satu orang penyandang disabilitas atau berusia paling sedikit {expected} tahun; tercatat: {received}",
    en: "Must be a family (more than one person on the KK), or a one-person household that is disabled or aged at least {expected}; recorded: {received}",
    labels: /* @__PURE__ */ householdWords(),
  },
  "bsps.income_within_limit": {
    id: "Penghasilan keluarga paling banyak {expected} per bulan (UMP); tercatat: {received}",
    en: "Family income at most {expected} a month (provincial minimum wage); recorded: {received}",
  },
  "bsps.no_recent_house_aid": {
    id: "Tidak boleh menerima BSPS atau bantuan perumahan pemerintah dalam {years} tahun terakhir, kecuali rumah terdampak bencana sesudahnya; tercatat: {received}",
    en: "No BSPS or other government housing aid in the last {years} {years|year|years}, unless a disaster struck the house since; recorded: {received}",
    labels: HOUSE_AID_WORDS,
  },
  "bsps.grant": {
    id: "Bantuan stimulan perumahan swadaya satu rumah (bahan bangunan dan upah kerja): {amount}",
    en: "Self-help housing grant for one house (building materials and labour): {amount}",
  },
});
