import { failure } from "../message/error.js";
import { invalidUtf8, rowIssue, type RowIssue } from "./_cells.js";
import { CsvAssembler, MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";
import { headerId, readHeader, renamesPresent, repeatsHeader, type CsvLayout } from "./_csvHeader.js";
import { CsvRecords, type CsvRecord } from "./_csvParse.js";
import { possibleId } from "./_idCheck.js";
import { shown } from "./_shown.js";
import type { Tally } from "./_tally.js";
import { ioMessages } from "./messages.js";
import { sourceName, type OpenSource, type SourceTables } from "./_source.js";
import type { HouseholdEvent, ReadHouseholdsCsvOptions } from "./types.js";

/** The names of the two files in events. @internal */
export function tableNames(tables: SourceTables): { households: string; members: string } {
  return {
    households: sourceName(tables.households, { file: tables.householdsFile }, "<households>"),
    members: sourceName(tables.members, { file: tables.membersFile }, "<members>"),
  };
}

/**
 * The records of one of the two files, as {@link CsvRecords} gives them (the parallel runner's
 * reading thread gives them from the bytes, with where each starts). @internal
 */
export interface TableRecords {
  readonly file: string;
  readonly nextLine: number;
  readonly unclosedQuote: boolean;
  /** Where the record that a quote never closed starts (byte readers only). */
  readonly unclosedAt?: number | undefined;
  next(): Promise<CsvRecord | undefined>;
}

/**
 * A data row of one of the two files, with its id; `issue` marks the unreadable end of a file or
 * bytes that are not UTF-8. `trusted`: of the header's cell count, and its id one a household may
 * have (valid UTF-8, at most 100 characters); an untrusted row (a note line, a broken line) is not
 * sorted by, and joins a household only when its id is that household's. `alone`: the row is
 * rejected on its own with this issue (out of order, a repeated header), where it comes in its file.
 */
export interface Row {
  readonly cells: readonly string[];
  readonly line: number;
  /** Where its record starts in the file's bytes (byte readers only). */
  readonly at?: number | undefined;
  /** The id the file's rows were sorted by before this one was read (the parallel runner's reading thread starts a worker's read there). */
  readonly before?: string | undefined;
  readonly id: string;
  readonly issue?: RowIssue | undefined;
  readonly trusted: boolean;
  readonly alone?: RowIssue;
}

/**
 * One of the two files: reads its rows in order, counts them, and marks to be rejected on its own
 * (`alone`) every row whose `household_id` comes before the previous one (`io.not_sorted`) or, in
 * the households file, repeats it (`io.duplicate_household_id`), and every line that repeats the
 * header (`io.header_repeated`): such a row is no row of the join, and is rejected where it comes,
 * after the rows before it, so that the events of a file keep its line order. Rows with an empty id
 * are passed on, and so are untrusted rows, whose ids are neither compared nor remembered: one
 * stray line never puts the rows after it out of order.
 */
class Side {
  private endReported = false;
  /** Rows read ahead and given back ({@link Side.giveBack}), given again before any other. */
  private back: Row[] = [];

  constructor(
    private readonly records: TableRecords,
    readonly layout: CsvLayout,
    private readonly strict: boolean,
    private readonly tally: Tally,
    /** The id the rows before were sorted by (a worker's read starts where the file's went on). */
    private last?: string,
  ) {}

  get file(): string {
    return this.records.file;
  }

  /** Give rows back, to be read again, in order, before the rest of the file. */
  giveBack(rows: readonly (Row | undefined)[]): void {
    for (const row of rows) if (row !== undefined) this.back.push(row);
  }

  /** The issue a row rejected on its own is reported with when it has one: its own, or its cell count's. */
  own(row: Row): RowIssue | undefined {
    const received = row.cells.length;
    const expected = this.layout.width;
    return row.issue ?? (received === expected ? undefined : rowIssue("io.column_count", undefined, { expected, received }));
  }

  async next(): Promise<Row | undefined> {
    const back = this.back.shift();
    if (back !== undefined) return back;
    const record = await this.records.next();
    const before = this.last;
    if (record === undefined) {
      if (!this.records.unclosedQuote || this.endReported) return undefined;
      // The last record swallowed the rest of the file in an unclosed quote: one unreadable row.
      this.endReported = true;
      this.tally.row();
      const line = this.records.nextLine;
      return { cells: [], line, at: this.records.unclosedAt, before, id: "", issue: rowIssue("io.unclosed_quote", undefined, { line }), trusted: false };
    }
    this.tally.row();
    const { cells, line, at } = record;
    const id = cells[this.layout.idIndex] ?? "";
    // A line that repeats the header (files joined together) is rejected on its own, as an unsorted
    // row is: the rows of its file around it are joined by their ids as if it were not there.
    if (headerId(id, this.layout.idName) && repeatsHeader(cells, this.layout.names)) {
      return { cells, line, at, before, id: "", trusted: false, alone: rowIssue("io.header_repeated", undefined, { line }) };
    }
    const issue = record.invalidCell >= 0 ? invalidUtf8(this.layout.names, record.invalidCell) : undefined;
    const trusted = cells.length === this.layout.width && possibleId(id);
    if (trusted && id !== "" && before !== undefined && (id < before || (this.strict && id === before))) {
      const alone =
        id === before
          ? rowIssue("io.duplicate_household_id", "household_id", { id: shown(id) })
          : rowIssue("io.not_sorted", "household_id", { column: "household_id", id: shown(id), previous: shown(before) });
      return { cells, line, at, before, id, trusted, alone };
    }
    if (trusted && id !== "") this.last = id;
    return { cells, line, at, before, id, issue, trusted };
  }
}

/** Read the header of one file; a file without one is an error. */
async function header(records: TableRecords, table: "households" | "members", options: ReadHouseholdsCsvOptions): Promise<CsvLayout> {
  const first = await records.next();
  if (first === undefined) throw failure(ioMessages, "io.no_header", { file: shown(records.file, 200) });
  return readHeader(first.cells, options, { table, file: records.file });
}

/**
 * Read the headers of both files, as the reader does (a file without one, or one it refuses, is an
 * error): their layouts, and the columns ignored in the tally. @internal
 */
export async function tableHeaders(households: TableRecords, members: TableRecords, tally: Tally, options: ReadHouseholdsCsvOptions): Promise<readonly [CsvLayout, CsvLayout]> {
  const householdLayout = await header(households, "households", options);
  const memberLayout = await header(members, "members", options);
  // A name renameColumns maps belongs to one file or both (`household_id`'s own name).
  renamesPresent(options, householdLayout.names, memberLayout.names);
  tally.ignoredColumns = [...householdLayout.ignored, ...memberLayout.ignored];
  return [householdLayout, memberLayout];
}

/**
 * The events of one step of the join (those of a household's row, then those of its member rows,
 * in line order) with `passed`, the rejections of rows of the members file read among its member
 * rows and rejected on their own (in line order), put among them by line: the events of each file
 * come in its line order.
 */
function byLine(events: readonly HouseholdEvent[], passed: readonly HouseholdEvent[], file: string): HouseholdEvent[] {
  const merged: HouseholdEvent[] = [];
  let p = 0;
  for (const event of events) {
    while (p < passed.length && event.file === file && event.line > passed[p]!.line) merged.push(passed[p++]!);
    merged.push(event);
  }
  return p < passed.length ? merged.concat(passed.slice(p)) : merged;
}

/**
 * The events of the two-table layout: a merge-join of the households file and the members file on
 * `household_id`, both sorted ascending. Holds one household (its row and at most 100 member rows)
 * plus what each parser has read ahead.
 * @internal
 */
export async function* tableEvents(
  tables: SourceTables,
  tally: Tally,
  options: ReadHouseholdsCsvOptions,
  open: OpenSource,
  /** What reads the households (the CLI's `split` gives one that only notes where each row goes). */
  Assembler: typeof CsvAssembler = CsvAssembler,
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const names = tableNames(tables);
  const householdRecords = new CsvRecords(tables.households, names.households, options, open);
  const memberRecords = new CsvRecords(tables.members, names.members, options, open);
  try {
    const layouts = await tableHeaders(householdRecords, memberRecords, tally, options);
    yield* joinTables({ households: householdRecords, members: memberRecords, layouts, tally, options, Assembler });
  } finally {
    householdRecords.close();
    memberRecords.close();
  }
  tally.finish();
}

/** What {@link joinTables} joins: the two files' records after their headers, and how. @internal */
export interface Join {
  readonly households: TableRecords;
  readonly members: TableRecords;
  readonly layouts: readonly [CsvLayout, CsvLayout];
  readonly tally: Tally;
  readonly options: ReadHouseholdsCsvOptions;
  readonly Assembler: typeof CsvAssembler;
  /** An assembler made with `Assembler` for these layouts, read on between households (a worker's parts of one batch share it). */
  readonly assembler?: CsvAssembler | undefined;
  /** The ids each file was sorted by before these records (a worker's part of the files). */
  readonly last?: readonly [string | undefined, string | undefined] | undefined;
  /**
   * Called before each step of the join, with the rows it is about to decide on (nothing else is
   * held then, but members rows given back after `m`, which follow it in its file): the parallel
   * runner's reading thread notes the place, to cut both files there.
   */
  readonly step?: ((h: Row | undefined, m: Row | undefined) => void) | undefined;
  /** The line a stop names (a worker's part: the one the whole read found). */
  readonly stopLine?: number | undefined;
}

/** The merge-join of {@link tableEvents} over records whose headers have been read. @internal */
export async function* joinTables({ households: householdRecords, members: memberRecords, layouts, tally, options, Assembler, assembler: given, last, step, stopLine }: Join): AsyncGenerator<HouseholdEvent, void, undefined> {
  const names = { households: householdRecords.file, members: memberRecords.file };
  const out: HouseholdEvent[] = [];
  /** The rejections of rows of the members file rejected on their own among a household's member rows. */
  const passed: HouseholdEvent[] = [];
  let assembler: CsvAssembler | undefined;
  try {
    const [householdLayout, memberLayout] = layouts;
    const joined = given ?? new Assembler(householdLayout, names.households, tally, { ...options, householdIds: "none" }, undefined, memberLayout);
    assembler = joined;
    const households = new Side(householdRecords, householdLayout, true, tally, last?.[0]);
    const members = new Side(memberRecords, memberLayout, false, tally, last?.[1]);
    /** Reject a row that joins no household. */
    const alone = (side: Side, row: Row, issue: RowIssue, household = false): HouseholdEvent => joined.rejectRow(side.file, row.line, issue, row.id, household);
    /**
     * Reject a row that meets no row of its id in the other file, and has no id or is not trusted:
     * with its own issue or its cell count's; else for its empty id, or for an id that no household
     * may have for its length (as one table reports it), else as having no match (`otherwise`).
     */
    const lone = (side: Side, row: Row, otherwise: "io.no_members" | "io.no_household"): void => {
      const id = row.id;
      const issue = side.own(row) ?? (id === "" ? rowIssue("io.empty_household_id", "household_id", { column: "household_id" }) : (joined.idIssue(id) ?? rowIssue(otherwise, "household_id", { id: shown(id) })));
      out.push(alone(side, row, issue, side === households && id !== ""));
    };
    /** Add a row of the members file to the household being read, or reject it there (`alone`). */
    const add = (row: Row): void => {
      if (row.alone !== undefined) {
        passed.push(alone(members, row, row.alone));
        return;
      }
      const rejected = joined.addMember(memberLayout, members.file, row.cells, row.line, row.issue);
      if (rejected !== undefined) out.push(...rejected);
    };
    let h = await households.next();
    let m = await members.next();
    while (h !== undefined || m !== undefined) {
      if (step !== undefined) step(h, m);
      if (h?.alone !== undefined) {
        out.push(alone(households, h, h.alone));
        h = await households.next();
      } else if (m?.alone !== undefined) {
        out.push(alone(members, m, m.alone));
        m = await members.next();
      } else if (h !== undefined && (h.id === "" || (!h.trusted && h.id !== m?.id))) {
        // An untrusted row meets only a row of its own id: else it is rejected on its own, and the
        // other file's rows go on to be joined with the next rows read as rows.
        lone(households, h, "io.no_members");
        h = await households.next();
      } else if (m !== undefined && (m.id === "" || (!m.trusted && m.id !== h?.id))) {
        lone(members, m, "io.no_household");
        m = await members.next();
      } else if (h !== undefined && (m === undefined || h.id < m.id)) {
        out.push(alone(households, h, rowIssue("io.no_members", "household_id", { id: shown(h.id) }), true));
        h = await households.next();
      } else if (m !== undefined && (h === undefined || m.id < h.id)) {
        out.push(alone(members, m, rowIssue("io.no_household", "household_id", { id: shown(m.id) })));
        m = await members.next();
      } else if (h !== undefined && m !== undefined) {
        // The same id: the household and its member rows, up to the next id. A member row with an
        // empty id (or the unreadable end of the file) joins, and rejects, the household before it.
        // Untrusted rows of another id (a note between its rows), and rows of no id after them,
        // are held: they join it, and reject it, when its rows go on after them (it is never read
        // with members missing); else they are read again, as rows of no household being read.
        // Rows rejected on their own (out of order, a repeated header) are passed over, as if not
        // there: held with the rows held, else rejected with the household's events, by line.
        joined.openHousehold(h.cells, h.line, households.file, h.issue);
        const id = h.id;
        let held: Row[] = [];
        let row: Row | undefined = m;
        try {
          while (row !== undefined) {
            if (held.length === 0 && (row.alone !== undefined || row.id === id || row.id === "")) {
              add(row);
            } else if (row.alone === undefined && row.id === id) {
              for (const r of held) add(r);
              held = [];
              add(row);
            } else if ((row.alone !== undefined || row.id === "" || !row.trusted) && held.length < MAX_ROWS_PER_HOUSEHOLD) {
              held.push(row);
            } else break;
            row = await members.next();
          }
        } catch (error) {
          // Reading stopped: the household might have gone on after the rows held, which are rejected with it (as with one file).
          for (const r of held) add(r);
          throw error;
        }
        if (held.length > 0) {
          members.giveBack([...held, row]);
          row = await members.next();
        }
        m = row;
        const closed = joined.finish();
        if (closed !== undefined) out.push(...closed);
        if (passed.length > 0) {
          out.splice(0, out.length, ...byLine(out, passed, members.file));
          passed.length = 0;
        }
        h = await households.next();
      }
      // A plain loop: `yield*` over an array costs an async-from-sync iterator per step.
      for (const event of out) yield event;
      out.length = 0;
    }
  } catch (error) {
    // A stopping error: what was held is rejected, so that the summary accounts for every row read.
    const held = assembler?.stop(stopLine ?? Math.max(householdRecords.nextLine, memberRecords.nextLine));
    for (const event of byLine(held === undefined ? out : out.concat(held), passed, names.members)) yield event;
    throw error;
  }
}
