import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAssessor, defaultParameters, overrideParameters, parseHousehold, rupiah, sembako, type Household } from "../../src/index.js";
import { Decimal } from "../../src/money/decimal.js";

// `income_within_umk` compares an income known as a whole number (a parsed household's member
// numbers) with the UMK's whole part, without reading the income's decimal. It must decide what
// the decimals decide: an income fails the check exactly when it exceeds the UMK, whatever the
// income and the UMK (fractions, below 1, at and beyond 10^15), and give the same result as the
// same household not parsed (checked in full, no member numbers: the decimal path).

const whole = fc.oneof(fc.bigInt({ min: 0n, max: 10_000_000n }), fc.bigInt({ min: 10n ** 15n - 5n, max: 10n ** 15n + 5n }), fc.bigInt({ min: 0n, max: 10n ** 16n }));
const fraction = fc.tuple(whole, fc.integer({ min: 1, max: 99 })).map(([n, f]) => new Decimal(n.toString()).plus(new Decimal(f).dividedBy(100)).toFixed());
const amount = fc.oneof(whole.map(String), fraction);
const umk = fc.oneof(amount.filter((a) => new Decimal(a).gt(0)), fc.constantFrom("0.5", "1", "1.01", "3766379.19", "3766379", "999999999999999.5", "1000000000000000"));

describe("income_within_umk with whole incomes", () => {
  it("fails exactly when an income exceeds the UMK, as the decimal path decides", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 5 }), umk, (incomes, limit) => {
        // Near an income, often: the UMK equal to it, or one rupiah or a fraction either side.
        const input = {
          id: "umk-1",
          regency: "64.02",
          members: incomes.map((income, i) => ({ sex: "male", birthDate: "1980-01-01", relationship: i === 0 ? "head" : "other", employerCategory: "farmer", monthlyIncome: income })),
        };
        const read = parseHousehold(input);
        if (!read.success) return;
        const household = read.data;
        const unparsed = { ...household, members: household.members.map((m) => ({ ...m })) } as Household;
        const parameters = overrideParameters(defaultParameters(), { "exclusion.umk_monthly": [{ from: "2019-01-01", value: { "64.02": limit }, source: "test" }] } as never);
        const assess = createAssessor({ asOf: "2025-07-01", programs: [sembako], parameters, benefits: false });
        const check = (h: Household) => assess(h).programs[0]!.checks.find((c) => c.code === "sembako.income_within_umk")!;
        const fast = check(household);
        const above = incomes.map((income, i) => (rupiah(income).compare(rupiah(limit)) > 0 ? i + 1 : 0)).filter((i) => i > 0);
        expect(fast.status).toBe(above.length > 0 ? "failed" : "passed");
        expect(fast.received).toEqual(above);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(check(unparsed)));
      }),
      { numRuns: 1_000 },
    );
  });

  it("at the edges of the UMK's whole part", () => {
    const cases: [string, string, boolean][] = [
      ["3766379", "3766379.19", false],
      ["3766380", "3766379.19", true],
      ["3766379", "3766379", false],
      ["3766380", "3766379", true],
      ["1", "0.5", true],
      ["0", "0.5", false],
      ["999999999999999", "999999999999999.5", false],
      ["1000000000000000", "999999999999999.5", true],
    ];
    for (const [income, limit, exceeds] of cases) {
      const read = parseHousehold({ id: "e", regency: "64.02", members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "farmer", monthlyIncome: income }] });
      if (!read.success) throw new Error("household");
      const parameters = overrideParameters(defaultParameters(), { "exclusion.umk_monthly": [{ from: "2019-01-01", value: { "64.02": limit }, source: "test" }] } as never);
      const result = createAssessor({ asOf: "2025-07-01", programs: [sembako], parameters, benefits: false })(read.data);
      expect([income, limit, result.programs[0]!.checks.find((c) => c.code === "sembako.income_within_umk")!.status]).toEqual([income, limit, exceeds ? "failed" : "passed"]);
    }
  });
});
