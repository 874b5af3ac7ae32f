import { failure } from "../message/error.js";
import { rowIssue, type RowIssue } from "./_cells.js";
import { CsvAssembler, MAX_ROWS_PER_HOUSEHOLD } from "./_csvAssembler.js";
import { headerId, readHeader, repeatsHeader, type CsvLayout } from "./_csvHeader.js";
import { CsvRecords } from "./_csvParse.js";
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
 * A data row of one of the two files, with its id; `issue` marks the unreadable end of a file or
 * bytes that are not UTF-8. `trusted`: of the header's cell count, and its id one a household may
 * have (valid UTF-8, at most 100 characters); an untrusted row (a note line, a broken line) is not
 * sorted by, and joins a household only when its id is that household's.
 */
interface Row {
  readonly cells: readonly string[];
  readonly line: number;
  readonly id: string;
  readonly issue?: RowIssue | undefined;
  readonly trusted: boolean;
}

/**
 * One of the two files: reads its rows in order, counts them, and rejects on its own (into `out`)
 * every row whose `household_id` comes before the previous one (`io.not_sorted`) or, in the
 * households file, repeats it (`io.duplicate_household_id`), and every line that repeats the header
 * (`io.header_repeated`). Rows with an empty id are passed on, and so are untrusted rows, whose ids
 * are neither compared nor remembered: one stray line never puts the rows after it out of order.
 */
class Side {
  private last: string | undefined;
  private endReported = false;
  /** Rows read ahead and given back ({@link Side.giveBack}), given again before any other. */
  private back: Row[] = [];

  constructor(
    private readonly records: CsvRecords,
    readonly layout: CsvLayout,
    private readonly strict: boolean,
    private readonly tally: Tally,
    private readonly assembler: CsvAssembler,
    private readonly out: HouseholdEvent[],
  ) {}

  get file(): string {
    return this.records.file;
  }

  /** Give rows back, to be read again, in order, before the rest of the file. */
  giveBack(rows: readonly (Row | undefined)[]): void {
    for (const row of rows) if (row !== undefined) this.back.push(row);
  }

  /** The issue a row rejected on its own is reported with: its own, or `otherwise`. */
  own(row: Row, otherwise: RowIssue): RowIssue {
    const received = row.cells.length;
    const expected = this.layout.width;
    return row.issue ?? (received === expected ? otherwise : rowIssue("io.column_count", undefined, { expected, received }));
  }

  async next(): Promise<Row | undefined> {
    const back = this.back.shift();
    if (back !== undefined) return back;
    for (;;) {
      const record = await this.records.next();
      if (record === undefined) {
        if (!this.records.unclosedQuote || this.endReported) return undefined;
        // The last record swallowed the rest of the file in an unclosed quote: one unreadable row.
        this.endReported = true;
        this.tally.row();
        const line = this.records.nextLine;
        return { cells: [], line, id: "", issue: rowIssue("io.unclosed_quote", undefined, { line }), trusted: false };
      }
      this.tally.row();
      const id = record.cells[this.layout.idIndex] ?? "";
      let issue: RowIssue | undefined;
      if (record.invalidCell >= 0) {
        const column = this.layout.names[record.invalidCell] ?? String(record.invalidCell + 1);
        issue = rowIssue("io.invalid_utf8", column, { column: shown(column) });
      }
      // A line that repeats the header (files joined together) is rejected on its own, as an unsorted
      // row is: the rows of its file around it are joined by their ids as if it were not there.
      if (headerId(id) && repeatsHeader(record.cells, this.layout.names)) {
        this.out.push(this.assembler.rejectRow(this.file, record.line, rowIssue("io.header_repeated", undefined, { line: record.line }), "", false));
        continue;
      }
      const trusted = record.cells.length === this.layout.width && possibleId(id);
      const last = this.last;
      if (trusted && id !== "" && last !== undefined && (id < last || (this.strict && id === last))) {
        const issue =
          id === last
            ? rowIssue("io.duplicate_household_id", "household_id", { id: shown(id) })
            : rowIssue("io.not_sorted", "household_id", { id: shown(id), previous: shown(last) });
        this.out.push(this.assembler.rejectRow(this.file, record.line, issue, id, false));
        continue;
      }
      if (trusted && id !== "") this.last = id;
      return { cells: record.cells, line: record.line, id, issue, trusted };
    }
  }
}

/** Read the header of one file; a file without one is an error. */
async function header(records: CsvRecords, table: "households" | "members", options: ReadHouseholdsCsvOptions): Promise<CsvLayout> {
  const first = await records.next();
  if (first === undefined) throw failure(ioMessages, "io.no_header", { file: shown(records.file, 200) });
  return readHeader(first.cells, options.unknownColumns ?? "error", { table, file: records.file });
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
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const names = tableNames(tables);
  const householdRecords = new CsvRecords(tables.households, names.households, options, open);
  const memberRecords = new CsvRecords(tables.members, names.members, options, open);
  const out: HouseholdEvent[] = [];
  let assembler: CsvAssembler | undefined;
  try {
    const householdLayout = await header(householdRecords, "households", options);
    const memberLayout = await header(memberRecords, "members", options);
    tally.ignoredColumns = [...householdLayout.ignored, ...memberLayout.ignored];
    const joined = new CsvAssembler(householdLayout, names.households, tally, { ...options, householdIds: "none" });
    assembler = joined;
    const households = new Side(householdRecords, householdLayout, true, tally, joined, out);
    const members = new Side(memberRecords, memberLayout, false, tally, joined, out);
    /** Reject a row that joins no household. */
    const alone = (side: Side, row: Row, issue: RowIssue, household = false): void => {
      out.push(joined.rejectRow(side.file, row.line, issue, row.id, household));
    };
    /** Add a row of the members file to the household being read. */
    const add = (row: Row): void => {
      const rejected = joined.addMember(memberLayout, members.file, row.cells, row.line, row.issue);
      if (rejected !== undefined) out.push(...rejected);
    };
    let h = await households.next();
    let m = await members.next();
    while (h !== undefined || m !== undefined) {
      // An untrusted row meets only a row of its own id: else it is rejected on its own, and the
      // other file's rows go on to be joined with the next rows read as rows.
      if (h !== undefined && (h.id === "" || (!h.trusted && h.id !== m?.id))) {
        alone(households, h, households.own(h, rowIssue(h.id === "" ? "io.empty_household_id" : "io.no_members", "household_id", { id: shown(h.id) })), h.id !== "");
        h = await households.next();
      } else if (m !== undefined && (m.id === "" || (!m.trusted && m.id !== h?.id))) {
        alone(members, m, members.own(m, rowIssue(m.id === "" ? "io.empty_household_id" : "io.no_household", "household_id", { id: shown(m.id) })));
        m = await members.next();
      } else if (h !== undefined && (m === undefined || h.id < m.id)) {
        alone(households, h, rowIssue("io.no_members", "household_id", { id: shown(h.id) }), true);
        h = await households.next();
      } else if (m !== undefined && (h === undefined || m.id < h.id)) {
        alone(members, m, rowIssue("io.no_household", "household_id", { id: shown(m.id) }));
        m = await members.next();
      } else if (h !== undefined && m !== undefined) {
        // The same id: the household and its member rows, up to the next id. A member row with an
        // empty id (or the unreadable end of the file) joins, and rejects, the household before it.
        // Untrusted rows of another id (a note between its rows), and rows of no id after them,
        // are held: they join it, and reject it, when its rows go on after them (it is never read
        // with members missing); else they are read again, as rows of no household being read.
        joined.openHousehold(h.cells, h.line, households.file, h.issue);
        const id = h.id;
        let held: Row[] = [];
        let row: Row | undefined = m;
        while (row !== undefined) {
          if (row.id === id || (row.id === "" && held.length === 0)) {
            for (const r of held) add(r);
            held = [];
            add(row);
          } else if ((row.id === "" || !row.trusted) && held.length < MAX_ROWS_PER_HOUSEHOLD) {
            held.push(row);
          } else break;
          row = await members.next();
        }
        if (held.length > 0) {
          members.giveBack([...held, row]);
          row = await members.next();
        }
        m = row;
        const closed = joined.finish();
        if (closed !== undefined) out.push(...closed);
        h = await households.next();
      }
      // A plain loop: `yield*` over an array costs an async-from-sync iterator per step.
      for (const event of out) yield event;
      out.length = 0;
    }
  } catch (error) {
    // A stopping error: what was held is rejected, so that the summary accounts for every row read.
    const held = assembler?.stop(Math.max(householdRecords.nextLine, memberRecords.nextLine));
    for (const event of out) yield event;
    if (held !== undefined) for (const event of held) yield event;
    throw error;
  } finally {
    householdRecords.close();
    memberRecords.close();
  }
  tally.finish();
}
