import { deepFreeze } from "../../_internal/deepFreeze.js";
import type { DatedParameter } from "../../time/parameter.js";

const INDEX_2021_2025 = "PKH index 2021–2025 (https://www.tempo.co/politik/mudah-cara-cek-bansos-2025-bisa-lewat-hp-1199675, Jan 2025; tribunnews 2021/2022; poskota 2025)";
const KEMENSOS_CRITERIA =
  "Kemensos criteria quoted at https://m.tribunnews.com/amp/nasional/2022/02/27/bansos-pkh-tahap-i-cair-februari-2022-cek-status-penerimanya-via-cekbansoskemensosgoid?page=2";
const PALPRES_674517 = "palpres.disway.id/amp/674517";
const POSKOTA_2024 = "https://poskota.co.id/2024/07/15/13-aturan-untuk-penyaluran-saldo-dana-bansos-pkh-cek-info-lengkapnya-di-sini?halaman=2";

/**
 * PKH's dated parameters: desil range, yearly amount per component, age limits, the per-family caps
 * with the published priority order, and the payment calendar.
 *
 * Where sources conflict, the default follows their weight and the alternative is an override:
 * the elderly component starts at **70** (Kemensos criteria; the Bupati of Kutai Kartanegara,
 * 2023; poskota 2025), while UU 13/1998 and some outlets say 60: an office following 60 overrides
 * `pkh.elderly_min_age` with `[{ from: "2021-01-01", value: 60, source: "…" }]`. Elderly and severe
 * disability are capped at **1** member each (Kemensos criteria); some outlets say 4.
 * @example
 * pkhParameters.find((p) => p.id === "pkh.elderly_min_age")?.values[0]?.value //=> 70
 * @category Programs
 */
export const pkhParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "pkh.desil_range",
    description: "DTSEN desil range eligible for PKH (from DTSEN; before it, DTKS membership: targeting.era)",
    unit: "desil",
    values: [
      {
        from: "2025-02-05",
        value: { min: 1, max: 4 },
        source: "[M] Kepmensos 79/HUK/2025 (disway.id 917154); Mensos, 8 Jul 2025: aid to desil 1–4 (https://www.linggapura-kawali.desa.id/?p=2713). Before DTSEN (Inpres 4/2025) PKH targeted DTKS members",
      },
    ],
  },
  {
    id: "pkh.amount.pregnancy",
    description: "PKH pregnant or postpartum mother (ibu hamil/nifas), 1st or 2nd pregnancy, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "3000000", source: `[H] ${INDEX_2021_2025}; values before 2021 are not verified, so none is given` }],
  },
  {
    id: "pkh.amount.early_childhood",
    description: "PKH early-childhood child 0–6 (anak usia dini), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "3000000", source: `[H] ${INDEX_2021_2025}; values before 2021 are not verified, so none is given` }],
  },
  {
    id: "pkh.amount.sd",
    description: "PKH child in SD, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "900000", source: `[H] ${INDEX_2021_2025}, likely since 2019` }],
  },
  {
    id: "pkh.amount.smp",
    description: "PKH child in SMP, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "1500000", source: `[H] ${INDEX_2021_2025}, likely since 2019` }],
  },
  {
    id: "pkh.amount.sma",
    description: "PKH child in SMA/SMK, per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "2000000", source: `[H] ${INDEX_2021_2025}, likely since 2019` }],
  },
  {
    id: "pkh.amount.severe_disability",
    description: "PKH member with severe disability (disabilitas berat), per year",
    unit: "IDR/year",
    values: [{ from: "2021-01-01", value: "2400000", source: `[H] ${INDEX_2021_2025}; values before 2021 are not verified, so none is given` }],
  },
  {
    id: "pkh.amount.elderly",
    description: "PKH elderly member (lanjut usia), per year",
    unit: "IDR/year",
    values: [
      {
        from: "2021-01-01",
        value: "2400000",
        source: `[H] ${INDEX_2021_2025}; https://aceh.tribunnews.com/amp/2023/10/25/bansos-lansia-2023-cair-para-lansia-akan-mendapatkan-3-bantuan-sekaligus?page=2`,
      },
    ],
  },
  {
    id: "pkh.elderly_min_age",
    description: "Age from which a member counts for the PKH elderly component (completed years on asOf)",
    unit: "years",
    values: [
      {
        from: "2021-01-01",
        value: 70,
        source: `[M] (conflict) 70 and over: ${KEMENSOS_CRITERIA} ('lanjut usia 70 tahun ke atas, maksimal 1 orang'); the Bupati of Kutai Kartanegara, 18 May 2023: PKH for 'masyarakat usia 70 tahun keatas' (https://radarkukar.com/bupati-edi-damansyah-serahkan-31-233-bantuan-pada-masyarakat-kukar); poskota 2025-03-07 and 2025-04-01; https://viva.co.id/bisnis/1760650-bansos-pkh-untuk-anak-usia-dini-0-6-tahun-cek-jadwal-pencairannya. Override to 60 (UU 13/1998's lanjut usia; ${PALPRES_674517}; poskota 2024-07-15 and 2024-12-11 'Lansia (60 tahun ke atas)'; nakita.grid.id 023276428 'mulai 60 tahun ke atas, maksimal 1 orang'; aceh.tribunnews 2023-10-25; ANTARA English, Q1 2026: 'elderly people over 60', a paraphrase, via caixinsociety.com/?p=1772)`,
      },
    ],
  },
  {
    id: "pkh.early_childhood_age",
    description: "Age band of the PKH early-childhood component (completed years)",
    unit: "years",
    values: [{ from: "2021-01-01", value: { min: 0, max: 6 }, source: `[H] 'anak usia 0 sampai dengan 6 tahun' (${KEMENSOS_CRITERIA}; viva.co.id 1760650)` }],
  },
  {
    id: "pkh.school_age",
    description: "Age band of the PKH school components SD, SMP and SMA (completed years)",
    unit: "years",
    values: [
      {
        from: "2021-01-01",
        value: { min: 6, max: 21 },
        source: `[H] 'anak usia 6–21 tahun yang belum menyelesaikan wajib belajar 12 tahun' (${KEMENSOS_CRITERIA}; tribunnews 2021-12-09; viva.co.id 1760650). Registration in Dapodik (${PALPRES_674517}, item 5) is not modelled`,
      },
    ],
  },
  {
    id: "pkh.component_priority",
    description: "Order in which the per-family caps keep PKH components (first kept first)",
    unit: "components",
    values: [
      {
        from: "2021-01-01",
        value: ["early_childhood", "sd", "smp", "sma", "severe_disability", "elderly", "pregnancy"],
        source: `[M] 'Komponen PKH dipenuhi berdasarkan prioritas (anak balita, anak SD, SMP, SMA, disabilitas, lansia dan ibu hamil)' (${PALPRES_674517}, item 3); the same order in ${POSKOTA_2024}`,
      },
    ],
  },
  {
    id: "pkh.cap.components",
    description: "Most PKH components counted per family",
    unit: "components",
    values: [
      {
        from: "2021-01-01",
        value: 4,
        source: `[M] 'Bantuan komponen diberikan maksimal untuk 4 jiwa dalam satu keluarga' (https://m.tribunnews.com/amp/nasional/2022/02/20/bansos-pkh-tahap-i-cair-mulai-21-februari-2022-cek-penerima-di-cekbansoskemensosgoid?page=4); ${PALPRES_674517}`,
      },
    ],
  },
  {
    id: "pkh.cap.early_childhood",
    description: "Most early-childhood children counted per family",
    unit: "children",
    values: [{ from: "2021-01-01", value: 2, source: `[H] 'maksimal dua anak' (${KEMENSOS_CRITERIA}); 'hingga anak ke 2' (${PALPRES_674517}); which two is not said [L]` }],
  },
  {
    id: "pkh.cap.school",
    description: "Most children (the components in pkh.cap.school_covers) counted per family",
    unit: "children",
    values: [
      {
        from: "2021-01-01",
        value: 3,
        source: `[M] 'Maksimal jumlah anak dalam satu keluarga yang mendapat bantuan adalah 3 anak' (${PALPRES_674517}); 'Maksimal Penerima Manfaat 3 Anak' (${POSKOTA_2024})`,
      },
    ],
  },
  {
    id: "pkh.cap.school_covers",
    description: "Components the children cap (pkh.cap.school) counts",
    unit: "components",
    values: [
      {
        from: "2021-01-01",
        value: ["early_childhood", "sd", "smp", "sma"],
        source: `[L] declared reading: The sources cap 'anak' (children), not school children (${PALPRES_674517}; ${POSKOTA_2024}), so early-childhood children count towards the 3 as well. (conflict) One 2024 outlet caps school children: 'Maksimal 3 dalam satu keluarga. Untuk anak sekolah SD, SMP, SMA' (palpres.disway.id/amp/722232). Override with ["sd", "smp", "sma"] to cap school children only`,
      },
    ],
  },
  {
    id: "pkh.cap.pregnancy",
    description: "Highest pregnancy order paid (kehamilan ke-): only the 1st and 2nd pregnancy",
    unit: "pregnancy order",
    values: [
      {
        from: "2021-01-01",
        value: 2,
        source:
          "[H] 'yang dibayarkan adalah kehamilan kedua. Jadi … jika sudah memiliki 2 anak lantas hamil lagi, maka tidak masuk lagi' (https://palpres.disway.id/amp/654049/catat-minggu-depan-bansos-pkh-bakal-cair-segera-cek-atm/48, 2023); 'maksimal dua kali kehamilan' (tribunnews 2021/2022); 'selama dua kehamilan' (viva.co.id 1760650); 'hingga kehamilan kedua' (poskota 2024-07-15)",
      },
    ],
  },
  {
    id: "pkh.cap.severe_disability",
    description: "Most members with severe disability counted per family",
    unit: "persons",
    values: [{ from: "2021-01-01", value: 1, source: `[M] (conflict) 'disabilitas … maksimal 1 orang' (${KEMENSOS_CRITERIA}). Override to 4 ('maksimal … disabilitas maupun lansia … 4 orang': ${PALPRES_674517}; ${POSKOTA_2024})` }],
  },
  {
    id: "pkh.cap.elderly",
    description: "Most elderly members counted per family",
    unit: "persons",
    values: [{ from: "2021-01-01", value: 1, source: `[M] (conflict) 'lanjut usia 70 tahun ke atas, maksimal 1 orang' (${KEMENSOS_CRITERIA}). Override to 4 (${PALPRES_674517}; ${POSKOTA_2024})` }],
  },
  {
    id: "pkh.calendar",
    description: "PKH payment periods by channel (kks: bank card; pos: PT Pos): tahap (quarter), bimonthly or month",
    unit: "frequency by channel",
    values: [
      {
        from: "2021-01-01",
        value: { kks: "tahap", pos: "tahap" },
        source:
          "[H] 4 tahap a year: I Jan–Mar, II Apr–Jun, III Jul–Sep, IV Oct–Dec, a quarter of the yearly amount each (tribunnews 2022-02-20; tribunnews 2022-02-08: Rp 750,000 per tahap for a pregnancy); 2023: 'PKH tahap 2 … Rp750.000' (pikiran-rakyat 2023-04-18). (conflict) pikiran-rakyat, Oct 2023: every two months on KKS from July 2023 [unverified]: override",
      },
      {
        from: "2024-01-01",
        value: { kks: "bimonthly", pos: "tahap" },
        source:
          "[M] 2024: through KKS bank cards every 2 months (Jan–Feb, Mar–Apr, May–Jun, Jul–Aug …), through PT Pos every 3 months (palpres.disway.id/amp/728220; poskota 2024-07-22 'periode Mei-Juni … Juli-Agustus'; poskota 2024-09-12)",
      },
      {
        from: "2025-01-01",
        value: { kks: "tahap", pos: "tahap" },
        source:
          "[M] 2025: tahap I Jan–Mar, II Apr–Jun, III Jul–Sep, IV Oct–Dec (Kemensos page quoted at https://poskota.co.id/2025/03/07/cara-cek-penerima-dan-status-penyaluran-bansos-pkh-bpnt-menggunakan-nik-dan-ktp-via-online?halaman=5)",
      },
    ],
  },
]);
