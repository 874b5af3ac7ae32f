import { defineMessages } from "../message/message.js";

/** Texts of the command-line interface. @internal */
export const cliMessages = defineMessages({
  "cli.unknown_command": {
    id: "Perintah tidak dikenal: {command}. Gunakan --help untuk daftar perintah.",
    en: "Unknown command: {command}. Use --help for the list of commands.",
  },
  "cli.bad_option": { id: "Opsi tidak valid: {detail}", en: "Invalid option: {detail}" },
  "cli.missing_option": { id: "Opsi --{option} wajib diisi", en: "Option --{option} is required" },
  "cli.bad_value": { id: "Nilai --{option} tidak valid: {value} ({expected})", en: "Invalid --{option}: {value} ({expected})" },
  "cli.file_not_found": { id: "Berkas tidak ditemukan: {file}", en: "File not found: {file}" },
  "cli.bad_json": { id: "Berkas {file} bukan JSON yang valid: {detail}", en: "File {file} is not valid JSON: {detail}" },
  "cli.input_rejected": {
    id: "{rejected} baris ditolak dari {file}; lihat rincian di atas",
    en: "{rejected} rows rejected from {file}; see the details above",
  },
  "cli.nothing_read": { id: "Tidak ada rumah tangga yang valid di {file}", en: "No valid household in {file}" },
  "cli.read_summary": {
    id: "{file}: {rows} baris dibaca, {households} rumah tangga diterima, {rejected} baris ditolak",
    en: "{file}: {rows} rows read, {households} households accepted, {rejected} rows rejected",
  },
  "cli.heading.ranking": { id: "Peringkat wilayah menurut {criterion}", en: "Regions ranked by {criterion}" },
  "cli.heading.crossovers": {
    id: "Titik silang antara {a} (α = 0) dan {b} (α = 1)",
    en: "Crossovers between {a} (α = 0) and {b} (α = 1)",
  },
  "cli.heading.allocation": { id: "Pembagian {what} dengan metode {method}", en: "Allocation of {what} by {method}" },
  "cli.heading.assessment": { id: "Penilaian {count} rumah tangga per {asOf}", en: "Assessment of {count} households on {asOf}" },
  "cli.no_crossovers": { id: "Tidak ada pertukaran peringkat untuk α di (0, 1)", en: "No ranks swap for α in (0, 1)" },
});
