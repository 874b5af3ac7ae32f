import { defineMessages } from "../message/message.js";

// Error texts of the measure layer (Bahasa Indonesia and English), keyed by stable code: one
// catalogue per group of functions, so that a bundle carries the texts of the functions it uses only
// (`gini` alone does not ship the texts of Alkire–Foster, of the quantiles or of an unknown option).

/** Error texts of the checks every measure makes of its sample (values, weights, options). @internal */
export const measureMessages = /* @__PURE__ */ defineMessages({
  "measure.empty": {
    id: "Tidak ada observasi untuk {what}",
    en: "No observations for {what}",
  },
  "measure.not_a_sample": {
    id: "{what}: {field} harus berupa larik (array) atau Float64Array berisi angka, bukan {value}",
    en: "{what}: {field} must be an array or a Float64Array of numbers, not {value}",
  },
  "measure.options_invalid": {
    id: "{what}: opsi harus berupa objek, bukan {value}",
    en: "{what}: the options must be an object, not {value}",
  },
  "measure.length_mismatch": {
    id: "Panjang {what} harus {expected}, ternyata {received}",
    en: "{what} must have length {expected}, has {received}",
  },
  "measure.value_not_finite": {
    id: "Nilai pada baris {index} bukan bilangan hingga: {value}",
    en: "Value at row {index} is not a finite number: {value}",
  },
  "measure.weight_not_finite": {
    id: "Bobot pada baris {index} bukan bilangan hingga: {value}",
    en: "Weight at row {index} is not a finite number: {value}",
  },
  "measure.weight_negative": {
    id: "Bobot pada baris {index} negatif: {value}",
    en: "Weight at row {index} is negative: {value}",
  },
  "measure.weights_all_zero": {
    id: "Semua bobot bernilai nol; total bobot harus positif",
    en: "All weights are zero; the total weight must be positive",
  },
  "measure.not_representable": {
    id: "Hasil tidak dapat dinyatakan dalam presisi ganda (bobot atau nilai terlalu besar)",
    en: "The result cannot be represented in double precision (weights or values too large)",
  },
});

/** Error text of an option that takes one of a few values (Watts' `nonPositive`, Alkire–Foster's `missing`). @internal */
export const optionMessages = /* @__PURE__ */ defineMessages({
  "measure.option_invalid": {
    id: "Opsi {option} tidak dikenal: {value}",
    en: "Unknown value for option {option}: {value}",
  },
});

/** Error text of the Gini index. @internal */
export const giniMessages = /* @__PURE__ */ defineMessages({
  "measure.mean_not_positive": {
    id: "Indeks Gini butuh rata-rata (berbobot) positif, ternyata {value}",
    en: "The Gini index needs a positive (weighted) mean, is {value}",
  },
});

/** Error texts of the quantiles and deciles. @internal */
export const distributionMessages = /* @__PURE__ */ defineMessages({
  "measure.probability_invalid": {
    id: "Peluang kuantil ke-{index} harus di antara 0 dan 1, ternyata {value}",
    en: "Quantile probability {index} must be between 0 and 1, is {value}",
  },
  "measure.cutpoints_invalid": {
    id: "Batas desil harus {expected} bilangan hingga yang tidak menurun; masalah pada posisi {index}",
    en: "Decile cut-points must be {expected} finite, non-decreasing numbers; problem at position {index}",
  },
});

/** Error texts of the poverty measures' lines and parameters (FGT, Watts). @internal */
export const povertyLineMessages = /* @__PURE__ */ defineMessages({
  "measure.line_invalid": {
    id: "Garis kemiskinan pada baris {index} harus bilangan hingga lebih dari 0, ternyata {value}",
    en: "Poverty line at row {index} must be a finite number above 0, is {value}",
  },
  "measure.alpha_invalid": {
    id: "Parameter alfa FGT harus bilangan hingga ≥ 0, ternyata {value}",
    en: "FGT alpha must be a finite number ≥ 0, is {value}",
  },
  "measure.watts_non_positive": {
    id: "Indeks Watts butuh nilai positif, tetapi baris {index} bernilai {value}; pilih watts.nonPositive = \"floor\" dengan minimum untuk memakai batas bawah",
    en: "The Watts index needs positive values, but row {index} is {value}; pass watts.nonPositive = \"floor\" with a minimum to floor it",
  },
  "measure.watts_minimum_invalid": {
    id: "Batas bawah Watts harus bilangan hingga lebih dari 0, ternyata {value}",
    en: "The Watts floor minimum must be a finite number above 0, is {value}",
  },
});

/** Error texts of the streaming poverty accumulator. @internal */
export const accumulatorMessages = /* @__PURE__ */ defineMessages({
  "measure.line_missing": {
    id: "Garis kemiskinan untuk baris {index} tidak diberikan (tidak ada garis bawaan)",
    en: "No poverty line given for row {index} (and no default line)",
  },
  "measure.accumulator_incompatible": {
    id: "Akumulator tidak dapat digabung: {reason} berbeda",
    en: "Accumulators cannot be merged: different {reason}",
  },
  "measure.state_invalid": {
    id: "Status akumulator tidak sah: {reason}",
    en: "Invalid accumulator state: {reason}",
  },
});

/** Error texts of Alkire–Foster, the household indicator set and subgroup measures. @internal */
export const alkireFosterMessages = /* @__PURE__ */ defineMessages({
  "measure.af_indicators_empty": {
    id: "Alkire–Foster butuh paling sedikit satu indikator",
    en: "Alkire–Foster needs at least one indicator",
  },
  "measure.af_indicator_invalid": {
    id: "Indikator ke-{index} harus berupa objek dengan id dan dimensi (teks), bobot, dan uji deprivasi",
    en: "Indicator {index} must be an object with a text id and dimension, a weight and a deprivation test",
  },
  "measure.af_indicator_duplicate": {
    id: "Indikator {indicator} muncul lebih dari sekali",
    en: "Indicator {indicator} appears more than once",
  },
  "measure.af_indicator_weight_invalid": {
    id: "Bobot indikator {indicator} harus bilangan hingga lebih dari 0, ternyata {value}",
    en: "Weight of indicator {indicator} must be a finite number above 0, is {value}",
  },
  "measure.af_indicator_cutoff_invalid": {
    id: "Batas deprivasi indikator {indicator} harus bilangan hingga, ternyata {value}",
    en: "Deprivation cutoff of indicator {indicator} must be a finite number, is {value}",
  },
  "measure.af_weights_sum": {
    id: "Jumlah bobot indikator harus 1, ternyata {sum}",
    en: "Indicator weights must sum to 1, sum to {sum}",
  },
  "measure.af_k_invalid": {
    id: "Batas k harus di dalam (0, 1], ternyata {value}",
    en: "The cutoff k must lie in (0, 1], is {value}",
  },
  "measure.af_row_invalid": {
    id: "Baris {index} harus berupa objek dengan nilai per indikator",
    en: "Row {index} must be an object of values keyed by indicator id",
  },
  "measure.af_value_missing": {
    id: "Nilai indikator {indicator} pada baris {index} kosong; isi opsi {option} dengan \"not-deprived\", \"drop\" atau \"reweight\"",
    en: "Indicator {indicator} is missing at row {index}; set option {option} to \"not-deprived\", \"drop\" or \"reweight\"",
  },
  "measure.af_value_not_number": {
    id: "Nilai indikator {indicator} pada baris {index} harus bilangan hingga untuk dibandingkan dengan batasnya",
    en: "Indicator {indicator} at row {index} must be a finite number to compare with its cutoff",
  },
  "measure.af_predicate_not_boolean": {
    id: "Fungsi deprivasi indikator {indicator} harus mengembalikan true/false (baris {index})",
    en: "The deprivation function of indicator {indicator} must return true or false (row {index})",
  },
  "measure.af_no_units": {
    id: "Tidak ada unit yang tersisa untuk dihitung (semua dikeluarkan atau berbobot nol)",
    en: "No units left to measure (all were dropped or have zero weight)",
  },
  "measure.hh_indicator_unknown": {
    id: "Indikator {indicator} bukan bagian dari set indikator rumah tangga",
    en: "Indicator {indicator} is not part of the household indicator set",
  },
  "measure.hh_dimension_weight_invalid": {
    id: "Bobot dimensi {dimension} harus bilangan hingga lebih dari 0, ternyata {value}",
    en: "Weight of dimension {dimension} must be a finite number above 0, is {value}",
  },
  "measure.group_invalid": {
    id: "Kelompok pada baris {index} harus berupa teks",
    en: "Group at row {index} must be a string",
  },
});
