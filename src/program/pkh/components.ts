import type { Household } from "../../household/household.js";
import type { Person } from "../../household/person.js";
import type { Rupiah } from "../../money/rupiah.js";
import type { NumberRange } from "../../rule/check.js";
import type { ParameterValue } from "../../time/parameter.js";
import { requireAmount, requireCount } from "../_read.js";
import { asRange, inRange } from "../checks.js";
import type { ProgramContext } from "../program.js";

/**
 * The PKH components, in the order that breaks ties between equal amounts.
 * @category Programs
 */
export type PkhComponent = "pregnancy" | "early_childhood" | "sd" | "smp" | "sma" | "severe_disability" | "elderly";

/**
 * Every PKH component, in tie-break order.
 * @example PKH_COMPONENTS.length //=> 7
 * @category Programs
 */
export const PKH_COMPONENTS: readonly PkhComponent[] = ["pregnancy", "early_childhood", "sd", "smp", "sma", "severe_disability", "elderly"];

/** Which per-family cap a component falls under, besides the cap on all components. */
const CAP: Readonly<Record<PkhComponent, string | undefined>> = {
  pregnancy: "pkh.cap.pregnancy",
  early_childhood: "pkh.cap.early_childhood",
  sd: "pkh.cap.school",
  smp: "pkh.cap.school",
  sma: "pkh.cap.school",
  severe_disability: undefined,
  elderly: undefined,
};

/**
 * The components one person qualifies for on `asOf` (before the one-per-person rule and the caps):
 * pregnant or postpartum; early childhood (age in `pkh.early_childhood_age`, default 0–6); enrolled in
 * SD, SMP or SMA/SMK; severe disability; elderly (age ≥ `pkh.elderly_min_age`, default 60).
 * @internal
 */
export function componentsOf(person: Person, age: number, earlyChildhood: NumberRange, elderlyAge: number): PkhComponent[] {
  const mask = componentMask(person, age, earlyChildhood, elderlyAge);
  return PKH_COMPONENTS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/**
 * {@link componentsOf} as a bit mask (bit i = `PKH_COMPONENTS[i]`), without allocating.
 * @internal
 */
export function componentMask(person: Person, age: number, earlyChildhood: NumberRange, elderlyAge: number): number {
  let mask = 0;
  if (person.pregnancy === "pregnant" || person.pregnancy === "postpartum") mask |= 1;
  if (inRange(age, earlyChildhood)) mask |= 2;
  const schooling = person.schooling;
  if (schooling?.enrolled) {
    const level = schooling.level;
    if (level === "sd") mask |= 4;
    else if (level === "smp") mask |= 8;
    else if (level === "sma") mask |= 16;
  }
  if (person.disability === "severe") mask |= 32;
  if (age >= elderlyAge) mask |= 64;
  return mask;
}

/**
 * One member's counted (or capped) PKH component.
 * @category Programs
 */
export interface PkhComponentLine {
  /** Member index. */
  readonly member: number;
  /** The component (the member's highest). */
  readonly component: PkhComponent;
  /** Yearly amount. */
  readonly amount: Rupiah;
  /** The amount parameter. */
  readonly parameter: ParameterValue<unknown>;
  /** For a component left out: the cap parameter id that left it out. */
  readonly cappedBy?: string | undefined;
  /** For a component left out: the cap's value. */
  readonly cap?: number | undefined;
}

/**
 * The result of {@link pkhComponents}.
 * @category Programs
 */
export interface PkhComponents {
  /** Components counted, highest amount first. */
  readonly counted: PkhComponentLine[];
  /** Components the caps left out. */
  readonly capped: PkhComponentLine[];
}

/**
 * The PKH components of an eligible family on `asOf`, with the caps applied. Each member counts
 * once, for their highest-paid component (ties: component order). Then candidates are taken by
 * amount, highest first (ties: component order, then member order), skipping any that would
 * exceed a category cap (2 pregnancies, 2 early-childhood, 3 school children) or the family cap
 * (4 components). Taking the highest first maximises the family's total under the caps.
 *
 * @param household - The household.
 * @param context - The program context (parameters read on its `asOf`).
 * @returns Counted components and, separately, those the caps left out.
 * @example
 * pkhComponents(household, context).counted.map((c) => c.component) //=> ["early_childhood", "elderly", "sd"]
 * @category Programs
 */
export function pkhComponents(household: Household, context: ProgramContext): PkhComponents {
  const earlyChildhood = asRange(context.parameters.get("pkh.early_childhood_age")?.value) ?? { min: 0, max: -1 };
  const elderlyAge = requireCount(context, "pkh.elderly_min_age").value;
  const candidates: { line: PkhComponentLine; order: number }[] = [];
  household.members.forEach((person, member) => {
    let best: { line: PkhComponentLine; order: number } | undefined;
    for (const component of componentsOf(person, context.facts.ages[member] as number, earlyChildhood, elderlyAge)) {
      const { amount, parameter } = requireAmount(context, `pkh.amount.${component}`);
      const order = PKH_COMPONENTS.indexOf(component);
      if (best === undefined || amount.compare(best.line.amount) > 0) best = { line: { member, component, amount, parameter }, order };
    }
    if (best) candidates.push(best);
  });
  candidates.sort((a, b) => b.line.amount.compare(a.line.amount) || a.order - b.order || a.line.member - b.line.member);
  const total = requireCount(context, "pkh.cap.components").value;
  const used = new Map<string, number>();
  const counted: PkhComponentLine[] = [];
  const capped: PkhComponentLine[] = [];
  for (const { line } of candidates) {
    const capId = CAP[line.component];
    const cap = capId === undefined ? undefined : requireCount(context, capId).value;
    if (capId !== undefined && cap !== undefined && (used.get(capId) ?? 0) >= cap) {
      capped.push({ ...line, cappedBy: capId, cap });
    } else if (counted.length >= total) {
      capped.push({ ...line, cappedBy: "pkh.cap.components", cap: total });
    } else {
      counted.push(line);
      if (capId !== undefined) used.set(capId, (used.get(capId) ?? 0) + 1);
    }
  }
  return { counted, capped };
}
