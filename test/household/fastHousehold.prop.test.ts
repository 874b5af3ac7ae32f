import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastParseHousehold, isParsedHousehold } from "../../src/household/_fastHousehold.js";
import { Household } from "../../src/household/household.js";
import { explainHousehold, parseHousehold } from "../../src/household/parseHousehold.js";
import { readHousehold } from "../../src/household/requireHousehold.js";
import { isRupiah } from "../../src/money/rupiah.js";
import { mutated } from "./_mutations.js";
import { ordered } from "./_plainCopy.js";
import { householdArb } from "./_schemaArbitrary.js";

// The accepted-row fast path of `Household` (issue 16) against zod, on households generated from
// the schemas themselves (so a field added later without fast-path support fails the first test)
// and on those households mutated in every way a caller's data can go wrong.

const RUNS = { numRuns: Number(process.env.FAST_HOUSEHOLD_RUNS ?? 300) };
type R = Record<string, unknown>;

/** The same value as zod reads it, keys sorted: inherited enumerable fields included, order not compared. */
function seen(value: unknown): unknown {
  if (isRupiah(value)) return { rupiah: value.toString() };
  if (Array.isArray(value)) return value.map(seen);
  if (typeof value !== "object" || value === null) return value;
  const keys: string[] = [];
  for (const key in value) keys.push(key);
  return keys.sort().map((key) => [key, seen((value as R)[key])]);
}

const mutatedArb = mutated(householdArb);
/** Parsed households (Rupiah objects, normalised codes), then mutated. */
const mutatedParsedArb = mutated(householdArb.map((h) => Household.parse(h) as R));

describe("the household fast path", { timeout: 120_000 }, () => {
  it("accepts every household generated from the schemas, and returns zod's value with its keys in zod's order", () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const zod = Household.safeParse(input);
        expect(zod.success).toBe(true);
        const fast = fastParseHousehold(input);
        expect(fast).toBeDefined();
        expect(ordered(fast)).toEqual(ordered(zod.data));
        expect(fast).toStrictEqual(zod.data);
        // Built with `new` (room for its fields in the object itself), still a plain object.
        expect(Object.getPrototypeOf(fast)).toBe(Object.prototype);
        expect((fast as R).constructor).toBe(Object);
      }),
      RUNS,
    );
  });

  it("never accepts what zod refuses, and returns zod's value when both accept (mutated households)", () => {
    let agreed = 0;
    fc.assert(
      fc.property(mutatedArb, ({ household, odd }) => {
        const zod = Household.safeParse(household);
        const fast = fastParseHousehold(household);
        if (fast !== undefined) {
          expect(zod.success).toBe(true);
          expect(ordered(fast)).toEqual(ordered(zod.data));
          agreed += 1;
        } else if (zod.success) {
          // Only a key written as `undefined`, or a field zod reads that is not listed, sends a valid household to zod.
          expect(odd).toBe(true);
        }
      }),
      RUNS,
    );
    expect(agreed).toBeGreaterThan(0);
  });

  it("parseHousehold, with and without asOf, returns exactly what the zod path returns", () => {
    const asOfArb = fc.constantFrom(undefined, "2025-07-01", "1990-01-01", "2031-01-01", "0050-06-01");
    fc.assert(
      fc.property(fc.oneof(householdArb, mutatedArb.map((m) => m.household)), asOfArb, (input, asOf) => {
        const result = parseHousehold(input, asOf === undefined ? {} : { asOf });
        const reference = explainHousehold(input, asOf);
        expect(result.success).toBe(reference.success);
        if (result.success && reference.success) expect(ordered(result.data)).toEqual(ordered(reference.data));
        else expect(result).toEqual(reference);
      }),
      RUNS,
    );
  });

  it("passes every parsed household through the check that allocates nothing", () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const parsed = parseHousehold(input);
        expect(parsed.success && isParsedHousehold(parsed.data)).toBe(true);
      }),
      RUNS,
    );
  });

/** A parsed household as input again, read as zod reads it (inherited enumerable fields too); Rupiah amounts as text. */
function asInput(value: unknown): unknown {
  if (isRupiah(value)) return value.toString();
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(asInput);
  const out: R = {};
  for (const key in value) out[key] = asInput((value as R)[key]);
  return out;
}

  it("passes a changed parsed household only when zod reads it back to the same household", () => {
    fc.assert(
      fc.property(mutatedParsedArb, ({ household: subject }) => {
        if (!isParsedHousehold(subject)) return;
        const back = Household.safeParse(asInput(subject));
        expect(back.success).toBe(true);
        expect(seen(back.data)).toEqual(seen(subject));
        expect(readHousehold(subject)).toEqual({ success: true, data: subject });
      }),
      RUNS,
    );
  });
});

// Found by the mutated-households property above (seed -742939111): a field written as `undefined`
// and then hidden from enumeration (`Object.defineProperty(…, { enumerable: false })`). zod keeps such
// a key in its value (`key in input`); the fast path skipped it and returned a value without the key.
// Now any optional field that reads `undefined` but is there is left to zod, at every level.
describe("the household fast path on a field that is there but reads undefined", () => {
  const base = (): R => ({
    id: "h-1",
    regency: "64.02",
    members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
    housing: { floorMaterial: "earth" },
    living: { mealsPerDay: 2 },
    desil: { value: 1, asOf: "2025-01-01" },
  });
  const hide = (target: R, key: string) => Object.defineProperty(target, key, { value: undefined, enumerable: false, configurable: true, writable: true });
  it.each([
    ["household (hand-written reader)", (h: R) => hide(h, "kk")],
    ["member (hand-written reader)", (h: R) => hide((h.members as R[])[0]!, "nik")],
    ["housing (hand-written reader)", (h: R) => hide(h.housing as R, "wallMaterial")],
    ["living (generic reader)", (h: R) => hide(h.living as R, "proteinMealsPerWeek")],
    ["living (generic reader), written as undefined and enumerable", (h: R) => ((h.living as R).newClothingSetsPerYear = undefined)],
  ])("%s: the fast path leaves it to zod, and parseHousehold returns zod's value", (_, mutate) => {
    const household = base();
    mutate(household);
    const zod = Household.safeParse(household);
    expect(zod.success).toBe(true);
    expect(fastParseHousehold(household)).toBeUndefined();
    const parsed = parseHousehold(household);
    expect(parsed.success && ordered(parsed.data)).toEqual(zod.success && ordered(zod.data));
  });
});
