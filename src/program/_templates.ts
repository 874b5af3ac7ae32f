import type { MessageTemplate } from "../message/message.js";

// Wording shared by the checks every program declares with the building blocks of checks.ts. Each
// program's catalogue lists these under its own codes (`pkh.desil_current`, …); kept here, not in a
// messages.ts, so the catalogue test sees them once per code.

/** @internal */
export const DESIL_CURRENT: MessageTemplate = {
  id: "Desil DTSEN harus dibaca paling lama {expected} bulan sebelum tanggal penilaian; dibaca {received}",
  en: "The DTSEN desil must have been read at most {expected} months before the assessment date; read {received}",
};

/** @internal */
export const DESIL_IN_RANGE: MessageTemplate = {
  id: "Desil DTSEN harus {expected}, tercatat {received}",
  en: "DTSEN desil must be {expected}, is {received}",
};

/** @internal */
export const NO_EXCLUDED_MEMBER: MessageTemplate = {
  id: "Tidak boleh ada anggota keluarga yang bekerja sebagai {expected}; tercatat: {received}",
  en: "No family member may work as {expected}; recorded: {received}",
};
