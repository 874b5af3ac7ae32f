import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createAssessor, defaultParameters, overrideParameters, rupiah, sembako } from "../../src/index.js";
import { aHousehold } from "../fixtures/index.js";

// The UMK exclusion (M-2: "a family member earning above UMR is not given aid", palpres.disway.id
// /amp/720974, 2024) compares incomes without allocating; it must agree with Rupiah's own comparison.

const amount = fc.oneof(
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
