import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { defaultWorkers } from "../../src/node/_parallel.js";
import { main } from "../../src/cli/main.js";
import { assessHouseholdsParallel, simulateHouseholdsParallel, type RejectedRow, type WorkersUsed } from "../../src/node/index.js";

// `workers: "auto"` (the default) on a machine of 2 cores: no worker thread, the run stays on the
// calling thread (a single worker was slower than one thread on every file size measured). The
// events, summary and simulation are those of the workers, compared as JSON text, byte for byte.
const cores = vi.hoisted(() => ({ count: 2 }));
vi.mock("node:os", async (actual) => ({ ...(await actual<typeof import("node:os")>()), availableParallelism: () => cores.count }));
// Worker threads started, counted.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:worker_threads", async (actual) => {
  const threads = await actual<typeof import("node:worker_threads")>();
  class Counted extends threads.Worker {
    constructor(...args: ConstructorParameters<typeof threads.Worker>) {
      super(...args);
      started.count += 1;
    }
  }
  return { ...threads, Worker: Counted };
});

const asOf = "2025-07-01";
let dir = "";
let file = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-parallel-auto-"));
  file = join(dir, "registry.csv");
  generateRegistryCsv({ rows: 3_000, malformed: 0.02, quotedNewlines: 0.01, seed: 18, path: file });
  writeFileSync(join(dir, "quota.json"), JSON.stringify(wholeFileQuota));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the default number of workers", () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 2],
    [4, 3],
    [16, 15],
  ])("on %i core(s) is %i (0: the calling thread)", (count, workers) => {
    expect(defaultWorkers(count)).toBe(workers);
  });
});

async function assessed(workers: number | "auto" | undefined): Promise<{ events: string; summary: string; threads: number }> {
  started.count = 0;
  const stream = assessHouseholdsParallel(file, { asOf, programs: ["pkh", "sembako", "pbi_jkn", "pip"], ...(workers === undefined ? {} : { workers }) });
  const events: string[] = [];
  for await (const event of stream) events.push(JSON.stringify(event));
  return { events: events.join("\n"), summary: JSON.stringify({ ...stream.summary, elapsedMs: 0, workers: undefined }), threads: started.count };
}

describe("assessHouseholdsParallel with workers \"auto\" on 2 cores", () => {
  it.each(["auto", undefined] as const)("(%s) yields on the calling thread the events and summary of a worker", { timeout: 120_000 }, async (workers) => {
    const here = await assessed(workers);
    const worker = await assessed(1);
    expect([here.threads, worker.threads]).toEqual([0, 1]);
    expect(here.events.length).toBeGreaterThan(100_000);
    expect(here.events).toContain('"kind":"rejected"');
    expect(here.events === worker.events).toBe(true);
    expect(here.summary).toBe(worker.summary);
  });

  it("shares one frozen decision between households of the same outcome, as a worker's events do", async () => {
    const decisions = new Map<string, unknown>();
    let shared = 0;
    for await (const event of assessHouseholdsParallel(file, { asOf, programs: ["pkh"] })) {
      if (event.kind !== "assessed") continue;
      const decision = event.programs[0];
      expect(Object.isFrozen(decision)).toBe(true);
      const key = JSON.stringify(decision);
      if (decisions.get(key) === decision) shared += 1;
      else decisions.set(key, decision);
    }
    expect(shared).toBeGreaterThan(100);
  });

  it("can be iterated only once", () => {
    const stream = assessHouseholdsParallel(file, { asOf });
    stream[Symbol.asyncIterator]();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/io.already_iterated|once/);
  });
});

describe("simulateHouseholdsParallel with workers \"auto\" on 2 cores", () => {
  const options = { asOf, scenario: { name: "cash", programs: ["pkh", "sembako", "pbi_jkn"] }, povertyLines: { "64.02": 682_490, "64.03": 731_250 }, fallbackLine: 833_955, mpi: { missing: "reweight" } } as const;

  it("gives on the calling thread the simulation, summary and rejected rows of the workers", { timeout: 120_000 }, async () => {
    const run = async (workers: number | "auto") => {
      const rejected: RejectedRow[] = [];
      started.count = 0;
      const { result, summary } = await simulateHouseholdsParallel(file, { ...options, workers, onRejected: (row) => void rejected.push(row) });
      return { result: JSON.stringify(result), summary: JSON.stringify({ ...summary, elapsedMs: 0, workers: undefined }), rejected: JSON.stringify(rejected), threads: started.count };
    };
    const here = await run("auto");
    const workers = await run(2);
    expect([here.threads, workers.threads]).toEqual([0, 2]);
    expect(JSON.parse(here.result).total.households).toBeGreaterThan(200);
    expect(here.rejected.length).toBeGreaterThan(100);
    expect({ ...here, threads: 0 }).toEqual({ ...workers, threads: 0 });
  });
});

// A data engineer running a national file is told, in the run's summary, how many worker threads
// ran, and whether (and why) fewer than asked: the library decides it in one place, and the command
// line's note on stderr is read from that decision.
/** A quota over the whole file, shared out by the eligible households found in it: one worker must see them all. */
const wholeFileQuota = { name: "quota", programs: [{ program: "pkh", coverage: { quota: 50 } }] };

async function assessedWith(workers: number | "auto"): Promise<{ workers: WorkersUsed; threads: number }> {
  started.count = 0;
  const stream = assessHouseholdsParallel(file, { asOf, programs: ["pkh"], workers });
  for await (const _event of stream);
  return { workers: stream.summary.workers, threads: started.count };
}

async function simulated(workers: number | "auto", scenario: typeof wholeFileQuota): Promise<{ workers: WorkersUsed; threads: number }> {
  started.count = 0;
  const { summary } = await simulateHouseholdsParallel(file, { asOf, scenario, povertyLines: { "64.02": 682_490, "64.03": 731_250 }, fallbackLine: 833_955, mpi: { missing: "reweight" }, workers });
  return { workers: summary.workers, threads: started.count };
}

describe("the summary of a parallel run on 2 cores says how many workers ran", () => {
  it.each([
    { workers: 5, used: 2, cut: "cores" },
    { workers: "auto", used: 0, cut: undefined },
  ] as const)("assessHouseholdsParallel, workers $workers: $used (cut: $cut)", { timeout: 60_000 }, async ({ workers, used, cut }) => {
    const run = await assessedWith(workers);
    expect(run.workers).toEqual({ requested: workers, used, cores: 2, cut });
    expect(run.threads).toBe(used);
  });

  it.each([
    { workers: 5, scenario: wholeFileQuota, used: 1, cut: "scenario" },
    // "auto" on 2 cores is the calling thread, which sees the whole file: no worker is started for the quota.
    { workers: "auto", scenario: wholeFileQuota, used: 0, cut: undefined },
  ] as const)("simulateHouseholdsParallel, workers $workers, $scenario.name: $used (cut: $cut)", { timeout: 60_000 }, async ({ workers, scenario, used, cut }) => {
    const run = await simulated(workers, scenario);
    expect(run.workers).toEqual({ requested: workers, used, cores: 2, cut });
    expect(run.threads).toBe(used);
  });
});

describe("the command line's note is the library's decision", () => {
  async function stderrOf(argv: readonly string[]): Promise<string> {
    const written: string[] = [];
    const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const stdout = { write: () => true, once: () => undefined, on: () => undefined, end: () => undefined } as unknown as NodeJS.WritableStream;
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      await main(argv, { stdout, stdin: process.stdin });
    } finally {
      process.chdir(cwd);
      err.mockRestore();
    }
    return written.join("");
  }

  it.each([
    // A 1-core machine here: one worker to start, not two (worker start-up is most of the time).
    { lang: "en", command: ["assess", "--households", "registry.csv", "--format", "csv", "--workers", "5"], note: "--workers 5: this machine has 1 core; 1 worker is used", cores: 1 },
    { lang: "en", command: ["simulate", "--households", "registry.csv", "--scenario", "quota.json", "--format", "json", "--workers", "2"], note: "--workers 2: the scenario's quota or budget is shared out by the eligible households of the whole file; 1 worker is used" },
  ])("$command.0 --workers in $lang", { timeout: 60_000 }, async ({ lang, command, note, cores: count = 2 }) => {
    cores.count = count;
    try {
      const err = await stderrOf([...command, "--as-of", asOf, "--lang", lang]);
      expect(err).toContain(note);
    } finally {
      cores.count = 2;
    }
  });
});
