// Fuzz table of the rule and simulate layers, and of verifyScenarios.
import * as lib from "../../src/index.js";
import * as simulate from "../../src/simulate/index.js";
import { verifyScenarios } from "../../src/verify/index.js";
import { FIXTURE_AS_OF, fixture, householdFixtures } from "../fixtures/index.js";
import type { FrozenTable, FuzzTable } from "./harness.js";

interface Context extends lib.RuleContext {
  readonly desil: number;
}

const message = { id: "Desil paling tinggi {expected}, tercatat {received}", en: "Desil at most {expected}, is {received}" };
const definition: lib.CheckDefinition<Context, number> = {
  code: "demo.desil",
  message,
  parameter: "demo.max",
  evaluate: (ctx, max) => lib.outcome(ctx.desil <= max, max, ctx.desil),
};
const parameters = lib.defineParameterSet([{ id: "demo.max", description: "d", unit: "desil", values: [{ from: "2020-01-01", value: 4, source: "test" }] }]);
const reader = lib.createParameterReader(parameters, FIXTURE_AS_OF);
const eraParameters = lib.extendParameters(parameters, [{ id: "demo.era", description: "era", unit: "era", values: [{ from: "2020-01-01", value: "old", source: "test" }, { from: "2025-02-05", value: "new", source: "test" }] }]);
const desil = lib.check(definition);
const positive = lib.check<Context>({ code: "demo.positive", message, evaluate: (ctx) => lib.outcome(ctx.desil > 0, 1, ctx.desil) });
const rule = lib.all(desil, positive);
const context: Context = { asOf: FIXTURE_AS_OF, parameters: reader, desil: 5 };
const eraContext: Context = { asOf: FIXTURE_AS_OF, parameters: lib.createParameterReader(eraParameters, FIXTURE_AS_OF), desil: 3 };
const result = lib.evaluateRule(rule, context);
const assessment = lib.assess("demo", rule, context, lib.any(positive));

const households = ["kukar-01", "mahulu-01", "samarinda-01", "balikpapan-01"].map(fixture);
const simulateOptions: simulate.SimulateOptions = {
  asOf: FIXTURE_AS_OF,
  scenario: { name: "pkh", programs: ["pkh", "sembako"] },
  povertyLines: { "64.02": 753_332 },
  fallbackLine: "833955",
  mpi: false,
};
const north = simulate.simulate(households.slice(0, 2), simulateOptions);
const south = simulate.simulate(households.slice(2), simulateOptions);
const wider = simulate.simulate(households, { ...simulateOptions, scenario: { name: "wider", programs: ["pkh", "sembako", "pbi_jkn"] } });
const scenarioCase = {
  name: "fixture",
  rationale: "fuzz base",
  asOf: FIXTURE_AS_OF,
  household: householdFixtures[0]?.household,
  expect: { sembako: { eligible: true } },
};

export const rulesTable: FuzzTable = {
  check: { valid: [[definition, context]], call: (d, c) => lib.evaluateRule(lib.check(d as lib.CheckDefinition<Context>), c as Context) },
  all: { valid: [[desil, positive, context]], call: (a, b, c) => lib.evaluateRule(lib.all(a as lib.Rule<Context>, b as lib.Rule<Context>), c as Context) },
  any: { valid: [[desil, positive, context]], call: (a, b, c) => lib.evaluateRule(lib.any(a as lib.Rule<Context>, b as lib.Rule<Context>), c as Context) },
  not: { valid: [[desil, context]], call: (a, c) => lib.evaluateRule(lib.not(a as lib.Rule<Context>), c as Context) },
  atLeast: { valid: [[1, desil, positive, context]], call: (n, a, b, c) => lib.evaluateRule(lib.atLeast(n as number, a as lib.Rule<Context>, b as lib.Rule<Context>), c as Context) },
  byEra: {
    valid: [["demo.era", { old: [desil], new: positive }, eraContext]],
    call: (parameter, eras, c) => lib.evaluateRule(lib.byEra(parameter as string, eras as Record<string, lib.Rule<Context>>), c as Context),
  },
  named: { valid: [[rule, "demo.both", message]], call: (r, code, m) => lib.evaluateRule(lib.named(r as lib.Rule<Context>, code as string, m as lib.MessageTemplate), context) },
  evaluateRule: { valid: [[rule, context]] },
  assess: { valid: [["demo", rule, context, positive]] },
  leafChecks: { valid: [[result]] },
  nearestWayToYes: { valid: [[result]] },
  explainAssessment: { valid: [[assessment, "en", { parameterSources: true }]] },
  formatCheck: { valid: [[result, "id"]] },
  formatCheckValue: { valid: [[{ min: 1, max: 4 }, "en"], [["a", 2], "id"]] },
  outcome: { valid: [[true, 4, 5, { field: "desil" }]] },
  unknownOutcome: { valid: [["rule.reason.input_missing", true, null, { field: "consents" }]] },
  createParameterReader: { valid: [[parameters, FIXTURE_AS_OF, "demo.max"]], call: (s, d, id) => lib.createParameterReader(s as lib.ParameterSet, d as string).get(id as string) },
  ruleCatalogue: { valid: [[rule]] },
  ruleParameters: { valid: [[rule]] },
  // simulate
  // Results are read (not the caller's households handed back inside them).
  simulate: {
    valid: [[households, simulateOptions]],
    call: (h, o) => {
      const result = simulate.simulate(h as lib.Household[], o as simulate.SimulateOptions);
      return JSON.stringify([result.total, result.regencies, result.programs, result.targeting, result.warnings, result.state]);
    },
  },
  mergeSimulations: { valid: [[[north, south]]], call: (p) => JSON.stringify(simulate.mergeSimulations(p as simulate.SimulationResult[])) },
  compareScenarios: { valid: [[[simulate.mergeSimulations([north, south]), wider]]], call: (r) => JSON.stringify(simulate.compareScenarios(r as simulate.SimulationResult[])) },
  defaultProgramAssumptions: { valid: [["pbi_jkn", "reduce-expenditure"], ["kukar_lansia", "raise-income"]] },
  // program (verifyScenarios only; the rest of the program layer is fuzzed in its own round)
  verifyScenarios: { valid: [[[scenarioCase]], [{ cases: [scenarioCase] }]], call: (cases) => verifyScenarios(cases), neverThrows: true },
};

export const rulesFrozen: FrozenTable = {
  businessReturnPerMonth: simulate.businessReturnPerMonth,
};
