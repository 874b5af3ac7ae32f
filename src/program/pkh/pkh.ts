import { ZERO_RUPIAH } from "../../money/rupiah.js";
import { outcome, unknownOutcome, type NumberRange } from "../../rule/check.js";
import type { ParameterReader } from "../../rule/parameterReader.js";
import { all } from "../../rule/combinators.js";
import { check } from "../../rule/rule.js";
import { sharedParameters } from "../parameters.js";
import { asRange, badParameter, desilCurrentCheck, desilInRangeCheck, noExcludedMemberCheck } from "../checks.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { buildBenefitSchedule, type BenefitLine } from "../schedule.js";
import { componentMask, pkhComponents, PKH_COMPONENTS } from "./components.js";
import { pkhMessages } from "./messages.js";
import { pkhParameters } from "./parameters.js";

// Women of childbearing age (BPS: wanita usia subur 15–49) and school-age children (6–18, SD to SMA)
// should have pregnancy and schooling recorded; everyone should have disability recorded. When no
// component is found and such data is missing, the check is unknown rather than failed.
const CHILDBEARING = { min: 15, max: 49 };
const SCHOOL_AGE = { min: 6, max: 18 };
const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly string[] = Object.freeze([]);

// One-entry memo of the values object for the elderly age in force (the same for a whole batch).
let lastElderlyAge = Number.NaN;
let lastAgeValues: { readonly elderlyAge: number } = Object.freeze({ elderlyAge: Number.NaN });
function ageValues(elderlyAge: number): { readonly elderlyAge: number } {
  if (elderlyAge !== lastElderlyAge) {
    lastAgeValues = Object.freeze({ elderlyAge });
    lastElderlyAge = elderlyAge;
  }
  return lastAgeValues;
}

// The components a family has, as a list in component order, for each of the 128 bit masks: built
// on first use and shared (frozen), so that a passed check does not build its list anew.
const COMPONENT_LISTS: (readonly string[] | undefined)[] = [];
function componentList(mask: number): readonly string[] {
  return (COMPONENT_LISTS[mask] ??= Object.freeze(PKH_COMPONENTS.filter((_, bit) => (mask & (1 << bit)) !== 0)));
}

// The early-childhood range is read once per parameter reader (one per assessment date; readers are
// immutable, and the last one stays referenced until another is used).
let lastReader: ParameterReader | undefined;
let lastEarly: NumberRange | undefined;
function earlyChildhoodRange(ctx: ProgramContext): NumberRange | undefined {
  if (ctx.parameters !== lastReader) {
    lastEarly = asRange(ctx.parameters.get("pkh.early_childhood_age")?.value);
    lastReader = ctx.parameters;
  }
  return lastEarly;
}

const hasComponent = check<ProgramContext, unknown>({
  code: "pkh.has_component",
  message: pkhMessages["pkh.has_component"],
  parameter: "pkh.elderly_min_age",
  evaluate: (ctx, elderlyAge) => {
    if (typeof elderlyAge !== "number") return badParameter("pkh.elderly_min_age");
    const early = earlyChildhoodRange(ctx);
    if (early === undefined) return unknownOutcome("rule.reason.parameter_not_in_force", { min: 1 }, null, { parameter: "pkh.early_childhood_age", asOf: ctx.asOf, elderlyAge });
    const members = ctx.household.members;
    const ages = ctx.facts.ages;
    let mask = 0;
    let missing: string | undefined;
    for (let i = 0; i < members.length; i++) {
      const person = members[i] as (typeof members)[number];
      const age = ages[i] as number;
      mask |= componentMask(person, age, early, elderlyAge);
      if (person.disability === undefined) missing ??= "disability";
      else if (person.sex === "female" && age >= CHILDBEARING.min && age <= CHILDBEARING.max && person.pregnancy === undefined) missing ??= "pregnancy";
      else if (age >= SCHOOL_AGE.min && age <= SCHOOL_AGE.max && person.schooling === undefined) missing ??= "schooling";
    }
    if (mask !== 0) return outcome(true, AT_LEAST_ONE, componentList(mask), ageValues(elderlyAge));
    return outcome(missing === undefined ? false : undefined, AT_LEAST_ONE, NONE, missing === undefined ? ageValues(elderlyAge) : { elderlyAge, field: missing });
  },
});

/**
 * Program Keluarga Harapan: conditional cash for families with components (pregnancy, early
 * childhood 0–6, SD/SMP/SMA pupils, severe disability, elderly), desil 1–4, no member in an excluded
 * employment, paid in 4 tahap of a quarter of the yearly amount each (exact Rupiah). Caps: 4
 * components per family, 2 early-childhood, 3 school children; a member counts once, for their
 * highest component. Parameters: {@link pkhParameters}.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0].benefit?.periods[0].amount.toString()
 * //=> "1350000"
 * @category Programs
 */
export const pkh: Program = /* @__PURE__ */ defineProgram({
  id: "pkh",
  name: { id: "Program Keluarga Harapan (PKH)", en: "Family Hope Program (PKH)" },
  approach: "reduce-expenditure",
  parameters: [...sharedParameters, ...pkhParameters],
  rule: all(desilCurrentCheck("pkh"), desilInRangeCheck("pkh"), noExcludedMemberCheck("pkh"), hasComponent),
  messages: pkhMessages,
  benefit(household, context) {
    const { counted, capped } = pkhComponents(household, context);
    const lines: BenefitLine[] = counted
      .sort((a, b) => a.member - b.member)
      .map((c) => ({ code: `pkh.component.${c.component}`, member: c.member, amount: c.amount, parameter: c.parameter }));
    for (const c of capped) {
      const code = c.cappedBy === "pkh.cap.components" ? "pkh.capped.components" : `pkh.capped.${(c.cappedBy ?? "").slice("pkh.cap.".length)}`;
      lines.push({ code, member: c.member, amount: ZERO_RUPIAH, values: { component: c.component, cap: c.cap } });
    }
    return buildBenefitSchedule({ program: "pkh", approach: "reduce-expenditure", frequency: "tahap", asOf: context.asOf, lines });
  },
});
