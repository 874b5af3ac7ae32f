import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { householdFacts, parseHousehold, rupiah, type Household } from "../../src/index.js";
import { memberNumbers } from "../../src/household/_trusted.js";
import { safeWhole } from "../../src/money/_wholeSum.js";
import { membersOf, wholeIncomeOf, type AssessmentFacts } from "../../src/program/_facts.js";
import { ageOn } from "../../src/time/calendar.js";

// A household `parseHousehold` returns carries its members' birth dates and whole incomes as
// numbers, read once when it is parsed (`memberNumbers`); an assessment reads them instead of the
// texts and decimals. They must be the values the texts and decimals hold, and an assessment's
// facts built from them the facts built from the household's own fields (an untrusted copy of the
// same household, checked in full, has no numbers).

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const date = fc.record({ year: fc.integer({ min: 1900, max: 2025 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
const leapDay = fc.constantFrom("1940-02-29", "2000-02-29", "2024-02-29");

// Incomes as a file gives them: whole numbers small and large (from 10^15 no longer read as a
// number), fractions, zero, and the same values as numbers.
const income = fc.option(
  fc.oneof(
    fc.bigInt({ min: 0n, max: 50_000_000n }).map(String),
    fc.bigInt({ min: 10n ** 14n, max: 10n ** 16n }).map(String),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 1, max: 99 })).map(([n, f]) => `${n}.${pad(f, 2)}`),
    fc.constantFrom("0", "0.00", "3766379.19", "3766379.00", "999999999999999", "1000000000000000"),
    fc.integer({ min: 0, max: 50_000_000 }),
  ),
  { nil: undefined },
);

const member = fc.record({ birthDate: fc.oneof(date, leapDay), monthlyIncome: income, relationship: fc.constantFrom("head", "spouse", "child", "other") });

function inputOf(members: readonly { birthDate: string; monthlyIncome: string | number | undefined; relationship: string }[]): Record<string, unknown> {
  return {
    id: "numbers-1",
    regency: "64.02",
    members: members.map((m, i) => ({
      sex: "female",
      birthDate: m.birthDate,
      relationship: i === 0 ? "head" : m.relationship === "head" ? "child" : m.relationship,
      ...(m.monthlyIncome === undefined ? {} : { monthlyIncome: m.monthlyIncome }),
    })),
  };
}

function parsed(input: Record<string, unknown>): Household {
  const read = parseHousehold(input);
  if (!read.success) throw new Error("not a household");
  return read.data;
}

describe("a parsed household's member numbers", () => {
  it("are each member's birth date as YYYYMMDD and whole income (or -1), whatever the members", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), (members) => {
        const household = parsed(inputOf(members));
        const numbers = memberNumbers(household);
        expect(numbers).toHaveLength(2 * household.members.length);
        household.members.forEach((person, i) => {
          expect(numbers?.[2 * i]).toBe(Number(person.birthDate.replaceAll("-", "")));
          const whole = person.monthlyIncome === undefined ? undefined : safeWhole(person.monthlyIncome);
          expect(numbers?.[2 * i + 1]).toBe(whole ?? -1);
          if (whole !== undefined) expect(rupiah(whole).equals(person.monthlyIncome as never)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("give an assessment the ages and incomes its own fields give (an untrusted copy has none)", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), fc.constantFrom("2024-02-29", "2025-02-28", "2025-07-01", "2026-01-01"), (members, asOf) => {
        const household = parsed(inputOf(members.filter((m) => m.birthDate <= asOf).length > 0 ? members.filter((m) => m.birthDate <= asOf) : [{ ...members[0]!, birthDate: "1980-01-01" }]));
        // A copy of the same values is not trusted: checked in full, and read from its fields.
        const copy = { ...household, members: household.members.map((m) => ({ ...m })) } as Household;
        expect(memberNumbers(copy)).toBeUndefined();
        const fast = householdFacts(household, asOf) as AssessmentFacts;
        const plain = householdFacts(copy, asOf) as AssessmentFacts;
        expect(fast.ages).toEqual(household.members.map((m) => ageOn(m.birthDate, asOf)));
        expect(fast.ages).toEqual(plain.ages);
        const fastMembers = membersOf({ household, facts: fast });
        const plainMembers = membersOf({ household: copy, facts: plain });
        fastMembers.forEach((person, i) => {
          expect(wholeIncomeOf(person)).toBe(memberNumbers(household)?.[2 * i + 1]);
          // Without numbers the income is read from its decimal.
          expect(wholeIncomeOf(plainMembers[i]!)).toBe(-1);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("are not given to a household that was not parsed", () => {
    expect(memberNumbers({ id: "x", regency: "64.02", members: [] } as unknown as Household)).toBeUndefined();
  });
});
