import { defineMessages } from "../message/message.js";

/** Error texts of the time layer. @internal */
export const timeMessages = /* @__PURE__ */ defineMessages({
  "time.invalid_date": {
    id: "Tanggal tidak valid: {value} (harus tanggal kalender YYYY-MM-DD{hint})",
    en: "Invalid date: {value} (must be a calendar date YYYY-MM-DD{hint})",
  },
  "time.invalid_year": {
    id: "Tahun tidak valid: {value} (harus bilangan bulat 1–9999)",
    en: "Invalid year: {value} (must be a whole number 1–9999)",
  },
  "time.invalid_month": {
    id: "Bulan tidak valid: {value} (harus bilangan bulat 1–12)",
    en: "Invalid month: {value} (must be a whole number 1–12)",
  },
  "time.invalid_step": {
    id: "Jumlah {unit} tidak valid: {value} (harus bilangan bulat)",
    en: "Invalid number of {unit}: {value} (must be a whole number)",
  },
  "time.out_of_range": {
    id: "Tanggal {date} ditambah {value} {unit} jatuh di luar tahun 1–9999",
    en: "Date {date} plus {value} {unit} falls outside the years 1–9999",
  },
  "time.invalid_period": {
    id: "Periode tidak valid: {value} (contoh: 2024, 2024-03, 2024-Q1)",
    en: "Invalid period: {value} (e.g. 2024, 2024-03, 2024-Q1)",
  },
  "time.invalid_tahap": {
    id: "Tahap tidak valid: {value} (harus 1–4)",
    en: "Invalid tahap: {value} (must be 1–4)",
  },
  "time.birth_after_date": {
    id: "Tanggal lahir {birthDate} sesudah tanggal {asOf}",
    en: "Birth date {birthDate} is after the date {asOf}",
  },
  "time.no_value_in_force": {
    id: "Parameter {parameter} tidak memiliki nilai yang berlaku pada {asOf}",
    en: "Parameter {parameter} has no value in force on {asOf}",
  },
  "time.parameter_invalid": {
    id: "Parameter {parameter} tidak valid",
    en: "Parameter {parameter} is invalid",
  },
  "time.parameter_no_values": {
    id: "Parameter {parameter} tidak memiliki nilai",
    en: "Parameter {parameter} has no values",
  },
  "time.parameter_no_source": {
    id: "Nilai parameter {parameter} mulai {from} tidak menyebut sumber",
    en: "Value of parameter {parameter} from {from} names no source",
  },
  "time.parameter_range_reversed": {
    id: "Nilai parameter {parameter}: tanggal akhir {to} sebelum tanggal mulai {from}",
    en: "Value of parameter {parameter}: end date {to} is before start date {from}",
  },
  "time.parameter_unordered": {
    id: "Nilai parameter {parameter} tidak berurutan: {from} tidak sesudah {previous}",
    en: "Values of parameter {parameter} are out of order: {from} does not come after {previous}",
  },
  "time.parameter_renewal_invalid": {
    id: 'Parameter {parameter}: renewal harus { "every": "year", "source": "…" }',
    en: 'Parameter {parameter}: renewal must be { "every": "year", "source": "…" }',
  },
  "time.parameter_overlap": {
    id: "Nilai parameter {parameter} tumpang tindih: berlaku sampai {to}, berikutnya mulai {from}",
    en: "Values of parameter {parameter} overlap: one runs to {to}, the next starts {from}",
  },
  "time.parameter_duplicate": {
    id: "Parameter {parameter} didefinisikan lebih dari sekali",
    en: "Parameter {parameter} is defined more than once",
  },
  "time.parameter_unknown": {
    id: "Parameter {parameter} tidak dikenal; tidak dapat diganti",
    en: "Unknown parameter {parameter}; it cannot be overridden",
  },
  "time.parameter_exists": {
    id: "Parameter {parameter} sudah ada; gunakan penggantian (override)",
    en: "Parameter {parameter} already exists; use an override instead",
  },
});
