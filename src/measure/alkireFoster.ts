import { failure } from "../message/error.js";
import { AF_TOLERANCE, compileIndicators, isDeprived, reweight } from "./_alkireFosterSetup.js";
import { NeumaierSum } from "./_sum.js";
import { badWeight, checkFinite, checkLength, checkNotEmpty, checkOptions, checkSample, guarded } from "./_input.js";
import { alkireFosterMessages } from "./messages.js";
import type {
  AlkireFosterIndicator,
  AlkireFosterOptions,
  AlkireFosterResult,
  AlkireFosterRow,
  AlkireFosterUnit,
} from "./alkireFosterTypes.js";
import { rowFailure } from "../message/_rowFailure.js";

/**
 * The Alkire–Foster (2011, "Counting and multidimensional poverty measurement", J. Public Economics
 * 95(7–8): 476–487) adjusted headcount ratio M0 with its dual cutoffs: each indicator's test flags
 * deprivations gᵢⱼ; a unit's score is cᵢ = Σⱼ wⱼ·gᵢⱼ; it is poor when cᵢ ≥ k (scores within 1e-9
 * below k count, to absorb rounding); the censored score cᵢ(k) is cᵢ for the poor and 0 otherwise. With
 * population weights pᵢ and N = Σ pᵢ: H = Σ_poor pᵢ / N, A = Σ pᵢcᵢ(k) / Σ_poor pᵢ and
 * M0 = Σ pᵢcᵢ(k) / N = H·A. Indicator j contributes 100·Σ pᵢwᵢⱼgᵢⱼ[poor] / (N·M0) percent
 * (= 100·wⱼ·hⱼ(k)/M0 without reweighting, wᵢⱼ being unit i's effective weight of indicator j);
 * a dimension contributes the sum of its indicators; a subgroup contributes 100·(N_g/N)·M0_g/M0.
 * Headcount ratios count a missing value as not deprived.
 *
 * @param matrix - The achievement matrix: one record per unit, values keyed by indicator id.
 * @param options - `indicators`, `k`, optional `weights`, `groups`, `missing`.
 * @returns H, A, M0, per-unit scores, per-indicator, per-dimension and per-group results, missing report.
 * @throws TepatSasaranError for invalid indicators, weights (`measure.af_weights_sum` unless they sum to 1),
 *   k, rows, values, population weights or groups, and `measure.af_value_missing` under the default policy.
 * @example
 * import { alkireFoster } from "tepat-sasaran/measure";
 *
 * const result = alkireFoster(
 *   [{ income: 300, school: 5 }, { income: 900, school: 12 }],
 *   {
 *     indicators: [
 *       { id: "income", dimension: "living", weight: 0.5, deprived: { cutoff: 500 } },
 *       { id: "school", dimension: "education", weight: 0.5, deprived: (years) => Number(years) < 6 },
 *     ],
 *     k: 0.5,
 *   },
 * );
 * [result.headcount, result.intensity, result.m0] //=> [0.5, 1, 0.5]
 * @category Measures
 */
export function alkireFoster(matrix: readonly AlkireFosterRow[], options: AlkireFosterOptions): AlkireFosterResult {
  return guarded("alkireFoster", () => {
    const { k, weights, groups } = checkOptions(options, "alkireFoster");
    const policy = options.missing ?? "error";
    const compiled = compileIndicators(options.indicators, k, policy);
    const { list } = compiled;
    const n = checkSample(matrix, "alkireFoster", "matrix").length;
    checkNotEmpty(n, "alkireFoster");
    if (weights !== undefined) checkLength(checkSample(weights, "alkireFoster", "weights").length, n, "weights");
    if (groups !== undefined) checkLength(checkSample(groups, "alkireFoster", "groups").length, n, "groups");
    const d = list.length;
    const population = new NeumaierSum();
    const poorTotal = new NeumaierSum();
    const censoredTotal = new NeumaierSum();
    const uncensored = list.map(() => new NeumaierSum());
    const censored = list.map(() => new NeumaierSum());
    const contributions = list.map(() => new NeumaierSum());
    const missingPer = list.map(() => 0);
    const groupSlots = new Map<string, GroupSums>();
    const units: AlkireFosterUnit[] = [];
    const present: boolean[] = list.map(() => true);
    const deprived: boolean[] = list.map(() => false);
    const effective: number[] = list.map((indicator) => indicator.weight);
    let valuesMissing = 0, unitsWithMissing = 0, unitsDropped = 0, unitsReweighted = 0, count = 0;
    for (let i = 0; i < n; i++) {
      const row = matrix[i];
      if (typeof row !== "object" || row === null) throw rowFailure(alkireFosterMessages, "measure.af_row_invalid", { index: i });
      const p = weights === undefined ? 1 : (weights[i] as number);
      if (!(p >= 0) || p === Infinity) badWeight(p, i);
      const key = groups === undefined ? undefined : groups[i];
      if (groups !== undefined && typeof key !== "string") {
        throw rowFailure(alkireFosterMessages, "measure.group_invalid", { index: i });
      }
      let missing = 0;
      for (let j = 0; j < d; j++) {
        const indicator = list[j] as AlkireFosterIndicator;
        const value = row[indicator.id];
        present[j] = value !== undefined && value !== null;
        if (!present[j]) {
          if (policy === "error") {
            throw rowFailure(alkireFosterMessages, "measure.af_value_missing", { index: i, indicator: indicator.id, option: "missing" });
          }
          missing++;
          missingPer[j] = (missingPer[j] as number) + 1;
        }
        deprived[j] = present[j] === true && isDeprived(indicator.deprived, value, i, indicator.id);
      }
      valuesMissing += missing;
      if (missing > 0) unitsWithMissing++;
      const group = key === undefined ? undefined : groupSums(groupSlots, key);
      if (missing > 0 && (policy === "drop" || (policy === "reweight" && missing === d))) {
        unitsDropped++;
        units.push({ score: null, poor: false, included: false, missing });
        continue;
      }
      const reweighted = missing > 0 && policy === "reweight";
      if (reweighted) {
        unitsReweighted++;
        reweight(compiled, present, effective);
      }
      let score = 0;
      for (let j = 0; j < d; j++) if (deprived[j]) score += effective[j] as number;
      if (score > 1) score = 1; // rounding of Σ weights
      const poor = score >= k - AF_TOLERANCE;
      count++;
      units.push({ score, poor, included: true, missing });
      population.add(p);
      if (poor) {
        poorTotal.add(p);
        censoredTotal.add(p * score);
      }
      for (let j = 0; j < d; j++) {
        if (!deprived[j]) continue;
        (uncensored[j] as NeumaierSum).add(p);
        if (poor) {
          (censored[j] as NeumaierSum).add(p);
          (contributions[j] as NeumaierSum).add(p * (effective[j] as number));
        }
      }
      if (group !== undefined) addToGroup(group, p, poor, score);
      if (reweighted) list.forEach((indicator, j) => (effective[j] = indicator.weight));
    }
    const total = checkFinite(population.value());
    if (total === 0) throw failure(alkireFosterMessages, "measure.af_no_units");
    const poor = poorTotal.value();
    const censoredSum = censoredTotal.value();
    const contributionSums = contributions.map((s) => s.value());
    const percent = (x: number): number => (censoredSum > 0 ? (100 * x) / censoredSum : 0);
    const indicators = list.map((indicator, j) => ({
      id: indicator.id,
      dimension: indicator.dimension,
      weight: indicator.weight,
      uncensoredHeadcount: (uncensored[j] as NeumaierSum).value() / total,
      censoredHeadcount: (censored[j] as NeumaierSum).value() / total,
      contribution: percent(contributionSums[j] as number),
      missing: missingPer[j] as number,
    }));
    // One pass over the indicators (not one per dimension: a list of many one-indicator dimensions
    // would make that quadratic).
    const byDimension = compiled.dimensions.map(() => 0);
    contributionSums.forEach((x, j) => {
      const slot = compiled.dimensionOf[j] as number;
      byDimension[slot] = (byDimension[slot] as number) + x;
    });
    const dimensions = compiled.dimensions.map((dimension, slot) => ({
      dimension,
      weight: compiled.dimensionWeights[slot] as number,
      contribution: percent(byDimension[slot] as number),
    }));
    const groupResults = [...groupSlots.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([group, sums]) => {
        const groupPopulation = sums.population.value();
        const groupPoor = sums.poor.value();
        const groupCensored = sums.censored.value();
        return {
          group,
          count: sums.count,
          population: groupPopulation,
          populationShare: groupPopulation / total,
          headcount: groupPopulation > 0 ? groupPoor / groupPopulation : 0,
          intensity: groupPoor > 0 ? groupCensored / groupPoor : 0,
          m0: groupPopulation > 0 ? groupCensored / groupPopulation : 0,
          contribution: percent(groupCensored),
        };
      });
    return {
      k,
      count,
      population: total,
      poor,
      headcount: poor / total,
      intensity: poor > 0 ? censoredSum / poor : 0,
      m0: censoredSum / total,
      units,
      indicators,
      dimensions,
      groups: groupResults,
      missing: { policy, valuesMissing, unitsWithMissing, unitsDropped, unitsReweighted },
    };
  });
}

interface GroupSums {
  count: number;
  readonly population: NeumaierSum;
  readonly poor: NeumaierSum;
  readonly censored: NeumaierSum;
}

function groupSums(slots: Map<string, GroupSums>, key: string): GroupSums {
  let sums = slots.get(key);
  if (sums === undefined) {
    sums = { count: 0, population: new NeumaierSum(), poor: new NeumaierSum(), censored: new NeumaierSum() };
    slots.set(key, sums);
  }
  return sums;
}

function addToGroup(sums: GroupSums, p: number, poor: boolean, score: number): void {
  sums.count++;
  sums.population.add(p);
  if (poor) {
    sums.poor.add(p);
    sums.censored.add(p * score);
  }
}
