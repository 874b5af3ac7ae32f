// A stray line inside a household's rows (a note pasted in a spreadsheet, `catatan: cek ulang`, or a
// broken line whose first cell is not the household's id) split the household in three: the rows
// above it were delivered as the whole family (assessed with members missing: the wrong PKH
// components, the wrong household size), the stray line became a "household" of its own, and the
// rows below it were rejected as not contiguous. A row whose cells cannot be trusted (more or fewer
// than the header's) and whose id differs from the household being read is now held until the next
// row is read: when that row goes on with the household, the stray rows belong to it and the
// household is rejected as a whole; else they are read as before (each its own rejected group). One
// thread, the parallel runner's reading thread and the split agree.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { splitByRegency } from "../../src/node/_splitByRegency.js";
import { assessHouseholdsParallel, readHouseholdsCsv, simulateHouseholdsParallel, type RejectedRow } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, csv, expectBalanced, tempFile, text, withStrayLines, type RowsCase } from "./_helpers.js";

const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const row = (id: string, cells: Record<string, string>, regency = "6402"): string =>
  COLUMNS.map((c) => (c === "household_id" ? id : c === "regency" ? regency : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const head = (id: string, regency?: string) => row(id, HEAD_CELLS, regency);
const spouse = (id: string, regency?: string) => row(id, SPOUSE_CELLS, regency);
const child = (id: string, regency?: string) => row(id, CHILD_CELLS, regency);
const family = (id: string, regency?: string): string[] => [head(id, regency), spouse(id, regency), child(id, regency)];

const NOTE = "catatan: cek ulang";
/** A broken line: a household id and a cell, not the header's 17. */
const BROKEN = "h9,6402";

const H = "io.household_rejected";
const C = "io.column_count";

const CASES: readonly RowsCase[] = [
  {
    name: "in the middle of a household",
    rows: [...family("h1"), head("h2"), spouse("h2"), NOTE, child("h2"), ...family("h3")],
    accepted: [["h1", 2, 3], ["h3", 9, 3]],
    rejected: [[5, H, "h2"], [6, H, "h2"], [7, C, "h2"], [8, H, "h2"]],
  },
  {
    name: "right after a household's first row",
    rows: [...family("h1"), head("h2"), NOTE, spouse("h2"), child("h2")],
    accepted: [["h1", 2, 3]],
    rejected: [[5, H, "h2"], [6, C, "h2"], [7, H, "h2"], [8, H, "h2"]],
  },
  {
    name: "a broken line of two cells, its first cell another id",
    rows: [head("h2"), spouse("h2"), BROKEN, child("h2"), ...family("h3")],
    accepted: [["h3", 6, 3]],
    rejected: [[2, H, "h2"], [3, H, "h2"], [4, C, "h2"], [5, H, "h2"]],
  },
  {
    name: "two stray lines in a row inside a household: both belong to it",
    rows: [head("h2"), NOTE, BROKEN, spouse("h2"), child("h2"), ...family("h3")],
    accepted: [["h3", 7, 3]],
    rejected: [[2, H, "h2"], [3, C, "h2"], [4, C, "h2"], [5, H, "h2"], [6, H, "h2"]],
  },
  {
    name: "the same note in two households: each belongs to its own",
    rows: [head("h1"), NOTE, spouse("h1"), head("h2"), NOTE, spouse("h2"), ...family("h3")],
    accepted: [["h3", 8, 3]],
    rejected: [[2, H, "h1"], [3, C, "h1"], [4, H, "h1"], [5, H, "h2"], [6, C, "h2"], [7, H, "h2"]],
  },
  {
    name: "after a household's broken first row: the broken row starts the household, the note belongs to it",
    rows: [...family("h1"), "h2,6402", NOTE, spouse("h2"), child("h2")],
    accepted: [["h1", 2, 3]],
    rejected: [[5, C, "h2"], [6, C, "h2"], [7, H, "h2"], [8, H, "h2"]],
  },
  {
    name: "with a row of no id after it: both wait, and both belong to the household",
    rows: [head("h2"), NOTE, spouse(""), child("h2"), ...family("h3")],
    accepted: [["h3", 6, 3]],
    rejected: [[2, H, "h2"], [3, C, "h2"], [4, "io.missing_household_id", "h2"], [5, H, "h2"]],
  },
  // As before: the stray line is not followed by the household it came after.
  {
    name: "at the end of a household, another household next: a group of its own, as before",
    rows: [...family("h1"), NOTE, ...family("h2")],
    accepted: [["h1", 2, 3], ["h2", 6, 3]],
    rejected: [[5, C, NOTE]],
  },
  {
    name: "at the end of the file: a group of its own, as before",
    rows: [...family("h1"), NOTE],
    accepted: [["h1", 2, 3]],
    rejected: [[5, C, NOTE]],
  },
  {
    name: "before any household: a group of its own, as before",
    rows: [NOTE, ...family("h1")],
    accepted: [["h1", 3, 3]],
    rejected: [[2, C, NOTE]],
  },
  {
    name: "before a quote never closed: a group of its own, which the unreadable record joins, as before",
    rows: [...family("h1"), NOTE, '"h1,never closed'],
    accepted: [["h1", 2, 3]],
    rejected: [[5, C, NOTE], [6, "io.unclosed_quote", NOTE]],
  },
  {
    name: "two stray lines at the end of a household, another next: each a group of its own, as before",
    rows: [...family("h1"), NOTE, BROKEN, ...family("h2")],
    accepted: [["h1", 2, 3], ["h2", 7, 3]],
    rejected: [[5, C, NOTE], [6, C, "h9"]],
  },
  {
    name: "a broken line whose id is the next household's: placed in it by that id, as before",
    rows: [...family("h1"), "h2,6402", ...family("h2")],
    accepted: [["h1", 2, 3]],
    rejected: [[5, C, "h2"], [6, H, "h2"], [7, H, "h2"], [8, H, "h2"]],
  },
  {
    name: "a broken line whose id is the household's own: placed in it, as before",
    rows: [head("h2"), "h2,6402", spouse("h2"), child("h2")],
    accepted: [],
    rejected: [[2, H, "h2"], [3, C, "h2"], [4, H, "h2"], [5, H, "h2"]],
  },
];

const fileOf = (rows: readonly string[]): string => csv(COLUMNS.join(","), ...rows);

describe("a stray line inside a household's rows", () => {
  it.each(CASES)("one thread: $name", async ({ rows, accepted, rejected }) => {
    const read = await collect(readHouseholdsCsv(text(fileOf(rows)), { asOf: "2025-07-01" }));
    expect(read.households.map((h) => [h.household.id, h.line, h.rows])).toEqual(accepted);
    expect(read.rejected.map((r) => [r.line, r.code, r.householdId])).toEqual(rejected);
    expect(read.summary.rowsRead).toBe(rows.length);
    expect(expectBalanced(read.summary, read.rejected)).toEqual([]);
  });

  it.each(CASES)("the parallel runner with 2 workers, as one thread: $name", { timeout: 60_000 }, async ({ rows, accepted, rejected }) => {
    const path = tempFile("registry.csv", fileOf(rows));
    const expected = [...accepted.map(([id, line, n]) => [line, `${id} ${n}`] as const), ...rejected.map(([line, code, id]) => [line, `${code} ${id}`] as const)]
      .sort((a, b) => a[0] - b[0])
      .map(([line, what]) => `${line} ${what}`);
    const seen: string[] = [];
    const stream = assessHouseholdsParallel(path, { asOf: "2025-07-01", programs: ["pkh"], workers: 2 });
    for await (const event of stream) seen.push(event.kind === "rejected" ? `${event.line} ${event.code} ${event.householdId}` : `${event.line} ${event.householdId} ${event.rows}`);
    expect(seen).toEqual(expected);
    expect(stream.summary.rowsRead).toBe(rows.length);
  });

  it.each(CASES)("split: the stray line goes with the household it joins, and the partitions read as the whole file: $name", async ({ rows, accepted, rejected }) => {
    // h2's rows (and the rows of no id among them) go to 6471, the others to 6402.
    const moved = rows.map((r) => (r.startsWith("h2,") || r.startsWith(",") ? r.replace(",6402,64.02.01,", ",6471,64.71.01,") : r));
    const whole = tempFile("registry.csv", fileOf(moved));
    const dir = join(whole, "..", "parts");
    mkdirSync(dir);
    const split = await splitByRegency(whole, { dir, file: "registry.csv", asOf: "2025-07-01" });
    expect(split.repeatedHouseholds).toBe(0);
    const read = async (path: string) => collect(readHouseholdsCsv(path, { asOf: "2025-07-01" }));
    const parts = await Promise.all(split.parts.map((p) => read(p.file)));
    const together = {
      accepted: parts.flatMap((p) => p.households.map((h) => h.household.id)).sort(),
      rejected: parts.flatMap((p) => p.rejected.map((r) => `${r.code} ${r.householdId}`)).sort(),
    };
    expect(together).toEqual({ accepted: accepted.map(([id]) => id).sort(), rejected: rejected.map(([, code, id]) => `${code} ${id}`).sort() });
    // Every stray line that joined a household is written in that household's partition, in place.
    const partOf = (line: string) => split.parts.map((p) => readFileSync(p.file, "utf8")).find((t) => t.includes(`\n${line}\n`));
    for (const [line, code, id] of rejected) {
      const stray = moved[line - 2] as string;
      if (code !== C || stray.split(",")[0] === id) continue;
      const host = moved.find((r) => r.startsWith(`${id},`)) as string;
      expect(partOf(host)).toContain(`\n${stray}\n`);
    }
  });
});

describe("more stray lines in a row than a household may have rows", () => {
  // At most 100 rows wait: past that, the first is placed by its own id and the rest wait on. One
  // thread, the parallel runner and the split place 130 broken lines inside a household alike.
  const rows = [...family("h1"), head("h2"), ...Array.from({ length: 130 }, (_, k) => `x${k},6402`), spouse("h2"), child("h2"), ...family("h3")];

  it("one thread, 2 workers and the split agree", { timeout: 60_000 }, async () => {
    const path = tempFile("registry.csv", fileOf(rows));
    const oneText: string[] = [];
    const one = readHouseholdsCsv(path, { asOf: "2025-07-01" });
    for await (const e of one) oneText.push(e.kind === "rejected" ? `${e.line} ${e.code} ${e.householdId}` : `${e.line} ${e.household.id} ${e.rows}`);
    expect(one.summary.rowsRead).toBe(rows.length);
    expect(oneText.filter((e) => e.endsWith(" h2 1"))).toEqual(["5 h2 1"]);
    const many: string[] = [];
    for await (const e of assessHouseholdsParallel(path, { asOf: "2025-07-01", programs: ["pkh"], workers: 2 })) many.push(e.kind === "rejected" ? `${e.line} ${e.code} ${e.householdId}` : `${e.line} ${e.householdId} ${e.rows}`);
    expect(many).toEqual(oneText);
    const dir = join(path, "..", "parts");
    mkdirSync(dir);
    const repeats: RejectedRow[] = [];
    const split = await splitByRegency(path, { dir, file: "registry.csv", asOf: "2025-07-01", onRejected: (r) => void repeats.push(r) });
    const parts = await Promise.all(split.parts.map((p) => collect(readHouseholdsCsv(p.file, { asOf: "2025-07-01" }))));
    expect(split.rows).toBe(rows.length);
    const codes = (list: readonly RejectedRow[]) => list.map((r) => `${r.code} ${r.householdId}`).sort();
    const whole = await collect(readHouseholdsCsv(path, { asOf: "2025-07-01" }));
    expect(codes([...parts.flatMap((p) => p.rejected), ...repeats])).toEqual(codes(whole.rejected));
  });
});

describe("stray lines in a generated registry", () => {
  // After every 23rd row of a household that goes on, a stray line: on one thread each such
  // household is rejected whole, never delivered with members missing; the parallel runner (both
  // routes, the file read whole or in pieces cut anywhere) gives the same events in the same order.
  const generated = tempFile("registry.csv", "");
  let path = "";
  let strays: number[] = [];
  beforeAll(() => {
    generateRegistryCsv({ rows: 8_000, malformed: 0.01, quotedNewlines: 0, seed: 39, path: generated });
    const made = withStrayLines(readFileSync(generated, "utf8"), 23);
    strays = made.strays;
    path = join(generated, "..", "strays.csv");
    writeFileSync(path, made.text);
  });

  /** An event as text: a rejected row, or a household by its line, id and rows. */
  const shown = (e: { kind: string; line: number; code?: string; field?: string; householdId?: string; rows?: number }, id?: string) =>
    e.kind === "rejected" ? `${e.line} ${e.code} ${e.field ?? ""} ${e.householdId}` : `${e.line} ${id ?? e.householdId} ${e.rows}`;

  it("rejects every household a stray line is in, and the parallel runner agrees", { timeout: 120_000 }, async () => {
    const one = await collect(readHouseholdsCsv(path, { asOf: "2025-07-01" }));
    expect(strays.length).toBeGreaterThan(50);
    const byLine = new Map(one.rejected.map((r) => [r.line, r]));
    for (const line of strays) {
      expect(byLine.get(line)?.code).toBe(C);
      expect(byLine.get(line + 1)?.householdId).toBe(byLine.get(line)?.householdId);
    }
    expect(one.rejected.filter((r) => r.code === "io.household_not_contiguous")).toEqual([]);
    expect(expectBalanced(one.summary, one.rejected)).toEqual([]);
    const oneText: string[] = [];
    for await (const event of readHouseholdsCsv(path, { asOf: "2025-07-01" })) oneText.push(shown(event, event.kind === "household" ? event.household.id : undefined));

    // Read whole, and in pieces of 997 bytes: records held across the reads.
    const pieces = readFileSync(path);
    for (const source of [path, () => Readable.from(Array.from({ length: Math.ceil(pieces.length / 997) }, (_, k) => pieces.subarray(k * 997, (k + 1) * 997)))]) {
      const stream = assessHouseholdsParallel(typeof source === "string" ? source : source(), { asOf: "2025-07-01", programs: ["pkh"], workers: 2 });
      const many: string[] = [];
      for await (const event of stream) many.push(shown(event));
      expect(many).toEqual(oneText);
      expect(stream.summary.rowsRead).toBe(one.summary.rowsRead);
    }

    const rejected: RejectedRow[] = [];
    const options = { asOf: "2025-07-01", scenario: { name: "cash", programs: ["pkh"] }, povertyLines: { "64.02": 682_490 }, fallbackLine: 833_955, mpi: { missing: "reweight" } } as const;
    const { summary } = await simulateHouseholdsParallel(path, { ...options, workers: 2, onRejected: (r) => void rejected.push(r) });
    expect(rejected.map((r) => JSON.stringify(r))).toEqual(one.rejected.map((r) => JSON.stringify(r)));
    expect(summary.householdsAccepted).toBe(one.households.length);
  });
});
