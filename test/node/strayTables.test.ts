// Found in real use, the two-table twin of straySorted.test.ts: a stray line in the households file
// before the first household (an officer's note, `catatan: data per Juni`, or any row of another
// cell count than the header's) was read as a household whose id, `catatan: …`, sorts after every
// `KT-…` id: the note was rejected as `io.no_members`, every household after it as `io.not_sorted`
// and every member row as `io.no_household`; one bad line lost the whole file. The same came of a
// stray line in the members file, and of a row whose id is no id at all (bytes that are not UTF-8,
// more than 100 characters). Such a row is now neither compared nor remembered by the order check
// of its file, and meets only rows of its own id in the join: else it is rejected on its own, with
// its line, and never makes a valid household or member row unmatched. A stray line among the
// member rows of one household joins it and rejects it (it is never read with members missing).
// `tepat-sasaran/node` and `/stream` read two tables with the same code, and agree.
//
// Found 2026-12-07 (session 46): a row of the members file rejected on its own (out of order, a
// repeated header) was reported as it was read, before a note held ahead of it (line 9 before line
// 8) and before the rows of the household it was read among; the events of a file now come in its
// line order. An id of more than 100 characters that met no row of its id was `io.no_members` /
// `io.no_household`; it is now the schema's `input.too_big`, as one table reports it. A note held
// when reading stopped (a runaway quote) was lost from the summary; it is rejected with the
// household, as with one file.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsCsv, type HouseholdStream, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, expectBalanced } from "./_helpers.js";

const H_COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS)];
const M_COLUMNS = ["household_id", "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const hRow = (id: string): string => H_COLUMNS.map((c) => (c === "household_id" ? id : HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS])).join(",");
const mRow = (id: string, cells: Record<string, string>): string => M_COLUMNS.map((c) => (c === "household_id" ? id : (cells[c] ?? ""))).join(",");
const head = (id: string): string => mRow(id, HEAD_CELLS);
const spouse = (id: string): string => mRow(id, SPOUSE_CELLS);
const child = (id: string): string => mRow(id, CHILD_CELLS);
const family = (id: string): string[] => [head(id), spouse(id), child(id)];

/** An officer's note: one cell, not the header's count. */
const NOTE = "catatan: data per Juni";
/** A broken line: a household id that sorts after the others, and one more cell. */
const BROKEN = "KT-0009,6402";
/** A household id of 101 characters (a household's id has at most 100), in a row of the header's cell count. */
const LONG = `catatan ${"x".repeat(93)}`;
/** A marker replaced by the byte 0xFF, which is not UTF-8. */
const BAD_BYTE = "\u0001";

const R = "ruta.csv";
const A = "art.csv";
const C = "io.column_count";
const IN = "io.household_rejected_in";

interface Case {
  readonly name: string;
  /** The data rows of each file; line 1 is the header, so row i is on line i + 2. */
  readonly households: readonly string[];
  readonly members: readonly string[];
  /** Accepted households: id, line in the households file, rows (its own and its members'). */
  readonly accepted: readonly (readonly [string, number, number])[];
  /** Rejected rows: file, line, code, household id as events show it. */
  readonly rejected: readonly (readonly [string, number, string, string | undefined])[];
}

const THREE = [hRow("KT-0001"), hRow("KT-0002"), hRow("KT-0003")];
const MEMBERS = [...family("KT-0001"), ...family("KT-0002"), ...family("KT-0003")];
const ALL: Case["accepted"] = [["KT-0001", 2, 4], ["KT-0002", 3, 4], ["KT-0003", 4, 4]];
/** The households all accepted, their rows one line further down the households file. */
const ALL_AFTER_ONE: Case["accepted"] = [["KT-0001", 3, 4], ["KT-0002", 4, 4], ["KT-0003", 5, 4]];

const CASES: readonly Case[] = [
  {
    name: "a note before the first household: every household accepted, the note rejected on its line",
    households: [NOTE, ...THREE],
    members: MEMBERS,
    accepted: ALL_AFTER_ONE,
    rejected: [[R, 2, C, NOTE]],
  },
  {
    name: "a broken line of a later id before the first household",
    households: [BROKEN, ...THREE],
    members: MEMBERS,
    accepted: ALL_AFTER_ONE,
    rejected: [[R, 2, C, "KT-0009"]],
  },
  {
    name: "a note between two households",
    households: [hRow("KT-0001"), NOTE, hRow("KT-0002"), hRow("KT-0003")],
    members: MEMBERS,
    accepted: [["KT-0001", 2, 4], ["KT-0002", 4, 4], ["KT-0003", 5, 4]],
    rejected: [[R, 3, C, NOTE]],
  },
  {
    name: "a broken line of a later id between two households",
    households: [hRow("KT-0001"), BROKEN, hRow("KT-0002"), hRow("KT-0003")],
    members: MEMBERS,
    accepted: [["KT-0001", 2, 4], ["KT-0002", 4, 4], ["KT-0003", 5, 4]],
    rejected: [[R, 3, C, "KT-0009"]],
  },
  {
    name: "an id of more than 100 characters before the first household, the row of the header's cell count",
    households: [hRow(LONG), ...THREE],
    members: MEMBERS,
    accepted: ALL_AFTER_ONE,
    rejected: [[R, 2, "input.too_big", `${LONG.slice(0, 100)}…`]],
  },
  {
    name: "an id that is not UTF-8 between two households",
    households: [hRow("KT-0001"), hRow(`KT-${BAD_BYTE}`), hRow("KT-0002"), hRow("KT-0003")],
    members: MEMBERS,
    accepted: [["KT-0001", 2, 4], ["KT-0002", 4, 4], ["KT-0003", 5, 4]],
    rejected: [[R, 3, "io.invalid_utf8", "KT-\uFFFD"]],
  },
  {
    name: "a note before the first member row",
    households: THREE,
    members: [NOTE, ...MEMBERS],
    accepted: ALL,
    rejected: [[A, 2, C, NOTE]],
  },
  {
    name: "a broken line of a later id before the first member row",
    households: THREE,
    members: ["KT-0009,1", ...MEMBERS],
    accepted: ALL,
    rejected: [[A, 2, C, "KT-0009"]],
  },
  {
    name: "a note between the member rows of two households",
    households: THREE,
    members: [...family("KT-0001"), NOTE, ...family("KT-0002"), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 5, C, NOTE]],
  },
  {
    name: "a member row whose id is not UTF-8 between two households' rows",
    households: THREE,
    members: [...family("KT-0001"), head(`KT-${BAD_BYTE}`), ...family("KT-0002"), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 5, "io.invalid_utf8", "KT-\uFFFD"]],
  },
  {
    name: "a note after the last member row",
    households: THREE,
    members: [...MEMBERS, NOTE],
    accepted: ALL,
    rejected: [[A, 11, C, NOTE]],
  },
  {
    name: "a note among the member rows of one household: it is rejected whole, never read with members missing",
    households: THREE,
    members: [head("KT-0001"), NOTE, spouse("KT-0001"), child("KT-0001"), ...family("KT-0002"), ...family("KT-0003")],
    accepted: [["KT-0002", 3, 4], ["KT-0003", 4, 4]],
    rejected: [[R, 2, IN, "KT-0001"], [A, 2, IN, "KT-0001"], [A, 3, C, "KT-0001"], [A, 4, IN, "KT-0001"], [A, 5, IN, "KT-0001"]],
  },
  {
    name: "a note in each file, before the first row",
    households: [NOTE, ...THREE],
    members: [NOTE, ...MEMBERS],
    accepted: ALL_AFTER_ONE,
    rejected: [[R, 2, C, NOTE], [A, 2, C, NOTE]],
  },
  {
    name: "a household out of order after a note is still rejected, as coming after the household before it",
    households: [NOTE, hRow("KT-0002"), hRow("KT-0001"), hRow("KT-0003")],
    members: [...family("KT-0002"), ...family("KT-0003")],
    accepted: [["KT-0002", 3, 4], ["KT-0003", 5, 4]],
    rejected: [[R, 2, C, NOTE], [R, 4, "io.not_sorted", "KT-0001"]],
  },
  {
    name: "a member row out of order after a note is still rejected, as coming after the row before it",
    households: THREE,
    members: [...family("KT-0001"), ...family("KT-0002"), NOTE, spouse("KT-0001"), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 8, C, NOTE], [A, 9, "io.not_sorted", "KT-0001"]],
  },
  {
    name: "a line that repeats the header after a note, between two households' member rows",
    households: THREE,
    members: [...family("KT-0001"), ...family("KT-0002"), NOTE, M_COLUMNS.join(","), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 8, C, NOTE], [A, 9, "io.header_repeated", undefined]],
  },
  {
    name: "a member row out of order after a note among one household's rows: by line among the household's",
    households: THREE,
    members: [...family("KT-0001"), head("KT-0002"), NOTE, spouse("KT-0001"), spouse("KT-0002"), child("KT-0002"), ...family("KT-0003")],
    accepted: [["KT-0001", 2, 4], ["KT-0003", 4, 4]],
    rejected: [[R, 3, IN, "KT-0002"], [A, 5, IN, "KT-0002"], [A, 6, C, "KT-0002"], [A, 7, "io.not_sorted", "KT-0001"], [A, 8, IN, "KT-0002"], [A, 9, IN, "KT-0002"]],
  },
  {
    name: "a member row out of order among one household's rows: passed over, the household read whole",
    households: THREE,
    members: [...family("KT-0001"), head("KT-0002"), spouse("KT-0001"), spouse("KT-0002"), child("KT-0002"), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 6, "io.not_sorted", "KT-0001"]],
  },
  {
    name: "an id of more than 100 characters between two households' member rows",
    households: THREE,
    members: [...family("KT-0001"), head(LONG), ...family("KT-0002"), ...family("KT-0003")],
    accepted: ALL,
    rejected: [[A, 5, "input.too_big", `${LONG.slice(0, 100)}…`]],
  },
  {
    name: "an id of more than 100 characters in both files: one household, rejected for its id",
    households: [hRow("KT-0001"), hRow(LONG)],
    members: [...family("KT-0001"), head(LONG)],
    accepted: [["KT-0001", 2, 4]],
    rejected: [[R, 3, "input.too_big", `${LONG.slice(0, 100)}…`], [A, 5, IN, `${LONG.slice(0, 100)}…`]],
  },
];

/** A file's bytes: the header, the rows, the marker of a bad byte made 0xFF. */
function bytesOf(columns: readonly string[], rows: readonly string[]): Buffer {
  const parts = `${[columns.join(","), ...rows].join("\n")}\n`.split(BAD_BYTE);
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
}

const options = { asOf: "2025-07-01" } as const;

/** The two readers of two tables: Node.js and `tepat-sasaran/stream`. */
const READERS = [
  [
    "tepat-sasaran/node",
    (households: Buffer, members: Buffer): HouseholdStream =>
      readHouseholdsCsv({ households: Readable.from([households]), members: Readable.from([members]), householdsFile: R, membersFile: A }, options),
  ],
  [
    "tepat-sasaran/stream",
    (households: Buffer, members: Buffer): HouseholdStream =>
      web.readHouseholdsCsv({ households: new File([households], R), members: new File([members], A) }, options),
  ],
] as const;

const compact = (r: RejectedRow) => [r.file, r.line, r.code, r.householdId] as const;

describe.each(READERS)("a stray line in two tables (%s)", (_, read) => {
  it.each(CASES)("$name", async ({ households, members, accepted, rejected }) => {
    const got = await collect(read(bytesOf(H_COLUMNS, households), bytesOf(M_COLUMNS, members)));
    expect(got.households.map((h) => [h.household.id, h.line, h.rows])).toEqual(accepted);
    expect(got.rejected.map(compact)).toEqual(rejected);
    expect(got.summary.rowsRead).toBe(households.length + members.length);
    expect(expectBalanced(got.summary, got.rejected)).toEqual([]);
    const late = got.rejected.find((r) => r.code === "io.not_sorted");
    if (late !== undefined) expect(late.message.en).toMatch(/^household_id "KT-0001" comes after "KT-000[12]";/);
    // The events of each file come in its line order.
    for (const file of [R, A]) {
      const lines = got.rejected.filter((r) => r.file === file).map((r) => r.line);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
    }
  });

  // Found 2026-12-07: the two-table reader said `io.no_members` / `io.no_household` for an id that no
  // household may have for its length, where one table gives the schema's `input.too_big`.
  it.each([
    ["households", [hRow(LONG), ...THREE], MEMBERS, R],
    ["members", THREE, [head(LONG), ...MEMBERS], A],
  ] as const)("rejects an id of more than 100 characters in the %s file as one table does", async (_, households, members, file) => {
    const two = await collect(read(bytesOf(H_COLUMNS, households), bytesOf(M_COLUMNS, members)));
    // The same household in one table: its row and its head's cells after the id.
    const oneTable = [[...H_COLUMNS, ...M_COLUMNS.slice(1)].join(","), `${hRow(LONG)},${head(LONG).slice(LONG.length + 1)}`];
    const one = await collect(readHouseholdsCsv(Readable.from([`${oneTable.join("\n")}\n`]), options));
    const { code, field, householdId, message } = one.rejected[0]!;
    expect(one.rejected.map((r) => r.code)).toEqual(["input.too_big"]);
    expect(two.rejected).toEqual([{ kind: "rejected", file, line: 2, code, message, field, householdId }]);
    expect(message.id).toBe("Terlalu besar: diharapkan string memiliki <=100 karakter");
  });
});

describe("two tables: reading stopped while a note is held among a household's member rows", () => {
  it.each(READERS)("the note is rejected with the household, and every row read is accounted for (%s)", async (_, read) => {
    const members = Buffer.from(`${[M_COLUMNS.join(","), head("KT-0001"), NOTE, `KT-0001,"${"x".repeat(1_100_000)}`].join("\n")}\n`);
    const stream = read(bytesOf(H_COLUMNS, THREE), members);
    const got: RejectedRow[] = [];
    await expect(async () => {
      for await (const event of stream) if (event.kind === "rejected") got.push(event);
    }).rejects.toThrow(/io.record_too_large/);
    expect(got.map(compact)).toEqual([[R, 2, "io.read_stopped", "KT-0001"], [A, 2, "io.read_stopped", "KT-0001"], [A, 3, C, "KT-0001"]]);
    expect(expectBalanced(stream.summary, got)).toEqual([]);
  });
});
