import { defineMessages } from "../message/message.js";

/**
 * Texts of the payment audit (Bahasa Indonesia and English), keyed by stable code: one sentence per
 * finding code, the identity and payment rules the audit applies with their sources
 * (`audit.basis.*`), and errors. Values that come from the data (NIKs,
 * KK numbers, household ids) are masked before they are interpolated.
 * @internal
 */
export const auditMessages = defineMessages({
  // ── Identity ─────────────────────────────────────────────────────────────────────────────────────
  "audit.identity.malformed_nik": {
    id: "Baris {rows}: NIK penerima {nik} tidak sah ({reason}); {program} {period} sebesar {paid} tidak dapat dicocokkan dengan registri",
    en: "Row {rows}: the payee NIK {nik} is malformed ({reason}); the {program} {period} payment of {paid} cannot be matched to the registry",
  },
  "audit.identity.malformed_kk": {
    id: "Baris {rows}: nomor KK {kk} tidak sah ({reason})",
    en: "Row {rows}: the KK number {kk} is malformed ({reason})",
  },
  "audit.identity.not_in_registry": {
    id: "Baris {rows}: {who} tidak ada dalam registri; {program} {period} dibayar {paid} tanpa dasar data",
    en: "Row {rows}: {who} is not in the registry; {program} {period} was paid {paid} with no record behind it",
  },
  "audit.identity.payee_not_in_kk": {
    id: "Baris {rows}: penerima NIK {nik} bukan anggota KK rumah tangga {household} yang dibayar {program} {period} sebesar {paid}",
    en: "Row {rows}: the payee NIK {nik} is not a member of the KK of household {household}, which was paid {program} {period} of {paid}",
  },
  "audit.identity.nik_in_two_kk": {
    id: "NIK {nik} tercatat di {count} KK (rumah tangga {households}){paidRows}",
    en: "NIK {nik} is listed on {count} family cards (households {households}){paidRows}",
  },
  "audit.identity.kk_region_mismatch": {
    id: "KK {kk} rumah tangga {household} diterbitkan di {kkRegion}, padahal rumah tangga tinggal di {regency}",
    en: "The KK {kk} of household {household} was issued in {kkRegion}, but the household lives in {regency}",
  },
  "audit.identity.nik_region_mismatch": {
    id: "NIK penerima {nik} pertama kali didaftarkan di {nikRegion}, bukan di {regency} tempat rumah tangga {household} tinggal; wajar bila keluarga pindah, periksa bila tidak ada catatan pindah",
    en: "The payee NIK {nik} was first registered in {nikRegion}, not in {regency} where household {household} lives; normal after a move, check it when no move is recorded",
  },
  "audit.identity.birth_date_mismatch": {
    id: "NIK {nik} menyandikan tanggal lahir {encoded} (hari-bulan-tahun dua digit), tetapi {record} mencatat {recorded}",
    en: "NIK {nik} encodes the birth date {encoded} (day-month-two-digit year), but {record} records {recorded}",
  },
  "audit.identity.sex_mismatch": {
    id: "NIK {nik} menyandikan jenis kelamin {encoded}, tetapi {record} mencatat {recorded}",
    en: "NIK {nik} encodes sex {encoded}, but {record} records {recorded}",
  },
  // ── Eligibility ──────────────────────────────────────────────────────────────────────────────────
  "audit.eligibility.program_unknown": {
    id: "Baris {rows}: program {program} tidak termasuk program yang diaudit; pembayaran {paid} tidak dapat diperiksa terhadap aturan",
    en: "Row {rows}: program {program} is not among the audited programs; the payment of {paid} cannot be checked against rules",
  },
  "audit.eligibility.not_eligible": {
    id: "Baris {rows}: rumah tangga {household} tidak layak {program} pada {date}, tetapi dibayar {paid} untuk {period}: {checks}",
    en: "Row {rows}: household {household} is not eligible for {program} on {date} but was paid {paid} for {period}: {checks}",
  },
  "audit.eligibility.excluded_employment": {
    id: "Baris {rows}: rumah tangga {household} dibayar {program} {period} sebesar {paid}, padahal anggota ke-{members} bekerja sebagai {categories}, yang dikecualikan pada {date}",
    en: "Row {rows}: household {household} was paid {program} {period} of {paid}, yet member(s) {members} work as {categories}, which is excluded on {date}",
  },
  "audit.eligibility.deceased_payee": {
    id: "Baris {rows}: penerima {nik} ({relationship}) meninggal pada {deathDate}, sebelum pembayaran {program} {period} sebesar {paid} pada {paidOn}",
    en: "Row {rows}: the payee {nik} ({relationship}) died on {deathDate}, before the {program} {period} payment of {paid} on {paidOn}",
  },
  "audit.eligibility.desil_out_of_range": {
    id: "Baris {rows}: rumah tangga {household} dibayar {program} {period} sebesar {paid}, padahal desilnya {desil} di luar rentang {range} pada {date}",
    en: "Row {rows}: household {household} was paid {program} {period} of {paid}, but its desil {desil} is outside {range} on {date}",
  },
  "audit.eligibility.desil_stale": {
    id: "Baris {rows}: dasar penargetan rumah tangga {household} untuk {program} {period} tidak mutakhir pada {date}: {checks}",
    en: "Row {rows}: the targeting data of household {household} for {program} {period} is not current on {date}: {checks}",
  },
  "audit.eligibility.exited": {
    id: "Baris {rows}: rumah tangga {household} telah keluar dari {program} — {exits} — tetapi dibayar {paid} untuk {period}",
    en: "Row {rows}: household {household} had left {program} — {exits} — but was paid {paid} for {period}",
  },
  "audit.eligibility.undetermined": {
    id: "Baris {rows}: kelayakan rumah tangga {household} untuk {program} pada {date} tidak dapat dipastikan (data kurang), jadi {paid} untuk {period} tidak didukung data: {checks}",
    en: "Row {rows}: the eligibility of household {household} for {program} on {date} cannot be decided (data missing), so {paid} for {period} is not supported by the data: {checks}",
  },
  // ── Amount ───────────────────────────────────────────────────────────────────────────────────────
  "audit.amount.overpaid": {
    id: "Baris {rows}: {program} {period} rumah tangga {household} dibayar {paid}, menurut aturan {expected} (kelebihan {difference})",
    en: "Row {rows}: {program} {period} of household {household} was paid {paid}; the rules give {expected} (overpaid by {difference})",
  },
  "audit.amount.underpaid": {
    id: "Baris {rows}: {program} {period} rumah tangga {household} dibayar {paid}, menurut aturan {expected} (kekurangan {difference})",
    en: "Row {rows}: {program} {period} of household {household} was paid {paid}; the rules give {expected} (underpaid by {difference})",
  },
  "audit.amount.component_not_due": {
    id: "Baris {rows}: komponen {component}{member} dibayar {paid}, tetapi rumah tangga {household} tidak berhak atasnya pada {date}: {why}",
    en: "Row {rows}: component {component}{member} was paid {paid}, but household {household} is not due it on {date}: {why}",
  },
  "audit.amount.component_overpaid": {
    id: "Baris {rows}: komponen {component}{member} dibayar {paid}, menurut aturan {expected} untuk {period}",
    en: "Row {rows}: component {component}{member} was paid {paid}; the rules give {expected} for {period}",
  },
  "audit.amount.component_underpaid": {
    id: "Baris {rows}: komponen {component}{member} dibayar {paid}, menurut aturan {expected} untuk {period}",
    en: "Row {rows}: component {component}{member} was paid {paid}; the rules give {expected} for {period}",
  },
  "audit.amount.components_total": {
    id: "Baris {rows}: rincian komponen berjumlah {components}, tidak sama dengan jumlah yang dibayar {paid}",
    en: "Row {rows}: the component lines add up to {components}, not to the amount paid, {paid}",
  },
  "audit.amount.double_payment": {
    id: "Baris {rows}: {program} {period} rumah tangga {household} dibayar {count} kali, seluruhnya {paid}; hak untuk periode itu {expected}",
    en: "Row {rows}: {program} {period} of household {household} was paid {count} times, {paid} in all; the entitlement for the period is {expected}",
  },
  "audit.amount.outside_calendar": {
    id: "Baris {rows}: {period} bukan periode pembayaran {program} tahun {year} lewat {channel} (periodenya: {periods}); {paid} dibayar di luar jadwal",
    en: "Row {rows}: {period} is not a {program} payment period of {year} through {channel} (its periods: {periods}); {paid} was paid outside the calendar",
  },
  "audit.amount.paid_before_period": {
    id: "Baris {rows}: {program} {period} dibayar pada {paidOn}, sebelum periodenya dimulai ({start})",
    en: "Row {rows}: {program} {period} was paid on {paidOn}, before its period began ({start})",
  },
  // ── Coverage ─────────────────────────────────────────────────────────────────────────────────────
  "audit.coverage.unpaid_eligible": {
    id: "Rumah tangga {household} layak {program} pada {date}, tetapi tidak ada pembayaran untuk {period} (haknya {expected})",
    en: "Household {household} is eligible for {program} on {date}, but nothing was paid for {period} (its entitlement is {expected})",
  },
  // ── Fragments ────────────────────────────────────────────────────────────────────────────────────
  "audit.text.who_nik": { id: "NIK {nik}", en: "NIK {nik}" },
  "audit.text.who_kk": { id: "KK {kk}", en: "KK {kk}" },
  "audit.text.paid_rows": { id: "; dibayar di baris {rows}", en: "; paid in row(s) {rows}" },
  "audit.text.record_list": { id: "daftar bayar", en: "the payment list" },
  "audit.text.record_registry": { id: "registri (anggota ke-{person})", en: "the registry (member {person})" },
  "audit.text.female": { id: "perempuan", en: "female" },
  "audit.text.male": { id: "laki-laki", en: "male" },
  "audit.text.member": { id: " untuk anggota ke-{person}", en: " for member {person}" },
  "audit.text.member_died": { id: "anggota ke-{person} meninggal pada {deathDate}", en: "member {person} died on {deathDate}" },
  "audit.text.not_member": { id: "NIK komponen bukan anggota KK ini", en: "the component's NIK is not a member of this KK" },
  "audit.text.none_due": { id: "komponen yang menjadi hak pada periode ini: {due}", en: "the components due for the period: {due}" },
  "audit.text.nothing": { id: "tidak ada", en: "none" },
  "audit.text.channel_calendar": { id: "lewat {channel} {frequency}", en: "through {channel} {frequency}" },
  "audit.text.until": { id: " sampai dengan {to}", en: " through {to}" },
  "audit.text.not_paid": { id: "tidak dibayarkan", en: "not paid" },
  // The parts of a Rupiah unit after `IDR/` (`month` and `year`: the program's frequencies).
  "audit.unit.person": { id: "per orang", en: "per person" },
  "audit.unit.family": { id: "per keluarga", en: "per family" },
  "audit.unit.unit": { id: "per rumah", en: "per house" },
  "audit.unit.member family": { id: "per keluarga anggota", en: "per member family" },
  // ── Rules the audit applies (with sources) ───────────────────────────────────────────────────────
  "audit.basis.nik": {
    id: "NIK = PPKKCC (kecamatan pendaftaran pertama) DDMMYY (tanggal lahir; hari + 40 untuk perempuan) SSSS (nomor urut); UU 24/2013 tentang Administrasi Kependudukan (dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik)",
    en: "NIK = PPKKCC (district of first registration) DDMMYY (birth date; day + 40 for women) SSSS (serial); UU 24/2013 on population administration (dukcapil.klaten.go.id/arti-16-digit-nomor-induk-kependudukan-nik)",
  },
  "audit.basis.kk": {
    id: "Nomor KK = PPKKCC (kecamatan penerbitan) DDMMYY (tanggal pencatatan) SSSS (nomor urut keluarga) [sumber sekunder, M/L]",
    en: "KK number = PPKKCC (district of issue) DDMMYY (recording date) SSSS (family serial) [secondary source, M/L]",
  },
  "audit.basis.registry": {
    id: "Penerima harus terdaftar dalam registri penargetan (DTKS sampai 2025-02-04, DTSEN sejak Inpres 4/2025); BPK menemukan 239.154 KPM Sembako dengan NIK tidak valid pada DTKS 2020 (linggaupos.disway.id/read/644671)",
    en: "Recipients must be in the targeting registry (DTKS until 2025-02-04, DTSEN from Inpres 4/2025); BPK found 239,154 Sembako families with an invalid NIK in DTKS 2020 (linggaupos.disway.id/read/644671)",
  },
  "audit.basis.payee": {
    id: "Bantuan keluarga dibayarkan kepada anggota KK keluarga itu (pengurus atau kepala keluarga) [prinsip audit]",
    en: "A family's aid is paid to a member of that family's KK (the carer or the head) [audit principle]",
  },
  "audit.basis.one_kk": {
    id: "Satu orang tercatat di satu KK; NIK ganda di dua KK biasanya karena pindah tanpa mengganti KK (temuan BPK, Kab. OKU: sumsel.antaranews.com/berita/585141) — BPK menemukan 86.465 NIK ganda di DTKS 2020 (linggaupos.disway.id/read/644671)",
    en: "A person is on one KK; a NIK on two KKs usually means a move without a new KK (BPK finding, OKU regency: sumsel.antaranews.com/berita/585141) — BPK found 86,465 duplicate NIKs in DTKS 2020 (linggaupos.disway.id/read/644671)",
  },
  "audit.basis.kk_domicile": {
    id: "KK diterbitkan Dukcapil tempat keluarga berdomisili dan diganti saat keluarga pindah [sumber sekunder, M/L]",
    en: "A KK is issued by the civil registry where the family lives and replaced when the family moves [secondary source, M/L]",
  },
  "audit.basis.nik_origin": {
    id: "Kode wilayah NIK adalah tempat pendaftaran pertama dan tidak berubah seumur hidup (Dukcapil)",
    en: "A NIK's region is where it was first registered and never changes (Dukcapil)",
  },
  "audit.basis.death": {
    id: "Penerima yang meninggal dikeluarkan kecuali pengurusnya telah diganti (daftar pembersihan data Kemensos: ayobogor.com/umum/amp/3113115687, 2023)",
    en: "Deceased recipients are removed unless the carer was replaced (Kemensos data-cleaning list: ayobogor.com/umum/amp/3113115687, 2023)",
  },
  "audit.basis.once_per_period": {
    id: "Satu keluarga menerima satu pembayaran per periode jadwal program [prinsip audit]",
    en: "A family is paid once per period of the program's calendar [audit principle]",
  },
  "audit.basis.components": {
    id: "Rincian komponen satu pembayaran harus berjumlah sama dengan jumlah yang dibayar [prinsip audit]",
    en: "The component lines of a payment must add up to the amount paid [audit principle]",
  },
  "audit.basis.programs": {
    id: "Hanya program yang aturannya diberikan kepada audit yang dapat diperiksa: {programs}",
    en: "Only programs whose rules the audit is given can be checked: {programs}",
  },
  "audit.basis.amount": {
    id: "{parameter} = {value}, berlaku {from}{to} ({source})",
    en: "{parameter} = {value}, in force {from}{to} ({source})",
  },
  "audit.basis.period_share": {
    id: "Jumlah per periode: jumlah setahun {program} dibagi menurut jadwal pembayarannya, {calendar}, dalam rupiah utuh yang berjumlah tepat",
    en: "Amount per period: the year's amount of {program} split per its payment calendar, {calendar}, in whole rupiah that add up exactly",
  },
  // ── Errors (a payment row's own issues are in paymentMessages.ts) ────────────────────────────────
  "audit.invalid_payments": {
    id: "{count} baris pembayaran tidak sah; bacalah dengan parsePayment dan perbaiki atau buang baris itu",
    en: "{count} payment rows are invalid; read them with parsePayment and fix or drop those rows",
  },
  "audit.invalid_option": {
    id: "Opsi audit {option} tidak sah: {expected}",
    en: "Audit option {option} is not valid: {expected}",
  },
  "audit.accumulator_incompatible": {
    id: "Hasil audit tidak dapat digabung: tanggal audit berbeda ({first} vs {other})",
    en: "Audit results cannot be merged: different audit dates ({first} vs {other})",
  },
  "audit.state_invalid": {
    id: "Keadaan akumulator audit tidak sah: {reason}",
    en: "The audit accumulator state is invalid: {reason}",
  },
});

/** A code of {@link auditMessages}. @internal */
export type AuditMessageCode = keyof typeof auditMessages;
