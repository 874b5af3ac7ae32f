export {
  Sex,
  Relationship,
  Pregnancy,
  Disability,
  SchoolLevel,
  Schooling,
  Education,
  EmployerCategory,
  JknMembership,
  MaritalStatus,
  Person,
} from "./person.js";
export {
  FloorMaterial,
  WallMaterial,
  RoofMaterial,
  BuildingCondition,
  WaterSource,
  ToiletFacility,
  ToiletType,
  SewageDisposal,
  Toilet,
  LightingSource,
  CookingFuel,
  Tenure,
  LandTitle,
  HousingAid,
  Housing,
} from "./housing.js";
export { AreaType, Desil, Dtks, ExitKind, ProgramExit, Assets, LivingConditions, AidReceipt, Household } from "./household.js";
export { NikSchema, decodeNik, type Nik, type DecodedNik, type DecodeNikOptions } from "./nik.js";
export { KkSchema, decodeKk, type Kk, type DecodedKk, type DecodeKkOptions } from "./kk.js";
export { maskNik } from "./mask.js";
export { householdEnumLabels, type EnumLabel, type EnumLabels } from "./labels/index.js";
export {
  parseHousehold,
  parseHouseholds,
  type ParseHouseholdOptions,
  type ParseHouseholdsResult,
} from "./parseHousehold.js";
export {
  householdSize,
  membersByAgeBand,
  perCapitaConsumption,
  floorAreaPerPerson,
  dependencyRatio,
  type AgeBand,
  type DependencyRatio,
} from "./facts.js";
export type { Tri, Criterion, CriteriaAssessment } from "./tri.js";
export { assessDrinkingWater } from "./water.js";
export { assessSanitation } from "./sanitation.js";
export { assessLivableHouse, type AssessLivableHouseOptions } from "./livableHouse.js";
export { assessRtlh, type AssessRtlhOptions } from "./rtlh.js";
export {
  assessPovertyCriteria,
  type AssessPovertyCriteriaOptions,
  type PovertyCriteriaAssessment,
} from "./povertyCriteria.js";
