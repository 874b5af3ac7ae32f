import { defineMessages } from "../message/message.js";

/**
 * Texts of a payment row's own issues (`parsePayment`), apart from the audit's finding texts
 * (`auditMessages`) so that a page reading a payment list (`tepat-sasaran/stream`) does not
 * ship the findings it never reports.
 * @internal
 */
export const paymentMessages = defineMessages({
  "audit.payment.no_identity": {
    id: "Baris pembayaran harus memuat NIK penerima atau nomor KK",
    en: "A payment row needs the payee's NIK or the KK number",
  },
  "audit.payment.regency_level": {
    id: "Seharusnya kode kabupaten/kota dua bagian (misalnya 64.02), bukan {code}",
    en: "Expected a two-part kabupaten/kota code (e.g. 64.02), not {code}",
  },
  "audit.payment.unreadable": {
    id: "Baris pembayaran tidak dapat dibaca",
    en: "The payment row cannot be read",
  },
});

/** A code of {@link paymentMessages}. @internal */
export type PaymentMessageCode = keyof typeof paymentMessages;
