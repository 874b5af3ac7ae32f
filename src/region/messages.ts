import { defineMessages } from "../message/message.js";

// Texts of the region layer: one catalogue for region codes and one for statistics, so that a bundle
// that reads statistics without parsing codes does not carry the texts of code parsing.

/** Error texts of region codes (`parseRegionCode`, `regionCode`, `RegionCodeSchema`). @internal */
export const regionMessages = /* @__PURE__ */ defineMessages({
  "region.not_a_string": {
    id: "Kode wilayah harus berupa teks, bukan {type}",
    en: "A region code must be text, not {type}",
  },
  "region.empty": {
    id: "Kode wilayah kosong",
    en: "The region code is empty",
  },
  // `hint`: for a value with letters (a name), that a BPS code is wanted; else nothing.
  "region.bad_character": {
    id: "Kode wilayah {value} hanya boleh berisi angka dan titik{hint}",
    en: "Region code {value} may contain only digits and dots{hint}",
  },
  "region.bad_length": {
    id: "Kode wilayah {value} tanpa titik harus 2, 4, 6, atau 10 digit, bukan {length}",
    en: "An undotted region code {value} must have 2, 4, 6 or 10 digits, not {length}",
  },
  "region.too_many_parts": {
    id: "Kode wilayah {value} memiliki {count} bagian; paling banyak 4 (provinsi.kabupaten.kecamatan.desa)",
    en: "Region code {value} has {count} parts; at most 4 (province.regency.district.village)",
  },
  "region.bad_part_length": {
    id: "Bagian {level} dari kode wilayah {value} harus {expected} digit, bukan {length}",
    en: "The {level} part of region code {value} must have {expected} digits, not {length}",
  },
  "region.province_out_of_range": {
    id: "Kode provinsi {part} dalam {value} di luar rentang 11–99",
    en: "Province code {part} in {value} is outside the range 11–99",
  },
  "region.zero_part": {
    id: "Bagian {level} dari kode wilayah {value} tidak boleh nol ({part})",
    en: "The {level} part of region code {value} must not be zero ({part})",
  },
  "region.invalid_code": {
    id: "Kode wilayah tidak valid: {value}",
    en: "Invalid region code: {value}",
  },
  "region.no_bps_code": {
    id: "Kode {code} adalah kode {level}; kode BPS untuk kecamatan dan desa berbeda dari kode Kemendagri",
    en: "Code {code} is a {level} code; BPS district and village codes differ from Kemendagri codes",
  },
});

/** Error texts of poverty statistics and their figures. @internal */
export const statsMessages = /* @__PURE__ */ defineMessages({
  "region.invalid_stats": {
    id: "Statistik kemiskinan wilayah tidak valid ({count} masalah)",
    en: "Invalid regional poverty statistics ({count} {count|issue|issues})",
  },
  "region.invalid_period": {
    id: "Periode statistik tidak valid: {value} (contoh: 2024, 2024-03, 2024-Q1)",
    en: "Invalid statistics period: {value} (e.g. 2024, 2024-03, 2024-Q1)",
  },
  "region.count_not_whole": {
    id: "Jumlah orang harus bilangan bulat ≥ 0, bukan {value} (tabel BPS dalam ribu jiwa: 59,0 ditulis 59000)",
    en: "A count of persons must be a whole number ≥ 0, not {value} (BPS tables give thousands: write 59.0 as 59000)",
  },
  "region.percent_out_of_range": {
    id: "Persentase {value} di luar rentang 0–100",
    en: "Percentage {value} is outside the range 0–100",
  },
  "region.poor_exceeds_population": {
    id: "Jumlah penduduk miskin {poor} melebihi jumlah penduduk {population}",
    en: "The number of poor people {poor} exceeds the population {population}",
  },
  "region.poor_inconsistent_with_p0": {
    id: "Penduduk miskin {poor} tidak sesuai P0 {p0}% dari {population} penduduk (sekitar {expected}): dalam ribu jiwa, atau P0 pecahan?",
    en: "{poor} poor people do not match P0 {p0}% of {population} people (about {expected}): in thousands, or P0 as a fraction?",
  },
  "region.negative_rupiah": {
    id: "Garis kemiskinan tidak boleh negatif: {value}",
    en: "A poverty line must not be negative: {value}",
  },
  "region.bad_figure": {
    id: "Statistik ke-{index}: {field} bukan angka yang terbaca (harus status \"known\" dengan nilai hingga ≥ 0, sumber dan tingkat keyakinan, atau \"missing\" dengan alasan); periksa dengan parseRegionPovertyStats",
    en: "Statistics {index}: {field} is not a readable figure (it must be \"known\" with a finite value ≥ 0, a source and a confidence tag, or \"missing\" with a reason); check it with parseRegionPovertyStats",
  },
  "region.bad_stats": {
    id: "Statistik ke-{index} bukan catatan statistik wilayah yang terbaca (kode wilayah dan nama teks diperlukan)",
    en: "Statistics {index} is not a readable regional statistics record (a region code and a text name are needed)",
  },
  "region.bad_confidence": {
    id: "Tingkat keyakinan tidak dikenal: {value} (H, M, L, atau UNVERIFIED)",
    en: "Unknown confidence tag: {value} (H, M, L or UNVERIFIED)",
  },
  "region.duplicate_stats": {
    id: "Statistik untuk wilayah {code} periode {period} muncul lebih dari sekali (pertama di indeks {first})",
    en: "Statistics for region {code}, period {period} appear more than once (first at index {first})",
  },
});

/**
 * Why `impliedPopulation` cannot derive a population, in both languages (the English as its
 * `reason` always read). Apart from {@link statsMessages}, so that a ranking does not carry them. @internal
 */
export const impliedPopulationMessages = /* @__PURE__ */ defineMessages({
  "region.implied.no_poor": { id: "jumlah penduduk miskin tidak ada: {reason}", en: "poor count missing: {reason}" },
  "region.implied.no_p0": { id: "P0 tidak ada: {reason}", en: "P0 missing: {reason}" },
  "region.implied.zero_p0": { id: "P0 bernilai 0; jumlah penduduk tidak dapat diturunkan", en: "P0 is 0; the population cannot be derived" },
});
