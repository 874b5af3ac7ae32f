export type {
  BlendComponent,
  Normalisation,
  RankCriterion,
  RankRegionsOptions,
  RegionMeasure,
  RegionOverride,
} from "./criterion.js";
export { rankRegions, type RankedComponent, type RankedRegion, type RegionRanking } from "./rankRegions.js";
export { rankingWeights, type RankingWeight } from "./rankingWeights.js";
export {
  rankingCrossovers,
  type RankingCrossover,
  type RankingInterval,
  type RankingSensitivity,
} from "./crossovers.js";
export type {
  DesilComponent,
  ElderlyComponent,
  ExternalScoreComponent,
  FemaleHeadComponent,
  HouseholdComponentBase,
  HouseholdScoreComponent,
  HousingDeprivationsComponent,
  MissingDataPolicy,
  PovertyCriteriaComponent,
  PregnancyComponent,
  SevereDisabilityComponent,
  YoungChildrenComponent,
} from "./_householdComponents.js";
export {
  rankHouseholds,
  type HouseholdRanking,
  type RankedHousehold,
  type RankedHouseholdComponent,
  type RankHouseholdsOptions,
} from "./rankHouseholds.js";
