import { deepFreeze } from "../../_internal/deepFreeze.js";
import { ZERO_RUPIAH } from "../../money/rupiah.js";
import { outcome } from "../../rule/check.js";
import { all, any, named } from "../../rule/combinators.js";
import { ownCheck } from "../../rule/rule.js";
import type { DatedParameter } from "../../time/parameter.js";
import { drinkingWaterFact, sanitationFact } from "../_facts.js";
import { desilCurrentCheck, desilInRangeCheck } from "../checks.js";
import { desilMaxAgeMonths } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { benefitScheduleOn, type BenefitLine } from "../schedule.js";
import { airSanitasiMessages } from "./messages.js";

/**
 * The water and sanitation upgrade's dated parameters.
 * @example
 * airSanitasiParameters[0].values[0].value //=> { min: 1, max: 4 }
 * @category Programs
 */
export const airSanitasiParameters: readonly DatedParameter[] = /* @__PURE__ */ deepFreeze([
  {
    id: "air_sanitasi.desil_range",
    description: "DTSEN desil range eligible for the water and sanitation upgrade",
    unit: "desil",
    values: [
      {
        from: "2021-01-01",
        value: { min: 1, max: 4 },
        source:
          "[L] declared policy default: no published desil cut was found for water and sanitation works (they are built for settlements, by location); the library offers them to the same poorest four desil as the other settlement programs, so an office can rank and cost them per household",
      },
    ],
  },
]);

const tri = (holds: "yes" | "no" | "unknown") => (holds === "unknown" ? undefined : holds === "no");
const WATER = { field: "housing.drinkingWater" };
const TOILET = { field: "housing.toilet", missing: "–" };

const waterGap = ownCheck<ProgramContext>({
  code: "air_sanitasi.drinking_water_gap",
  message: airSanitasiMessages["air_sanitasi.drinking_water_gap"],
  evaluate: (ctx) => {
    const water = drinkingWaterFact(ctx.household);
    return outcome(tri(water.holds), false, water.received ?? null, WATER);
  },
});

const sanitationGap = ownCheck<ProgramContext>({
  code: "air_sanitasi.sanitation_gap",
  message: airSanitasiMessages["air_sanitasi.sanitation_gap"],
  evaluate: (ctx) => {
    const sanitation = sanitationFact(ctx.household);
    const values = sanitation.unknown.length === 0 ? TOILET : { field: "housing.toilet", missing: sanitation.missing };
    return outcome(tri(sanitation.holds), false, sanitation.notMet, values);
  },
});

/**
 * Water and sanitation upgrade (with Public Works): for a household with a current desil 1–4
 * (a declared default: no published cut) that lacks air minum layak or sanitasi layak (BPS
 * definitions; `piped` water includes public taps, hydrants and water terminals); the checks
 * name the gap. The benefit is in kind (a water connection and/or a healthy toilet), so the
 * schedule has no cash amount: no amount is published in the sources.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [airSanitasi] }).programs[0].benefit?.lines.map((l) => l.code)
 * //=> ["air_sanitasi.upgrade.water", "air_sanitasi.upgrade.sanitation"]
 * @category Programs
 */
export const airSanitasi: Program = /* @__PURE__ */ defineProgram({
  id: "air_sanitasi",
  name: { id: "Peningkatan Air Minum dan Sanitasi", en: "Water and sanitation upgrade" },
  approach: "improve-settlement",
  parameters: [desilMaxAgeMonths, ...airSanitasiParameters],
  rule: all(
    desilCurrentCheck("air_sanitasi"),
    desilInRangeCheck("air_sanitasi"),
    named(any(waterGap, sanitationGap), "air_sanitasi.has_gap", airSanitasiMessages["air_sanitasi.has_gap"]),
  ),
  messages: airSanitasiMessages,
  benefit(household, context) {
    const lines: BenefitLine[] = [];
    if (drinkingWaterFact(household).holds === "no") lines.push({ code: "air_sanitasi.upgrade.water", amount: ZERO_RUPIAH });
    if (sanitationFact(household).holds === "no") lines.push({ code: "air_sanitasi.upgrade.sanitation", amount: ZERO_RUPIAH });
    return benefitScheduleOn(context.parameters, { program: "air_sanitasi", approach: "improve-settlement", frequency: "in-kind", asOf: context.asOf, lines });
  },
});
