import type { Writable } from "node:stream";
import type {
  Assessment,
  Check,
  DatedParameter,
  Household,
  HouseholdRanking,
  MessageTemplate,
  ParameterSet,
  ProgramContext,
  RankedHousehold,
  Rule,
} from "../../src/index.js";
import type { AlkireFosterIndicator, AlkireFosterRow } from "../../src/measure/index.js";
import type { SimulateOptions, SimulationResult } from "../../src/simulate/index.js";
import type { PaymentAudit } from "../../src/audit/index.js";
import {
  assess,
  check,
  createParameterReader,
  defaultParameters,
  defineParameterSet,
  desilCurrentCheck,
  desilInRangeCheck,
  dtksCurrentCheck,
  dtksMemberCheck,
  evaluateRule,
  householdFacts,
  noExcludedMemberCheck,
  outcome,
  pkh,
  rankHouseholds,
  rupiah,
} from "../../src/index.js";
import { householdIndicatorMatrix, householdIndicatorSet } from "../../src/measure/index.js";
import { simulate } from "../../src/simulate/index.js";
import { auditPayments, PaymentRecord } from "../../src/audit/index.js";
import { allFixtures, fixture } from "../fixtures/index.js";
import type { HouseholdStream } from "../../src/node/index.js";

// The free names the TSDoc examples may use without defining them: the reader's own data and
// callbacks ("your households", "your rule"). Every example is type-checked with these types, and
// runs with the values of `exampleScope(readerData())`, named synthetic values (the fixtures of
// test/fixtures, Kaltim, on 2025-07-01) against which its claims are compared: a claim about
// `household` states what the Kukar PKH family kukar-01 gives. A name whose value matters to a claim
// says what it is (`fourMembers`, `uninsuredFamily`, `rtlhOwner`). `stream` has no value: the one
// example using it is type-checked only (TYPECHECK_ONLY in test/docs/examples.test.ts).

type Sink = (...values: unknown[]) => void;

/** The types of the example scope. */
export interface ExampleScope {
  // Data.
  household: Household;
  households: Household[];
  northHouseholds: Household[];
  southHouseholds: Household[];
  fourMembers: Household;
  uninsuredFamily: Household;
  rtlhOwner: Household;
  payments: PaymentRecord[];
  payment: PaymentRecord;
  options: SimulateOptions;
  context: ProgramContext;
  ranked: RankedHousehold[];
  ranking: HouseholdRanking;
  statusQuo: SimulationResult;
  proposal: SimulationResult;
  expenditureOnly: SimulationResult;
  combined: SimulationResult;
  north: PaymentAudit;
  south: PaymentAudit;
  rows: AlkireFosterRow[];
  indicators: AlkireFosterIndicator[];
  assessment: Assessment;
  result: Check;
  desil: number;
  text: string;
  stream: HouseholdStream;
  // Rules and parameters of your own program.
  a: Rule<ProgramContext>;
  b: Rule<ProgramContext>;
  c: Rule<ProgramContext>;
  desilInRange: Rule<ProgramContext>;
  noExcludedMember: Rule<ProgramContext>;
  waterGap: Rule<ProgramContext>;
  sanitationGap: Rule<ProgramContext>;
  receivesOtherAid: Rule<ProgramContext>;
  neglectedElder: Rule<ProgramContext>;
  desilCurrent: Rule<ProgramContext>;
  dtksCurrent: Rule<ProgramContext>;
  dtksMember: Rule<ProgramContext>;
  fourteenCriteria: Rule<ProgramContext>[];
  washMessages: Record<string, MessageTemplate>;
  pbiPremium: DatedParameter<string>;
  set: ParameterSet;
  kukarAmount: DatedParameter;
  kukarDesil: DatedParameter;
  // Callbacks.
  use: Sink;
  report: Sink;
  write: Sink;
  followUp: Pick<Writable, "write">;
  count: number;
}

const pbiPremium = {
  id: "pbi_jkn.premium_per_person_month",
  description: "PBI-JKN premium per person per month",
  unit: "IDR/person/month",
  values: [{ from: "2020-01-01", value: "42000", source: "Perpres 64/2020 (class III rate)" }],
} as const satisfies DatedParameter<string>;

const AS_OF = "2025-07-01";

/** A test check with a fixed outcome (the rules `a`, `b`, `c`, … of the examples). */
function fixed(code: string, passes: boolean): Rule<ProgramContext> {
  return check<ProgramContext>({
    code,
    message: { id: `cek ${code}`, en: `check ${code}` },
    evaluate: () => outcome(passes, true, passes),
  });
}

/**
 * The reader's data, built once from the synthetic households of test/fixtures (Kaltim, described on
 * 2025-07-01): the examples that use these run on them and their claims are compared, so a claim
 * about `household`, `households`, `options`, … states what these values give (e.g. `household` is
 * the Kukar PKH family `kukar-01`, `ranking` ranks `households` by desil alone).
 */
function buildData(): Partial<ExampleScope> {
  // The fixtures with a consumption (the others are for the tests of missing data).
  const households = allFixtures().map((f) => f.household).filter((h) => h.monthlyConsumption !== undefined);
  const household = fixture("kukar-01");
  const context: ProgramContext = {
    asOf: AS_OF,
    parameters: createParameterReader(defaultParameters(), AS_OF),
    household,
    facts: householdFacts(household, AS_OF),
    inputs: {},
  };
  // Kutai Timur's line lets the proposal lift a family (kutim-03, just under it, gains Sembako).
  const povertyLines = Object.fromEntries(households.map((h) => [h.regency, h.regency === "64.08" ? 720_000 : 800_000]));
  const budgets = Object.fromEntries(households.map((h) => [h.regency, "2400000"]));
  const options: SimulateOptions = { asOf: AS_OF, scenario: { name: "cash", programs: ["pkh", { program: "sembako", coverage: { budget: budgets } }] }, povertyLines, fallbackLine: 833_955, missingConsumption: "exclude", mpi: { missing: "reweight" } };
  const statusQuo = simulate(households, options);
  const proposal = simulate(households, { ...options, scenario: { name: "proposal", programs: ["pkh", "sembako", "pbi_jkn"] } });
  const ranking = rankHouseholds(households, { asOf: AS_OF, score: [{ kind: "desil", weight: 1 }], missing: "exclude" });
  const payments = households.slice(0, 2).map((h) => PaymentRecord.parse({ kk: h.kk, program: "sembako", period: "2025-III", amount: "600000", paidOn: "2025-08-14" }));
  const north = auditPayments(households.slice(0, 13), payments, { asOf: "2025-09-30" });
  const south = auditPayments(households.slice(13), [], { asOf: "2025-09-30" });
  const indicators = householdIndicatorSet();
  const matrix = householdIndicatorMatrix(households, { asOf: AS_OF, missing: "reweight" });
  const assessment = assess("pkh", pkh.rule, context);
  // A household PKH turns down (desil 6): `result` is its evaluation.
  const retired = fixture("samarinda-04");
  const notEligible = evaluateRule(pkh.rule, { ...context, household: retired, facts: householdFacts(retired, AS_OF) });
  const mahuluCouple = fixture("mahulu-02");
  const kukarWidow = fixture("kukar-02");
  return {
    household,
    households,
    // Whole regencies in each partition, as mergeSimulations requires with per-regency budgets.
    northHouseholds: households.filter((h) => h.regency < "64.07"),
    southHouseholds: households.filter((h) => h.regency >= "64.07"),
    fourMembers: fixture("kutim-01"),
    // The elderly couple of Mahakam Ulu without any JKN membership.
    uninsuredFamily: { ...mahuluCouple, members: mahuluCouple.members.map((m) => ({ ...m, jkn: "none" as const })) },
    // The Kukar widow's damaged house, owned on certified land since 2010, her only house, no income.
    rtlhOwner: {
      ...kukarWidow,
      housing: { ...kukarWidow.housing, onlyHouse: true, occupiedSince: "2010-01-01", landTitle: "certificate" },
      members: kukarWidow.members.map((m) => ({ ...m, monthlyIncome: rupiah(0) })),
    },
    payments,
    payment: payments[0]!,
    options,
    context,
    ranking,
    ranked: [...ranking.households],
    statusQuo,
    proposal,
    expenditureOnly: proposal,
    combined: proposal,
    north,
    south,
    rows: [...matrix.rows],
    indicators,
    assessment,
    result: notEligible,
    text: JSON.stringify(assessment.checks[0]),
    a: fixed("x.a", true),
    b: fixed("x.b", false),
    c: fixed("x.c", true),
    desilInRange: desilInRangeCheck("pkh"),
    noExcludedMember: noExcludedMemberCheck("pkh"),
    waterGap: fixed("wash.water_gap", true),
    sanitationGap: fixed("wash.sanitation_gap", false),
    receivesOtherAid: fixed("x.other_aid", false),
    neglectedElder: fixed("kukar_lansia.neglected_elder", true),
    desilCurrent: desilCurrentCheck("pkh"),
    dtksCurrent: dtksCurrentCheck("pkh"),
    dtksMember: dtksMemberCheck("pkh"),
    fourteenCriteria: Array.from({ length: 14 }, (_, i) => fixed(`bps.criterion_${i + 1}`, i < 10)),
    washMessages: { "wash.any_gap": { id: "Ada kekurangan air atau sanitasi", en: "A water or sanitation gap" } },
    kukarAmount: { id: "kukar_lansia.amount", description: "Monthly top-up", unit: "IDR/month", values: [{ from: "2024-01-01", value: "200000", source: "Dinsos Kukar [M]" }] },
    kukarDesil: { id: "kukar_lansia.desil_range", description: "Desil range", unit: "desil", values: [{ from: "2024-01-01", value: { min: 1, max: 4 }, source: "Dinsos Kukar [M]" }] },
  };
}

/** The runtime values of the example scope, fresh for each example: callbacks, small values, and `data`. */
export function exampleScope(data: Partial<ExampleScope> = {}): Partial<ExampleScope> {
  const sink: Sink = () => undefined;
  return {
    ...data,
    use: sink,
    report: sink,
    write: sink,
    followUp: { write: () => true },
    count: 0,
    desil: 5,
    pbiPremium,
    set: defineParameterSet([pbiPremium]),
  };
}

/** The reader's data of the scope (slow to build: call once). */
export const readerData = buildData;
