// Validate the declared components, read them on every household, apply the missing-data policy and
// compute each score as an exact fraction, so equal inputs give exactly equal scores.
import { TepatSasaranError, failure, type Issue } from "../message/error.js";
import { numberText, renderMessage, type Text } from "../message/message.js";
import type { Household } from "../household/household.js";
import { AN_OBJECT } from "../household/_badOption.js";
import { poorFloorExpected, poorFloorSet } from "../household/rtlh.js";
import { describeValue, redactText } from "../message/redact.js";
import type { IsoDate } from "../time/isoDate.js";
import * as F from "../_internal/fraction.js";
import { COMPONENT_KINDS, type HouseholdScoreComponent, type MissingDataPolicy } from "./_householdComponents.js";
import { externalLabel, readComponent, renderBoth, viewOf, type Gap, type Side } from "./_householdRead.js";
import { householdPriorityMessages, priorityMessages } from "./messages.js";

const POLICIES: readonly MissingDataPolicy[] = ["error", "exclude", "lowest", "highest"];
const AGE_KINDS: readonly HouseholdScoreComponent["kind"][] = ["elderly", "young-children", "severe-disability", "pregnancy"];

/** A validated component, its weight divided by the sum of weights. @internal */
export interface PreparedComponent {
  readonly spec: HouseholdScoreComponent;
  readonly label: Text;
  readonly weight: F.Fraction;
  readonly policy: MissingDataPolicy;
  readonly range?: { readonly min: F.Fraction; readonly max: F.Fraction };
  /** `housing-deprivations`: the poor floor materials of the RTLH check, read once. */
  readonly poorFloor?: ReadonlySet<string>;
}

/** One component of one household's score. @internal */
export interface ScoredPart {
  readonly component: PreparedComponent;
  readonly side: Side;
  /** Set when a gap was resolved by the `lowest` or `highest` policy. */
  readonly assumed?: { readonly policy: "lowest" | "highest"; readonly gaps: readonly Gap[] };
}

/** A household with its exact score. @internal */
export interface ScoredHousehold {
  readonly index: number;
  readonly household: Household;
  readonly parts: readonly ScoredPart[];
  readonly score: F.Fraction;
}

/** A household left out by the `exclude` policy. @internal */
export interface ExcludedHousehold {
  readonly id: string;
  readonly index: number;
  readonly gaps: readonly Text[];
  readonly reason: Text;
}

/** What `min` and `max` must be, in each language. */
const FINITE: Text = { id: "bilangan hingga", en: "finite number" };

/** `priority.bad_component_option`: `expected` worded in each language (or a range, alike in both). */
const badOption = (index: number, option: string, value: unknown, expected: string | Text) =>
  failure(householdPriorityMessages, "priority.bad_component_option", { index, option, value: typeof value === "number" ? value : describeValue(value), expected });

function integerOption(component: Record<string, unknown>, index: number, option: string, min: number, max: number): void {
  const value = component[option];
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw badOption(index, option, value, `${min}–${max}`);
  }
}

function labelOf(spec: HouseholdScoreComponent): Text {
  switch (spec.kind) {
    case "external":
      return externalLabel(spec.label);
    case "elderly":
      return renderMessage(householdPriorityMessages["priority.household.component.elderly"], { age: spec.ageAtLeast ?? 60 });
    case "young-children":
      return renderMessage(householdPriorityMessages["priority.household.component.young-children"], { age: spec.ageBelow ?? 6 });
    default:
      return renderMessage(householdPriorityMessages[`priority.household.component.${spec.kind}`]);
  }
}

function checkPolicy(value: unknown): MissingDataPolicy {
  if (!POLICIES.includes(value as MissingDataPolicy)) throw failure(householdPriorityMessages, "priority.bad_missing_policy", { value: String(value) });
  return value as MissingDataPolicy;
}

function checkExternal(spec: HouseholdScoreComponent & { kind: "external" }, index: number): { min: F.Fraction; max: F.Fraction } {
  const low = spec.min ?? 0;
  const high = spec.max ?? 1;
  if (typeof low !== "number" || !Number.isFinite(low)) throw badOption(index, "min", low, FINITE);
  if (typeof high !== "number" || !Number.isFinite(high) || high <= low) throw badOption(index, "max", high, { id: `${FINITE.id} > ${numberText(low, "id")}`, en: `${FINITE.en} > ${low}` });
  if (typeof spec.values !== "object" || spec.values === null) throw badOption(index, "values", spec.values, { id: "id rumah tangga → bilangan", en: "household id → number" });
  const label = externalLabel(spec.label).en;
  for (const [id, value] of Object.entries(spec.values)) {
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < low || value > high) {
      throw failure(householdPriorityMessages, "priority.bad_external_value", { label, id: redactText(id), value: String(value), min: low, max: high });
    }
  }
  return { min: F.fromNumber(low), max: F.fromNumber(high) };
}

function checkPoorFloor(spec: HouseholdScoreComponent & { kind: "housing-deprivations" }, index: number): ReadonlySet<string> {
  const options: unknown = spec.options;
  if (options !== undefined && (options === null || typeof options !== "object")) throw badOption(index, "options", options, AN_OBJECT);
  const materials = spec.options?.poorFloorMaterials;
  const set = poorFloorSet(materials);
  if (set === undefined) throw badOption(index, "options.poorFloorMaterials", materials, poorFloorExpected());
  return set;
}

/** Validate the components and normalise their weights. @internal */
export function prepareComponents(components: readonly HouseholdScoreComponent[], missing: unknown): PreparedComponent[] {
  const fallback = checkPolicy(missing ?? "error");
  if (!Array.isArray(components) || components.length === 0) throw failure(priorityMessages, "priority.zero_weights");
  const weights = components.map((c, index) => {
    if (typeof c !== "object" || c === null || !COMPONENT_KINDS.includes(c.kind)) {
      throw failure(householdPriorityMessages, "priority.unknown_component", { index, kind: String((c as { kind?: unknown } | null)?.kind) });
    }
    if (typeof c.weight !== "number" || !Number.isFinite(c.weight) || c.weight < 0) {
      throw failure(priorityMessages, "priority.bad_weight", { index, value: String(c.weight) });
    }
    return F.fromNumber(c.weight);
  });
  const sum = weights.reduce(F.add, F.ZERO);
  if (F.isZero(sum)) throw failure(priorityMessages, "priority.zero_weights");
  return components.map((spec, index) => {
    const record = spec as unknown as Record<string, unknown>;
    integerOption(record, index, "cap", 1, 1000);
    integerOption(record, index, "ageAtLeast", 0, 150);
    integerOption(record, index, "ageBelow", 1, 150);
    const base = { spec, label: labelOf(spec), weight: F.div(weights[index] as F.Fraction, sum), policy: spec.missing === undefined ? fallback : checkPolicy(spec.missing) };
    if (spec.kind === "external") return { ...base, range: checkExternal(spec, index) };
    if (spec.kind === "housing-deprivations") return { ...base, poorFloor: checkPoorFloor(spec, index) };
    return base;
  });
}

const joinTexts = (texts: readonly Text[]): Text => ({ id: texts.map((t) => t.id).join("; "), en: texts.map((t) => t.en).join("; ") });

/** What one household's reading gives: a score, or the gaps that exclude it or are an error. @internal */
export type HouseholdReading =
  | { readonly kind: "scored"; readonly parts: readonly ScoredPart[]; readonly score: F.Fraction }
  | { readonly kind: "excluded"; readonly gaps: readonly Gap[] }
  | { readonly kind: "error"; readonly gaps: readonly Gap[] };

/** Whether the components read members' ages (so the view needs them). @internal */
export function readsAges(components: readonly PreparedComponent[]): boolean {
  return components.some((c) => AGE_KINDS.includes(c.spec.kind));
}

/** Read every component on one household and apply the missing-data policy. @internal */
export function scoreHousehold(household: Household, components: readonly PreparedComponent[], asOf: IsoDate, withAges: boolean): HouseholdReading {
  const view = viewOf(household, asOf, withAges);
  const parts: ScoredPart[] = [];
  const toError: Gap[] = [];
  const toExclude: Gap[] = [];
  for (const component of components) {
    const reading = readComponent(component.spec, view, component.range, component.poorFloor);
    if (reading.gaps.length === 0) parts.push({ component, side: reading.low });
    else if (component.policy === "error") toError.push(...reading.gaps);
    else if (component.policy === "exclude") toExclude.push(...reading.gaps);
    else {
      const side = component.policy === "lowest" ? reading.low : reading.high;
      parts.push({ component, side, assumed: { policy: component.policy, gaps: reading.gaps } });
    }
  }
  if (toError.length > 0) return { kind: "error", gaps: toError };
  if (toExclude.length > 0) return { kind: "excluded", gaps: toExclude };
  return { kind: "scored", parts, score: parts.reduce((sum, p) => F.add(sum, F.mul(p.component.weight, p.side.normalised)), F.ZERO) };
}

/** The error of a repeated household id in one ranking. @internal */
export function duplicateHousehold(id: string): TepatSasaranError {
  return failure(householdPriorityMessages, "priority.duplicate_household", { id: redactText(id) });
}

/**
 * The gaps under the `error` policy of a ranking's households, gathered in input order and thrown
 * together as `priority.household_missing_data` (one issue per path). @internal
 */
export class GapErrors {
  readonly #issues: Issue[] = [];
  readonly #texts: Text[] = [];
  #households = 0;
  #gaps = 0;

  /** The gaps of the household at `index` of the ranking (its id redacted by the caller). */
  add(id: string, index: number, gaps: readonly Gap[]): void {
    this.#households += 1;
    for (const gap of gaps) {
      const message = renderBoth("priority.household.gap_issue", { id, index }, { gap: gap.text });
      this.#gaps += 1;
      if (this.#texts.length < 5) this.#texts.push(message);
      for (const path of gap.paths) this.#issues.push({ path: [index, ...path], code: "priority.household.gap_issue", message });
    }
  }

  /** Throw the gathered gaps, if any. */
  throwIfAny(): void {
    if (this.#issues.length === 0) return;
    const texts = this.#texts;
    const more = this.#gaps > texts.length ? "; …" : "";
    const details = { id: texts.map((t) => t.id).join("; ") + more, en: texts.map((t) => t.en).join("; ") + more };
    const text = renderBoth("priority.household_missing_data", { count: this.#households }, { details });
    throw new TepatSasaranError("priority.household_missing_data", text, this.#issues);
  }
}

/**
 * Score every household. Throws `priority.duplicate_household` for a repeated id, and
 * `priority.household_missing_data` (with one issue per missing datum) when a component whose policy
 * is `error` has a gap.
 * @internal
 */
export function scoreHouseholds(
  households: readonly Household[],
  components: readonly PreparedComponent[],
  asOf: IsoDate,
): { scored: ScoredHousehold[]; excluded: ExcludedHousehold[] } {
  const withAges = readsAges(components);
  const seen = new Set<string>();
  const scored: ScoredHousehold[] = [];
  const excluded: ExcludedHousehold[] = [];
  const errors = new GapErrors();
  households.forEach((household, index) => {
    if (seen.has(household.id)) throw duplicateHousehold(household.id);
    seen.add(household.id);
    const reading = scoreHousehold(household, components, asOf, withAges);
    const id = redactText(household.id);
    if (reading.kind === "error") errors.add(id, index, reading.gaps);
    else if (reading.kind === "excluded") {
      const gaps = reading.gaps.map((g) => g.text);
      excluded.push({ id: household.id, index, gaps, reason: renderBoth("priority.household.excluded", { id }, { gaps: joinTexts(gaps) }) });
    } else scored.push({ index, household, parts: reading.parts, score: reading.score });
  });
  errors.throwIfAny();
  return { scored, excluded };
}
