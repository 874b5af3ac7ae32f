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
} from "./_input.js";
import { scanPoverty } from "./_povertyScan.js";
import { poorGiniSums } from "./_sen.js";
import type { NumericArray, PovertyLine, WattsPolicy } from "./types.js";

/**
 * Options of {@link povertyProfile}.
 * @category Measures
 */
export interface PovertyProfileOptions {
  /** The poverty line: one number, or one per observation. */
  readonly line: PovertyLine;
  /** Population weights; default 1 each. */
  readonly weights?: NumericArray | undefined;
  /** What Watts does with values ≤ 0; default `{ nonPositive: "error" }`. */
  readonly watts?: WattsPolicy | undefined;
}

/**
 * The standard monetary poverty measures of one population, computed together.
 * @category Measures
 */
export interface PovertyProfile {
  /** Number of observations (rows). */
  readonly count: number;
  /** Weighted population N = Σ wᵢ. */
  readonly population: number;
  /** Weighted number of poor Σ wᵢ·1[yᵢ < zᵢ]. */
  readonly poor: number;
  /** Headcount ratio P0 (FGT α = 0). */
  readonly p0: number;
  /** Poverty gap index P1 (FGT α = 1). */
  readonly p1: number;
  /** Poverty severity index P2 (FGT α = 2). */
  readonly p2: number;
  /** Watts index (1/N)·Σ_poor wᵢ·ln(zᵢ / yᵢ). */
  readonly watts: number;
  /** Sen index S = P0·[I + (1 − I)·G_p]. */
  readonly sen: number;
  /** Income-gap ratio I: mean gap of the poor as a share of the line (= P1 / P0); 0 when no one is poor. */
  readonly incomeGapRatio: number;
  /**
   * Gini coefficient G_p among the poor, of line-normalised values yᵢ/zᵢ; `null` when no one is poor
   * or when the poor's mean is ≤ 0 (the Gini is then undefined; Sen is still defined).
   */
  readonly giniAmongPoor: number | null;
}

/**
 * P0, P1, P2, Watts and Sen of one population, with its weighted size and number of poor, in one
 * pass over the data (plus a sort of the poor only, for Sen).
 *
 * - FGT: as {@link fgt}; poor means strictly below the line.
 * - Watts (1968, "An economic definition of poverty"): W = (1/N)·Σ_poor wᵢ·ln(zᵢ/yᵢ). Values ≤ 0
 *   follow the `watts` policy.
 * - Sen (1976, Econometrica 44(2)) in the form for survey data given by Haughton & Khandker (2009,
 *   Handbook on Poverty and Inequality, ch. 4): S = P0·[I + (1 − I)·G_p] = P0·(1 − (1 − G_p)·μ_p/z),
 *   with I = P1/P0 the income-gap ratio and G_p the Gini (population form, see {@link gini}) among the
 *   poor. It is computed as S = P0·(I + Δ_p), Δ_p = ½·Σᵢ Σⱼ uᵢuⱼ·|xᵢ − xⱼ| over the poor with weight
 *   shares uᵢ = wᵢ/N_p, since (1 − I)·G_p = Δ_p; this needs no division by the poor's mean, so Sen
 *   stays defined when that mean is ≤ 0. With one line per observation every formula uses the
 *   line-normalised value xᵢ = yᵢ/zᵢ (for one common line this is the textbook index).
 *
 * Sums are blocked and compensated (plain within 512 rows, Neumaier across blocks), so their error
 * does not grow with the number of rows.
 *
 * @param values - Welfare per person or household.
 * @param options - `line`, optional `weights` and `watts` policy.
 * @returns The profile; every index is a finite number.
 * @throws TepatSasaranError as {@link fgt}, plus `measure.watts_non_positive` (row named),
 *   `measure.watts_minimum_invalid`, `measure.option_invalid` and `measure.not_representable`.
 * @example
 * import { povertyProfile } from "tepat-sasaran/measure";
 *
 * const profile = povertyProfile([100, 110, 150, 160], { line: 125 });
 * profile.p0 //=> 0.5
 * profile.p2 //=> 0.0136 (to rounding)
 * profile.sen //=> 0.09
 * @category Measures
 */
export function povertyProfile(values: NumericArray, options: PovertyProfileOptions): PovertyProfile {
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
        const profile = povertyProfile(values, { line: options.line, watts: options.watts, weights: scaled });
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
      poorWeight > 0 ? poorGiniSums(scan.poorValues, scan.poorWeights, scan.min, scan.max, poorWeight) : NO_POOR;
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

const NO_POOR = { mean: 0, halfMeanDifference: 0 } as const;
