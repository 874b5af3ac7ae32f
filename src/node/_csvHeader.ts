import { TepatSasaranError, issue, type Issue } from "../message/error.js";
import { householdCsvColumns, type CsvColumn } from "./columns.js";
import { ioMessages } from "./messages.js";
import { shown } from "./_shown.js";

/** A header column that is read: its position, its spec and the path it fills. @internal */
export interface LayoutColumn {
  readonly index: number;
  readonly column: CsvColumn;
  readonly path: readonly string[];
  /** The field name when the path has one part (most columns): set directly, no walk. */
  readonly key: string | undefined;
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
}

const BY_NAME = new Map(householdCsvColumns.map((c) => [c.name, c]));

function list(names: readonly string[]): string {
  const head = names.slice(0, 10).map((name) => shown(name));
  return names.length > 10 ? `${head.join(", ")} … (+${names.length - 10})` : head.join(", ");
}

/**
 * Read the header row: names are matched after trimming and lower-casing. Throws one
 * `TepatSasaranError` naming every missing required column (`io.missing_columns`), repeated column
 * (`io.duplicate_columns`) and, unless ignored, unknown column (`io.unknown_columns`); its `issues`
 * list each kind.
 * @internal
 */
export function readHeader(cells: readonly string[], unknownColumns: "error" | "ignore"): CsvLayout {
  const household: LayoutColumn[] = [];
  const person: LayoutColumn[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  let idIndex = -1;
  cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
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
    const path = column.field.split(".");
    const entry = { index, column, path, key: path.length === 1 ? path[0] : undefined };
    if (name === "household_id") idIndex = index;
    else if (column.level === "household") household.push(entry);
    else person.push(entry);
  });
  const missing = householdCsvColumns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  const issues: Issue[] = [];
  if (missing.length > 0) issues.push(issue(ioMessages, "io.missing_columns", [], { columns: list(missing) }));
  if (duplicate.length > 0) issues.push(issue(ioMessages, "io.duplicate_columns", [], { columns: list(duplicate) }));
  if (unknown.length > 0 && unknownColumns === "error") {
    issues.push(issue(ioMessages, "io.unknown_columns", [], { columns: list(unknown) }));
  }
  const first = issues[0];
  if (first !== undefined) throw new TepatSasaranError(first.code, first.message, issues);
  return { width: cells.length, idIndex, household, person, ignored: unknown };
}
