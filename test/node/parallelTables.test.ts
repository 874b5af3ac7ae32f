// Reading that stops in the two-table layout (a runaway quote: `io.record_too_large`; a source that
// fails) surfaces from `assessHouseholdsParallel` as from one thread: after the same events (the
// household being read rejected with `io.read_stopped` on the same line), with the same error and
// counts, wherever the files are cut.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { assessedHere } from "../../src/node/_assessedEvents.js";
import { assessParallel } from "../../src/node/assessHouseholdsParallel.js";
import { readHouseholdsCsv, type HouseholdSource, type HouseholdTables, type ReadSummary } from "../../src/node/index.js";

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

const summaryOf = (summary: ReadSummary) => {
  const { elapsedMs: _elapsed, workers: _workers, ...rest } = summary as ReadSummary & { workers?: unknown };
  return rest;
};

type Run = { events: string[]; summary: unknown; error: string | undefined };

async function collect(stream: AsyncIterable<unknown> & { summary: ReadSummary }, events: AsyncIterable<unknown>): Promise<Run> {
  const out: string[] = [];
  let error: string | undefined;
  try {
    for await (const event of events) out.push(JSON.stringify(event));
  } catch (thrown) {
    error = JSON.stringify({ message: String(thrown), code: (thrown as { code?: unknown }).code });
  }
  return { events: out, summary: summaryOf(stream.summary), error };
}

const oneThread = (tables: HouseholdTables): Promise<Run> => {
  const stream = readHouseholdsCsv(tables, { asOf });
  return collect(stream, assessedHere(stream[Symbol.asyncIterator](), "ruta.csv", programs, { asOf, programs }));
};
const parallel = (tables: HouseholdTables, workers: number, batchBytes: number): Promise<Run> => {
  const stream = assessParallel(tables, { asOf, programs, workers }, batchBytes);
  return collect(stream, stream);
};

/** The lines of a file with `insert` put before data row `at` (0: the first). */
const withLine = (lines: readonly string[], at: number, ...insert: string[]) => [...lines.slice(0, at + 1), ...insert, ...lines.slice(at + 1)].join("\n") + "\n";

let n = 0;
const files = (h: string, m: string): HouseholdTables => {
  const k = n++;
  const tables = { households: join(dir, `ruta-${k}.csv`), members: join(dir, `art-${k}.csv`), householdsFile: "ruta.csv", membersFile: "art.csv" };
  writeFileSync(tables.households, h);
  writeFileSync(tables.members, m);
  return tables;
};

describe("two tables on workers: reading that stops", { timeout: 120_000 }, () => {
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
  ])("$name: the events, error and counts of one thread", async ({ make, stopped }) => {
    const tables = make();
    const one = await oneThread(tables);
    expect(one.error).toContain("io.record_too_large");
    // The household being read when reading stopped is rejected, naming the line reading stopped on.
    expect(one.events.some((e) => e.includes('"code":"io.read_stopped"'))).toBe(stopped);
    for (const [workers, batchBytes] of [
      [2, 700],
      [1, 5_000],
      [2, 1 << 20],
    ] as const) {
      const many = await parallel(tables, workers, batchBytes);
      expect(many.error).toBe(one.error);
      expect(many.events).toEqual(one.events);
      expect(many.summary).toEqual(one.summary);
    }
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
