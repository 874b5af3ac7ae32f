import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, HOUSE_AID_WORDS, NO_EXCLUDED_MEMBER, OWNS_HOUSE, RTLH_CRITERIA } from "../_templates.js";

/** Messages of Kemensos house repair (RS-Rutilahu / RST). @internal */
export const rutilahuMessages = defineMessages({
  "rutilahu.desil_current": DESIL_CURRENT,
  "rutilahu.desil_in_range": DESIL_IN_RANGE,
  "rutilahu.no_excluded_member": NO_EXCLUDED_MEMBER,
  "rutilahu.house_uninhabitable": {
    id: "Rumah harus tidak layak huni (paling sedikit satu kriteria RTLH Permensos 20/2017); kriteria terpenuhi: {received}; tanpa data: {missing}",
    en: "The house must be uninhabitable (at least one RTLH criterion of Permensos 20/2017); criteria met: {received}; without data: {missing}",
    labels: RTLH_CRITERIA,
  },
  "rutilahu.owns_house": OWNS_HOUSE,
  "rutilahu.no_recent_house_aid": {
    id: "Tidak boleh menerima bantuan rumah sejenis dalam {years} tahun terakhir; tercatat: {received}",
    en: "No similar house aid in the last {years} {years|year|years}; recorded: {received}",
    labels: HOUSE_AID_WORDS,
  },
  "rutilahu.repair": {
    id: "Bantuan rehabilitasi satu unit rumah (Kemensos): {amount}",
    en: "Repair of one house unit (Kemensos): {amount}",
  },
});
