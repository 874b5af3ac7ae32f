// Found 2026-12-07 (session 46): a CSV row whose bytes are not valid UTF-8 was reported with its
// household id holding U+FDD0, the readers' internal mark of such bytes, in `householdId` and in the
// messages that quote the id (`io.household_not_contiguous`); a domain message quoting a cell of
// such a row (`money.not_a_number`) held it too, and so did a payment list's. Events show those
// bytes as U+FFFD, the standard replacement character, while the readers still tell a mangled id
// from a real one (it is no household to sort or match by). One thread (`tepat-sasaran/node` and
// `/stream`, one table and two), the parallel runner on both routes, and the payment readers agree.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  assessHouseholdsParallel,
  readHouseholdsCsv,
  readPaymentsCsv,
  simulateHouseholdsParallel,
  type HouseholdStream,
  type ReadHouseholdsCsvOptions,
  type RejectedRow,
} from "../../src/node/index.js";
import * as web from "../../src/stream/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, expectBalanced, tempFile } from "./_helpers.js";

const PERSON = ["nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), ...PERSON];
const H_COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS)];
const M_COLUMNS = ["household_id", ...PERSON];
const cellsOf = (columns: readonly string[], id: string, cells: Record<string, string>): string =>
  columns.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const row = (id: string, cells: Record<string, string>): string => cellsOf(COLUMNS, id, cells);
const family = (id: string): string[] => [row(id, HEAD_CELLS), row(id, SPOUSE_CELLS), row(id, CHILD_CELLS)];

/** A marker replaced by the byte 0xFF, which is not UTF-8. */
const BAD_BYTE = "\u0001";
const MARK = "\uFDD0";
const BAD_ID = `KT-${BAD_BYTE}`;
const SHOWN_ID = "KT-\uFFFD";
/** A head whose sex and income cells are not UTF-8: the first is `io.invalid_utf8`, the amount's message quotes the second. */
const MANGLED = { ...HEAD_CELLS, sex: `ma${BAD_BYTE}le`, monthly_income: `15${BAD_BYTE}00000` };

interface Case {
  readonly name: string;
  /** The data rows; line 1 is the header, so row i is on line i + 2. */
  readonly rows: readonly string[];
  /** Rejected rows: line, code, household id as events show it. */
  readonly rejected: readonly (readonly [number, string, string | undefined])[];
  /** The code of an event whose message (in both languages) quotes a value with the bytes as U+FFFD, and that value. */
  readonly quoted?: readonly [string, string];
}

const CASES: readonly Case[] = [
  {
    name: "an id that is not UTF-8",
    rows: [row(BAD_ID, HEAD_CELLS), ...family("KT-0001")],
    rejected: [[2, "io.invalid_utf8", SHOWN_ID]],
  },
  {
    name: "an id that is not UTF-8 again after another household: the message quotes it",
    rows: [row(BAD_ID, HEAD_CELLS), ...family("KT-0001"), row(BAD_ID, HEAD_CELLS)],
    rejected: [[2, "io.invalid_utf8", SHOWN_ID], [6, "io.household_not_contiguous", SHOWN_ID], [6, "io.invalid_utf8", SHOWN_ID]],
    quoted: ["io.household_not_contiguous", `"${SHOWN_ID}"`],
  },
  {
    name: "an amount that is not UTF-8: the domain message quotes it",
    rows: [...family("KT-0001"), row("KT-0002", MANGLED), row("KT-0002", SPOUSE_CELLS)],
    rejected: [[5, "io.invalid_utf8", "KT-0002"], [5, "money.not_a_number", "KT-0002"], [6, "io.household_rejected", "KT-0002"]],
    quoted: ["money.not_a_number", '"15\uFFFD00000"'],
  },
];

/** A file's bytes: the header, the rows, the marker of a bad byte made 0xFF. */
function bytesOf(columns: readonly string[], rows: readonly string[]): Buffer {
  const parts = `${[columns.join(","), ...rows].join("\n")}\n`.split(BAD_BYTE);
  return Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [Buffer.from(part)] : [Buffer.from([0xff]), Buffer.from(part)])));
}

const options = { asOf: "2025-07-01" } as const satisfies ReadHouseholdsCsvOptions;
const compact = (r: RejectedRow) => [r.line, r.code, r.householdId] as const;

/** What a case expects of the rejected rows, whoever read them. */
function expectShown(rejected: readonly RejectedRow[], { rejected: expected, quoted }: Case): void {
  expect(rejected.map(compact)).toEqual(expected);
  for (const event of rejected) expect(JSON.stringify(event)).not.toContain(MARK);
  if (quoted !== undefined) {
    const [code, value] = quoted;
    const event = rejected.find((r) => r.code === code);
    expect(event?.message.en).toContain(value);
    expect(event?.message.id).toContain(value);
  }
}

/** The one-thread readers, of one table and of two: Node.js and `tepat-sasaran/stream`. */
const ONE_THREAD = [
  [
    "tepat-sasaran/node",
    (bytes: Buffer): HouseholdStream => readHouseholdsCsv(Readable.from([bytes]), options),
    (households: Buffer, members: Buffer): HouseholdStream => readHouseholdsCsv({ households: Readable.from([households]), members: Readable.from([members]) }, options),
  ],
  [
    "tepat-sasaran/stream",
    (bytes: Buffer): HouseholdStream => web.readHouseholdsCsv(new Blob([bytes]), options),
    (households: Buffer, members: Buffer): HouseholdStream => web.readHouseholdsCsv({ households: new Blob([households]), members: new Blob([members]) }, options),
  ],
] as const;

describe.each(ONE_THREAD)("bytes that are not UTF-8 are shown as U+FFFD (%s)", (_, read, readTables) => {
  it.each(CASES)("$name", async (c) => {
    const got = await collect(read(bytesOf(COLUMNS, c.rows)));
    expectShown(got.rejected, c);
    expect(got.summary.rowsRead).toBe(c.rows.length);
    expect(expectBalanced(got.summary, got.rejected)).toEqual([]);
  });

  it("with two tables, in the households file and the members file", async () => {
    const households = [cellsOf(H_COLUMNS, "KT-0001", {}), cellsOf(H_COLUMNS, BAD_ID, {})];
    const members = [cellsOf(M_COLUMNS, "KT-0001", HEAD_CELLS), cellsOf(M_COLUMNS, "KT-0001", MANGLED), cellsOf(M_COLUMNS, BAD_ID, HEAD_CELLS)];
    const got = await collect(readTables(bytesOf(H_COLUMNS, households), bytesOf(M_COLUMNS, members)));
    expect(got.rejected.map((r) => [r.file.includes("member") ? "members" : "households", ...compact(r)])).toEqual([
      ["households", 2, "io.household_rejected_in", "KT-0001"],
      ["members", 2, "io.household_rejected_in", "KT-0001"],
      ["members", 3, "io.invalid_utf8", "KT-0001"],
      ["households", 3, "io.invalid_utf8", SHOWN_ID],
      ["members", 4, "io.invalid_utf8", SHOWN_ID],
    ]);
    for (const event of got.rejected) expect(JSON.stringify(event)).not.toContain(MARK);
  });
});

describe("bytes that are not UTF-8 are shown as U+FFFD, the parallel runner with 2 workers", () => {
  it.each(CASES)("both routes: $name", { timeout: 60_000 }, async (c) => {
    const path = tempFile("registry.csv", bytesOf(COLUMNS, c.rows));
    // Route `order`.
    const ordered: RejectedRow[] = [];
    const stream = assessHouseholdsParallel(path, { ...options, programs: ["pkh"], workers: 2 });
    for await (const event of stream) if (event.kind === "rejected") ordered.push(event);
    expectShown(ordered, c);
    // Route `regency`.
    const byRegency: RejectedRow[] = [];
    const simulated = { ...options, scenario: { name: "cash", programs: ["pkh"] }, povertyLines: { "64.02": 682_490 }, mpi: { missing: "reweight" }, missingConsumption: "exclude" } as const;
    await simulateHouseholdsParallel(path, { ...simulated, workers: 2, onRejected: (r) => void byRegency.push(r) });
    expectShown(byRegency, c);
  });
});

describe("bytes that are not UTF-8 in a payment list are shown as U+FFFD", () => {
  const list = bytesOf(["nik", "kk", "program", "period", "amount", "paid_on", "channel"], [`3201011505800001,,pkh,2025-Q${BAD_BYTE}2,75${BAD_BYTE}0000,2025-05-10,pos`]);
  it.each([
    ["tepat-sasaran/node", () => readPaymentsCsv(Readable.from([list]))],
    ["tepat-sasaran/stream", () => web.readPaymentsCsv(new Blob([list]))],
  ] as const)("%s", async (_, read) => {
    const rejected: RejectedRow[] = [];
    for await (const event of read()) if (event.kind === "rejected") rejected.push(event);
    // The first cell that is not UTF-8 rejects the row (`io.invalid_utf8`), as in a registry; the amount's own issue quotes it.
    expect(rejected.map((r) => [r.line, r.code, r.field])).toEqual([[2, "io.invalid_utf8", "period"], [2, "money.not_a_number", "amount"]]);
    expect(rejected[1]!.message.en).toContain('"75\uFFFD0000"');
    expect(rejected[1]!.message.id).toContain('"75\uFFFD0000"');
  });
});
