/** Help texts of the CLI, in English and Bahasa Indonesia. @internal */
export const HELP: Record<string, { en: string; id: string }> = {
  main: {
    en: `tepat-sasaran — social-assistance targeting on the command line

Usage: tepat-sasaran <command> [options]

Commands:
  rank       rank regions by count, rate or a blend; shows where ranks swap (crossovers)
  allocate   split a quota or a Rupiah budget over regions (Hamilton, D'Hondt/Jefferson, Webster, …)
  assess     assess every household of a CSV/JSONL file against the programs, with reasons
  simulate   run a scenario file over a household file: before/after poverty per regency, costs
  demo       a short tour on the embedded Kalimantan Timur data

Options for every command:
  --json | --csv     machine-readable output (default: an aligned table)
  --lang id|en       language of messages (default: id)
  --help             help for a command

Exit codes: 0 success; 1 bad input (missing file, bad rows, bad data); 2 bad usage (unknown command or option).
Data: without --stats, regions are the embedded Kalimantan Timur 2024 regencies (BPS, with sources).`,
    id: `tepat-sasaran — penargetan bantuan sosial dari baris perintah

Pemakaian: tepat-sasaran <perintah> [opsi]

Perintah:
  rank       peringkat wilayah menurut jumlah, persentase, atau campuran; menampilkan titik silang
  allocate   membagi kuota atau anggaran rupiah ke wilayah (Hamilton, D'Hondt/Jefferson, Webster, …)
  assess     menilai setiap rumah tangga dalam berkas CSV/JSONL terhadap program, dengan alasan
  simulate   menjalankan berkas skenario atas berkas rumah tangga: kemiskinan sebelum/sesudah, biaya
  demo       tur singkat dengan data Kalimantan Timur bawaan

Opsi untuk semua perintah:
  --json | --csv     keluaran untuk mesin (bawaan: tabel rata)
  --lang id|en       bahasa pesan (bawaan: id)
  --help             bantuan untuk satu perintah

Kode keluar: 0 berhasil; 1 masukan salah (berkas tidak ada, baris salah, data salah); 2 pemakaian salah.
Data: tanpa --stats, wilayah adalah 10 kabupaten/kota Kalimantan Timur 2024 bawaan (BPS, dengan sumber).`,
  },
  rank: {
    en: `Usage: tepat-sasaran rank [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                          [--normalisation share|min-max|max|rank] [--between count,rate]
                          [--missing error|exclude] [--stats FILE.json]

Ranks regions and prints the crossover table between two criteria (default count → rate):
the blend weights α at which two regions swap places.`,
    id: `Pemakaian: tepat-sasaran rank [--by count|rate|depth|severity|blend] [--weights count=60,rate=40]
                              [--normalisation share|min-max|max|rank] [--between count,rate]
                              [--missing error|exclude] [--stats BERKAS.json]

Memeringkat wilayah dan mencetak tabel titik silang antara dua kriteria (bawaan jumlah → persentase).`,
  },
  allocate: {
    en: `Usage: tepat-sasaran allocate (--quota N | --budget RUPIAH) [--method webster[,hamilton,…]]
                              [--by count|rate|blend] [--weights count=60,rate=40] [--min N] [--max N]
                              [--unit 1000] [--stats FILE.json]

Methods: hamilton, jefferson (= D'Hondt), webster (= Sainte-Laguë), huntington-hill, adams.
Several methods separated by commas are shown side by side. Region weights are the ranking scores.`,
    id: `Pemakaian: tepat-sasaran allocate (--quota N | --budget RUPIAH) [--method webster[,hamilton,…]]
                                  [--by count|rate|blend] [--weights count=60,rate=40] [--min N] [--max N]
                                  [--unit 1000] [--stats BERKAS.json]

Metode: hamilton, jefferson (= D'Hondt), webster (= Sainte-Laguë), huntington-hill, adams.`,
  },
  assess: {
    en: `Usage: tepat-sasaran assess --households FILE.csv|FILE.jsonl --as-of YYYY-MM-DD [--programs pkh,sembako]
                            [--members FILE.csv] [--progress]

With --members, --households is the households table (one row per household) and --members the members
table (one row per person), both sorted by household_id; otherwise --households has one row per person.

Prints, per household and program: status, yearly amount and the first unmet check (--json: every check).
Rejected rows are listed on stderr with file, line, column and reason; the exit code is then 1.`,
    id: `Pemakaian: tepat-sasaran assess --households BERKAS.csv|BERKAS.jsonl --as-of YYYY-MM-DD [--programs pkh,sembako]
                                  [--members BERKAS.csv] [--progress]

Dengan --members, --households adalah tabel rumah tangga (satu baris per rumah tangga) dan --members tabel
anggota (satu baris per orang), keduanya terurut menurut household_id; tanpa itu, satu baris per orang.

Mencetak per rumah tangga dan program: status, jumlah setahun, dan syarat pertama yang tidak terpenuhi.`,
  },
  simulate: {
    en: `Usage: tepat-sasaran simulate --scenario FILE.json --households FILE.csv|FILE.jsonl --as-of YYYY-MM-DD
                              [--members FILE.csv] [--poverty-lines FILE.json] [--fallback-line RUPIAH]
                              [--missing error|exclude]

The scenario file: { "name": "…", "programs": ["pkh", "sembako", …] } (see the simulation guide).
Poverty lines default to the embedded regency lines that are known; --fallback-line fills the others
(e.g. the province line 833955) and says so. --missing exclude leaves out households without consumption
or without a line (they are counted and reported), instead of stopping with an error.
Prints the per-regency table: P0/P1 before and after, households lifted, beneficiaries and cost per program.`,
    id: `Pemakaian: tepat-sasaran simulate --scenario BERKAS.json --households BERKAS.csv|BERKAS.jsonl --as-of YYYY-MM-DD
                                  [--members BERKAS.csv] [--poverty-lines BERKAS.json] [--fallback-line RUPIAH]
                                  [--missing error|exclude]

Mencetak tabel per kabupaten/kota: P0/P1 sebelum dan sesudah, rumah tangga yang keluar dari kemiskinan, biaya.`,
  },
  demo: {
    en: "Usage: tepat-sasaran demo\n\nA short tour on the embedded Kalimantan Timur data.",
    id: "Pemakaian: tepat-sasaran demo\n\nTur singkat dengan data Kalimantan Timur bawaan.",
  },
};
