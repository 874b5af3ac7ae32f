import { defineMessages } from "../message/message.js";

/** Texts of the priority layer. @internal */
export const priorityMessages = defineMessages({
  "priority.measure.count": { id: "jumlah penduduk miskin", en: "number of poor people" },
  "priority.measure.rate": { id: "persentase penduduk miskin (P0)", en: "poverty rate (P0)" },
  "priority.measure.depth": { id: "indeks kedalaman kemiskinan (P1)", en: "poverty gap index (P1)" },
  "priority.measure.severity": { id: "indeks keparahan kemiskinan (P2)", en: "poverty severity index (P2)" },
  "priority.measure.factor": { id: "faktor {factor}", en: "factor {factor}" },
  "priority.normalisation.share": { id: "pangsa dari total", en: "share of total" },
  "priority.normalisation.min-max": { id: "skala min–maks", en: "min–max scaled" },
  "priority.normalisation.max": { id: "dibagi nilai maksimum", en: "divided by the maximum" },
  "priority.normalisation.rank": { id: "berbasis peringkat", en: "rank-based" },
  "priority.explain": {
    id: "{name} berada di peringkat {rank} dari {total}{tie}: skor {score} = {terms}",
    en: "{name} is ranked {rank} of {total}{tie}: score {score} = {terms}",
  },
  "priority.explain_tie": { id: " (seri dengan {others}, diurutkan menurut kode wilayah)", en: " (tied with {others}, ordered by region code)" },
  "priority.explain_term": {
    id: "{weight}% × {measure} ({normalisation} {normalised}; nilai {raw})",
    en: "{weight}% × {measure} ({normalisation} {normalised}; value {raw})",
  },
  "priority.explain_multiplier": { id: "dikali {multiplier} ({reason})", en: "times {multiplier} ({reason})" },
  "priority.missing_figure": {
    id: "{name} ({code}) tidak memiliki data {measure}: {reason}",
    en: "{name} ({code}) has no {measure} figure: {reason}",
  },
  "priority.missing_data": {
    id: "Data tidak lengkap untuk pemeringkatan: {details}",
    en: "Data are incomplete for the ranking: {details}",
  },
  "priority.excluded_by_override": { id: "{name} ({code}) dikecualikan: {reason}", en: "{name} ({code}) excluded: {reason}" },
  "priority.no_regions": { id: "Tidak ada wilayah untuk diperingkat", en: "There are no regions to rank" },
  "priority.duplicate_region": { id: "Kode wilayah {code} muncul lebih dari sekali", en: "Region code {code} appears more than once" },
  "priority.bad_weight": {
    id: "Bobot komponen ke-{index} tidak valid: {value} (harus angka ≥ 0)",
    en: "Weight of component {index} is invalid: {value} (must be a number ≥ 0)",
  },
  "priority.zero_weights": { id: "Semua bobot komponen bernilai nol", en: "All component weights are zero" },
  "priority.bad_factor_value": {
    id: "Nilai faktor {factor} untuk {code} tidak valid: {value}",
    en: "Value of factor {factor} for {code} is invalid: {value}",
  },
  "priority.bad_multiplier": {
    id: "Pengali untuk {code} tidak valid: {value} (harus angka > 0)",
    en: "Multiplier for {code} is invalid: {value} (must be a number > 0)",
  },
  "priority.unknown_override": {
    id: "Penyesuaian untuk wilayah {code} yang tidak ada dalam data",
    en: "Override for region {code}, which is not in the data",
  },
  "priority.unknown_measure": { id: "Ukuran tidak dikenal: {measure}", en: "Unknown measure: {measure}" },
});
