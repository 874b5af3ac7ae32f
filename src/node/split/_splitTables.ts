import { join } from "node:path";
import { failure } from "../../message/error.js";
import { MORE, RECORD } from "../_byteScan.js";
import { ByteRecords, END, TOO_LARGE } from "../_byteRecords.js";
import { CsvAssembler, MAX_ROWS_PER_HOUSEHOLD } from "../_csvAssembler.js";
import type { CsvLayout } from "../_csvHeader.js";
import { tableEvents } from "../_csvTables.js";
import type { RowIssue } from "../_cells.js";
import { possibleId } from "../_idCheck.js";
import { nodeChunks } from "../_openSource.js";
import { regencyKeyOfText } from "../_regencyKey.js";
import { shown } from "../_shown.js";
import { PartWriter, partKey, publish, removeTemporaryParts, tagOf, temporaryPart, type SplitOptions } from "../_splitByRegency.js";
import { Tally } from "../_tally.js";
import type { HouseholdEvent, ReadHouseholdsCsvOptions, RejectedRow } from "../types.js";
import { splitMessages } from "./messages.js";

// Partitioning the two-table layout (a households file and a members file, both sorted by
// household_id) by regency. The two files are joined by the reader's own join (`tableEvents`, the
// code `readHouseholdsCsv({ households, members })` runs), given an assembler that validates
// nothing and only notes where each row goes: a households-file row that opens a household, and
// every members-file row the join adds to it, go to the partition of the household's regency cell;
// every row the join rejects on its own (a member row of no household, a household row without
// member rows, a row out of id order, a repeated household id, a line repeating a header, a row of
// no id or of untrusted cells that joins no household) goes to no partition and is rejected here,
// with the event the run over both files gives it. Each file is read a second time, in step, with
// the readers' CSV grammar on its bytes (RecordScanner), and each row placed is copied byte for
// byte. A partition's pair of files holds each of its households with exactly the rows the whole
// run joined to it, both files still sorted: its run reads each household as the whole run does.
//
// One case cannot be made equal, and is refused: in a partition, the rows of another regency
// between two households are gone, so a row of untrusted cells (of another cell count, or an id no
// household may have) whose id is that of an earlier household of the same partition could join
// that household there, where the whole run joined it to the household it was read with.

const CHUNK = 1 << 20;
const HELD_TOTAL = 32 << 20;
const PART_FLUSH = 1 << 20;

/** One pair of files written by {@link splitTablesByRegency}. @internal */
export interface TablesPart {
  /** The regency's digits (`6402`), or `none` for households without a regency code's 4 digits. */
  readonly key: string;
  /** The households file written, `part-<key>.csv`, and the members file, `part-<key>.members.csv`. */
  readonly file: string;
  readonly members: string;
  readonly households: number;
  /** Member rows written. */
  readonly memberRows: number;
}

/** What {@link splitTablesByRegency} read and wrote. @internal */
export interface TablesSplit {
  /** Data rows read in the households file and in the members file. */
  readonly householdRows: number;
  readonly memberRows: number;
  /** Rows rejected here, of both files (each written to no partition). */
  readonly rejectedRows: number;
  /** By key, ascending (`none` last). */
  readonly parts: readonly TablesPart[];
}

/** Options of {@link splitTablesByRegency}. @internal */
export interface TablesSplitOptions extends Omit<SplitOptions, "file"> {
  /** The names of the two files in events and errors. */
  readonly householdsFile: string;
  readonly membersFile: string;
}

/** A record of one file: where it starts, and its bytes as written (copied). */
interface ByteRecord {
  readonly line: number;
  readonly bytes: Uint8Array;
}

/** The next record of a file that is not blank, its bytes copied, or `undefined` at the end of the file. */
async function nextRecord(records: ByteRecords): Promise<ByteRecord | undefined> {
  for (;;) {
    const found = records.next();
    if (found === END) return undefined;
    if (found === TOO_LARGE) throw records.refused;
    // A record, or a quote never closed: the rest of the file, one record as written.
    if (found !== MORE) return { line: found === RECORD ? records.scanner.line : records.scanner.nextLine, bytes: Uint8Array.prototype.slice.call(records.buf, records.start, records.pos) };
    await records.fill(records.pos);
  }
}

/** Where the join put a row: the partition of its household, or none (rejected here). */
interface Note {
  /** 0: the households file, 1: the members file. */
  readonly side: 0 | 1;
  readonly line: number;
  readonly key: string | undefined;
}

/**
 * A household of a partition whose rows have all been read, as the partition's run still sees it:
 * reading on past them for rows of its id (as the join does after a row of untrusted cells), with
 * `held` rows held so far.
 */
interface Open {
  readonly id: string;
  held: number;
}

/** The event that closes a household in the join: what it yields for a household here (nothing is validated). */
const CLOSED = Object.freeze({ kind: "household" }) as unknown as HouseholdEvent;

/**
 * Write the households of a households file and a members file into one pair of files per regency
 * (`part-<digits>.csv`, `part-<digits>.members.csv`: each with its file's header, then the rows of
 * each household of that regency in file order), reading each file twice (the join, then the bytes
 * copied) with bounded memory. Rows the join over both files rejects on their own are rejected here
 * (`onRejected`, with the same events) and written to no partition. Header problems throw as
 * `readHouseholdsCsv` throws them. The partitions are written under temporary names and renamed
 * when both files have been read: a split that fails removes them.
 * @internal
 */
export async function splitTablesByRegency(households: string, members: string, options: TablesSplitOptions): Promise<TablesSplit> {
  const tag = tagOf(options.tag);
  if (households === members || options.householdsFile === options.membersFile) throw failure(splitMessages, "split.tables_not_a_file");
  try {
    return await split(households, members, options, tag);
  } catch (error) {
    removeTemporaryParts(options.dir, tag);
    throw error;
  }
}

/** A partition's two files. */
interface Pair {
  readonly key: string;
  readonly households: PartWriter;
  readonly members: PartWriter;
}

async function split(households: string, members: string, options: TablesSplitOptions, tag: string): Promise<TablesSplit> {
  const delimiter = (options.delimiter ?? ",").charCodeAt(0);
  const files = [options.householdsFile, options.membersFile] as const;
  const bytes = [new ByteRecords(households, files[0], delimiter, CHUNK, 2 * CHUNK), new ByteRecords(members, files[1], delimiter, CHUNK, 2 * CHUNK)] as const;
  const headers: Uint8Array[] = [];
  const pairs = new Map<string, Pair>();
  /** By partition, its households still reading on, in its run, for rows of their ids. */
  const opens = new Map<string, Open[]>();
  const notes: Note[] = [];
  const read = [0, 0];
  let rejectedRows = 0;
  let heldTotal = 0;

  const pairOf = (key: string): Pair => {
    let pair = pairs.get(key);
    if (pair === undefined) {
      const names = [`part-${key}.csv`, `part-${key}.members.csv`];
      const writer = (i: 0 | 1) => new PartWriter(key, join(options.dir, names[i] as string), temporaryPart(options.dir, names[i] as string, tag), headers[i] as Uint8Array);
      pair = { key, households: writer(0), members: writer(1) };
      pairs.set(key, pair);
    }
    return pair;
  };

  /** The join's assembler here: it reads no household, and notes where each row goes. */
  class Placer extends CsvAssembler {
    private readonly regency: number;
    private readonly idIndex: number;
    /** The household being read: its partition and id. */
    private key: string | undefined;
    private id = "";

    constructor(...args: ConstructorParameters<typeof CsvAssembler>) {
      super(...args);
      const layout = args[0];
      this.regency = layout.household.find((c) => c.column.name === "regency")?.index ?? -1;
      this.idIndex = layout.idIndex;
    }

    override openHousehold(cells: readonly string[], line: number): void {
      const regency = this.regency < 0 ? "" : (cells[this.regency] ?? "");
      // The digits only, as one-file split reads them from the bytes: 64.02 and 6402 go together.
      this.key = partKey(regencyKeyOfText(regency));
      this.id = cells[this.idIndex] ?? "";
      notes.push({ side: 0, line, key: this.key });
    }

    override addMember(layout: CsvLayout, _file: string, cells: readonly string[], line: number): HouseholdEvent[] | undefined {
      const key = this.key as string;
      const id = cells[layout.idIndex] ?? "";
      const trusted = cells.length === layout.width && possibleId(id);
      // The households of this partition read before, reading on in its run past their rows (the
      // rows between, of other partitions, are not there): this row must not be one they take.
      const open = opens.get(key);
      if (open !== undefined && open.length > 0) {
        const still = open.filter((earlier) => {
          if (earlier.held === 0 ? id === "" || id === earlier.id : id === earlier.id) {
            throw failure(splitMessages, "split.stray_joins_earlier", { file: shown(files[1], 200), line, id: shown(id), part: key });
          }
          if ((id === "" || !trusted) && earlier.held < MAX_ROWS_PER_HOUSEHOLD) {
            earlier.held += 1;
            return true;
          }
          return false;
        });
        opens.set(key, still);
      }
      notes.push({ side: 1, line, key });
      return undefined;
    }

    override finish(): HouseholdEvent[] | undefined {
      const key = this.key;
      if (key !== undefined) {
        const open = opens.get(key);
        if (open === undefined) opens.set(key, [{ id: this.id, held: 0 }]);
        else open.push({ id: this.id, held: 0 });
      }
      this.key = undefined;
      return [CLOSED];
    }

    override rejectRow(file: string, line: number, issue: RowIssue, householdId: string, household: boolean): RejectedRow {
      notes.push({ side: file === files[0] ? 0 : 1, line, key: undefined });
      return super.rejectRow(file, line, issue, householdId, household);
    }

    override stop(): HouseholdEvent[] | undefined {
      return undefined;
    }
  }

  /** Copy the rows noted so far to their partitions, reading each file's bytes up to them. */
  const place = async (): Promise<void> => {
    for (const note of notes) {
      const source = bytes[note.side];
      const record = await nextRecord(source);
      // The join notes every row of a file once, in file order: anything else is a bug, never a row lost.
      if (record === undefined || record.line !== note.line) {
        throw failure(splitMessages, "split.unplaced_row", { file: shown(source.file, 200), line: Math.min(record?.line ?? note.line, note.line) });
      }
      read[note.side] = (read[note.side] as number) + 1;
      if (note.key === undefined) {
        rejectedRows += 1;
        continue;
      }
      const pair = pairOf(note.key);
      const writer = note.side === 0 ? pair.households : pair.members;
      writer.add(record.bytes);
      heldTotal += record.bytes.length;
      if (note.side === 0) writer.households += 1;
      else writer.rows += 1;
      if (writer.heldBytes >= PART_FLUSH) {
        heldTotal -= writer.heldBytes;
        await writer.flush();
      }
      if (heldTotal >= HELD_TOTAL) {
        for (const p of pairs.values()) {
          await p.households.flush();
          await p.members.flush();
        }
        heldTotal = 0;
      }
    }
    notes.length = 0;
  };

  const readOptions: ReadHouseholdsCsvOptions = {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.asOfChecks ? { asOfChecks: options.asOfChecks } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.unknownColumns ? { unknownColumns: options.unknownColumns } : {}),
    ...(options.renameColumns ? { renameColumns: options.renameColumns } : {}),
  };
  const tally = new Tally(`${files[0]} + ${files[1]}`, readOptions);
  try {
    const events = tableEvents({ households, members, householdsFile: files[0], membersFile: files[1] }, tally, readOptions, nodeChunks, Placer);
    let headed = false;
    for await (const event of events) {
      if (!headed) {
        // The join has read both headers (and refused a bad one): the partitions' headers, as written.
        for (const source of bytes) headers.push((await nextRecord(source))?.bytes ?? new Uint8Array(0));
        headed = true;
      }
      await place();
      if (event !== CLOSED) await options.onRejected?.(event as RejectedRow);
    }
    if (!headed) for (const source of bytes) headers.push((await nextRecord(source))?.bytes ?? new Uint8Array(0));
    await place();
    for (const source of bytes) {
      const rest = await nextRecord(source);
      if (rest !== undefined) throw failure(splitMessages, "split.unplaced_row", { file: shown(source.file, 200), line: rest.line });
    }
    for (const pair of pairs.values()) {
      await pair.households.flush();
      await pair.members.flush();
    }
  } finally {
    await Promise.all(bytes.map((source) => source.close()));
  }
  publish([...pairs.values()].flatMap((pair) => [pair.households, pair.members]));
  const sorted = [...pairs.values()].sort((a, b) => (a.key === "none" ? 1 : b.key === "none" ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    householdRows: read[0] as number,
    memberRows: read[1] as number,
    rejectedRows,
    parts: sorted.map((pair) => ({ key: pair.key, file: pair.households.path, members: pair.members.path, households: pair.households.households, memberRows: pair.members.rows })),
  };
}
