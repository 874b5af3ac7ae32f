// Reading one score component of one household: the component's value when every unknown is
// resolved towards the lowest priority (`low`) and towards the highest (`high`). When the data are
// complete enough, both are equal and there is no gap; otherwise the gaps say what is missing and the
// missing-data policy decides (see _householdScore.ts).
import type { IssuePath } from "../message/error.js";
import { renderMessage, type MessageValues, type Text } from "../message/message.js";
import type { Household } from "../household/household.js";
import { povertyCriteriaVerdict } from "../household/povertyCriteria.js";
import { rtlhVerdict } from "../household/rtlh.js";
import { sanitationVerdict } from "../household/sanitation.js";
import { codesWhere, type Tri } from "../household/tri.js";
import { waterVerdict } from "../household/water.js";
import { ageOn } from "../time/calendar.js";
import type { IsoDate } from "../time/isoDate.js";
import * as F from "../_internal/fraction.js";
import type { HouseholdScoreComponent } from "./_householdComponents.js";
import { householdPriorityMessages } from "./messages.js";
import { absentOn } from "../household/_occupants.js";

type Code = keyof typeof householdPriorityMessages;
const text = (code: Code, values: MessageValues = {}): Text => renderMessage(householdPriorityMessages[code], values);

/** One resolution of a component: the raw value used, its normalised value and a short detail (rendered on demand). @internal */
export interface Side {
  readonly raw: number | null;
  readonly normalised: F.Fraction;
  readonly detail: () => Text;
}

/** A missing datum, with the paths inside the household where it is missing. @internal */
export interface Gap {
  readonly text: Text;
  readonly paths: readonly IssuePath[];
}

/** A component read on one household. `gaps` is empty exactly when `low` and `high` agree. @internal */
export interface Reading {
  readonly low: Side;
  readonly high: Side;
  readonly gaps: readonly Gap[];
}

/** A household with its ages on `asOf`, computed once for all components. @internal */
export interface HouseholdView {
  readonly household: Household;
  readonly asOf: IsoDate;
  /** Age per member in member order; `undefined` for a member born after `asOf` (not yet a member). */
  readonly ages: readonly (number | undefined)[];
}

const digits = (text: string, start: number, end: number) => Number(text.slice(start, end));

/**
 * Completed years, by the rule of `ageOn` (a 29 February birthday turns on 1 March in common years),
 * read from two valid ISO dates without re-parsing them; `undefined` when born after `asOf`.
 */
function ageOnDate(birthDate: IsoDate, asOf: IsoDate): number | undefined {
  if (birthDate > asOf) return undefined;
  if (birthDate.length !== 10 || asOf.length !== 10) return ageOn(birthDate, asOf);
  const years = digits(asOf, 0, 4) - digits(birthDate, 0, 4);
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Build the view of a household on a date; ages only when a component needs them. @internal */
export function viewOf(household: Household, asOf: IsoDate, withAges: boolean): HouseholdView {
  // A member who died on or before `asOf`, or was born after it, has no age: counted in no member component.
  return { household, asOf, ages: withAges ? household.members.map((m) => (absentOn(m, asOf) ? undefined : ageOnDate(m.birthDate, asOf))) : [] };
}

function settled(low: Side, high: Side, gaps: () => readonly Gap[]): Reading {
  return { low, high, gaps: F.compare(low.normalised, high.normalised) === 0 ? [] : gaps() };
}

function memberCount(yes: number, unknown: number, cap: number, gaps: () => readonly Gap[]): Reading {
  const side = (count: number): Side => ({
    raw: count,
    normalised: F.fraction(BigInt(Math.min(count, cap)), BigInt(cap)),
    detail: () => (count > cap ? text("priority.household.detail.members_capped", { count, cap }) : text("priority.household.detail.members", { count })),
  });
  return settled(side(yes), side(yes + unknown), gaps);
}

function countOf(yes: number, unknown: number, total: number, gap: () => Gap): Reading {
  const side = (count: number): Side => ({
    raw: count,
    normalised: F.fraction(BigInt(count), BigInt(total)),
    detail: () => text("priority.household.detail.count_of", { count, total }),
  });
  return settled(side(yes), side(yes + unknown), () => [gap()]);
}

function missingValue(detail: () => Text, gap: Gap): Reading {
  return { low: { raw: null, normalised: F.ZERO, detail }, high: { raw: null, normalised: F.ONE, detail }, gaps: [gap] };
}

function join(parts: readonly Text[]): Text {
  return { id: parts.map((p) => p.id).join(", "), en: parts.map((p) => p.en).join(", ") };
}

function readDesil(view: HouseholdView): Reading {
  const desil = view.household.desil;
  const noDesil = () => text("priority.household.detail.no_desil");
  if (desil === undefined) return missingValue(noDesil, { text: text("priority.household.gap.no_desil"), paths: [["desil"]] });
  if (desil.asOf > view.asOf) {
    const gap = text("priority.household.gap.desil_after", { desilAsOf: desil.asOf, asOf: view.asOf });
    return missingValue(noDesil, { text: gap, paths: [["desil", "asOf"]] });
  }
  const side: Side = { raw: desil.value, normalised: F.fraction(BigInt(10 - desil.value), 9n), detail: () => text("priority.household.detail.desil", { desil: desil.value }) };
  return { low: side, high: side, gaps: [] };
}

function readHousing(view: HouseholdView, poorFloor: ReadonlySet<string> | undefined): Reading {
  const h = view.household;
  // A deprivation: no proper water, no proper sanitation, an RTLH dwelling.
  const facts: { deprived: Tri; name: Code }[] = [
    { deprived: flip(waterVerdict(h).holds), name: "priority.household.deprivation.water" },
    { deprived: flip(sanitationVerdict(h).holds), name: "priority.household.deprivation.sanitation" },
    { deprived: rtlhVerdict(h, poorFloor, view.asOf).holds, name: "priority.household.deprivation.rtlh" },
  ];
  const yes = facts.filter((f) => f.deprived === "yes").length;
  const unknown = facts.filter((f) => f.deprived === "unknown");
  const gap = (): Gap => {
    const which = join(unknown.map((f) => text(f.name)));
    return { text: renderBoth("priority.household.gap.deprivations", { unknown: unknown.length, total: facts.length }, { which }), paths: [["housing"]] };
  };
  return countOf(yes, unknown.length, facts.length, gap);
}

function flip(holds: Tri): Tri {
  return holds === "yes" ? "no" : holds === "no" ? "yes" : "unknown";
}

/** Render a message whose `Text` values are taken in the matching language. @internal */
export function renderBoth(code: Code, values: MessageValues, texts: Readonly<Record<string, Text>>): Text {
  const pick = (lang: "id" | "en") => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v[lang]]));
  return { id: renderMessage(householdPriorityMessages[code], { ...values, ...pick("id") }).id, en: renderMessage(householdPriorityMessages[code], { ...values, ...pick("en") }).en };
}

/** The label of an external score. @internal */
export function externalLabel(label: string | undefined): Text {
  return label === undefined ? text("priority.household.component.external") : { id: label, en: label };
}

/**
 * Read a (validated) component on a household. `cap`, ages and range are the component's own or
 * their documented defaults.
 * @internal
 */
export function readComponent(component: HouseholdScoreComponent, view: HouseholdView, external?: { min: F.Fraction; max: F.Fraction }, poorFloor?: ReadonlySet<string>): Reading {
  const { household, ages } = view;
  const members = household.members;
  const cap = "cap" in component && component.cap !== undefined ? component.cap : 1;
  switch (component.kind) {
    case "desil":
      return readDesil(view);
    case "poverty-criteria": {
      const result = povertyCriteriaVerdict(household, component.options ?? {}, view.asOf);
      const gap = (): Gap => {
        const which = codesWhere(result.criteria, "unknown").map((code) => code.replace("household.poor14.", "")).join(", ");
        return { text: text("priority.household.gap.criteria", { unknown: result.unknownCount, total: result.criteria.length, which }), paths: [[]] };
      };
      return countOf(result.count, result.unknownCount, result.criteria.length, gap);
    }
    case "housing-deprivations":
      return readHousing(view, poorFloor);
    case "external": {
      const range = external as { min: F.Fraction; max: F.Fraction };
      const label = externalLabel(component.label);
      const has = Object.prototype.hasOwnProperty.call(component.values, household.id);
      if (!has || component.values[household.id] === undefined) {
        return missingValue(() => text("priority.household.detail.no_value"), { text: renderBoth("priority.household.gap.no_external", {}, { label }), paths: [[]] });
      }
      const value = component.values[household.id] as number;
      const scaled = F.div(F.sub(F.fromNumber(value), range.min), F.sub(range.max, range.min));
      const side: Side = {
        raw: value,
        normalised: component.direction === "lower-first" ? F.sub(F.ONE, scaled) : scaled,
        detail: () => text("priority.household.detail.value", { value }),
      };
      return { low: side, high: side, gaps: [] };
    }
    case "elderly": {
      const threshold = component.ageAtLeast ?? 60;
      return memberCount(ages.filter((a) => a !== undefined && a >= threshold).length, 0, cap, () => []);
    }
    case "young-children": {
      const limit = component.ageBelow ?? 6;
      return memberCount(ages.filter((a) => a !== undefined && a < limit).length, 0, cap, () => []);
    }
    case "severe-disability": {
      let yes = 0;
      const paths: IssuePath[] = [];
      members.forEach((m, i) => {
        if (ages[i] === undefined) return;
        if (m.disability === "severe") yes += 1;
        else if (m.disability === undefined) paths.push(["members", i, "disability"]);
      });
      return memberCount(yes, paths.length, cap, () => [{ text: text("priority.household.gap.disability", { count: paths.length }), paths }]);
    }
    case "pregnancy": {
      let yes = 0;
      const paths: IssuePath[] = [];
      members.forEach((m, i) => {
        const age = ages[i];
        if (age === undefined) return;
        if (m.pregnancy === "pregnant" || m.pregnancy === "postpartum") yes += 1;
        else if (m.pregnancy === undefined && m.sex === "female" && age >= 15 && age <= 49) paths.push(["members", i, "pregnancy"]);
      });
      return memberCount(yes, paths.length, cap, () => [{ text: text("priority.household.gap.pregnancy", { count: paths.length }), paths }]);
    }
    case "female-head": {
      const female = members.some((m) => m.relationship === "head" && m.sex === "female");
      const side: Side = { raw: female ? 1 : 0, normalised: female ? F.ONE : F.ZERO, detail: () => text(female ? "priority.household.detail.yes" : "priority.household.detail.no") };
      return { low: side, high: side, gaps: [] };
    }
  }
}
