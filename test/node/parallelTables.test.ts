// `assessHouseholdsParallel` over the two-table layout, against one thread: a generated pair gives the
// same events and counts; and reading that stops (a runaway quote: `io.record_too_large`; a source that
// fails) surfaces as from one thread: after the same events (the household being read rejected with
// `io.read_stopped` on the same line), with the same error and counts, wherever the files are cut.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { assessedHere } from "../../src/node/_assessedEvents.js";
import { assessParallel } from "../../src/node/assessHouseholdsParallel.js";
import { readHouseholdsCsv, type HouseholdSource, type HouseholdTables } from "../../src/node/index.js";
import { collect, simulated, type Run } from "./_parallelEdges.js";

const asOf = "2025-07-01";
const programs = ["pkh", "sembako"];
let dir = "";
let households: string[] = [];
let members: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-tables-stop-"));
  const h = join(dir, "ruta.csv");
  const m = join(dir, "art.csv");
  generateRegistryCsv({ rows: 400, malformed: 0.02, quotedNewlines: 0, seed: 53, path: h, members: m });
  households = readFileSync(h, "utf8").split("\n").filter((l) => l !== "");
  members = readFileSync(m, "utf8").split("\n").filter((l) => l !== "");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A quote never closed, and more than a million characters after it. */
const RUNAWAY = `KT-RUNAWAY,"${"x".repeat(600_000)}\n${"y".repeat(600_000)}`;


const oneThread = (tables: HouseholdTables): Promise<Run> => {
  const stream = readHouseholdsCsv(tables, { asOf });
  const file = tables.householdsFile ?? (tables.households as string);
  return collect(stream, assessedHere(stream[Symbol.asyncIterator](), file, programs, { asOf, programs }));
};
const parallel = (tables: HouseholdTables, workers: number, batchBytes: number): Promise<Run> => {
  const stream = assessParallel(tables, { asOf, programs, workers }, batchBytes);
  return collect(stream, stream);
};

/** Each run on workers (how many, bytes per batch) gives the events, counts and error that one thread gave. */
async function expectOneThread(tables: HouseholdTables, one: Run, runs: readonly (readonly [number, number])[]): Promise<void> {
  for (const [workers, batchBytes] of runs) expect(await parallel(tables, workers, batchBytes)).toEqual(one);
}

/** The lines of a file with `insert` put before data row `at` (0: the first). */
const withLine = (lines: readonly string[], at: number, ...insert: string[]) => [...lines.slice(0, at + 1), ...insert, ...lines.slice(at + 1)].join("\n") + "\n";

/** Bytes the text reader reads at a time from a file. */
const CHUNK = 256 * 1024;

/**
 * The members file with a quoted cell of line breaks, which closes, inserted among a household's
 * rows: past a million characters when the last 256 KiB read it ends in starts (`where`: how far
 * between a million characters and the end of that read it ends). A note line of some length before
 * it puts it there.
 */
function closedLong(where: number): string {
  const at = 300;
  const before = Buffer.byteLength(members.slice(0, at + 1).join("\n") + "\n") + "catatan: ".length + 1;
  // The note's length: a million characters into the record falls 100,000 bytes into a read.
  const pad = (((100_000 - ((before + 1_000_000) % CHUNK)) % CHUNK) + CHUNK) % CHUNK;
  const start = before + pad;
  const million = start + 1_000_000;
  const chunkEnd = (Math.floor(million / CHUNK) + 1) * CHUNK;
  const end = Math.round(million + 30_000 + where * (chunkEnd - million - 40_000));
  const id = (members[at + 1] ?? "").split(",")[0] as string;
  const cell = "zzzzzzzzz\n".repeat(Math.floor((end - start - id.length - 4) / 10));
  const lines = [...members.slice(0, 11), `catatan: ${"x".repeat(pad)}`, ...members.slice(11)];
  return withLine(lines, at + 1, `${id},"${cell}"`);
}

let n = 0;
const files = (h: string, m: string): HouseholdTables => {
  const k = n++;
  const tables = { households: join(dir, `ruta-${k}.csv`), members: join(dir, `art-${k}.csv`), householdsFile: "ruta.csv", membersFile: "art.csv" };
  writeFileSync(tables.households, h);
  writeFileSync(tables.members, m);
  return tables;
};

describe("two tables on workers against one thread", { timeout: 120_000 }, () => {
  const idOf = (line: string) => line.slice(0, line.indexOf(","));
  it.each([
    { name: "a runaway quote among a household's member rows", stopped: true, make: () => files(households.join("\n") + "\n", withLine(members, 300, RUNAWAY)) },
    { name: "a runaway quote after a note held among a household's member rows", stopped: true, make: () => files(households.join("\n") + "\n", withLine(members, 300, "catatan: cek ulang", RUNAWAY)) },
    { name: "a runaway quote after a member row of no id", stopped: true, make: () => files(households.join("\n") + "\n", withLine(members, 300, `,${members[301]?.slice(members[301].indexOf(",") + 1)}`, RUNAWAY)) },
    { name: "a runaway quote in the households file", stopped: false, make: () => files(withLine(households, 150, RUNAWAY), members.join("\n") + "\n") },
    { name: "a runaway quote among member rows of no household", stopped: false, make: () => files(households.slice(0, 2).join("\n") + "\n", withLine(members, 300, RUNAWAY)) },
    { name: "a runaway quote, blank lines after the households row being read", stopped: true, make: () => files(withLine(households, 100, "", ""), withLine(members, members.findIndex((l) => idOf(l) === idOf(households[101] ?? "")) + 1, RUNAWAY)) },
    {
      // The households file's next line is the one named (its rows are further on than the members file's).
      name: "a runaway quote, the households file further on, blank lines after the households row being read",
      stopped: true,
      make: () => {
        const from = members.findIndex((l) => idOf(l) === idOf(households[100] ?? ""));
        const own = [members[0] as string, ...members.slice(from)];
        return files(withLine(households, 100, "", ",,"), withLine(own, own.findIndex((l) => idOf(l) === idOf(households[100] ?? "")), RUNAWAY));
      },
    },
    // A quoted cell of line breaks that does close, past a million characters: one thread refuses it
    // when it was still unfinished at the end of one of the pieces it decodes (16 KiB of lines of each
    // 256 KiB read), longer than that already. Found 2026-12-08: when it closed in the chunk where it
    // passed a million, the reading thread took the record whole, and a worker refused it.
    ...[0.3, 0.7].map((where) => ({
      name: `a closed quoted cell past a million characters that ends ${where * 100}% into the chunk after`,
      stopped: true,
      make: () => files(households.join("\n") + "\n", closedLong(where)),
    })),
    { name: "a closed quoted cell of 1,300,000 characters", stopped: true, make: () => files(households.join("\n") + "\n", withLine(members, 300, `${idOf(members[301] ?? "")},"${"zzzzzzzzz\n".repeat(130_000)}"`)) },
  ])("$name: the events, error and counts of one thread", async ({ make, stopped }) => {
    const tables = make();
    const one = await oneThread(tables);
    expect(one.error).toContain("io.record_too_large");
    // The household being read when reading stopped is rejected, naming the line reading stopped on.
    expect(one.events.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(stopped);
    await expectOneThread(tables, one, [
      [2, 700],
      [1, 5_000],
      [2, 1 << 20],
    ]);
  });

  it("a generated pair (malformed rows, quoted line breaks, repeated households): the events and counts of one thread, with 1 and 2 workers", async () => {
    const tables = { households: join(dir, "gen-ruta.csv"), members: join(dir, "gen-art.csv") };
    generateRegistryCsv({ rows: 4_000, malformed: 0.03, quotedNewlines: 0.01, seed: 54, path: tables.households, members: tables.members });
    const one = await oneThread(tables);
    expect(one.error).toBeUndefined();
    expect(one.events.length).toBeGreaterThan(1_000);
    await expectOneThread(tables, one, [
      [1, 3_000],
      [2, 3_000],
      [2, 1 << 20],
    ]);
  });

  it("simulateHouseholdsParallel over a runaway quote among member rows: the rejections, summary and error of one thread", async () => {
    const tables = files(households.join("\n") + "\n", withLine(members, 300, RUNAWAY));
    const one = await simulated(tables, undefined);
    expect(one.result).toContain("io.record_too_large");
    expect(one.rejected.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(true);
    for (const batchBytes of [700, 1 << 20]) expect(await simulated(tables, 2, batchBytes)).toEqual(one);
  });

  it("a members stream of text chunks: a record past a million characters that closes in the chunk it passed a million in is read, as by one thread", async () => {
    // A chunk of text is one piece for the text reader: no piece ends inside the record. (Before
    // 2026-12-08 the reading thread cut every source at 256 KiB reads, and the workers at their own
    // pieces, and refused the record.)
    const h = join(dir, "ruta-text.csv");
    writeFileSync(h, households.join("\n") + "\n");
    const text = closedLong(0.3);
    const stream = () =>
      Readable.from(
        (function* () {
          for (let at = 0; at < text.length; at += CHUNK) yield text.slice(at, at + CHUNK);
        })(),
      );
    const tables = () => ({ households: h, members: stream(), householdsFile: "ruta.csv", membersFile: "art.csv" });
    const one = await oneThread(tables());
    expect(one.error).toBeUndefined();
    expect(one.events.length).toBeGreaterThan(50);
    for (const batchBytes of [700, 1 << 20]) expect(await parallel(tables(), 2, batchBytes)).toEqual(one);
  });

  it("a semicolon-separated pair whose id column has the office's own name: the events and counts of one thread", async () => {
    const semi = (lines: readonly string[]) => lines.map((l, i) => (i === 0 ? l.replace("household_id", "id_keluarga") : l).replaceAll(",", ";")).join("\n") + "\n";
    const tables = files(semi(households), semi(members));
    const options = { asOf, delimiter: ";", renameColumns: { id_keluarga: "household_id" } } as const;
    const stream = readHouseholdsCsv(tables, options);
    const one = await collect(stream, assessedHere(stream[Symbol.asyncIterator](), "ruta.csv", programs, { asOf, programs }));
    expect(one.events.length).toBeGreaterThan(50);
    const parallelStream = assessParallel(tables, { ...options, programs, workers: 2 }, 900);
    expect(await collect(parallelStream, parallelStream)).toEqual(one);
  });

  it("a members source that fails: the events, error and counts of one thread", async () => {
    const text = Buffer.from(members.join("\n") + "\n");
    // Chunks of 64 KiB, and a failure after the third.
    const failing = (): HouseholdSource =>
      Readable.from(
        (function* () {
          for (let at = 0; at < 3 * 65_536; at += 65_536) yield text.subarray(at, at + 65_536);
          throw new Error("disk gone");
        })(),
      );
    const h = join(dir, "ruta-fail.csv");
    writeFileSync(h, households.join("\n") + "\n");
    const tables = () => ({ households: h, members: failing(), householdsFile: "ruta.csv", membersFile: "art.csv" });
    const one = await oneThread(tables());
    expect(one.error).toContain("io.source_failed");
    for (const batchBytes of [900, 1 << 20]) {
      const many = await parallel(tables(), 2, batchBytes);
      expect(many.error).toBe(one.error);
      expect(many.events).toEqual(one.events);
      expect(many.summary).toEqual(one.summary);
    }
  });
});
