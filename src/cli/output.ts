/** Output helpers for the CLI: aligned tables for people, CSV and JSON for machines. */

/** A rectangular table with a header row. @internal */
export interface Table {
  readonly title?: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Column indices to right-align (numbers). */
  readonly right?: readonly number[];
}

const width = (s: string) => [...s].length;

/** Render a table with aligned columns. @internal */
export function renderTable(table: Table): string {
  const cells = [table.columns.map(String), ...table.rows.map((r) => r.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => width(row[i] ?? ""))));
  const right = new Set(table.right ?? []);
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return right.has(i) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const out = [line(cells[0] as string[]), widths.map((w) => "─".repeat(w)).join("  "), ...cells.slice(1).map(line)];
  return (table.title ? `${table.title}\n` : "") + out.join("\n");
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Render a table as RFC 4180 CSV. @internal */
export function renderCsv(table: Table): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(",")).join("\n");
}

/** JSON with Rupiah and bigint values as strings. @internal */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2);
}
