import { defineMessages } from "../message/message.js";

/**
 * Texts of the simulate layer (Bahasa Indonesia and English), keyed by stable code: errors,
 * warnings written into results, and reasons for undefined cost-effectiveness.
 * @internal
 */
export const simulateMessages = defineMessages({
  "simulate.option_invalid": {
    id: "Opsi simulasi {option} tidak valid: {value}",
    en: "Invalid simulation option {option}: {value}",
  },
  "simulate.result_invalid": {
    id: "{what}: hasil simulasi ke-{index} tidak terbaca (status, angka, atau hasil rumah tangga tidak sah); gunakan hasil dari simulate atau state-nya lewat JSON",
    en: "{what}: simulation result {index} cannot be read (its state, figures or household outcomes are not valid); pass results of simulate, or their state through JSON",
  },
  "simulate.results_not_a_list": {
    id: "{what} membutuhkan larik hasil simulasi, bukan {value}",
    en: "{what} needs an array of simulation results, not {value}",
  },
  "simulate.bad_program_id": {
    id: "Id program harus berupa teks, bukan {value}",
    en: "A program id must be text, not {value}",
  },
  "simulate.bad_approach": {
    id: "Pendekatan program tidak dikenal: {value} (reduce-expenditure, raise-income, improve-settlement, atau education)",
    en: "Unknown program approach: {value} (reduce-expenditure, raise-income, improve-settlement or education)",
  },
  "simulate.line_missing": {
    id: "Garis kemiskinan kabupaten/kota {regency} tidak diberikan; isi povertyLines[\"{regency}\"], beri fallbackLine, atau pilih missingLine: \"exclude\"",
    en: "No poverty line for regency {regency}; set povertyLines[\"{regency}\"], give a fallbackLine, or choose missingLine: \"exclude\"",
  },
  "simulate.line_invalid": {
    id: "Garis kemiskinan {regency} harus jumlah Rupiah lebih dari 0, ternyata {value}",
    en: "The poverty line of {regency} must be a Rupiah amount above 0, is {value}",
  },
  "simulate.consumption_missing": {
    id: "Rumah tangga {household} (baris {index}) tidak mempunyai konsumsi bulanan; pilih missingConsumption: \"exclude\" untuk mengeluarkannya dari ukuran kemiskinan",
    en: "Household {household} (row {index}) has no monthly consumption; choose missingConsumption: \"exclude\" to leave it out of the poverty measures",
  },
  "simulate.program_unknown": {
    id: "Program {program} tidak ada di katalog; berikan objek Program untuk program sendiri",
    en: "Program {program} is not in the catalogue; pass a Program object for an app's own program",
  },
  "simulate.program_duplicate": {
    id: "Program {program} muncul lebih dari sekali dalam skenario {scenario}",
    en: "Program {program} appears more than once in scenario {scenario}",
  },
  "simulate.coverage_invalid": {
    id: "Cakupan program {program} tidak sah: {reason}",
    en: "Coverage of program {program} is invalid: {reason}",
  },
  "simulate.quota_weight_missing": {
    id: "Bobot pembagian kuota/anggaran program {program} tidak memuat kabupaten/kota {regency}, padahal ada rumah tangga layak di sana",
    en: "The quota/budget weights of program {program} lack regency {regency}, which has eligible households",
  },
  "simulate.unknown_key": {
    id: "Program {program}: kunci {key} tidak dikenal (yang dikenal: {known})",
    en: "Program {program}: unknown key {key} (known keys: {known})",
  },
  "simulate.assumption_invalid": {
    id: "Asumsi {assumption} untuk program {program} tidak sah: {value}",
    en: "Assumption {assumption} for program {program} is invalid: {value}",
  },
  "simulate.indicator_unknown": {
    id: "Program {program} menghapus indikator {indicator} yang tidak ada dalam set indikator",
    en: "Program {program} removes indicator {indicator}, which is not in the indicator set",
  },
  "simulate.seed_invalid": {
    id: "Seed harus bilangan bulat 0 … 4294967295, ternyata {value}",
    en: "The seed must be an integer 0 … 4294967295, is {value}",
  },
  "simulate.merge_empty": {
    id: "Tidak ada hasil simulasi untuk digabung",
    en: "No simulation results to merge",
  },
  "simulate.merge_mismatch": {
    id: "Hasil simulasi tidak dapat digabung: {field} berbeda ({first} vs {other})",
    en: "Simulation results cannot be merged: different {field} ({first} vs {other})",
  },
  "simulate.merge_not_partition_safe": {
    id: "Program {program} membagi kuota/anggaran menurut jumlah rumah tangga layak dalam data; hasil partisi tidak dapat digabung. Nyatakan bobot (weights) atau kuota per kabupaten/kota",
    en: "Program {program} splits its quota/budget by the eligible households in the data, so partitions cannot be merged; declare the weights or per-regency quotas",
  },
  "simulate.merge_regency_split": {
    id: "Kabupaten/kota {regency} ada di lebih dari satu partisi, padahal program {program} memakai kuota/anggaran per kabupaten/kota; partisi harus memuat kabupaten/kota utuh",
    en: "Regency {regency} appears in more than one partition, but program {program} fills a quota/budget per regency; partitions must hold whole regencies",
  },
  "simulate.merge_duplicate": {
    id: "Dua partisi memuat rumah tangga yang sama untuk kabupaten/kota {regency} ({households} rumah tangga, digest yang sama): partisi yang sama diberikan dua kali; setiap partisi hanya boleh digabung sekali",
    en: "Two partitions hold the same households of regency {regency} ({households} {households|household|households}, the same digest): the same partition was given twice; each partition may be merged only once",
  },
  "simulate.compare_empty": {
    id: "compareScenarios butuh paling sedikit satu hasil simulasi (baseline)",
    en: "compareScenarios needs at least one simulation result (the baseline)",
  },
  "simulate.compare_no_households": {
    id: "Skenario {scenario} disimulasikan tanpa rincian rumah tangga (households: false); pemenang dan yang dirugikan tidak dapat dihitung",
    en: "Scenario {scenario} was simulated without household detail (households: false); winners and losers cannot be computed",
  },
  "simulate.compare_households_differ": {
    id: "Skenario {scenario} disimulasikan pada rumah tangga yang berbeda dari baseline ({reason})",
    en: "Scenario {scenario} was simulated on different households from the baseline ({reason})",
  },
  "simulate.warn.small_cell": {
    id: "Sel {cell}: {count} rumah tangga, kurang dari 30; angka ketepatan sasaran di sel ini tidak stabil",
    en: "Cell {cell}: {count} household(s), fewer than 30; its targeting figures are unstable",
  },
  "simulate.warn.uncosted_in_kind": {
    id: "{program} berupa barang/jasa tanpa nilai Rupiah; biayanya tidak dihitung (beri inKindUnitCost untuk menghitungnya)",
    en: "{program} is in kind with no Rupiah amount; it is not costed (give inKindUnitCost to cost it)",
  },
  "simulate.warn.fallback_line": {
    id: "Garis kemiskinan cadangan {line} dipakai (bukan garis kabupaten/kota sendiri) untuk: {regencies}",
    en: "The fallback poverty line {line} is used (not the regency's own line) for: {regencies}",
  },
  "simulate.warn.excluded_no_line": {
    id: "{count} rumah tangga di {regency} dikeluarkan dari ukuran kemiskinan karena garis kemiskinannya tidak diberikan",
    en: "{count} {count|household|households} in {regency} {count|is|are} left out of the poverty measures: no poverty line was given",
  },
  "simulate.warn.excluded_no_consumption": {
    id: "{count} rumah tangga di {regency} dikeluarkan dari ukuran kemiskinan karena konsumsinya tidak tercatat",
    en: "{count} {count|household|households} in {regency} {count|is|are} left out of the poverty measures: no consumption recorded",
  },
  "simulate.warn.quota_unfilled": {
    id: "Kuota {program} di {regency} adalah {quota}, tetapi hanya {filled} rumah tangga layak",
    en: "The quota of {program} in {regency} is {quota}, but only {filled} {filled|household is|households are} eligible",
  },
  "simulate.warn.renewal_due": {
    id: "Parameter {parameter} ditetapkan setiap tahun dan tidak memiliki nilai {year}; nilai sejak {from} dipakai pada {asOf}",
    en: "Parameter {parameter} is set every year and has no {year} value; the value from {from} is used on {asOf}",
  },
  "simulate.warn.income_timing": {
    id: "Tambahan pendapatan dari {program} dihitung pada akhir masa pendampingan ({months} bulan setelah hibah); lepas dari bansos setelah graduasi tidak dimodelkan",
    en: "The income gain of {program} is counted at the end of mentoring ({months} {months|month|months} after the grant); leaving aid after graduation is not modelled",
  },
  "simulate.reason.no_p0_change": {
    id: "P0 tidak turun ({before} → {after}); biaya per poin tidak terdefinisi",
    en: "P0 did not fall ({before} → {after}); cost per point is undefined",
  },
  "simulate.reason.no_p1_change": {
    id: "P1 tidak turun ({before} → {after}); biaya per poin tidak terdefinisi",
    en: "P1 did not fall ({before} → {after}); cost per point is undefined",
  },
  "simulate.reason.not_measured": {
    id: "Tidak ada rumah tangga yang diukur di {region}",
    en: "No household was measured in {region}",
  },
});
