import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, SCHOOL_LEVELS } from "../_templates.js";

/** Messages of PIP (Program Indonesia Pintar). @internal */
export const pipMessages = defineMessages({
  "pip.desil_current": DESIL_CURRENT,
  "pip.desil_in_range": DESIL_IN_RANGE,
  "pip.has_pupil": {
    id: "Paling sedikit satu anggota harus bersekolah di SD, SMP atau SMA/SMK, atau di TK pada tahun PIP membayar TK (sejak 2026); tercatat: {received}",
    en: "At least one member must be enrolled in SD, SMP or SMA/SMK, or in TK in a year PIP pays TK pupils (from 2026); found: {received}",
    labels: SCHOOL_LEVELS,
  },
  "pip.pupil.early_childhood": { id: "PIP murid TK (anggota ke-{person})", en: "PIP pupil in TK (member {person})" },
  "pip.pupil.sd": { id: "PIP siswa SD (anggota ke-{person})", en: "PIP pupil in SD (member {person})" },
  "pip.pupil.smp": { id: "PIP siswa SMP (anggota ke-{person})", en: "PIP pupil in SMP (member {person})" },
  "pip.pupil.sma": { id: "PIP siswa SMA/SMK (anggota ke-{person})", en: "PIP pupil in SMA/SMK (member {person})" },
});
