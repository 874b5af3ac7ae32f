import { outcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import type { ParameterReader } from "../../rule/parameterReader.js";
import { check, type Rule } from "../../rule/rule.js";
import { addMonths } from "../../time/calendar.js";
import { rtlhFact } from "../_facts.js";
import { amountText, requireAmount } from "../_read.js";
import { badParameter, desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule } from "../schedule.js";
import { rutilahuMessages } from "./messages.js";
import { rutilahuParameters } from "./parameters.js";

const HOUSING = Object.freeze({ field: "housing", missing: "–" });
const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly string[] = Object.freeze([]);

const houseUninhabitable = check<ProgramContext>({
  code: "rutilahu.house_uninhabitable",
  message: rutilahuMessages["rutilahu.house_uninhabitable"],
  evaluate: (ctx) => {
    const rtlh = rtlhFact(ctx.household);
    const holds = rtlh.holds === "yes" ? true : rtlh.holds === "no" ? false : undefined;
    const values = rtlh.unknown.length === 0 ? HOUSING : { field: "housing", missing: rtlh.missing };
    return outcome(holds, AT_LEAST_ONE, rtlh.met, values);
  },
});

const TENURE = { field: "housing.tenure" };

const ownsHouse = check<ProgramContext>({
  code: "rutilahu.owns_house",
  message: rutilahuMessages["rutilahu.owns_house"],
  evaluate: (ctx) => {
    const tenure = ctx.household.housing?.tenure;
    return outcome(tenure === undefined ? undefined : tenure === "own", "own", tenure ?? null, TENURE);
  },
});

function noRecentHouseAid(): Rule<ProgramContext> {
  let memoAsOf = "";
  let memoYears = Number.NaN;
  let memoCutoff = "";
  let memoValues = { years: Number.NaN };
  // The programs parameter, read once per parameter reader (one per assessment date).
  let memoReader: ParameterReader | undefined;
  let memoPrograms: unknown;
  return check<ProgramContext, unknown>({
    code: "rutilahu.no_recent_house_aid",
    message: rutilahuMessages["rutilahu.no_recent_house_aid"],
    parameter: "rutilahu.recent_aid_years",
    evaluate: (ctx, years) => {
      if (typeof years !== "number" || !Number.isInteger(years) || years < 0) return badParameter("rutilahu.recent_aid_years");
      if (ctx.parameters !== memoReader) {
        memoPrograms = ctx.parameters.get("rutilahu.house_aid_programs")?.value;
        memoReader = ctx.parameters;
      }
      const programs = memoPrograms;
      if (!Array.isArray(programs)) return badParameter("rutilahu.house_aid_programs");
      const aid = ctx.household.currentAid;
      if (aid === undefined) return outcome(undefined, NONE, null, { field: "currentAid", years });
      if (memoAsOf !== ctx.asOf || memoYears !== years) {
        memoCutoff = addMonths(ctx.asOf, -12 * years);
        memoAsOf = ctx.asOf;
        memoYears = years;
      }
      let recent: string[] | undefined;
      for (const a of aid) if (programs.includes(a.program) && a.since > memoCutoff && a.since <= ctx.asOf) (recent ??= []).push(`${a.program} ${a.since}`);
      if (memoValues.years !== years) memoValues = { years };
      return outcome(recent === undefined, NONE, recent ?? NONE, memoValues);
    },
  });
}

/**
 * House repair for an uninhabitable house (RTLH): Kemensos RS-Rutilahu until 2021, PUPR/PKP BSPS
 * from 2022. Eligible when the house meets at least one RTLH criterion (Permensos 20/2017: dangerous
 * damage, rotting materials, poor floor, no MCK, < 7.2 m² per person — the check lists which), the
 * family owns it, had no similar aid in 10 years, has a current desil 1–4 (library default) and no
 * member in an excluded employment. One grant per house unit (Rp 20 M from 2022).
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [rutilahu] }).programs[0].checks[3].received
 * //=> ["poor_floor", "floor_area"]
 * @category Programs
 */
export const rutilahu: Program = /* @__PURE__ */ defineProgram({
  id: "rutilahu",
  name: { id: "Rehabilitasi Rumah Tidak Layak Huni (Rutilahu/BSPS)", en: "Uninhabitable-house repair (Rutilahu/BSPS)" },
  approach: "improve-settlement",
  parameters: [...sharedParameters, ...rutilahuParameters],
  rule: all(
    desilCurrentCheck("rutilahu"),
    desilInRangeCheck("rutilahu"),
    noExcludedMemberCheck("rutilahu"),
    houseUninhabitable,
    ownsHouse,
    noRecentHouseAid(),
  ),
  messages: rutilahuMessages,
  benefit(_household, context) {
    const { amount, parameter } = requireAmount(context, "rutilahu.amount_per_unit");
    return buildBenefitSchedule({
      program: "rutilahu",
      approach: "improve-settlement",
      frequency: "once",
      asOf: context.asOf,
      lines: [{ code: "rutilahu.repair", amount, parameter, values: { amount: amountText(parameter, amount) } }],
    });
  },
});
