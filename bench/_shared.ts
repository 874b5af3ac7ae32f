/**
 * What every benchmark shares: the row shape `bench/run.ts` prints, rounds, a seeded PRNG (no
 * Math.random), and the removal of its scratch files.
 */
import { rmSync } from "node:fs";
import { onInterrupt } from "../src/cli/signals.js";

/**
 * Watch a benchmark's scratch file or directory (in os.tmpdir(): a generated registry is hundreds
 * of MB): removed by the function returned, and when the run is stopped by Ctrl-C or kill, which
 * ends the process without its `finally` blocks. Call it before the file is written: a signal
 * during a synchronous write is handled when it ends.
 */
export function scratch(path: string): () => void {
  const remove = () => rmSync(path, { recursive: true, force: true });
  const stopWatching = onInterrupt(remove);
  return () => {
    stopWatching();
    remove();
  };
}

/** One measured case against its baseline, timed in the same run. */
export interface BenchRow {
  readonly name: string;
  readonly ms: number;
  readonly baselineName?: string;
  readonly baselineMs: number;
  readonly ratio: number;
  /** The ratio to stay at or under: a number, or text such as "≤ 5". */
  readonly target: string | number;
  readonly peakRssMb?: number;
  /** When the case was measured in several rounds: the smallest and largest ratio (`ratio` is the median). */
  readonly ratioRange?: readonly [number, number];
}

/**
 * Measure `rounds` times and keep the round with the median ratio, with the range of ratios: a
 * shared machine's noise (another process, a GC pause caused by the benchmark's own data) moves one
 * round, not the median. Each round is a complete measurement; nothing inside a round is dropped.
 */
export async function medianOfRounds<T extends { ms: number; baselineMs: number }>(
  rounds: number,
  measure: (round: number) => T | Promise<T>,
): Promise<T & { ratio: number; ratioRange: readonly [number, number] }> {
  const results: (T & { ratio: number })[] = [];
  for (let r = 0; r < rounds; r++) {
    const m = await measure(r);
    results.push({ ...m, ratio: m.ms / m.baselineMs });
  }
  const sorted = [...results].sort((a, b) => a.ratio - b.ratio);
  const median = sorted[(sorted.length - 1) >> 1] as T & { ratio: number };
  return { ...median, ratioRange: [(sorted[0] as { ratio: number }).ratio, (sorted[sorted.length - 1] as { ratio: number }).ratio] };
}

// The seeded PRNG of the Kaltim example (mulberry32; no Math.random), which bench/simulate.ts
// already builds its households with: one generator for examples and benchmarks.
export { mulberry32 } from "../examples/kaltim-strategies.js";
