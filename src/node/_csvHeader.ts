import { TepatSasaranError, issue, type Issue } from "../message/error.js";
import { householdCsvColumns, type CsvColumn } from "./columns.js";
import type { ReadHouseholdsCsvOptions } from "./types.js";
import { ioMessages } from "./messages.js";
import { enumSpellings, type EnumSpellings } from "./_enumCell.js";
import { shown } from "./_shown.js";
import { INVALID_MARK } from "./_utf8.js";
import { fileNames, headerName, list, renamedPresent, renames, suggestions, writtenNames } from "./_columnNames.js";

/** A header column that is read: its position, its spec and the path it fills. @internal */
export interface LayoutColumn {
  readonly index: number;
  readonly column: CsvColumn;
  readonly path: readonly string[];
  /** The field name when the path has one part (most columns): set directly, no walk. */
  readonly key: string | undefined;
  /** An enum column's spellings, looked up once here rather than per cell. */
  readonly spellings: EnumSpellings | undefined;
}

/** The columns of one file, as read from its header row. @internal */
export interface CsvLayout {
  /** Cells in the header row; every row must have as many. */
  readonly width: number;
  readonly idIndex: number;
  /** Household-level columns present, except `household_id`. */
  readonly household: readonly LayoutColumn[];
  /** Person-level columns present. */
  readonly person: readonly LayoutColumn[];
  /** Header cells ignored with `unknownColumns: "ignore"`. */
  readonly ignored: readonly string[];
  /** Every header cell, trimmed, by position (to name the column of a cell in messages). */
  readonly names: readonly string[];
  /** The header cell of `household_id` as matched (trimmed, lower case): the file's own name with `renameColumns`. */
  readonly idName: string;
  /** The columns `renameColumns` gave another name in the file: the library's name → the header cell as written (trimmed), for rejections. */
  readonly written: ReadonlyMap<string, string> | undefined;
  /** How many leading columns are the household's (its id and household-level columns): repeated on every row of a household. */
  readonly leadingHousehold: number;
}

const BY_NAME = new Map(householdCsvColumns.map((c) => [c.name, c]));
const KNOWN: ReadonlySet<string> = new Set(BY_NAME.keys());

/** Which file of the two-table layout a header belongs to, and the name shown for it. @internal */
export interface HeaderTable {
  readonly table: "households" | "members";
  readonly file: string;
}

/**
 * Whether a header row is not UTF-8 text: a UTF-16 file (Excel's "Unicode Text") read as UTF-8 has a
 * zero byte beside every letter, and its byte-order mark is invalid UTF-8.
 * @internal
 */
export function headerNotUtf8(cells: readonly string[]): boolean {
  return cells.some((cell) => cell.includes("\u0000") || cell.includes(INVALID_MARK));
}

const SEPARATORS = [",", ";", "\t", "|"] as const;

/**
 * The separator a header row seems to be written with when it is not the one it was read with: a
 * cell that splits on it into two or more known column names, one of them `key` (a semicolon export
 * of Indonesian Excel read with the default comma is one cell, `household_id;regency;…`). The
 * message values (`separator` shown, `option` as `delimiter: ";"`), or `undefined`.
 * @internal
 */
export function otherSeparator(cells: readonly string[], known: ReadonlySet<string>, key: string): { separator: string; option: string } | undefined {
  for (const separator of SEPARATORS) {
    const names = cells.flatMap((cell) => (cell.includes(separator) ? cell.split(separator) : [])).map((name) => name.trim().toLowerCase());
    if (names.includes(key) && names.filter((name) => known.has(name)).length >= 2) {
      return { separator: separator === "\t" ? "tab" : `"${separator}"`, option: `delimiter: ${JSON.stringify(separator)}` };
    }
  }
  return undefined;
}

/**
 * Whether a header row is Excel's separator line (`sep=;`, which tools that export "for Excel" write
 * first): the message code and values that say so, with the option that reads the file when the line
 * names another separator than the one it was read with, or `undefined`. Read with the separator it
 * names, the line is the cells `sep=` and `` (an empty one); read with another, the one cell `sep=;`.
 * @internal
 */
export function separatorLine(cells: readonly string[]): { code: "io.separator_line" | "io.separator_line_delete"; values: { option?: string } } | undefined {
  const first = cells[0] ?? "";
  if (cells.length === 2 && cells[1] === "" && /^ *sep= *$/i.test(first)) return { code: "io.separator_line_delete", values: {} };
  const named = cells.length === 1 ? /^ *sep=([,;|\t]) *$/i.exec(first)?.[1] : undefined;
  return named === undefined ? undefined : { code: "io.separator_line", values: { option: `delimiter: ${JSON.stringify(named)}` } };
}

/**
 * Whether a row's cells repeat the header row (files joined together): as many cells, each the
 * header cell of its position as the header reader matched it (trimmed, in any case). `names`: the
 * header cells, trimmed. A row that only partly matches is an ordinary row.
 * @internal
 */
export function repeatsHeader(cells: readonly string[], names: readonly string[]): boolean {
  if (cells.length !== names.length) return false;
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim().toLowerCase() !== (names[i] as string).toLowerCase()) return false;
  return true;
}

/** Whether a household id cell is that of a header row (`idName`, the id column's name): the cheap test before {@link repeatsHeader}. @internal */
export function headerId(id: string, idName: string): boolean {
  return id.length >= idName.length && headerName(id) === idName;
}

/** The positions (from 1) of the header cells without a name, as text (`19, 20`), or `undefined`. @internal */
export function unnamedPositions(cells: readonly string[]): string | undefined {
  const positions = cells.flatMap((cell, index) => (cell.trim() === "" ? [index + 1] : []));
  return positions.length === 0 ? undefined : positions.slice(0, 10).join(", ") + (positions.length > 10 ? " …" : "");
}

/** Throw the header's issues as one error, its text the first issue's (after the file name in the two-table layout). @internal */
export function fail(issues: readonly Issue[], table: HeaderTable | undefined): never {
  const first = issues[0]!;
  const prefix = table === undefined ? "" : `${shown(table.file, 200)}: `;
  throw new TepatSasaranError(first.code, { id: `${prefix}${first.message.id}`, en: `${prefix}${first.message.en}` }, issues);
}

/** Throw `io.rename_source_absent` when a name `renameColumns` maps is in none of the header rows (two tables). @internal */
export function renamesPresent(options: Pick<ReadHouseholdsCsvOptions, "renameColumns">, ...headers: readonly (readonly string[])[]): void {
  renamedPresent(renames(options.renameColumns, KNOWN), ...headers);
}

/** The advice of `io.unknown_columns` (`io.unnamed_columns`: `unnamed`): to ignore them, unless required columns are missing (ignoring cannot help). @internal */
export function unknownAdvice(missing: boolean, unnamed = false): { id: string; en: string } {
  const ignore = missing ? { id: "", en: "" } : { id: ', atau pakai opsi unknownColumns: "ignore"', en: ', or use the option unknownColumns: "ignore"' };
  return unnamed || missing ? ignore : { id: ` (periksa ejaan${ignore.id})`, en: ` (check the spelling${ignore.en})` };
}

/**
 * Read the header row: names are matched after trimming and lower-casing, a cell named in
 * `renameColumns` as the column it is mapped to (the map checked by `renames`; with one file, a name
 * it maps must be in the header, `io.rename_source_absent`; the two-table reader checks both files'). Throws one
 * `TepatSasaranError` naming every missing required column (`io.missing_columns`), repeated column
 * (`io.duplicate_columns`) and, unless ignored, unknown column (`io.unknown_columns`); its `issues`
 * list each kind. With `table` (the two-table layout), only `household_id` and the columns of that
 * table's level belong (`io.person_columns_in_households`, `io.household_columns_in_members`), only
 * those are required, the issues' path is `[table]` and the message starts with the file name.
 * Unknown names that seem to be columns are said with the option that maps them (`io.column_suggestions`).
 * @internal
 */
export function readHeader(cells: readonly string[], options: Pick<ReadHouseholdsCsvOptions, "unknownColumns" | "renameColumns">, table?: HeaderTable): CsvLayout {
  const rename = renames(options.renameColumns, KNOWN);
  // Say that the file is not UTF-8, rather than list every column as missing and unknown.
  if (headerNotUtf8(cells)) {
    fail([issue(ioMessages, "io.header_not_utf8", table === undefined ? [] : [table.table])], table);
  }
  // Say that the first line is Excel's separator hint, rather than list every column as missing.
  const hint = separatorLine(cells);
  if (hint !== undefined) fail([issue(ioMessages, hint.code, table === undefined ? [] : [table.table], hint.values)], table);
  // Say which separator the file is written with, rather than list its whole header as one unknown column.
  const names = fileNames(rename, KNOWN, "household_id");
  const separator = !cells.some((cell) => headerName(cell) === names.key) ? otherSeparator(cells, names.known, names.key) : undefined;
  if (separator !== undefined) {
    fail([issue(ioMessages, "io.other_separator", table === undefined ? [] : [table.table], separator)], table);
  }
  // A name renameColumns maps must be in the header (two tables: in either file, checked by the reader of both).
  if (table === undefined) renamedPresent(rename, cells);
  const household: LayoutColumn[] = [];
  const person: LayoutColumn[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  const misplaced: string[] = [];
  const level = table === undefined ? undefined : table.table === "households" ? "household" : "person";
  let idIndex = -1;
  cells.forEach((cell, index) => {
    const name = rename?.get(headerName(cell)) ?? headerName(cell);
    const column = BY_NAME.get(name);
    if (column === undefined) {
      unknown.push(cell);
      return;
    }
    if (seen.has(name)) {
      duplicate.push(cell);
      return;
    }
    seen.add(name);
    if (level !== undefined && name !== "household_id" && column.level !== level) {
      misplaced.push(cell);
      return;
    }
    const path = column.field.split(".");
    const spellings = column.type === "enum" ? enumSpellings(column.name) : undefined;
    const entry = { index, column, path, key: path.length === 1 ? path[0] : undefined, spellings };
    if (name === "household_id") idIndex = index;
    else if (column.level === "household") household.push(entry);
    else person.push(entry);
  });
  const missing = householdCsvColumns
    .filter((c) => c.required && !seen.has(c.name) && (level === undefined || c.level === level || c.name === "household_id"))
    .map((c) => c.name);
  const where = table === undefined ? [] : [table.table];
  const issues: Issue[] = [];
  if (missing.length > 0) issues.push(issue(ioMessages, "io.missing_columns", where, { columns: list(missing) }));
  if (misplaced.length > 0) {
    const code = level === "household" ? "io.person_columns_in_households" : "io.household_columns_in_members";
    issues.push(issue(ioMessages, code, where, { columns: list(misplaced) }));
  }
  if (duplicate.length > 0) issues.push(issue(ioMessages, "io.duplicate_columns", where, { columns: list(duplicate) }));
  // Unknown names are said when refused, or when required columns are missing: they may be those columns under other names.
  if (unknown.length > 0 && (options.unknownColumns !== "ignore" || missing.length > 0)) {
    // A column without a name cannot be misspelt: say where it is (a separator ending every line).
    const named = unknown.filter((cell) => cell.trim() !== "");
    if (named.length > 0) issues.push(issue(ioMessages, "io.unknown_columns", where, { columns: list(named), advice: unknownAdvice(missing.length > 0) }));
    const positions = options.unknownColumns === "ignore" ? undefined : unnamedPositions(cells);
    if (positions !== undefined) issues.push(issue(ioMessages, "io.unnamed_columns", where, { positions, advice: unknownAdvice(missing.length > 0, true) }));
    const open = new Set(householdCsvColumns.filter((c) => !seen.has(c.name) && (level === undefined || c.level === level || c.name === "household_id")).map((c) => c.name));
    const suggested = suggestions(named, open, where);
    if (suggested !== undefined) issues.push(suggested);
  }
  if (issues.length > 0) fail(issues, table);
  const ofHousehold = new Set([idIndex, ...household.map((entry) => entry.index)]);
  let leadingHousehold = 0;
  while (ofHousehold.has(leadingHousehold)) leadingHousehold += 1;
  return { width: cells.length, idIndex, household, person, ignored: unknown, names: cells.map((cell) => cell.trim()), idName: headerName(cells[idIndex] ?? ""), written: writtenNames(rename, cells), leadingHousehold };
}
