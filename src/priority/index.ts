export type {
  BlendComponent,
  Normalisation,
  RankCriterion,
  RankRegionsOptions,
  RegionMeasure,
  RegionOverride,
} from "./criterion.js";
export { rankRegions, type RankedComponent, type RankedRegion, type RegionRanking } from "./rankRegions.js";
export {
  rankingCrossovers,
  type RankingCrossover,
  type RankingInterval,
  type RankingSensitivity,
} from "./crossovers.js";
