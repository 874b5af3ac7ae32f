import type { Household } from "../household/household.js";
import type { Person } from "../household/person.js";
import { rtlhVerdict } from "../household/rtlh.js";
import { sanitationVerdict } from "../household/sanitation.js";
import type { CriteriaVerdict, Tri } from "../household/tri.js";
import { waterVerdict } from "../household/water.js";
import { ageOn } from "../time/calendar.js";
import { parseIsoDate, type IsoDate } from "../time/isoDate.js";
import { requireHousehold } from "../household/requireHousehold.js";
import { memberCopies } from "../household/_trusted.js";
import { MemberCopy } from "../household/_memberCopy.js";

/**
 * Facts derived from a household on one date, computed once per assessment and shared by every
 * program's checks (ages are needed by most programs; computing them once keeps the work per
 * household O(members)).
 * @category Programs
 */
export interface HouseholdFacts {
  /** The date the facts hold on. */
  readonly asOf: IsoDate;
  /**
   * Each member's age in completed years on `asOf`, in member order; `NaN` for a member born after
   * `asOf` (not yet a member on that date: a registry extracted later, read on an earlier date),
   * which no age comparison matches.
   */
  readonly ages: readonly number[];
}

/**
 * Derive the shared facts of a household on a date.
 *
 * @param household - A parsed household.
 * @param asOf - The assessment date.
 * @returns Its facts.
 * @example
 * householdFacts(household, "2025-07-01").ages //=> [39, 33, 3, 9, 72]
 * @category Programs
 */
export function householdFacts(household: Household, asOf: IsoDate): HouseholdFacts {
  household = requireHousehold(household, "householdFacts");
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
 * What the library's own checks read of a member (the rest of a `Person` they never read).
 * @internal
 */
export type MemberFacts = Pick<
  Person,
  "birthDate" | "deathDate" | "relationship" | "sex" | "pregnancy" | "pregnancyOrder" | "disability" | "schooling" | "employerCategory" | "monthlyIncome" | "jkn" | "healthNeedLetter"
>;

/**
 * The facts of one assessment, with the members as the checks read them (see {@link membersOf})
 * and a memo for an answer several checks share (Sekolah Rakyat's scan of the children, asked by
 * two of its checks; the checks several programs share are decided once by the assessor, see
 * `compileRules`): the memo lives and dies with the assessment, so no state outlives it or is
 * shared between assessors. Both are private: `toEqual` and `JSON.stringify` see `{ asOf, ages }` only.
 * @internal
 */
export class AssessmentFacts implements HouseholdFacts {
  readonly asOf: IsoDate;
  readonly ages: readonly number[];
  readonly #household: Household;
  readonly #members: readonly MemberFacts[];
  #key: unknown;
  #answer: unknown;

  constructor(household: Household, asOf: IsoDate, ages: readonly number[], members: readonly MemberFacts[]) {
    this.#household = household;
    this.#members = members;
    this.asOf = asOf;
    this.ages = ages;
  }

  /** See {@link membersOf}. */
  static membersOf(context: { readonly household: Household; readonly facts: HouseholdFacts }): readonly MemberFacts[] {
    const facts = context.facts;
    return facts instanceof AssessmentFacts && facts.#household === context.household ? facts.#members : context.household.members;
  }

  /**
   * The answer remembered under `key` (compared by identity) for `household`, or `undefined` (also
   * when these facts belong to another household, as when an app reuses a context).
   */
  recall(household: Household, key: unknown): unknown {
    return household === this.#household && this.#key === key ? this.#answer : undefined;
  }

  /** Remember `answer` under `key` (in place of any answer remembered before). */
  remember(household: Household, key: unknown, answer: unknown): void {
    if (household !== this.#household) return;
    this.#key = key;
    this.#answer = answer;
  }
}

/**
 * The members of the context's household, for a check to read: from an assessment's facts, the
 * copies of one shape made with them; otherwise (facts an app built, or another household's) the
 * household's own members. The same values either way (test/program/memberFacts.prop.test.ts).
 * @internal
 */
export const membersOf = AssessmentFacts.membersOf;

/**
 * A member's `monthlyIncome` as a whole number below 10^15 (the value `safeWhole` reads from its
 * decimal), when the member is a trusted household's copy (see `memberCopies`); `-1` when it is
 * not known as one (no income, an income with a fraction, or a member read from the household
 * itself or copied by an assessment), and the income is then read from its decimal.
 * @internal
 */
export function wholeIncomeOf(person: MemberFacts): number {
  return person instanceof MemberCopy ? person.income : -1;
}

/**
 * The facts function for one date: ages from validated birth dates (`NaN` for a birth after
 * `asOf`), parsing `asOf` only once, and
 * the members' copies for the checks. A trusted household's copies were made when it was parsed
 * (`memberCopies`, with the incomes as whole numbers) and are read as they are; any other
 * household's members are copied here. The same values either way
 * (test/household/memberCopies.prop.test.ts).
 * @internal
 */
export function factsOn(on: AsOfParts): (household: Household) => AssessmentFacts {
  const { asOf, year, monthDay } = on;
  return (household) => {
    const copies = memberCopies(household) ?? household.members.map((person) => new MemberCopy(person));
    const ages = new Array<number>(copies.length);
    for (let i = 0; i < copies.length; i++) {
      const copy = copies[i] as MemberCopy;
      const ymd = copy.birth;
      if (ymd >= 0) {
        const born = Math.floor(ymd / 10_000);
        const bornMonthDay = ymd % 10_000;
        // Compared numerically, as the ISO strings compare.
        if (born < year || (born === year && bornMonthDay <= monthDay)) {
          ages[i] = monthDay < bornMonthDay ? year - born - 1 : year - born;
          continue;
        }
      }
      // A member born after asOf is not yet a member (see `absentOn`): an age no check matches.
      ages[i] = copy.birthDate > asOf ? NaN : ageOn(copy.birthDate, asOf);
    }
    return new AssessmentFacts(household, asOf, ages, copies);
  };
}

// ---------------------------------------------------------------------------------------------
// Housing facts for the program checks: the household layer's non-rendering cores (waterVerdict,
// sanitationVerdict, rtlhVerdict) with the criterion codes shortened ("household.rtlh.poor_floor" →
// "poor_floor"), as the checks report them. The check renders its own message on demand.

/** A three-valued fact, as in the household layer. @internal */
export type Tri3 = Tri;

/** The verdict of a criteria set, with the short codes of the criteria by outcome. @internal */
export interface LeanCriteria {
  readonly holds: Tri3;
  /** Criteria that hold. */
  readonly met: readonly string[];
  /** Criteria that do not hold. */
  readonly notMet: readonly string[];
  /** Criteria without data. */
  readonly unknown: readonly string[];
  /** The criteria without data, comma-separated (`"–"` when none), for the check's message. */
  readonly missing: string;
}

const NONE: readonly string[] = Object.freeze([]);
// The criteria of sanitationVerdict and rtlhVerdict, in their fixed order, without the prefix
// (test/program/facts.prop.test.ts checks them against the household layer's codes).
const SANITATION: readonly string[] = ["facility", "type", "disposal"];
const RTLH: readonly string[] = ["dangerous_damage", "rotting_material", "poor_floor", "no_mck", "floor_area"];
const triIndex = (tri: Tri3): number => (tri === "yes" ? 0 : tri === "no" ? 1 : 2);

const TRIS: readonly Tri3[] = ["yes", "no", "unknown"];

/** The lean form of one outcome pattern: the verdict and each criterion's outcome, in the fixed order. */
function leanOf(short: readonly string[], holds: Tri3, outcomes: readonly Tri3[]): LeanCriteria {
  const met = short.filter((_, i) => outcomes[i] === "yes");
  const notMet = short.filter((_, i) => outcomes[i] === "no");
  const unknown = short.filter((_, i) => outcomes[i] === "unknown");
  return Object.freeze({
    holds,
    met: met.length > 0 ? Object.freeze(met) : NONE,
    notMet: notMet.length > 0 ? Object.freeze(notMet) : NONE,
    unknown: unknown.length > 0 ? Object.freeze(unknown) : NONE,
    missing: unknown.length > 0 ? unknown.join(", ") : "–",
  });
}

/**
 * Every lean form of a criteria set, indexed by pattern (verdict, then each criterion, base 3): at
 * most 3^(n+1) (729 for RTLH's five criteria), built once at load and frozen, so every household with
 * a pattern shares one object and nothing changes after load.
 */
function leanTable(short: readonly string[]): readonly LeanCriteria[] {
  const size = 3 ** (short.length + 1);
  const table: LeanCriteria[] = [];
  for (let pattern = 0; pattern < size; pattern++) {
    const digits: Tri3[] = [];
    for (let rest = pattern, i = 0; i <= short.length; i++, rest = Math.floor(rest / 3)) digits.unshift(TRIS[rest % 3] as Tri3);
    table.push(leanOf(short, digits[0] as Tri3, digits.slice(1)));
  }
  return Object.freeze(table);
}

const SANITATION_LEAN = leanTable(SANITATION);
const RTLH_LEAN = leanTable(RTLH);

/** The lean form of a verdict: its criteria sorted by outcome under their short codes (`short[i]` names `criteria[i]`). */
function lean(table: readonly LeanCriteria[], { holds, criteria }: CriteriaVerdict): LeanCriteria {
  let pattern = triIndex(holds);
  for (let i = 0; i < criteria.length; i++) pattern = pattern * 3 + triIndex((criteria[i] as CriteriaVerdict["criteria"][number]).holds);
  return table[pattern] as LeanCriteria;
}

/**
 * Air minum layak (BPS), as `assessDrinkingWater`: the verdict and the recorded source.
 * @internal
 */
export function drinkingWaterFact(household: Household): { holds: Tri3; received: string | undefined } {
  const { holds, received } = waterVerdict(household);
  return { holds, received: (typeof received === "function" ? received(household) : received) as string | undefined };
}

/**
 * Sanitasi layak (BPS), as `assessSanitation`: facility, type and disposal criteria.
 * @internal
 */
export function sanitationFact(household: Household): LeanCriteria {
  return lean(SANITATION_LEAN, sanitationVerdict(household));
}

/**
 * RTLH (Permensos 20/2017), as `assessRtlh`: five criteria, any of which makes the house
 * uninhabitable; `poorFloorMaterials` as `rtlh.poor_floor_materials` gives them (default: `assessRtlh`'s);
 * members counted on `asOf` (a death recorded after it does not count yet).
 * @internal
 */
export function rtlhFact(household: Household, poorFloorMaterials: ReadonlySet<string> | undefined, asOf: IsoDate): LeanCriteria {
  return lean(RTLH_LEAN, rtlhVerdict(household, poorFloorMaterials, asOf));
}
