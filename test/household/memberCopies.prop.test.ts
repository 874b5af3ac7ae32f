import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { householdFacts, parseHousehold, rupiah, type Household } from "../../src/index.js";
import { memberCopies } from "../../src/household/_trusted.js";
import { safeWhole } from "../../src/money/_wholeSum.js";
import { membersOf, wholeIncomeOf, type AssessmentFacts } from "../../src/program/_facts.js";
import { ageOn } from "../../src/time/calendar.js";

// A household `parseHousehold` returns carries a copy of each member in one fixed shape, made once
// when it is parsed (`memberCopies`), with its birth date and whole income as numbers; an
// assessment reads them instead of the members' own fields, texts and decimals. They must hold the
// values the members hold, and an assessment's facts built from them the facts built from the
// household's own fields (an untrusted copy of the same household, checked in full, has no copies).

// Every field of a member the checks read (MemberFacts).
const FIELDS = ["birthDate", "deathDate", "relationship", "sex", "pregnancy", "pregnancyOrder", "disability", "schooling", "employerCategory", "monthlyIncome", "jkn", "healthNeedLetter"] as const;

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

describe("a parsed household's member copies", () => {
  it("are each member's fields, birth date as YYYYMMDD and whole income (or -1), frozen, whatever the members", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), (members) => {
        const household = parsed(inputOf(members));
        const copies = memberCopies(household);
        expect(copies).toHaveLength(household.members.length);
        expect(Object.isFrozen(copies)).toBe(true);
        household.members.forEach((person, i) => {
          const copy = copies?.[i];
          expect(Object.isFrozen(copy)).toBe(true);
          for (const field of FIELDS) expect(copy?.[field]).toBe(person[field]);
          expect(copy?.birth).toBe(Number(person.birthDate.replaceAll("-", "")));
          const whole = person.monthlyIncome === undefined ? undefined : safeWhole(person.monthlyIncome);
          expect(copy?.income).toBe(whole ?? -1);
          if (whole !== undefined) expect(rupiah(whole).equals(person.monthlyIncome as never)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("copy every field the checks read, from every shape of member", () => {
    const optional = fc.record(
      {
        deathDate: fc.constant("2025-01-01"),
        pregnancy: fc.constantFrom("none", "pregnant"),
        pregnancyOrder: fc.integer({ min: 1, max: 4 }),
        disability: fc.constantFrom("none", "moderate", "severe"),
        schooling: fc.constant({ level: "sd", enrolled: true }),
        employerCategory: fc.constantFrom("farmer", "asn", "none"),
        monthlyIncome: fc.constantFrom("0", "1500000", "3766379.19"),
        jkn: fc.constantFrom("pbi", "non-pbi", "none"),
        healthNeedLetter: fc.constantFrom("2025-06-01", "2026-02-10"),
        maritalStatus: fc.constantFrom("single", "married"),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(optional, { minLength: 1, maxLength: 5 }), (extras) => {
        const input = inputOf(extras.map(() => ({ birthDate: "1980-01-01", monthlyIncome: undefined, relationship: "child" })));
        (input.members as Record<string, unknown>[]).forEach((m, i) => {
          const extra = extras[i] as Record<string, unknown>;
          Object.assign(m, extra);
          if (extra.pregnancy !== "pregnant") delete m.pregnancyOrder;
        });
        const household = parsed(input);
        const copies = memberCopies(household);
        household.members.forEach((person, i) => {
          for (const field of FIELDS) expect(copies?.[i]?.[field]).toBe(person[field]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("give an assessment the ages and incomes its own fields give (an untrusted copy has none)", () => {
    fc.assert(
      fc.property(fc.array(member, { minLength: 1, maxLength: 8 }), fc.constantFrom("2024-02-29", "2025-02-28", "2025-07-01", "2026-01-01"), (members, asOf) => {
        const household = parsed(inputOf(members.filter((m) => m.birthDate <= asOf).length > 0 ? members.filter((m) => m.birthDate <= asOf) : [{ ...members[0]!, birthDate: "1980-01-01" }]));
        // A copy of the same values is not trusted: checked in full, and read from its fields.
        const copy = { ...household, members: household.members.map((m) => ({ ...m })) } as Household;
        expect(memberCopies(copy)).toBeUndefined();
        const fast = householdFacts(household, asOf) as AssessmentFacts;
        const plain = householdFacts(copy, asOf) as AssessmentFacts;
        expect(fast.ages).toEqual(household.members.map((m) => ageOn(m.birthDate, asOf)));
        expect(fast.ages).toEqual(plain.ages);
        const fastMembers = membersOf({ household, facts: fast });
        const plainMembers = membersOf({ household: copy, facts: plain });
        fastMembers.forEach((person, i) => {
          expect(person).toBe(memberCopies(household)?.[i]);
          expect(wholeIncomeOf(person)).toBe(memberCopies(household)?.[i]?.income);
          for (const field of FIELDS) expect(person[field]).toBe(plainMembers[i]?.[field]);
          // Without numbers the income is read from its decimal.
          expect(wholeIncomeOf(plainMembers[i]!)).toBe(-1);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("are not given to a household that was not parsed", () => {
    expect(memberCopies({ id: "x", regency: "64.02", members: [] } as unknown as Household)).toBeUndefined();
  });
});
