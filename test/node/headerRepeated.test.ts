// CSV files joined together (`cat kec1.csv kec2.csv > kab.csv`, or spreadsheet exports pasted one
// under the other) repeat the header line among the data. Such a line was read as a data row: a
// "household" whose id is `household_id`, rejected with a pile of cell errors (a regency that is no
// region code, a birth date that is no date, …), its id then taken by the id checks (under
// `householdIds: "sorted"` every household after it came "out of order"; a second one was "not
// contiguous"); a payment row with every cell wrong; in the two-table layout every row after it "not
// sorted". Every CSV reader now rejects such a line with one event, `io.header_repeated`, and goes
// on. In the one-file layout the line ends the household being read, as any row of another id does
// (a household whose rows go on after it is then "not contiguous", as today); in the two-table layout
// it is skipped by its file, as an unsorted row is, and the rows around it are joined by their ids.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { readHouseholdsCsv, readPaymentsCsv, type PaymentEvent, type ReadHouseholdsCsvOptions, type RejectedRow } from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, expectBalanced, nik, tempDir, tempFile, text } from "./_helpers.js";

const R = "io.header_repeated";
const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const HEADER = COLUMNS.join(",");
const QUOTED = COLUMNS.map((c) => `"${c}"`).join(",");
const SHOUTED = COLUMNS.map((c) => ` ${c.toUpperCase()} `).join(",");
/** One cell other than the header's: an ordinary bad row, not a repeated header. */
const PARTLY = COLUMNS.map((c) => (c === "regency" ? "kabupaten" : c)).join(",");
const row = (id: string, cells: Record<string, string>): string =>
  COLUMNS.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const head = (id: string) => row(id, HEAD_CELLS);
const spouse = (id: string) => row(id, SPOUSE_CELLS);
const child = (id: string) => row(id, CHILD_CELLS);
const family = (id: string): string[] => [head(id), spouse(id), child(id)];

/** What a read gave, compactly: accepted [id, line, rows]; rejected [line, code, household id]. */
type Accepted = readonly [string, number, number];
type Rejected = readonly [number, string, string?];

interface Case {
  readonly name: string;
  /** The lines after the header line (line 1). */
  readonly lines: readonly string[];
  readonly eol?: "\n" | "\r\n";
  readonly options?: ReadHouseholdsCsvOptions;
  readonly accepted: readonly Accepted[];
  readonly rejected: readonly Rejected[];
  /** The line of a row that only partly repeats the header: rejected for its cells, as a household `household_id`. */
  readonly ordinary?: number;
}

const CASES: readonly Case[] = [
  { name: "at the start of the data", lines: [HEADER, ...family("h1"), ...family("h2")], accepted: [["h1", 3, 3], ["h2", 6, 3]], rejected: [[2, R]] },
  { name: "between households", lines: [...family("h1"), HEADER, ...family("h2")], accepted: [["h1", 2, 3], ["h2", 6, 3]], rejected: [[5, R]] },
  {
    name: "between households, ids declared sorted (the line's id is not checked)",
    lines: [...family("h1"), HEADER, ...family("h2")],
    options: { householdIds: "sorted" },
    accepted: [["h1", 2, 3], ["h2", 6, 3]],
    rejected: [[5, R]],
  },
  {
    name: "three files joined (the second repeated header is no reappearing id)",
    lines: [...family("h1"), HEADER, ...family("h2"), HEADER, ...family("h3")],
    accepted: [["h1", 2, 3], ["h2", 6, 3], ["h3", 10, 3]],
    rejected: [[5, R], [9, R]],
  },
  {
    // As any row of another id: the household ends there, and its rows after the line reappear.
    name: "inside a household",
    lines: [head("h1"), spouse("h1"), HEADER, child("h1"), ...family("h2")],
    accepted: [["h1", 2, 2], ["h2", 6, 3]],
    rejected: [[4, R], [5, "io.household_not_contiguous", "h1"], [5, "household.no_head", "h1"]],
  },
  { name: "at the end", lines: [...family("h1"), ...family("h2"), HEADER], accepted: [["h1", 2, 3], ["h2", 5, 3]], rejected: [[8, R]] },
  { name: "with CRLF line ends", lines: [...family("h1"), HEADER, ...family("h2")], eol: "\r\n", accepted: [["h1", 2, 3], ["h2", 6, 3]], rejected: [[5, R]] },
  { name: "its cells quoted", lines: [...family("h1"), QUOTED, ...family("h2")], accepted: [["h1", 2, 3], ["h2", 6, 3]], rejected: [[5, R]] },
  { name: "in capitals, with spaces around the names", lines: [...family("h1"), SHOUTED, ...family("h2")], accepted: [["h1", 2, 3], ["h2", 6, 3]], rejected: [[5, R]] },
  {
    // A line that only partly repeats the header is an ordinary row (a household `household_id`, rejected for its cells).
    name: "twice: once whole, once with one cell changed",
    lines: [...family("h1"), HEADER, ...family("h2"), PARTLY, ...family("h3")],
    accepted: [["h1", 2, 3], ["h2", 6, 3], ["h3", 10, 3]],
    rejected: [[5, R]],
    ordinary: 9,
  },
];

const compact = (r: RejectedRow): Rejected => (r.householdId === undefined ? [r.line, r.code] : [r.line, r.code, r.householdId]);

/** The household readers of the one-file layout: Node.js and `tepat-sasaran/stream`. */
const ONE_FILE = [
  ["tepat-sasaran/node", (content: string, options: ReadHouseholdsCsvOptions) => readHouseholdsCsv(text(content), options)],
  ["tepat-sasaran/stream", (content: string, options: ReadHouseholdsCsvOptions) => web.readHouseholdsCsv(new Blob([content]), options)],
] as const;

describe.each(ONE_FILE)("a repeated header line, one-file layout (%s)", (_, read) => {
  it.each(CASES)("$name", async ({ lines, eol = "\n", options = {}, accepted, rejected, ordinary }) => {
    const content = [HEADER, ...lines].join(eol) + eol;
    const got = await collect(read(content, { asOf: "2026-01-01", ...options }));
    expect(got.households.map((h) => [h.household.id, h.line, h.rows])).toEqual(accepted);
    // The partly repeated line's own cell errors are many: they are only checked to be its household's.
    expect(got.rejected.filter((r) => r.line !== ordinary).map(compact)).toEqual(rejected);
    const own = got.rejected.filter((r) => r.line === ordinary);
    expect(own.length > 1 && own.every((r) => r.householdId === "household_id" && r.code !== R)).toBe(ordinary !== undefined);
    expect(expectBalanced(got.summary, got.rejected)).toEqual([]);
    // One event per repeated line, naming the line, with no household and no column.
    const lines_ = rejected.filter((r) => r[1] === R).map((r) => r[0]);
    for (const event of got.rejected.filter((r) => r.code === R)) {
      expect(event).toEqual({
        kind: "rejected",
        file: expect.any(String),
        line: event.line,
        code: R,
        message: {
          id: `Baris ${event.line} mengulang baris judul (berkas yang digabung?); baris ini dilewati`,
          en: `Line ${event.line} repeats the header row (files joined together?); the line is skipped`,
        },
      });
    }
    expect(got.rejected.filter((r) => lines_.includes(r.line)).map((r) => r.code)).toEqual(lines_.map(() => R));
    expect(got.summary.rejectedByCode[R]).toBe(lines_.length);
    // The line is no household: only the households named are rejected.
    expect(got.summary.householdsRejected).toBe(new Set(rejected.flatMap((r) => (r[2] === undefined ? [] : [r[2]]))).size + (ordinary === undefined ? 0 : 1));
  });
});

// The two-table layout: a households file and a members file, each with its own header.
const H_COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS)];
const M_COLUMNS = ["household_id", "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const H_HEADER = H_COLUMNS.join(",");
const M_HEADER = M_COLUMNS.join(",");
const hRow = (id: string) => H_COLUMNS.map((c) => (c === "household_id" ? id : HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS])).join(",");
const mRow = (id: string, cells: Record<string, string>) => M_COLUMNS.map((c) => (c === "household_id" ? id : (cells[c] ?? ""))).join(",");
const members = (id: string) => [mRow(id, HEAD_CELLS), mRow(id, SPOUSE_CELLS), mRow(id, CHILD_CELLS)];

interface TableCase {
  readonly name: string;
  readonly households: readonly string[];
  readonly members: readonly string[];
  readonly eol?: "\n" | "\r\n";
  readonly accepted: readonly Accepted[];
  /** [file, line, code]. */
  readonly rejected: readonly (readonly [string, number, string])[];
}

const TABLE_CASES: readonly TableCase[] = [
  {
    name: "in the households file, between households",
    households: [hRow("h1"), H_HEADER, hRow("h2"), hRow("h3")],
    members: [...members("h1"), ...members("h2"), ...members("h3")],
    accepted: [["h1", 2, 4], ["h2", 4, 4], ["h3", 5, 4]],
    rejected: [["ruta.csv", 3, R]],
  },
  {
    name: "in the members file, at the start of the data",
    households: [hRow("h1"), hRow("h2")],
    members: [M_HEADER, ...members("h1"), ...members("h2")],
    accepted: [["h1", 2, 4], ["h2", 3, 4]],
    rejected: [["art.csv", 2, R]],
  },
  {
    // The members around the line are joined by their ids: the household is read whole.
    name: "in the members file, inside a household",
    households: [hRow("h1"), hRow("h2")],
    members: [mRow("h1", HEAD_CELLS), M_HEADER, mRow("h1", SPOUSE_CELLS), mRow("h1", CHILD_CELLS), ...members("h2")],
    accepted: [["h1", 2, 4], ["h2", 3, 4]],
    rejected: [["art.csv", 3, R]],
  },
  {
    name: "at the end of both files, with CRLF line ends and quoted cells",
    households: [hRow("h1"), hRow("h2"), H_COLUMNS.map((c) => `"${c}"`).join(",")],
    members: [...members("h1"), ...members("h2"), M_COLUMNS.map((c) => ` ${c.toUpperCase()}`).join(",")],
    eol: "\r\n",
    accepted: [["h1", 2, 4], ["h2", 3, 4]],
    rejected: [["art.csv", 8, R], ["ruta.csv", 4, R]],
  },
];

const TABLES = [
  ["tepat-sasaran/node", (h: string, m: string) => readHouseholdsCsv({ households: text(h), members: text(m), householdsFile: "ruta.csv", membersFile: "art.csv" }, { asOf: "2026-01-01" })],
  ["tepat-sasaran/stream", (h: string, m: string) => web.readHouseholdsCsv({ households: new File([h], "ruta.csv"), members: new File([m], "art.csv") }, { asOf: "2026-01-01" })],
] as const;

describe.each(TABLES)("a repeated header line, two-table layout (%s)", (_, read) => {
  it.each(TABLE_CASES)("$name", async ({ households, members: rows, eol = "\n", accepted, rejected }) => {
    const got = await collect(read([H_HEADER, ...households].join(eol) + eol, [M_HEADER, ...rows].join(eol) + eol));
    expect(got.households.map((h) => [h.household.id, h.line, h.rows])).toEqual(accepted);
    expect(got.rejected.map((r) => [r.file, r.line, r.code])).toEqual(rejected);
    expect(got.rejected.every((r) => r.householdId === undefined && r.field === undefined)).toBe(true);
    expect(got.summary.householdsRejected).toBe(0);
    expect(expectBalanced(got.summary, got.rejected)).toEqual([]);
  });
});

// Payment lists.
const P_HEADER = "nik,kk,program,period,amount,paid_on,channel,components,regency,birth_date,sex";
const payment = (serial: number) => `${nik("female", "1980-07-05", serial)},6402011503180042,pkh,2025-III,825000,2025-08-14,KKS,,64.02,1980-07-05,P`;

const PAYMENT_CASES = [
  { name: "at the start of the data", lines: [P_HEADER, payment(1), payment(2)], eol: "\n", accepted: [3, 4], rejected: [2] },
  { name: "in the middle", lines: [payment(1), P_HEADER, payment(2)], eol: "\n", accepted: [2, 4], rejected: [3] },
  { name: "at the end, with CRLF line ends", lines: [payment(1), payment(2), P_HEADER], eol: "\r\n", accepted: [2, 3], rejected: [4] },
  { name: "its cells quoted, and in capitals", lines: [payment(1), P_HEADER.split(",").map((c) => `"${c}"`).join(","), payment(2), P_HEADER.toUpperCase()], eol: "\n", accepted: [2, 4], rejected: [3, 5] },
] as const;

const PAYMENT_READERS = [
  ["tepat-sasaran/node", (content: string) => readPaymentsCsv(text(content), { file: "bayar.csv" })],
  ["tepat-sasaran/stream", (content: string) => web.readPaymentsCsv(new Blob([content]), { file: "bayar.csv" })],
] as const;

describe.each(PAYMENT_READERS)("a repeated header line, payment list (%s)", (_, read) => {
  it.each(PAYMENT_CASES)("$name", async ({ lines, eol, accepted, rejected }) => {
    const stream = read([P_HEADER, ...lines].join(eol) + eol);
    const payments: number[] = [];
    const events: RejectedRow[] = [];
    for await (const event of stream as AsyncIterable<PaymentEvent>) {
      if (event.kind === "payment") payments.push(event.line);
      else events.push(event);
    }
    expect(payments).toEqual(accepted);
    expect(events.map((e) => [e.line, e.code, e.field])).toEqual(rejected.map((line) => [line, R, undefined]));
    const summary = stream.summary;
    expect([summary.rowsRead, summary.rowsAccepted, summary.rowsRejected, summary.rejectedByCode[R]]).toEqual([lines.length, accepted.length, rejected.length, rejected.length]);
  });
});

describe("splitByRegency and a repeated header line", () => {
  it("writes the line to no partition and rejects it as the reader does", async () => {
    const source = tempFile("kab.csv", [HEADER, ...family("h1"), HEADER, ...family("h2")].join("\n") + "\n");
    const dir = tempDir("tepat-sasaran-split-header-");
    const rejected: RejectedRow[] = [];
    const split = await splitByRegency(source, { dir, file: "kab.csv", tag: "t1", onRejected: (r) => void rejected.push(r) });
    expect(rejected.map((r) => [r.line, r.code])).toEqual([[5, R]]);
    expect([split.rows, split.households, split.headerLines, split.headerRows]).toEqual([7, 2, 1, 1]);
    expect(readdirSync(dir)).toEqual(["part-6402.csv"]);
    expect(readFileSync(join(dir, "part-6402.csv"), "utf8")).toBe([HEADER, ...family("h1"), ...family("h2")].join("\n") + "\n");
  });
});
