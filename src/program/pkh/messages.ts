import { disabilityLabels, pregnancyLabels } from "../../household/labels/person.js";
import { defineMessages, type Text } from "../../message/message.js";
import { SCHOOL_LEVELS, kemensosCheckMessages } from "../_templates.js";

/**
 * PKH's components worded for its component check: the school ones by the school levels' labels,
 * severe disability and pregnancy (pregnant or postpartum) by theirs; the check keeps the codes.
 */
const COMPONENT_WORDS: Readonly<Record<string, Text>> = /* @__PURE__ */ pkhComponents();

function pkhComponents(): Readonly<Record<string, Text>> {
  const { pregnant, postpartum } = pregnancyLabels;
  return Object.freeze({
    early_childhood: { id: "anak usia dini", en: "early childhood" },
    sd: SCHOOL_LEVELS["sd"] as Text,
    smp: SCHOOL_LEVELS["smp"] as Text,
    sma: SCHOOL_LEVELS["sma"] as Text,
    severe_disability: { id: disabilityLabels.severe.id, en: disabilityLabels.severe.en },
    elderly: { id: "lanjut usia", en: "elderly" },
    pregnancy: { id: `${pregnant.id}/${postpartum.id}`, en: `${pregnant.en} or ${postpartum.en}` },
  });
}

/** Messages of PKH: its checks and its benefit lines. @internal */
export const pkhMessages = defineMessages({
  ...kemensosCheckMessages("pkh"),
  "pkh.has_component": {
    id: "Paling sedikit satu anggota harus memenuhi komponen PKH (anak usia dini, anak SD/SMP/SMA, disabilitas berat, lanjut usia ≥ {elderlyAge} tahun, kehamilan ke-1 atau ke-2); tercatat: {received}",
    en: "At least one member must qualify for a PKH component (early childhood, SD/SMP/SMA pupil, severe disability, elderly ≥ {elderlyAge}, a 1st or 2nd pregnancy); found: {received}",
    labels: COMPONENT_WORDS,
  },
  "pkh.component.pregnancy": { id: "Ibu hamil/nifas (anggota ke-{person})", en: "Pregnant or postpartum mother (member {person})" },
  "pkh.component.early_childhood": { id: "Anak usia dini (anggota ke-{person})", en: "Early-childhood child (member {person})" },
  "pkh.component.sd": { id: "Anak SD (anggota ke-{person})", en: "Child in SD (member {person})" },
  "pkh.component.smp": { id: "Anak SMP (anggota ke-{person})", en: "Child in SMP (member {person})" },
  "pkh.component.sma": { id: "Anak SMA/SMK (anggota ke-{person})", en: "Child in SMA/SMK (member {person})" },
  "pkh.component.severe_disability": { id: "Disabilitas berat (anggota ke-{person})", en: "Severe disability (member {person})" },
  "pkh.component.elderly": { id: "Lanjut usia (anggota ke-{person})", en: "Elderly (member {person})" },
  "pkh.capped.components": {
    id: "Komponen {component} anggota ke-{person} tidak dihitung: paling banyak {cap} komponen per keluarga, menurut urutan prioritas",
    en: "Component {component} of member {person} not counted: at most {cap} {cap|component|components} per family, in priority order",
  },
  "pkh.capped.early_childhood": {
    id: "Komponen anak usia dini anggota ke-{person} tidak dihitung: paling banyak {cap} anak usia dini",
    en: "Early-childhood component of member {person} not counted: at most {cap} early-childhood children",
  },
  "pkh.capped.school": {
    id: "Komponen {component} anggota ke-{person} tidak dihitung: paling banyak {cap} anak",
    en: "Component {component} of member {person} not counted: at most {cap} {cap|child|children}",
  },
  "pkh.capped.severe_disability": {
    id: "Komponen disabilitas berat anggota ke-{person} tidak dihitung: paling banyak {cap} orang per keluarga",
    en: "Severe-disability component of member {person} not counted: at most {cap} per family",
  },
  "pkh.capped.elderly": {
    id: "Komponen lanjut usia anggota ke-{person} tidak dihitung: paling banyak {cap} orang per keluarga",
    en: "Elderly component of member {person} not counted: at most {cap} per family",
  },
  "pkh.capped.pregnancy": {
    id: "Kehamilan anggota ke-{person} tidak dibayar: kehamilan ke-{order}, hanya kehamilan ke-1 sampai ke-{cap} yang dibayar",
    en: "The pregnancy of member {person} is not paid: it is pregnancy {order}, and only pregnancies 1 to {cap} are paid",
  },
  "pkh.capped.pregnancy_order_unknown": {
    id: "Kehamilan anggota ke-{person} tidak dibayar: kehamilan ke- berapa tidak tercatat (hanya kehamilan ke-1 sampai ke-{cap} yang dibayar)",
    en: "The pregnancy of member {person} is not paid: which pregnancy it is is not recorded (only pregnancies 1 to {cap} are paid)",
  },
});
