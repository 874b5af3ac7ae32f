import { deepFreeze } from "../_internal/deepFreeze.js";
import type { HouseholdIndicatorId } from "../measure/householdIndicators.js";
import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { simulateMessages } from "./messages.js";
import type { Approach } from "../program/program.js";
import type { DatedParameter } from "../time/parameter.js";

/**
 * How a program changes a household's measured welfare in a simulation:
 * - `transfer`: cash or food; the year's benefit × `consumptionShare` adds to monthly per-capita
 *   consumption as (yearly amount × share) / 12 / members;
 * - `income`: a business grant; the grant itself is capital, not consumption; after the mentoring
 *   period the household earns a monthly income gain (see {@link businessReturnPerMonth}), of which
 *   `consumptionShare` is consumed, divided by the members;
 * - `none`: no effect on consumption (house repair, water, sanitation, boarding school); the program
 *   acts only through the deprivations it `removes`.
 * @example
 * import type { ProgramEffect } from "tepat-sasaran/simulate";
 *
 * const effect: ProgramEffect = "income"; // a business grant: income gain after mentoring
 * @category Simulation
 */
export type ProgramEffect = "transfer" | "income" | "none";

/**
 * The monthly income gain of a business grant after mentoring: a fixed amount per household, or a
 * share of the grant per month.
 * @typeParam M - How the fixed amount is written (a decimal string in results, any Rupiah input in scenarios).
 * @example
 * import type { IncomeGain } from "tepat-sasaran/simulate";
 *
 * const fixed: IncomeGain<string> = { monthly: "400000" };
 * const rate: IncomeGain<string> = { returnOnGrant: 0.05 };
 * @category Simulation
 */
export type IncomeGain<M> = FixedIncomeGain<M> | ReturnOnGrant;

/**
 * A fixed monthly income gain per household.
 * @typeParam M - The amount's type.
 * @example
 * import type { FixedIncomeGain } from "tepat-sasaran/simulate";
 *
 * const gain: FixedIncomeGain<number> = { monthly: 400_000 };
 * @category Simulation
 */
export interface FixedIncomeGain<M> {
  /** Rupiah per household per month. */
  readonly monthly: M;
}

/**
 * A monthly income gain as a share of the grant.
 * @example
 * import type { ReturnOnGrant } from "tepat-sasaran/simulate";
 *
 * const gain: ReturnOnGrant = { returnOnGrant: 0.046 };
 * @category Simulation
 */
export interface ReturnOnGrant {
  /** Share of the grant earned per month (0.046 = 4.6%). */
  readonly returnOnGrant: number;
}

/**
 * The behavioural assumptions of one program in a simulation, as resolved from its defaults and the
 * scenario's overrides.
 * @example
 * import { simulate } from "tepat-sasaran/simulate";
 *
 * simulate(households, options).programs[0].assumptions //=> { effect: "transfer", consumptionShare: 1, … }
 * @category Simulation
 */
export interface ProgramAssumptions {
  /** How the program acts on consumption. */
  readonly effect: ProgramEffect;
  /** Share of the transfer (or of the income gain) that adds to consumption, 0–1. */
  readonly consumptionShare: number;
  /** For `income`: a fixed monthly gain per household, or a monthly return on the grant. */
  readonly incomeGain?: IncomeGain<string> | undefined;
  /** For `income`: share of grantees whose business yields the gain (0–1). */
  readonly successRate: number;
  /** Indicators whose deprivation the program removes (deprived → not deprived; missing stays missing). */
  readonly removes: readonly HouseholdIndicatorId[];
  /** `currentAid` program ids that mean the household already receives this program. */
  readonly currentAidIds: readonly string[];
  /** Where the defaults come from. */
  readonly source: string;
}

/**
 * The default monthly return on a business grant used for the income gain of `income` programs
 * (PENA, KUBE) after their mentoring period: **4.6% of the grant per month**, the lower end of the
 * 4.6–5.3% average real monthly return to capital that de Mel, McKenzie & Woodruff (2008) measured
 * with randomized grants to Sri Lankan microenterprises. It is a library assumption for Indonesia,
 * not a PENA/KUBE evaluation; the same study found no positive return in enterprises owned by women.
 * Override it per program with `incomeGain` in the scenario.
 *
 * @example
 * import { businessReturnPerMonth } from "tepat-sasaran/simulate";
 *
 * valueAt(businessReturnPerMonth, "2025-07-01") //=> 0.046
 * @category Simulation
 */
export const businessReturnPerMonth: DatedParameter<number> = /* @__PURE__ */ deepFreeze({
  id: "simulate.business_return_per_month",
  description: "Monthly income gain from a business grant, as a share of the grant, after mentoring",
  unit: "share of grant per month",
  values: [
    {
      from: "2008-01-01",
      value: 0.046,
      source:
        "[L] library assumption: de Mel, McKenzie & Woodruff (2008), Returns to capital in microenterprises, QJE 123(4): 1329–1372, average real return 4.6–5.3% per month (Sri Lanka); Kemensos monitoring reports 98.9% of 11,352 PENA families with higher income but no amount (lampungnews.com 2023-11)",
    },
  ],
});

const CATALOGUE: Readonly<Record<string, Omit<ProgramAssumptions, "incomeGain" | "successRate">>> = /* @__PURE__ */ deepFreeze({
  pkh: { effect: "transfer", consumptionShare: 1, removes: [], currentAidIds: ["pkh"], source: "library default: cash transfer fully consumed" },
  sembako: { effect: "transfer", consumptionShare: 1, removes: [], currentAidIds: ["sembako", "bpnt"], source: "library default: food transfer fully consumed" },
  pip: { effect: "transfer", consumptionShare: 1, removes: [], currentAidIds: ["pip"], source: "library default: school cash fully consumed (school costs are consumption)" },
  pbi_jkn: {
    effect: "transfer",
    consumptionShare: 0,
    removes: ["health_insurance"],
    currentAidIds: ["pbi_jkn", "pbi"],
    source: "library default: a premium paid to BPJS is not household consumption; it removes the health-insurance deprivation",
  },
  pbi_pemda: {
    effect: "transfer",
    consumptionShare: 0,
    removes: ["health_insurance"],
    currentAidIds: ["pbi_pemda", "pbpu_pemda"],
    source: "library default: a premium paid to BPJS from the regional budget is not household consumption; it removes the health-insurance deprivation",
  },
  pena: { effect: "income", consumptionShare: 1, removes: [], currentAidIds: ["pena"], source: "library default: income gain fully consumed" },
  kube: { effect: "income", consumptionShare: 1, removes: [], currentAidIds: ["kube"], source: "library default: income gain fully consumed" },
  rutilahu: {
    effect: "none",
    consumptionShare: 0,
    removes: ["housing"],
    currentAidIds: ["rutilahu", "bsps", "rst"],
    source: "library default: the repair makes roof, wall and floor durable; floor area and MCK are not assumed to change",
  },
  bsps: {
    effect: "none",
    consumptionShare: 0,
    removes: ["housing"],
    currentAidIds: ["bsps", "rutilahu", "rst"],
    source: "library default: the self-help repair makes roof, wall and floor durable; floor area and MCK are not assumed to change",
  },
  air_sanitasi: {
    effect: "none",
    consumptionShare: 0,
    removes: ["drinking_water", "sanitation"],
    currentAidIds: ["air_sanitasi"],
    source: "library default: the upgrade gives air minum layak and sanitasi layak",
  },
  sekolah_rakyat: {
    effect: "none",
    consumptionShare: 0,
    removes: ["school_attendance"],
    currentAidIds: ["sekolah_rakyat"],
    source: "library default: boarding school enrols the children",
  },
});

const BY_APPROACH: Readonly<Record<Approach, ProgramEffect>> = /* @__PURE__ */ deepFreeze({
  "reduce-expenditure": "transfer",
  "raise-income": "income",
  "improve-settlement": "none",
  education: "none",
});

/**
 * The default behavioural assumptions of a program: from the table below for catalogue programs,
 * else from its approach (reduce-expenditure → `transfer` with share 1; raise-income → `income`;
 * improve-settlement and education → `none`, removing nothing).
 *
 * | program | effect | consumption share | removes |
 * |---|---|---|---|
 * | pkh, sembako, pip | transfer | 1 | – |
 * | pbi_jkn, pbi_pemda | transfer | 0 (a premium is not consumption) | health_insurance |
 * | pena, kube | income (4.6% of the grant a month, {@link businessReturnPerMonth}) | 1 | – |
 * | rutilahu, bsps | none | – | housing |
 * | air_sanitasi | none | – | drinking_water, sanitation |
 * | sekolah_rakyat | none | – | school_attendance |
 *
 * @param id - The program id.
 * @param approach - The program's approach (used for programs not in the table).
 * @returns The defaults; `successRate` 1 and, for `income`, no fixed gain (the return on the grant applies).
 * @example
 * import { defaultProgramAssumptions } from "tepat-sasaran/simulate";
 *
 * defaultProgramAssumptions("pbi_jkn", "reduce-expenditure").removes //=> ["health_insurance"]
 * defaultProgramAssumptions("kukar_lansia", "reduce-expenditure").effect //=> "transfer"
 * @category Simulation
 */
export function defaultProgramAssumptions(id: string, approach: Approach): ProgramAssumptions {
  if (typeof id !== "string") throw failure(simulateMessages, "simulate.bad_program_id", { value: describeValue(id) });
  const known = Object.prototype.hasOwnProperty.call(CATALOGUE, id) ? CATALOGUE[id] : undefined;
  // Copies: the table is shared by every call.
  if (known) return { ...known, removes: [...known.removes], currentAidIds: [...known.currentAidIds], successRate: 1 };
  if (typeof approach !== "string" || !Object.prototype.hasOwnProperty.call(BY_APPROACH, approach)) {
    throw failure(simulateMessages, "simulate.bad_approach", { value: describeValue(approach) });
  }
  const effect = BY_APPROACH[approach];
  return {
    effect,
    consumptionShare: effect === "none" ? 0 : 1,
    successRate: 1,
    removes: [],
    currentAidIds: [id],
    source: `library default for approach ${approach}`,
  };
}
