import {
  allZero,
  badValue,
  badWeight,
  checkAlpha,
  checkFinite,
  checkOptions,
  checkSample,
  guarded,
  largest,
  outOfRange,
  wellScaled,
  checkLength,
  checkNotEmpty,
  resolveLine,
} from "./_input.js";
import type { NumericArray, PovertyLine } from "./types.js";

/**
 * Options of {@link fgt}.
 * @category Measures
 */
export interface FgtOptions {
  /** The poverty line: one number, or one per observation. */
  readonly line: PovertyLine;
  /** The poverty-aversion parameter α ≥ 0: 0 headcount, 1 gap, 2 severity. */
  readonly alpha: number;
  /** Population weights (e.g. household size × survey weight); default 1 each. */
  readonly weights?: NumericArray | undefined;
}

/**
 * The Foster–Greer–Thorbecke poverty index P_α (Foster, Greer & Thorbecke 1984, Econometrica 52(3)):
 *
 * P_α = (1 / N) · Σᵢ wᵢ · ((zᵢ − yᵢ) / zᵢ)^α · 1[yᵢ < zᵢ], with N = Σᵢ wᵢ.
 *
 * A person is poor when the value is strictly below the line (BPS: "di bawah garis kemiskinan").
 * α = 0 gives the headcount ratio P0, α = 1 the poverty gap index P1, α = 2 the severity index P2.
 * Values may be ≤ 0 (their gap is then ≥ 1). Sums are compensated (Neumaier).
 *
 * @param values - Welfare per person or household (e.g. monthly per-capita expenditure).
 * @param options - `line`, `alpha` and optional `weights`.
 * @returns P_α, a number ≥ 0 (≤ 1 when values are ≥ 0).
 * @throws TepatSasaranError `measure.empty`, `measure.value_not_finite`, `measure.weight_not_finite`,
 *   `measure.weight_negative`, `measure.weights_all_zero`, `measure.line_invalid`,
 *   `measure.alpha_invalid`, `measure.length_mismatch`.
 * @example
 * import { fgt } from "tepat-sasaran/measure";
 *
 * // Haughton & Khandker (2009), country C, line 125
 * fgt([100, 110, 150, 160], { line: 125, alpha: 1 }) //=> 0.08
 * @category Measures
 */
export function fgt(values: NumericArray, options: FgtOptions): number {
  return guarded("fgt", () => {
    const { alpha, weights } = checkOptions(options, "fgt");
    const n = checkSample(values, "fgt", "values").length;
    checkNotEmpty(n, "fgt");
    checkAlpha(alpha);
    if (weights !== undefined) checkLength(checkSample(weights, "fgt", "weights").length, n, "weights");
    const { scalar, lines } = resolveLine(options.line, n);
    let population = 0;
    let populationC = 0;
    let sum = 0;
    let sumC = 0;
    for (let i = 0; i < n; i++) {
      const y = values[i] as number;
      if (!Number.isFinite(y)) badValue(y, i);
      let w = 1;
      if (weights !== undefined) {
        w = weights[i] as number;
        if (!(w >= 0) || w === Infinity) badWeight(w, i);
      }
      let t = population + w;
      populationC += population >= w ? population - t + w : w - t + population;
      population = t;
      const z = lines === null ? scalar : (lines[i] as number);
      if (y < z) {
        const gap = (z - y) / z;
        const x = w * (alpha === 0 ? 1 : alpha === 1 ? gap : alpha === 2 ? gap * gap : gap ** alpha);
        t = sum + x;
        sumC += sum >= x ? sum - t + x : x - t + sum;
        sum = t;
      }
    }
    if (weights !== undefined && outOfRange(population + populationC)) {
      // Subnormal or huge weights: again on weights rescaled by a power of two (exact; rare path).
      const scaled = wellScaled(weights, largest(weights));
      if (scaled !== weights) return fgt(values, { line: options.line, alpha, weights: scaled });
    }
    const total = checkFinite(population + populationC);
    if (total === 0) allZero();
    return checkFinite((sum + sumC) / total);
  });
}
