import { defineMessages } from "../../message/message.js";

/**
 * Texts of the splitting of a households file and a members file by regency (the CLI's `split
 * --members`). Values from the input are shortened and any 16-digit run in them is masked before
 * they are interpolated.
 * @internal
 */
export const splitMessages = defineMessages({
  "split.tables_not_a_file": {
    id: "Pemisahan dua tabel membaca berkas rumah tangga dan berkas anggota masing-masing dua kali: beri dua path berkas yang berbeda, bukan aliran",
    en: "Splitting two tables reads the households file and the members file twice each: give two different file paths, not streams",
  },
  "split.stray_joins_earlier": {
    id: "{file} baris {line}: baris ini (household_id {id}, yang jumlah selnya tidak sama dengan baris judul atau id-nya tidak mungkin dimiliki rumah tangga) akan bergabung dengan rumah tangga sebelumnya yang berid sama di bagian {part}, sedangkan satu proses atas kedua berkas menggabungkannya dengan rumah tangga lain; berkas tidak dapat dipotong dengan hasil yang sama. Perbaiki atau hapus baris itu, lalu jalankan split lagi. Tidak ada bagian yang ditulis",
    en: "{file} line {line}: this row (household_id {id}, whose cell count is not the header's or whose id no household may have) would join the earlier household of that id in partition {part}, where one run over both files joins it to another household; the files cannot be split with the same result. Fix or delete that row, then run split again. No partition was written",
  },
  "split.unplaced_row": {
    id: "{file} baris {line}: baris ini tidak ditempatkan ke bagian mana pun dan tidak ditolak (galat di tepat-sasaran; mohon laporkan). Tidak ada bagian yang ditulis",
    en: "{file} line {line}: this row was neither placed in a partition nor rejected (a bug in tepat-sasaran; please report it). No partition was written",
  },
});
