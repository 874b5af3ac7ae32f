/** Output of the CLI: aligned tables for people, CSV and JSON for machines. */
import { isRupiah, type Rupiah } from "../money/rupiah.js";
import { shownNumbers, type Shown } from "./numbers.js";
import type { Language } from "../message/message.js";

/** What a column holds, and so how it is shown (table) and written (CSV). @internal */
export type Kind = "text" | "int" | "rp" | { readonly dec: number };

/** A column: its stable key (CSV header, JSON field), its label in the table, its kind. @internal */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly kind?: Kind;
}

/**
 * A text the table shows in place of a value (an in-kind benefit in an amount column); machine
 * formats have no value there (an empty CSV cell). @internal
 */
export interface Note {
  readonly note: string;
}

/** A cell: text, a number, a bigint, a Rupiah, a {@link Note}; `undefined` when there is no value. @internal */
export type Cell = string | number | bigint | Rupiah | Note | undefined;

const isNote = (cell: Cell): cell is Note => typeof cell === "object" && !isRupiah(cell);

/** A table with a name (its file name with `--out`), a title and rows of raw values. @internal */
export interface Table {
  readonly name: string;
  readonly title?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

const width = (s: string) => [...s].length;
const isRight = (kind: Kind | undefined) => kind !== undefined && kind !== "text";

/** A cell as people read it in `lang`: grouped numbers, `Rp` amounts, `–` for no value. @internal */
export function showCell(cell: Cell, kind: Kind | undefined, shown: Shown): string {
  if (isNote(cell)) return cell.note;
  if (cell === undefined || (typeof cell === "number" && !Number.isFinite(cell))) return "–";
  if (kind === "rp" || isRupiah(cell)) return shown.rp(cell as Rupiah);
  if (typeof cell === "string") return cell;
  if (kind === undefined || kind === "text" || kind === "int") return typeof cell === "bigint" || Number.isInteger(cell) ? shown.int(cell) : String(cell);
  return shown.dec(Number(cell), kind.dec);
}

/** A cell for CSV: plain digits, `.` decimals, empty for no value. @internal */
export function plainCell(cell: Cell, kind: Kind | undefined): string {
  if (cell === undefined || isNote(cell) || (typeof cell === "number" && !Number.isFinite(cell))) return "";
  if (typeof cell === "number" && typeof kind === "object") return cell.toFixed(kind.dec);
  return cell.toString();
}

/** Render a table's rows (already shown as text) with aligned columns: no call spreads the rows. @internal */
export function alignRows(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c) => width(c.label));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const w = width(row[i] ?? "");
      if (w > (widths[i] as number)) widths[i] = w;
    }
  }
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return isRight(columns[i]?.kind) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const out = [line(columns.map((c) => c.label)), widths.map((w) => "─".repeat(w)).join("  ")];
  for (const row of rows) out.push(line(row));
  return out.join("\n");
}

/** Render a table for people. @internal */
export function renderTable(table: Table, lang: Language): string {
  const shown = shownNumbers(lang);
  const rows = table.rows.map((row) => row.map((cell, i) => showCell(cell, table.columns[i]?.kind, shown)));
  return (table.title ? `${table.title}\n` : "") + alignRows(table.columns, rows);
}

/** One CSV cell, quoted when it must be (RFC 4180). @internal */
export function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its line break) of raw cells. @internal */
export function csvLine(cells: readonly Cell[], columns: readonly Column[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? "" : ",") + csvCell(plainCell(cells[i], columns[i]?.kind));
  return `${line}\n`;
}

/** The CSV header line of a table: its column keys. @internal */
export function csvHeader(columns: readonly Column[]): string {
  return `${columns.map((c) => csvCell(c.key)).join(",")}\n`;
}

/** Render a whole table as CSV. @internal */
export function renderCsv(table: Table): string {
  let out = csvHeader(table.columns);
  for (const row of table.rows) out += csvLine(row, table.columns);
  return out;
}

/** JSON replacer: bigints as numbers when exact, else as strings; Rupiah as strings (their toJSON). @internal */
export function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value !== "bigint") return value;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
}

/**
 * One JSON Lines record, as `JSON.stringify(value, jsonValue)` writes it: without the replacer
 * first, on JSON.stringify's own fast path (a replacer is called for every key: a household's
 * assessment took about 1.5 times as long to write), and with it only for a record that holds a
 * bigint.
 * @internal
 */
export function jsonLine(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof TypeError) return JSON.stringify(value, jsonValue);
    throw error;
  }
}

/** Render one JSON document. @internal */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, jsonValue, 2);
}
