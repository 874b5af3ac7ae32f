import { defineMessages } from "../message/message.js";

/**
 * Texts of the rule layer: check statuses, the combinators, why a check could not be decided,
 * and the misuse errors of the rule core.
 * @internal
 */
export const ruleMessages = /* @__PURE__ */ defineMessages({
  "rule.status.passed": { id: "terpenuhi", en: "met" },
  "rule.status.failed": { id: "tidak terpenuhi", en: "not met" },
  "rule.status.unknown": { id: "tidak dapat dipastikan", en: "undetermined" },
  "rule.value.yes": { id: "ya", en: "yes" },
  "rule.value.no": { id: "tidak", en: "no" },
  "rule.value.missing": { id: "tidak ada data", en: "no data" },
  "rule.value.none": { id: "tidak ada", en: "none" },
  // The values of a check whose parameter has no value in force: not evaluated, so neither what it
  // asks nor the household's value was read (the household may well record it): not "no data".
  "rule.value.not_evaluated": { id: "?", en: "?" },
  // Of one condition, "the only condition" in both languages (not "All 1 condition", "Semua 1 syarat").
  "rule.all": {
    id: "{count|Satu-satunya syarat|Semua {count} syarat} harus terpenuhi: {passed} terpenuhi, {failed} tidak, {unknown} tidak pasti",
    en: "{count|The only condition|All {count} conditions} must hold: {passed} met, {failed} not met, {unknown} undetermined",
  },
  "rule.any": {
    id: "{count|Satu-satunya syarat|Paling sedikit satu dari {count} syarat} harus terpenuhi: {passed} terpenuhi, {failed} tidak, {unknown} tidak pasti",
    en: "{count|The only condition|At least one of {count} conditions} must hold: {passed} met, {failed} not met, {unknown} undetermined",
  },
  "rule.at_least": {
    id: "Paling sedikit {expected} dari {count} syarat harus terpenuhi: {passed} terpenuhi, {failed} tidak, {unknown} tidak pasti",
    en: "At least {expected} of {count} {count|condition|conditions} must hold: {passed} met, {failed} not met, {unknown} undetermined",
  },
  "rule.not": {
    id: "Syarat berikut tidak boleh terpenuhi",
    en: "The following condition must not hold",
  },
  "rule.era": {
    id: "Aturan era {received} berlaku pada {asOf} (parameter {parameter}; era: {expected})",
    en: "The rules of era {received} apply on {asOf} (parameter {parameter}; eras: {expected})",
  },
  "rule.reason.missing_data": {
    id: "data {field} tidak tersedia",
    en: "{field} is not recorded",
  },
  "rule.reason.parameter_not_in_force": {
    id: "parameter {parameter} tidak memiliki nilai yang berlaku pada {asOf}",
    en: "parameter {parameter} has no value in force on {asOf}",
  },
  "rule.reason.parameter_not_in_force_months": {
    id: "parameter {parameter} tidak memiliki nilai yang berlaku pada bulan {months}",
    en: "parameter {parameter} has no value in force in {months}",
  },
  "rule.benefit_in_force": {
    id: "Nilai setiap bulan {year} yang dibutuhkan untuk menghitung manfaat harus berlaku ({parameter})",
    en: "The benefit needs a value in force in every month of {year} ({parameter})",
  },
  "rule.reason.parameter_invalid": {
    id: "nilai parameter {parameter} tidak berbentuk yang diharapkan",
    en: "the value of parameter {parameter} does not have the expected form",
  },
  "rule.reason.no_regional_value": {
    id: "parameter {parameter} tidak memiliki nilai untuk wilayah {region}",
    en: "parameter {parameter} has no value for region {region}",
  },
  "rule.reason.stale_data": {
    id: "data {field} bertanggal {date}, lebih tua dari {maxAge} bulan pada {asOf}",
    en: "{field} is dated {date}, older than {maxAge} {maxAge|month|months} on {asOf}",
  },
  "rule.reason.future_data": {
    id: "data {field} bertanggal {date}, sesudah tanggal penilaian {asOf}",
    en: "{field} is dated {date}, after the assessment date {asOf}",
  },
  "rule.reason.input_missing": {
    id: "masukan {field} tidak diberikan",
    en: "input {field} was not given",
  },
  "rule.explain.eligible": {
    id: "{program} pada {asOf}: memenuhi syarat",
    en: "{program} on {asOf}: eligible",
  },
  "rule.explain.not_eligible": {
    id: "{program} pada {asOf}: tidak memenuhi syarat",
    en: "{program} on {asOf}: not eligible",
  },
  "rule.explain.undetermined": {
    id: "{program} pada {asOf}: belum dapat ditentukan (dianggap tidak memenuhi syarat)",
    en: "{program} on {asOf}: undetermined (treated as not eligible)",
  },
  "rule.explain.nearest": {
    id: "Jalan terdekat menuju memenuhi syarat",
    en: "Nearest way to eligibility",
  },
  "rule.explain.priority": {
    id: "Prioritas (tidak menentukan kelayakan)",
    en: "Priority (does not decide eligibility)",
  },
  "rule.unknown_code": {
    id: "Pemeriksaan {code}: diharapkan {expected}, tercatat {received}",
    en: "Check {code}: expected {expected}, recorded {received}",
  },
  "rule.parameter_unknown": {
    id: "Aturan membaca parameter {parameter} yang tidak ada dalam himpunan parameter",
    en: "A rule reads parameter {parameter}, which is not in the parameter set",
  },
  "rule.bad_definition": {
    id: "Definisi pemeriksaan tidak valid: {field} ({value})",
    en: "Invalid check definition: {field} ({value})",
  },
  "rule.bad_rule": {
    id: "Aturan ke-{index} bukan aturan (buat dengan check, all, any, not, atau atLeast), melainkan {value}",
    en: "Rule {index} is not a rule (build one with check, all, any, not or atLeast) but {value}",
  },
  "rule.bad_outcome": {
    id: "Pemeriksaan {code} mengembalikan hasil yang bukan outcome (gunakan outcome atau unknownOutcome): {value}",
    en: "Check {code} returned something that is not an outcome (use outcome or unknownOutcome): {value}",
  },
  "rule.check_threw": {
    id: "Pemeriksaan {check}{program}: fungsi {fn} yang Anda berikan melempar {kind}; bukan nilai yang tidak dapat dibaca: periksa fungsi itu",
    en: "Check {check}{program}: the {fn} function you supplied threw {kind}; not a value that cannot be read: check that function",
  },
  "rule.bad_context": {
    id: "Konteks aturan harus objek dengan asOf (tanggal ISO) dan parameters (pembaca parameter), bukan {value}",
    en: "A rule context must be an object with asOf (an ISO date) and parameters (a parameter reader), not {value}",
  },
  "rule.bad_at_least": {
    id: "atLeast memerlukan bilangan bulat 0–{count}, diberikan {value}",
    en: "atLeast needs an integer 0–{count}, got {value}",
  },
  "rule.bad_era": {
    id: "byEra memerlukan id parameter dan paling sedikit satu era; parameter: {parameter}",
    en: "byEra needs a parameter id and at least one era; parameter: {parameter}",
  },
  "rule.named_check": {
    id: "Pemeriksaan {code} sudah memiliki kode sendiri; hanya gabungan yang dapat dinamai",
    en: "Check {code} already has its own code; only combinators can be named",
  },
  "rule.bad_code": {
    id: "Kode pemeriksaan tidak valid: {code} (huruf kecil, angka, garis bawah dan titik)",
    en: "Invalid check code: {code} (lower-case letters, digits, underscores and dots)",
  },
});
