import { badValue, badWeight, wattsNonPositive } from "./_input.js";
import type { NumericArray } from "./types.js";

/**
 * The one pass of `povertyProfile` over its rows: validates each row, accumulates the FGT and Watts
 * sums in compensated blocks and gathers the poor (line-normalised, with their weights and range)
 * for Sen. Kept apart from the measure so the engine optimises these loops once and keeps them.
 *
 * Blocked compensated sums: plain sums within a block of `BLOCK` rows (error bounded by the
 * block length, not by n), each block total added with Neumaier compensation. Validation is one
 * branch-free sum per block: y − y is NaN for a non-finite value, w − |w| is NaN for a non-finite
 * weight and < 0 for a negative one (0 for w ≥ 0, −0 included); no term is > 0, so the sum is 0
 * exactly when every row is valid. A bad block is rescanned to name its first bad row.
 *
 * The rows' loop comes twice: once for the usual case of given weights and one line (no test per
 * row of whether weights or lines were given), once for any input. Both compute the same numbers in
 * the same order.
 * @internal
 */
export interface PovertyScan {
  /** Compensated sums: N, N_poor, Σw·gap, Σw·gap², Σw·ln(z/y). */
  readonly sums: Float64Array;
  /** The poor's line-normalised values y/z (−0 stored as +0), in row order. */
  readonly poorValues: Float64Array;
  /** Their weights, or null when unweighted. */
  readonly poorWeights: Float64Array | null;
  /** The smallest and largest of `poorValues` (Sen's sort starts from them). */
  readonly min: number;
  readonly max: number;
}

/** Rows per block of plain summation. */
const BLOCK = 512;

/** A copy of `array` with room for `capacity` elements. */
function grow(array: Float64Array, capacity: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(capacity);
  bigger.set(array);
  return bigger;
}

/**
 * The pass over all rows (see {@link PovertyScan}); `floor` is Watts' floor (0 under the "error"
 * policy), `lines` null when `scalar` is every row's line.
 * @internal
 */
export function scanPoverty(
  values: NumericArray,
  weights: NumericArray | undefined,
  scalar: number,
  lines: NumericArray | null,
  floor: number,
): PovertyScan {
  const n = values.length;
  // Room for an eighth of the rows to be poor, doubled when needed: small enough that the allocation
  // is cheap, large enough that typical data (P0 well under 12.5%) never grows.
  let capacity = Math.max(1024, n >>> 3);
  let poorValues = new Float64Array(capacity);
  let poorWeights = new Float64Array(weights === undefined ? 0 : capacity);
  let count = 0;
  let min = Infinity;
  let max = -Infinity;
  // Order: N, N_poor, Σw·gap, Σw·gap², Σw·ln(z/y).
  const total = new Float64Array(5);
  const compensation = new Float64Array(5);
  const block = new Float64Array(5);
  const usual = weights !== undefined && lines === null;
  for (let start = 0; start < n; start += BLOCK) {
    const end = start + BLOCK < n ? start + BLOCK : n;
    if (count + BLOCK > capacity && capacity < n) {
      // Room for the whole block's rows, so the loops never check it.
      capacity = Math.min(n, Math.max(2 * capacity, count + BLOCK));
      poorValues = grow(poorValues, capacity);
      if (weights !== undefined) poorWeights = grow(poorWeights, capacity);
    }
    let pop = 0, poor = 0, s1 = 0, s2 = 0, sw = 0, check = 0;
    if (usual) {
      const ws = weights as NumericArray;
      for (let i = start; i < end; i++) {
        const y = values[i] as number;
        const w = ws[i] as number;
        check += y - y + (w - Math.abs(w));
        pop += w;
        if (y < scalar) {
          const x = y / scalar + 0; // −0 → +0, as the sort wants its keys
          poorValues[count] = x;
          poorWeights[count++] = w;
          if (x < min) min = x;
          if (x > max) max = x;
          poor += w;
          const gap = (scalar - y) / scalar;
          const wGap = w * gap;
          s1 += wGap;
          s2 += wGap * gap;
          sw += w * (y > floor ? Math.log(scalar / y) : atFloor(values, weights, floor, y, scalar, start, i));
        }
      }
    } else {
      for (let i = start; i < end; i++) {
        const y = values[i] as number;
        const w = weights === undefined ? 1 : (weights[i] as number);
        check += y - y + (w - Math.abs(w));
        pop += w;
        const z = lines === null ? scalar : (lines[i] as number);
        if (y < z) {
          const x = y / z + 0;
          poorValues[count] = x;
          if (weights !== undefined) poorWeights[count] = w;
          count++;
          if (x < min) min = x;
          if (x > max) max = x;
          poor += w;
          const gap = (z - y) / z;
          const wGap = w * gap;
          s1 += wGap;
          s2 += wGap * gap;
          sw += w * (y > floor ? Math.log(z / y) : atFloor(values, weights, floor, y, z, start, i));
        }
      }
    }
    if (check !== 0) firstBadRow(values, weights, start, end);
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
    poorValues: poorValues.subarray(0, count),
    poorWeights: weights === undefined ? null : poorWeights.subarray(0, count),
    min,
    max,
  };
}

/**
 * Watts' ln(z / floor) for a poor row i whose value y is at or below the floor (the pass takes
 * ln(z / y) itself above it); 0 when the floor reaches the line. Under the "error" policy (floor 0)
 * the value is ≤ 0 and refused, after any bad row before it in its block.
 */
function atFloor(
  values: NumericArray,
  weights: NumericArray | undefined,
  floor: number,
  y: number,
  z: number,
  start: number,
  i: number,
): number {
  if (floor <= 0) {
    firstBadRow(values, weights, start, i + 1);
    wattsNonPositive(y, i);
  }
  return floor < z ? Math.log(z / floor) : 0;
}

/** Neumaier-add each block sum (all ≥ 0) into its running total. @internal */
export function addBlock(total: Float64Array, compensation: Float64Array, block: Float64Array): void {
  for (let k = 0; k < 5; k++) {
    const sum = total[k] as number;
    const x = block[k] as number;
    const t = sum + x;
    compensation[k] = (compensation[k] as number) + (sum >= x ? sum - t + x : x - t + sum);
    total[k] = t;
  }
}

/** Throw for the first row in [start, end) with a non-finite value or a bad weight, if any. @internal */
export function firstBadRow(values: NumericArray, weights: NumericArray | undefined, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const y = values[i] as number;
    if (!Number.isFinite(y)) badValue(y, i);
    if (weights !== undefined) {
      const w = weights[i] as number;
      if (!(w >= 0) || w === Infinity) badWeight(w, i);
    }
  }
}
