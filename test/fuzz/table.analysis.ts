// Fuzz table of the measure, priority and allocate layers.
import * as lib from "../../src/index.js";
import * as measure from "../../src/measure/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import type { FrozenTable, FuzzTable } from "./harness.js";

const values = [100, 110, 150, 160];
const weights = [1, 2, 1, 3];
const households = ["kukar-01", "mahulu-01", "samarinda-01"].map(fixture);
const indicators: measure.AlkireFosterIndicator[] = [
  { id: "income", dimension: "living", weight: 0.5, deprived: { cutoff: 500 } },
  { id: "school", dimension: "education", weight: 0.5, deprived: (years) => Number(years) < 6 },
];
const rows = [{ income: 300, school: 5 }, { income: 900, school: 12 }];
const accumulatorState = new measure.PovertyAccumulator({ line: 125 }).add(100).add(150, 2).state();
const stats = lib.kaltim.regencies2024;

export const analysisTable: FuzzTable = {
  // measure
  fgt: { valid: [[values, { line: 125, alpha: 1, weights }], [new Float64Array(values), { line: [125, 125, 130, 130], alpha: 2 }]] },
  povertyProfile: { valid: [[values, { line: 125, weights, watts: { nonPositive: "floor", minimum: 1 } }]] },
  fgtBySubgroup: { valid: [[values, ["a", "a", "b", "b"], { line: 125, alpha: 0, weights }]] },
  gini: { valid: [[values, { weights }], [new Float64Array(values)]] },
  mean: { valid: [[values, { weights }]] },
  weightedQuantile: { valid: [[values, 0.5, { weights }]] },
  weightedQuantiles: { valid: [[values, [0.2, 0.5, 1], { weights }]] },
  weightedDeciles: { valid: [[values, weights]] },
  rankDeciles: { valid: [[values, weights]] },
  assignDecile: { valid: [[20, [10, 20, 30, 40, 50, 60, 70, 80, 90]]] },
  PovertyAccumulator: {
    valid: [[{ line: 125, alphas: [3] }, 100, 1, 130, accumulatorState]],
    call: (options, value, weight, line, state) => {
      const accumulator = new measure.PovertyAccumulator(options as measure.PovertyAccumulatorOptions);
      accumulator.add(value as number, weight as number, line as number);
      const other = measure.PovertyAccumulator.fromState(state as measure.PovertyAccumulatorState);
      return [accumulator.result(), other.merge(other).result(), accumulator.merge(measure.PovertyAccumulator.fromState(accumulator.state())).state()];
    },
  },
  alkireFoster: { valid: [[rows, { indicators, k: 0.5, weights: [1, 2], groups: ["a", "b"], missing: "reweight" }]] },
  createDeprivationScorer: {
    valid: [[indicators, { k: 0.5, missing: "drop" }, rows[0]]],
    call: (i, o, row) => measure.createDeprivationScorer(i as measure.AlkireFosterIndicator[], o as measure.DeprivationScorerOptions)(row as measure.AlkireFosterRow),
  },
  householdDeprivations: { valid: [[households[0], { asOf: FIXTURE_AS_OF, schoolAge: { min: 7, max: 18 } }]] },
  householdIndicatorSet: { valid: [[{ indicators: ["drinking_water", "sanitation", "schooling"], dimensionWeights: { education: 2 } }], []] },
  householdIndicatorMatrix: { valid: [[households, { asOf: FIXTURE_AS_OF, missing: "reweight" }]] },
  // priority
  rankRegions: {
    valid: [
      [stats, "count"],
      [stats, { blend: [{ measure: "count", weight: 60 }, { measure: "rate", weight: 40, normalisation: "rank" }] }, { overrides: { "64.11": { multiplier: 1.2, reason: "remote" } } }],
    ],
  },
  rankingCrossovers: { valid: [[stats, "count", "rate"]] },
  rankingWeights: { valid: [[lib.rankRegions(stats, "count")], [lib.rankRegions(stats, "rate", { normalisation: "min-max", overrides: { "64.11": { multiplier: 1.2, reason: "remote" } } })]] },
  rankHouseholds: {
    valid: [[households, { asOf: FIXTURE_AS_OF, score: [{ kind: "desil", weight: 50 }, { kind: "elderly", weight: 10 }], missing: "exclude" }]],
    // Read what the library computed (explanations are lazy), not the caller's households it hands back.
    call: (h, o) => {
      const ranking = lib.rankHouseholds(h as lib.Household[], o as lib.RankHouseholdsOptions);
      return [ranking.households.map((r) => [r.id, r.explanation, r.components]), ranking.excluded];
    },
  },
  // allocate
  apportion: {
    valid: [
      [{ method: "jefferson", seats: 8, weights: [100_000, 80_000, 30_000, 20_000] }],
      [{ method: "hamilton", seats: 10n, weights: ["1.5", "2.25", 3], min: 1, max: [5, null, 9] }],
    ],
  },
  apportionBySeat: { valid: [[{ method: "webster", seats: 8, weights: [100_000, 80_000, 30_000, 20_000], max: [null, 50, 4, 10] }]] },
  allocateBudget: { valid: [["50000000000", [59_000, 2_900, 38_100], { unit: 1000, min: "3000000000", max: [null, "40000000000", null] }]] },
  fillByPriority: {
    valid: [
      [[{ id: "a", rank: 2 }, { id: "b", rank: 1 }], { quota: 1 }],
      [[{ id: "a", rank: 1 }, { id: "b", rank: 2 }], { budget: "5000000", cost: "3000000", skipUnaffordable: true }],
    ],
  },
};

export const analysisFrozen: FrozenTable = {
  HOUSEHOLD_INDICATORS: measure.HOUSEHOLD_INDICATORS,
};
