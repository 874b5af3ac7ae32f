import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of PKH: its checks and its benefit lines. @internal */
export const pkhMessages = defineMessages({
  "pkh.desil_current": DESIL_CURRENT,
  "pkh.desil_in_range": DESIL_IN_RANGE,
  "pkh.no_excluded_member": NO_EXCLUDED_MEMBER,
  "pkh.has_component": {
    id: "Paling sedikit satu anggota harus memenuhi komponen PKH (ibu hamil/nifas, anak usia dini, SD, SMP, SMA, disabilitas berat, lanjut usia ≥ {elderlyAge} tahun); tercatat: {received}",
    en: "At least one member must qualify for a PKH component (pregnancy, early childhood, SD, SMP, SMA, severe disability, elderly ≥ {elderlyAge}); found: {received}",
  },
  "pkh.component.pregnancy": { id: "Ibu hamil/nifas (anggota ke-{person})", en: "Pregnant or postpartum mother (member {person})" },
  "pkh.component.early_childhood": { id: "Anak usia dini (anggota ke-{person})", en: "Early-childhood child (member {person})" },
  "pkh.component.sd": { id: "Anak SD (anggota ke-{person})", en: "Child in SD (member {person})" },
  "pkh.component.smp": { id: "Anak SMP (anggota ke-{person})", en: "Child in SMP (member {person})" },
  "pkh.component.sma": { id: "Anak SMA/SMK (anggota ke-{person})", en: "Child in SMA/SMK (member {person})" },
  "pkh.component.severe_disability": { id: "Disabilitas berat (anggota ke-{person})", en: "Severe disability (member {person})" },
  "pkh.component.elderly": { id: "Lanjut usia (anggota ke-{person})", en: "Elderly (member {person})" },
  "pkh.capped.components": {
    id: "Komponen {component} anggota ke-{person} tidak dihitung: paling banyak {cap} komponen per keluarga",
    en: "Component {component} of member {person} not counted: at most {cap} components per family",
  },
  "pkh.capped.early_childhood": {
    id: "Komponen anak usia dini anggota ke-{person} tidak dihitung: paling banyak {cap} anak usia dini",
    en: "Early-childhood component of member {person} not counted: at most {cap} early-childhood children",
  },
  "pkh.capped.school": {
    id: "Komponen {component} anggota ke-{person} tidak dihitung: paling banyak {cap} anak sekolah",
    en: "Component {component} of member {person} not counted: at most {cap} school children",
  },
  "pkh.capped.pregnancy": {
    id: "Komponen ibu hamil/nifas anggota ke-{person} tidak dihitung: paling banyak {cap}",
    en: "Pregnancy component of member {person} not counted: at most {cap}",
  },
});
