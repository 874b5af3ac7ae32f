/**
 * Benchmark of the measure layer (issue 4): for 1,000,000 weighted observations, the time of
 * `povertyProfile` against a hand-written `Float64Array` loop computing the same FGT/Watts sums (the
 * floor: no validation, no compensated sums, no Sen), and of `gini` against a plain
 * `Float64Array.prototype.sort` of a copy of the same values. Targets: both within 2×.
 *
 * Run: `npx tsx bench/measures.ts`. `run()` returns the rows for a combined table (bench/run.ts).
 * Data come from a seeded generator (no Math.random), so every run measures the same input.
 */
import { pathToFileURL } from "node:url";
import { gini, povertyProfile } from "../src/measure/index.js";
import { type BenchRow, mulberry32 } from "./_shared.js";


/** The acceptable ratio for both rows. */
const TARGET = 2;

const N = 1_000_000;
const LINE = 800_000; // Rupiah per capita per month; about 8% of the generated population is below it


/** Log-normal per-capita expenditure (median Rp 1.5 million) and survey-like weights. */
function makeData(n: number, seed: number): { values: Float64Array; weights: Float64Array } {
  const random = mulberry32(seed);
  const values = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = 1 - random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    values[i] = Math.round(1_500_000 * Math.exp(0.45 * normal));
    weights[i] = 20 + Math.floor(random() * 400) / 4;
  }
  return { values, weights };
}

let sink = 0;

/** The floor: FGT P0/P1/P2 and Watts sums in one plain loop over typed arrays. */
function floorLoop(values: Float64Array, weights: Float64Array, z: number): number {
  let population = 0, poor = 0, s1 = 0, s2 = 0, watts = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i] as number;
    const w = weights[i] as number;
    population += w;
    if (y < z) {
      const gap = (z - y) / z;
      poor += w;
      s1 += w * gap;
      s2 += w * gap * gap;
      watts += w * Math.log(z / y);
    }
  }
  return (poor + s1 + s2 + watts) / population;
}

function plainSort(values: Float64Array): number {
  const copy = values.slice();
  copy.sort();
  return copy[copy.length >> 1] as number;
}

function time(fn: () => number): number {
  const start = performance.now();
  sink += fn();
  return performance.now() - start;
}

/** Median times of a call and its baseline, run alternately so both see the same machine load. */
function pairedMedians(call: () => number, baseline: () => number, repeats: number): [number, number] {
  const callTimes: number[] = [];
  const baselineTimes: number[] = [];
  for (let r = 0; r < repeats; r++) {
    callTimes.push(time(call));
    baselineTimes.push(time(baseline));
  }
  const median = (times: number[]): number => times.sort((a, b) => a - b)[times.length >> 1] as number;
  return [median(callTimes), median(baselineTimes)];
}

/**
 * Run the benchmarks.
 * @param options - `n` observations (default 1,000,000) and `repeats` per timing (default 21).
 * @returns One row per measured function.
 */
export function run(options: { n?: number; repeats?: number } = {}): BenchRow[] {
  const n = options.n ?? N;
  const repeats = options.repeats ?? 21;
  const { values, weights } = makeData(n, 20240401);
  const profile = (): number => povertyProfile(values, { line: LINE, weights }).sen;
  const floor = (): number => floorLoop(values, weights, LINE);
  const giniCall = (): number => gini(values, { weights });
  const sortCall = (): number => plainSort(values);
  for (let warm = 0; warm < 3; warm++) sink += profile() + floor() + giniCall() + sortCall();
  const rows: BenchRow[] = [];
  const [profileMs, floorMs] = pairedMedians(profile, floor, repeats);
  rows.push({
    name: "povertyProfile, 1e6 weighted rows",
    ms: profileMs,
    baselineName: "hand-written Float64Array loop (floor)",
    baselineMs: floorMs,
    ratio: profileMs / floorMs,
    target: `≤ ${TARGET}`,
  });
  const [giniMs, sortMs] = pairedMedians(giniCall, sortCall, repeats);
  rows.push({
    name: "gini, 1e6 weighted rows",
    ms: giniMs,
    baselineName: "Float64Array sort of a copy",
    baselineMs: sortMs,
    ratio: giniMs / sortMs,
    target: `≤ ${TARGET}`,
  });
  return rows;
}

function print(rows: readonly BenchRow[]): void {
  const fixed = (x: number, digits: number): string => x.toFixed(digits);
  console.log(`measures: ${N.toLocaleString("en")} weighted observations`);
  console.table(
    rows.map((row) => ({
      name: row.name,
      ms: fixed(row.ms, 1),
      baseline: row.baselineName,
      "baseline ms": fixed(row.baselineMs, 1),
      ratio: fixed(row.ratio, 2),
      target: row.target,
      met: row.ratio <= TARGET ? "yes" : "NO",
    })),
  );
  if (sink === 42) console.log(""); // keep results observable so nothing is optimised away
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) print(run());
