import { defineMessages } from "../message/message.js";

/** Texts of the program layer: approaches, benefit kinds, errors and scenario verification. @internal */
export const programMessages = defineMessages({
  "program.approach.reduce-expenditure": { id: "Mengurangi beban pengeluaran", en: "Reduce expenditure" },
  "program.approach.raise-income": { id: "Meningkatkan pendapatan", en: "Raise income" },
  "program.approach.improve-settlement": { id: "Memperbaiki permukiman", en: "Improve the settlement" },
  "program.approach.education": { id: "Pendidikan", en: "Education" },
  "program.frequency.tahap": { id: "per tahap (4 kali setahun)", en: "per tahap (4 times a year)" },
  "program.frequency.bimonthly": { id: "per dua bulan (6 kali setahun)", en: "every two months (6 times a year)" },
  "program.frequency.month": { id: "per bulan", en: "per month" },
  "program.frequency.year": { id: "per tahun", en: "per year" },
  "program.frequency.once": { id: "sekali", en: "once" },
  "program.frequency.in-kind": { id: "dalam bentuk barang/layanan", en: "in kind" },
  "program.graduation": {
    id: "Pendampingan {months} bulan sejak {grantDate}; kelulusan dari bansos konsumtif ditinjau pada {reviewDate}",
    en: "Mentoring for {months} {months|month|months} from {grantDate}; graduation from consumptive aid is reviewed on {reviewDate}",
  },
  "program.bad_id": {
    id: "Id program tidak valid: {id} (huruf kecil, angka dan garis bawah)",
    en: "Invalid program id: {id} (lower-case letters, digits and underscores)",
  },
  "program.bad_argument": {
    id: "{what}: {field} tidak dapat dipakai: {value}",
    en: "{what}: {field} cannot be used: {value}",
  },
  "program.bad_program": {
    id: "Program pada posisi {index} bukan program yang dibuat dengan defineProgram: {value}{hint}",
    en: "The program at position {index} is not one built with defineProgram: {value}{hint}",
  },
  "program.foreign_code": {
    id: "Program {program} memuat pemeriksaan {code}; kode harus diawali {program}.",
    en: "Program {program} declares check {code}; codes must start with {program}.",
  },
  "program.duplicate_id": {
    id: "Program {program} disebut lebih dari sekali",
    en: "Program {program} is listed more than once",
  },
  "program.unknown_program": {
    id: "Program {program} tidak dikenal (yang dikenal: {known})",
    en: "Unknown program {program} (known: {known})",
  },
  "program.parameter_not_in_force": {
    id: "Parameter {parameter} yang dibutuhkan untuk menghitung manfaat tidak berlaku pada {asOf}",
    en: "Parameter {parameter}, needed to compute the benefit, has no value in force on {asOf}",
  },
  "program.parameter_not_an_amount": {
    id: "Parameter {parameter} harus berupa nilai rupiah desimal tidak negatif",
    en: "Parameter {parameter} must be a non-negative decimal rupiah amount",
  },
  "program.parameter_invalid": {
    id: "Parameter {parameter} yang dibutuhkan untuk menghitung manfaat pada {asOf} tidak berbentuk yang diharapkan",
    en: "Parameter {parameter}, needed to compute the benefit on {asOf}, does not have the expected form",
  },
  "program.parameter_not_a_count": {
    id: "Parameter {parameter} harus berupa bilangan bulat tidak negatif",
    en: "Parameter {parameter} must be a non-negative whole number",
  },
  "program.bad_period_weights": {
    id: "Bobot periode berjumlah {count}, padahal periodenya {periods}",
    en: "{count} period {count|weight was|weights were} given for {periods} {periods|period|periods}",
  },
  "program.parameter_not_a_calendar": {
    id: "Parameter {parameter} harus memetakan setiap saluran pembayaran (kks, pos) ke tahap, bimonthly atau month",
    en: "Parameter {parameter} must map every payment channel (kks, pos) to tahap, bimonthly or month",
  },
  "program.bad_payment_channel": {
    id: "Saluran pembayaran {value} tidak dikenal: gunakan kks atau pos",
    en: "Unknown payment channel {value}: use kks or pos",
  },
  "program.benefit_threw": {
    id: "{what}: fungsi benefit (atau prepare) program {program} yang Anda berikan melempar {kind}; bukan nilai yang tidak dapat dibaca: periksa fungsi itu",
    en: "{what}: the benefit (or prepare) function you supplied for program {program} threw {kind}; not a value that cannot be read: check that function",
  },
  "program.scenario.invalid": {
    id: "Skenario {name} tidak valid",
    en: "Scenario {name} is invalid",
  },
  "program.scenario.no_expectations": {
    id: "Skenario {name} tidak mengharapkan apa pun (expect kosong): kasus tanpa harapan tidak memverifikasi apa-apa",
    en: "Scenario {name} expects nothing (empty expect): a case without expectations verifies nothing",
  },
  "program.scenario.household_invalid": {
    id: "Rumah tangga pada skenario {name} tidak valid",
    en: "The household of scenario {name} is invalid",
  },
});
