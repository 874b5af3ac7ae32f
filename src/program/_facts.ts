import type { Household } from "../household/household.js";
import { compareShare } from "../household/exactRatio.js";
import { ageOn } from "../time/calendar.js";
import { parseIsoDate, type IsoDate } from "../time/isoDate.js";

/**
 * Facts derived from a household on one date, computed once per assessment and shared by every
 * program's checks (ages are needed by most programs; computing them once keeps the work per
 * household O(members)).
 * @category Programs
 */
export interface HouseholdFacts {
  /** The date the facts hold on. */
  readonly asOf: IsoDate;
  /** Each member's age in completed years on `asOf`, in member order. */
  readonly ages: readonly number[];
}

const ZERO = 48; // "0"

function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - ZERO);
  return value;
}

/**
 * Derive the shared facts of a household on a date.
 *
 * @param household - A parsed household.
 * @param asOf - The assessment date.
 * @returns Its facts.
 * @example
 * householdFacts(household, "2025-07-01").ages //=> [44, 41, 12, 5]
 * @category Programs
 */
export function householdFacts(household: Household, asOf: IsoDate): HouseholdFacts {
  return factsOn(asOfParts(asOf))(household);
}

/** An assessment date split once for many households. @internal */
export interface AsOfParts {
  readonly asOf: IsoDate;
  readonly year: number;
  readonly monthDay: number;
}

/** Split (and validate) an assessment date. @internal */
export function asOfParts(asOf: IsoDate): AsOfParts {
  const { year, month, day } = parseIsoDate(asOf);
  return { asOf, year, monthDay: month * 100 + day };
}

/**
 * The facts function for one date: ages from validated birth dates, parsing `asOf` only once.
 * @internal
 */
export function factsOn(on: AsOfParts): (household: Household) => HouseholdFacts {
  const { asOf, year, monthDay } = on;
  return (household) => {
    const members = household.members;
    const ages: number[] = [];
    for (let i = 0; i < members.length; i++) {
      const birth = (members[i] as Household["members"][number]).birthDate;
      if (birth.length !== 10 || birth > asOf) {
        ages.push(ageOn(birth, asOf));
        continue;
      }
      const born = digits(birth, 5, 7) * 100 + digits(birth, 8, 10);
      const years = year - digits(birth, 0, 4);
      ages.push(monthDay < born ? years - 1 : years);
    }
    return { asOf, ages };
  };
}

// ---------------------------------------------------------------------------------------------
// Lean housing facts. The household layer's assessDrinkingWater / assessSanitation / assessRtlh
// render a bilingual reason for every criterion on every call; program checks only need the
// verdict and the criterion codes (the check renders its own message on demand), and they run for
// every household of a batch. These mirror those functions' rules exactly (a property test in
// test/program/facts.prop.test.ts compares them on generated households) without rendering.

/** A three-valued fact, as in the household layer. @internal */
export type Tri3 = "yes" | "no" | "unknown";

/** The verdict of a criteria set, with the short codes of the criteria by outcome. @internal */
export interface LeanCriteria {
  readonly holds: Tri3;
  /** Criteria that hold. */
  readonly met: readonly string[];
  /** Criteria that do not hold. */
  readonly notMet: readonly string[];
  /** Criteria without data. */
  readonly unknown: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);
const IMPROVED_WATER: ReadonlySet<string> = new Set(["piped", "bore-well-pump", "protected-well", "protected-spring", "rain"]);
const ROTTING_WALL: ReadonlySet<string> = new Set(["woven-bamboo", "bamboo", "rumbia", "wood-low-quality"]);
const ROTTING_ROOF: ReadonlySet<string> = new Set(["bamboo", "thatch"]);
const POOR_FLOOR: ReadonlySet<string> = new Set(["earth", "bamboo", "wood-board", "wood-low-quality"]);

function lean(codes: readonly string[], values: readonly Tri3[], holds: Tri3): LeanCriteria {
  let met: string[] | undefined;
  let notMet: string[] | undefined;
  let unknown: string[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const code = codes[i] as string;
    if (v === "yes") (met ??= []).push(code);
    else if (v === "no") (notMet ??= []).push(code);
    else (unknown ??= []).push(code);
  }
  return { holds, met: met ?? NONE, notMet: notMet ?? NONE, unknown: unknown ?? NONE };
}

function allOf(values: readonly Tri3[]): Tri3 {
  return values.includes("no") ? "no" : values.includes("unknown") ? "unknown" : "yes";
}

function anyOf(a: Tri3, b: Tri3): Tri3 {
  return a === "yes" || b === "yes" ? "yes" : a === "unknown" || b === "unknown" ? "unknown" : "no";
}

/**
 * Air minum layak (BPS), as `assessDrinkingWater`: the verdict and the recorded source.
 * @internal
 */
export function drinkingWaterFact(household: Household): { holds: Tri3; received: string | undefined } {
  const drinking = household.housing?.drinkingWater;
  if (drinking === undefined) return { holds: "unknown", received: undefined };
  if (IMPROVED_WATER.has(drinking)) return { holds: "yes", received: drinking };
  if (drinking !== "bottled" && drinking !== "refill") return { holds: "no", received: drinking };
  const bathing = household.housing?.bathingWater;
  if (bathing === undefined) return { holds: "unknown", received: drinking };
  return { holds: IMPROVED_WATER.has(bathing) ? "yes" : "no", received: `${drinking}; bathing: ${bathing}` };
}

const SANITATION_CODES = ["facility", "type", "disposal"];

/**
 * Sanitasi layak (BPS), as `assessSanitation`: facility, type and disposal criteria.
 * @internal
 */
export function sanitationFact(household: Household): LeanCriteria {
  const toilet = household.housing?.toilet;
  const f = toilet?.facility;
  const t = toilet?.type;
  const d = toilet?.disposal;
  const facility: Tri3 = f === undefined ? "unknown" : f === "own" || f === "shared" || f === "communal" ? "yes" : "no";
  const type: Tri3 = t === undefined ? "unknown" : t === "gooseneck" ? "yes" : "no";
  const disposal: Tri3 =
    d === undefined ? "unknown" : d === "septic-tank" || d === "ipal" ? "yes" : d !== "pit" ? "no" : household.area === "rural" ? "yes" : household.area === "urban" ? "no" : "unknown";
  const values = [facility, type, disposal];
  return lean(SANITATION_CODES, values, allOf(values));
}

const RTLH_CODES = ["dangerous_damage", "rotting_material", "poor_floor", "no_mck", "floor_area"];

function inSet(value: string | undefined, set: ReadonlySet<string>): Tri3 {
  return value === undefined || value === "other" ? "unknown" : set.has(value) ? "yes" : "no";
}

function dangerous(condition: string | undefined): Tri3 {
  return condition === undefined ? "unknown" : condition === "damaged-dangerous" ? "yes" : "no";
}

/** area / members < 7.2 exactly, on the decimal as written. */
function belowArea(area: number, members: number): boolean {
  // An integer area compares exactly in integers; otherwise use the household layer's exact rule.
  return Number.isInteger(area) ? area * 10 < 72 * members : compareShare(area, members, 7.2) < 0;
}

/**
 * RTLH (Permensos 20/2017), as `assessRtlh`: five criteria, any of which makes the house uninhabitable.
 * @internal
 */
export function rtlhFact(household: Household): LeanCriteria {
  const x = household.housing;
  const floorMaterial = x?.floorMaterial;
  const floorCondition = x?.floorCondition;
  let poorFloor: Tri3;
  if (floorMaterial !== undefined && POOR_FLOOR.has(floorMaterial)) poorFloor = "yes";
  else if (floorCondition === "damaged" || floorCondition === "damaged-dangerous") poorFloor = "yes";
  else if (floorMaterial === undefined || floorMaterial === "other" || floorCondition === undefined) poorFloor = "unknown";
  else poorFloor = "no";
  const facility = x?.toilet?.facility;
  const area = x?.floorArea;
  const values: Tri3[] = [
    anyOf(dangerous(x?.wallCondition), dangerous(x?.roofCondition)),
    anyOf(inSet(x?.wallMaterial, ROTTING_WALL), inSet(x?.roofMaterial, ROTTING_ROOF)),
    poorFloor,
    facility === undefined ? "unknown" : facility === "none" || facility === "public" ? "yes" : "no",
    area === undefined ? "unknown" : belowArea(area, household.members.length) ? "yes" : "no",
  ];
  const holds: Tri3 = values.includes("yes") ? "yes" : values.includes("unknown") ? "unknown" : "no";
  return lean(RTLH_CODES, values, holds);
}
