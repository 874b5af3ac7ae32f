import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExplainHousehold } from "../../src/household/_explainSchema.js";
import { fastChecks } from "../../src/household/_fastHousehold.js";
import { NO } from "../../src/household/_fastLeaves.js";
import { Household } from "../../src/household/household.js";
import { explainHousehold, zodRun } from "../../src/household/parseHousehold.js";
import { toIssues } from "../../src/message/zod.js";
import { mutated } from "./_mutations.js";
import { ordered } from "./_plainCopy.js";
import { householdArb } from "./_schemaArbitrary.js";

// The schema the CSV readers explain rejected households with (issue 16): `Household` with the fast
// path's checks first in every field and member, and in every field of a member it refuses. It must find exactly the issues zod finds, in the
// same order and with the same paths and texts, on households generated from the schemas and on
// those households mutated in every way a caller's data can go wrong (hostile values, removed,
// unknown, inherited and hidden keys, broken rules across fields).

const RUNS = { numRuns: Number(process.env.FAST_HOUSEHOLD_RUNS ?? 300) };
type R = Record<string, unknown>;

const asOfArb = fc.constantFrom(undefined, "2025-07-01", "1990-01-01");
const { member, memberFields } = fastChecks();

/** Whether the fast path refuses this member but takes one of its fields as it is (zod reads the rest). */
const partlyFast = (m: unknown): boolean =>
  member(m, true) === NO &&
  m !== null && typeof m === "object" && !Array.isArray(m) &&
  Object.entries(m).some(([key, value]) => Object.hasOwn(memberFields, key) && memberFields[key]!(value, true) !== NO);
const inputArb = fc.oneof(householdArb, mutated(householdArb).map((m) => m.household));

/** An issue as zod raised it, without what zod's finalizing drops or sets (its message), and its path as finalizing sets it. */
function raised(found: R): R {
  const { inst: _i, schema: _s, continue: _c, message: _m, ...rest } = found;
  return { ...rest, path: found.path ?? [] };
}

/** zod's own issues, as a reader could see them: code, path and zod's message (no input kept). */
const zodIssues = (result: { success: boolean; error?: { issues: readonly { code: string; path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map(({ code, path, message }) => ({ code, path, message }));

describe("the schema that explains a rejected household", { timeout: 120_000 }, () => {
  it("finds exactly the issues zod finds, in the same order, and the same household when there are none", () => {
    let mixed = 0;
    let partly = 0;
    fc.assert(
      fc.property(inputArb, asOfArb, (input, asOf) => {
        const explained = explainHousehold(input, asOf, ExplainHousehold);
        const reference = explainHousehold(input, asOf);
        expect(explained.success).toBe(reference.success);
        if (explained.success && reference.success) expect(ordered(explained.data)).toEqual(ordered(reference.data));
        else expect(explained).toEqual(reference);
        expect(zodIssues(ExplainHousehold.safeParse(input, { reportInput: true }))).toEqual(zodIssues(Household.safeParse(input, { reportInput: true })));
        // Count the households zod rejects while the fast path takes some member as it is: the case
        // the shortcut is for (a test that never met it could not fail).
        const members = (input as R).members;
        if (!reference.success && Array.isArray(members) && members.some((m) => member(m, true) !== NO)) mixed += 1;
        // And those with a member the fast path refuses while it takes some of that member's fields.
        if (!reference.success && Array.isArray(members) && members.some(partlyFast)) partly += 1;
      }),
      RUNS,
    );
    expect(mixed).toBeGreaterThan(RUNS.numRuns / 20);
    expect(partly).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it("is read by zod's run without its error, to the same library issues and the same data as safeParse", () => {
    let failed = 0;
    fc.assert(
      fc.property(inputArb, fc.constantFrom(Household, ExplainHousehold), (input, schema) => {
        const raw = zodRun(schema, input);
        const own = schema.safeParse(input, { reportInput: true });
        expect(raw.issues.length === 0).toBe(own.success);
        if (own.success) {
          expect(ordered(raw.value)).toEqual(ordered(own.data));
          return;
        }
        failed += 1;
        // Each issue is zod's finalized one but for what finalizing adds or drops (its message, and
        // the schema that raised it), and reads as the same library issue.
        const finalized = own.error.issues as unknown as readonly R[];
        expect(raw.issues.map((found) => raised(found as unknown as R))).toEqual(finalized.map(({ message: _, ...rest }) => rest));
        expect(toIssues(raw.issues as never)).toEqual(toIssues(own.error.issues));
      }),
      RUNS,
    );
    expect(failed).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it.each([
    ["a bad member among good ones", (h: R) => ((h.members as R[])[0]!.sex = "laki")],
    ["an amount that is not a number", (h: R) => ((h.members as R[])[0]!.monthlyIncome = "abc")],
    ["a second head (the household's own check)", (h: R) => ((h.members as R[])[1]!.relationship = "head")],
    ["a bad member and a second head", (h: R) => {
      const members = h.members as R[];
      members[0]!.birthDate = "1980-13-45";
      members[1]!.relationship = "head";
    }],
    ["a region outside the regency", (h: R) => (h.region = "65.01.01")],
    ["an unknown key", (h: R) => (h.extra = 1)],
    ["a household with no members", (h: R) => (h.members = [])],
  ])("finds what zod finds in %s", (_, spoil) => {
    const household: R = {
      id: "KT-1",
      regency: "6402",
      region: "64.02.01",
      members: [
        { nik: "6402014105800001", sex: "female", birthDate: "1980-05-01", relationship: "head", monthlyIncome: "1500000" },
        { sex: "male", birthDate: "1978-02-03", relationship: "spouse", monthlyIncome: 2000000 },
        { sex: "female", birthDate: "2010-07-08", relationship: "child", schooling: { level: "smp", enrolled: true } },
      ],
      monthlyConsumption: "3500000",
      housing: { floorArea: 36, floorMaterial: "cement-brick", toilet: { facility: "own" } },
      assets: { savingsAndSellableGoods: "500000", landArea: 100 },
      currentAid: [{ program: "pkh", since: "2023-01-01" }],
    };
    spoil(household);
    const explained = explainHousehold(household, "2025-07-01", ExplainHousehold);
    expect(explained.success).toBe(false);
    expect(explained).toEqual(explainHousehold(household, "2025-07-01"));
  });
});
