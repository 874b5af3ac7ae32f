import { issue, failure, type Issue } from "../message/error.js";
import { nearestWord } from "../_internal/nearestWord.js";
import { ioMessages } from "./messages.js";
import { shown } from "./_shown.js";

// The file's own names of the readers' columns: the `renameColumns` option, checked, and the names a
// header's unknown cells may be meant as. Imported only by the header readers (households and payment lists).

/** A header cell as the readers match it: trimmed, lower case. @internal */
export function headerName(cell: string): string {
  return cell.trim().toLowerCase();
}

/** Names shown in a message: the first ten, then the count of the rest. @internal */
export function list(names: readonly string[]): string {
  const head = names.slice(0, 10).map((name) => shown(name));
  return names.length > 10 ? `${head.join(", ")} … (+${names.length - 10})` : head.join(", ");
}

/**
 * The renames of `renameColumns` (a copy checked by `checkOptions`: text to text), keyed by the
 * file's name as a header cell is matched, checked against the columns of the reader (`known`): a
 * name that is no column (`io.rename_unknown_target`, listing the known ones), one given to two
 * of the file's columns (`io.rename_same_target`), or a file's name given twice, in another case
 * (`io.rename_same_source`: `{ JK: "sex", jk: "relationship" }`, the last would win), throws.
 * @internal
 */
export function renames(given: Readonly<Record<string, string>> | undefined, known: ReadonlySet<string>): ReadonlyMap<string, string> | undefined {
  if (given === undefined) return undefined;
  const map = new Map<string, string>();
  const strangers: string[] = [];
  for (const [from, to] of Object.entries(given)) {
    const target = headerName(to);
    if (map.has(headerName(from))) {
      const same = Object.entries(given).filter(([name]) => headerName(name) === headerName(from));
      throw failure(ioMessages, "io.rename_same_source", { columns: same.map(arrow).join(", ") });
    }
    if (!known.has(target)) strangers.push(arrow([from, to]));
    const twice = [...map].find(([, other]) => other === target);
    if (twice !== undefined && known.has(target)) throw failure(ioMessages, "io.rename_same_target", { column: target, columns: list([twice[0], from]) });
    map.set(headerName(from), target);
  }
  if (strangers.length > 0) throw failure(ioMessages, "io.rename_unknown_target", { columns: strangers.join(", "), known: [...known].join(", ") });
  return map;
}

/** A rename as messages show it: `"jk" → "sex"`. */
function arrow([from, to]: readonly [string, string]): string {
  return `${shown(from)} → ${shown(to)}`;
}

/**
 * The header cells `rename` maps, trimmed, by the column each is read as: how a rejection names
 * those columns (`fileColumn`). `undefined` without renames.
 * @internal
 */
export function writtenNames(rename: ReadonlyMap<string, string> | undefined, cells: readonly string[]): ReadonlyMap<string, string> | undefined {
  if (rename === undefined) return undefined;
  const written = new Map<string, string>();
  for (const cell of cells) {
    const to = rename.get(headerName(cell));
    if (to !== undefined) written.set(to, cell.trim());
  }
  return written;
}

/**
 * The names a header written with another separator is recognised by (`otherSeparator`), and the
 * name of the column `key` in it: with `renameColumns`, the file's own names too.
 * @internal
 */
export function fileNames(map: ReadonlyMap<string, string> | undefined, known: ReadonlySet<string>, key: string): { known: ReadonlySet<string>; key: string } {
  if (map === undefined) return { known, key };
  return { known: new Set([...known, ...map.keys()]), key: [...map].find(([, to]) => to === key)?.[0] ?? key };
}

/** Throw `io.rename_source_absent` when a name `renameColumns` maps is in none of the header rows `headers`. @internal */
export function renamedPresent(map: ReadonlyMap<string, string> | undefined, ...headers: readonly (readonly string[])[]): void {
  if (map === undefined) return;
  const present = new Set(headers.flat().map(headerName));
  const absent = [...map.keys()].filter((name) => !present.has(name));
  if (absent.length > 0) throw failure(ioMessages, "io.rename_source_absent", { columns: list(absent), header: list(headers.flat()) });
}

/** Common Indonesian names of the columns, written as {@link spelled} writes them. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    id_keluarga: "household_id",
    id_ruta: "household_id",
    id_rumah_tangga: "household_id",
    no_kk: "kk",
    nomor_kk: "kk",
    nama: "name",
    jenis_kelamin: "sex",
    jk: "sex",
    tanggal_lahir: "birth_date",
    tgl_lahir: "birth_date",
    hubungan: "relationship",
    hubungan_keluarga: "relationship",
    shdk: "relationship",
    kabupaten: "regency",
    kab_kota: "regency",
    kabupaten_kota: "regency",
    kode_kabupaten: "regency",
    kode_wilayah: "region",
    status_kawin: "marital_status",
    status_perkawinan: "marital_status",
    pendidikan: "education",
    pekerjaan: "occupation",
    disabilitas: "disability",
    penghasilan: "monthly_income",
    pendapatan: "monthly_income",
    periode: "period",
    jumlah: "amount",
    nominal: "amount",
    tanggal_bayar: "paid_on",
    tanggal_salur: "paid_on",
    kanal: "channel",
    komponen: "components",
  }),
);

/** A header cell written as the column names are: lower case, words joined by `_` (`Tgl. Lahir` → `tgl_lahir`). */
function spelled(cell: string): string {
  return headerName(cell)
    .replace(/[\s./\\-]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * The issue that says which column each unknown header cell seems to be (`io.column_suggestions`):
 * a common Indonesian name (`jenis_kelamin` → `sex`), the name written otherwise (`Birth Date`), or
 * one within two edits (`birthdate`), among `open` (the reader's columns not in the header), each
 * column named once; a KK number is the household's id when the file has no other. With the option
 * that maps them. `undefined` when none is.
 * @internal
 */
export function suggestions(unknown: readonly string[], open: ReadonlySet<string>, path: readonly string[]): Issue | undefined {
  const pairs: [string, string][] = [];
  for (const cell of unknown) {
    const name = spelled(cell);
    const to = ALIASES.get(name) ?? (open.has(name) ? name : nearestWord(name, open));
    if (name !== "" && to !== undefined && open.has(to) && !pairs.some(([, taken]) => taken === to)) pairs.push([cell.trim(), to]);
  }
  const kk = pairs.find(([, to]) => to === "kk");
  if (kk !== undefined && open.has("household_id") && !pairs.some(([, to]) => to === "household_id")) kk[1] = "household_id";
  if (pairs.length === 0) return undefined;
  const said = (word: string) => pairs.map(([from, to]) => `${to} ${word} ${shown(from)}`).join(", ");
  const option = `renameColumns: { ${pairs.map(([from, to]) => `${/^[a-z_$][\w$]*$/i.test(from) ? from : shown(from)}: "${to}"`).join(", ")} }`;
  return issue(ioMessages, "io.column_suggestions", path, { pairs: { id: said("untuk"), en: said("for") }, option });
}
