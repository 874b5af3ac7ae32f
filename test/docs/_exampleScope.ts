import type { Writable } from "node:stream";
import type {
  AlkireFosterIndicator,
  AlkireFosterRow,
  Assessment,
  Check,
  DatedParameter,
  Household,
  HouseholdRanking,
  MessageTemplate,
  ParameterSet,
  ParameterValue,
  PaymentAudit,
  PaymentRecord,
  ProgramContext,
  RankedHousehold,
  Rule,
  SimulateOptions,
  SimulationResult,
} from "../../src/index.js";
import { defineParameterSet } from "../../src/index.js";
import type { HouseholdStream } from "../../src/node/index.js";

// The free names the TSDoc examples may use without defining them: the reader's own data and
// callbacks ("your households", "your rule"). Every example is type-checked with these types.
// An example that uses a name without a runtime value in `exampleScope()` is type-checked only:
// its claims describe the reader's data, not ours (test/docs/examples.test.ts counts them).

type Sink = (...values: unknown[]) => void;

/** The types of the example scope. */
export interface ExampleScope {
  // Data.
  household: Household;
  households: Household[];
  northHouseholds: Household[];
  southHouseholds: Household[];
  /** A test-style builder: a valid household with the given fields changed. */
  aHousehold: (changes: { area?: Household["area"]; housing?: Household["housing"] }) => Household;
  householdA: Household;
  fourMembers: Household;
  uninsuredFamily: Household;
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
  // Rules and parameters of the reader's own program.
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
  mentoring: ParameterValue<unknown>;
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

/** The runtime values of the example scope, fresh for each example. */
export function exampleScope(): Partial<ExampleScope> {
  const sink: Sink = () => undefined;
  return {
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
