import { renderMessage, type MessageValues, type Text } from "../message/message.js";
import type { Household } from "./household.js";
import { householdMessages, type HouseholdMessageCode } from "./messages.js";
import { renderAmounts, type AmountValues } from "../money/_shownAmount.js";

/**
 * A three-valued answer: `"unknown"` when the data a criterion needs is missing (or cannot be
 * classified), so that missing data is never mistaken for "no".
 * @example
 * const holds: Tri = "unknown";
 * @category Households
 */
export type Tri = "yes" | "no" | "unknown";

/**
 * One criterion's result: a stable code, whether it holds, why (in Bahasa Indonesia and English),
 * and the recorded value it looked at, when there is one.
 * @example
 * const criterion: Criterion = {
 *   code: "household.rtlh.floor_area",
 *   holds: "yes",
 *   reason: { id: "Luas lantai 6,5 m² per orang, kurang dari 7,2 m²", en: "Floor area 6.5 m² per person, less than 7.2 m²" },
 *   received: 6.5,
 * };
 * @category Households
 */
export interface Criterion {
  /** Stable code, e.g. `household.poor14.lighting`. */
  readonly code: string;
  /** Whether the criterion holds; `"unknown"` when its data is missing. */
  readonly holds: Tri;
  /** Why, in both languages. */
  readonly reason: Text;
  /** The recorded value the criterion looked at (an enum value, a number), when there is one. */
  readonly received?: string | number | boolean;
}

/**
 * A derived fact with its reasons: the verdict (`holds`), a summary, every criterion evaluated
 * (none is skipped), and the codes of the criteria that hold, do not hold, and lack data.
 * @example
 * const household = Household.parse({
 *   id: "h1", regency: "64.72", housing: { drinkingWater: "piped" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 * });
 * const water = assessDrinkingWater(household);
 * water.holds //=> "yes"
 * water.criteria[0].reason.en //=> "Proper drinking-water source: piped, …"
 * @category Households
 */
export interface CriteriaAssessment {
  /** Stable code of the fact, e.g. `household.sanitation`. */
  readonly code: string;
  /** The verdict. */
  readonly holds: Tri;
  /** The verdict explained, in both languages. */
  readonly reason: Text;
  /** Every criterion, in a fixed order. */
  readonly criteria: readonly Criterion[];
  /** Codes of the criteria that hold. */
  readonly met: readonly string[];
  /** Codes of the criteria that do not hold (for rumah layak huni: the ones that failed). */
  readonly notMet: readonly string[];
  /** Codes of the criteria whose data is missing. */
  readonly unknown: readonly string[];
}

/**
 * A criterion decided but not rendered: the fast core of every criteria assessment. Its reason is
 * a message code with its values (a function when the values themselves cost something to build,
 * e.g. objects built per household); amounts are `Rupiah`s, written per language, rendered only by {@link renderCriterion}.
 * @internal
 */
export interface CriterionVerdict {
  readonly code: string;
  readonly holds: Tri;
  readonly reason: HouseholdMessageCode;
  readonly values: AmountValues | ((household: Household) => AmountValues) | undefined;
  /** The received value, or a function of the household that reads it (so a verdict can be a constant). */
  readonly received: Received | ((household: Household) => Received | undefined) | undefined;
}

/** A criterion's recorded value. @internal */
export type Received = string | number | boolean;

/** A verdict with its criteria, not rendered. @internal */
export interface CriteriaVerdict {
  readonly holds: Tri;
  readonly criteria: readonly CriterionVerdict[];
}

/** Decide a criterion without rendering it. @internal */
export function verdict(
  code: string,
  holds: Tri,
  reason: HouseholdMessageCode,
  values?: CriterionVerdict["values"],
  received?: CriterionVerdict["received"],
): CriterionVerdict {
  return { code, holds, reason, values, received };
}

/** Render a decided criterion of `household` into the public {@link Criterion}. @internal */
export function renderCriterion(household: Household, v: CriterionVerdict): Criterion {
  const values = typeof v.values === "function" ? v.values(household) : (v.values ?? {});
  // Amounts are `Rupiah`s, written for each language here: Rp600.000 / Rp600,000.
  const text = renderAmounts(householdMessages[v.reason], values);
  const { code, holds } = v;
  const received = typeof v.received === "function" ? v.received(household) : v.received;
  return received === undefined ? { code, holds, reason: text } : { code, holds, reason: text, received };
}

/** Render the decided criteria of `household`. @internal */
export function renderCriteria(household: Household, criteria: readonly CriterionVerdict[]): Criterion[] {
  return criteria.map((c) => renderCriterion(household, c));
}

/** The three constant verdicts of a criterion whose reason is `<code>.yes|no|unknown`. @internal */
export interface TriVerdicts {
  readonly yes: CriterionVerdict;
  readonly no: CriterionVerdict;
  readonly unknown: CriterionVerdict;
}

/**
 * Build, once, the verdicts of a criterion whose reason is `<code>.<holds>` and whose values and
 * received value are functions of the household: deciding it then allocates nothing.
 * @internal
 */
export function triVerdicts(code: string, values?: CriterionVerdict["values"], received?: CriterionVerdict["received"]): TriVerdicts {
  const one = (holds: Tri) => verdict(code, holds, `${code}.${holds}` as HouseholdMessageCode, values, received);
  return { yes: one("yes"), no: one("no"), unknown: one("unknown") };
}

/** The verdict for `holds` (fixed property reads, cheaper than a keyed lookup). @internal */
export function pick(verdicts: TriVerdicts, holds: Tri): CriterionVerdict {
  return holds === "yes" ? verdicts.yes : holds === "no" ? verdicts.no : verdicts.unknown;
}

/** Kleene OR of two answers. @internal */
export function eitherHolds(a: Tri, b: Tri): Tri {
  return a === "yes" || b === "yes" ? "yes" : a === "unknown" || b === "unknown" ? "unknown" : "no";
}

/** Codes of the criteria whose verdict is `tri`. @internal */
export function codesWhere(criteria: readonly { readonly code: string; readonly holds: Tri }[], tri: Tri): string[] {
  const out: string[] = [];
  for (const c of criteria) if (c.holds === tri) out.push(c.code);
  return out;
}

/** How many criteria have the verdict `tri`. @internal */
export function countWhere(criteria: readonly { readonly holds: Tri }[], tri: Tri): number {
  let n = 0;
  for (const c of criteria) if (c.holds === tri) n++;
  return n;
}

/** Build an assessment from its criteria. @internal */
export function assessment(
  code: string,
  holds: Tri,
  reason: HouseholdMessageCode,
  values: MessageValues,
  criteria: readonly Criterion[],
): CriteriaAssessment {
  return {
    code,
    holds,
    reason: renderMessage(householdMessages[reason], values),
    criteria,
    met: codesWhere(criteria, "yes"),
    notMet: codesWhere(criteria, "no"),
    unknown: codesWhere(criteria, "unknown"),
  };
}

/** `decisive` when some criterion has it, else "unknown" when some lacks data, else `otherwise`. */
function settle(criteria: readonly { readonly holds: Tri }[], decisive: Tri, otherwise: Tri): Tri {
  let unknown = false;
  for (const c of criteria) {
    if (c.holds === decisive) return decisive;
    if (c.holds === "unknown") unknown = true;
  }
  return unknown ? "unknown" : otherwise;
}

/** "yes" when all criteria hold, "no" when any does not, else "unknown". @internal */
export function allCriteriaHold(criteria: readonly { readonly holds: Tri }[]): Tri {
  return settle(criteria, "no", "yes");
}

/** "yes" when any criterion holds, "no" when none can, else "unknown". @internal */
export function anyCriterionHolds(criteria: readonly { readonly holds: Tri }[]): Tri {
  return settle(criteria, "yes", "no");
}
/** Tri of a membership test on an optional value; `unclassified` values give "unknown". @internal */
export function inSet<T extends string>(value: T | undefined, set: ReadonlySet<T>, unclassified?: T): Tri {
  if (value === undefined || value === unclassified) return "unknown";
  return set.has(value) ? "yes" : "no";
}
