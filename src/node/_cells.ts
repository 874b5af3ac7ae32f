import { renderOwn, type MessageTemplate, type Text } from "../message/message.js";
import type { CsvCellType } from "./columns.js";
import { ioMessages, type IoMessageCode } from "./messages.js";
import { shown } from "./_shown.js";
import { enumCell } from "./_enumCell.js";

/** A problem found in one row before or during validation. @internal */
export interface RowIssue {
  readonly field: string | undefined;
  readonly code: string;
  readonly message: Text;
  /** The message's template and values: a message that names its column (`{column}`) is rendered again with the file's name by {@link fileColumn}. */
  readonly template?: MessageTemplate;
  readonly values?: Record<string, string | number>;
}

/** Build a row issue from the io catalogue. @internal */
export function rowIssue(code: IoMessageCode, field: string | undefined, values: Record<string, string | number> = {}): RowIssue {
  // `renderOwn`: a template of the library's own catalogue and values built here (the same text as
  // `renderMessage`, without checking either again).
  const template = ioMessages[code];
  return { field, code, message: renderOwn(template, values), template, values };
}

/**
 * `issue` with its column named as the file's header writes it when `renameColumns` gave the column
 * another name there (`written`: the library's name → the header cell): its field, and `{column}`
 * in its message. Applied only when a rejection is built. `io.invalid_utf8` names the header cell already.
 * @internal
 */
export function fileColumn(issue: RowIssue, written: ReadonlyMap<string, string> | undefined): RowIssue {
  const name = issue.code === "io.invalid_utf8" ? undefined : written?.get(issue.field ?? "");
  if (name === undefined) return issue;
  const { template, values } = issue;
  return { field: name, code: issue.code, message: template === undefined || values?.column === undefined ? issue.message : renderOwn(template, { ...values, column: shown(name) }) };
}

/**
 * `io.invalid_utf8` of a CSV row whose cell `index` held bytes that are not valid UTF-8 (the first
 * such cell), naming its column by the header's `names`, else by its position. Shared by every CSV reader.
 * @internal
 */
export function invalidUtf8(names: readonly string[], index: number): RowIssue {
  const column = names[index] ?? String(index + 1);
  return rowIssue("io.invalid_utf8", column, { column: shown(column) });
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * An amount written as Excel in the Indonesian locale writes it: thousands grouped by dots
 * (`600.000`, `Rp2.100.000,50`) or a decimal comma (`600000,00`). A file's amounts are plain digits
 * with a dot for decimals, so `600.000` would be read as Rp600: it is refused, with the plain form.
 */
const SEPARATED = /^(?:Rp\.?\s?)?([1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d+,\d{1,2})$/i;

/** Record `io.amount_separators` for an amount cell written with Indonesian separators; whether it was. @internal */
export function separatedAmount(value: string, column: string, issues: RowIssue[]): boolean {
  // Most cells are plain digits: no separator, nothing to match.
  if (value.indexOf(".") < 0 && value.indexOf(",") < 0) return false;
  const amount = SEPARATED.exec(value.trim())?.[1];
  if (amount === undefined) return false;
  issues.push(rowIssue("io.amount_separators", column, { column, value: shown(value), plain: amount.replace(/\./g, "").replace(",", ".") }));
  return true;
}

/** Marks a cell that could not be read; the issue has been recorded. */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/**
 * Read one non-empty cell as its column type. Text, Rupiah and date cells are passed on as written
 * (the domain schemas check them; an amount with Indonesian separators is refused here); enum cells in an Indonesian spelling become their code; numbers,
 * booleans and aid lists are converted here.
 * @internal
 */
export function readCell(value: string, type: CsvCellType, column: string, issues: RowIssue[]): unknown {
  switch (type) {
    case "integer":
    case "number":
      if (NUMBER.test(value)) return Number(value);
      issues.push(rowIssue("io.not_a_number", column, { column, value: shown(value) }));
      return UNREADABLE;
    case "boolean": {
      const lower = value.toLowerCase();
      if (lower === "true" || lower === "ya" || lower === "1") return true;
      if (lower === "false" || lower === "tidak" || lower === "0") return false;
      issues.push(rowIssue("io.not_a_boolean", column, { column, value: shown(value) }));
      return UNREADABLE;
    }
    case "aid-list":
      return readAidList(value, column, issues, "since");
    case "housing-aid-list":
      return readAidList(value, column, issues, "on");
    case "enum":
      return enumCell(column, value);
    case "rupiah":
      return separatedAmount(value, column, issues) ? UNREADABLE : value;
    default:
      return value;
  }
}

function readAidList(value: string, column: string, issues: RowIssue[], dateKey: "since" | "on"): unknown {
  if (value.trim().toLowerCase() === "none") return [];
  const receipts: Record<string, string>[] = [];
  for (const raw of value.split(";")) {
    const item = raw.trim();
    if (item === "") continue;
    const colon = item.lastIndexOf(":");
    if (colon <= 0) {
      issues.push(rowIssue("io.bad_aid_item", column, { column, value: shown(item) }));
      return UNREADABLE;
    }
    const program = item.slice(0, colon).trim();
    const date = item.slice(colon + 1).trim();
    // Literal keys: an object literal with a computed key is built by the runtime, many times slower.
    receipts.push(dateKey === "since" ? { program, since: date } : { program, on: date });
  }
  return receipts;
}

/** Set `value` at `path` in `target`, creating plain objects on the way. @internal */
export function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (path.length === 2) {
    // Most nested columns (`housing.floorMaterial`, `schooling.level`): one step, no loop.
    const key = path[0] as string;
    let next = target[key] as Record<string, unknown> | undefined;
    if (next === undefined) target[key] = next = {};
    next[path[1] as string] = value;
    return;
  }
  let node = target;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i] as string;
    let next = node[key] as Record<string, unknown> | undefined;
    if (next === undefined) {
      next = {};
      node[key] = next;
    }
    node = next;
  }
  node[path[last] as string] = value;
}

/** Count the line breaks inside the cells of a record (CRLF, LF or CR each count once). @internal */
export function lineBreaks(cells: readonly string[]): number {
  let breaks = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as string;
    if (cell.indexOf("\n") === -1 && cell.indexOf("\r") === -1) continue;
    for (let j = 0; j < cell.length; j++) {
      const c = cell.charCodeAt(j);
      if (c === 10) breaks += 1;
      else if (c === 13 && cell.charCodeAt(j + 1) !== 10) breaks += 1;
    }
  }
  return breaks;
}

/**
 * Whether every cell of a record is empty or holds only spaces and tabs (a blank line, a line of
 * separators only, or of spaces: no data, and a row of none would split the household around it).
 * @internal
 */
export function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (!isSpaces(cells[i] as string)) return false;
  return true;
}

/** Whether a cell is empty or holds only spaces and tabs. @internal */
export function isSpaces(cell: string): boolean {
  for (let j = 0; j < cell.length; j++) {
    const c = cell.charCodeAt(j);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
