import { defineMessages } from "../message/message.js";

/**
 * Texts of the command-line interface: errors, headings, notes. Labels of columns, statuses and
 * criteria are in `labels.ts`. A test checks that a screen in Bahasa Indonesia shows none of the
 * English texts of either catalogue.
 * @internal
 */
export const cliMessages = defineMessages({
  "cli.unknown_command": {
    id: "Perintah tidak dikenal: {command}{suggestion}. Gunakan --help untuk daftar perintah.",
    en: "Unknown command: {command}{suggestion}. Use --help for the list of commands.",
  },
  "cli.bad_option": { id: "Opsi tidak valid (lihat --help); keterangan pengurai opsi, dalam bahasa Inggris: {detail}", en: "Invalid option (see --help): {detail}" },
  "cli.unexpected_argument": { id: "Argumen tidak dikenal: {argument} (lihat --help)", en: "Unexpected argument: {argument} (see --help)" },
  "cli.unexpected_file": {
    id: "Argumen tidak dikenal: {argument}; {command} membaca berkas dari opsi, tulis --{option} {argument}",
    en: "Unexpected argument: {argument}; {command} reads its file from an option, write --{option} {argument}",
  },
  "cli.unknown_option": { id: "Opsi tidak valid: {option} tidak dikenal{suggestion} (lihat --help)", en: "Invalid option: {option} is not known{suggestion} (see --help)" },
  "cli.option_needs_value": {
    id: "Opsi tidak valid: {option} perlu nilai; nilai yang diawali tanda minus ditulis {option}=NILAI",
    en: "Invalid option: {option} needs a value; a value that starts with a minus sign is written {option}=VALUE",
  },
  "cli.option_takes_no_value": { id: "Opsi tidak valid: {option} tidak menerima nilai", en: "Invalid option: {option} takes no value" },
  "cli.missing_option": { id: "Opsi --{option} wajib diisi", en: "Option --{option} is required" },
  "cli.bad_value": { id: "Nilai --{option} tidak valid: {value} ({expected})", en: "Invalid --{option}: {value} ({expected})" },
  "cli.not_applicable": {
    id: "Opsi --{option} tidak berlaku untuk {command}{when}; hapus opsi itu",
    en: "Option --{option} does not apply to {command}{when}; remove it",
  },
  "cli.format_conflict": {
    id: "Pilih satu format keluaran saja: {formats}",
    en: "Choose one output format only: {formats}",
  },
  "cli.format_not_available": {
    id: "Format {format} tidak tersedia untuk {command}; pilih {formats}",
    en: "Format {format} is not available for {command}; choose {formats}",
  },
  "cli.json_is_one_document": {
    id: "assess menulis satu baris JSON per rumah tangga: gunakan --format jsonl (satu dokumen --json tidak dibatasi ukurannya)",
    en: "assess writes one JSON line per household: use --format jsonl (a single --json document would have no size bound)",
  },
  "cli.amount_too_small": {
    id: "Nilai --{option} {value} terlalu kecil: garis kemiskinan per kapita per bulan minimal Rp100.000 ({hint})",
    en: "--{option} {value} is too small: a poverty line per capita per month is at least Rp100,000 ({hint})",
  },
  "cli.amount_too_large": {
    id: "Nilai --{option} {value} terlalu besar untuk garis kemiskinan per kapita per bulan (paling tinggi Rp10.000.000)",
    en: "--{option} {value} is too large for a poverty line per capita per month (at most Rp10,000,000)",
  },
  "cli.count_too_large": { id: "Nilai --{option} terlalu besar ({digits} digit): paling banyak {max}", en: "--{option} is too large ({digits} digits): at most {max}" },
  "cli.allocate_floors_exceed": {
    id: "Tidak layak: batas bawah --min {min} di setiap {count} wilayah berjumlah {sum}, melebihi anggaran {budget}; perkecil --min atau perbesar --budget",
    en: "Infeasible: the floor --min {min} in each of {count} {count|region|regions} adds up to {sum}, more than the budget of {budget}; lower --min or raise --budget",
  },
  "cli.allocate_caps_short": {
    id: "Tidak layak: batas atas --max {max} di setiap {count} wilayah berjumlah {sum}, kurang dari anggaran {budget}; perbesar --max atau perkecil --budget",
    en: "Infeasible: the cap --max {max} in each of {count} {count|region|regions} adds up to {sum}, less than the budget of {budget}; raise --max or lower --budget",
  },
  "cli.allocate_quota_floors_exceed": {
    id: "Tidak layak: batas bawah --min {min} di setiap {count} wilayah berjumlah {sum}, melebihi kuota {quota}; perkecil --min atau perbesar --quota",
    en: "Infeasible: the floor --min {min} in each of {count} {count|region|regions} adds up to {sum}, more than the quota of {quota}; lower --min or raise --quota",
  },
  "cli.allocate_quota_caps_short": {
    id: "Tidak layak: batas atas --max {max} di setiap {count} wilayah berjumlah {sum}, kurang dari kuota {quota}; perbesar --max atau perkecil --quota",
    en: "Infeasible: the cap --max {max} in each of {count} {count|region|regions} adds up to {sum}, less than the quota of {quota}; raise --max or lower --quota",
  },
  "cli.allocate_min_above_max": {
    id: "--min {min} melebihi --max {max}: batas bawah setiap wilayah tidak boleh lebih dari batas atasnya; perkecil --min atau perbesar --max",
    en: "--min {min} is more than --max {max}: a region's floor cannot exceed its cap; lower --min or raise --max",
  },
  "cli.allocate_below_unit": {
    id: "--{option} {amount} kurang dari satu --unit {unit}; perkecil --unit",
    en: "--{option} {amount} is less than one --unit of {unit}; lower --unit",
  },
  "cli.allocate_not_unit_multiple": {
    id: "--{option} {amount} bukan kelipatan --unit {unit}; tulis kelipatannya, misalnya {near}",
    en: "--{option} {amount} is not a multiple of --unit {unit}; write a multiple, such as {near}",
  },
  "cli.amount_not_positive": { id: "Nilai --{option} harus lebih dari 0: {value}", en: "--{option} must be more than 0: {value}" },
  "cli.parameter_twice": {
    id: "Parameter {parameter} sudah diganti oleh berkas skenario {scenario}; gantilah di satu tempat saja",
    en: "Parameter {parameter} is already overridden by the scenario file {scenario}; override it in one place only",
  },
  "cli.file_not_found": { id: "Berkas tidak ditemukan: {file}", en: "File not found: {file}" },
  "cli.regency_code": { id: " ({name} adalah {code})", en: " ({name} is {code})" },
  "cli.not_a_directory": { id: "Bukan direktori yang dapat ditulisi: {dir}", en: "Not a writable directory: {dir}" },
  "cli.file_not_directory": {
    id: "{dir} adalah berkas, bukan direktori: berikan direktori (baru atau kosong) untuk berkas-berkas keluaran",
    en: "{dir} is a file, not a directory: give a directory (new or empty) for the output files",
  },
  "cli.weights_required": {
    id: "--by blend memerlukan --weights, bobot untuk tiap ukuran: misalnya --weights count=60,rate=40 (ukuran: count, rate, depth, severity)",
    en: "--by blend needs --weights, a weight for each measure: for instance --weights count=60,rate=40 (measures: count, rate, depth, severity)",
  },
  "cli.merge_not_json": {
    id: "Berkas {file} bukan JSON yang valid: {detail}. merge menggabungkan hasil `simulate --format json` (satu berkas JSON per bagian), bukan berkas rumah tangga",
    en: "File {file} is not valid JSON: {detail}. merge combines the results of `simulate --format json` (one JSON file per part), not household files",
  },
  "cli.cannot_create_directory": { id: "Direktori {dir} tidak dapat dibuat ({reason})", en: "Cannot create directory {dir} ({reason})" },
  "cli.bad_json": { id: "Berkas {file} bukan JSON yang valid: {detail}", en: "File {file} is not valid JSON: {detail}" },
  "cli.spreadsheet_file": {
    id: "{file} adalah buku kerja spreadsheet (Excel), bukan CSV: buka di Excel, simpan sebagai \"CSV UTF-8\", lalu berikan berkas .csv itu",
    en: "{file} is a spreadsheet (Excel) workbook, not CSV: open it in Excel, save it as \"CSV UTF-8\", then give that .csv file",
  },
  "cli.file_is_directory": { id: "{file} adalah direktori, bukan berkas", en: "{file} is a directory, not a file" },
  "cli.file_unreadable": { id: "Berkas {file} tidak dapat dibaca ({code})", en: "File {file} cannot be read ({code})" },
  "cli.bad_scenario": { id: "Berkas skenario {file} tidak valid:", en: "The scenario file {file} is not valid:" },
  "cli.scenario_unknown_key": { id: "kunci tidak dikenal (yang dikenal: {known})", en: "unknown key (known keys: {known})" },
  "cli.scenario_program": { id: "program {program} tidak ada di katalog ({known})", en: "program {program} is not in the catalogue ({known})" },
  "cli.scenario_value": { id: "nilai tidak valid (yang diharapkan: {expected})", en: "invalid value (expected {expected})" },
  "cli.bad_file": { id: "Isi berkas {file} tidak valid: {detail}", en: "The contents of {file} are not valid: {detail}" },
  "cli.stdin_once": { id: "Masukan standar (-) hanya dapat dibaca sekali", en: "Standard input (-) can be read only once" },
  "cli.not_a_simulation": {
    id: "{file} bukan hasil simulasi tepat-sasaran (tidak ada \"format\": \"{format}\"); gabungkan keluaran simulate --format json",
    en: "{file} is not a tepat-sasaran simulation result (no \"format\": \"{format}\"); merge the output of simulate --format json",
  },
  "cli.merge_part_unreadable": {
    id: "{file}: status hasil simulasi tidak terbaca (berkas diubah atau rusak); jalankan lagi simulate --format json pada partisinya",
    en: "{file}: the state of the simulation result cannot be read (the file was edited or damaged); run simulate --format json on its partition again",
  },
  "cli.merge_part_refused": { id: "Berkas {file}: {reason}", en: "File {file}: {reason}" },
  "cli.merge_parts_clash": { id: "Berkas {first} dan {other}: {reason}", en: "Files {first} and {other}: {reason}" },
  "cli.simulation_version": {
    id: "{file} adalah hasil simulasi versi format {version}; versi tepat-sasaran ini membaca versi format {known}. Gunakan versi tepat-sasaran yang sama untuk semua bagian",
    en: "{file} is a simulation result of format version {version}; this version of tepat-sasaran reads format versions {known}. Use the same tepat-sasaran version for every part",
  },
  "cli.split_parts_exist": {
    id: "Direktori {dir} sudah berisi bagian dari pemisahan sebelumnya ({files}); beri direktori kosong agar tidak tercampur",
    en: "Directory {dir} already holds partitions of an earlier split ({files}); give an empty directory so that none are mixed",
  },
  "cli.split_leftovers": {
    id: "Direktori {dir} berisi berkas sementara dari pemisahan yang tidak selesai (proses {pids}, misalnya dihentikan dengan kill -9): {files}. Itu bukan bagian utuh dan tidak dibaca sebagai bagian; bila tidak ada split lain yang sedang menulis ke {dir}, hapus: rm {dir}/part-*.csv.*.tmp",
    en: "Directory {dir} holds temporary files of a split that did not finish (process {pids}, stopped with kill -9 for instance): {files}. They are not whole partitions and are never read as partitions; when no other split is writing into {dir}, delete them: rm {dir}/part-*.csv.*.tmp",
  },
  "cli.split_temporary_file": {
    id: "{file} adalah berkas sementara dari pemisahan yang tidak selesai, bukan bagian utuh; jalankan split lagi dan pakai berkas part-*.csv",
    en: "{file} is a temporary file of a split that did not finish, not a whole partition; run split again and use the part-*.csv files",
  },
  "cli.split_cannot_write": {
    id: "Bagian tidak dapat ditulis di {dir} ({reason}); tidak ada bagian yang ditulis (berkas sementara sudah dihapus)",
    en: "The partitions cannot be written in {dir} ({reason}); no partition was written (the temporary files were removed)",
  },
  "cli.split_summary": {
    id: "{file}: {rows} baris, {households} rumah tangga dibagi ke {parts} berkas di {dir}",
    en: "{file}: {rows} {rows|row|rows}, {households} {households|household|households} split into {parts} {parts|file|files} in {dir}",
  },
  "cli.split_tables_summary": {
    id: "{file} + {members}: {households} rumah tangga dan {rows} baris anggota dibagi ke {parts} pasang berkas di {dir}",
    en: "{file} + {members}: {households} {households|household|households} and {rows} member {rows|row|rows} split into {parts} {parts|pair|pairs} of files in {dir}",
  },
  "cli.split_tables_rejected": {
    id: "{rows} baris ditolak dan tidak ditulis ke bagian mana pun: baris yang tidak tergabung ke rumah tangga mana pun (anggota tanpa rumah tangga, rumah tangga tanpa anggota, urutan household_id salah, id rumah tangga berulang, baris judul berulang, baris tanpa id), sama seperti satu proses atas kedua berkas menolaknya",
    en: "{rows} {rows|row was|rows were} rejected and written to no partition: rows that join no household (members without a household, households without members, household_id out of order, a repeated household id, a repeated header line, rows without an id), as one run over both files rejects them",
  },
  "cli.split_header_repeated": {
    id: "{lines} baris yang mengulang baris judul (berkas yang digabung?) ditolak dan tidak ditulis ke bagian mana pun ({rows} baris, termasuk baris tanpa household_id sesudahnya)",
    en: "{lines} {lines|line|lines} repeating the header row (files joined together?) {lines|was|were} rejected and written to no partition ({rows} {rows|row|rows}, with any rows without a household_id after {lines|it|them})",
  },
  "cli.split_repeated": {
    id: "{households} rumah tangga ({rows} baris) ditolak dan tidak ditulis ke bagian mana pun: id-nya sudah muncul sebelumnya di berkas, dengan rumah tangga lain di antaranya (sama seperti satu proses atas seluruh berkas menolaknya)",
    en: "{households} {households|household|households} ({rows} {rows|row|rows}) {households|was|were} rejected and written to no partition: {households|its|their} id appeared earlier in the file, with other households in between (as one run over the whole file rejects them)",
  },
  "cli.merge_empty_directory": {
    id: "Direktori {dir} tidak memuat berkas .json: merge membaca hasil simulate --format json dari setiap bagian",
    en: "Directory {dir} holds no .json file: merge reads the simulate --format json result of each part",
  },
  "cli.merge_no_match": { id: "Tidak ada berkas yang cocok dengan {pattern}", en: "No file matches {pattern}" },
  "cli.merge_nothing": { id: "Beri berkas hasil yang akan digabung: tepat-sasaran merge BAGIAN1.json BAGIAN2.json …", en: "Give the result files to merge: tepat-sasaran merge PART1.json PART2.json …" },
  "cli.nothing_read": { id: "Tidak ada rumah tangga yang valid di {file}", en: "No valid household in {file}" },
  "cli.workers_capped": {
    id: "--workers {given}: mesin ini punya {cores} inti; dipakai {used} worker",
    en: "--workers {given}: this machine has {cores} {cores|core|cores}; {used} {used|worker is|workers are} used",
  },
  "cli.workers_scenario": {
    id: "--workers {given}: kuota atau anggaran skenario dibagi menurut rumah tangga layak di seluruh berkas; dipakai {used} worker",
    en: "--workers {given}: the scenario's quota or budget is shared out by the eligible households of the whole file; {used} {used|worker is|workers are} used",
  },
  "cli.workers_unused": {
    id: "--workers {given} tidak dipakai: worker hanya membaca berkas CSV (satu baris per orang, atau --households dengan --members) tanpa --inputs; berkas ini dibaca pada satu thread",
    en: "--workers {given} is not used: workers read CSV files (one row per person, or --households with --members) without --inputs; this file is read on one thread",
  },
  "cli.read_summary": {
    id: "{file}: {rows} baris dibaca, {households} rumah tangga diterima, {rejected} baris ditolak",
    en: "{file}: {rows} {rows|row|rows} read, {households} {households|household|households} accepted, {rejected} {rejected|row|rows} rejected",
  },
  "cli.more_rejected": {
    id: "… dan {count} entri penolakan lainnya{file}",
    en: "… and {count} more rejection {count|entry|entries}{file}",
  },
  "cli.rejected_by_code": { id: "Semua entri penolakan menurut kode: {list}", en: "Every rejection entry by code: {list}" },
  "cli.rejected_other_codes": {
    id: "{count} dalam {codes} kode lain",
    en: "{count} in {codes} other {codes|code|codes}",
  },
  "cli.rejected_in_file": { id: " (semuanya di {file})", en: " (all of them in {file})" },
  "cli.heading.ranking": { id: "Peringkat wilayah menurut {criterion}", en: "Regions ranked by {criterion}" },
  "cli.heading.crossovers": {
    id: "Titik silang antara {a} (α = 0) dan {b} (α = 1)",
    en: "Crossovers between {a} (α = 0) and {b} (α = 1)",
  },
  "cli.heading.allocation_quota": { id: "Pembagian {quota} kuota dengan metode {method} — {criterion}", en: "Allocation of {quota} quotas by {method} — {criterion}" },
  "cli.heading.allocation_budget": {
    id: "Pembagian anggaran {budget} (sisa terbesar, satuan {unit}) — {criterion}",
    en: "Allocation of a budget of {budget} (largest remainder, unit {unit}) — {criterion}",
  },
  "cli.heading.assessment": { id: "Penilaian rumah tangga per {asOf}", en: "Assessment of households on {asOf}" },
  "cli.heading.assessment_summary": {
    id: "Ringkasan: {count} rumah tangga dinilai per {asOf}",
    en: "Summary: {count} {count|household|households} assessed on {asOf}",
  },
  "cli.heading.simulation": { id: "Skenario {scenario} — {asOf}", en: "Scenario {scenario} — {asOf}" },
  "cli.heading.programs": { id: "Program: penerima dan biaya setahun", en: "Programs: beneficiaries and cost per year" },
  "cli.heading.missing": {
    id: "Tanpa angka {measure}, tidak diperingkat",
    en: "Without a {measure} figure, not ranked",
  },
  "cli.crossovers_none": {
    id: "Titik silang antara {a} dan {b} tidak dihitung: tidak ada wilayah yang memiliki angka {measure}. Berikan --stats BERKAS dengan angka itu, atau pilih --between lain (misalnya count,rate).",
    en: "No crossovers between {a} and {b}: no region has a {measure} figure. Give --stats FILE with that figure, or choose another --between (count,rate for instance).",
  },
  "cli.crossovers_without": {
    id: "Titik silang antara {a} dan {b} tanpa {count} wilayah yang tidak memiliki angka {measure}: {regions}",
    en: "The crossovers between {a} and {b} leave out {count} {count|region|regions} without a {measure} figure: {regions}",
  },
  "cli.no_crossovers": { id: "Tidak ada pertukaran peringkat untuk α di (0, 1)", en: "No ranks swap for α in (0, 1)" },
  "cli.nothing_ranked": {
    id: "Tidak ada wilayah yang memiliki angka {measure}; tidak ada yang dapat diperingkat. Berikan --stats BERKAS dengan angka itu, atau peringkatkan menurut count atau rate.",
    en: "No region has a {measure} figure; nothing can be ranked. Give --stats FILE with that figure, or rank by count or rate.",
  },
  "cli.excluded_note": {
    id: "{count} wilayah tanpa angka {measure} tidak diperingkat (lihat tabel di atas; --missing error untuk berhenti).",
    en: "{count} {count|region|regions} without a {measure} figure {count|is|are} not ranked (see the table above; --missing error to stop instead).",
  },
  "cli.rows_cut": {
    id: "… {count} rumah tangga lagi tidak ditampilkan (--rows all untuk semua, atau --format csv / jsonl)",
    en: "… {count} more {count|household|households} not shown (--rows all for every one, or --format csv / jsonl)",
  },
  "cli.other_tables": {
    id: "Hanya tabel {table} yang ditulis ke keluaran standar; tabel lain ({others}): gunakan --out DIREKTORI",
    en: "Only the {table} table is written to standard output; the other tables ({others}): use --out DIR",
  },
  "cli.progress": { id: "{rows} baris · {rate} baris/detik", en: "{rows} {rows|row|rows} · {rate} rows/s" },
  "cli.wrote": { id: "Ditulis: {file}", en: "Written: {file}" },
  "cli.parameters_header": { id: "Parameter yang diganti ({file}):", en: "Parameters overridden ({file}):" },
  "cli.parameter_line": { id: "  {parameter}: {value} sejak {from} — {source}", en: "  {parameter}: {value} from {from} — {source}" },
  "cli.parameter_line_until": { id: "  {parameter}: {value} sejak {from} sampai dengan {to} — {source}", en: "  {parameter}: {value} from {from} through {to} — {source}" },
  "cli.renewal_due": {
    id: "Catatan: {parameter} ditetapkan setiap tahun dan nilai {year} belum ada di sini, jadi nilai sejak {from} dipakai pada {asOf}; bila nilai {year} sudah ditetapkan, berikan dengan --parameters",
    en: "Note: {parameter} is set every year and has no {year} value here, so the value from {from} is used on {asOf}; once the {year} value is set, give it with --parameters",
  },
  "cli.renewal_hint": {
    id: "bila nilai tahun itu sudah ditetapkan, berikan dengan --parameters FILE.json",
    en: "once that year's value is set, give it with --parameters FILE.json",
  },
  "cli.inputs_header": {
    id: "Masukan penilaian dari {file}: {households} rumah tangga{all}",
    en: "Assessment inputs from {file}: {households} {households|household|households}{all}",
  },
  "cli.inputs_consents": {
    id: 'consents harus true, false, atau persetujuan per nomor anggota: { "2": true }',
    en: 'consents must be true, false, or a consent per member number: { "2": true }',
  },
  "cli.inputs_all": { id: ", dan untuk semua rumah tangga: {keys}", en: ", and for every household: {keys}" },
  "cli.inputs_unused": {
    id: "{count} rumah tangga di {file} tidak ada di data rumah tangga (misalnya {example})",
    en: "{count} {count|household|households} of {file} {count|is|are} not in the household data (e.g. {example})",
  },
  "cli.fallback_line": {
    id: "Garis kemiskinan cadangan {line} ({source}) dipakai untuk kabupaten/kota tanpa garis sendiri: {regencies}",
    en: "Fallback poverty line {line} ({source}) used for regencies without their own line: {regencies}",
  },
  "cli.lines_year": {
    id: "Garis kemiskinan bawaan tahun {year} dipakai pada {asOf}, tanggal tahun {asOfYear}; beri garis tahun {asOfYear} dengan --poverty-lines bila Anda memilikinya: {regencies}",
    en: "Embedded poverty lines of {year} used on {asOf}, a date in {asOfYear}; give the {asOfYear} lines with --poverty-lines if you have them: {regencies}",
  },
  "cli.weak_lines": {
    id: "Garis kemiskinan bawaan dengan sumber lemah (tingkat L), ganti dengan --poverty-lines bila Anda punya angka BPS: {regencies}",
    en: "Embedded poverty lines resting on a weak source (rated L); replace them with --poverty-lines if you have the BPS figure: {regencies}",
  },
  "cli.fallback_source_province": {
    id: "garis Provinsi Kalimantan Timur Maret 2024, BPS",
    en: "Kalimantan Timur province line, March 2024, BPS",
  },
  "cli.fallback_source_given": { id: "--fallback-line", en: "--fallback-line" },
  "cli.line_not_regency": {
    id: "Berkas {file}: {key} bukan kode kabupaten/kota; tulis kodenya, misalnya \"64.02\" atau \"6402\"",
    en: "File {file}: {key} is not a regency code; write the code, such as \"64.02\" or \"6402\"",
  },
  "cli.line_twice": {
    id: "Berkas {file}: {twice} dan {key} sama-sama kabupaten/kota {code}; beri garisnya sekali",
    en: "File {file}: {twice} and {key} are both regency {code}; give its line once",
  },
  "cli.lines_unused": {
    id: "Garis kemiskinan dari {file} yang tidak dipakai (tidak ada rumah tangga dari kabupaten/kota itu di berkas rumah tangga): {codes}",
    en: "Poverty lines from {file} not used (no household of the file is in that regency): {codes}",
  },
  "cli.lines_added": {
    id: "Garis kemiskinan dari {file} ditambahkan ke garis bawaan: {codes}",
    en: "Poverty lines from {file} added to the embedded lines: {codes}",
  },
  "cli.no_line": {
    id: "Kabupaten/kota {regency} tidak punya garis kemiskinan; beri --poverty-lines BERKAS, --fallback-line RUPIAH, atau --missing exclude",
    en: "Regency {regency} has no poverty line; give --poverty-lines FILE, --fallback-line RUPIAH, or --missing exclude",
  },
  "cli.no_consumption": {
    id: "{detail}; beri konsumsi rumah tangga (kolom monthly_consumption) atau --missing exclude",
    en: "{detail}; give household consumption (column monthly_consumption) or --missing exclude",
  },
  "cli.no_consumption_jsonl": {
    id: "{detail}; beri konsumsi rumah tangga (field monthlyConsumption) atau --missing exclude",
    en: "{detail}; give household consumption (field monthlyConsumption) or --missing exclude",
  },
  "cli.outside_kaltim": {
    id: "Kabupaten/kota {regency} di luar Kalimantan Timur tidak punya garis kemiskinan bawaan; beri --poverty-lines BERKAS atau --fallback-line RUPIAH",
    en: "Regency {regency} outside Kalimantan Timur has no embedded poverty line; give --poverty-lines FILE or --fallback-line RUPIAH",
  },
  // By the number of columns and of members (English words in number; no count is shown).
  "cli.missing_for_member": { id: "kolom {column} kosong untuk anggota {members}", en: "column {column} is empty for member {members}" },
  "cli.missing_for_members": { id: "kolom {column} kosong untuk anggota {members}", en: "column {column} is empty for members {members}" },
  "cli.missing_columns_for_member": { id: "kolom {column} kosong untuk anggota {members}", en: "columns {column} are empty for member {members}" },
  "cli.missing_columns_for_members": { id: "kolom {column} kosong untuk anggota {members}", en: "columns {column} are empty for members {members}" },
  "cli.missing_column": { id: "kolom {column} kosong", en: "column {column} is empty" },
  "cli.missing_columns": { id: "kolom {column} kosong", en: "columns {column} are empty" },
  "cli.missing_housing": {
    id: "data rumah tidak tercatat (semua kolom perumahan kosong); kolom yang dibaca syarat ini: {columns}",
    en: "no housing data recorded (every housing column is empty); columns this check reads: {columns}",
  },
  // The same from JSON Lines, which has no columns: the fields by their path in the household or member.
  "cli.missing_field_for_member": { id: "{column} tidak tercatat untuk anggota {members}", en: "{column} is not recorded for member {members}" },
  "cli.missing_field_for_members": { id: "{column} tidak tercatat untuk anggota {members}", en: "{column} is not recorded for members {members}" },
  "cli.missing_fields_for_member": { id: "{column} tidak tercatat untuk anggota {members}", en: "{column} are not recorded for member {members}" },
  "cli.missing_fields_for_members": { id: "{column} tidak tercatat untuk anggota {members}", en: "{column} are not recorded for members {members}" },
  "cli.missing_field": { id: "{column} tidak tercatat", en: "{column} is not recorded" },
  "cli.missing_fields": { id: "{column} tidak tercatat", en: "{column} are not recorded" },
  "cli.missing_housing_fields": {
    id: "data rumah tidak tercatat (tanpa housing); yang dibaca syarat ini: {columns}",
    en: "no housing data recorded (no housing); this check reads: {columns}",
  },
  "cli.missing_input": { id: "masukan {field} tidak diberikan (--inputs)", en: "input {field} not given (--inputs)" },
  "cli.and_more": { id: "(+{count} lainnya)", en: "(+{count} more)" },
  "cli.intervals_omitted": {
    id: "JSON ditulis tanpa peringkat tiap selang (intervals: null): {intervals} selang × {regions} wilayah terlalu besar untuk satu dokumen; titik silang dan peringkat di kedua ujung tetap ditulis. Selang-selang itu ada di rankingCrossovers dari pustaka",
    en: "JSON written without the ranking of each interval (intervals: null): {intervals} {intervals|interval|intervals} × {regions} {regions|region|regions} are too large for one document; the crossovers and the rankings at both ends are written. The intervals are in the library's rankingCrossovers",
  },
  "cli.demo.rankings": { id: "1. Siapa didahulukan? Menurut jumlah dan persentase", en: "1. Who comes first? By count and by rate" },
  "cli.demo.crossovers": {
    id: "2. Titik silang: campuran (1 − α)·pangsa jumlah + α·pangsa persentase",
    en: "2. Where the order flips: blend (1 − α)·count share + α·rate share",
  },
  "cli.demo.crossovers_note": {
    id: "{count} pertukaran; Mahakam Ulu melewati Kutai Kartanegara hanya di atas α = {alpha}.",
    en: "{count} {count|swap|swaps} in all; Mahakam Ulu passes Kutai Kartanegara only above α = {alpha}.",
  },
  "cli.demo.allocation": {
    id: "3. 10.000 kuota PKH, campuran 50/50 jumlah/persentase, tiap wilayah ≥ 100",
    en: "3. 10,000 PKH quotas, 50/50 count/rate blend, every regency ≥ 100",
  },
  "cli.warning_more": { id: "… {count} peringatan lain dengan kode {code}", en: "… {count} more {count|warning|warnings} with code {code}" },
  "cli.heading.audit": {
    id: "Audit daftar bayar {payments} terhadap registri {registry} per {asOf}; program yang diaudit: {programs}",
    en: "Audit of the payment list {payments} against the registry {registry} on {asOf}; programs audited: {programs}",
  },
  "cli.heading.audit_findings": { id: "Temuan: {count}", en: "Findings: {count}" },
  "cli.heading.audit_summary": {
    id: "Ringkasan per kabupaten/kota dan program (dibayar = hak + lebih bayar − kurang bayar)",
    en: "Summary per regency and program (paid = expected + overpaid − underpaid)",
  },
  "cli.heading.audit_codes": { id: "Temuan menurut kode", en: "Findings by code" },
  "cli.audit_no_findings": { id: "Tidak ada temuan: daftar bayar sesuai aturan", en: "No findings: the payment list follows the rules" },
  "cli.stats_field_required": { id: "wajib diisi", en: "is required" },
  "cli.stats_figure_required": {
    id: 'wajib diisi: { "status": "known", "value": …, "source": "…", "confidence": "H|M|L" }, atau { "status": "missing", "reason": "…" } bila tidak ada',
    en: 'is required: { "status": "known", "value": …, "source": "…", "confidence": "H|M|L" }, or { "status": "missing", "reason": "…" } when not published',
  },
  "cli.stats_duplicate": {
    id: "entri [{first}] dan [{entry}] sama-sama memuat wilayah {code} periode {period}; berikan setiap wilayah dan periode sekali saja",
    en: "entries [{first}] and [{entry}] both give region {code}, period {period}; give each region and period once",
  },
  "cli.crossovers_cut": {
    id: "… {count} titik silang lagi tidak ditampilkan (--rows all, atau --format csv --out DIREKTORI / json untuk semuanya)",
    en: "… {count} more {count|crossover|crossovers} not shown (--rows all, or --format csv --out DIR / json for all of them)",
  },
  "cli.findings_cut": {
    id: "… {count} temuan lagi tidak ditampilkan (--rows all, atau --format csv / jsonl untuk daftar tindak lanjut)",
    en: "… {count} more {count|finding|findings} not shown (--rows all, or --format csv / jsonl for follow-up lists)",
  },
  "cli.audit_registry_file": {
    id: "Registri audit dibaca dua kali, jadi --households harus berkas, bukan - (masukan standar)",
    en: "The audit reads the registry twice, so --households must be a file, not - (standard input)",
  },
  "cli.payments_summary": {
    id: "{file}: {rows} baris dibaca, {accepted} pembayaran diterima, {rejected} baris ditolak",
    en: "{file}: {rows} {rows|row|rows} read, {accepted} {accepted|payment|payments} accepted, {rejected} {rejected|row|rows} rejected",
  },
});

/** A code of the CLI catalogue. @internal */
export type CliMessageCode = keyof typeof cliMessages;
