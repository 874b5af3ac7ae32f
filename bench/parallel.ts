/**
 * Benchmark of the parallel runner (issue 16, "every core"): over a generated registry CSV (1%
 * malformed rows, as bench/stream.ts), the time of reading, validating and assessing every household
 * for every program
 *   (a) on one thread: `readHouseholdsCsv` + `createAssessor`, for reference;
 *   (b) `assessHouseholdsParallel` with 1 worker (the baseline: the same runner, one worker);
 *   (c) `assessHouseholdsParallel` with 2, 3, … workers up to the cores;
 *   (d) below 3 cores, `assessHouseholdsParallel` with its default `workers: "auto"`, which runs there
 *       on the calling thread (it should cost what (a) costs).
 * Each case runs in a child process of its own, so that its peak resident memory (all threads) is
 * its own; memory per worker is (peak of N workers − peak of the one-thread case) / N, an upper bound.
 * Target (issue 16): (c) with 2 workers ≥ 1.7 × the throughput of (b), i.e. time ratio ≤ 0.59.
 * Prints the measured scaling and extrapolates to 16 cores and a national file of ~350 million people.
 *
 * Sizes: the generated 1,000,000-person registry (the streaming rows' size), then 300,000 persons
 * (this benchmark's size until 2026-12-06, for reference).
 * Run: `npx tsx bench/parallel.ts [--rows N] [--rounds R]` (with `--rows`, that size only). `run()`
 * returns rows for bench/run.ts.
 * The file is written to os.tmpdir() by a seeded generator and deleted afterwards.
 */
import { spawnSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { generateRegistryCsv } from "./_generate.js";
import { scratch, type BenchRow } from "./_shared.js";

const AS_OF = "2025-07-01";
const NATIONAL_PEOPLE = 350_000_000;
const NATIONAL_FAMILIES = 94_000_000;
/** The built package when there is one (`npm run build`): its worker threads start from JavaScript, as an app's do; else the sources through tsx, whose workers first compile every module (seconds each). */
const BUILT = join(fileURLToPath(new URL("..", import.meta.url)), "dist", "esm");
const built = existsSync(join(BUILT, "node", "index.js"));

function clock(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/**
 * CPU time (user + system, ms) of each thread of this process by thread id, where Linux tells it
 * (/proc/self/task/<tid>/stat); `undefined` elsewhere. Node does not name its threads, so they are
 * told apart by when they appeared: the process's own id is the reading thread; threads already
 * there when the case starts are the runtime's (V8's garbage-collection and compiler helper
 * threads, and libuv's pool if the module loader started it); of the threads that appear later,
 * the busiest `workers` are the worker threads, the rest are "other".
 */
function threadCpu(): Map<string, number> | undefined {
  let tids: string[];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return undefined;
  }
  const cpu = new Map<string, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return cpu;
}

/** CPU time by kind of thread, ms (see {@link threadCpu}). */
interface ThreadsCpu {
  readonly main: number;
  readonly workers: readonly number[];
  readonly helpers: number;
  readonly other: number;
}

function byKind(before: ReadonlyMap<string, number>, last: ReadonlyMap<string, number>, workers: number): ThreadsCpu {
  // The reading thread's CPU during the case only (its start-up, this script's compilation and the
  // imports came before it and are not the runner's).
  const main = (last.get(String(process.pid)) ?? 0) - (before.get(String(process.pid)) ?? 0);
  let helpers = 0;
  const fresh: number[] = [];
  for (const [tid, ms] of last) {
    if (tid === String(process.pid)) continue;
    if (before.has(tid)) helpers += ms - (before.get(tid) ?? 0);
    else fresh.push(ms);
  }
  fresh.sort((a, b) => b - a);
  const other = fresh.slice(workers).reduce((sum, ms) => sum + ms, 0);
  return { main, workers: fresh.slice(0, workers), helpers, other };
}

/** `workers: "auto"` on this machine, as the library counts it: the cores less one when that makes 2 or more, else 0 (the calling thread). */
function autoWorkers(): number {
  const cores = availableParallelism();
  return cores - 1 >= 2 ? cores - 1 : 0;
}

/** One case, in this (child) process: its time, the process's peak RSS and CPU time by thread. `"auto"`: the library's default. */
async function child(path: string, asked: number | "auto"): Promise<void> {
  const workers = asked === "auto" ? autoWorkers() : asked;
  type Lib = typeof import("../src/index.js");
  type Node = typeof import("../src/node/index.js");
  const { createAssessor } = (await import(built ? pathToFileURL(join(BUILT, "index.js")).href : "../src/index.js")) as Lib;
  const { assessHouseholdsParallel, readHouseholdsCsv } = (await import(built ? pathToFileURL(join(BUILT, "node", "index.js")).href : "../src/node/index.js")) as Node;
  // Threads seen so far, sampled while the case runs: a worker thread's last figures outlive it.
  const before = threadCpu();
  const seen = new Map(before);
  const sample = (): void => {
    for (const [tid, ms] of threadCpu() ?? []) seen.set(tid, ms);
  };
  const sampler = before === undefined ? undefined : setInterval(sample, 200);
  const cpu0 = process.cpuUsage();
  const start = clock();
  let rows = 0;
  let households = 0;
  if (asked === 0) {
    const assess = createAssessor({ asOf: AS_OF });
    const stream = readHouseholdsCsv(path, { asOf: AS_OF });
    for await (const event of stream) if (event.kind === "household" && assess(event.household).total !== undefined) households += 1;
    rows = stream.summary.rowsRead;
  } else {
    const stream = assessHouseholdsParallel(path, { asOf: AS_OF, workers: asked });
    for await (const event of stream) if (event.kind === "assessed") households += 1;
    rows = stream.summary.rowsRead;
  }
  const ms = clock() - start;
  clearInterval(sampler);
  sample();
  const { user, system } = process.cpuUsage(cpu0);
  const threads = before === undefined ? undefined : byKind(before, seen, workers);
  process.stdout.write(JSON.stringify({ ms, rows, households, rssMb: process.resourceUsage().maxRSS / 1024, cpuMs: (user + system) / 1000, threads }));
}

interface Measured {
  readonly ms: number;
  readonly rows: number;
  readonly rssMb: number;
  /** CPU time of every thread of the process: with `ms`, how many cores the machine actually gave the case. */
  readonly cpuMs: number;
  /** CPU time by kind of thread (Linux only). */
  readonly threads?: ThreadsCpu | undefined;
}

/** The CPU per 1,000 rows of each kind of thread, as text. */
function threadsText(m: Measured): string {
  const t = m.threads;
  if (t === undefined) return "";
  const per = (ms: number) => ((ms / m.rows) * 1000).toFixed(1);
  const workers = t.workers.length === 0 ? "" : `, worker${t.workers.length === 1 ? "" : "s"} ${t.workers.map(per).join(" + ")}`;
  return ` (reading thread ${per(t.main)}${workers}, V8 helper threads ${per(t.helpers)}, other ${per(t.other)})`;
}

function measure(path: string, workers: number | "auto"): Measured {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ["--import", "tsx", script, "--child", path, String(workers)], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`case ${workers} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Measured;
}

/**
 * The extrapolation from CPU per row rather than from this machine's gain per worker (which a
 * 2-core machine shared with the reading thread and V8's helper threads holds down): on 16 cores,
 * 15 workers go at most at 16 cores ÷ the CPU of all threads per row (as measured with `m`'s
 * workers), and at most at the pace of the one reading thread (its CPU per row).
 */
function cpuModel(m: Measured, people: number): string[] {
  if (m.threads === undefined) return [];
  const coresLimit = (16 * m.rows) / (m.cpuMs / 1000);
  const readerLimit = m.rows / (m.threads.main / 1000);
  const rate = Math.min(coresLimit, readerLimit);
  return [
    `CPU model, 16 cores: ≤ ${coresLimit.toFixed(0)} rows/s from the CPU of all threads per row, ≤ ${readerLimit.toFixed(0)} rows/s from the reading thread's: ${rate.toFixed(0)} rows/s, ${(people / rate / 3600).toFixed(1)} h for the national file`,
  ];
}

/**
 * The benchmark: on the generated 1,000,000-person registry (the size of the streaming rows' file,
 * as the issue's targets ask: "the same generated file"), then on 300,000 persons, the size this
 * benchmark used until 2026-12-06, kept for reference (a larger file spreads each worker's start-up
 * over more rows).
 */
export async function run(rows = 1_000_000, rounds = 3, earlier: number | null = 300_000): Promise<BenchRow[]> {
  const out = await runOn(rows, rounds, "≤ 0.59 (≥ 1.7× throughput)");
  if (earlier === null || earlier === rows) return out;
  const before = await runOn(earlier, rounds, "(for reference)");
  return [...out, ...before];
}

async function runOn(rows: number, rounds: number, target: string): Promise<BenchRow[]> {
  const path = join(tmpdir(), `tepat-sasaran-registry-${rows}-${process.pid}.csv`);
  const removeFile = scratch(path);
  const file = generateRegistryCsv({ rows, malformed: 0.01, seed: 16, path });
  try {
    const cores = availableParallelism();
    const counts = [0, 1, ...Array.from({ length: Math.max(1, cores - 1) }, (_, i) => i + 2)];
    const best = new Map<number | "auto", Measured>();
    // The library's default is a case of its own where it runs on the calling thread (below 3 cores).
    const cases: (number | "auto")[] = autoWorkers() === 0 ? [...counts, "auto"] : counts;
    // Rounds interleave the cases, so that a shared machine's noise falls on all of them; the fastest
    // round of each case is kept (the one least disturbed by other processes).
    for (let round = 0; round < rounds; round++) {
      for (const workers of cases) {
        const m = measure(file.path, workers);
        const kept = best.get(workers);
        if (kept === undefined || m.ms < kept.ms) best.set(workers, { ...m, rssMb: Math.max(m.rssMb, kept?.rssMb ?? 0) });
      }
    }
    const one = best.get(0) as Measured;
    const base = best.get(1) as Measured;
    const out: BenchRow[] = [
      { name: `one thread (readHouseholdsCsv + createAssessor), ${rows.toLocaleString("en")} rows`, ms: one.ms, baselineName: "1 worker", baselineMs: base.ms, ratio: one.ms / base.ms, target: "info", peakRssMb: one.rssMb },
    ];
    const lines: string[] = [];
    const auto = best.get("auto");
    if (auto !== undefined) {
      out.push({ name: `assessHouseholdsParallel, ${rows.toLocaleString("en")} rows, workers "auto" (the default on ${cores} cores: the calling thread)`, ms: auto.ms, baselineName: "1 worker", baselineMs: base.ms, ratio: auto.ms / base.ms, target: "info", peakRssMb: auto.rssMb });
      lines.push(`workers "auto" (the calling thread): ${(auto.rows / (auto.ms / 1000)).toFixed(0)} rows/s, speed-up ${(base.ms / auto.ms).toFixed(2)}×, cores used ${(auto.cpuMs / auto.ms).toFixed(2)}, CPU ${((auto.cpuMs / auto.rows) * 1000).toFixed(1)} ms per 1,000 rows${threadsText(auto)}, peak RSS ${auto.rssMb.toFixed(0)} MB`);
    }
    for (const workers of counts.filter((n) => n >= 1)) {
      const m = best.get(workers) as Measured;
      const perWorker = workers === 0 ? m.rssMb : (m.rssMb - one.rssMb) / workers;
      out.push({
        name: `assessHouseholdsParallel, ${rows.toLocaleString("en")} rows, ${workers} worker${workers === 1 ? "" : "s"} (per worker ≤ ${perWorker.toFixed(0)} MB over one thread)`,
        ms: m.ms,
        baselineName: "1 worker",
        baselineMs: base.ms,
        ratio: m.ms / base.ms,
        target: workers === 2 ? target : "info",
        peakRssMb: m.rssMb,
      });
      lines.push(`${workers} worker(s): ${(m.rows / (m.ms / 1000)).toFixed(0)} rows/s, speed-up ${(base.ms / m.ms).toFixed(2)}×, cores used ${(m.cpuMs / m.ms).toFixed(2)}, CPU ${((m.cpuMs / m.rows) * 1000).toFixed(1)} ms per 1,000 rows${threadsText(m)}, peak RSS ${m.rssMb.toFixed(0)} MB`);
      // What the cores allow: one worker runs at the pace of its own thread (the rest fits on the
      // other cores); N workers at best at cores ÷ the CPU of all threads per row.
      const w1 = Math.max(...(base.threads?.workers ?? [0]), base.cpuMs / cores);
      if (workers > 1 && base.threads !== undefined) lines.push(`  ceiling on ${cores} cores from CPU per row: ${(cores / m.cpuMs / (1 / w1)).toFixed(2)}× the 1-worker throughput`);
    }
    const rate1 = base.rows / (base.ms / 1000);
    const top = Math.max(...counts);
    const topRate = (best.get(top) as Measured).rows / ((best.get(top) as Measured).ms / 1000);
    // Extrapolation: the measured gain per added worker (a share of one worker's throughput), held
    // for 15 workers (16 cores, one of them reading); none when no gain was measured.
    const perAdded = top > 1 ? Math.max(0, (topRate / rate1 - 1) / (top - 1)) : 0;
    const rate16 = rate1 * (1 + perAdded * 14);
    const hours = (rate: number) => (NATIONAL_PEOPLE / rate / 3600).toFixed(1);
    process.stderr.write(
      [
        `\nparallel, ${rows.toLocaleString("en")} rows: ${cores} cores (availableParallelism), fastest of ${rounds} rounds per case, ${built ? "built package (dist/esm)" : "sources through tsx (run npm run build first to measure the package)"}`,
        `one thread: ${(one.rows / (one.ms / 1000)).toFixed(0)} rows/s, cores used ${(one.cpuMs / one.ms).toFixed(2)}, CPU ${((one.cpuMs / one.rows) * 1000).toFixed(1)} ms per 1,000 rows${threadsText(one)}`,
        ...lines,
        perAdded > 0
          ? `extrapolated, 15 workers on 16 cores at the measured gain per added worker (${(perAdded * 100).toFixed(0)}% of one worker): ${rate16.toFixed(0)} rows/s`
          : "no gain per added worker measured on this machine: no extrapolation",
        `national file (~${NATIONAL_PEOPLE / 1e6} M people, ~${NATIONAL_FAMILIES / 1e6} M families): ${hours(rate1)} h with 1 worker${perAdded > 0 ? `, ${hours(rate16)} h with 15 workers on 16 cores` : ""}`,
        ...cpuModel(best.get(top) as Measured, NATIONAL_PEOPLE),
        "",
      ].join("\n"),
    );
    return out;
  } finally {
    removeFile();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  if (args[0] === "--child") await child(args[1] as string, args[2] === "auto" ? "auto" : Number(args[2]));
  else {
    const value = (flag: string, fallback: number) => {
      const i = args.indexOf(flag);
      return i >= 0 ? Number(args[i + 1]) : fallback;
    };
    const rows = value("--rows", 1_000_000);
    for (const row of await run(rows, value("--rounds", 3), args.includes("--rows") ? null : 300_000)) {
      console.log(`${row.name}: ${row.ms.toFixed(0)} ms, ratio to 1 worker ${row.ratio.toFixed(2)}, peak RSS ${row.peakRssMb?.toFixed(0)} MB`);
    }
  }
}
