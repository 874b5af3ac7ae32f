import { failure } from "../message/error.js";
import { NeumaierSum } from "./_sum.js";
import {
  allZero,
  badValue,
  badWeight,
  checkAlpha,
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
} from "./_input.js";
import type { FgtOptions } from "./fgt.js";
import { alkireFosterMessages } from "./messages.js";
import type { NumericArray } from "./types.js";
import { rowFailure } from "../message/_rowFailure.js";

/**
 * One subgroup's part of an FGT index.
 * @category Measures
 */
export interface FgtSubgroup {
  /** The group key. */
  readonly group: string;
  /** Number of observations (rows) in the group. */
  readonly count: number;
  /** Weighted population N_g. */
  readonly population: number;
  /** N_g / N. */
  readonly populationShare: number;
  /** The group's own P_α (0 when the group's weights are all 0). */
  readonly index: number;
  /** Absolute contribution (N_g / N)·P_α,g; the contributions add up to the total index. */
  readonly contribution: number;
  /** Contribution as a percentage of the total index (0 for every group when the total is 0). */
  readonly contributionPercent: number;
}

/**
 * An FGT index and its additive decomposition by subgroup.
 * @category Measures
 */
export interface FgtDecomposition {
  /** α used. */
  readonly alpha: number;
  /** The index of the whole population. */
  readonly index: number;
  /** Weighted population N. */
  readonly population: number;
  /** One entry per group, sorted by group key (UTF-16 code-unit order, as `Array.prototype.sort`). */
  readonly groups: readonly FgtSubgroup[];
}

/**
 * An FGT index decomposed by subgroup (e.g. regency): P_α = Σ_g (N_g/N)·P_α,g (FGT indices are
 * additively decomposable; Foster, Greer & Thorbecke 1984). Each group gets its own index, population
 * share and absolute and percentage contribution. Contributions are computed as S_g/N from the group's
 * compensated sum S_g, so they add up to the total index to rounding.
 *
 * @param values - Welfare per unit.
 * @param groups - One group key per value (e.g. a regency code), parallel to `values`.
 * @param options - `line`, `alpha` and optional `weights`, as in {@link fgt}.
 * @returns The total index and one entry per group, sorted by key.
 * @throws TepatSasaranError as {@link fgt}, plus `measure.group_invalid`.
 * @example
 * import { fgtBySubgroup } from "tepat-sasaran/measure";
 *
 * const { groups } = fgtBySubgroup([100, 110, 150, 160], ["a", "a", "b", "b"], { line: 125, alpha: 0 });
 * groups.map((g) => [g.group, g.index, g.contributionPercent]) //=> [["a", 1, 100], ["b", 0, 0]]
 * @category Measures
 */
export function fgtBySubgroup(
  values: NumericArray,
  groups: readonly string[],
  options: FgtOptions,
): FgtDecomposition {
  return guarded("fgtBySubgroup", () => {
    const { alpha, weights } = checkOptions(options, "fgtBySubgroup");
    const n = checkSample(values, "fgtBySubgroup", "values").length;
    checkNotEmpty(n, "fgtBySubgroup");
    checkAlpha(alpha);
    checkLength(checkSample(groups, "fgtBySubgroup", "groups").length, n, "groups");
    if (weights !== undefined) checkLength(checkSample(weights, "fgtBySubgroup", "weights").length, n, "weights");
    const { scalar, lines } = resolveLine(options.line, n);
    const slots = new Map<string, number>();
    const keys: string[] = [];
    const counts: number[] = [];
    const populations: NeumaierSum[] = [];
    const sums: NeumaierSum[] = [];
    const population = new NeumaierSum();
    const sum = new NeumaierSum();
    for (let i = 0; i < n; i++) {
      const y = values[i] as number;
      if (!Number.isFinite(y)) badValue(y, i);
      const w = weights === undefined ? 1 : (weights[i] as number);
      if (!(w >= 0) || w === Infinity) badWeight(w, i);
      const key = groups[i];
      if (typeof key !== "string") throw rowFailure(alkireFosterMessages, "measure.group_invalid", { index: i });
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = keys.length;
        slots.set(key, slot);
        keys.push(key);
        counts.push(0);
        populations.push(new NeumaierSum());
        sums.push(new NeumaierSum());
      }
      counts[slot] = (counts[slot] as number) + 1;
      population.add(w);
      (populations[slot] as NeumaierSum).add(w);
      const z = lines === null ? scalar : (lines[i] as number);
      if (y < z) {
        const gap = (z - y) / z;
        const x = w * (alpha === 0 ? 1 : alpha === 1 ? gap : alpha === 2 ? gap * gap : gap ** alpha);
        sum.add(x);
        (sums[slot] as NeumaierSum).add(x);
      }
    }
    if (weights !== undefined && outOfRange(population.value())) {
      // Subnormal or huge weights: again on weights rescaled by a power of two (exact; rare path).
      const scaled = wellScaled(weights, largest(weights));
      if (scaled !== weights) {
        // Indices and shares are ratios; populations go back to the caller's scale.
        const result = fgtBySubgroup(values, groups, { line: options.line, alpha, weights: scaled });
        const back = -scaleExponent(largest(weights));
        return {
          ...result,
          population: checkFinite(times2(result.population, back)),
          groups: result.groups.map((g) => ({ ...g, population: times2(g.population, back) })),
        };
      }
    }
    const total = checkFinite(population.value());
    if (total === 0) allZero();
    const index = checkFinite(sum.value() / total);
    const order = keys.map((_, slot) => slot).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
    return {
      alpha,
      index,
      population: total,
      groups: order.map((slot) => {
        const groupPopulation = (populations[slot] as NeumaierSum).value();
        const groupSum = (sums[slot] as NeumaierSum).value();
        const contribution = groupSum / total;
        return {
          group: keys[slot] as string,
          count: counts[slot] as number,
          population: groupPopulation,
          populationShare: groupPopulation / total,
          index: groupPopulation > 0 ? groupSum / groupPopulation : 0,
          contribution,
          contributionPercent: index > 0 ? (100 * contribution) / index : 0,
        };
      }),
    };
  });
}
