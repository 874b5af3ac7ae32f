export {
  outcome,
  unknownOutcome,
  type Check,
  type CheckStatus,
  type CheckValue,
  type CombinatorKind,
  type NumberRange,
  type Outcome,
  type RupiahValue,
} from "./check.js";
export { check, evaluateRule, type CheckDefinition, type Rule, type RuleContext, type RuleKind } from "./rule.js";
export { all, any, atLeast, named, not } from "./combinators.js";
export { byEra } from "./era.js";
export { createParameterReader, type ParameterReader } from "./parameterReader.js";
export {
  assess,
  leafChecks,
  nearestWayToYes,
  type Assessment,
  type AssessmentStatus,
} from "./assessment.js";
export { explainAssessment, formatCheck, formatCheckValue, type FormatCheckOptions } from "./format.js";
export { ruleCatalogue, ruleParameters } from "./inspect.js";
