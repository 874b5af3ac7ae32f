import { defineMessages } from "../../message/message.js";
import { HOUSE_AID_WORDS, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of PENA (Pahlawan Ekonomi Nusantara). @internal */
export const penaMessages = defineMessages({
  "pena.no_excluded_member": NO_EXCLUDED_MEMBER,
  "pena.active_aid_recipient": {
    id: "Keluarga harus sedang menerima bansos ({expected}); tercatat: {received}",
    en: "The family must currently receive social aid ({expected}); recorded: {received}",
    // The check keeps the aid codes of `currentAid`; an office's own code is shown as it is.
    labels: {
      pkh: { id: "PKH", en: "PKH" },
      sembako: { id: "Sembako", en: "Sembako" },
      bpnt: { id: "BPNT", en: "BPNT" },
    },
  },
  "pena.exit_commitment": {
    id: "Keluarga harus menandatangani surat pernyataan bermaterai bahwa bansosnya (PKH, Sembako/BPNT) dihentikan setelah menerima modal usaha; tercatat: {received}",
    en: "The family must sign a statement (on duty stamp) that its social aid (PKH, Sembako/BPNT) stops after the business grant; recorded: {received}",
  },
  "pena.grant_within_ceiling": {
    id: "Modal usaha PENA paling banyak {expected} per keluarga; diputuskan: {received}",
    en: "The PENA grant is at most {expected} per family; decided: {received}",
  },
  "pena.priorities": {
    id: "Prioritas PENA (tidak menentukan kelayakan): {passed} dari {count} terpenuhi",
    en: "PENA priorities (they do not decide eligibility): {passed} of {count} met",
  },
  "pena.working_age_member": {
    id: "Prioritas: anggota berusia {expected} tahun; umur anggota: {received}",
    en: "Priority: a member aged {expected}; members' ages: {received}",
  },
  "pena.no_elderly_or_disabled_member": {
    id: "Prioritas: tidak ada anggota lanjut usia ({expected} tahun ke atas) atau penyandang disabilitas; tercatat: {received}",
    en: "Priority: no elderly member (aged {expected} or over) and no member with a disability; recorded: {received}",
    // The check keeps `elderly 1`, `disability 2` (member numbers).
    labels: {
      "elderly {n}": { id: "lansia (anggota {n})", en: "elderly (member {n})" },
      "disability {n}": { id: "disabilitas (anggota {n})", en: "disability (member {n})" },
    },
  },
  "pena.house_aid_recipient": {
    id: "Prioritas: keluarga penerima bantuan rumah ({expected}); tercatat: {received}",
    en: "Priority: a family that received house aid ({expected}); recorded: {received}",
    labels: HOUSE_AID_WORDS,
  },
  "pena.grant": {
    id: "Modal usaha PENA yang diputuskan untuk keluarga ini: {amount} (batas {ceiling})",
    en: "PENA business grant decided for this family: {amount} (ceiling {ceiling})",
  },
  "pena.grant_ceiling": {
    id: "Modal usaha PENA paling banyak {amount} per keluarga (peralatan dan bahan); besaran yang diputuskan bisa lebih kecil",
    en: "PENA business grant of up to {amount} per family (equipment and materials); the amount decided may be lower",
  },
});
