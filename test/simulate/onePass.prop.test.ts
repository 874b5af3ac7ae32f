// The one-pass simulation (no household kept) against the two-pass one it replaced (kept here as
// the oracle: select over the households, then run over them again): the same result, figure for
// figure and byte for byte, or the same error; the same household blamed for an error as the
// prefix search over the households did.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildBenefitSchedule,
  check,
  defineProgram,
  isRupiah,
  outcome,
  rupiah,
  type Household,
  type Program,
  type ProgramContext,
} from "../../src/index.js";
import { householdIndicatorSet } from "../../src/measure/index.js";
import { simulate, type SimulateOptions, type SimulationResult } from "../../src/simulate/index.js";
import { guarded } from "../../src/message/error.js";
import { requireHouseholds } from "../../src/household/requireHousehold.js";
import { finalize } from "../../src/simulate/_finalize.js";
import { setup } from "../../src/simulate/_setup.js";
import { StreamedSimulation } from "../../src/simulate/simulate.js";
import type { ScenarioProgram, SimulationCoverage } from "../../src/simulate/scenario.js";
import { run as oracleRun } from "./_oracleRun.js";
import { select as oracleSelect } from "./_oracleSelect.js";
import { AS_OF, bantuTunai, household, sambunganAir, tunaiPerOrang } from "./_helpers.js";

const RUNS = { numRuns: 150 };

/** The two-pass simulation of the previous release. */
function oracle(households: readonly Household[], options: SimulateOptions): SimulationResult {
  return guarded("simulate", () => {
    const resolved = setup(options);
    const list = requireHouseholds(households, "simulate");
    const selection = oracleSelect(list, resolved);
    const { state, households: outcomes } = oracleRun(list, resolved, selection);
    return finalize(state, outcomes, resolved.keepHouseholds);
  });
}

/** The result as text (amounts as their decimal text), or the error's code and both texts. */
function settle(body: () => SimulationResult): string {
  try {
    return JSON.stringify(body(), (_key, value: unknown) => (isRupiah(value) ? `Rp ${value.toString()}` : value));
  } catch (error) {
    const e = error as { code?: string; text?: unknown; message?: string };
    return JSON.stringify({ error: e.code ?? e.message, text: e.text });
  }
}

/** A third cash program (an odd amount by member), so that a household's gains are three terms whose sum depends on their order. */
const bonus: Program = defineProgram({
  id: "bonus_tunai",
  name: { id: "Bonus Tunai Uji", en: "Test cash bonus" },
  approach: "reduce-expenditure",
  parameters: [],
  rule: check<ProgramContext>({
    code: "bonus_tunai.desil",
    message: { id: "Desil paling tinggi {expected}", en: "Desil at most {expected}" },
    evaluate: (ctx) => outcome(ctx.household.desil === undefined ? undefined : ctx.household.desil.value <= 3, 3, ctx.household.desil?.value ?? null),
  }),
  benefit: (household, context) =>
    buildBenefitSchedule({
      program: "bonus_tunai",
      approach: "reduce-expenditure",
      frequency: "once",
      asOf: context.asOf,
      lines: [{ code: "bonus_tunai.cash", amount: rupiah(1_234_567 + 98_765 * household.members.length) }],
    }),
});

const REGENCIES = ["64.03", "64.11", "64.72", "64.99"] as const;
const ID_PARTS = ["a", "B", "k-", "Z9", "é", "00"] as const;

const spec = fc.record({
  id: fc.array(fc.constantFrom(...ID_PARTS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("")),
  regency: fc.constantFrom(...REGENCIES),
  size: fc.integer({ min: 1, max: 5 }),
  // Few values, so that scores and per-capita consumption tie and the id decides.
  consumption: fc.option(fc.constantFrom("600000", "1200000", "1800000", "2400000.5", "900000.25", "3000000"), { nil: undefined, freq: 8 }),
  desil: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined, freq: 6 }),
  water: fc.constantFrom("piped", "surface", undefined),
  receiving: fc.boolean(),
});

/** Households with ids made unique by their position, unless `duplicates` (then a repeated id may stay). */
const population = (duplicates: boolean) =>
  fc.array(spec, { minLength: 0, maxLength: 30 }).map((specs) =>
    specs.map((s, i) =>
      household({
        id: duplicates && i % 3 === 0 ? s.id.slice(0, 1) : `${s.id}-${i}`,
        regency: s.regency,
        size: s.size,
        ...(s.consumption === undefined ? {} : { consumption: s.consumption as unknown as number }),
        ...(s.desil === undefined ? {} : { desil: s.desil }),
        housing: s.water ? { drinkingWater: s.water } : {},
        ...(s.receiving ? { currentAid: [{ program: "tunai_per_orang", since: "2024-01-01" }] } : {}),
      }),
    ),
  );

const weights = { "64.03": 3, "64.11": 1, "64.72": 2, "64.99": 1 };
const priority = fc.constantFrom(
  undefined,
  undefined,
  { score: [{ kind: "desil" as const, weight: 2 }, { kind: "elderly" as const, weight: 1 }], missing: "exclude" as const },
  { score: [{ kind: "desil" as const, weight: 1 }], missing: "highest" as const },
  { score: [{ kind: "desil" as const, weight: 1 }, { kind: "poverty-criteria" as const, weight: 1 }], missing: "error" as const },
  { score: [{ kind: "poverty-criteria" as const, weight: 1 }, { kind: "desil" as const, weight: 1 }], missing: "exclude" as const },
);
const coverage: fc.Arbitrary<SimulationCoverage> = fc.oneof(
  fc.constant("all-eligible" as const),
  fc.record({ quota: fc.integer({ min: 0, max: 12 }), method: fc.constantFrom("hamilton" as const, "webster" as const), priority }),
  fc.record({ quota: fc.record({ "64.03": fc.integer({ min: 0, max: 4 }), "64.72": fc.integer({ min: 0, max: 4 }) }), priority }),
  fc.record({ quota: fc.integer({ min: 0, max: 12 }), weights: fc.constant(weights), priority }),
  fc.record({ budget: fc.integer({ min: 0, max: 12 }).map((k) => String(k * 1_000_000)), fill: fc.constantFrom("stop" as const, "skip" as const), priority }),
  fc.record({ budget: fc.constant("7000000"), weights: fc.constant(weights), unit: fc.constant(1000), priority }),
  fc.record({ budget: fc.constant({ "64.11": "2500000", "64.72": "4000000.5" }), priority }),
);

const scenario = fc.record({
  cash: coverage,
  perPerson: coverage,
  water: coverage,
  income: fc.boolean(),
  bonus: coverage,
  share: fc.constantFrom(1, 0.7, 0.35),
  order: fc.constantFrom([0, 1, 2, 3], [3, 2, 0, 1], [1, 3, 2, 0], [2, 0, 1, 3]),
});

const options = fc.record({
  seed: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  mpi: fc.boolean(),
  keep: fc.boolean(),
  aid: fc.constantFrom("in-consumption" as const, "not-in-consumption" as const),
  missing: fc.constantFrom("error" as const, "exclude" as const),
  trulyPoor: fc.boolean(),
});

type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

function optionsOf(s: Value<typeof scenario>, o: Value<typeof options>): SimulateOptions {
  const programs: ScenarioProgram[] = [
    { program: bantuTunai, coverage: s.cash },
    s.income
      ? { program: tunaiPerOrang, coverage: s.perPerson, effect: "income", incomeGain: { returnOnGrant: 0.05 }, successRate: 0.5, currentAidIds: ["tunai_per_orang"] }
      : { program: tunaiPerOrang, coverage: s.perPerson, currentAidIds: ["tunai_per_orang"] },
    { program: sambunganAir, coverage: s.water, inKindUnitCost: "1500000", removes: ["drinking_water"] },
    { program: bonus, coverage: s.bonus, effect: "transfer", consumptionShare: s.share },
  ];
  return {
    asOf: AS_OF,
    scenario: { name: "one pass", programs: s.order.map((k) => programs[k] as ScenarioProgram) },
    povertyLines: { "64.03": 731_250, "64.11": 792_742, "64.72": "833955.5" },
    missingLine: "exclude",
    missingConsumption: o.missing,
    currentAid: o.aid,
    mpi: o.mpi ? { k: 0.5, missing: "reweight", indicators: householdIndicatorSet({ indicators: ["drinking_water", "electricity"] }) } : false,
    households: o.keep,
    ...(o.seed === undefined ? {} : { seed: o.seed }),
    ...(o.trulyPoor ? { trulyPoor: (h: Household) => (h.desil === undefined ? undefined : h.desil.value <= 2) } : {}),
  };
}

/** The previous release's search for the household an error comes from: the shortest failing prefix. */
function firstFailing(households: readonly Household[], code: string, options: SimulateOptions): number {
  const fails = (n: number): boolean => {
    try {
      oracle(households.slice(0, n), options);
      return false;
    } catch (error) {
      return (error as { code?: string }).code === code;
    }
  };
  if (fails(0)) return -1;
  let low = 0;
  let high = households.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (fails(mid)) high = mid;
    else low = mid;
  }
  return high - 1;
}

describe("simulate in one pass: the same as two passes", () => {
  it("gives the same result or the same error, byte for byte", () => {
    fc.assert(
      fc.property(population(false), scenario, options, (households, s, o) => {
        const opts = optionsOf(s, o);
        expect(settle(() => simulate(households, opts))).toBe(settle(() => oracle(households, opts)));
      }),
      RUNS,
    );
  }, 30_000);

  it("fed from a stream, gives the same result or error, and blames the household the prefix search blamed", () => {
    fc.assert(
      fc.property(population(true), scenario, options, (households, s, o) => {
        const opts = { ...optionsOf(s, o), households: false };
        const stream = new StreamedSimulation(opts);
        for (const h of households) stream.add(h);
        const expected = settle(() => oracle(households, opts));
        expect(settle(() => stream.result())).toBe(expected);
        const settled = stream.settle();
        if ("error" in settled) {
          const code = (settled.error as { code: string }).code;
          expect(settled.index).toBe(firstFailing(households, code, opts));
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
