import { ExplainHousehold } from "../household/_explainSchema.js";
import { NO } from "../household/_fastLeaves.js";
import { trustHousehold } from "../household/_trusted.js";
import type { SafeResult } from "../message/error.js";
import type { Household } from "../household/household.js";
import { acceptFast, explainHousehold } from "../household/parseHousehold.js";
import { fastParseHousehold } from "../household/_fastHousehold.js";
import type { IsoDate } from "../time/isoDate.js";
import { attribute } from "./_attribute.js";
import { CellHouseholds } from "./_cellHousehold.js";
import { enumCode, enumOptions } from "./_enumCell.js";
import { UNREADABLE, fileColumn, invalidUtf8, readCell, rowIssue, setPath, type RowIssue } from "./_cells.js";
import { headerId, repeatsHeader, type CsvLayout, type LayoutColumn } from "./_csvHeader.js";
import { IdCheck } from "./_idCheck.js";
import { shown, shownId, shownText } from "./_shown.js";
import type { Tally } from "./_tally.js";
import type { HouseholdEvent, ReadHouseholdsOptions, RejectedRow } from "./types.js";

/** Add an issue to the issues of row `index`. */
function addIssue(rowIssues: (RowIssue[] | undefined)[], index: number, found: RowIssue): void {
  (rowIssues[index] ??= []).push(found);
}

/** Two lists of events as one (either may be missing). */
function more(first: HouseholdEvent[] | undefined, then: HouseholdEvent[] | undefined): HouseholdEvent[] | undefined {
  if (first === undefined) return then;
  return then === undefined ? first : first.concat(then);
}

/** A row held until the row after it is read ({@link CsvAssembler.add}). */
interface StrayRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly readable: boolean;
  readonly issues: RowIssue[] | undefined;
  readonly id: string;
  readonly repeated: boolean;
}

/** A household has at most this many members (the `Household` schema's limit). */
export const MAX_ROWS_PER_HOUSEHOLD = 100;

interface HeldRow {
  /** The file the row was read from (two files in the two-table layout). */
  readonly file: string;
  readonly line: number;
  /** The cells of a readable row, and the person columns of its file's layout. */
  readonly cells: readonly string[] | undefined;
  readonly columns: readonly LayoutColumn[];
  /**
   * The member the row's cells give, read with the issues of its cells only when needed (the
   * household is not accepted as built from the cells, or is rejected): `undefined` until then.
   */
  person: Record<string, unknown> | undefined;
  issues: RowIssue[] | undefined;
  /** Set when the cells cannot be trusted (wrong count, unreadable): schema issues are not attributed to it. */
  readonly unreadable: boolean;
}

interface Block {
  readonly id: string;
  /** The id as events show it, computed on the first rejection (most households have none). */
  shownId: string | undefined;
  readonly rows: HeldRow[];
  /**
   * The value of each household column, at its cell position ("" = not given yet), and the row that
   * gave it, by household column; `valueRows` is made when a row after the first gives a value
   * (until then each came from row 0). `values` is the first row's own cells when it is readable
   * (no copy: cells are never written), copied (`ownValues`) before a later row gives a value.
   */
  values: readonly string[];
  ownValues: boolean;
  valueRows: number[] | undefined;
  /** A problem of the whole block (reappearing id), reported on its first row. */
  readonly flag: RowIssue | undefined;
  overflow: boolean;
  /** 1 when `rows[0]` is a households-file row (two-table layout): member rows start after it. */
  readonly memberOffset: 0 | 1;
}

/**
 * Groups CSV rows into households (rows of a household are contiguous), reads their cells, and
 * validates each household with `parseHousehold` when its last row has been seen. Holds only the
 * rows of the current household. For the two-table layout the caller does the grouping instead:
 * {@link CsvAssembler.openHousehold} with the households-file row, {@link CsvAssembler.addMember}
 * for each of its member rows, then {@link CsvAssembler.finish}; `layout` is then the households
 * file's.
 * @internal
 */
export class CsvAssembler {
  private block: Block | undefined;
  /** Reused for the cell issues of one row or household, so that good ones allocate no array. */
  private readonly scratch: RowIssue[] = [];
  private readonly ids: IdCheck;
  private readonly asOf: IsoDate | undefined;
  /** `asOfChecks: "kk"`: only the KK date is checked against `asOf`. */
  private readonly kkOnly: boolean;
  private readonly cellHouseholds: CellHouseholds;
  /** Whether every household column is among the leading cells a record may repeat from the one before. */
  private readonly householdLeading: boolean;
  /** The row added last, when it was readable and its household cells agreed with the household's values. */
  private lastSettled: HeldRow | undefined;
  /** A new household's values ("" at every position) and value rows (0 each), copied when needed; never changed. */
  private readonly noValues: readonly string[];
  private readonly noValueRows: readonly number[];
  /**
   * Whether rows may be given as tails ({@link CsvAssembler.takesTails}), and the person columns
   * that read a tail (the layout's, their positions less the leading cells').
   */
  readonly takesTails: boolean;
  private readonly tailPerson: readonly LayoutColumn[];
  /** The cells of the last whole row added: those a tail's leading cells repeat. */
  private lastWhole: readonly string[] = [];
  /** Rows of untrusted cells held until the row after them says which household they belong to. */
  private strays: StrayRow[] = [];

  constructor(
    private readonly layout: CsvLayout,
    private readonly file: string,
    private readonly tally: Tally,
    options: ReadHouseholdsOptions,
    /** The id checks' verdicts by the line a household starts on (its previous id under `-line`), decided by the reading thread. */
    private readonly idFlags?: ReadonlyMap<number, string>,
    /** Two-table layout: the members file's layout (its rows' columns are named as it writes them). */
    private readonly members?: CsvLayout,
  ) {
    this.ids = new IdCheck(options.householdIds);
    this.kkOnly = options.asOfChecks === "kk";
    this.asOf = options.asOf;
    this.cellHouseholds = new CellHouseholds(layout.household);
    this.householdLeading = layout.household.every((column) => column.index < layout.leadingHousehold);
    this.noValues = new Array<string>(layout.width).fill("");
    this.noValueRows = layout.household.map(() => 0);
    // The household columns and the id lead every row: a tail holds every person cell.
    const leading = layout.leadingHousehold;
    this.takesTails = leading >= 2 && this.householdLeading && layout.idIndex < leading;
    this.tailPerson = layout.person.map((column) => ({ ...column, index: column.index - leading }));
  }

  /**
   * Take one data row; returns the events of a household that this row closed, if any.
   * `invalidCell` is the index of a cell whose bytes were not valid UTF-8 (-1: none); `repeated`:
   * the row's leading cells are those of the row before (the splitter's `repeatLeading`); `tail`:
   * such a row is given as its cells after the leading ones (the splitter's `tails`, when
   * {@link CsvAssembler.takesTails}).
   */
  add(given: readonly string[], line: number, invalidCell = -1, repeated = false, tail = false): HouseholdEvent[] | undefined {
    this.tally.row();
    const layout = this.layout;
    let cells = given;
    if (tail && repeated) {
      if (this.addTail(given, line, invalidCell)) return undefined;
      // Anything but a settled row of the household being read: its whole row, read as ever.
      const leading = layout.leadingHousehold;
      const whole = new Array<string>(leading + given.length);
      for (let i = 0; i < leading; i++) whole[i] = this.lastWhole[i] as string;
      for (let i = 0; i < given.length; i++) whole[leading + i] = given[i] as string;
      cells = whole;
    } else {
      this.lastWhole = cells;
    }
    let issues: RowIssue[] | undefined;
    const readable = cells.length === layout.width;
    if (!readable) issues = [rowIssue("io.column_count", undefined, { expected: layout.width, received: cells.length })];
    if (invalidCell >= 0) (issues ??= []).push(invalidUtf8(layout.names, invalidCell));
    const id = cells[layout.idIndex] ?? "";
    if (id === "") (issues ??= []).push(rowIssue("io.missing_household_id", "household_id", { column: "household_id" }));
    return this.take(cells, line, readable, issues, id, repeated);
  }

  /**
   * Put a row in its household, or hold it. A row whose cells are not trusted and whose id differs
   * from the household being read (a note pasted between its rows, a broken line) waits for the
   * next row, and so do the rows after it that are such rows too or have no id. When the first
   * other row goes on with the household being read, every row held belongs to it (the household
   * is rejected whole, never read with members missing). Else the first row held starts a group of
   * its own, as any row of another id, and the rest are taken again from there. At most
   * {@link MAX_ROWS_PER_HOUSEHOLD} rows are held: one more counts as another row.
   */
  private take(cells: readonly string[], line: number, readable: boolean, issues: RowIssue[] | undefined, id: string, repeated: boolean): HouseholdEvent[] | undefined {
    const block = this.block;
    const strays = this.strays;
    const stray = block !== undefined && block.id !== id && (id === "" ? strays.length > 0 : !readable);
    if (stray && strays.length < MAX_ROWS_PER_HOUSEHOLD) {
      strays.push({ cells, line, readable, issues, id, repeated });
      return undefined;
    }
    if (strays.length === 0) return this.place(cells, line, readable, issues, id, repeated, false);
    this.strays = [];
    let events: HouseholdEvent[] | undefined;
    if (!stray && block?.id === id) {
      for (const r of strays) events = more(events, this.place(r.cells, r.line, r.readable, r.issues, r.id, r.repeated, true));
    } else {
      const [first, ...rest] = strays as [StrayRow, ...StrayRow[]];
      events = this.place(first.cells, first.line, first.readable, first.issues, first.id, first.repeated, false);
      for (const r of rest) events = more(events, this.take(r.cells, r.line, r.readable, r.issues, r.id, r.repeated));
    }
    return more(events, this.take(cells, line, readable, issues, id, repeated));
  }

  /** Place every row held by its own id, as rows of no household being read (at the end of the file). */
  private release(joins: boolean): HouseholdEvent[] | undefined {
    const strays = this.strays;
    this.strays = [];
    let events: HouseholdEvent[] | undefined;
    for (const r of strays) events = more(events, this.place(r.cells, r.line, r.readable, r.issues, r.id, r.repeated, joins));
    return events;
  }

  /**
   * The rows given next do not follow the ones given so far in the file (a worker's next piece of
   * a file cut by regency): stray rows held are placed by their own ids, as at the end of the file.
   */
  settle(): HouseholdEvent[] | undefined {
    return this.strays.length > 0 ? this.release(false) : undefined;
  }

  /** Put one row in its household (that being read, with `joins`), closing the one before when it starts another. */
  private place(cells: readonly string[], line: number, readable: boolean, issues: RowIssue[] | undefined, id: string, repeated: boolean, joins: boolean): HouseholdEvent[] | undefined {
    let events: HouseholdEvent[] | undefined;
    let block = this.block;
    if (id === "") {
      block = this.block ??= this.open("");
    } else if (block === undefined || (!joins && block.id !== id)) {
      events = this.close();
      // A line that repeats the header (files joined together) ends the household being read, as any
      // row of another id does, and is rejected on its own: it starts no household and its id is not checked.
      if (readable && headerId(id, this.layout.idName) && repeatsHeader(cells, this.layout.names)) {
        this.block = undefined;
        this.lastSettled = undefined;
        return more(events, [this.rejectRow(this.file, line, rowIssue("io.header_repeated", undefined, { line }), "", false)]);
      }
      block = this.block = this.open(id, 0, line, readable);
    }
    if (block.overflow || block.rows.length >= MAX_ROWS_PER_HOUSEHOLD) {
      this.lastSettled = undefined;
      return this.overflow(block, this.file, line, issues, events);
    }
    // The household cells of a row that repeats those of the last row of this household, which agreed
    // with its values, agree too (a value once given never changes): they need no comparing.
    const settled = repeated && this.householdLeading && this.lastSettled !== undefined && block.rows[block.rows.length - 1] === this.lastSettled;
    this.push(block, this.layout, this.file, cells, line, readable, issues, settled);
    return events;
  }

  /**
   * Hold the tail of a row that repeats the leading cells (the id and every household column) of
   * the row before, when that row was held for the same household and agreed with its values, and
   * the tail is whole (as many cells as the person columns) and valid UTF-8: what {@link push} holds
   * for its whole row, with the tail's person columns. Else `false`, and nothing was done.
   */
  private addTail(tail: readonly string[], line: number, invalidCell: number): boolean {
    const layout = this.layout;
    const block = this.block;
    const id = this.lastWhole[layout.idIndex] ?? "";
    if (invalidCell >= 0 || tail.length + layout.leadingHousehold !== layout.width || id === "" || block === undefined || block.id !== id) return false;
    const rows = block.rows;
    if (block.overflow || rows.length >= MAX_ROWS_PER_HOUSEHOLD || this.lastSettled === undefined || rows[rows.length - 1] !== this.lastSettled) return false;
    const row: HeldRow = { file: this.file, line, cells: tail, columns: this.tailPerson, person: undefined, issues: undefined, unreadable: false };
    rows.push(row);
    this.lastSettled = row;
    return true;
  }

  /**
   * Two-table layout: start a household with its row of the households file (read with the
   * assembler's layout). The rows are counted by the caller.
   */
  openHousehold(cells: readonly string[], line: number, file: string, issue?: RowIssue): void {
    const layout = this.layout;
    const readable = cells.length === layout.width;
    let issues = readable ? undefined : [rowIssue("io.column_count", undefined, { expected: layout.width, received: cells.length })];
    if (issue !== undefined) (issues ??= []).push(issue);
    const block = this.open(cells[layout.idIndex] ?? "", 1);
    this.block = block;
    this.push(block, layout, file, cells, line, readable, issues);
  }

  /**
   * Two-table layout: add a row of the members file (read with `layout`, the members file's) to the
   * household opened last; `issue` marks a row that could not be read. Returns rejections when the
   * household has too many members.
   */
  addMember(layout: CsvLayout, file: string, cells: readonly string[], line: number, issue?: RowIssue): HouseholdEvent[] | undefined {
    const block = this.block;
    if (block === undefined) throw new Error("addMember before openHousehold");
    const readable = issue === undefined && cells.length === layout.width;
    let issues: RowIssue[] | undefined;
    if (issue !== undefined) issues = [issue];
    else if (!readable) issues = [rowIssue("io.column_count", undefined, { expected: layout.width, received: cells.length })];
    if (issue === undefined && (cells[layout.idIndex] ?? "") === "") (issues ??= []).push(rowIssue("io.missing_household_id", "household_id", { column: "household_id" }));
    if (block.overflow || block.rows.length - block.memberOffset >= MAX_ROWS_PER_HOUSEHOLD) {
      return this.overflow(block, file, line, issues, undefined);
    }
    this.push(block, layout, file, cells, line, readable, issues);
    return undefined;
  }

  /**
   * Two-table layout: the problem the schema finds with a household id alone (`input.too_big`, over
   * 100 characters), what the one-table reader reports for that id, for a row that joins no
   * household; `undefined` for an id a household may have.
   */
  idIssue(id: string): RowIssue | undefined {
    const read = this.explain({ id });
    const found = read.success ? undefined : read.issues.find((i) => i.path[0] === "id");
    return found && { field: "household_id", code: found.code, message: found.message };
  }

  /** Reject one row on its own (it belongs to no household being read). The row is counted by the caller. */
  rejectRow(file: string, line: number, issue: RowIssue, householdId: string, household: boolean): RejectedRow {
    const event = this.rejection(file, line, issue, householdId === "" ? undefined : shownId(householdId));
    this.tally.rejected([event], household);
    return event;
  }

  /** Read the cells of one row into `block`. */
  private push(
    block: Block,
    layout: CsvLayout,
    file: string,
    cells: readonly string[],
    line: number,
    readable: boolean,
    rowIssues: RowIssue[] | undefined,
    settled = false,
  ): void {
    let issues = rowIssues;
    const rowIndex = block.rows.length;
    let agreed = readable;
    if (readable && !settled) {
      // Household columns repeated on every row (a DTSEN export) are only compared with the value
      // the household has: the common case, an equal cell, allocates nothing.
      const household = layout.household;
      // The first row gives every value it has: the household's values are its cells.
      if (rowIndex === 0) block.values = cells;
      for (let k = 0; k < household.length && rowIndex !== 0; k++) {
        const index = household[k]!.index;
        const value = cells[index] as string;
        const current = block.values[index] as string;
        if (value === current || value === "") continue;
        if (current === "") {
          if (!block.ownValues) {
            block.values = block.values.slice();
            block.ownValues = true;
          }
          (block.values as string[])[index] = value;
          (block.valueRows ??= this.noValueRows.slice())[k] = rowIndex;
        } else {
          const name = household[k]!.column.name;
          const first = block.rows[block.valueRows?.[k] ?? 0]?.line ?? line;
          (issues ??= []).push(rowIssue("io.household_value_conflict", name, { column: name, line: first }));
          agreed = false;
        }
      }
    }
    const row: HeldRow = { file, line, cells: readable ? cells : undefined, columns: layout.person, person: undefined, issues, unreadable: !readable };
    block.rows.push(row);
    this.lastSettled = agreed ? row : undefined;
  }

  /** Read the member of a held row, adding the issues of its cells after those it has (as they were found when read in order). */
  private readPerson(row: HeldRow): Record<string, unknown> {
    if (row.person !== undefined) return row.person;
    const person: Record<string, unknown> = {};
    row.person = person;
    const cells = row.cells;
    if (cells === undefined) return person;
    const found = this.scratch;
    found.length = 0;
    const columns = row.columns;
    for (let k = 0; k < columns.length; k++) {
      const { index, column, path, key, spellings } = columns[k]!;
      const value = cells[index] as string;
      if (value === "") continue;
      const type = column.type;
      const read = type === "text" ? value : spellings !== undefined ? enumCode(spellings, value) : readCell(value, type, column.name, found);
      if (read === UNREADABLE) continue;
      if (key !== undefined) person[key] = read;
      else setPath(person, path, read);
    }
    if (found.length > 0) row.issues = row.issues === undefined ? found.slice() : row.issues.concat(found);
    found.length = 0;
    return person;
  }

  /** Read every held row's member (and its cells' issues). */
  private readAll(rows: readonly HeldRow[]): void {
    for (let r = 0; r < rows.length; r++) this.readPerson(rows[r]!);
  }

  /**
   * The household built straight from the cells ({@link CellHouseholds}) when every row is
   * readable and has no issue so far, and it is what `parseHousehold` accepts. Else the household
   * is read and parsed the plain way: `NO` when the cells were read and the fast path is not sure
   * (then `parseHousehold` would not be either, and zod explains at once), `undefined` when they
   * were not.
   */
  private fromCells(block: Block): HouseholdEvent[] | typeof NO | undefined {
    const rows = block.rows;
    const offset = block.memberOffset;
    if (block.flag !== undefined || rows.length <= offset) return undefined;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (row.issues !== undefined || row.cells === undefined) return undefined;
    }
    const built = this.cellHouseholds.build(block.values, block.id, rows, offset);
    if (built === undefined) return undefined;
    const household = built === NO ? undefined : acceptFast(built, this.asOf, this.kkOnly);
    if (household === undefined) return NO;
    this.tally.accepted(rows.length);
    const first = rows[0]!;
    return [{ kind: "household", household, file: first.file, line: first.line, rows: rows.length }];
  }

  /** A final record that cannot be read (an unclosed quote): it joins the household being read. */
  unreadable(line: number, issue: RowIssue): HouseholdEvent[] | undefined {
    this.tally.row();
    // Stray rows held before it are placed by their own ids: the record is no row to go on with.
    const released = this.settle();
    const block = this.block;
    if (block === undefined || block.overflow || block.rows.length >= MAX_ROWS_PER_HOUSEHOLD) {
      const event = this.rejection(this.file, line, issue, block === undefined ? undefined : this.shownIdOf(block));
      this.tally.rejected([event], false);
      return more(released, [event]);
    }
    block.rows.push({ file: this.file, line, cells: undefined, columns: [], person: {}, issues: [issue], unreadable: true });
    this.lastSettled = undefined;
    return released;
  }

  /**
   * Reading stopped on `line` (a runaway record, an unreadable file): reject the rows held for the
   * household being read, so that every row read is accounted for.
   */
  stop(line: number): HouseholdEvent[] | undefined {
    // Stray rows held: the household might have gone on after them, so they are rejected with it.
    const joined = this.strays.length > 0 ? this.release(true) : undefined;
    const block = this.block;
    this.block = undefined;
    if (block === undefined || block.overflow || block.rows.length === 0) return joined;
    this.readAll(block.rows);
    const because = rowIssue("io.read_stopped", undefined, { line });
    const id = this.shownIdOf(block);
    const events: RejectedRow[] = [];
    for (const row of block.rows) {
      if (row.issues === undefined || row.issues.length === 0) events.push(this.rejection(row.file, row.line, because, id));
      else for (const found of row.issues) events.push(this.rejection(row.file, row.line, found, id));
    }
    this.tally.rejected(events, true);
    return more(joined, events);
  }

  /**
   * Go on with a household of more rows than allowed, cut by the reading thread: its further rows
   * are rejected as they come, as when read in one piece.
   */
  resume(id: string): void {
    const block = this.open(id);
    block.overflow = true;
    this.block = { ...block, flag: undefined };
  }

  /** Close the household being read: the last one, or the last one of a piece of the file (a worker's batch cut by regency). */
  finish(): HouseholdEvent[] | undefined {
    const events = more(this.settle(), this.close());
    this.block = undefined;
    return events;
  }

  /** A household of id `id`, started on `line` by a row whose cells are `trusted` (of the header's count) or not (its id is then not sorted by: {@link IdCheck.check}). */
  private open(id: string, memberOffset: 0 | 1 = 0, line = 0, trusted = true): Block {
    let flag: RowIssue | undefined;
    // In a worker, the reading thread has checked the ids in file order and says which to flag.
    const preset = this.idFlags;
    const order = id === "" ? undefined : preset === undefined ? this.ids.check(id, trusted) : preset.get(line);
    const previous = preset === undefined ? this.ids.maxId : preset.get(-line);
    if (order === "again") flag = rowIssue("io.household_not_contiguous", "household_id", { id: shown(id) });
    if (order === "out_of_order") {
      flag = rowIssue("io.household_out_of_order", "household_id", { column: "household_id", id: shown(id), previous: shown(previous ?? "") });
    }
    return {
      id,
      shownId: undefined,
      rows: [],
      // Shared until a row gives a value (never written: copied first).
      values: this.noValues,
      ownValues: false,
      valueRows: undefined,
      flag,
      overflow: false,
      memberOffset,
    };
  }

  private shownIdOf(block: Block): string {
    return (block.shownId ??= shownId(block.id));
  }

  private rejection(file: string, line: number, found: RowIssue, householdId: string | undefined): RejectedRow {
    // The column as the row's file names it (`renameColumns`), then one object per event, its keys in
    // the order events have always had (no spread of a partial one).
    const issue = fileColumn(found, (file === this.file ? this.layout : (this.members ?? this.layout)).written);
    const { code, field } = issue;
    const message = shownText(issue.message);
    if (householdId === undefined || householdId === "") {
      return field === undefined ? { kind: "rejected", file, line, code, message } : { kind: "rejected", file, line, code, message, field };
    }
    return field === undefined
      ? { kind: "rejected", file, line, code, message, householdId }
      : { kind: "rejected", file, line, code, message, field, householdId };
  }

  /** More rows than a household may have: reject what is held and every further row of it. */
  private overflow(block: Block, file: string, line: number, issues: RowIssue[] | undefined, events: HouseholdEvent[] | undefined) {
    const tooLarge = rowIssue("io.household_too_large", "household_id", { max: MAX_ROWS_PER_HOUSEHOLD });
    const rejected: RejectedRow[] = [];
    const rows = block.overflow ? [] : block.rows.splice(0);
    this.readAll(rows);
    block.overflow = true;
    const id = this.shownIdOf(block);
    for (const row of [...rows, { file, line, issues }]) {
      rejected.push(this.rejection(row.file, row.line, tooLarge, id));
      for (const found of row.issues ?? []) rejected.push(this.rejection(row.file, row.line, found, id));
    }
    this.tally.rejected(rejected, rows.length > 0);
    return events === undefined ? rejected : [...events, ...rejected];
  }

  /** Validate the current household and return its events. */
  private close(): HouseholdEvent[] | undefined {
    const block = this.block;
    if (block === undefined || block.overflow || block.rows.length === 0) return undefined;
    const accepted = this.fromCells(block);
    if (accepted !== undefined && accepted !== NO) return accepted;
    const offset = block.memberOffset;
    const rows = block.rows;
    const members = new Array<Record<string, unknown>>(rows.length - offset);
    // Whether some row has issues: a good household (most) builds no list of them.
    let clean = true;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const person = this.readPerson(row);
      if (r >= offset) members[r - offset] = person;
      if (row.issues !== undefined) clean = false;
    }
    const input: Record<string, unknown> = { id: block.id, members };
    const rowIssues: (RowIssue[] | undefined)[] = clean ? [] : rows.map((row) => row.issues);
    const found = this.scratch;
    found.length = 0;
    const household = this.layout.household;
    for (let k = 0; k < household.length; k++) {
      const { index, column, path, key, spellings } = household[k]!;
      const value = block.values[index] as string;
      if (value === "") continue;
      const before = found.length;
      const read = spellings !== undefined ? enumCode(spellings, value) : readCell(value, column.type, column.name, found);
      if (read !== UNREADABLE) {
        if (key !== undefined) input[key] = read;
        else setPath(input, path, read);
      }
      for (let f = before; f < found.length; f++) {
        clean = false;
        addIssue(rowIssues, block.valueRows?.[k] ?? 0, found[f]!);
      }
    }
    found.length = 0;
    // What `parseHousehold` returns. Its fast path is asked first unless it has said "not sure" of
    // these very cells already (`NO`, and no cell was left out since): it also answers at once a
    // household rejected only for what zod never sees (a cell that could not be read and was left
    // out, a value in conflict, a reappearing id), which zod would read to the end to find nothing.
    const result = accepted === NO && clean ? this.explain(input) : this.read(input);
    if (result.success && block.flag === undefined && clean) {
      this.tally.accepted(block.rows.length);
      const first = block.rows[0]!;
      return [{ kind: "household", household: result.data, file: first.file, line: first.line, rows: block.rows.length }];
    }
    if (!result.success) {
      const view = {
        id: block.id,
        unreadable: (index: number) => block.rows[index]?.unreadable === true,
        anyUnreadable: block.rows.some((row) => row.unreadable),
        memberOffset: offset,
        householdColumns: this.layout.household,
        values: block.values,
        valueRows: block.valueRows ?? this.noValueRows,
      };
      // A cell that could not be read was left out of the input, so the schema finds its value
      // missing: that says nothing the cell's own issue did not, and is dropped.
      const reported = new Set<string>();
      rowIssues.forEach((found, index) => found?.forEach((f) => f.field !== undefined && reported.add(`${index}\u0000${f.field}`)));
      for (const found of result.issues) {
        const placed = attribute(found, view);
        if (placed === undefined) continue;
        if (placed.issue.field !== undefined && reported.has(`${placed.index}\u0000${placed.issue.field}`)) continue;
        addIssue(rowIssues, placed.index, this.optionIssue(block, placed.index, placed.issue));
      }
    }
    if (block.flag !== undefined) (rowIssues[0] ??= []).unshift(block.flag);
    return this.reject(block, rowIssues);
  }

  /**
   * A value an enum column does not accept, in words: the cell as written and the codes with their
   * Indonesian spellings, where the schema's issue said only `expected one of "male"|"female"`. Any
   * other issue as it is.
   */
  private optionIssue(block: Block, index: number, issue: RowIssue): RowIssue {
    const name = issue.field;
    if (issue.code !== "input.invalid_value" || name === undefined) return issue;
    const row = block.rows[index];
    let column = row?.columns.find((c) => c.column.name === name);
    let value = column === undefined ? undefined : row?.cells?.[column.index];
    if (column === undefined) {
      column = this.layout.household.find((c) => c.column.name === name);
      value = column === undefined ? undefined : block.values[column.index];
    }
    if (column?.spellings === undefined || value === undefined || value === "") return issue;
    return rowIssue("io.not_an_option", name, { column: name, value: shown(value), options: enumOptions(column.spellings) });
  }

  /** What `parseHousehold` returns: the fast path's household when it is sure, else {@link CsvAssembler.explain}. */
  private read(input: Record<string, unknown>): SafeResult<Household> {
    const fast = fastParseHousehold(input);
    const household = fast === undefined ? undefined : acceptFast(fast, this.asOf, this.kkOnly);
    return household === undefined ? this.explain(input) : { success: true, data: household };
  }

  /** What `parseHousehold` returns, read by zod at once, with the fast path's checks first in each field and member ({@link ExplainHousehold}). */
  private explain(input: Record<string, unknown>): SafeResult<Household> {
    const read = explainHousehold(input, this.asOf, ExplainHousehold, this.kkOnly);
    return read.success ? { success: true, data: trustHousehold(read.data) } : read;
  }

  private reject(block: Block, rowIssues: readonly (RowIssue[] | undefined)[]): RejectedRow[] {
    const firstBad = rowIssues.findIndex((r) => r !== undefined && r.length > 0);
    const firstRow = block.rows[Math.max(firstBad, 0)]!;
    const because =
      block.memberOffset === 0
        ? rowIssue("io.household_rejected", undefined, { line: firstRow.line })
        : rowIssue("io.household_rejected_in", undefined, { line: firstRow.line, file: shown(firstRow.file, 200) });
    const events: RejectedRow[] = [];
    const id = this.shownIdOf(block);
    block.rows.forEach((row, index) => {
      const found = rowIssues[index];
      if (found === undefined || found.length === 0) events.push(this.rejection(row.file, row.line, because, id));
      else for (const f of found) events.push(this.rejection(row.file, row.line, f, id));
    });
    this.tally.rejected(events, true);
    return events;
  }
}
