export {
  APPROACHES,
  defineProgram,
  type Approach,
  type AssessmentInputs,
  type Program,
  type ProgramAssessment,
  type ProgramContext,
  type ProgramDefinition,
} from "./program.js";
export { householdFacts, type HouseholdFacts } from "./_facts.js";
export {
  desilCurrentCheck,
  desilInRangeCheck,
  dtksCurrentCheck,
  dtksMemberCheck,
  exclusionChecks,
  headAliveCheck,
  incomeWithinUmkCheck,
  noExcludedMemberCheck,
  noOtherSourceAidCheck,
  notExitedCheck,
  targetingRule,
} from "./checks.js";
export {
  desilMaxAgeMonths,
  dtksMaxAgeMonths,
  endingGrants,
  excludedEmployers,
  otherSourceAid,
  sharedParameters,
  targetingEra,
} from "./parameters.js";
export { umkMonthly } from "./umk.js";
export {
  buildBenefitSchedule,
  graduationRecord,
  type BenefitFrequency,
  type BenefitLine,
  type BenefitLineValues,
  type BenefitPeriod,
  type BenefitSchedule,
  type BenefitScheduleInput,
  type GraduationRecord,
  type PaymentChannel,
} from "./schedule.js";
export { formatBenefitLine, type FormatBenefitLineOptions } from "./formatBenefitLine.js";
export { PROGRAMS, defaultParameters, programById, programCatalogue } from "./catalogue.js";
export {
  assessHousehold,
  createAssessor,
  type ApproachSummary,
  type AssessHouseholdOptions,
  type CreateAssessorOptions,
  type HouseholdAssessment,
  type HouseholdAssessor,
} from "./assessHousehold.js";
export { pkh } from "./pkh/pkh.js";
export { pkhParameters } from "./pkh/parameters.js";
export { PKH_COMPONENTS, pkhComponents, type PkhComponent, type PkhComponentLine, type PkhComponents } from "./pkh/components.js";
export { sembako, sembakoParameters } from "./sembako/sembako.js";
export { pbiJkn, pbiJknParameters } from "./pbi_jkn/pbiJkn.js";
export { pbiPemda, pbiPemdaParameters } from "./pbi_pemda/pbiPemda.js";
export { pip, pipParameters } from "./pip/pip.js";
export { rutilahu } from "./rutilahu/rutilahu.js";
export { rutilahuParameters } from "./rutilahu/parameters.js";
export { bsps } from "./bsps/bsps.js";
export { bspsParameters } from "./bsps/parameters.js";
export { airSanitasi, airSanitasiParameters } from "./air_sanitasi/airSanitasi.js";
export { pena, penaParameters } from "./pena/pena.js";
export { kube, kubeParameters } from "./kube/kube.js";
export { sekolahRakyat, sekolahRakyatParameters } from "./sekolah_rakyat/sekolahRakyat.js";
