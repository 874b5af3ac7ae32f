/**
 * The test oracle of `povertyProfile`: its implementation before 2026-12-07 (session 48), kept as it
 * was (one pass gathering the poor's y/z and weights into arrays of n/8 growing by doubling, a
 * validation sum with a running minimum weight, Watts' floor tested on every poor row, the poor
 * normalised and sorted in place, then copied back). What the change left as it was comes from the
 * library: the input checks, the block sums' compensation (`addBlock`), the naming of the first bad
 * row (`firstBadRow`) and the Gini sums (`giniSums`); the sort is ./_sortOracle.ts. The property
 * tests hold the library's faster path to this one bit for bit.
 */
import {
  allZero,
  checkFinite,
  checkLength,
  checkNotEmpty,
  checkOptions,
  checkSample,
  guarded,
  largest,
  outOfRange,
  scaleExponent,
  times2,
  wellScaled,
  resolveLine,
  wattsFloor,
  wattsNonPositive,
} from "../../src/measure/_input.js";
import { addBlock, firstBadRow } from "../../src/measure/_povertyScan.js";
import { giniSums } from "../../src/measure/_sen.js";
import { sortWithPayload } from "./_sortOracle.js";
import type { NumericArray } from "../../src/measure/types.js";
import type { PovertyProfile, PovertyProfileOptions } from "../../src/measure/povertyProfile.js";

/** The former `poorGiniSums`: sort the poor's values with their weights in place, then the sums. */
function poorGiniSums(x: Float64Array, w: Float64Array | null, total: number): { mean: number; halfMeanDifference: number } {
  sortWithPayload(x, w);
  return giniSums(x, w, total);
}

export function oraclePovertyProfile(values: NumericArray, options: PovertyProfileOptions): PovertyProfile {
  return guarded("povertyProfile", () => {
    const { weights } = checkOptions(options, "povertyProfile");
    const n = checkSample(values, "povertyProfile", "values").length;
    checkNotEmpty(n, "povertyProfile");
    if (weights !== undefined) checkLength(checkSample(weights, "povertyProfile", "weights").length, n, "weights");
    const { scalar, lines } = resolveLine(options.line, n);
    const floor = wattsFloor(options.watts);
    const scan = scanPoverty(values, weights, scalar, lines, floor);
    const sums = scan.sums;
    if (weights !== undefined && outOfRange(sums[0] as number)) {
      // Subnormal or huge weights: again on weights rescaled by a power of two (exact; rare path).
      const scaled = wellScaled(weights, largest(weights));
      if (scaled !== weights) {
        // Indices are ratios; the population and the number of poor go back to the caller's scale.
        const profile = oraclePovertyProfile(values, { line: options.line, watts: options.watts, weights: scaled });
        const back = -scaleExponent(largest(weights));
        return { ...profile, population: checkFinite(times2(profile.population, back)), poor: times2(profile.poor, back) };
      }
    }
    const population = checkFinite(sums[0] as number);
    if (population === 0) allZero();
    const poorWeight = sums[1] as number;
    const p0 = poorWeight / population;
    const p1 = checkFinite((sums[2] as number) / population);
    const incomeGapRatio = poorWeight > 0 ? p1 / p0 : 0;
    const { mean, halfMeanDifference } =
      poorWeight > 0 ? poorGiniSums(scan.poorValues, scan.poorWeights, poorWeight) : NO_POOR;
    return {
      count: n,
      population,
      poor: poorWeight,
      p0,
      p1,
      p2: checkFinite((sums[3] as number) / population),
      watts: checkFinite((sums[4] as number) / population),
      sen: checkFinite(poorWeight > 0 ? p0 * (incomeGapRatio + halfMeanDifference) : 0),
      incomeGapRatio,
      giniAmongPoor: mean > 0 ? halfMeanDifference / mean : null,
    };
  });
}

/** A copy of `array` with room for `capacity` elements. */
function grow(array: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(capacity);
  bigger.set(array);
  return bigger;
}

const NO_POOR = { mean: 0, halfMeanDifference: 0 } as const;

/** What the one pass returns. */
interface Scan {
  /** Compensated sums: N, N_poor, Σw·gap, Σw·gap², Σw·ln(z/y). */
  readonly sums: Float64Array;
  /** The poor's line-normalised values y/z, in row order. */
  readonly poorValues: Float64Array;
  /** Their weights, or null when unweighted. */
  readonly poorWeights: Float64Array | null;
}

/**
 * The one pass: validates each row, accumulates the compensated sums and gathers the poor (for Sen).
 * A function of its own so the engine optimises it once and keeps it.
 */
function scanPoverty(
  values: NumericArray,
  weights: NumericArray | undefined,
  scalar: number,
  lines: NumericArray | null,
  floor: number,
): Scan {
  const n = values.length;
  // Room for an eighth of the rows to be poor, doubled when needed: small enough that the allocation
  // is cheap, large enough that typical data (P0 well under 12.5%) never grows.
  let capacity = Math.max(1024, n >>> 3);
  let poorValues = new Float64Array(capacity);
  let poorWeights = weights === undefined ? null : new Float64Array(capacity);
  // Blocked compensated sums: plain sums within a block of BLOCK rows (error bounded by the block
  // length, not by n), each block total added with Neumaier compensation. Order: N, N_poor, Σw·gap,
  // Σw·gap², Σw·ln(z/y).
  const total = new Float64Array(5);
  const compensation = new Float64Array(5);
  const block = new Float64Array(5);
  let poorRows = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const end = start + BLOCK < n ? start + BLOCK : n;
    let pop = 0, poor = 0, s1 = 0, s2 = 0, sw = 0;
    // Branch-free validation: `check` turns NaN on any non-finite value or weight, `minWeight` < 0 on
    // a negative weight; a bad block is rescanned to name its first bad row.
    let check = 0, minWeight = 0;
    for (let i = start; i < end; i++) {
      const y = values[i] as number;
      const w = weights === undefined ? 1 : (weights[i] as number);
      check += y - y + (w - w);
      minWeight = w < minWeight ? w : minWeight;
      pop += w;
      const z = lines === null ? scalar : (lines[i] as number);
      if (y < z) {
        if (poorRows === capacity) {
          capacity = Math.min(n, 2 * capacity);
          poorValues = grow(poorValues, capacity);
          if (poorWeights !== null) poorWeights = grow(poorWeights, capacity);
        }
        poorValues[poorRows] = y / z;
        if (poorWeights !== null) poorWeights[poorRows] = w;
        poorRows++;
        poor += w;
        const gap = (z - y) / z;
        const wGap = w * gap;
        s1 += wGap;
        s2 += wGap * gap;
        let yw = y;
        if (yw < floor) yw = floor; // floor is 0 under the "error" policy
        if (yw <= 0) {
          firstBadRow(values, weights, start, i + 1);
          wattsNonPositive(y, i);
        }
        if (yw < z) sw += w * Math.log(z / yw);
      }
    }
    if (check !== 0 || minWeight < 0) firstBadRow(values, weights, start, end);
    block[0] = pop;
    block[1] = poor;
    block[2] = s1;
    block[3] = s2;
    block[4] = sw;
    addBlock(total, compensation, block);
  }
  const sums = new Float64Array(5);
  for (let k = 0; k < 5; k++) sums[k] = (total[k] as number) + (compensation[k] as number);
  return {
    sums,
    poorValues: poorValues.subarray(0, poorRows),
    poorWeights: poorWeights === null ? null : poorWeights.subarray(0, poorRows),
  };
}

/** Rows per block of plain summation in {@link scanPoverty}. */
const BLOCK = 512;
