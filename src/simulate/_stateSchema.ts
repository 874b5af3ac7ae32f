import * as z from "zod/mini";
import { PovertyAccumulator } from "../measure/povertyAccumulator.js";
import { isLibraryError } from "../message/error.js";
import { rupiah } from "../money/rupiah.js";
import { isRegionCode } from "../region/code.js";
import { isIsoDate } from "../time/isoDate.js";
import type { SimulationState } from "./state.js";

// The schema of a simulation's JSON-safe state, for results passed back in (mergeSimulations,
// compareScenarios): every count a whole number ≥ 0, every sum finite, every amount a decimal
// string, every regency with one entry per program. A state that came through JSON, a worker or a
// file is read as data, never trusted.

const Count = z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));
const Finite = z.number().check(z.refine(Number.isFinite));
const Sum = z.tuple([Finite, Finite]);
const TextSchema = z.strictObject({ id: z.string(), en: z.string() });

/** Whether the library can read a value (its own error says no; anything else is not ours to hide). */
function accepts(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch (error) {
    if (isLibraryError(error)) return false;
    throw error;
  }
}

const Amount = z.string().check(z.refine((value) => accepts(() => rupiah(value)), { message: "not a decimal amount" }));
const Accumulator = z
  .unknown()
  .check(z.refine((value) => value === null || accepts(() => PovertyAccumulator.fromState(value as never)), { message: "not an accumulator state" }));

const Mpi = z.strictObject({
  households: Count,
  population: Sum,
  poor: Sum,
  censored: Sum,
  valuesMissing: Count,
  unitsWithMissing: Count,
  unitsDropped: Count,
  unitsReweighted: Count,
});

const ProgramRegency = z.strictObject({
  eligible: Count,
  beneficiaries: Count,
  persons: Count,
  continuing: Count,
  cost: Amount,
  periods: z.record(z.string(), Amount),
  inKind: Count,
});

const Regency = z.strictObject({
  code: z.string().check(z.refine(isRegionCode, { message: "not a region code" })),
  line: z.nullable(Amount),
  lineSource: z.nullable(z.enum(["given", "fallback"])),
  households: Count,
  persons: Count,
  digest: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
  measuredHouseholds: Count,
  measuredPersons: Count,
  excludedNoLine: Count,
  excludedNoConsumption: Count,
  fgtBefore: Accumulator,
  fgtAfter: Accumulator,
  mpiBefore: Mpi,
  mpiAfter: Mpi,
  reached: z.tuple([Count, Count]),
  lifted: z.tuple([Count, Count]),
  programs: z.array(ProgramRegency),
  targeting: z.record(z.string(), z.array(Count).check(z.length(8))),
});

const Assumptions = z.strictObject({
  effect: z.enum(["transfer", "income", "none"]),
  consumptionShare: z.number().check(z.gte(0), z.lte(1)),
  incomeGain: z.optional(z.union([z.strictObject({ monthly: Amount }), z.strictObject({ returnOnGrant: z.number().check(z.gte(0), z.lte(1)) })])),
  successRate: z.number().check(z.gte(0), z.lte(1)),
  removes: z.array(z.string()),
  currentAidIds: z.array(z.string()),
  source: z.string(),
});

const ProgramMeta = z.strictObject({
  id: z.string(),
  name: TextSchema,
  approach: z.enum(["reduce-expenditure", "raise-income", "improve-settlement", "education"]),
  coverage: z.enum(["all-eligible", "quota", "budget"]),
  assumptions: Assumptions,
  inKindUnitCost: z.nullable(Amount),
  mentoringMonths: z.nullable(Count),
});

const Selection = z.strictObject({
  program: z.string(),
  regency: z.string(),
  kind: z.enum(["quota", "budget"]),
  quota: z.nullable(Count),
  budget: z.nullable(Amount),
  eligible: Count,
  unranked: Count,
  selected: Count,
  spent: Amount,
  dataWeighted: z.boolean(),
  summary: TextSchema,
});

/**
 * The schema of a {@link SimulationState}, with the cross-checks zod cannot express per field: each
 * regency has one entry per program of the scenario, and regency codes are unique.
 * @internal
 */
export const SimulationStateSchema = z
  .strictObject({
    scenario: z.string(),
    asOf: z.string().check(z.refine(isIsoDate, { message: "not an ISO date" })),
    config: z.string(),
    programs: z.array(ProgramMeta),
    mpi: z.nullable(z.strictObject({ k: z.number().check(z.gt(0), z.lte(1)), missing: z.enum(["error", "not-deprived", "drop", "reweight"]) })),
    regencies: z.array(Regency),
    selection: z.array(Selection),
    warnings: z.array(z.strictObject({ code: z.string(), message: TextSchema })),
    names: z.record(z.string(), z.string()),
  })
  .check((ctx) => {
    const { programs, regencies } = ctx.value;
    const seen = new Set<string>();
    regencies.forEach((regency, index) => {
      if (regency.programs.length !== programs.length) {
        ctx.issues.push({ code: "custom", input: regency.programs, path: ["regencies", index, "programs"], message: "one entry per program" });
      }
      if (seen.has(regency.code)) ctx.issues.push({ code: "custom", input: regency.code, path: ["regencies", index, "code"], message: "repeated regency" });
      seen.add(regency.code);
    });
  }) as unknown as z.ZodMiniType<SimulationState>;
