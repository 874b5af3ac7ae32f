/** Help texts of the CLI, in English and Bahasa Indonesia. @internal */
export const HELP: Record<string, { en: string; id: string }> = {
  main: {
    en: `tepat-sasaran — social-assistance targeting on the command line

Usage: tepat-sasaran <command> [options]

Commands:
  rank       rank regions by count, rate, depth, severity or a blend; where ranks swap (crossovers)
  allocate   split a quota or a Rupiah budget over regions (Hamilton, D'Hondt/Jefferson, Webster, …)
  assess     assess every household of a CSV/JSONL file against the programs, with reasons
  simulate   run a scenario over a household file: poverty before/after per regency, costs
  split      cut a registry CSV into one file per regency, for runs on many machines
  merge      combine the simulate --format json results of partitions (by regency) into the whole
  audit      check a payment list against the rules and the registry: findings and a summary per regency
  demo       a short tour on the embedded Kalimantan Timur data

Options for every command:
  --format table|csv|json|jsonl   output (default: an aligned table); --csv and --json are short for it
  --out DIR          with --format csv: one file per table in DIR (created when missing)
  --lang id|en       language (default: id)
  --help, --version

Amounts: 833955, 833.955, Rp833.955, Rp 833.955 and 833,955.00 are all Rp 833,955; 833,955 is refused
as ambiguous. Exit codes: 0 done; 1 a data problem (missing file, rejected rows, data that cannot be
used); 2 a usage problem (unknown command or option, a bad or inapplicable value). Every argument is
checked before any data is read.
Data: without --stats, regions are the embedded Kalimantan Timur 2024 regencies (BPS, with sources).`,
    id: `tepat-sasaran — penargetan bantuan sosial dari baris perintah

Pemakaian: tepat-sasaran <perintah> [opsi]

Perintah:
  rank       peringkat wilayah menurut jumlah, persentase, kedalaman, keparahan, atau campuran; titik silang
  allocate   membagi kuota atau anggaran rupiah ke wilayah (Hamilton, D'Hondt/Jefferson, Webster, …)
  assess     menilai setiap rumah tangga dalam berkas CSV/JSONL terhadap program, dengan alasan
  simulate   menjalankan skenario atas berkas rumah tangga: kemiskinan sebelum/sesudah, biaya
  split      memotong CSV registri menjadi satu berkas per kabupaten/kota, untuk dijalankan di banyak mesin
  merge      menggabungkan hasil simulate --format json dari bagian-bagian (per kabupaten/kota)
  audit      memeriksa daftar bayar terhadap aturan dan registri: temuan dan ringkasan per kabupaten/kota
  demo       tur singkat dengan data Kalimantan Timur bawaan

Opsi untuk semua perintah:
  --format table|csv|json|jsonl   keluaran (bawaan: tabel rata); --csv dan --json adalah singkatannya
  --out DIREKTORI    dengan --format csv: satu berkas per tabel di DIREKTORI (dibuat bila belum ada)
  --lang id|en       bahasa (bawaan: id)
  --help, --version

Jumlah uang: 833955, 833.955, Rp833.955, Rp 833.955 dan 833,955.00 semuanya Rp833.955; 833,955 ditolak
karena bermakna ganda. Kode keluar: 0 selesai; 1 masalah data (berkas tidak ada, baris ditolak, data
tidak dapat dipakai); 2 masalah pemakaian (perintah atau opsi tidak dikenal, nilai salah atau tidak
berlaku). Semua argumen diperiksa sebelum data dibaca.
Data: tanpa --stats, wilayah adalah 10 kabupaten/kota Kalimantan Timur 2024 bawaan (BPS, dengan sumber).`,
  },
  rank: {
    en: `Usage: tepat-sasaran rank [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                          [--normalisation share|min-max|max|rank] [--between count,rate]
                          [--missing exclude|error] [--stats FILE.json] [--rows N|all]

Ranks regions and prints the crossover table between two criteria (default count → rate): the blend
weights α at which two regions swap places. Regions without the figure a criterion needs (P1 for depth,
P2 for severity) are listed with the reason and the rest ranked; --missing error stops instead.
Criteria by their Indonesian names too: jumlah, persentase (P0), kedalaman (P1), keparahan (P2), campuran.
The table format shows the first --rows crossovers (default 50; all 514 regencies have tens of
thousands). Formats: table, csv (the ranking; --out DIR for every table), json.`,
    id: `Pemakaian: tepat-sasaran rank [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                              [--normalisation share|min-max|max|rank] [--between count,rate]
                              [--missing exclude|error] [--stats BERKAS.json] [--rows N|all]

Memeringkat wilayah dan mencetak tabel titik silang antara dua kriteria (bawaan jumlah → persentase).
Wilayah tanpa angka yang diperlukan (P1 untuk depth, P2 untuk severity) didaftar dengan sebabnya dan sisanya
diperingkat; --missing error untuk berhenti. Kriteria boleh ditulis jumlah, persentase (P0), kedalaman (P1),
keparahan (P2), campuran. Format tabel menampilkan --rows titik silang pertama (bawaan 50; 514
kabupaten/kota punya puluhan ribu). Format: table, csv (peringkat; --out DIREKTORI untuk semua tabel),
json.`,
  },
  allocate: {
    en: `Usage: tepat-sasaran allocate --quota N [--method webster[,hamilton,…]] [--min N] [--max N]
       tepat-sasaran allocate --budget RUPIAH [--unit RUPIAH] [--min RUPIAH] [--max RUPIAH]
          common: [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                  [--normalisation …] [--missing error|exclude] [--stats FILE.json]

Methods: hamilton, jefferson (= D'Hondt, also written dhondt), webster (= Sainte-Laguë, also
sainte-lague), huntington-hill, adams; several, separated by commas, side by side. Region weights are
the ranking scores. A budget is whole rupiah.`,
    id: `Pemakaian: tepat-sasaran allocate --quota N [--method webster[,hamilton,…]] [--min N] [--max N]
           tepat-sasaran allocate --budget RUPIAH [--unit RUPIAH] [--min RUPIAH] [--max RUPIAH]
              umum: [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                    [--normalisation …] [--missing error|exclude] [--stats BERKAS.json]

Metode: hamilton, jefferson (= D'Hondt, boleh ditulis dhondt), webster (= Sainte-Laguë, boleh ditulis
sainte-lague), huntington-hill, adams; beberapa, dipisah koma, berdampingan. Bobot wilayah adalah skor
peringkat. Anggaran dalam rupiah utuh.`,
  },
  assess: {
    en: `Usage: tepat-sasaran assess --households FILE.csv|FILE.jsonl|- --as-of YYYY-MM-DD
                            [--members FILE.csv] [--input-format csv|jsonl] [--delimiter ,|;|tab||]
                            [--unknown-columns error|ignore] [--column FILE_NAME=name …] [--programs pkh,sembako]
                            [--inputs FILE.json] [--parameters FILE.json] [--rejected FILE.csv]
                            [--rows N|all] [--format table|csv|jsonl] [--out DIR] [--progress] [--workers N]

Per household and program: status, yearly amount and the reason (the failed check, then the
undetermined ones, with what is missing for which member). Output is written as it is computed, in
bounded memory, for files of any size. The table shows the first --rows households (default 100) and a
summary per program; csv and jsonl have every household. - reads standard input (CSV unless
--input-format jsonl). Rejected rows: the first 50 on stderr (then a count by code), every one in
--rejected; exit code 1.
--column id_keluarga=household_id (repeatable) reads a CSV column of the file's own name as the
library's column (jenis_kelamin=sex, tanggal_lahir=birth_date, …); a header error names the flags to give.
A CSV (one file, or --households with --members) is read once and assessed on --workers N threads
(default: cores - 1 when that is 2 or more, else 0; 0: everything on one thread; at most the cores),
with the same output, byte for byte, in file order.
A household is assessed as it stood on --as-of: a member born after it (a registry extracted later) is
not yet a member and counts for nothing, one who died after it still counts; neither refuses the row.`,
    id: `Pemakaian: tepat-sasaran assess --households BERKAS.csv|BERKAS.jsonl|- --as-of YYYY-MM-DD
                                  [--members BERKAS.csv] [--input-format csv|jsonl] [--delimiter ,|;|tab||]
                                  [--unknown-columns error|ignore] [--column NAMA_DI_BERKAS=nama …] [--programs pkh,sembako]
                                  [--inputs BERKAS.json] [--parameters BERKAS.json] [--rejected BERKAS.csv]
                                  [--rows N|all] [--format table|csv|jsonl] [--out DIREKTORI] [--progress] [--workers N]

Per rumah tangga dan program: status, jumlah setahun, dan alasan (syarat yang gagal, lalu yang belum
pasti, dengan data yang kosong untuk anggota mana). Keluaran ditulis sambil dihitung, dengan memori
terbatas, untuk berkas sebesar apa pun. Tabel menampilkan --rows rumah tangga pertama (bawaan 100) dan
ringkasan per program; csv dan jsonl memuat semua rumah tangga. - membaca masukan standar (CSV kecuali
--input-format jsonl). Baris ditolak: 50 pertama di stderr (lalu hitungan per kode), semuanya di
--rejected; kode keluar 1.
--column id_keluarga=household_id (boleh berulang) membaca kolom CSV bernama lain di berkas sebagai
kolom pustaka (jenis_kelamin=sex, tanggal_lahir=birth_date, …); galat baris judul menyebut opsi yang
perlu diberikan.
Berkas CSV (satu berkas, atau --households dengan --members) dibaca sekali dan dinilai pada --workers N
thread (bawaan: jumlah inti - 1 bila itu 2 atau lebih, selain itu 0; 0: semuanya pada satu thread;
paling banyak jumlah inti), dengan keluaran yang sama persis, dalam urutan berkas.
Rumah tangga dinilai seperti keadaannya pada --as-of: anggota yang lahir sesudahnya (data registri yang
diambil kemudian) belum menjadi anggota dan tidak dihitung, yang meninggal sesudahnya masih dihitung;
keduanya tidak membuat baris ditolak.`,
  },
  simulate: {
    en: `Usage: tepat-sasaran simulate --scenario FILE.json --households FILE.csv|FILE.jsonl|- --as-of YYYY-MM-DD
                              [--poverty-lines FILE.json] [--fallback-line RUPIAH|none] [--missing error|exclude]
                              [--members …] [--input-format …] [--delimiter …] [--unknown-columns …] [--column …]
                              [--inputs FILE.json] [--parameters FILE.json] [--rejected FILE.csv] [--workers N]

The scenario file: { "name": "…", "programs": ["pkh", "sembako", …] } (see the simulation guide).
Poverty lines: the embedded regency lines that are known (2024's; on a date of another year a note
names the regencies measured with them), plus --poverty-lines { "64.02": 753332, … }.
Regencies still without a line use the fallback line, printed with the table: --fallback-line, else
the Kalimantan Timur province line of March 2024 (Rp 833,955) for Kaltim regencies.
A CSV (one file, or --households with --members) is read once and simulated on --workers N threads,
whole regencies per thread (default: cores - 1 when that is 2 or more, else 0; 0: one thread; at most
the cores): the same result. Households are simulated as they are read and none is kept (about 200 MB of
memory for 1,000,000 persons). --format json writes a result document (format
"tepat-sasaran/simulation", version 2; a program whose cost is not known has "cost": null) that
tepat-sasaran merge combines with those of other partitions. Households are taken as they stood on
--as-of, as in assess: a member born after it is not yet a member.`,
    id: `Pemakaian: tepat-sasaran simulate --scenario BERKAS.json --households BERKAS.csv|BERKAS.jsonl|- --as-of YYYY-MM-DD
                                  [--poverty-lines BERKAS.json] [--fallback-line RUPIAH|none] [--missing error|exclude]
                                  [--members …] [--input-format …] [--delimiter …] [--unknown-columns …] [--column …]
                                  [--inputs BERKAS.json] [--parameters BERKAS.json] [--rejected BERKAS.csv] [--workers N]

Berkas skenario: { "name": "…", "programs": ["pkh", "sembako", …] }. Garis kemiskinan: garis bawaan
kabupaten/kota yang diketahui (garis 2024; pada tanggal tahun lain sebuah catatan menyebut kabupaten/kota
yang diukur dengannya), ditambah --poverty-lines { "64.02": 753332, … }. Kabupaten/kota yang masih
tanpa garis memakai garis cadangan yang dicetak bersama tabel: --fallback-line, atau garis Provinsi
Kalimantan Timur Maret 2024 (Rp833.955) untuk kabupaten/kota di Kaltim.
Berkas CSV (satu berkas, atau --households dengan --members) dibaca sekali dan disimulasikan pada
--workers N thread, per kabupaten/kota utuh (bawaan: jumlah inti - 1 bila itu 2 atau lebih, selain itu
0; 0: satu thread; paling banyak jumlah inti): hasilnya sama.
Rumah tangga disimulasikan saat dibaca dan tidak disimpan (sekitar 200 MB memori untuk 1.000.000 orang).
--format json menulis dokumen hasil (format "tepat-sasaran/simulation", versi 2; program yang biayanya
tidak diketahui ditulis "cost": null) yang digabung tepat-sasaran merge dengan hasil bagian lain. Rumah
tangga diambil seperti keadaannya pada --as-of, seperti pada assess: anggota yang lahir sesudahnya belum
menjadi anggota.`,
  },
  split: {
    en: `Usage: tepat-sasaran split --households FILE.csv|- --into DIR [--as-of YYYY-MM-DD] [--rejected FILE.csv]
                           [--delimiter ,|;|tab||] [--unknown-columns error|ignore] [--column FILE_NAME=name …]
                           [--format table|csv|json]
       tepat-sasaran split --households RUTA.csv --members ART.csv --into DIR [options as above]

Writes one CSV per regency into DIR (created with its parents when missing; it must hold no part-*.csv
yet): part-6402.csv, … (the digits
of the household's first regency cell, so 64.02 and 6402 go together; part-none.csv for households
without a regency code's 4 digits), each with the header, then every row of each household of that
regency in file order, copied byte for byte. The file is read once, in bounded memory, with the CSV
grammar of the readers (quoted commas and line breaks never cut a row), so each partition's run accepts
and rejects exactly what a run over the whole file would. A household whose id appeared earlier in the
file, with other households in between, is written to no partition: it is rejected here as that run
rejects it (give the runs' --as-of for the same reasons; the first 50 rows on stderr, all in --rejected)
and the exit code is 1. Prints the partitions with their households and rows. The partitions are written
as part-6402.csv.<pid>.tmp and renamed when the whole file is split: a split that fails or is stopped
(Ctrl-C, kill) removes them and leaves no part-*.csv. Then run simulate --format json on each partition
(any job runner) and tepat-sasaran merge the results.

With --members (the two-table layout: a households file and a members file, both sorted by
household_id, two files, not -, each read twice), writes a pair per regency: part-6402.csv (the
households) and part-6402.members.csv (their member rows); run simulate --households part-6402.csv
--members part-6402.members.csv on each pair. The rows one run over both files rejects on their own
(a member row of no household, a household row without members, rows out of household_id order, a
repeated household id, a repeated header line, rows without an id) go to no partition: they are
rejected here, with the same reason, and the exit code is 1. A row of the wrong cell count whose id
is that of an earlier household of the same regency, read with a household of another id, would
join the earlier one in its partition: split then stops, writes nothing and names the row to fix.`,
    id: `Pemakaian: tepat-sasaran split --households BERKAS.csv|- --into DIREKTORI [--as-of YYYY-MM-DD] [--rejected BERKAS.csv]
                               [--delimiter ,|;|tab||] [--unknown-columns error|ignore] [--column NAMA_DI_BERKAS=nama …]
                               [--format table|csv|json]
           tepat-sasaran split --households RUTA.csv --members ART.csv --into DIREKTORI [opsi seperti di atas]

Menulis satu CSV per kabupaten/kota ke DIREKTORI (dibuat beserta induknya bila belum ada; belum boleh
berisi part-*.csv): part-6402.csv, …
(angka dari sel regency pertama rumah tangga, jadi 64.02 dan 6402 bersatu; part-none.csv untuk rumah
tangga tanpa 4 angka kode kabupaten/kota), masing-masing dengan header, lalu setiap baris setiap rumah
tangga kabupaten/kota itu sesuai urutan berkas, disalin byte demi byte. Berkas dibaca sekali, dengan
memori terbatas, dengan tata bahasa CSV yang sama dengan pembaca (koma dan ganti baris dalam kutip tidak
pernah memotong baris), sehingga setiap bagian menerima dan menolak persis apa yang diterima dan ditolak
satu proses atas seluruh berkas. Rumah tangga yang id-nya sudah muncul sebelumnya di berkas, dengan
rumah tangga lain di antaranya, tidak ditulis ke bagian mana pun: ditolak di sini seperti proses itu
menolaknya (beri --as-of yang sama dengan prosesnya agar alasannya sama; 50 baris pertama di stderr,
semuanya di --rejected) dan kode keluar 1.
Mencetak bagian-bagian dengan jumlah rumah tangga dan barisnya. Bagian ditulis sebagai
part-6402.csv.<pid>.tmp dan diberi nama akhirnya setelah seluruh berkas dipotong: split yang gagal atau
dihentikan (Ctrl-C, kill) menghapusnya dan tidak meninggalkan part-*.csv. Lalu jalankan simulate --format
json pada tiap bagian (penjadwal tugas apa pun) dan gabungkan hasilnya dengan tepat-sasaran merge.

Dengan --members (tata letak dua tabel: berkas rumah tangga dan berkas anggota, keduanya urut menurut
household_id, dua berkas, bukan -, masing-masing dibaca dua kali), menulis sepasang berkas per
kabupaten/kota: part-6402.csv (rumah tangga) dan part-6402.members.csv (baris anggotanya); jalankan
simulate --households part-6402.csv --members part-6402.members.csv pada tiap pasang. Baris yang
ditolak tersendiri oleh satu proses atas kedua berkas (baris anggota tanpa rumah tangga, baris rumah
tangga tanpa anggota, urutan household_id salah, id rumah tangga berulang, baris judul berulang,
baris tanpa id) tidak ditulis ke bagian mana pun: ditolak di sini dengan alasan yang sama, dan kode
keluar 1. Baris dengan jumlah sel yang salah yang id-nya milik rumah tangga sebelumnya di
kabupaten/kota yang sama, terbaca bersama rumah tangga ber-id lain, akan bergabung dengan rumah
tangga sebelumnya itu di bagiannya: split lalu berhenti, tidak menulis apa pun dan menyebut baris
yang harus diperbaiki.`,
  },
  merge: {
    en: `Usage: tepat-sasaran merge PART1.json PART2.json … [--format table|csv|json] [--out DIR]

Combine the results of one scenario simulated on partitions of a household file (simulate --format
json on each partition, e.g. one per regency, on any job runner) into the result of the whole: counts
and costs add exactly, poverty measures are recomputed from the merged sums. The parts must come from
the same scenario, date and options, of format version 1 or 2 (the same state; the merge is version 2).
The merged JSON is itself a result document that can be merged again. A directory stands for its .json
files, in name order; a pattern such as results\\*.json that the shell left unexpanded (Windows' cmd,
PowerShell) for the files it matches.`,
    id: `Pemakaian: tepat-sasaran merge BAGIAN1.json BAGIAN2.json … [--format table|csv|json] [--out DIREKTORI]

Menggabungkan hasil satu skenario yang disimulasikan pada bagian-bagian berkas rumah tangga (simulate
--format json pada tiap bagian, misalnya satu per kabupaten/kota, di penjadwal tugas apa pun) menjadi
hasil keseluruhan: jumlah dan biaya dijumlahkan persis, ukuran kemiskinan dihitung ulang dari jumlah
gabungan. Bagian-bagian harus dari skenario, tanggal dan opsi yang sama, dan dari tepat-sasaran dengan
versi format 1 atau 2 (keadaan yang sama; hasil gabungan versi 2). JSON gabungan adalah dokumen hasil
yang dapat digabung lagi. Direktori berarti berkas .json-nya menurut urutan nama; pola seperti
hasil\\*.json yang tidak diperluas oleh shell (cmd, PowerShell di Windows) berarti berkas yang cocok.`,
  },
  audit: {
    en: `Usage: tepat-sasaran audit --households REGISTRY.csv|REGISTRY.jsonl --payments LIST.csv|LIST.jsonl|-
                           --as-of YYYY-MM-DD [--members FILE.csv] [--input-format csv|jsonl]
                           [--delimiter ,|;|tab||] [--households-delimiter …] [--payments-delimiter …]
                           [--unknown-columns error|ignore] [--column FILE_NAME=name …] [--payments-column …]
                           [--programs pkh,sembako] [--inputs FILE.json] [--parameters FILE.json] [--rejected FILE.csv]
                           [--rows N|all] [--format table|csv|jsonl] [--out DIR]

Checks every payment of the list against the registry and the rules: who was paid (a malformed or
unknown NIK/KK, a NIK on two KKs), whether they should have been (eligibility on the payment date,
excluded work, a deceased payee, desil, exits), how much (per period and PKH component, paid twice,
outside the calendar), and eligible families of the --as-of period left unpaid. csv and jsonl write
one finding per line for follow-up lists (--out DIR: findings.csv and summary.csv); the table lists the
first --rows findings (default 50) and the summary per regency and program. NIKs are masked. The
registry is read twice (a file, not -), the list once; both in bounded memory. --delimiter is the
separator of both CSV files; --households-delimiter and --payments-delimiter set one file's (a list from
Indonesian Excel has ;, a DTSEN export ,). --column id_keluarga=household_id maps a registry column of the
file's own name to the library's, --payments-column tanggal_salur=paid_on one of the list (repeatable).
Exit 0 when the audit ran, whatever it found; 1 when rows were rejected (the first 50 on stderr, all in
--rejected).`,
    id: `Pemakaian: tepat-sasaran audit --households REGISTRI.csv|REGISTRI.jsonl --payments DAFTAR.csv|DAFTAR.jsonl|-
                               --as-of YYYY-MM-DD [--members BERKAS.csv] [--input-format csv|jsonl]
                               [--delimiter ,|;|tab||] [--households-delimiter …] [--payments-delimiter …]
                               [--unknown-columns error|ignore] [--column NAMA_DI_BERKAS=nama …] [--payments-column …]
                               [--programs pkh,sembako] [--inputs BERKAS.json] [--parameters BERKAS.json] [--rejected BERKAS.csv]
                               [--rows N|all] [--format table|csv|jsonl] [--out DIREKTORI]

Memeriksa setiap pembayaran dalam daftar terhadap registri dan aturan: siapa yang dibayar (NIK/KK tidak
sah atau tidak dikenal, NIK di dua KK), apakah seharusnya dibayar (kelayakan pada tanggal bayar, pekerjaan
yang dikecualikan, penerima meninggal, desil, keluar/graduasi), berapa (per periode dan komponen PKH,
dibayar dua kali, di luar jadwal), dan keluarga layak pada periode --as-of yang tidak dibayar. csv dan
jsonl menulis satu temuan per baris untuk daftar tindak lanjut (--out DIREKTORI: findings.csv dan
summary.csv); tabel memuat --rows temuan pertama (bawaan 50) dan ringkasan per kabupaten/kota dan program.
NIK disamarkan. Registri dibaca dua kali (berkas, bukan -), daftar sekali; keduanya dengan memori terbatas.
--delimiter adalah pemisah kedua berkas CSV; --households-delimiter dan --payments-delimiter mengatur
pemisah satu berkas (daftar dari Excel berbahasa Indonesia memakai ;, ekspor DTSEN ,). --column
id_keluarga=household_id memetakan kolom registri bernama lain ke nama pustaka, --payments-column
tanggal_salur=paid_on kolom daftar (boleh berulang).
Kode keluar 0 bila audit berjalan, apa pun temuannya; 1 bila ada baris ditolak (50 pertama di stderr,
semuanya di --rejected).`,
  },
  demo: {
    en: "Usage: tepat-sasaran demo [--json]\n\nA short tour on the embedded Kalimantan Timur data.",
    id: "Pemakaian: tepat-sasaran demo [--json]\n\nTur singkat dengan data Kalimantan Timur bawaan.",
  },
};
