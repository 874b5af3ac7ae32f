import type { Issue } from "../message/error.js";
import { householdCsvColumns } from "./columns.js";
import type { RowIssue } from "./_cells.js";
import type { LayoutColumn } from "./_csvHeader.js";

const HOUSEHOLD_FIELDS: ReadonlyMap<string, string> = new Map([
  ...householdCsvColumns.filter((c) => c.level === "household").map((c) => [c.field, c.name] as const),
  ["desil", "desil"] as const,
]);
const PERSON_FIELDS: ReadonlyMap<string, string> = new Map([
  ...householdCsvColumns.filter((c) => c.level === "person").map((c) => [c.field, c.name] as const),
  ["schooling", "school_enrolled"] as const,
]);

/** The column of a schema path, trying shorter prefixes; array indices are skipped. */
function columnOf(fields: ReadonlyMap<string, string>, path: readonly (string | number)[]): string | undefined {
  const parts = path.filter((p): p is string => typeof p === "string");
  for (let n = parts.length; n > 0; n--) {
    const name = fields.get(parts.slice(0, n).join("."));
    if (name !== undefined) return name;
  }
  return undefined;
}

/** What {@link attribute} needs to know about the household being closed. @internal */
export interface BlockView {
  readonly id: string;
  /** Whether a row's cells could not be read (its schema issues are noise). */
  readonly unreadable: (index: number) => boolean;
  /** Whether any row of the household could not be read (what it would have given is missing). */
  readonly anyUnreadable: boolean;
  /** Index of the first member row: 1 when row 0 is a households-file row (two-table layout), else 0. */
  readonly memberOffset: number;
  readonly householdColumns: readonly LayoutColumn[];
  /** The value given for each household column, at its cell position ("" when none). */
  readonly values: readonly string[];
  /** Per household column: the row that gave its value. */
  readonly valueRows: readonly number[];
}

/**
 * Put a schema issue of `parseHousehold` on the CSV row (an index into the household's rows) and
 * column it comes from: a member's issue on that member's row, a household field's issue on the row that gave the value (else the first
 * row). Returns `undefined` for an issue to drop: on a row whose cells were not trusted; about a
 * value or a member that an unreadable row may have held (the household is rejected for that row
 * already); or the empty id of a block without one, already reported.
 * @internal
 */
export function attribute(found: Issue, block: BlockView): { index: number; issue: RowIssue } | undefined {
  const path = found.path;
  const issue = (field: string | undefined): RowIssue => ({ field, code: found.code, message: found.message });
  if (path[0] === "members") {
    const index = path[1];
    const first = block.memberOffset;
    if (typeof index !== "number") {
      // About the member list as a whole (no head, no members): an unreadable row may be the one missing.
      if (block.anyUnreadable) return undefined;
      return { index: first, issue: issue(found.code === "household.no_head" ? "relationship" : undefined) };
    }
    const row = index + first;
    return block.unreadable(row) ? undefined : { index: row, issue: issue(columnOf(PERSON_FIELDS, path.slice(2))) };
  }
  if (path[0] === "id") return block.id === "" ? undefined : { index: 0, issue: issue("household_id") };
  // Two tables: household fields come only from the households-file row; if it could not be read,
  // their issues are noise.
  if (block.memberOffset === 1 && block.unreadable(0)) return undefined;
  const name = columnOf(HOUSEHOLD_FIELDS, path);
  const k = name === undefined ? -1 : block.householdColumns.findIndex((c) => c.column.name === name);
  const given = k >= 0 && block.values[block.householdColumns[k]!.index] !== "";
  // One file: a household value no readable row gave may sit in the unreadable row.
  if (!given && block.memberOffset === 0 && block.anyUnreadable) return undefined;
  return { index: given ? (block.valueRows[k] as number) : 0, issue: issue(name) };
}
