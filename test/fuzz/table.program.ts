// Fuzz table of the program layer (issue 18, round two). Functions that take a Household get a valid
// household fixed inside `call`, and only their other arguments are fuzzed: hostile households for
// them are in table.hostileHouseholds.ts.
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import type { FrozenTable, FuzzTable } from "./harness.js";

const household = fixture("kukar-01");
const parameters = lib.defaultParameters();
const reader = lib.createParameterReader(parameters, FIXTURE_AS_OF);
const context: lib.ProgramContext = { asOf: FIXTURE_AS_OF, parameters: reader, household, facts: lib.householdFacts(household, FIXTURE_AS_OF), inputs: {} };
const amount = { id: "kukar_lansia.amount", description: "monthly top-up", unit: "IDR/month", values: [{ from: "2024-01-01", value: "200000", source: "Dinsos Kukar [M]" }] };
const desilRange = { id: "kukar_lansia.desil_range", description: "desil", unit: "desil", values: [{ from: "2024-01-01", value: { min: 1, max: 2 }, source: "Dinsos Kukar [M]" }] };
const definition = {
  id: "kukar_lansia",
  name: { id: "Tambahan Lansia Kukar", en: "Kukar elderly top-up" },
  approach: "reduce-expenditure",
  parameters: [amount, desilRange, lib.desilMaxAgeMonths],
  rule: lib.all(lib.desilCurrentCheck("kukar_lansia"), lib.desilInRangeCheck("kukar_lansia")),
  messages: { "kukar_lansia.benefit": { id: "Tambahan {amount}", en: "Top-up {amount}" } },
  benefit: () => lib.buildBenefitSchedule({ program: "kukar_lansia", approach: "reduce-expenditure", frequency: "in-kind", asOf: FIXTURE_AS_OF, lines: [] }),
};
const mentoring = { id: "pena.mentoring_months", value: 12, from: "2024-01-01", source: "test" };
const schedule = {
  program: "pkh",
  approach: "reduce-expenditure",
  frequency: "tahap",
  asOf: FIXTURE_AS_OF,
  lines: [{ code: "pkh.component.sd", member: 2, amount: lib.rupiah(900_000) }, { code: "pkh.component.elderly", amount: lib.rupiah("2400000") }],
  periodWeights: [1, 2, 1, "0.5"],
  channel: "kks",
};
const options = { asOf: FIXTURE_AS_OF, programs: [lib.pkh, lib.sembako, lib.pena], parameters, benefits: true, inputs: { exitCommitment: true, penaGrantAmount: "2400000", grantDate: FIXTURE_AS_OF } };

/** A rule factory's rule, built and evaluated on a valid context (the household is not fuzzed). */
const evaluated = (make: (...args: never[]) => lib.Rule<lib.ProgramContext> | readonly lib.Rule<lib.ProgramContext>[]) => (...args: unknown[]) => {
  const made = (make as (...a: unknown[]) => lib.Rule<lib.ProgramContext> | readonly lib.Rule<lib.ProgramContext>[])(...args);
  return (Array.isArray(made) ? made : [made]).map((rule: lib.Rule<lib.ProgramContext>) => lib.evaluateRule(rule, context));
};

export const programTable: FuzzTable = {
  assessHousehold: {
    valid: [[options], [{ asOf: "2024-03-01" }]],
    // Read the assessment as a caller would (JSON), so lazy work happens inside the call.
    call: (o) => JSON.stringify(lib.assessHousehold(household, o as lib.AssessHouseholdOptions)),
  },
  createAssessor: {
    valid: [[options, options.inputs]],
    call: (o, inputs) => JSON.stringify(lib.createAssessor(o as lib.CreateAssessorOptions)(household, inputs as lib.AssessmentInputs)),
  },
  householdFacts: { valid: [[FIXTURE_AS_OF]], call: (asOf) => lib.householdFacts(household, asOf as string) },
  pkhComponents: { valid: [[context]], call: (c) => lib.pkhComponents(household, c as lib.ProgramContext) },
  buildBenefitSchedule: { valid: [[schedule], [{ ...schedule, frequency: "once", paidOn: "2025-08-01", periodWeights: undefined }]], call: (i) => JSON.stringify(lib.buildBenefitSchedule(i as lib.BenefitScheduleInput)) },
  graduationRecord: { valid: [[FIXTURE_AS_OF, mentoring]] },
  defaultParameters: { valid: [[[lib.pkh, lib.sembako]], []] },
  programById: { valid: [["sembako"]] },
  programCatalogue: { valid: [[[lib.pkh, lib.kube]], []] },
  formatBenefitLine: {
    valid: [
      [{ code: "sembako.benefit", amount: lib.rupiah(2_400_000), values: { monthly: { rupiah: "200000" } } }, "en"],
      [{ code: "app.line", member: 1, amount: lib.rupiah(0), values: { amount: { rupiah: "1500.5" } } }, "id", { messages: { "app.line": { id: "{amount} ke-{person}", en: "{amount} member {person}" } } }],
    ],
  },
  defineProgram: {
    valid: [[definition]],
    call: (d) => {
      const program = lib.defineProgram(d as lib.ProgramDefinition);
      return JSON.stringify(lib.assessHousehold(household, { asOf: FIXTURE_AS_OF, programs: [program] }));
    },
  },
  desilCurrentCheck: { valid: [["kukar_lansia"]], call: evaluated(lib.desilCurrentCheck) },
  desilInRangeCheck: { valid: [["pkh", "pkh.desil_range"]], call: evaluated(lib.desilInRangeCheck) },
  dtksCurrentCheck: { valid: [["pkh"]], call: evaluated(lib.dtksCurrentCheck) },
  dtksMemberCheck: { valid: [["pkh"]], call: evaluated(lib.dtksMemberCheck) },
  targetingRule: { valid: [["sembako", "sembako.desil_range"]], call: evaluated(lib.targetingRule) },
  exclusionChecks: { valid: [["pkh"]], call: evaluated(lib.exclusionChecks) },
  headAliveCheck: { valid: [["pkh"]], call: evaluated(lib.headAliveCheck) },
  incomeWithinUmkCheck: { valid: [["pkh"]], call: evaluated(lib.incomeWithinUmkCheck) },
  noExcludedMemberCheck: { valid: [["pkh"]], call: evaluated(lib.noExcludedMemberCheck) },
  noOtherSourceAidCheck: { valid: [["pkh"]], call: evaluated(lib.noOtherSourceAidCheck) },
  notExitedCheck: { valid: [["pkh"]], call: evaluated(lib.notExitedCheck) },
};

export const programFrozen: FrozenTable = {
  APPROACHES: lib.APPROACHES,
  PKH_COMPONENTS: lib.PKH_COMPONENTS,
  PROGRAMS: lib.PROGRAMS,
  pkh: lib.pkh,
  sembako: lib.sembako,
  pbiJkn: lib.pbiJkn,
  pbiPemda: lib.pbiPemda,
  pip: lib.pip,
  pena: lib.pena,
  kube: lib.kube,
  rutilahu: lib.rutilahu,
  bsps: lib.bsps,
  airSanitasi: lib.airSanitasi,
  sekolahRakyat: lib.sekolahRakyat,
  pkhParameters: lib.pkhParameters,
  sembakoParameters: lib.sembakoParameters,
  pbiJknParameters: lib.pbiJknParameters,
  pbiPemdaParameters: lib.pbiPemdaParameters,
  pipParameters: lib.pipParameters,
  penaParameters: lib.penaParameters,
  kubeParameters: lib.kubeParameters,
  rutilahuParameters: lib.rutilahuParameters,
  bspsParameters: lib.bspsParameters,
  airSanitasiParameters: lib.airSanitasiParameters,
  sekolahRakyatParameters: lib.sekolahRakyatParameters,
  sharedParameters: lib.sharedParameters,
  desilMaxAgeMonths: lib.desilMaxAgeMonths,
  dtksMaxAgeMonths: lib.dtksMaxAgeMonths,
  endingGrants: lib.endingGrants,
  excludedEmployers: lib.excludedEmployers,
  otherSourceAid: lib.otherSourceAid,
  targetingEra: lib.targetingEra,
  umkMonthly: lib.umkMonthly,
};
