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
