// Found in real use: with `householdIds: "sorted"` a stray line before the first household (an
// officer's note, `catatan: data per Juni`, or any row of another cell count than the header's) was
// read as a household whose id, `catatan: …`, sorts after every `KT-…` id: every valid household
// after it was rejected as out of order, and one bad line lost the whole file. The same came of a
// stray line between two households, and of a household whose id is no id at all (bytes that are
// not UTF-8, more than 100 characters). A household started by a row whose cells cannot be trusted,
// or whose id no household may have, is now neither compared nor remembered by the order check: it
// is rejected on its own as before, and the next household is compared with the last one read as a
// household. A household whose id is that last one's again (the rows between were not its) is
// `io.household_not_contiguous`, as under `"seen"`. One thread (`tepat-sasaran/node` and
// `/stream`) and the parallel runner's reading thread, on both routes, agree.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { assessHouseholdsParallel, readHouseholdsCsv, simulateHouseholdsParallel, type HouseholdStream, type ReadHouseholdsCsvOptions, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, expectBalanced, tempFile, type RowsCase } from "./_helpers.js";

const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const HEADER = COLUMNS.join(",");
const row = (id: string, cells: Record<string, string>): string =>
  COLUMNS.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const family = (id: string): string[] => [row(id, HEAD_CELLS), row(id, SPOUSE_CELLS), row(id, CHILD_CELLS)];

/** An officer's note: one cell, not the header's 16. */
const NOTE = "catatan: data per Juni";
/** A broken line: a household id that sorts after the others, and one cell. */
const BROKEN = "KT-0009,6402";
/** A household id of 101 characters (a household's id has at most 100), in a row of the header's cell count. */
const LONG = `catatan ${"x".repeat(93)}`;
/** A row of the header's cell count whose id is not UTF-8 (`KT-` and the byte 0xFF): a marker replaced by the byte. */
const BAD_BYTE = "\u0001";
const INVALID = row(`KT-${BAD_BYTE}`, HEAD_CELLS);

const C = "io.column_count";
const H = "io.household_rejected";
const ORDER = "io.household_out_of_order";
const AGAIN = "io.household_not_contiguous";

interface Case extends RowsCase {
  /** The id an out-of-order household is said to come after. */
  readonly previous?: string;
}

const CASES: readonly Case[] = [
  {
    name: "a note before the first household: every household accepted, the note rejected on its line",
    rows: [NOTE, ...family("KT-0001"), ...family("KT-0002"), ...family("KT-0003")],
    accepted: [["KT-0001", 3, 3], ["KT-0002", 6, 3], ["KT-0003", 9, 3]],
    rejected: [[2, C, NOTE]],
  },
  {
    name: "a broken line of a later id before the first household",
    rows: [BROKEN, ...family("KT-0001"), ...family("KT-0002")],
    accepted: [["KT-0001", 3, 3], ["KT-0002", 6, 3]],
    rejected: [[2, C, "KT-0009"]],
  },
  {
    name: "two stray lines before the first household",
    rows: [NOTE, BROKEN, ...family("KT-0001"), ...family("KT-0002")],
    accepted: [["KT-0001", 4, 3], ["KT-0002", 7, 3]],
    rejected: [[2, C, NOTE], [3, C, "KT-0009"]],
  },
  {
    name: "a note between two households",
    rows: [...family("KT-0001"), NOTE, ...family("KT-0002"), ...family("KT-0003")],
    accepted: [["KT-0001", 2, 3], ["KT-0002", 6, 3], ["KT-0003", 9, 3]],
    rejected: [[5, C, NOTE]],
  },
  {
    name: "a broken line of a later id between two households",
    rows: [...family("KT-0001"), BROKEN, ...family("KT-0002")],
    accepted: [["KT-0001", 2, 3], ["KT-0002", 6, 3]],
    rejected: [[5, C, "KT-0009"]],
  },
  {
    name: "an id of more than 100 characters before the first household, the row of the header's cell count",
    rows: [row(LONG, HEAD_CELLS), ...family("KT-0001"), ...family("KT-0002")],
    accepted: [["KT-0001", 3, 3], ["KT-0002", 6, 3]],
    rejected: [[2, "input.too_big", `${LONG.slice(0, 100)}…`]],
  },
  {
    name: "an id that is not UTF-8 between two households",
    rows: [...family("KT-0001"), INVALID, ...family("KT-0002")],
    accepted: [["KT-0001", 2, 3], ["KT-0002", 6, 3]],
    rejected: [[5, "io.invalid_utf8", "KT-\uFFFD"]],
  },
  {
    name: "a household out of order after a note is still rejected, as coming after the household before it",
    rows: [NOTE, ...family("KT-0002"), ...family("KT-0001"), ...family("KT-0003")],
    accepted: [["KT-0002", 3, 3], ["KT-0003", 9, 3]],
    rejected: [[2, C, NOTE], [6, ORDER, "KT-0001"], [7, H, "KT-0001"], [8, H, "KT-0001"]],
    previous: '"KT-0002"',
  },
  {
    name: "a household again after a broken line that starts a household: not contiguous, as under seen",
    rows: [...family("KT-0001"), BROKEN, row("KT-0009", HEAD_CELLS), ...family("KT-0001"), ...family("KT-0010")],
    accepted: [["KT-0001", 2, 3], ["KT-0010", 10, 3]],
    rejected: [[5, C, "KT-0009"], [6, H, "KT-0009"], [7, AGAIN, "KT-0001"], [8, H, "KT-0001"], [9, H, "KT-0001"]],
  },
  {
    name: "a household again after a line that repeats the header: not contiguous, as under seen",
    rows: [...family("KT-0001"), HEADER, ...family("KT-0001"), ...family("KT-0002")],
    accepted: [["KT-0001", 2, 3], ["KT-0002", 9, 3]],
    rejected: [[5, "io.header_repeated", undefined], [6, AGAIN, "KT-0001"], [7, H, "KT-0001"], [8, H, "KT-0001"]],
  },
];

/** The file's bytes: the header, the rows, the marker of a bad byte made 0xFF. */
function bytesOf(rows: readonly string[]): Buffer {
  const text = `${[HEADER, ...rows].join("\n")}\n`;
  const parts = text.split(BAD_BYTE);
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
}

const options = { asOf: "2025-07-01", householdIds: "sorted" } as const satisfies ReadHouseholdsCsvOptions;

/** The one-thread readers: Node.js and `tepat-sasaran/stream`. */
const ONE_THREAD = [
  ["tepat-sasaran/node", (bytes: Buffer): HouseholdStream => readHouseholdsCsv(Readable.from([bytes]), options)],
  ["tepat-sasaran/stream", (bytes: Buffer): HouseholdStream => web.readHouseholdsCsv(new Blob([bytes]), options)],
] as const;

const compact = (r: RejectedRow) => [r.line, r.code, r.householdId] as const;

describe.each(ONE_THREAD)('a stray line and the order check of householdIds: "sorted" (%s)', (_, read) => {
  it.each(CASES)("$name", async ({ rows, accepted, rejected, previous }) => {
    const got = await collect(read(bytesOf(rows)));
    expect(got.households.map((h) => [h.household.id, h.line, h.rows])).toEqual(accepted);
    expect(got.rejected.map(compact)).toEqual(rejected);
    expect(got.summary.rowsRead).toBe(rows.length);
    expect(expectBalanced(got.summary, got.rejected)).toEqual([]);
    const late = got.rejected.find((r) => r.code === ORDER);
    expect(late?.message.en).toBe(previous === undefined ? undefined : `Household "KT-0001" comes after ${previous}, but the file was declared sorted by household_id`);
  });
});

describe('a stray line and the order check of householdIds: "sorted", the parallel runner with 2 workers', () => {
  it.each(CASES)("both routes give what one thread gives: $name", { timeout: 60_000 }, async ({ rows, accepted, rejected }) => {
    const path = tempFile("registry.csv", bytesOf(rows));
    const one = await collect(readHouseholdsCsv(path, options));
    expect(one.rejected.map(compact)).toEqual(rejected);
    // Route `order`: the events in file order.
    const expected = [...accepted.map(([id, line, n]) => [line, `${id} ${n}`] as const), ...rejected.map(([line, code, id]) => [line, `${code} ${id}`] as const)]
      .sort((a, b) => a[0] - b[0])
      .map(([line, what]) => `${line} ${what}`);
    const seen: string[] = [];
    const stream = assessHouseholdsParallel(path, { ...options, programs: ["pkh"], workers: 2 });
    for await (const event of stream) seen.push(event.kind === "rejected" ? `${event.line} ${event.code} ${event.householdId}` : `${event.line} ${event.householdId} ${event.rows}`);
    expect(seen).toEqual(expected);
    expect(stream.summary.rowsRead).toBe(rows.length);
    // Route `regency`: the rejected rows as one thread gives them, and as many households.
    const byRegency: RejectedRow[] = [];
    const simulated = { ...options, scenario: { name: "cash", programs: ["pkh"] }, povertyLines: { "64.02": 682_490 }, mpi: { missing: "reweight" }, missingConsumption: "exclude" } as const;
    const { summary } = await simulateHouseholdsParallel(path, { ...simulated, workers: 2, onRejected: (r) => void byRegency.push(r) });
    expect(byRegency.map((r) => JSON.stringify(r))).toEqual(one.rejected.map((r) => JSON.stringify(r)));
    expect(summary.householdsAccepted).toBe(accepted.length);
  });
});
