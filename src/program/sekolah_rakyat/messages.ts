import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of Sekolah Rakyat. @internal */
export const sekolahRakyatMessages = defineMessages({
  "sekolah_rakyat.desil_current": DESIL_CURRENT,
  "sekolah_rakyat.desil_in_range": DESIL_IN_RANGE,
  "sekolah_rakyat.no_excluded_member": NO_EXCLUDED_MEMBER,
  "sekolah_rakyat.child_of_school_age": {
    id: "Paling sedikit satu anak harus berusia sekolah (SD {sd}, SMP {smp}, SMA {sma} tahun); anak usia sekolah (nomor anggota): {received}",
    en: "At least one child must be of school age (SD {sd}, SMP {smp}, SMA {sma}); school-age children (member numbers): {received}",
  },
  "sekolah_rakyat.extreme_poor": {
    id: "Prioritas: keluarga miskin ekstrem (desil {expected}); desil tercatat: {received}",
    en: "Priority: an extreme-poor family (desil {expected}); recorded desil: {received}",
  },
  "sekolah_rakyat.parent_consent": {
    id: "Orang tua harus menyetujui anak tinggal di asrama; anak usia sekolah dengan persetujuan (nomor anggota): {received}",
    en: "Parents must consent to boarding; school-age children with consent (member numbers): {received}",
  },
  "sekolah_rakyat.place.sd": { id: "Tempat di Sekolah Rakyat jenjang SD (anggota ke-{person})", en: "Sekolah Rakyat place, SD level (member {person})" },
  "sekolah_rakyat.place.smp": { id: "Tempat di Sekolah Rakyat jenjang SMP (anggota ke-{person})", en: "Sekolah Rakyat place, SMP level (member {person})" },
  "sekolah_rakyat.place.sma": { id: "Tempat di Sekolah Rakyat jenjang SMA (anggota ke-{person})", en: "Sekolah Rakyat place, SMA level (member {person})" },
});
