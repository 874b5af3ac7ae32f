/**
 * Benchmark of the simulate layer (issue 7): the combined scenario (PKH, Sembako, PBI-JKN, PIP,
 * PENA, KUBE, Rutilahu/BSPS, water and sanitation — the three approaches) on N synthetic Kaltim
 * households, streamed in chunks of 50,000: each chunk is simulated on its own (household outcomes
 * not kept) and the partials are merged with `mergeSimulations`, as a worker pool or a file reader
 * would do. Households come from the seeded generator of examples/kaltim-strategies.ts (a calibrated
 * synthetic Kaltim per chunk); generating them is not timed.
 *
 * Baseline: assessing the same households for the same programs with benefit schedules
 * (`createAssessor`, `benefits: true`) and nothing else — the work any simulation must do. The ratio
 * shows what the simulation adds on top: consumption gains, the household indicator set and
 * Alkire–Foster scores before and after, FGT accumulators, exact costs by period, targeting cells,
 * and the merge. Target: ≤ 2 (the simulation at most doubles the cost of assessing).
 *
 * Peak memory: `process.resourceUsage().maxRSS` of the whole process after the run.
 *
 * Run: `npx tsx bench/simulate.ts [--n 1000000]`. `run()` returns the rows for bench/run.ts
 * (default n = 200,000 there, to keep `npm run bench` short).
 */
import { pathToFileURL } from "node:url";
import { createAssessor, programById } from "../src/index.js";
import { mergeSimulations, simulate, type SimulationResult } from "../src/simulate/index.js";
import { kaltimScenarios, kaltimSimulationOptions, syntheticKaltim } from "../examples/kaltim-strategies.js";
import { type BenchRow } from "./_shared.js";


const CHUNK = 50_000;
/** Households of the synthetic Kaltim at scale 1 (its implied 2024 population ÷ about 3.7 members). */
const FULL_SCALE_HOUSEHOLDS = 1_034_700;

let sink = 0;

/**
 * Run the benchmark.
 * @param options - `n` households (default 200,000).
 * @returns One row: simulation vs assessment, with the peak RSS.
 */
export function run(options: { n?: number } = {}): BenchRow[] {
  const n = options.n ?? 200_000;
  const scenario = kaltimScenarios.combined;
  const programs = (scenario.programs as string[]).map((id) => programById(id));
  let ms = 0;
  let baselineMs = 0;
  const partials: SimulationResult[] = [];
  let done = 0;
  for (let chunk = 0; done < n; chunk++) {
    const want = Math.min(CHUNK, n - done);
    // A calibrated synthetic Kaltim of about `want` households (a few extra ones of the last regency are cut).
    const population = syntheticKaltim({ scale: want / FULL_SCALE_HOUSEHOLDS, seed: 20240301 + chunk, idPrefix: `c${chunk}` });
    const households = population.households.slice(0, want);
    const options = kaltimSimulationOptions(population, scenario, false);
    let t = performance.now();
    partials.push(simulate(households, options));
    ms += performance.now() - t;
    t = performance.now();
    const assess = createAssessor({ asOf: options.asOf, programs, benefits: true });
    const inputs = scenario.inputs as (h: (typeof households)[number]) => Record<string, unknown>;
    for (const household of households) sink += assess(household, inputs(household)).eligible.length;
    baselineMs += performance.now() - t;
    done += households.length;
  }
  const t = performance.now();
  const merged = mergeSimulations(partials);
  ms += performance.now() - t;
  last = merged;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return [
    {
      name: `combined scenario (8 programs), ${n.toLocaleString("en")} households in chunks of ${CHUNK.toLocaleString("en")}, merged`,
      ms,
      baselineName: "assess the same households for the same programs with benefits",
      baselineMs,
      ratio: ms / baselineMs,
      target: "≤ 2",
      peakRssMb,
    },
  ];
}

let last: SimulationResult | undefined;

function arg(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function main(): void {
  const n = arg("n") ?? 1_000_000;
  run({ n: Math.min(n, 50_000) }); // warm-up
  const rows = run({ n });
  console.table(
    rows.map((row) => ({
      name: row.name,
      ms: row.ms.toFixed(0),
      "µs/household": ((row.ms * 1000) / n).toFixed(1),
      "baseline ms": row.baselineMs.toFixed(0),
      "baseline µs/household": ((row.baselineMs * 1000) / n).toFixed(1),
      ratio: row.ratio.toFixed(2),
      target: row.target,
      "peak RSS MB": (row.peakRssMb ?? 0).toFixed(0),
    })),
  );
  if (last) {
    const { total } = last;
    console.log(
      `total: ${total.households.toLocaleString("en")} households; P0 ${(100 * (total.before?.p0 ?? 0)).toFixed(2)}% → ${(100 * (total.after?.p0 ?? 0)).toFixed(2)}%; ` +
        `M0 ${(100 * (total.mpiBefore?.m0 ?? 0)).toFixed(2)} → ${(100 * (total.mpiAfter?.m0 ?? 0)).toFixed(2)}; cost Rp ${total.cost.toString()}`,
    );
  }
  if (sink === 42) console.log("");
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
