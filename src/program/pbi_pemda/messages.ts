import { defineMessages } from "../../message/message.js";
import { NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of PBI through the regional budget (PBPU Pemda). @internal */
export const pbiPemdaMessages = defineMessages({
  "pbi_pemda.resident": {
    id: "Keluarga harus berdomisili (KTP/KK) di wilayah yang menanggung iuran JKN dari APBD ({expected}); tercatat: {received}",
    en: "The family must be domiciled (KTP/KK) in a region that pays JKN premiums from its budget ({expected}); recorded: {received}",
  },
  "pbi_pemda.member_to_cover": {
    id: "Paling sedikit satu anggota belum menjadi peserta JKN aktif (belum terdaftar, PBI dinonaktifkan, atau tidak aktif) dan bukan pekerja yang iurannya wajib dibayar pemberi kerja ({expected}); anggota yang ditanggung (nomor anggota): {received}",
    en: "At least one member must have no active JKN membership (never enrolled, PBI deactivated, or lapsed) and not be an employee whose employer must pay ({expected}); members to cover (member numbers): {received}",
    // The employer categories in the household labels' words, as the exclusion check words them.
    labels: NO_EXCLUDED_MEMBER.labels,
  },
  "pbi_pemda.premium": {
    id: "Iuran JKN kelas III anggota ke-{person}: {monthly} per bulan dibayar APBD (PBPU Pemda)",
    en: "Class III JKN premium of member {person}: {monthly} a month paid from the regional budget (PBPU Pemda)",
  },
});
