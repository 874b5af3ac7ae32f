import { defineMessages, type Language } from "../message/message.js";
import type { Rupiah } from "../money/rupiah.js";
import { programMessages } from "../program/messages.js";
import { shownNumbers } from "./numbers.js";
import type { Note } from "./output.js";

/**
 * Labels of the table format: column headers, statuses, criteria, approaches. Machine formats (CSV,
 * JSON, JSON Lines) use the stable keys instead, whatever the language.
 * @internal
 */
export const cliLabels = defineMessages({
  "col.rank": { id: "#", en: "#" },
  "col.code": { id: "kode", en: "code" },
  "col.region": { id: "wilayah", en: "region" },
  "col.poor": { id: "penduduk miskin", en: "poor people" },
  "col.p0": { id: "P0 %", en: "P0 %" },
  "col.p1": { id: "P1", en: "P1" },
  "col.p2": { id: "P2", en: "P2" },
  "col.score": { id: "skor", en: "score" },
  "col.tie": { id: "seri", en: "tie" },
  "col.alpha": { id: "α", en: "α" },
  "col.overtakes": { id: "menyalip", en: "overtakes" },
  "col.overtaken": { id: "tersalip", en: "overtaken" },
  "col.why": { id: "sebab", en: "why" },
  "col.amount": { id: "jumlah", en: "amount" },
  "col.household": { id: "rumah tangga", en: "household" },
  "col.program": { id: "program", en: "program" },
  "col.status": { id: "status", en: "status" },
  "col.yearly": { id: "per tahun", en: "per year" },
  "col.reason": { id: "alasan (syarat yang gagal, lalu yang belum pasti)", en: "reason (failed check, then undetermined ones)" },
  "col.eligible": { id: "layak", en: "eligible" },
  "col.not_eligible": { id: "tidak layak", en: "not eligible" },
  "col.undetermined": { id: "belum pasti", en: "undetermined" },
  "col.households": { id: "rumah tangga", en: "households" },
  "col.p0_before": { id: "P0 sebelum", en: "P0 before" },
  "col.p0_after": { id: "P0 sesudah", en: "P0 after" },
  "col.p1_before": { id: "P1 sebelum", en: "P1 before" },
  "col.p1_after": { id: "P1 sesudah", en: "P1 after" },
  "col.lifted": { id: "keluar dari miskin", en: "lifted" },
  "col.cost": { id: "biaya/tahun", en: "cost/year" },
  "col.line": { id: "garis kemiskinan", en: "poverty line" },
  "col.beneficiaries": { id: "penerima", en: "beneficiaries" },
  "col.regency": { id: "kab/kota", en: "regency" },
  "col.by_count": { id: "menurut jumlah miskin", en: "by count of poor" },
  "col.by_rate": { id: "menurut persentase (P0)", en: "by rate (P0)" },
  "col.mahulu_overtakes": { id: "Mahakam Ulu menyalip", en: "Mahakam Ulu overtakes" },
  "col.exact_alpha": { id: "α eksak", en: "exact α" },
  "status.eligible": { id: "layak", en: "eligible" },
  "status.not-eligible": { id: "tidak layak", en: "not eligible" },
  "status.undetermined": { id: "belum pasti", en: "undetermined" },
  "criterion.count": { id: "jumlah penduduk miskin", en: "count of poor people" },
  "criterion.rate": { id: "persentase penduduk miskin (P0)", en: "poverty rate (P0)" },
  "criterion.depth": { id: "kedalaman kemiskinan (P1)", en: "poverty depth (P1)" },
  "criterion.severity": { id: "keparahan kemiskinan (P2)", en: "poverty severity (P2)" },
  "criterion.blend": { id: "campuran", en: "blend" },
  "measure.depth": { id: "P1 (kedalaman)", en: "P1 (depth)" },
  "measure.severity": { id: "P2 (keparahan)", en: "P2 (severity)" },
  "measure.count": { id: "jumlah penduduk miskin", en: "count of poor people" },
  "measure.rate": { id: "P0 (persentase)", en: "P0 (rate)" },
  "word.total": { id: "jumlah", en: "total" },
  "col.rows": { id: "baris", en: "rows" },
  "col.file": { id: "berkas", en: "file" },
  "col.members_file": { id: "berkas anggota", en: "members file" },
  "col.member_rows": { id: "baris anggota", en: "member rows" },
  "col.paid": { id: "dibayar", en: "paid" },
  "col.expected": { id: "hak", en: "expected" },
  "col.over": { id: "lebih bayar", en: "overpaid" },
  "col.under": { id: "kurang bayar", en: "underpaid" },
  "col.eligible_unpaid": { id: "layak tak dibayar", en: "eligible unpaid" },
  "col.inclusion": { id: "galat inklusi %", en: "inclusion error %" },
  "col.exclusion": { id: "galat eksklusi %", en: "exclusion error %" },
  "col.findings": { id: "temuan", en: "findings" },
  "col.severity": { id: "tingkat", en: "severity" },
  "severity.error": { id: "kesalahan", en: "error" },
  "severity.warning": { id: "peringatan", en: "warning" },
  "severity.info": { id: "info", en: "info" },
});

/** A key of {@link cliLabels}. @internal */
export type CliLabel = keyof typeof cliLabels;

/** A label in a language. @internal */
export function label(key: CliLabel, lang: Language): string {
  return cliLabels[key][lang];
}

/** The label of a key built at run time (a status, a criterion), or the key's last part. @internal */
export function labelOf(prefix: string, value: string, lang: Language): string {
  const key = `${prefix}.${value}`;
  return Object.prototype.hasOwnProperty.call(cliLabels, key) ? cliLabels[key as CliLabel][lang] : value;
}

/** How a table says "in kind" (an in-kind benefit has no Rupiah amount): the library's own wording for an in-kind schedule. @internal */
export function inKindText(lang: Language): string {
  return programMessages["program.frequency.in-kind"][lang];
}

/**
 * What a table shows for an amount of which a part is in kind: "in kind", after the Rupiah part when
 * there is one (`Rp900.000 + dalam bentuk barang/layanan`), never that part alone. @internal
 */
export function inKindNote(cash: Rupiah, lang: Language): Note {
  return { note: cash.isZero() ? inKindText(lang) : `${shownNumbers(lang).rp(cash)} + ${inKindText(lang)}` };
}
