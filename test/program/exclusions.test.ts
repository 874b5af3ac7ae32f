import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EmployerCategory, createAssessor, defaultParameters, overrideParameters, rupiah, sembako } from "../../src/index.js";
import { aHousehold } from "../fixtures/index.js";

// The UMK exclusion (M-2: "a family member earning above UMR is not given aid", palpres.disway.id
// /amp/720974, 2024) compares incomes without allocating; it must agree with Rupiah's own comparison.

// Zero and amounts below Rp 1 included: zero is told from its exponent alone unless the limit is below 1.
const amount = fc.oneof(
  fc.constantFrom("0", "0.00", "0.01", "0.5", "1", "9.99", "10"),
  fc.integer({ min: 0, max: 99_999_999 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
);

describe("income above the UMK", () => {
  it("excludes exactly the incomes above the regency's UMK, whatever the amounts", () => {
    fc.assert(
      fc.property(amount, amount.filter((a) => Number(a) > 0), (income, umk) => {
        const parameters = overrideParameters(defaultParameters(), {
          "exclusion.umk_monthly": [{ from: "2025-01-01", value: { "64.02": umk }, source: "test" }],
        });
        const household = aHousehold({
          desil: { value: 2, asOf: "2025-06-01" },
          members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head", employerCategory: "private", monthlyIncome: income, disability: "none" }],
        });
        const check = createAssessor({ asOf: "2025-07-01", programs: [sembako], parameters })(household).programs[0]?.checks.find((c) => c.code === "sembako.income_within_umk");
        expect(check?.status).toBe(rupiah(income).compare(umk) > 0 ? "failed" : "passed");
        expect(check?.received).toEqual(rupiah(income).compare(umk) > 0 ? [1] : []);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    { name: "a recorded income of a member who died is not counted", deathDate: "2025-01-01", status: "passed" },
    { name: "a death after the assessment date does not count yet", deathDate: undefined, status: "failed" },
  ])("$name", ({ deathDate, status }) => {
    const household = aHousehold({
      desil: { value: 2, asOf: "2025-06-01" },
      members: [
        { sex: "female", birthDate: "1980-01-01", relationship: "head", employerCategory: "none", disability: "none" },
        { sex: "male", birthDate: "1978-01-01", relationship: "spouse", employerCategory: "private", monthlyIncome: "9000000", disability: "none", ...(deathDate ? { deathDate } : {}) },
      ],
    });
    const check = createAssessor({ asOf: "2025-07-01", programs: [sembako] })(household).programs[0]?.checks.find((c) => c.code === "sembako.income_within_umk");
    expect(check?.status).toBe(status);
  });
});

// The excluded employment (dtsen.excluded_employers; the Kemensos exclusion groups, ayobogor.com
// 3113115687, 2023) looks each member's category up in a set made once per date: it must find
// exactly the categories the list names, in member order, whatever the list an office sets.
describe("a member in an excluded employment", () => {
  it("excludes exactly the categories the parameter lists, whatever the list", () => {
    const category = fc.constantFrom(...EmployerCategory.options);
    fc.assert(
      fc.property(fc.uniqueArray(category, { maxLength: 6 }), fc.array(fc.option(category, { nil: undefined }), { minLength: 1, maxLength: 5 }), (listed, categories) => {
        const parameters = overrideParameters(defaultParameters(), {
          "dtsen.excluded_employers": [{ from: "2019-01-01", value: listed, source: "test" }],
        });
        const members = categories.map((employerCategory, i) => ({
          sex: "male",
          birthDate: "1980-01-01",
          relationship: i === 0 ? "head" : "other",
          disability: "none",
          ...(employerCategory === undefined ? {} : { employerCategory }),
        }));
        const household = aHousehold({ desil: { value: 2, asOf: "2025-06-01" }, members });
        const check = createAssessor({ asOf: "2025-07-01", programs: [sembako], parameters })(household).programs[0]?.checks.find((c) => c.code === "sembako.no_excluded_member");
        const found = [...new Set(categories.filter((c): c is NonNullable<typeof c> => c !== undefined && listed.includes(c)))];
        expect(check?.received).toEqual(found);
        expect(check?.status).toBe(found.length > 0 ? "failed" : categories.includes(undefined) ? "unknown" : "passed");
      }),
      { numRuns: 300 },
    );
  });
});
