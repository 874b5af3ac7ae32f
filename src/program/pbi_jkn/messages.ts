import { defineMessages } from "../../message/message.js";
import { kemensosCheckMessages } from "../_templates.js";

/** Messages of PBI-JKN. @internal */
export const pbiJknMessages = defineMessages({
  ...kemensosCheckMessages("pbi_jkn"),
  "pbi_jkn.member_to_cover": {
    id: "Paling sedikit satu anggota belum menjadi peserta JKN non-PBI; anggota yang ditanggung: {received}",
    en: "At least one member must not already be in non-PBI JKN; members to cover: {received}",
  },
  "pbi_jkn.health_need": {
    id: "Atau, sebagai ganti desil: anggota yang dihapus dari PBI tetapi masih membutuhkan layanan kesehatan, dengan surat fasilitas kesehatan yang berlaku (Permensos 3/2026 Pasal 20): {received}",
    en: "Or, instead of the desil: members removed from PBI who still need health care, with a health facility's letter in force (Permensos 3/2026 Pasal 20): {received}",
  },
  "pbi_jkn.premium": {
    id: "Iuran JKN anggota ke-{person}: {monthly} per bulan dibayar pemerintah",
    en: "JKN premium of member {person}: {monthly} a month paid by the government",
  },
});
