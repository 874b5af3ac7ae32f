import { defineMessages } from "../../message/message.js";
import { DESIL_CURRENT, DESIL_IN_RANGE, SANITATION_CRITERIA, WATER_SOURCES } from "../_templates.js";

/** Messages of the water and sanitation upgrade. @internal */
export const airSanitasiMessages = defineMessages({
  "air_sanitasi.desil_current": DESIL_CURRENT,
  "air_sanitasi.desil_in_range": DESIL_IN_RANGE,
  "air_sanitasi.has_gap": {
    id: "Rumah tangga harus belum memiliki air minum layak atau sanitasi layak: {passed} dari {count} kesenjangan ditemukan",
    en: "The household must lack proper drinking water or proper sanitation: {passed} of {count} gaps found",
  },
  "air_sanitasi.drinking_water_gap": {
    id: "Air minum tidak layak (definisi BPS); sumber tercatat: {received}",
    en: "No proper drinking water (BPS definition); recorded source: {received}",
    labels: WATER_SOURCES,
  },
  "air_sanitasi.sanitation_gap": {
    id: "Sanitasi tidak layak (definisi BPS); kriteria tidak terpenuhi: {received}; tanpa data: {missing}",
    en: "No proper sanitation (BPS definition); criteria not met: {received}; without data: {missing}",
    labels: SANITATION_CRITERIA,
  },
  "air_sanitasi.upgrade.water": {
    id: "Sambungan air minum layak (dalam bentuk barang/pekerjaan)",
    en: "Proper drinking-water connection (in kind/works)",
  },
  "air_sanitasi.upgrade.sanitation": {
    id: "Jamban sehat leher angsa dengan tangki septik (dalam bentuk barang/pekerjaan)",
    en: "Gooseneck toilet with septic tank (in kind/works)",
  },
});
