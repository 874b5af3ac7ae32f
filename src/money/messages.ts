import { defineMessages } from "../message/message.js";

// One catalogue per group of functions, so that a bundle carries the texts of the functions it
// uses only (a page formatting amounts does not ship the texts of allocateRupiah).

/** Error texts of reading an amount or a ratio and of the methods of `Rupiah`. @internal */
export const moneyMessages = /* @__PURE__ */ defineMessages({
  "money.not_a_number": {
    id: "Nilai rupiah tidak valid: {value} bukan angka desimal (paling banyak 200 karakter atau digit)",
    en: "Invalid rupiah amount: {value} is not a decimal number (at most 200 characters or digits)",
  },
  "money.not_finite": {
    id: "Nilai rupiah tidak valid: {value} tidak terhingga atau NaN",
    en: "Invalid rupiah amount: {value} is not finite",
  },
  "money.unsafe_number": {
    id: "Nilai rupiah {value} melewati batas bilangan bulat aman JavaScript; berikan sebagai string atau bigint",
    en: "Rupiah amount {value} is beyond JavaScript's safe integer range; pass it as a string or bigint",
  },
  "money.fractional_number": {
    id: "Nilai rupiah {value} berupa pecahan number; berikan pecahan sebagai string desimal",
    en: "Rupiah amount {value} is a fractional number; pass fractions as a decimal string",
  },
  "money.bad_type": {
    id: "Nilai rupiah harus string, bigint, number, atau Rupiah, bukan {type}",
    en: "A rupiah amount must be a string, bigint, number or Rupiah, not {type}",
  },
  "money.bad_ratio": {
    id: "Rasio tidak valid: {value}",
    en: "Invalid ratio: {value}",
  },
  "money.bad_unit": {
    id: "Satuan pembulatan harus positif, bukan {unit}",
    en: "The rounding unit must be positive, not {unit}",
  },
  "money.bad_mode": {
    id: "Mode pembulatan tidak dikenal: {mode}",
    en: "Unknown rounding mode: {mode}",
  },
});

/** The error text of an amount that must be whole (`rupiah` and `parseRupiah` with `whole: true`). @internal */
export const moneyWholeMessages = /* @__PURE__ */ defineMessages({
  "money.not_whole": {
    id: "Nilai rupiah {value} harus rupiah utuh (tanpa sen)",
    en: "Rupiah amount {value} must be whole rupiah (no fraction)",
  },
});

/** Error texts of `formatRupiah`. @internal */
export const moneyFormatMessages = /* @__PURE__ */ defineMessages({
  "money.bad_decimals": {
    id: "Jumlah desimal harus bilangan bulat 0–20, bukan {value}",
    en: "Decimals must be an integer 0–20, not {value}",
  },
});

/** Error texts of `parseRupiah`. @internal */
export const moneyTextMessages = /* @__PURE__ */ defineMessages({
  "money.bad_format": {
    id: "Teks rupiah tidak dapat dibaca: {value}",
    en: "Cannot read the rupiah text: {value}",
  },
  "money.ambiguous_format": {
    id: "Teks rupiah {value} dapat dibaca dua cara (koma desimal atau pemisah ribuan); tulis 833955, 833.955, atau 833,955.00",
    en: "The rupiah text {value} can be read two ways (decimal comma or thousands separator); write 833955, 833.955 or 833,955.00",
  },
});

/** Error texts of the functions over lists of amounts (`sumRupiah`, `minRupiah`, `maxRupiah`). @internal */
export const moneyListMessages = /* @__PURE__ */ defineMessages({
  "money.not_a_list": {
    id: "{what} membutuhkan daftar nilai rupiah (larik atau iterable), bukan {value}",
    en: "{what} needs a list of rupiah amounts (an array or iterable), not {value}",
  },
  "money.empty_list": {
    id: "Daftar nilai rupiah kosong",
    en: "The list of rupiah amounts is empty",
  },
});

/** Error texts of `allocateRupiah`. @internal */
export const moneySplitMessages = /* @__PURE__ */ defineMessages({
  "money.negative_total": {
    id: "Total yang dibagi tidak boleh negatif: {total}",
    en: "The total to split must not be negative: {total}",
  },
  "money.total_not_multiple": {
    id: "Total {total} bukan kelipatan satuan {unit}",
    en: "The total {total} is not a multiple of the unit {unit}",
  },
  "money.bad_weight": {
    id: "Bobot ke-{index} tidak valid: {value} (harus angka ≥ 0)",
    en: "Weight at index {index} is invalid: {value} (must be a number ≥ 0)",
  },
  "money.no_weights": {
    id: "Daftar bobot kosong",
    en: "The list of weights is empty",
  },
  "money.all_zero_weights": {
    id: "Semua bobot bernilai nol; total tidak dapat dibagi",
    en: "All weights are zero; the total cannot be split",
  },
  "money.bad_options": {
    id: "Opsi {what} harus berupa objek, bukan {value}",
    en: "The options of {what} must be an object, not {value}",
  },
  "money.weight_hole": {
    id: "Daftar bobot memiliki lubang (entri kosong) pada indeks {index}",
    en: "The list of weights has a hole (an empty slot) at index {index}",
  },
});
