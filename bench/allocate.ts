/**
 * Benchmark of the allocate layer (issue 6): `apportion` of 10,000,000 seats over 514 regions (the
 * number of Indonesian regencies and cities) for each method, next to the textbook seat-by-seat
 * priority method (`apportionBySeat`, a heap over regions, one award per seat) for 100,000 seats.
 * The ratio is fast time ÷ seat-by-seat time although the fast call hands out 100× more seats;
 * seat-by-seat time grows with the number of seats, the fast search does not.
 * Hamilton has no seat-by-seat form; its row is set against seat-by-seat Webster.
 *
 * Run: `npx tsx bench/allocate.ts`. `run()` returns the rows for a combined table (bench/run.ts).
 * Weights come from a seeded generator (no Math.random), so every run measures the same input.
 */
import { pathToFileURL } from "node:url";
import { apportion, apportionBySeat, type ApportionmentMethod, type DivisorMethod } from "../src/allocate/index.js";
import { type BenchRow, mulberry32 } from "./_shared.js";


const REGIONS = 514;
const SEATS = 10_000_000;
const BASELINE_SEATS = 100_000;
const TARGET = 0.25;


/** Regency-like populations: log-normal around 250,000, between a few thousand and a few million. */
function makeWeights(n: number, seed: number): number[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const u = 1 - random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
    return Math.round(250_000 * Math.exp(0.9 * normal));
  });
}

let sink = 0;

function median(fn: () => number, repeats: number): number {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    sink += fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[repeats >> 1] as number;
}

/**
 * Run the benchmark.
 * @param options - `repeats` per timing (default 7).
 * @returns One row per method.
 */
export function run(options: { repeats?: number } = {}): BenchRow[] {
  const repeats = options.repeats ?? 7;
  const weights = makeWeights(REGIONS, 20240514);
  const methods: readonly ApportionmentMethod[] = ["hamilton", "jefferson", "webster", "huntington-hill", "adams"];
  const rows: BenchRow[] = [];
  for (const method of methods) {
    const baselineMethod: DivisorMethod = method === "hamilton" ? "webster" : method;
    const fast = (): number => apportion({ method, seats: SEATS, weights }).seats[0] ?? 0;
    const naive = (): number => apportionBySeat({ method: baselineMethod, seats: BASELINE_SEATS, weights }).seats[0] ?? 0;
    for (let warm = 0; warm < 2; warm++) sink += fast() + naive();
    const ms = median(fast, repeats);
    const baselineMs = median(naive, Math.max(3, repeats >> 1));
    rows.push({
      name: `${method}: ${REGIONS} × 10^7 seats vs seat-by-seat ${baselineMethod} 10^5`,
      ms,
      baselineMs,
      ratio: ms / baselineMs,
      target: `≤ ${TARGET}`,
    });
  }
  return rows;
}

function print(rows: readonly BenchRow[]): void {
  console.log(`allocate: ${REGIONS} regions; apportion ${SEATS.toLocaleString("en")} seats vs seat-by-seat ${BASELINE_SEATS.toLocaleString("en")} seats`);
  console.table(
    rows.map((row) => ({
      name: row.name,
      ms: row.ms.toFixed(2),
      "baseline ms": row.baselineMs.toFixed(1),
      ratio: row.ratio.toFixed(3),
      "seat-by-seat 10^7 (est.) ms": (row.baselineMs * (SEATS / BASELINE_SEATS)).toFixed(0),
      target: row.target,
      met: row.ratio <= TARGET ? "yes" : "NO",
    })),
  );
  if (sink === 42) console.log(""); // keep results observable so nothing is optimised away
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) print(run());
