/**
 * `tepat-sasaran/verify`: check the rules, with an office's own parameter overrides and programs,
 * against its own cases, the way OpenFisca runs YAML tests: each case names a household, a date and
 * the expected decision, amounts and periods of each program; {@link verifyScenarios} reports every
 * difference. A job for whoever maintains an office's rules, kept apart from the core entry so that a
 * caseworker's page does not ship it.
 *
 * @packageDocumentation
 * @module tepat-sasaran/verify
 */
export {
  verifyScenarios,
  type ScenarioCase,
  type ScenarioExpectation,
  type ScenarioFile,
  type ScenarioLine,
  type ScenarioTable,
  type ScenarioDifference,
  type ScenarioResult,
  type VerifyScenariosOptions,
} from "./verifyScenarios.js";
