import { defineMessages } from "../message/message.js";

// Texts of the priority layer: one catalogue for ranking regions and one for ranking households, so
// that a bundle of `rankRegions` does not carry the household texts.

/** Texts of ranking regions (`rankRegions`, `rankingCrossovers`) and of the checks shared with ranking households. @internal */
export const priorityMessages = /* @__PURE__ */ defineMessages({
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
  "priority.factor_not_given": { id: "faktor {factor} tidak diberikan", en: "factor {factor} not given" },
  "priority.missing_data": {
    id: "Data tidak lengkap untuk pemeringkatan: {details}. Lengkapi datanya, atau berikan missing: \"exclude\" untuk memeringkat wilayah yang datanya ada",
    en: "Data are incomplete for the ranking: {details}. Give the missing figures, or pass missing: \"exclude\" to rank the regions that have them",
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
  "priority.bad_option": { id: "Nilai {option} tidak dikenal: {value}", en: "Unknown value for {option}: {value}" },
  "priority.too_many_regions": {
    id: "Titik silang dihitung untuk paling banyak {max} wilayah (setiap pasangan dibandingkan); diberikan {count}",
    en: "Crossovers are computed for at most {max} regions (every pair is compared); {count} were given",
  },
});

/** Texts of ranking households (`rankHouseholds`). @internal */
export const householdPriorityMessages = /* @__PURE__ */ defineMessages({
  "priority.household.component.desil": { id: "desil", en: "desil" },
  "priority.household.component.poverty-criteria": { id: "14 kriteria rumah tangga miskin BPS", en: "BPS 14 poverty criteria" },
  "priority.household.component.housing-deprivations": {
    id: "deprivasi air minum, sanitasi dan rumah",
    en: "drinking-water, sanitation and housing deprivations",
  },
  "priority.household.component.external": { id: "skor eksternal", en: "external score" },
  "priority.household.component.elderly": { id: "anggota lanjut usia ({age}+ tahun)", en: "elderly members (aged {age}+)" },
  "priority.household.component.severe-disability": { id: "anggota dengan disabilitas berat", en: "members with severe disability" },
  "priority.household.component.young-children": { id: "anak di bawah {age} tahun", en: "children under {age}" },
  "priority.household.component.female-head": { id: "kepala rumah tangga perempuan", en: "female head of household" },
  "priority.household.component.pregnancy": { id: "ibu hamil atau nifas", en: "pregnant or postpartum members" },
  "priority.household.detail.desil": { id: "desil {desil}", en: "desil {desil}" },
  "priority.household.detail.no_desil": { id: "tanpa desil", en: "no desil" },
  "priority.household.detail.count_of": { id: "{count} dari {total}", en: "{count} of {total}" },
  "priority.household.detail.members": { id: "{count} orang", en: "{count} member(s)" },
  "priority.household.detail.members_capped": { id: "{count} orang, dihitung maks. {cap}", en: "{count} member(s), at most {cap} counted" },
  "priority.household.detail.yes": { id: "ya", en: "yes" },
  "priority.household.detail.no": { id: "tidak", en: "no" },
  "priority.household.detail.value": { id: "nilai {value}", en: "value {value}" },
  "priority.household.detail.no_value": { id: "tanpa nilai", en: "no value" },
  "priority.household.detail.assumed_lowest": {
    id: "{detail}; diasumsikan prioritas terendah karena {gap}",
    en: "{detail}; lowest priority assumed because {gap}",
  },
  "priority.household.detail.assumed_highest": {
    id: "{detail}; diasumsikan prioritas tertinggi karena {gap}",
    en: "{detail}; highest priority assumed because {gap}",
  },
  "priority.household.gap.no_desil": { id: "desil tidak tercatat", en: "desil not recorded" },
  "priority.household.gap.desil_after": {
    id: "desil dibaca pada {desilAsOf}, setelah tanggal pemeringkatan {asOf}",
    en: "desil read on {desilAsOf}, after the ranking date {asOf}",
  },
  "priority.household.gap.criteria": {
    id: "{unknown} dari {total} kriteria tidak diketahui ({which})",
    en: "{unknown} of {total} criteria unknown ({which})",
  },
  "priority.household.deprivation.water": { id: "air minum layak", en: "proper drinking water" },
  "priority.household.deprivation.sanitation": { id: "sanitasi layak", en: "proper sanitation" },
  "priority.household.deprivation.rtlh": { id: "rumah tidak layak huni", en: "uninhabitable house" },
  "priority.household.gap.deprivations": {
    id: "{unknown} dari {total} deprivasi tidak diketahui ({which})",
    en: "{unknown} of {total} deprivations unknown ({which})",
  },
  "priority.household.gap.disability": {
    id: "status disabilitas {count} anggota tidak tercatat",
    en: "disability status of {count} member(s) not recorded",
  },
  "priority.household.gap.pregnancy": {
    id: "status kehamilan {count} perempuan usia 15–49 tidak tercatat",
    en: "pregnancy status of {count} woman/women aged 15–49 not recorded",
  },
  "priority.household.gap.no_external": { id: "tidak ada nilai {label}", en: "no {label} value" },
  "priority.household.explain": {
    id: "Rumah tangga {id} berada di peringkat {rank} dari {total}{tie}: skor {score} = {terms}",
    en: "Household {id} is ranked {rank} of {total}{tie}: score {score} = {terms}",
  },
  "priority.household.explain_tie": {
    id: " (skor sama dengan peringkat {first}–{last}; diurutkan menurut konsumsi per kapita terendah, lalu id)",
    en: " (same score as ranks {first}–{last}; ordered by lower per-capita consumption, then id)",
  },
  "priority.household.explain_term": {
    id: "{weight}% × {component} ({detail} → {normalised})",
    en: "{weight}% × {component} ({detail} → {normalised})",
  },
  "priority.household.excluded": { id: "Rumah tangga {id} dikecualikan: {gaps}", en: "Household {id} excluded: {gaps}" },
  "priority.household.gap_issue": { id: "Rumah tangga {id} (masukan ke-{index}): {gap}", en: "Household {id} (input {index}): {gap}" },
  "priority.household_missing_data": {
    id: "Data {count} rumah tangga tidak lengkap untuk pemeringkatan: {details}",
    en: "Data of {count} household(s) are incomplete for the ranking: {details}",
  },
  "priority.households_not_a_list": {
    id: "Rumah tangga harus diberikan sebagai larik, bukan {value}",
    en: "Households must be given as an array, not {value}",
  },
  "priority.duplicate_household": { id: "Id rumah tangga {id} muncul lebih dari sekali", en: "Household id {id} appears more than once" },
  "priority.unknown_component": {
    id: "Komponen skor ke-{index} tidak dikenal: {kind}",
    en: "Score component {index} is unknown: {kind}",
  },
  "priority.bad_component_option": {
    id: "Opsi {option} pada komponen skor ke-{index} tidak valid: {value} ({expected})",
    en: "Option {option} of score component {index} is invalid: {value} ({expected})",
  },
  "priority.bad_external_value": {
    id: "Nilai {label} untuk rumah tangga {id} tidak valid: {value} (harus angka dalam [{min}, {max}])",
    en: "The {label} value of household {id} is invalid: {value} (must be a number in [{min}, {max}])",
  },
  "priority.bad_missing_policy": {
    id: "Kebijakan data hilang tidak dikenal: {value} (pilih error, exclude, lowest atau highest)",
    en: "Unknown missing-data policy: {value} (choose error, exclude, lowest or highest)",
  },
});
