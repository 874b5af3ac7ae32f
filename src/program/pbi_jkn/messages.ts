import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, NO_EXCLUDED_MEMBER } from "../_templates.js";

/** Messages of PBI-JKN. @internal */
export const pbiJknMessages = defineMessages({
  "pbi_jkn.desil_current": DESIL_CURRENT,
  "pbi_jkn.desil_in_range": DESIL_IN_RANGE,
  "pbi_jkn.no_excluded_member": NO_EXCLUDED_MEMBER,
  "pbi_jkn.member_to_cover": {
    id: "Paling sedikit satu anggota belum menjadi peserta JKN non-PBI; anggota yang ditanggung: {received}",
    en: "At least one member must not already be in non-PBI JKN; members to cover: {received}",
  },
  "pbi_jkn.premium": {
    id: "Iuran JKN anggota ke-{person}: {monthly} per bulan dibayar pemerintah",
    en: "JKN premium of member {person}: {monthly} a month paid by the government",
  },
});
