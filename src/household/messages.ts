import { defineMessages } from "../message/message.js";

/**
 * Texts of the household layer: input issues (`household.<problem>`) and the reasons given by the
 * derived facts (`household.<assessment>.<criterion>.<outcome>`). A NIK or KK is only ever
 * interpolated masked (`{nik}`, `{kk}` come from `maskNik`).
 * @internal
 */
export const householdMessages = defineMessages({
  // ── NIK ────────────────────────────────────────────────────────────────────────────────────────
  "household.nik_not_text": {
    id: "NIK harus berupa teks 16 digit, bukan {type}",
    en: "A NIK must be 16 digits of text, not {type}",
  },
  "household.nik_format": {
    id: "NIK {nik} harus tepat 16 digit angka (tercatat {length} karakter)",
    en: "NIK {nik} must be exactly 16 digits (it has {length} characters)",
  },
  "household.nik_region": {
    id: "NIK {nik}: kode wilayah (digit 1–6) tidak valid",
    en: "NIK {nik}: the region code (digits 1–6) is not valid",
  },
  "household.nik_day": {
    id: "NIK {nik}: tanggal lahir (digit 7–8) harus 01–31 untuk laki-laki atau 41–71 untuk perempuan",
    en: "NIK {nik}: the birth day (digits 7–8) must be 01–31 for a man or 41–71 for a woman",
  },
  "household.nik_month": {
    id: "NIK {nik}: bulan lahir (digit 9–10) harus 01–12",
    en: "NIK {nik}: the birth month (digits 9–10) must be 01–12",
  },
  "household.nik_date": {
    id: "NIK {nik}: tanggal lahir yang dikodekan tidak ada di kalender (misalnya 31 April, atau 29 Februari pada tahun bukan kabisat)",
    en: "NIK {nik}: the encoded birth date does not exist (e.g. 31 April, or 29 February in a common year)",
  },
  "household.nik_serial": {
    id: "NIK {nik}: nomor urut (digit 13–16) harus 0001–9999",
    en: "NIK {nik}: the serial number (digits 13–16) must be 0001–9999",
  },
  "household.nik_sex_mismatch": {
    id: "NIK {nik} mengodekan jenis kelamin yang berbeda dari yang tercatat",
    en: "NIK {nik} encodes a different sex from the one recorded",
  },
  "household.nik_birth_date_mismatch": {
    id: "Tanggal lahir yang dikodekan dalam NIK {nik} berbeda dari tanggal lahir yang tercatat",
    en: "The birth date encoded in NIK {nik} differs from the recorded birth date",
  },
  "household.duplicate_nik": {
    id: "NIK {nik} sudah dipakai anggota ke-{index} (dihitung dari 0) dalam rumah tangga ini",
    en: "NIK {nik} is already used by member {index} (counting from 0) of this household",
  },
  "household.nik_in_other_household": {
    id: "NIK {nik} juga tercatat pada rumah tangga di indeks {index}; seseorang hanya tercantum dalam satu KK",
    en: "NIK {nik} is also recorded in the household at index {index}; a person is on one KK only",
  },
  // ── KK ─────────────────────────────────────────────────────────────────────────────────────────
  "household.kk_not_text": {
    id: "Nomor KK harus berupa teks 16 digit, bukan {type}",
    en: "A KK number must be 16 digits of text, not {type}",
  },
  "household.kk_format": {
    id: "Nomor KK {kk} harus tepat 16 digit angka (tercatat {length} karakter)",
    en: "KK number {kk} must be exactly 16 digits (it has {length} characters)",
  },
  "household.kk_region": {
    id: "Nomor KK {kk}: kode wilayah (digit 1–6) tidak valid",
    en: "KK number {kk}: the region code (digits 1–6) is not valid",
  },
  "household.kk_day": {
    id: "Nomor KK {kk}: tanggal penerbitan (digit 7–8) harus 01–31",
    en: "KK number {kk}: the issue day (digits 7–8) must be 01–31",
  },
  "household.kk_month": {
    id: "Nomor KK {kk}: bulan penerbitan (digit 9–10) harus 01–12",
    en: "KK number {kk}: the issue month (digits 9–10) must be 01–12",
  },
  "household.kk_date": {
    id: "Nomor KK {kk}: tanggal penerbitan yang dikodekan tidak ada di kalender",
    en: "KK number {kk}: the encoded issue date does not exist",
  },
  "household.kk_serial": {
    id: "Nomor KK {kk}: nomor urut keluarga (digit 13–16) harus 0001–9999",
    en: "KK number {kk}: the family serial (digits 13–16) must be 0001–9999",
  },
  // ── Household structure ────────────────────────────────────────────────────────────────────────
  "household.no_head": {
    id: "Rumah tangga harus memiliki tepat satu kepala keluarga (hubungan \"head\"); tidak ada",
    en: "A household must have exactly one head (relationship \"head\"); there is none",
  },
  "household.multiple_heads": {
    id: "Rumah tangga harus memiliki tepat satu kepala keluarga; anggota ini kepala keluarga ke-{number}",
    en: "A household must have exactly one head; this member is head number {number}",
  },
  "household.pregnancy_not_female": {
    id: "Status hamil atau nifas hanya dapat dicatat untuk perempuan",
    en: "Pregnancy or postpartum status can only be recorded for a woman",
  },
  "household.pregnancy_order_without_pregnancy": {
    id: "Kehamilan ke- (pregnancyOrder) hanya dapat dicatat untuk perempuan yang hamil atau nifas",
    en: "A pregnancy order (pregnancyOrder) can only be recorded for a woman who is pregnant or postpartum",
  },
  "household.death_before_birth": {
    id: "Tanggal meninggal {deathDate} sebelum tanggal lahir {birthDate}",
    en: "Date of death {deathDate} is before the birth date {birthDate}",
  },
  "household.schooling_none_enrolled": {
    id: "Jenjang sekolah \"none\" tidak dapat berstatus terdaftar (enrolled)",
    en: "School level \"none\" cannot be enrolled",
  },
  "household.regency_level": {
    id: "Seharusnya kode kabupaten/kota dua bagian (misalnya 64.02), bukan {code}",
    en: "Expected a two-part kabupaten/kota code (e.g. 64.02), not {code}",
  },
  "household.region_level": {
    id: "Seharusnya kode kecamatan atau desa/kelurahan (misalnya 64.02.01), bukan {code}",
    en: "Expected a district or village code (e.g. 64.02.01), not {code}",
  },
  "household.region_outside_regency": {
    id: "Wilayah {region} tidak berada di kabupaten/kota {regency}",
    en: "Region {region} does not lie in regency {regency}",
  },
  "household.negative_amount": {
    id: "Nilai rupiah tidak boleh negatif",
    en: "The rupiah amount must not be negative",
  },
  "household.birth_after_as_of": {
    id: "Tanggal lahir {birthDate} sesudah tanggal acuan {asOf}",
    en: "Birth date {birthDate} is after the reference date {asOf}",
  },
  "household.death_after_as_of": {
    id: "Tanggal meninggal {deathDate} sesudah tanggal acuan {asOf}",
    en: "Date of death {deathDate} is after the reference date {asOf}",
  },
  "household.duplicate_id": {
    id: "id rumah tangga sama dengan rumah tangga di indeks {index}",
    en: "The household id is the same as that of the household at index {index}",
  },
  "household.unreadable": {
    id: "Data rumah tangga tidak dapat dibaca",
    en: "The household data cannot be read",
  },
  "household.bad_option": {
    id: "Opsi {option} harus {expected}, bukan {value}",
    en: "Option {option} must be {expected}, not {value}",
  },
  "household.invalid": {
    id: "{what}: data rumah tangga tidak valid: {count} masalah (lihat issues), yang pertama {code} di {path}",
    en: "{what}: the household is not valid: {count} issue(s) (see issues), the first {code} at {path}",
  },
  "household.batch_not_array": {
    id: "parseHouseholds memerlukan array, bukan {type}",
    en: "parseHouseholds needs an array, not {type}",
  },
  // ── Air minum layak ────────────────────────────────────────────────────────────────────────────
  "household.water.summary.yes": {
    id: "Akses air minum layak",
    en: "Access to proper drinking water (air minum layak)",
  },
  "household.water.summary.no": {
    id: "Tidak ada akses air minum layak",
    en: "No access to proper drinking water (air minum layak)",
  },
  "household.water.summary.unknown": {
    id: "Akses air minum layak tidak dapat ditentukan: data kurang",
    en: "Access to proper drinking water cannot be determined: data missing",
  },
  "household.water.source.improved": {
    id: "Sumber air minum layak: leding, sumur bor/pompa, sumur atau mata air terlindung, atau air hujan",
    en: "Proper drinking-water source: piped, bore well/pump, protected well or spring, or rain",
  },
  "household.water.source.unimproved": {
    id: "Sumber air minum tidak layak: sumur atau mata air tak terlindung, air permukaan, atau lainnya",
    en: "Improper drinking-water source: unprotected well or spring, surface water, or other",
  },
  "household.water.source.packaged_improved": {
    id: "Air kemasan/isi ulang, dan air mandi/cuci dari sumber layak",
    en: "Bottled or refill water, and bathing/washing water from a proper source",
  },
  "household.water.source.packaged_unimproved": {
    id: "Air kemasan/isi ulang, tetapi air mandi/cuci tidak dari sumber layak",
    en: "Bottled or refill water, but bathing/washing water not from a proper source",
  },
  "household.water.source.packaged_unknown": {
    id: "Air kemasan/isi ulang; sumber air mandi/cuci tidak tercatat, padahal menentukan kelayakan",
    en: "Bottled or refill water; the bathing/washing source, which decides, is not recorded",
  },
  "household.water.source.unknown": {
    id: "Sumber air minum tidak tercatat",
    en: "The drinking-water source is not recorded",
  },
  // ── Sanitasi layak ─────────────────────────────────────────────────────────────────────────────
  "household.sanitation.summary.yes": {
    id: "Akses sanitasi layak",
    en: "Access to proper sanitation (sanitasi layak)",
  },
  "household.sanitation.summary.no": {
    id: "Tidak ada akses sanitasi layak ({count} dari 3 syarat tidak terpenuhi)",
    en: "No access to proper sanitation ({count} of 3 conditions not met)",
  },
  "household.sanitation.summary.unknown": {
    id: "Akses sanitasi layak tidak dapat ditentukan ({count} dari 3 syarat tanpa data)",
    en: "Access to proper sanitation cannot be determined ({count} of 3 conditions lack data)",
  },
  "household.sanitation.facility.yes": {
    id: "Fasilitas buang air besar milik sendiri, bersama rumah tangga tertentu, atau MCK komunal",
    en: "Toilet facility is own, shared with specific households, or a communal MCK",
  },
  "household.sanitation.facility.no": {
    id: "Fasilitas buang air besar umum atau tidak ada",
    en: "Toilet facility is public or there is none",
  },
  "household.sanitation.facility.unknown": {
    id: "Kepemilikan fasilitas buang air besar tidak tercatat",
    en: "Who uses the toilet facility is not recorded",
  },
  "household.sanitation.type.yes": {
    id: "Kloset leher angsa",
    en: "Gooseneck (leher angsa) toilet",
  },
  "household.sanitation.type.no": {
    id: "Bukan kloset leher angsa (plengsengan, cemplung, atau tidak ada)",
    en: "Not a gooseneck toilet (plengsengan, cemplung or none)",
  },
  "household.sanitation.type.unknown": {
    id: "Jenis kloset tidak tercatat",
    en: "The toilet type is not recorded",
  },
  "household.sanitation.disposal.yes": {
    id: "Pembuangan akhir tinja ke tangki septik atau IPAL/SPAL",
    en: "Faeces end in a septic tank or an IPAL/SPAL treatment system",
  },
  "household.sanitation.disposal.pit_rural": {
    id: "Pembuangan akhir tinja ke lubang tanah, yang dihitung layak di perdesaan",
    en: "Faeces end in a pit, which counts as proper in rural areas",
  },
  "household.sanitation.disposal.pit_urban": {
    id: "Pembuangan akhir tinja ke lubang tanah, yang tidak layak di perkotaan",
    en: "Faeces end in a pit, which is not proper in urban areas",
  },
  "household.sanitation.disposal.pit_area_unknown": {
    id: "Pembuangan akhir tinja ke lubang tanah; layak hanya di perdesaan, tetapi perkotaan/perdesaan tidak tercatat",
    en: "Faeces end in a pit; proper only in rural areas, but urban/rural is not recorded",
  },
  "household.sanitation.disposal.no": {
    id: "Pembuangan akhir tinja ke sungai/danau/laut/kolam/sawah, tanah lapang, atau lainnya",
    en: "Faeces end in a river, lake, sea, pond or paddy field, open ground, or elsewhere",
  },
  "household.sanitation.disposal.unknown": {
    id: "Tempat pembuangan akhir tinja tidak tercatat",
    en: "Where faeces end up is not recorded",
  },
  // ── Rumah layak huni ───────────────────────────────────────────────────────────────────────────
  "household.livable.summary.yes": {
    id: "Rumah layak huni: keempat kriteria terpenuhi",
    en: "Livable house (rumah layak huni): all four criteria met",
  },
  "household.livable.summary.no": {
    id: "Rumah tidak layak huni: {count} dari 4 kriteria tidak terpenuhi",
    en: "Not a livable house: {count} of 4 criteria not met",
  },
  "household.livable.summary.unknown": {
    id: "Kelayakan huni tidak dapat ditentukan: {count} kriteria tanpa data, yang lain terpenuhi",
    en: "Livability cannot be determined: {count} criteria lack data, the others are met",
  },
  "household.livable.durable.yes": {
    id: "Atap, dinding, dan lantai dari bahan yang memenuhi syarat ketahanan bangunan",
    en: "Roof, walls and floor are of durable materials",
  },
  "household.livable.durable.no": {
    id: "Atap, dinding, atau lantai tidak memenuhi syarat ketahanan bangunan (bambu, rumbia/daun, tanah, atau lainnya)",
    en: "Roof, walls or floor are not of durable materials (bamboo, thatch, earth or other)",
  },
  "household.livable.durable.unknown": {
    id: "Bahan atap, dinding, atau lantai tidak tercatat",
    en: "The roof, wall or floor material is not recorded",
  },
  "household.livable.floor_area.yes": {
    id: "Luas lantai {perPerson} m² per orang, paling sedikit 7,2 m²",
    en: "Floor area {perPerson} m² per person, at least 7.2 m²",
  },
  "household.livable.floor_area.no": {
    id: "Luas lantai {perPerson} m² per orang, kurang dari 7,2 m²",
    en: "Floor area {perPerson} m² per person, less than 7.2 m²",
  },
  "household.livable.floor_area.unknown": {
    id: "Luas lantai tidak tercatat",
    en: "The floor area is not recorded",
  },
  // ── RTLH (Permensos 20/2017) ───────────────────────────────────────────────────────────────────
  "household.rtlh.summary.yes": {
    id: "Rumah tidak layak huni (RTLH) menurut Permensos 20/2017: {count} dari 5 kriteria terpenuhi",
    en: "Uninhabitable house (RTLH) under Permensos 20/2017: {count} of 5 criteria met",
  },
  "household.rtlh.summary.no": {
    id: "Bukan RTLH: tidak satu pun kriteria Permensos 20/2017 terpenuhi",
    en: "Not an RTLH: none of the Permensos 20/2017 criteria is met",
  },
  "household.rtlh.summary.unknown": {
    id: "Status RTLH tidak dapat ditentukan: tidak ada kriteria terpenuhi, {count} dari 5 tanpa data",
    en: "RTLH status cannot be determined: no criterion met, {count} of 5 lack data",
  },
  "household.rtlh.dangerous_damage.yes": {
    id: "Dinding atau atap rusak dan membahayakan penghuni",
    en: "Walls or roof are damaged and endanger the occupants",
  },
  "household.rtlh.dangerous_damage.no": {
    id: "Dinding dan atap tidak rusak membahayakan",
    en: "Neither walls nor roof are dangerously damaged",
  },
  "household.rtlh.dangerous_damage.unknown": {
    id: "Kondisi dinding atau atap tidak tercatat",
    en: "The condition of the walls or roof is not recorded",
  },
  "household.rtlh.rotting_material.yes": {
    id: "Dinding atau atap dari bahan yang mudah lapuk (bambu, rumbia/daun, kayu kualitas rendah)",
    en: "Walls or roof of easily rotting material (bamboo, thatch, low-quality wood)",
  },
  "household.rtlh.rotting_material.no": {
    id: "Dinding dan atap bukan dari bahan yang mudah lapuk",
    en: "Neither walls nor roof are of easily rotting material",
  },
  "household.rtlh.rotting_material.unknown": {
    id: "Bahan dinding atau atap tidak tercatat atau tidak dapat digolongkan (\"other\")",
    en: "The wall or roof material is not recorded or cannot be classified (\"other\")",
  },
  "household.rtlh.poor_floor.yes": {
    id: "Lantai dari tanah, bambu, atau kayu murahan, atau lantai papan/semen/keramik yang rusak",
    en: "Floor of earth, bamboo or cheap wood, or a damaged board, cement or ceramic floor",
  },
  "household.rtlh.poor_floor.no": {
    id: "Lantai bukan tanah, bambu, atau kayu murahan, dan tidak rusak (lantai papan yang baik tidak dihitung)",
    en: "Floor is not earth, bamboo or cheap wood, and is not damaged (a sound board floor does not count)",
  },
  "household.rtlh.poor_floor.unknown": {
    id: "Bahan atau kondisi lantai tidak tercatat atau tidak dapat digolongkan",
    en: "The floor material or condition is not recorded or cannot be classified",
  },
  "household.rtlh.no_mck.yes": {
    id: "Tidak memiliki sarana MCK sendiri atau bersama (tidak ada atau hanya umum)",
    en: "No own or shared bath/wash/toilet (MCK) facility (none, or public only)",
  },
  "household.rtlh.no_mck.no": {
    id: "Memiliki sarana MCK sendiri, bersama, atau komunal",
    en: "Has an own, shared or communal MCK facility",
  },
  "household.rtlh.no_mck.unknown": {
    id: "Sarana MCK tidak tercatat",
    en: "The MCK facility is not recorded",
  },
  "household.rtlh.floor_area.yes": {
    id: "Luas lantai {perPerson} m² per orang, kurang dari 7,2 m²",
    en: "Floor area {perPerson} m² per person, less than 7.2 m²",
  },
  "household.rtlh.floor_area.no": {
    id: "Luas lantai {perPerson} m² per orang, tidak kurang dari 7,2 m²",
    en: "Floor area {perPerson} m² per person, not less than 7.2 m²",
  },
  "household.rtlh.floor_area.unknown": {
    id: "Luas lantai tidak tercatat",
    en: "The floor area is not recorded",
  },
  // ── BPS 14 kriteria rumah tangga miskin ────────────────────────────────────────────────────────
  "household.poor14.summary.poor": {
    id: "Miskin menurut 14 kriteria BPS: {count} dari 14 kriteria terpenuhi (ambang {threshold}), {unknown} tanpa data",
    en: "Poor under the 14 BPS criteria: {count} of 14 criteria met (threshold {threshold}), {unknown} lack data",
  },
  "household.poor14.summary.not_poor": {
    id: "Tidak miskin menurut 14 kriteria BPS: {count} dari 14 kriteria terpenuhi (ambang {threshold}), {unknown} tanpa data",
    en: "Not poor under the 14 BPS criteria: {count} of 14 criteria met (threshold {threshold}), {unknown} lack data",
  },
  "household.poor14.summary.undetermined": {
    id: "Belum dapat ditentukan menurut 14 kriteria BPS: {count} dari 14 kriteria terpenuhi (ambang {threshold}), {unknown} tanpa data dapat mengubah hasil",
    en: "Undetermined under the 14 BPS criteria: {count} of 14 criteria met (threshold {threshold}); {unknown} lacking data could change the verdict",
  },
  "household.poor14.floor_area.yes": {
    id: "Luas lantai {perPerson} m² per orang, kurang dari 8 m²",
    en: "Floor area {perPerson} m² per person, less than 8 m²",
  },
  "household.poor14.floor_area.no": {
    id: "Luas lantai {perPerson} m² per orang, tidak kurang dari 8 m²",
    en: "Floor area {perPerson} m² per person, not less than 8 m²",
  },
  "household.poor14.floor_area.unknown": {
    id: "Luas lantai tidak tercatat",
    en: "The floor area is not recorded",
  },
  "household.poor14.floor_material.yes": {
    id: "Lantai dari tanah, bambu, atau kayu murahan",
    en: "Floor of earth, bamboo or cheap wood",
  },
  "household.poor14.floor_material.no": {
    id: "Lantai bukan tanah, bambu, atau kayu murahan",
    en: "Floor is not earth, bamboo or cheap wood",
  },
  "household.poor14.floor_material.unknown": {
    id: "Bahan lantai tidak tercatat atau tidak dapat digolongkan (\"other\")",
    en: "The floor material is not recorded or cannot be classified (\"other\")",
  },
  "household.poor14.wall_material.yes": {
    id: "Dinding dari bambu, rumbia, kayu berkualitas rendah, atau tembok tanpa plester",
    en: "Walls of bamboo, rumbia, low-quality wood, or unplastered brick",
  },
  "household.poor14.wall_material.no": {
    id: "Dinding bukan bambu, rumbia, kayu berkualitas rendah, atau tembok tanpa plester",
    en: "Walls are not bamboo, rumbia, low-quality wood or unplastered brick",
  },
  "household.poor14.wall_material.unknown": {
    id: "Bahan dinding tidak tercatat atau tidak dapat digolongkan (\"other\")",
    en: "The wall material is not recorded or cannot be classified (\"other\")",
  },
  "household.poor14.toilet.yes": {
    id: "Tidak memiliki fasilitas buang air besar, atau memakainya bersama rumah tangga lain",
    en: "No toilet facility, or shares one with other households",
  },
  "household.poor14.toilet.no": {
    id: "Memiliki fasilitas buang air besar sendiri",
    en: "Has its own toilet facility",
  },
  "household.poor14.toilet.unknown": {
    id: "Fasilitas buang air besar tidak tercatat",
    en: "The toilet facility is not recorded",
  },
  "household.poor14.lighting.yes": {
    id: "Sumber penerangan bukan listrik",
    en: "Lighting is not electric",
  },
  "household.poor14.lighting.no": {
    id: "Sumber penerangan listrik (PLN atau non-PLN)",
    en: "Lighting is electric (PLN or other)",
  },
  "household.poor14.lighting.unknown": {
    id: "Sumber penerangan tidak tercatat",
    en: "The lighting source is not recorded",
  },
  "household.poor14.drinking_water.yes": {
    id: "Air minum dari sumur atau mata air tak terlindung, sungai, atau air hujan",
    en: "Drinking water from an unprotected well or spring, a river, or rain",
  },
  "household.poor14.drinking_water.no": {
    id: "Air minum bukan dari sumur atau mata air tak terlindung, sungai, atau air hujan",
    en: "Drinking water is not from an unprotected well or spring, a river, or rain",
  },
  "household.poor14.drinking_water.unknown": {
    id: "Sumber air minum tidak tercatat atau tidak dapat digolongkan (\"other\")",
    en: "The drinking-water source is not recorded or cannot be classified (\"other\")",
  },
  "household.poor14.cooking_fuel.yes": {
    id: "Bahan bakar memasak kayu bakar, arang, atau minyak tanah",
    en: "Cooks with firewood, charcoal or kerosene",
  },
  "household.poor14.cooking_fuel.no": {
    id: "Bahan bakar memasak bukan kayu bakar, arang, atau minyak tanah",
    en: "Does not cook with firewood, charcoal or kerosene",
  },
  "household.poor14.cooking_fuel.unknown": {
    id: "Bahan bakar memasak tidak tercatat atau tidak dapat digolongkan (\"other\")",
    en: "The cooking fuel is not recorded or cannot be classified (\"other\")",
  },
  "household.poor14.protein.yes": {
    id: "Makan daging, susu, atau ayam {times} kali seminggu (paling banyak sekali)",
    en: "Meat, milk or chicken eaten per week: {times} (at most once)",
  },
  "household.poor14.protein.no": {
    id: "Makan daging, susu, atau ayam {times} kali seminggu (lebih dari sekali)",
    en: "Meat, milk or chicken eaten per week: {times} (more than once)",
  },
  "household.poor14.protein.unknown": {
    id: "Frekuensi makan daging, susu, atau ayam tidak tercatat",
    en: "How often meat, milk or chicken is eaten is not recorded",
  },
  "household.poor14.clothing.yes": {
    id: "Membeli {sets} stel pakaian baru setahun (paling banyak satu)",
    en: "New sets of clothes bought per year: {sets} (at most one)",
  },
  "household.poor14.clothing.no": {
    id: "Membeli {sets} stel pakaian baru setahun (lebih dari satu)",
    en: "New sets of clothes bought per year: {sets} (more than one)",
  },
  "household.poor14.clothing.unknown": {
    id: "Pembelian pakaian baru tidak tercatat",
    en: "Purchases of new clothes are not recorded",
  },
  "household.poor14.meals.yes": {
    id: "Makan {meals} kali sehari (paling banyak dua)",
    en: "Meals a day: {meals} (at most two)",
  },
  "household.poor14.meals.no": {
    id: "Makan {meals} kali sehari (lebih dari dua)",
    en: "Meals a day: {meals} (more than two)",
  },
  "household.poor14.meals.unknown": {
    id: "Frekuensi makan sehari tidak tercatat",
    en: "Meals per day are not recorded",
  },
  "household.poor14.treatment.yes": {
    id: "Tidak sanggup membayar biaya pengobatan di puskesmas atau poliklinik",
    en: "Cannot pay for treatment at a puskesmas or poliklinik",
  },
  "household.poor14.treatment.no": {
    id: "Sanggup membayar biaya pengobatan di puskesmas atau poliklinik",
    en: "Can pay for treatment at a puskesmas or poliklinik",
  },
  "household.poor14.treatment.unknown": {
    id: "Kemampuan membayar pengobatan tidak tercatat",
    en: "Ability to pay for treatment is not recorded",
  },
  "household.poor14.head_income.labour": {
    id: "Kepala keluarga buruh tani, nelayan, buruh bangunan, atau buruh perkebunan",
    en: "The head is a farm labourer, fisher, construction labourer or plantation labourer",
  },
  "household.poor14.head_income.small_farm": {
    id: "Kepala keluarga petani dengan lahan {area} m², kurang dari {limit} m²",
    en: "The head is a farmer with {area} m² of land, less than {limit} m²",
  },
  "household.poor14.head_income.low_income": {
    id: "Penghasilan kepala keluarga {income} sebulan, kurang dari {limit}",
    en: "The head earns {income} a month, less than {limit}",
  },
  "household.poor14.head_income.no_work": {
    id: "Kepala keluarga tidak bekerja dan tidak berpenghasilan tercatat",
    en: "The head has no work and no recorded income",
  },
  "household.poor14.head_income.no": {
    id: "Penghasilan kepala keluarga {income} sebulan, tidak kurang dari {limit}, dan pekerjaannya tidak termasuk daftar",
    en: "The head earns {income} a month, not less than {limit}, and the work is not on the list",
  },
  "household.poor14.head_income.unknown": {
    id: "Pekerjaan atau penghasilan kepala keluarga tidak tercatat",
    en: "The head's work or income is not recorded",
  },
  "household.poor14.head_education.yes": {
    id: "Pendidikan tertinggi kepala keluarga: tidak sekolah, tidak tamat SD, atau tamat SD",
    en: "The head's highest education: no school, primary school not finished, or primary school",
  },
  "household.poor14.head_education.no": {
    id: "Pendidikan tertinggi kepala keluarga di atas SD",
    en: "The head's highest education is above primary school",
  },
  "household.poor14.head_education.unknown": {
    id: "Pendidikan tertinggi kepala keluarga tidak tercatat",
    en: "The head's highest education is not recorded",
  },
  "household.poor14.savings.yes": {
    id: "Tabungan atau barang mudah dijual senilai {value}, kurang dari {limit}",
    en: "Savings or easily sold goods worth {value}, less than {limit}",
  },
  "household.poor14.savings.no": {
    id: "Tabungan atau barang mudah dijual senilai {value}, tidak kurang dari {limit}",
    en: "Savings or easily sold goods worth {value}, not less than {limit}",
  },
  "household.poor14.savings.unknown": {
    id: "Nilai tabungan atau barang mudah dijual tidak tercatat",
    en: "The value of savings or easily sold goods is not recorded",
  },
});

/** A code of the household message catalogue. @internal */
export type HouseholdMessageCode = keyof typeof householdMessages;
