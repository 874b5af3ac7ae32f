/** What every benchmark shares: the row shape `bench/run.ts` prints, and a seeded PRNG (no Math.random). */

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

/** mulberry32: a small seeded PRNG returning uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
