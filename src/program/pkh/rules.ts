import { deepFreeze } from "../../_internal/deepFreeze.js";
import { membersOf, type MemberFacts } from "../_facts.js";
import type { ProgramContext } from "../program.js";
import type { NumberRange } from "../../rule/check.js";
import type { ParameterReader } from "../../rule/parameterReader.js";
import { asRange, inRange } from "../_values.js";
import { absentOn } from "../../household/_occupants.js";

/**
 * The PKH components, in the published priority order (the default of `pkh.component_priority`):
 * early childhood (balita), SD, SMP, SMA, severe disability, elderly, pregnancy.
 * @category Programs
 */
export type PkhComponent = "early_childhood" | "sd" | "smp" | "sma" | "severe_disability" | "elderly" | "pregnancy";

/**
 * Every PKH component, in the published priority order in which the per-family caps keep them.
 * @example PKH_COMPONENTS[0] //=> "early_childhood"
 * @category Programs
 */
export const PKH_COMPONENTS: readonly PkhComponent[] = /* @__PURE__ */ deepFreeze(["early_childhood", "sd", "smp", "sma", "severe_disability", "elderly", "pregnancy"]);

const BIT: Readonly<Record<PkhComponent, number>> = { early_childhood: 1, sd: 2, smp: 4, sma: 8, severe_disability: 16, elderly: 32, pregnancy: 64 };

/** The bit of a component in a component mask (bit i = `PKH_COMPONENTS[i]`). @internal */
export function componentBit(component: PkhComponent): number {
  return BIT[component];
}

/** A per-family cap: its parameter id, the components it counts (a mask) and its value. @internal */
export interface PkhCap {
  readonly id: string;
  readonly covers: number;
  readonly value: number;
}

/** PKH's rules on one date, read once per date. @internal */
export interface PkhRules {
  readonly earlyChildhood: NumberRange;
  readonly schoolAge: NumberRange;
  readonly elderlyAge: number;
  /** The highest pregnancy order paid (`pkh.cap.pregnancy`). */
  readonly maxPregnancyOrder: number;
  /** Components in the order the caps keep them (`pkh.component_priority`). */
  readonly priority: readonly PkhComponent[];
  /** The per-family caps by category, in the order they are checked. */
  readonly caps: readonly PkhCap[];
  /** The cap on all components (`pkh.cap.components`). */
  readonly total: number;
  /** Components no cap of 0 rules out (a mask): only these can make a family eligible. */
  readonly enabled: number;
}

/** Why PKH's rules could not be read on a date: a parameter not in force, or of the wrong form. @internal */
export interface PkhRulesProblem {
  readonly problem: "rule.reason.parameter_not_in_force" | "rule.reason.parameter_invalid";
  readonly parameter: string;
}

const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

function componentsOf(value: unknown): PkhComponent[] | undefined {
  if (!Array.isArray(value) || !value.every((c) => typeof c === "string" && c in BIT)) return undefined;
  return value as PkhComponent[];
}

const CAPS: readonly { id: string; covers?: PkhComponent }[] = [
  { id: "pkh.cap.early_childhood", covers: "early_childhood" },
  { id: "pkh.cap.school" },
  { id: "pkh.cap.severe_disability", covers: "severe_disability" },
  { id: "pkh.cap.elderly", covers: "elderly" },
];

/**
 * Read PKH's rules from the parameters of a date (the elderly age is given: the check that calls
 * this has read it as its own parameter).
 * @internal
 */
export function readPkhRules(parameters: ParameterReader, elderlyAge: unknown): PkhRules | PkhRulesProblem {
  let notInForce: PkhRulesProblem | undefined;
  const read = (id: string): unknown => {
    const found = notInForce === undefined ? parameters.get(id) : undefined;
    if (found === undefined) notInForce ??= { problem: "rule.reason.parameter_not_in_force", parameter: id };
    return found?.value;
  };
  const fail = (id: string): PkhRulesProblem => notInForce ?? { problem: "rule.reason.parameter_invalid", parameter: id };
  if (!isCount(elderlyAge)) return fail("pkh.elderly_min_age");
  const earlyChildhood = asRange(read("pkh.early_childhood_age"));
  if (earlyChildhood === undefined) return fail("pkh.early_childhood_age");
  const schoolAge = asRange(read("pkh.school_age"));
  if (schoolAge === undefined) return fail("pkh.school_age");
  const maxPregnancyOrder = read("pkh.cap.pregnancy");
  if (!isCount(maxPregnancyOrder)) return fail("pkh.cap.pregnancy");
  const priority = componentsOf(read("pkh.component_priority"));
  if (priority === undefined || priority.length !== PKH_COMPONENTS.length || new Set(priority).size !== priority.length) return fail("pkh.component_priority");
  const schoolCovers = componentsOf(read("pkh.cap.school_covers"));
  if (schoolCovers === undefined) return fail("pkh.cap.school_covers");
  const total = read("pkh.cap.components");
  if (!isCount(total)) return fail("pkh.cap.components");
  const caps: PkhCap[] = [];
  let enabled = total > 0 ? 127 : 0;
  if (maxPregnancyOrder === 0) enabled &= ~BIT.pregnancy;
  for (const cap of CAPS) {
    const value = read(cap.id);
    if (!isCount(value)) return fail(cap.id);
    const covers = cap.covers === undefined ? schoolCovers.reduce((mask, c) => mask | BIT[c], 0) : BIT[cap.covers];
    if (value === 0) enabled &= ~covers;
    caps.push({ id: cap.id, covers, value });
  }
  return { earlyChildhood, schoolAge, elderlyAge, maxPregnancyOrder, priority, caps, total, enabled };
}

/** Whether a read gave rules rather than a problem. @internal */
export function isPkhRules(read: PkhRules | PkhRulesProblem): read is PkhRules {
  return !("problem" in read);
}

/** What a member's pregnancy is worth to PKH: paid, beyond the paid orders, of unknown order, or none. @internal */
export type PregnancyStatus = "paid" | "beyond" | "unknown" | "none";

/** The pregnancy status of a member under the rules. @internal */
export function pregnancyStatus(person: MemberFacts, rules: PkhRules): PregnancyStatus {
  const pregnancy = person.pregnancy;
  if (pregnancy !== "pregnant" && pregnancy !== "postpartum") return "none";
  const order = person.pregnancyOrder;
  if (order === undefined) return "unknown";
  return order <= rules.maxPregnancyOrder ? "paid" : "beyond";
}

/**
 * The components one living member qualifies for on `asOf` (a mask; before the one-per-person rule
 * and the caps): early childhood (age in `pkh.early_childhood_age`); SD, SMP or SMA when enrolled
 * and aged within `pkh.school_age`; severe disability; elderly (age ≥ `pkh.elderly_min_age`); a
 * pregnancy of a paid order (1st or 2nd).
 * @internal
 */
export function memberMask(person: MemberFacts, age: number, rules: PkhRules, pregnancy: PregnancyStatus = pregnancyStatus(person, rules)): number {
  let mask = 0;
  if (inRange(age, rules.earlyChildhood)) mask |= BIT.early_childhood;
  const schooling = person.schooling;
  if (schooling?.enrolled && inRange(age, rules.schoolAge)) {
    const level = schooling.level;
    if (level === "sd") mask |= BIT.sd;
    else if (level === "smp") mask |= BIT.smp;
    else if (level === "sma") mask |= BIT.sma;
  }
  if (person.disability === "severe") mask |= BIT.severe_disability;
  if (age >= rules.elderlyAge) mask |= BIT.elderly;
  if (pregnancy === "paid") mask |= BIT.pregnancy;
  return mask & rules.enabled;
}

// Women of childbearing age (BPS: wanita usia subur 15–49) and school-age children (6–18, SD to SMA)
// should have pregnancy and schooling recorded; everyone should have disability recorded. When no
// component is found and such data is missing, the family's PKH is unknown rather than refused.
const CHILDBEARING = { min: 15, max: 49 };
const SCHOOL_AGE = { min: 6, max: 18 };

/** What a scan of the family finds: the components, and what is missing to tell. @internal */
export interface PkhScan {
  /** Components some living member qualifies for. */
  readonly mask: number;
  /** A pregnancy whose order is not recorded (never paid; the family is undetermined if nothing else is found). */
  readonly pregnancyOrderMissing: boolean;
  /** The first field missing to tell whether a member qualifies (`disability`, `pregnancy`, `schooling`). */
  readonly missing: string | undefined;
}

/**
 * Scan the living members of a family for PKH components on `asOf`.
 * @internal
 */
export function scanPkh(context: ProgramContext, rules: PkhRules): PkhScan {
  const members = membersOf(context);
  const ages = context.facts.ages;
  const asOf = context.asOf;
  let mask = 0;
  let pregnancyOrderMissing = false;
  let missing: string | undefined;
  for (let i = 0; i < members.length; i++) {
    const person = members[i] as MemberFacts;
    if (absentOn(person, asOf, ages[i])) continue;
    const age = ages[i] as number;
    const pregnancy = pregnancyStatus(person, rules);
    mask |= memberMask(person, age, rules, pregnancy);
    if (pregnancy === "unknown" && (rules.enabled & BIT.pregnancy) !== 0) pregnancyOrderMissing = true;
    if (person.disability === undefined) missing ??= "disability";
    else if (person.sex === "female" && age >= CHILDBEARING.min && age <= CHILDBEARING.max && person.pregnancy === undefined) missing ??= "pregnancy";
    else if (age >= SCHOOL_AGE.min && age <= SCHOOL_AGE.max && person.schooling === undefined) missing ??= "schooling";
  }
  return { mask, pregnancyOrderMissing, missing };
}
