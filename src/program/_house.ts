import type { Household } from "../household/household.js";
import type { MessageTemplate } from "../message/message.js";
import { outcome } from "../rule/check.js";
import { ownCheck, sharedCheck, type Rule } from "../rule/rule.js";
import { addMonths } from "../time/calendar.js";
import type { IsoDate } from "../time/isoDate.js";
import { FloorMaterial } from "../household/housing.js";
import { rtlhFact } from "./_facts.js";
import { POOR_FLOOR_MATERIALS } from "./_houseParameters.js";
import { amountValueOnce, requireAmount } from "./_read.js";
import { badParameter } from "./_values.js";
import type { ProgramContext } from "./program.js";
import { benefitScheduleOn, type BenefitSchedule } from "./schedule.js";

// Checks the house-repair programs share (Kemensos Rutilahu/RST and PUPR/PKP BSPS), each declared
// under the program's own code and message.

/**
 * The housing aid among `programs` a household received after `after` (exclusive) and on or before
 * `asOf`, as `"program date"` texts, read from both records: `housing.housingAid` (aid received,
 * any year) and `currentAid` (programs received, with their start date). `undefined` when neither
 * record is there (unknown, never "none").
 * @internal
 */
export function houseAidReceived(household: Household, programs: readonly unknown[], asOf: IsoDate, after = ""): string[] | undefined {
  const received = household.housing?.housingAid;
  const current = household.currentAid;
  if (received === undefined && current === undefined) return undefined;
  const out: string[] = [];
  if (received !== undefined) {
    for (let i = 0; i < received.length; i++) {
      const a = received[i] as (typeof received)[number];
      if (programs.includes(a.program) && a.on > after && a.on <= asOf) out.push(`${a.program} ${a.on}`);
    }
  }
  if (current !== undefined) {
    for (let i = 0; i < current.length; i++) {
      const a = current[i] as (typeof current)[number];
      if (programs.includes(a.program) && a.since > after && a.since <= asOf) out.push(`${a.program} ${a.since}`);
    }
  }
  return out;
}

const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly string[] = Object.freeze([]);
// The housing fields the five RTLH criteria read (rtlhVerdict), comma-separated as `missing` (a
// check's values are text), so that a reader of an undetermined check can name the data it lacks;
// given only then (a decided check does not repeat them in every household's result).
const RTLH_FIELDS = "housing.floorArea, housing.floorMaterial, housing.floorCondition, housing.wallMaterial, housing.wallCondition, housing.roofMaterial, housing.roofCondition, housing.toilet.facility";
const HOUSING = Object.freeze({ field: "housing", missing: "–" });
const TENURE = Object.freeze({ field: "housing.tenure" });
/** The records the house-aid look-back reads, as an undetermined check states them (`values.fields`, as the RTLH check does). */
const HOUSE_AID_FIELDS = "housing.housingAid, currentAid";

/**
 * `<code>`: the house meets at least one RTLH criterion (Permensos 20/2017); `received` lists them;
 * when undetermined, `values.missing` those without data and `values.fields` the housing fields the criteria read.
 * @internal
 */
export function houseUninhabitableCheck(code: string, message: MessageTemplate): Rule<ProgramContext> {
  // Shared: the programs that ask it (Rutilahu, BSPS) read the same criteria of the same house, so
  // an assessor decides it once per household and each program keeps its own code and message.
  // The floor materials poor whatever their condition come from `rtlh.poor_floor_materials`.
  return sharedCheck<ProgramContext, unknown, ReadonlySet<string> | undefined>({
    code,
    message,
    parameter: POOR_FLOOR_MATERIALS,
    // Read once per date: a list of floor materials, else the parameter is invalid.
    prepare: (materials) => (Array.isArray(materials) && materials.every((m) => (FloorMaterial.options as readonly unknown[]).includes(m)) ? new Set<string>(materials as string[]) : undefined),
    evaluate: (ctx, _materials, _parameter, poorFloor) => {
      if (poorFloor === undefined) return badParameter(POOR_FLOOR_MATERIALS);
      const rtlh = rtlhFact(ctx.household, poorFloor, ctx.asOf);
      const holds = rtlh.holds === "yes" ? true : rtlh.holds === "no" ? false : undefined;
      const values = rtlh.unknown.length === 0 ? HOUSING : { field: "housing", fields: RTLH_FIELDS, missing: rtlh.missing };
      return outcome(holds, AT_LEAST_ONE, rtlh.met, values);
    },
  }, "house.uninhabitable");
}

/**
 * `<code>`: the family owns the house (`housing.tenure` is `own`).
 * @internal
 */
export function ownsHouseCheck(code: string, message: MessageTemplate): Rule<ProgramContext> {
  return ownCheck<ProgramContext>({
    code,
    message,
    evaluate: (ctx) => {
      const tenure = ctx.household.housing?.tenure;
      return outcome(tenure === undefined ? undefined : tenure === "own", "own", tenure ?? null, TENURE);
    },
  });
}

/** How {@link noRecentHouseAidCheck} reads its parameters and whether a disaster lifts the bar. @internal */
export interface RecentHouseAidRule {
  readonly code: string;
  readonly message: MessageTemplate;
  /** The parameter of the look-back in years. */
  readonly years: string;
  /** The parameter listing the program ids that count as house aid. */
  readonly programs: string;
  /** Whether aid received on or before `housing.disasterOn` no longer counts (BSPS). */
  readonly disasterException: boolean;
}

/**
 * `<code>`: no house aid among the listed programs in the last `years` years (aid exactly that many
 * years before `asOf` no longer counts), from `housing.housingAid` and `currentAid`.
 * @internal
 */
export function noRecentHouseAidCheck(rule: RecentHouseAidRule): Rule<ProgramContext> {
  // `years` is read as a number only once `prepare` has found it a count (`since` defined).
  return ownCheck<ProgramContext, number, IsoDate | undefined>({
    code: rule.code,
    message: rule.message,
    parameter: rule.years,
    // The start of the look-back, once per date: `asOf` minus the years (undefined: not a count).
    prepare: (years, context) => (typeof years !== "number" || !Number.isInteger(years) || years < 0 ? undefined : addMonths(context.asOf, -12 * years)),
    evaluate: (ctx, years, _parameter, since) => {
      if (since === undefined) return badParameter(rule.years);
      // The reader keeps each parameter it has read, so this is a map lookup per household.
      const programs = ctx.parameters.get(rule.programs)?.value;
      if (!Array.isArray(programs)) return badParameter(rule.programs);
      let after = since;
      const disaster = rule.disasterException ? ctx.household.housing?.disasterOn : undefined;
      if (disaster !== undefined && disaster > after && disaster <= ctx.asOf) after = disaster;
      const recent = houseAidReceived(ctx.household, programs, ctx.asOf, after);
      const values = disaster === undefined ? { years } : { years, disasterOn: disaster };
      if (recent === undefined) return outcome(undefined, NONE, null, { field: "housing.housingAid / currentAid", fields: HOUSE_AID_FIELDS, ...values });
      return outcome(recent.length === 0, NONE, recent, values);
    },
  });
}

/**
 * The schedule of one house grant, paid once on `asOf`: a single line `code` of the amount in force.
 * @internal
 */
export function houseGrantSchedule(context: ProgramContext, program: string, code: string, amountParameter: string): BenefitSchedule {
  const { amount, parameter } = requireAmount(context, amountParameter);
  return benefitScheduleOn(context.parameters, {
    program,
    approach: "improve-settlement",
    frequency: "once",
    asOf: context.asOf,
    lines: [{ code, amount, parameter, values: { amount: amountValueOnce(context, parameter, amount) } }],
  });
}
