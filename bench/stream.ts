/**
 * Benchmark of the streaming input (issue 8): over a generated 1,000,000-person registry CSV (1%
 * malformed rows, household columns repeated on every row as in a DTSEN export), the time of
 *   (a) the bare fast parser's pass over the file (papaparse, streaming; records counted), the
 *       baseline of issue 16, and our own grammar's bare pass for reference;
 *   (b) `readHouseholdsCsv`: parse + group + validate every household;
 *   (c) (b) + assessing every accepted household for every program (`createAssessor`).
 * Targets (issue 16): (b) ≤ 1.8 × (a), (c) ≤ 2.5 × (a). Prints rows/s
 * and extrapolates to a national registry of ~94 million families (~350 million people).
 *
 * Run: `npx tsx bench/stream.ts [--rows N] [--repeats R]`. `run()` returns rows for bench/run.ts.
 * The file is written to os.tmpdir() by a seeded generator and deleted afterwards.
 */
import { createReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ours, papaparse } from "./parsers.js";
import { readHouseholdsCsv } from "../src/node/index.js";
import { createAssessor } from "../src/index.js";
import type { Household } from "../src/household/index.js";
import { generateRegistryCsv } from "./_generate.js";
import { medianOfRounds, scratch, type BenchRow } from "./_shared.js";


const ROWS = 1_000_000;
const AS_OF = "2025-07-01";
/** ~94 million families of ~3.7 people (assumption, from the DTSEN family count and BPS household size). */
const NATIONAL_PEOPLE = 350_000_000;
const NATIONAL_FAMILIES = 94_000_000;

type Assess = (household: Household) => unknown;

function clock(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The baseline: the bare fast parser's pass (papaparse, streaming), as issue 16 sets the targets. */
const floor = (path: string): Promise<number> => papaparse(path);

let sink = 0;

async function library(path: string, assess: Assess | undefined): Promise<number> {
  const stream = readHouseholdsCsv(path, { asOf: AS_OF });
  for await (const event of stream) {
    if (event.kind === "household" && assess !== undefined) {
      if (assess(event.household) !== undefined) sink += 1;
    }
  }
  const { rowsRead, rowsAccepted, rowsRejected } = stream.summary;
  if (rowsAccepted + rowsRejected !== rowsRead) throw new Error("rows lost");
  return rowsRead;
}

async function timed(fn: () => Promise<number>): Promise<number> {
  const start = clock();
  sink += await fn();
  return clock() - start;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/** One complete round: every path timed once over the same file. */
interface Round {
  readonly floorMs: number;
  readonly ownMs: number;
  readonly validateMs: number;
  readonly fullMs: number;
}

const roundsNote = (rounds: number): string => (rounds > 1 ? `, median of ${rounds} rounds` : "");

/** Extra facts for the printed report. */
export interface StreamReport {
  readonly rows: number;
  readonly bytes: number;
  readonly floorMs: number;
  readonly validateMs: number;
  readonly fullMs: number;
}

let lastReport: StreamReport | undefined;

/**
 * Run the benchmark.
 * @param options - `rows` (default 1,000,000) and `repeats`: complete rounds (default 3; each ratio is
 *   the round with the median ratio, with the range of the rounds).
 * @returns One row per measured path against the floor.
 */
export async function run(options: { rows?: number; repeats?: number } = {}): Promise<BenchRow[]> {
  const rows = options.rows ?? ROWS;
  const repeats = options.repeats ?? 3;
  const path = join(tmpdir(), `tepat-sasaran-registry-${rows}-${process.pid}.csv`);
  const removeFile = scratch(path);
  const generated = generateRegistryCsv({ rows, malformed: 0.01, path });
  try {
    // Every program with benefit schedules, as an app would assess each accepted household.
    const assess: Assess = createAssessor({ asOf: AS_OF });
    // Warm the file cache; each timed pass is long enough (tens of seconds) for the JIT to settle.
    await floor(generated.path);
    // Interleave the paths, so that a machine shared with other work slows them alike; each round
    // is a complete measurement, and every ratio is the round with the median ratio, with the
    // range of the rounds (one pass per path per run moved the ratios by ±30% on a shared machine).
    const rounds: Round[] = [];
    for (let r = 0; r < repeats; r++) {
      const floorMs = await timed(() => floor(generated.path));
      const ownMs = await timed(() => ours(generated.path));
      const validateMs = await timed(() => library(generated.path, undefined));
      const fullMs = await timed(() => library(generated.path, assess));
      rounds.push({ floorMs, ownMs, validateMs, fullMs });
    }
    const of = (pick: (round: Round) => { ms: number; baselineMs: number }) => medianOfRounds(rounds.length, (r) => pick(rounds[r] as Round));
    const validate = await of((r) => ({ ms: r.validateMs, baselineMs: r.floorMs }));
    const full = await of((r) => ({ ms: r.fullMs, baselineMs: r.floorMs }));
    const own = await of((r) => ({ ms: r.validateMs, baselineMs: r.ownMs }));
    const result: BenchRow[] = [
      { name: `parse + validate vs bare papaparse${roundsNote(repeats)}`, ...validate, target: 1.8, peakRssMb: peakRssMb() },
      { name: `parse + validate + assess all programs, one thread, vs bare papaparse${roundsNote(repeats)}`, ...full, target: 2.5, peakRssMb: peakRssMb() },
      { name: `… parse + validate vs our own parser's bare pass (for reference)${roundsNote(repeats)}`, ...own, target: "—" },
    ];
    const floorMs = median(rounds.map((r) => r.floorMs));
    const validateMs = median(rounds.map((r) => r.validateMs));
    const fullMs = median(rounds.map((r) => r.fullMs));
    lastReport = { rows: generated.rows, bytes: generated.bytes, floorMs, validateMs, fullMs };
    return result;
  } finally {
    removeFile();
  }
}

function print(rows: readonly BenchRow[]): void {
  const report = lastReport as StreamReport;
  const perSecond = (ms: number): number => (report.rows * 1000) / ms;
  console.log(`stream: ${report.rows.toLocaleString("en")} person rows, ${(report.bytes / 2 ** 20).toFixed(0)} MiB CSV, 1% malformed`);
  console.table(
    rows.map((row) => ({
      name: row.name,
      ms: row.ms.toFixed(0),
      "floor ms": row.baselineMs.toFixed(0),
      ratio: row.ratio.toFixed(2),
      target: `≤ ${row.target}`,
      met: row.ratio <= Number(row.target) ? "yes" : "NO",
      "rows/s": Math.round(perSecond(row.ms)).toLocaleString("en"),
      "peak RSS MB": (row.peakRssMb ?? 0).toFixed(0),
    })),
  );
  console.log(`baseline (bare papaparse): ${Math.round(perSecond(report.floorMs)).toLocaleString("en")} rows/s`);
  const minutes = NATIONAL_PEOPLE / perSecond(report.fullMs) / 60;
  console.log(
    `At the full path's pace, ${NATIONAL_FAMILIES / 1e6} million families (~${NATIONAL_PEOPLE / 1e6} million person rows, ` +
      `assuming ~3.7 people per family) stream in ~${minutes.toFixed(0)} minutes on one core of this machine.`,
  );
  if (sink === -1) console.log("");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flag = (name: string): number | undefined => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : Number(process.argv[at + 1]);
  };
  const options: { rows?: number; repeats?: number } = {};
  const rows = flag("--rows");
  const repeats = flag("--repeats");
  if (rows !== undefined) options.rows = rows;
  if (repeats !== undefined) options.repeats = repeats;
  print(await run(options));
}
