// Sources of the embedded Kalimantan Timur figures (BPS releases and the pages that report them).
// Plain string literals only.

/** BPS Kaltim press release, March 2024 (province). @internal */
export const BPS_KALTIM_2024_03 =
  "https://kaltim.bps.go.id/id/pressrelease/2024/07/01/1126/the-percentage-of-poor-people-in-kalimantan-timur-province-in-march-2024-decreased-to-5-78-percent-.html";
/** Province March 2023, reporting the BPS release. @internal */
export const MEDIABORNEO_2023_03 = "https://mediaborneo.net/turun-611-persen-penduduk-miskin-di-kaltim-periode-maret-2023/";
/** Province P1/P2 (secondary). @internal */
export const PRANALA = "https://pranala.co/jangan-kaget-segini-penghasilan-orang-kaltim-dianggap-miskin/";
/** Province September 2024. @internal */
export const LINIKALTIM_2024_09 = "https://linikaltim.id/penduduk-miskin-di-kaltim-capai-21188-ribu-orang-per-september-2024";
/** Province March 2025. @internal */
export const IDNTIMES_2025_03 =
  "https://kaltim.idntimes.com/news/kalimantan-timur/bps-catat-jumlah-penduduk-miskin-di-kaltim-berkurang-12-ribu-orang-00-htmy4-0kvv74";
/** P0 2024 of all ten kab/kota, BPS Paser head, 2024-09-30. @internal */
export const RADARPASER_P0_2024 = "https://radarpaser.com/persentase-penduduk-miskin-di-paser-2024-turun";
/** Databoks series built on BPS data (Kutai Barat page; sibling pages per regency). @internal */
export const DATABOKS_KUBAR =
  "https://databoks.katadata.co.id/demografi/statistik/72d43ae301b9d01/jumlah-penduduk-dan-persentase-kemiskinan-di-kabupaten-kutai-barat-2004-2024";
/** Databoks sibling page for Paser. @internal */
export const DATABOKS_PASER = "databoks.katadata.co.id statistik page 227832f025579be (Paser, built on BPS data)";
/** Databoks sibling page for Kutai Timur. @internal */
export const DATABOKS_KUTIM = "databoks.katadata.co.id statistik page b5b9f84d2b5d002 (Kutai Timur, built on BPS data)";
/** Databoks sibling page for Kutai Kartanegara. @internal */
export const DATABOKS_KUKAR = "databoks.katadata.co.id statistik page 03060e038d23389 (Kutai Kartanegara, built on BPS data)";
/** Databoks sibling page for Samarinda. @internal */
export const DATABOKS_SAMARINDA = "databoks.katadata.co.id statistik page 999f336e7a77d9f (Samarinda, built on BPS data)";
/** Databoks pages built on BPS data, regency not singled out in the notes. @internal */
export const DATABOKS_2024 = "databoks.katadata.co.id pages built on BPS data (kab/kota poverty 2024)";
/** Penajam Paser Utara 2024 count (10,780; −410 vs 2023). @internal */
export const DATABOKS_PPU =
  "https://databoks.katadata.co.id/layanan-konsumen-kesehatan/statistik/98150731275a3ee/jumlah-penduduk-miskin-di-kalimantan-barat-2024";
/** Mahakam Ulu 2024. @internal */
export const TRIBUN_MAHULU_2024 =
  "https://trends.tribunnews.com/2025/08/09/terparah-mahakam-ulu-disusul-kutai-barat-ini-4-wilayah-dengan-kemiskinan-tinggi-di-kalimantan-timur?page=all";
/** Dinsos Kaltim 2025-07-11 on Kutai Kartanegara and Mahakam Ulu 2024. @internal */
export const SWARAKALTIM_2024 = "https://swarakaltim.com/2025/07/11/dinsos-kaltim-genjot-tiga-strategi-tekan-kemiskinan";
/** Balikpapan 2024. @internal */
export const DETIK_BALIKPAPAN_2024 =
  "https://www.detik.com/kalimantan/berita/d-7892047/balikpapan-kota-dengan-tingkat-kemiskinan-terendah-di-indonesia";
/** Balikpapan March 2024 line Rp 782,248 (2023: Rp 743,084), BPS Balikpapan via prokal.co, 4 Sep 2024. @internal */
export const PROKAL_BALIKPAPAN_2024 = "https://www.prokal.co/bisnis/1775057118/penurunan-persentase-kemiskinan-di-balikpapan-turun-tipis";
/** Mahakam Ulu 2021–2023 P0. @internal */
export const TRIBUN_MAHULU_2023 = "kaltim.tribunnews.com 2024-04-13 (Mahakam Ulu P0 2021/22/23 = 11.90/11.55/11.38%)";
/** Samarinda 2021–2023. @internal */
export const KATAKALTIM_SAMARINDA =
  "https://katakaltim.com/presentase-penduduk-miskin-tahun-2021-2023-menurut-bps-kota-samarinda";
/** Balikpapan 2023. @internal */
export const BALIKPAPANTV_2023 = "https://news.balikpapantv.co.id/kota-balikpapan-masih-tergolong-rendah-dalam-tingkat-kemiskinan";
/** Bontang 2023. @internal */
export const EKSPOSISI_BONTANG = "https://eksposisiborneo.com/persentase-penduduk-miskin-di-bontang-turun-10-tahun-terakhir";
/** Kutai Kartanegara 2023. @internal */
export const KUTAIRAYA_KUKAR = "https://www.kutairaya.com/news.php?id=12545 (also otomotif1.com/read/10828)";
/** Province September 2024 (katakaltim, 15 Jan 2025), with the food/non-food split of the line. @internal */
export const KATAKALTIM_2024_09 = "https://katakaltim.com/?p=19949";
/** Province September 2024 (akurasi). @internal */
export const AKURASI_2024_09 = "https://kaltim.akurasi.id/ragam/ternyata-masih-ada-21188-ribu-orang-miskin-di-kaltim";
/** Province September 2024, household line and members per poor household (tribunnews, 9 Aug 2025). @internal */
export const TRIBUN_2024_09 = TRIBUN_MAHULU_2024;
/** Province March 2025, reporting the BPS release of 25 Jul 2025 (also the September 2024 urban/rural counts). @internal */
export const PROPUBLIKA_2025_03 = "https://propublika.id/berita/bps-penduduk-miskin-kaltim-turun-jadi-517-persen";
/** Province March 2025, BPS Kaltim press conference of 25 Jul 2025. @internal */
export const NIAGA_2025_03 = "https://www.niaga.asia/?p=163741";
/** Province September 2025, BPS Kaltim release of 5–6 Feb 2026. @internal */
export const PROPUBLIKA_2025_09 = "https://propublika.id/berita/angka-kemiskinan-kaltim-september-2025-naik-jadi-20204-ribu-orang";
/** Province September 2025 (food/non-food split, urban/rural counts). @internal */
export const DIALEKTIS_2025_09 = "https://dialektis.co/?p=29289";
/** Province September 2025 (members per poor household, household line). @internal */
export const INEWS_2025_09 = "https://balikpapan.inews.id/amp/671646/orang-miskin-di-kaltim-bertambah-rokok-dan-beras-jadi-beban-utama/1";
/** Province September 2025, BPS Kaltim press conference of 5 Feb 2026 (also P1 of March and September 2025). @internal */
export const NIAGA_2025_09 = "https://www.niaga.asia/?p=170854";
/** Kutai Timur 2024→2025: BPS Kutim to katakaltim, 6 Jan 2026 (8.07%, 34,910 people, line Rp 753,332). @internal */
export const KATAKALTIM_KUTIM_2025 =
  "https://katakaltim.com/turun-074-persen-2200-rakyat-kutim-keluar-dari-garis-kemiskinan-periode-2024-2025";
/** Kutai Timur 2010–2025 series from BPS data (katakaltim, 13 Jan 2026). @internal */
export const KATAKALTIM_KUTIM_SERIES = "https://katakaltim.com/infografis-persentase-dan-jumlah-warga-miskin-kutai-timur-15-tahun-terakhir";
