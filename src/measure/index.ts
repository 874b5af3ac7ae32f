/**
 * `tepat-sasaran/measure`: poverty and inequality measures. The Foster–Greer–Thorbecke family
 * (`fgt`, its profile and subgroup decomposition, a streaming accumulator), `gini`, weighted
 * quantiles and deciles, the Alkire–Foster multidimensional index, and the household deprivation
 * indicators it reads. Kept apart from the core entry so that a caseworker's page does not ship them.
 *
 * @packageDocumentation
 * @module tepat-sasaran/measure
 */
export type { NumericArray, PovertyLine, WattsPolicy } from "./types.js";
export { fgt, type FgtOptions } from "./fgt.js";
export { povertyProfile, type PovertyProfile, type PovertyProfileOptions } from "./povertyProfile.js";
export { fgtBySubgroup, type FgtDecomposition, type FgtSubgroup } from "./fgtBySubgroup.js";
export {
  PovertyAccumulator,
  type PovertyAccumulatorOptions,
  type PovertyAccumulatorResult,
  type PovertyAccumulatorState,
} from "./povertyAccumulator.js";
export { gini, type WeightsOptions } from "./gini.js";
export { mean } from "./mean.js";
export { weightedQuantile, weightedQuantiles } from "./weightedQuantile.js";
export { assignDecile, rankDeciles, weightedDeciles } from "./deciles.js";
export { alkireFoster } from "./alkireFoster.js";
export type {
  AlkireFosterDimensionResult,
  AlkireFosterGroupResult,
  AlkireFosterIndicator,
  AlkireFosterIndicatorResult,
  AlkireFosterMissingReport,
  AlkireFosterOptions,
  AlkireFosterResult,
  AlkireFosterRow,
  AlkireFosterUnit,
  DeprivationTest,
  MissingPolicy,
} from "./alkireFosterTypes.js";
export {
  HOUSEHOLD_INDICATORS,
  createDeprivationScorer,
  householdDeprivations,
  householdIndicatorMatrix,
  householdIndicatorSet,
  type AgeRange,
  type DeprivationScore,
  type DeprivationScorerOptions,
  type HouseholdDeprivations,
  type HouseholdDimension,
  type HouseholdIndicatorId,
  type HouseholdIndicatorInfo,
  type HouseholdIndicatorMatrix,
  type HouseholdIndicatorMatrixOptions,
  type HouseholdIndicatorOptions,
  type HouseholdIndicatorSetOptions,
  type HouseholdMatrixOptions,
  type MissingValues,
} from "./householdIndicators.js";
