export {
  RegionCodeSchema,
  compareRegionCodes,
  isKota,
  isRegionCode,
  isWithin,
  parentRegion,
  parseRegionCode,
  provinceOf,
  regencyKind,
  regencyOf,
  regionCode,
  regionLevel,
  toBpsCode,
  undottedRegionCode,
  type RegencyKind,
  type RegionCode,
  type RegionLevel,
} from "./code.js";
export {
  ConfidenceSchema,
  figureSchema,
  isKnown,
  knownValue,
  missingReason,
  weakestConfidence,
  type Confidence,
  type Figure,
  type KnownFigure,
  type MissingFigure,
} from "./figure.js";
export {
  RegionPovertyStatsSchema,
  impliedPopulation,
  parseRegionPovertyStats,
  type RegionPovertyStats,
} from "./stats.js";
export { parseRegionPovertyDataset } from "./dataset.js";
export {
  kaltim,
  kaltimRegions,
  type KaltimDataset,
  type KaltimProvincePeriod,
  type RegionInfo,
} from "./kaltim.js";
