import type { DatedParameter } from "../time/parameter.js";

/** The id of {@link POOR_FLOOR_PARAMETER}. @internal */
export const POOR_FLOOR_MATERIALS = "rtlh.poor_floor_materials";

/**
 * The house-aid program ids Rutilahu and BSPS count by default (`rutilahu.house_aid_programs`,
 * `bsps.house_aid_programs`): the national programs, a regional government's repair
 * (`rtlh_daerah`) and Kaltim's RLH (`kaltim_rlh`). The same array in both. Frozen with them.
 * @internal
 */
export const HOUSE_AID_PROGRAMS: readonly string[] = ["rutilahu", "bsps", "rst", "rtlh_daerah", "kaltim_rlh"];

/**
 * The floor materials that make a floor poor whatever its condition, for the RTLH criterion 3 that
 * Rutilahu and BSPS check (any damaged floor is poor too). Listed by both programs' parameters (the
 * same object, so a set holds it once). Frozen with them.
 * @internal
 */
export const POOR_FLOOR_PARAMETER: DatedParameter = {
  id: POOR_FLOOR_MATERIALS,
  description:
    "RTLH criterion 3 (Permensos 20/2017): floor materials that count as a poor floor whatever their condition; a damaged floor of any material counts too",
  unit: "floor materials",
  values: [
    {
      from: "2015-01-01",
      value: ["earth", "bamboo", "wood-low-quality"],
      source:
        "[M] Permensos 20/2017 criterion c: 'lantai terbuat dari tanah, papan, bambu/semen, atau keramik dalam kondisi rusak' (Dinsos Kota Makassar, 'Ketentuan Program Rehabilitasi Sosial Rumah Tidak Layak Huni (RUTILAHU) dan Sarana Prasarana Lingkungan (SARLING)', June 2019, https://id.scribd.com/presentation/424664651/Mekanisme-Aturan-Bantuan-Rtlh-Dan-Sarling-Autosaved; https://arsitur.com/2021/01/kriteria-rumah-layak-huni-di-indonesia.html). Read as: earth, bamboo and cheap wood are poor whatever their condition, a board (papan), cement or ceramic floor only when damaged. Earth whatever its condition: Pemkab Bogor's Rutilahu, 7 Aug 2025, 'Lantai: Masih beralaskan tanah atau plesteran yang sudah rusak parah' (https://bogor.suara.com/amp/read/2025/08/07/174516/bangun-3000-rutilahu-pemkab-bogor-anggarkan-rp20-juta-per-rumah?page=2); earth, bamboo and cheap wood: BPS's poverty criterion 'lantai tanah/bambu/kayu murahan' (https://sendangsari.bantulkab.go.id/first/artikel/724-14-KRITERIA-MASYARAKAT-MISKIN-MENURUT-STANDAR-BPS). Field forms record the floor's material and its condition apart (Kabupaten Wonogiri's RTLH form: 'Jenis Lantai: Tanah, Semen, Ubin' and 'Kondisi Lantai: Rusak Ringan, Rusak Sedang, Rusak Berat', https://id.scribd.com/document/665024641/Formulir-Pendataan-RTLH-Bagi-MBR-1). The criteria are of 20 Oct 2017 and applied to Rutilahu from 2015 as a library default [L before 2017-10-20]. Other readings, per office: [] when 'dalam kondisi rusak' governs every material (only a damaged floor counts); add 'wood-board' when boards count by material",
    },
  ],
};
