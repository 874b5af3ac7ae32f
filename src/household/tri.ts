import { renderMessage, type MessageValues, type Text } from "../message/message.js";
import { householdMessages, type HouseholdMessageCode } from "./messages.js";

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
 *   reason: { id: "Luas lantai 6.5 m² per orang, kurang dari 7,2 m²", en: "Floor area 6.5 m² per person, less than 7.2 m²" },
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

/** Build a criterion from a reason message. @internal */
export function criterion(
  code: string,
  holds: Tri,
  reason: HouseholdMessageCode,
  values: MessageValues = {},
  received?: string | number | boolean,
): Criterion {
  const text = renderMessage(householdMessages[reason], values);
  return received === undefined ? { code, holds, reason: text } : { code, holds, reason: text, received };
}

/** Build an assessment from its criteria. @internal */
export function assessment(
  code: string,
  holds: Tri,
  reason: HouseholdMessageCode,
  values: MessageValues,
  criteria: readonly Criterion[],
): CriteriaAssessment {
  const pick = (tri: Tri) => criteria.filter((c) => c.holds === tri).map((c) => c.code);
  return {
    code,
    holds,
    reason: renderMessage(householdMessages[reason], values),
    criteria,
    met: pick("yes"),
    notMet: pick("no"),
    unknown: pick("unknown"),
  };
}

/** "yes" when all hold, "no" when any does not, else "unknown". @internal */
export function allHold(values: readonly Tri[]): Tri {
  if (values.includes("no")) return "no";
  return values.includes("unknown") ? "unknown" : "yes";
}

/** "yes" when any holds, "no" when none can, else "unknown". @internal */
export function anyHolds(values: readonly Tri[]): Tri {
  if (values.includes("yes")) return "yes";
  return values.includes("unknown") ? "unknown" : "no";
}

/** Tri of a membership test on an optional value; `unclassified` values give "unknown". @internal */
export function inSet<T extends string>(value: T | undefined, set: readonly T[], unclassified: readonly T[] = []): Tri {
  if (value === undefined || unclassified.includes(value)) return "unknown";
  return set.includes(value) ? "yes" : "no";
}
