import { defineMessages } from "../../message/message.js";

/**
 * Texts of the payment-list reader and the file audit (`tepat-sasaran/node`). Values from the input
 * are shortened and any 16-digit run in them is masked before they are interpolated.
 * @internal
 */
export const auditIoMessages = defineMessages({
  "io.bad_component_item": {
    id: "Kolom {column}: {value} harus berbentuk komponen=jumlah atau komponen@NIK=jumlah, dipisah titik koma",
    en: "Column {column}: {value} must be component=amount or component@NIK=amount items separated by semicolons",
  },
  "io.no_identity_column": {
    id: "Baris judul daftar bayar harus memuat kolom nik atau kk",
    en: "The header of a payment list needs a nik or a kk column",
  },
  "io.registry_not_a_file": {
    id: "Registri untuk audit berkas harus berupa path berkas (dibaca dua kali), bukan aliran",
    en: "The registry of a file audit must be a file path (it is read twice), not a stream",
  },
  "io.registry_changed": {
    id: "Registri {file} berubah selama audit (pembacaan kedua berbeda dari yang pertama); ulangi audit pada salinan yang tetap",
    en: "Registry {file} changed during the audit (the second read differs from the first); run the audit again on a copy that does not change",
  },
});

/** A code of {@link auditIoMessages}. @internal */
export type AuditIoMessageCode = keyof typeof auditIoMessages;
