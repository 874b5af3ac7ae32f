import { defineMessages } from "../message/message.js";

/**
 * Texts of the streaming input layer (`tepat-sasaran/node`): header errors, row-level issues and
 * fatal read errors. Values taken from the input (column names, cell values, household ids) are
 * shortened and any 16-digit run in them is masked before they are interpolated.
 * @internal
 */
export const ioMessages = defineMessages({
  // ── Header and file ────────────────────────────────────────────────────────────────────────────
  "io.missing_columns": {
    id: "Kolom wajib tidak ada di baris judul: {columns}",
    en: "Required columns are missing from the header row: {columns}",
  },
  // `advice`: " (periksa ejaan, atau pakai opsi unknownColumns: …)", or nothing when required columns are missing (ignoring cannot help).
  "io.unknown_columns": {
    id: "Kolom tidak dikenal di baris judul: {columns}{advice}",
    en: "Unknown columns in the header row: {columns}{advice}",
  },
  "io.column_suggestions": {
    id: "Maksudnya {pairs}? Petakan nama kolom berkas ke nama pustaka dengan opsi {option}",
    en: "Did you mean {pairs}? Map the file's column names to the library's with the option {option}",
  },
  "io.rename_unknown_target": {
    id: "Opsi renameColumns memetakan ke nama yang bukan kolom: {columns}; kolom yang dikenal: {known}",
    en: "Option renameColumns maps to names that are not columns: {columns}; the known columns are: {known}",
  },
  "io.rename_same_target": {
    id: "Opsi renameColumns memetakan lebih dari satu kolom berkas ke {column}: {columns}",
    en: "Option renameColumns maps more than one of the file's columns to {column}: {columns}",
  },
  "io.rename_same_source": {
    id: "Opsi renameColumns menyebut satu kolom berkas lebih dari sekali (huruf besar dan kecil tidak dibedakan): {columns}",
    en: "Option renameColumns names one of the file's columns more than once (case does not matter): {columns}",
  },
  "io.rename_source_absent": {
    id: "Opsi renameColumns menyebut kolom yang tidak ada di baris judul: {columns}; baris judul berisi: {header}",
    en: "Option renameColumns names columns that are not in the header row: {columns}; the header row has: {header}",
  },
  // `advice`: ", atau pakai opsi unknownColumns: …", or nothing when required columns are missing (ignoring cannot help).
  "io.unnamed_columns": {
    id: "Baris judul memuat kolom tanpa nama: kolom ke-{positions} (biasanya pemisah di akhir setiap baris); hapus kolom itu{advice}",
    en: "The header row has columns without a name: column {positions} (usually a separator at the end of every line); remove them{advice}",
  },
  "io.duplicate_columns": {
    id: "Kolom muncul lebih dari sekali di baris judul: {columns}",
    en: "Columns appear more than once in the header row: {columns}",
  },
  "io.header_not_utf8": {
    id: "Baris judul bukan teks UTF-8 (memuat byte nol atau byte yang tidak sah): berkas ini kemungkinan UTF-16 (\"Teks Unicode\" di Excel) atau pengodean lain; simpan sebagai \"CSV UTF-8\"",
    en: "The header row is not UTF-8 text (it holds zero bytes or invalid bytes): the file is probably UTF-16 (Excel's \"Unicode Text\") or another encoding; save it as \"CSV UTF-8\"",
  },
  "io.other_separator": {
    id: "Nama kolom di baris judul dipisah dengan {separator}, bukan dengan pemisah yang dipakai untuk membacanya: baca berkas dengan opsi {option}",
    en: "The names in the header row are separated by {separator}, not by the separator the file was read with: read it with the option {option}",
  },
  "io.separator_line": {
    id: "Baris pertama berkas adalah petunjuk pemisah dari Excel (\"sep=\"), bukan baris judul: hapus baris itu agar baris judul menjadi baris pertama, lalu baca berkas dengan opsi {option}",
    en: "The first line of the file is Excel's separator hint (\"sep=\"), not the header row: delete that line so that the header row comes first, then read the file with the option {option}",
  },
  "io.separator_line_delete": {
    id: "Baris pertama berkas adalah petunjuk pemisah dari Excel (\"sep=\"), bukan baris judul: hapus baris itu agar baris judul menjadi baris pertama",
    en: "The first line of the file is Excel's separator hint (\"sep=\"), not the header row: delete that line so that the header row comes first",
  },
  "io.no_header": {
    id: "Berkas {file} kosong: tidak ada baris judul",
    en: "File {file} is empty: there is no header row",
  },
  "io.file_not_found": {
    id: "Berkas {file} tidak ada",
    en: "File {file} does not exist",
  },
  "io.cannot_read": {
    id: "Berkas {file} tidak dapat dibaca ({reason})",
    en: "File {file} cannot be read ({reason})",
  },
  "io.record_too_large": {
    id: "Baris {line} lebih panjang dari {max} karakter; biasanya tanda kutip yang tidak ditutup. Pembacaan dihentikan",
    en: "Line {line} is longer than {max} characters, usually an unclosed quote. Reading stopped",
  },
  "io.read_stopped": {
    id: "Ditolak bersama rumah tangganya: pembacaan berhenti pada baris {line} sebelum rumah tangga ini selesai dibaca",
    en: "Rejected with its household: reading stopped on line {line} before the household was read to its end",
  },
  "io.invalid_utf8": {
    id: "Kolom {column} memuat byte yang bukan UTF-8 yang sah; simpan berkas sebagai UTF-8",
    en: "Column {column} holds bytes that are not valid UTF-8; save the file as UTF-8",
  },
  "io.invalid_utf8_line": {
    id: "Baris ini memuat byte yang bukan UTF-8 yang sah; simpan berkas sebagai UTF-8",
    en: "The line holds bytes that are not valid UTF-8; save the file as UTF-8",
  },
  "io.bad_chunk": {
    id: "Sumber data memberikan {value}, padahal yang diharapkan teks atau byte (UTF-8)",
    en: "The source gave {value} where text or bytes (UTF-8) were expected",
  },
  "io.source_failed": {
    id: "Pembacaan {file} berhenti: sumber data atau fungsi yang diberikan menimbulkan {kind}",
    en: "Reading {file} stopped: the source or a function passed in raised {kind}",
  },
  "io.already_iterated": {
    id: "Aliran rumah tangga ini sudah dibaca; buat pembaca baru untuk membaca lagi",
    en: "This household stream has already been read; create a new reader to read again",
  },
  "io.invalid_option": {
    id: "Opsi {option} tidak valid: {expected}",
    en: "Option {option} is not valid: {expected}",
  },
  // ── Rows (CSV) ─────────────────────────────────────────────────────────────────────────────────
  "io.required_cell_empty": {
    id: "Kolom {column} kosong; kolom ini wajib diisi",
    en: "Column {column} is empty; it must be filled in",
  },
  "io.column_count": {
    id: "Baris berisi {received} sel, padahal baris judul berisi {expected} kolom",
    en: "The row has {received} {received|cell|cells} but the header has {expected} {expected|column|columns}",
  },
  "io.header_repeated": {
    id: "Baris {line} mengulang baris judul (berkas yang digabung?); baris ini dilewati",
    en: "Line {line} repeats the header row (files joined together?); the line is skipped",
  },
  "io.missing_household_id": {
    id: "{column} kosong; baris ini ditolak bersama rumah tangga yang sedang dibaca",
    en: "{column} is empty; the row is rejected with the household being read",
  },
  "io.household_not_contiguous": {
    id: "Rumah tangga {id} sudah muncul sebelumnya dan diselingi rumah tangga lain; baris satu rumah tangga harus berurutan",
    en: "Household {id} appeared before, with other households in between; the rows of a household must be contiguous",
  },
  "io.household_out_of_order": {
    id: "Rumah tangga {id} muncul setelah {previous}, padahal berkas dinyatakan terurut menurut {column}",
    en: "Household {id} comes after {previous}, but the file was declared sorted by {column}",
  },
  "io.household_too_large": {
    id: "Rumah tangga ini memiliki lebih dari {max} baris anggota",
    en: "The household has more than {max} member rows",
  },
  "io.household_value_conflict": {
    id: "Kolom rumah tangga {column} berbeda dari nilai pada baris {line}; kosongkan atau samakan",
    en: "Household column {column} differs from the value on line {line}; leave it empty or repeat the same value",
  },
  "io.household_rejected": {
    id: "Ditolak bersama rumah tangganya karena masalah pada baris {line}",
    en: "Rejected with its household because of a problem on line {line}",
  },
  "io.not_a_number": {
    id: "Kolom {column}: {value} bukan angka (pakai titik sebagai pemisah desimal, tanpa pemisah ribuan)",
    en: "Column {column}: {value} is not a number (use a dot for decimals and no thousands separator)",
  },
  "io.amount_separators": {
    id: "Kolom {column}: {value} ditulis dengan titik ribuan atau koma desimal, padahal di berkas titik adalah tanda desimal (600.000 terbaca Rp600); tulis {plain}",
    en: "Column {column}: {value} is written with a dot between thousands or a decimal comma, but in a file a dot marks decimals (600.000 reads as Rp600); write {plain}",
  },
  "io.not_a_boolean": {
    id: "Kolom {column}: {value} bukan nilai ya/tidak (pakai true, false, ya, tidak, 1 atau 0)",
    en: "Column {column}: {value} is not a yes/no value (use true, false, ya, tidak, 1 or 0)",
  },
  "io.not_an_option": {
    id: "Kolom {column}: {value} bukan salah satu nilainya; tulis kodenya atau ejaan Indonesianya: {options}",
    en: "Column {column}: {value} is not one of its values; write the code or its Indonesian spelling: {options}",
  },
  "io.bad_aid_item": {
    id: "Kolom {column}: {value} harus berbentuk program:TTTT-BB-HH, dipisah titik koma, atau none",
    en: "Column {column}: {value} must be program:YYYY-MM-DD items separated by semicolons, or none",
  },
  "io.unclosed_quote": {
    id: "Tanda kutip yang dibuka pada baris {line} tidak pernah ditutup; sisa berkas sejak baris ini tidak dapat dibaca",
    en: "A quote opened on line {line} is never closed; the rest of the file from this line cannot be read",
  },
  // ── Two tables (households file + members file) ────────────────────────────────────────────────
  "io.person_columns_in_households": {
    id: "Kolom tingkat anggota tidak boleh ada di berkas rumah tangga: {columns} (pindahkan ke berkas anggota)",
    en: "Person-level columns do not belong in the households file: {columns} (move them to the members file)",
  },
  "io.household_columns_in_members": {
    id: "Kolom tingkat rumah tangga tidak boleh ada di berkas anggota: {columns} (pindahkan ke berkas rumah tangga)",
    en: "Household-level columns do not belong in the members file: {columns} (move them to the households file)",
  },
  "io.not_sorted": {
    id: "{column} {id} muncul setelah {previous}; kedua berkas harus terurut naik menurut {column} dan baris anggota satu rumah tangga harus berurutan",
    en: "{column} {id} comes after {previous}; both files must be sorted ascending by {column}, with the member rows of a household contiguous",
  },
  "io.no_members": {
    id: "Rumah tangga {id} tidak memiliki baris di berkas anggota",
    en: "Household {id} has no rows in the members file",
  },
  "io.no_household": {
    id: "Tidak ada rumah tangga {id} di berkas rumah tangga",
    en: "There is no household {id} in the households file",
  },
  "io.empty_household_id": {
    id: "{column} kosong; baris ini tidak dapat dipasangkan dengan rumah tangga mana pun",
    en: "{column} is empty; the row cannot be matched with any household",
  },
  "io.household_rejected_in": {
    id: "Ditolak bersama rumah tangganya karena masalah pada baris {line} berkas {file}",
    en: "Rejected with its household because of a problem on line {line} of {file}",
  },
  // ── Lines (JSONL) ──────────────────────────────────────────────────────────────────────────────
  "io.jsonl_bad_json": {
    id: "Baris ini bukan JSON yang valid",
    en: "The line is not valid JSON",
  },
  "io.jsonl_line_too_long": {
    id: "Baris ini lebih panjang dari {max} karakter dan dilewati",
    en: "The line is longer than {max} characters and is skipped",
  },
  "io.duplicate_household_id": {
    id: "Rumah tangga {id} sudah muncul pada baris sebelumnya",
    en: "Household {id} already appeared on an earlier line",
  },
  // ── Parallel runs ──────────────────────────────────────────────────────────────────────────────
  "io.parallel_not_clonable": {
    id: "Opsi {option} tidak dapat dikirim ke thread pekerja: opsi lari paralel harus berupa data (angka, teks, tanggal, daftar, objek, Rupiah); fungsi dan program buatan aplikasi tidak dapat menyeberang. Beri id program katalog, atau jalankan di satu thread",
    en: "Option {option} cannot be sent to a worker thread: the options of a parallel run must be data (numbers, text, dates, lists, objects, Rupiah); functions and an app's own programs cannot cross. Give catalogue program ids, or run on one thread",
  },
  "io.parallel_worker_missing": {
    id: "Skrip thread pekerja {file} tidak ada. Bila aplikasi dibundel, biarkan tepat-sasaran di luar bundel (external), atau salin {name} dari folder dist paket tepat-sasaran ke sana; atau jalankan di satu thread (workers: 0)",
    en: "The worker threads' script {file} is not there. When an app is bundled, keep tepat-sasaran out of the bundle (external), or copy {name} from the tepat-sasaran package's dist folder there; or run on one thread (workers: 0)",
  },
});

/** A code of the streaming input catalogue. @internal */
export type IoMessageCode = keyof typeof ioMessages;
