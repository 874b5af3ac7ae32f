import { ZERO_RUPIAH } from "../../money/rupiah.js";
import { outcome, unknownOutcome } from "../../rule/check.js";
import { all } from "../../rule/combinators.js";
import { ownCheck, type RuleContext } from "../../rule/rule.js";
import { derivedOnce } from "../../rule/parameterReader.js";
import { parseIsoDate } from "../../time/isoDate.js";
import { NOT_EXITED } from "../_templates.js";
import { paymentCalendar, ratedYear } from "../_calendar.js";
import { exclusionChecks, targetingRule } from "../checks.js";
import { badParameter } from "../_values.js";
import { receivesOn, recordedExits } from "../exits.js";
import { sharedParameters } from "../parameters.js";
import { defineProgram, type Program, type ProgramContext } from "../program.js";
import { ratedScheduleOn, type BenefitLine } from "../schedule.js";
import { PKH_COMPONENTS, countComponents, preparePkhCounting, type PkhComponentLine } from "./components.js";
import { pkhMessages } from "./messages.js";
import { pkhParameters } from "./parameters.js";
import { componentBit, isPkhRules, readPkhRules, scanPkh, type PkhComponent, type PkhRules, type PkhRulesProblem } from "./rules.js";

const AT_LEAST_ONE = Object.freeze({ min: 1 });
const NONE: readonly string[] = Object.freeze([]);

/** What `pkh.has_component` derives once per date: the rules, the component lists by mask, its message values. */
interface HasComponentRead {
  readonly rules: PkhRules | PkhRulesProblem;
  readonly lists: readonly (readonly PkhComponent[])[];
  readonly values: { readonly elderlyAge: number };
}

const hasComponent = ownCheck<ProgramContext, unknown, HasComponentRead>({
  code: "pkh.has_component",
  message: pkhMessages["pkh.has_component"],
  parameter: "pkh.elderly_min_age",
  prepare: (elderlyAge, context) => {
    const rules = rulesOnDate(context);
    // The components of each of the 128 masks, in priority order, built once per date and shared.
    const lists = isPkhRules(rules) ? Array.from({ length: 128 }, (_, mask) => Object.freeze(rules.priority.filter((c) => (mask & componentBit(c)) !== 0))) : [];
    return { rules, lists, values: Object.freeze({ elderlyAge: elderlyAge as number }) };
  },
  evaluate: (ctx, _elderlyAge, _parameter, { rules, lists, values }) => {
    if (!isPkhRules(rules)) {
      if (rules.problem === "rule.reason.parameter_invalid") return badParameter(rules.parameter);
      return unknownOutcome(rules.problem, AT_LEAST_ONE, null, { parameter: rules.parameter, asOf: ctx.asOf, elderlyAge: values.elderlyAge });
    }
    const scan = scanPkh(ctx, rules);
    if (scan.mask !== 0) return outcome(true, AT_LEAST_ONE, lists[scan.mask] as readonly string[], values);
    const missing = scan.pregnancyOrderMissing ? "pregnancyOrder" : scan.missing;
    return outcome(missing === undefined ? false : undefined, AT_LEAST_ONE, NONE, missing === undefined ? values : { ...values, field: missing });
  },
});

/**
 * PKH's rules on a date, read once per parameter reader and shared by the component check and
 * the exit check (which reads `graduation.ending_grants` as its own parameter).
 */
function rulesOnDate(context: RuleContext): PkhRules | PkhRulesProblem {
  const age = context.parameters.get("pkh.elderly_min_age");
  if (age === undefined) return { problem: "rule.reason.parameter_not_in_force", parameter: "pkh.elderly_min_age" };
  return derivedOnce(context.parameters, age, "pkh rules", () => readPkhRules(context.parameters, age.value));
}

const notExited = ownCheck<ProgramContext, unknown, PkhRules | PkhRulesProblem>({
  code: "pkh.not_exited",
  message: NOT_EXITED,
  parameter: "graduation.ending_grants",
  prepare: (_grants, context) => rulesOnDate(context),
  evaluate: (ctx, value, _parameter, rules) => {
    if (!Array.isArray(value)) return badParameter("graduation.ending_grants");
    const grants = value as readonly string[];
    let exits = recordedExits(ctx.household, "pkh", ctx.asOf, grants);
    // Graduasi alami: a family receiving PKH with no component left (the last pupil has finished
    // school, the balita turned 7). Only when that is certain: missing data leaves it to has_component.
    if (isPkhRules(rules) && receivesOn(ctx.household, "pkh", ctx.asOf)) {
      const scan = scanPkh(ctx, rules);
      if (scan.mask === 0 && !scan.pregnancyOrderMissing && scan.missing === undefined) (exits ??= []).push(`alami (${ctx.asOf})`);
    }
    return outcome(exits === undefined, grants, exits ?? NONE);
  },
});

/** Each component's amount line for `ratedYear` and its benefit-line code, made once per date (texts not built per household). */
function componentTexts(): { rates: Readonly<Record<PkhComponent, { readonly id: string; readonly per: "year" }>>; codes: Readonly<Record<PkhComponent, string>> } {
  const rates = {} as Record<PkhComponent, { readonly id: string; readonly per: "year" }>;
  const codes = {} as Record<PkhComponent, string>;
  for (const component of PKH_COMPONENTS) {
    rates[component] = { id: `pkh.amount.${component}`, per: "year" };
    codes[component] = `pkh.component.${component}`;
  }
  return { rates, codes };
}

/** The benefit-line code of a component left out. */
function leftOutCode(line: PkhComponentLine): string {
  if (line.cappedBy === "pkh.cap.components") return "pkh.capped.components";
  if (line.cappedBy === "pkh.cap.pregnancy") return line.pregnancyOrder === undefined ? "pkh.capped.pregnancy_order_unknown" : "pkh.capped.pregnancy";
  return `pkh.capped.${(line.cappedBy ?? "").slice("pkh.cap.".length)}`;
}

/**
 * Program Keluarga Harapan: conditional cash for families with components (early childhood 0–6,
 * SD/SMP/SMA pupils aged 6–21, severe disability, elderly 70+, a 1st or 2nd pregnancy), targeted
 * on DTKS membership before 2025-02-05 and on desil 1–4 from then (`targetingRule`), with no
 * Kemensos exclusion (`exclusionChecks`) and no exit (graduasi alami, mandiri, paksa, or a PENA
 * grant). Caps, kept in the published priority order: 4 components, 2 early-childhood, 3 children,
 * 1 severe disability, 1 elderly; a member counts once, for their highest component. Paid per the
 * dated calendar `pkh.calendar` (2024: every two months on KKS, every three through PT Pos; 2025:
 * 4 tahap), each period at the amounts in force in it. Parameters: {@link pkhParameters}.
 *
 * @example
 * assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0].benefit?.periods[0].amount.toString()
 * //=> "1575000"
 * @category Programs
 */
export const pkh: Program = /* @__PURE__ */ defineProgram({
  id: "pkh",
  name: { id: "Program Keluarga Harapan (PKH)", en: "Family Hope Program (PKH)" },
  approach: "reduce-expenditure",
  parameters: [...sharedParameters, ...pkhParameters],
  rule: all(targetingRule("pkh"), ...exclusionChecks("pkh"), hasComponent, notExited),
  messages: pkhMessages,
  prepare: (context) => ({ counting: preparePkhCounting(context), asOf: context.asOf, year: parseIsoDate(context.asOf).year, ...componentTexts() }),
  benefit(household, context, prepared) {
    const { counted, capped } = countComponents(household, context, prepared.counting);
    const year = prepared.asOf === context.asOf ? prepared.year : parseIsoDate(context.asOf).year;
    const calendar = paymentCalendar(context, "pkh.calendar");
    const paid = counted.sort((a, b) => a.member - b.member);
    const { rates, codes } = prepared;
    const rated = ratedYear(
      context,
      paid.map((c) => rates[c.component]),
      calendar.frequency,
      year,
    );
    const lines: BenefitLine[] = paid.map((c, i) => ({ code: codes[c.component], member: c.member, amount: rated.totals[i] as BenefitLine["amount"], parameter: c.parameter }));
    for (const c of capped) {
      const values = c.pregnancyOrder === undefined ? { component: c.component, cap: c.cap } : { component: c.component, cap: c.cap, order: c.pregnancyOrder };
      lines.push({ code: leftOutCode(c), member: c.member, amount: ZERO_RUPIAH, values });
    }
    // The lines are the rated year's totals and Rp 0: its total and periods are the schedule's.
    return ratedScheduleOn(
      context.parameters,
      { program: "pkh", approach: "reduce-expenditure", asOf: context.asOf, lines, frequency: calendar.frequency, periodWeights: rated.weights, channel: calendar.channel, calendar: calendar.parameter },
      rated,
    );
  },
});
