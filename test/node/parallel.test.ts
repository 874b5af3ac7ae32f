import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { createAssessor, TepatSasaranError, type Household } from "../../src/index.js";
import { simulate } from "../../src/simulate/index.js";
import { assessHouseholdsParallel, readHouseholdsCsv, simulateHouseholdsParallel, type RejectedRow } from "../../src/node/index.js";
import { workersUsed } from "../../src/node/_parallel.js";

// The runner cuts `workers` to the machine's cores; 3 workers are tested as on a 4-core machine,
// whatever the machine running the tests has.
vi.mock("node:os", async (original) => ({ ...(await original<typeof import("node:os")>()), availableParallelism: () => 4 }));

// The parallel runner (issue 16, "every core"): one file read once, batches of households on worker
// threads, results merged. Whatever the number of workers, the events, the summary and the
// simulation are the ones of one thread (readHouseholdsCsv + createAssessor / simulate), compared as
// JSON text, byte for byte.
const asOf = "2025-07-01";
let dir = "";
let file = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-parallel-"));
  file = join(dir, "registry.csv");
  // Malformed rows, repeated ids and quoted line breaks: every kind of event crosses threads, and
  // 6,000 rows make several batches per worker.
  generateRegistryCsv({ rows: 6_000, malformed: 0.02, quotedNewlines: 0.01, seed: 16, path: file });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type OneThread = { events: string[]; summary: unknown; households: Household[] };
/** The one-thread runs, by programs: read once, compared by several tests (the file does not change). */
const oneThreadRuns = new Map<string, Promise<OneThread>>();
/** One thread: every event as text (an assessed household by its line, id, statuses, amounts and unmet checks). */
function oneThread(programs?: readonly string[]): Promise<OneThread> {
  const key = programs === undefined ? "all" : programs.join(",");
  if (!oneThreadRuns.has(key)) oneThreadRuns.set(key, readOneThread(programs));
  return oneThreadRuns.get(key)!;
}

async function readOneThread(programs?: readonly string[]): Promise<OneThread> {
  const { PROGRAMS } = await import("../../src/index.js");
  const list = programs === undefined ? PROGRAMS : PROGRAMS.filter((p) => programs.includes(p.id));
  const assess = createAssessor({ asOf, programs: list });
  const events: string[] = [];
  const households: Household[] = [];
  const stream = readHouseholdsCsv(file, { asOf });
  for await (const event of stream) {
    if (event.kind === "rejected") {
      events.push(JSON.stringify(event));
      continue;
    }
    households.push(event.household);
    const r = assess(event.household);
    const programsText = r.programs.map((p) => [p.program, p.status, p.benefit?.total.toString(), p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => c.code)]);
    events.push(JSON.stringify([event.line, event.rows, event.household.id, event.household.regency, r.eligible, r.total.toString(), programsText]));
  }
  return { events, summary: stream.summary, households };
}

describe("workersUsed", () => {
  // Found on a 2-core machine: `workers: 256` started 256 threads of 110–160 MB each (the CLI cut
  // its own --workers to the cores; the library did not).
  it.each([
    { given: 256, cores: 2, used: 2, cut: "cores" },
    { given: 3, cores: 2, used: 2, cut: "cores" },
    { given: 3, cores: 4, used: 3, cut: undefined },
    { given: 1, cores: 1, used: 1, cut: undefined },
    { given: 2, cores: 0, used: 1, cut: "cores" },
    { given: "auto", cores: 2, used: 0, cut: undefined },
    { given: "auto", cores: 8, used: 7, cut: undefined },
    { given: undefined, cores: 4, used: 3, cut: undefined },
  ] as const)("uses $used worker(s) for $given on $cores cores (cut: $cut)", ({ given, cores, used, cut }) => {
    expect(workersUsed(given, cores)).toEqual({ requested: given ?? "auto", used, cores, cut });
  });

  it.each([0, 257, 1.5, -1, Number.NaN])("refuses %s, in both languages", (given) => {
    expect(() => workersUsed(given, 4)).toThrow(TepatSasaranError);
    try {
      workersUsed(given, 4);
    } catch (error) {
      expect((error as TepatSasaranError).text.id).toContain("workers");
      expect((error as TepatSasaranError).text.en).toContain("a whole number from 1 to 256");
    }
  });
});

describe("assessHouseholdsParallel", () => {
  it.each([1, 3])("yields with %i worker(s) the events and summary of one thread, in file order", { timeout: 120_000 }, async (workers) => {
    const one = await oneThread(["pkh", "sembako", "pbi_jkn"]);
    const stream = assessHouseholdsParallel(file, { asOf, programs: ["pkh", "sembako", "pbi_jkn"], workers });
    const events: string[] = [];
    for await (const event of stream) {
      if (event.kind === "rejected") events.push(JSON.stringify(event));
      else {
        const programsText = event.programs.map((p) => [p.program, p.status, p.yearly?.toString(), p.unmet]);
        events.push(JSON.stringify([event.line, event.rows, event.householdId, event.regency, event.eligible, event.total.toString(), programsText]));
      }
    }
    expect(events.length).toBeGreaterThan(1_000);
    expect(events.some((e) => e.includes('"kind":"rejected"'))).toBe(true);
    expect(events.join("\n") === one.events.join("\n")).toBe(true);
    expect(JSON.stringify({ ...stream.summary, elapsedMs: 0 })).toBe(JSON.stringify({ ...(one.summary as object), elapsedMs: 0, workers: { requested: workers, used: workers, cores: 4 } }));
  });

  it("refuses an option that cannot cross to a worker thread, with its path", () => {
    const own = { id: "mine" } as unknown as string;
    expect(() => assessHouseholdsParallel(file, { asOf, programs: ["pkh", own] })).toThrow(TepatSasaranError);
    expect(() => assessHouseholdsParallel(file, { asOf, workers: 0 })).toThrow(TepatSasaranError);
  });
});

describe("simulateHouseholdsParallel", () => {
  const options = { asOf, scenario: { name: "cash", programs: ["pkh", "sembako", "pbi_jkn"] }, povertyLines: { "64.02": 682_490, "64.03": 731_250 }, fallbackLine: 833_955, mpi: { missing: "reweight" } } as const;

  it.each([1, 3])("gives with %i worker(s) the simulation of one thread, figure for figure, and the rejected rows in file order", { timeout: 120_000 }, async (workers) => {
    const one = await oneThread();
    const single = simulate(one.households, { ...options, households: false });
    const rejected: RejectedRow[] = [];
    const { result, summary } = await simulateHouseholdsParallel(file, { ...options, workers, onRejected: (row) => void rejected.push(row) });
    expect(result.total.households).toBeGreaterThan(500);
    expect(JSON.stringify(result) === JSON.stringify(single)).toBe(true);
    expect(rejected.map((r) => JSON.stringify(r))).toEqual(one.events.filter((e) => e.startsWith('{"kind":"rejected"')));
    expect(summary.householdsAccepted).toBe(one.households.length);
  });

  it("throws the error one thread meets first, naming the same row", { timeout: 120_000 }, async () => {
    const { mpi: _mpi, ...failing } = options;
    const one = await oneThread();
    let expected: unknown;
    try {
      simulate(one.households, { ...failing, households: false });
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(TepatSasaranError);
    await expect(simulateHouseholdsParallel(file, { ...failing, workers: 3 })).rejects.toThrow((expected as Error).message);
  });

  it("names the row of one thread in both languages, whatever the household id holds", { timeout: 120_000 }, async () => {
    // A worker's error was re-numbered by reading its values back out of the English text: an id
    // holding the template's own words ("(row 1)") was cut short, and the Indonesian text lost it.
    // Two regencies, two workers: the household without consumption is the second of its worker and
    // the fourth of the file (row 3).
    const small = join(dir, "renumber.csv");
    const person = (id: string, regency: string, consumption: string) => `"${id}",${regency},female,1970-01-02,head,${consumption}`;
    const text = ["household_id,regency,sex,birth_date,relationship,monthly_consumption", person("a1", "64.02", "2000000"), person("b1", "64.03", "2000000"), person("a2", "64.02", "2000000"), person("b (row 1) x", "64.03", ""), person("a3", "64.02", "2000000")];
    writeFileSync(small, `${text.join("\n")}\n`);
    const { mpi: _mpi, ...plain } = options;
    const failing = { ...plain, scenario: { name: "cash", programs: ["pkh"] }, mpi: { missing: "reweight" as const } };
    const error = await simulateHouseholdsParallel(small, { ...failing, workers: 2 }).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(TepatSasaranError);
    expect((error as TepatSasaranError).code).toBe("simulate.consumption_missing");
    expect((error as TepatSasaranError).text.en).toMatch(/^Household b \(row 1\) x \(row 3\) has no monthly consumption/);
    expect((error as TepatSasaranError).text.id).toMatch(/^Rumah tangga b \(row 1\) x \(baris 3\) tidak mempunyai konsumsi bulanan/);
  });
});
