import { parseHousehold, type ParseHouseholdOptions } from "../household/parseHousehold.js";
import { attribute } from "./_attribute.js";
import { UNREADABLE, readCell, rowIssue, setPath, type RowIssue } from "./_cells.js";
import type { CsvLayout } from "./_csvHeader.js";
import { IdCheck } from "./_idCheck.js";
import { shown, shownId } from "./_shown.js";
import type { Tally } from "./_tally.js";
import type { HouseholdEvent, ReadHouseholdsOptions, RejectedRow } from "./types.js";

/** Reused for the cell issues of one row, so that a good row allocates no array. */
const SCRATCH: RowIssue[] = [];

/** A household has at most this many members (the `Household` schema's limit). */
export const MAX_ROWS_PER_HOUSEHOLD = 100;

interface HeldRow {
  readonly line: number;
  readonly person: Record<string, unknown>;
  issues: RowIssue[] | undefined;
  /** Set when the cells cannot be trusted (wrong count, unreadable): schema issues are not attributed to it. */
  readonly unreadable: boolean;
}

interface Block {
  readonly id: string;
  readonly shownId: string;
  readonly rows: HeldRow[];
  /** Value of each household column of the layout ("" = not given yet) and the row that gave it. */
  readonly values: string[];
  readonly valueRows: number[];
  /** A problem of the whole block (reappearing id), reported on its first row. */
  readonly flag: RowIssue | undefined;
  overflow: boolean;
}

/**
 * Groups CSV rows into households (rows of a household are contiguous), reads their cells, and
 * validates each household with `parseHousehold` when its last row has been seen. Holds only the
 * rows of the current household.
 * @internal
 */
export class CsvAssembler {
  private block: Block | undefined;
  private readonly ids: IdCheck;
  private readonly parseOptions: ParseHouseholdOptions;

  constructor(
    private readonly layout: CsvLayout,
    private readonly file: string,
    private readonly tally: Tally,
    options: ReadHouseholdsOptions,
  ) {
    this.ids = new IdCheck(options.householdIds);
    this.parseOptions = options.asOf === undefined ? {} : { asOf: options.asOf };
  }

  /** Take one data row; returns the events of a household that this row closed, if any. */
  add(cells: readonly string[], line: number): HouseholdEvent[] | undefined {
    this.tally.row();
    const layout = this.layout;
    let issues: RowIssue[] | undefined;
    const readable = cells.length === layout.width;
    if (!readable) issues = [rowIssue("io.column_count", undefined, { expected: layout.width, received: cells.length })];
    const id = cells[layout.idIndex] ?? "";
    let events: HouseholdEvent[] | undefined;
    if (id === "") {
      (issues ??= []).push(rowIssue("io.missing_household_id", "household_id"));
      this.block ??= this.open("");
    } else if (this.block === undefined || this.block.id !== id) {
      events = this.close();
      this.block = this.open(id);
    }
    const block = this.block;
    if (block.overflow || block.rows.length >= MAX_ROWS_PER_HOUSEHOLD) {
      return this.overflow(block, line, issues, events);
    }
    const rowIndex = block.rows.length;
    const person: Record<string, unknown> = {};
    if (readable) {
      for (let k = 0; k < layout.household.length; k++) {
        const { index, column } = layout.household[k]!;
        const value = cells[index] as string;
        if (value === "") continue;
        const current = block.values[k];
        if (current === "") {
          block.values[k] = value;
          block.valueRows[k] = rowIndex;
        } else if (current !== value) {
          const first = block.rows[block.valueRows[k]!]?.line ?? line;
          (issues ??= []).push(rowIssue("io.household_value_conflict", column.name, { column: column.name, line: first }));
        }
      }
      const found = SCRATCH;
      found.length = 0;
      for (const { index, column, path, key } of layout.person) {
        const value = cells[index] as string;
        if (value === "") continue;
        const read = column.type === "text" || column.type === "enum" ? value : readCell(value, column.type, column.name, found);
        if (read === UNREADABLE) continue;
        if (key !== undefined) person[key] = read;
        else setPath(person, path, read);
      }
      if (found.length > 0) issues = issues === undefined ? found.slice() : issues.concat(found);
    }
    block.rows.push({ line, person, issues, unreadable: !readable });
    return events;
  }

  /** A final record that cannot be read (an unclosed quote): it joins the household being read. */
  unreadable(line: number, issue: RowIssue): HouseholdEvent[] | undefined {
    this.tally.row();
    const block = this.block;
    if (block === undefined || block.overflow || block.rows.length >= MAX_ROWS_PER_HOUSEHOLD) {
      const event = this.rejection(line, issue, block?.shownId);
      this.tally.rejected([event], false);
      return [event];
    }
    block.rows.push({ line, person: {}, issues: [issue], unreadable: true });
    return undefined;
  }

  /** Close the last household. */
  finish(): HouseholdEvent[] | undefined {
    const events = this.close();
    this.block = undefined;
    return events;
  }

  private open(id: string): Block {
    let flag: RowIssue | undefined;
    const order = id === "" ? undefined : this.ids.check(id);
    if (order === "again") flag = rowIssue("io.household_not_contiguous", "household_id", { id: shown(id) });
    if (order === "out_of_order") {
      flag = rowIssue("io.household_out_of_order", "household_id", { id: shown(id), previous: shown(this.ids.maxId ?? "") });
    }
    const width = this.layout.household.length;
    return {
      id,
      shownId: shownId(id),
      rows: [],
      values: new Array<string>(width).fill(""),
      valueRows: new Array<number>(width).fill(0),
      flag,
      overflow: false,
    };
  }

  private rejection(line: number, issue: RowIssue, householdId: string | undefined): RejectedRow {
    const base = { kind: "rejected" as const, file: this.file, line, code: issue.code, message: issue.message };
    const withField = issue.field === undefined ? base : { ...base, field: issue.field };
    return householdId === undefined || householdId === "" ? withField : { ...withField, householdId };
  }

  /** More rows than a household may have: reject what is held and every further row of it. */
  private overflow(block: Block, line: number, issues: RowIssue[] | undefined, events: HouseholdEvent[] | undefined) {
    const tooLarge = rowIssue("io.household_too_large", "household_id", { max: MAX_ROWS_PER_HOUSEHOLD });
    const rejected: RejectedRow[] = [];
    const rows = block.overflow ? [] : block.rows.splice(0);
    block.overflow = true;
    for (const row of [...rows, { line, issues }]) {
      rejected.push(this.rejection(row.line, tooLarge, block.shownId));
      for (const found of row.issues ?? []) rejected.push(this.rejection(row.line, found, block.shownId));
    }
    this.tally.rejected(rejected, rows.length > 0);
    return events === undefined ? rejected : [...events, ...rejected];
  }

  /** Validate the current household and return its events. */
  private close(): HouseholdEvent[] | undefined {
    const block = this.block;
    if (block === undefined || block.overflow || block.rows.length === 0) return undefined;
    const input: Record<string, unknown> = { id: block.id, members: block.rows.map((row) => row.person) };
    const rowIssues: (RowIssue[] | undefined)[] = block.rows.map((row) => row.issues);
    const add = (index: number, found: RowIssue) => (rowIssues[index] ??= []).push(found);
    for (let k = 0; k < this.layout.household.length; k++) {
      const value = block.values[k] as string;
      if (value === "") continue;
      const { column, path } = this.layout.household[k]!;
      const found: RowIssue[] = [];
      const read = readCell(value, column.type, column.name, found);
      if (read !== UNREADABLE) setPath(input, path, read);
      for (const f of found) add(block.valueRows[k]!, f);
    }
    const result = parseHousehold(input, this.parseOptions);
    if (result.success && block.flag === undefined && rowIssues.every((r) => r === undefined)) {
      this.tally.accepted(block.rows.length);
      return [{ kind: "household", household: result.data, file: this.file, line: block.rows[0]!.line, rows: block.rows.length }];
    }
    if (!result.success) {
      const view = {
        id: block.id,
        unreadable: (index: number) => block.rows[index]?.unreadable === true,
        householdColumns: this.layout.household,
        values: block.values,
        valueRows: block.valueRows,
      };
      for (const found of result.issues) {
        const placed = attribute(found, view);
        if (placed !== undefined) add(placed.index, placed.issue);
      }
    }
    if (block.flag !== undefined) (rowIssues[0] ??= []).unshift(block.flag);
    return this.reject(block, rowIssues);
  }

  private reject(block: Block, rowIssues: readonly (RowIssue[] | undefined)[]): RejectedRow[] {
    const firstBad = rowIssues.findIndex((r) => r !== undefined && r.length > 0);
    const firstLine = block.rows[Math.max(firstBad, 0)]!.line;
    const events: RejectedRow[] = [];
    block.rows.forEach((row, index) => {
      const found = rowIssues[index];
      if (found === undefined || found.length === 0) {
        events.push(this.rejection(row.line, rowIssue("io.household_rejected", undefined, { line: firstLine }), block.shownId));
      } else for (const f of found) events.push(this.rejection(row.line, f, block.shownId));
    });
    this.tally.rejected(events, true);
    return events;
  }
}
