// Issue 18, finding 5 (bare engine errors; "never throws" parsers that throw) for the household
// layer. Each case failed on 10ba02c: a TypeError or the caller's own error escaped, or a value was
// silently skipped or misread where noted.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture, householdFixtures } from "../fixtures/index.js";
import { codeOf, thrown } from "../errors.js";

const raw = householdFixtures.map((f) => f.household);
const throwing = (base: Record<string, unknown>, key: string) =>
  Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
const trap = () => {
  throw new TypeError("trap");
};
const hostileProxy = (target: object) => new Proxy(target, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
let deep: unknown = [];
for (let i = 0; i < 20_000; i++) deep = [deep];

describe("household schemas' safeParse never throws, whatever the object does (issue 18, finding 5; failed on 10ba02c)", () => {
  const first = raw[0] as Record<string, unknown>;
  const person = (first["members"] as Record<string, unknown>[])[0] as Record<string, unknown>;
  it.each([
    ["Household with a throwing getter", lib.Household, () => throwing(first, "regency")],
    ["Household with a member whose getter throws", lib.Household, () => ({ ...first, members: [throwing(person, "birthDate")] })],
    ["Household as a Proxy whose traps throw", lib.Household, () => hostileProxy({ ...first })],
    ["Household as a revoked Proxy", lib.Household, revoked],
    ["Person with a throwing getter", lib.Person, () => throwing(person, "sex")],
    ["Desil as a Proxy", lib.Desil, () => hostileProxy({ value: 2, asOf: FIXTURE_AS_OF })],
    ["Housing with a throwing getter", lib.Housing, () => throwing({}, "floorArea")],
    ["KkSchema of a revoked Proxy", lib.KkSchema, revoked],
  ] as const)("%s", (_name, schema, value) => {
    const result = (schema as { safeParse: (x: unknown) => { success: boolean; error?: { issues: unknown[] } } }).safeParse(value());
    expect(result.success).toBe(false);
    expect(result.error?.issues.length).toBeGreaterThan(0);
  });

  it("Household of a 20,000-deep array is an issue, not a crash (held on 10ba02c too; kept as a guard)", () => {
    expect(lib.Household.safeParse(deep).success).toBe(false);
  });
});

describe("parseHouseholds reads every position of the batch (issue 18, findings 3 and 5; failed on 10ba02c)", () => {
  it("a hole in the batch is an invalid entry at its index, where it used to be skipped without a trace", () => {
    const result = lib.parseHouseholds([raw[0], , raw[2]], { asOf: FIXTURE_AS_OF }); // eslint-disable-line no-sparse-arrays
    expect(result.validIndices).toEqual([0, 2]);
    expect(result.invalid.map((i) => i.index)).toEqual([1]);
  });

  it("an entry whose getter throws is household.unreadable at its index, and the others are still read", () => {
    const batch = [raw[0], raw[1], raw[2]];
    Object.defineProperty(batch, 1, {
      get() {
        throw new Error("boom");
      },
    });
    const result = lib.parseHouseholds(batch, { asOf: FIXTURE_AS_OF });
    expect(result.validIndices).toEqual([0, 2]);
    expect(result.invalid).toEqual([{ index: 1, issues: [expect.objectContaining({ code: "household.unreadable" })] }]);
  });
});

describe("household functions throw only TepatSasaranError for options they cannot use (issue 18, finding 5; failed on 10ba02c)", () => {
  const household = fixture("kukar-01");
  const nik = "640201" + "4507050003";
  it.each([
    ["parseHousehold with null options", () => lib.parseHousehold(raw[0], null as never), "input.not_an_object"],
    ["parseHousehold with options whose getter throws", () => lib.parseHousehold(raw[0], throwing({}, "asOf") as never), "input.unreadable"],
    ["parseHouseholds of a revoked Proxy", () => lib.parseHouseholds(revoked() as never), "input.unreadable"],
    ["parseHouseholds with options that are a string", () => lib.parseHouseholds([], "2025-07-01" as never), "input.not_an_object"],
    ["decodeNik without options", () => lib.decodeNik(nik, undefined as never), "input.not_an_object"],
    ["decodeKk with a Proxy as options", () => lib.decodeKk(nik, hostileProxy({}) as never), "input.unreadable"],
    ["assessPovertyCriteria with a Proxy as options", () => lib.assessPovertyCriteria(household, hostileProxy({}) as never), "input.unreadable"],
  ])("%s", (_name, run, code) => {
    expect(thrown(run).code).toBe(code);
  });

  it.each([
    ["a threshold of NaN, which made every household undetermined", { threshold: NaN }],
    ["a threshold written as text", { threshold: "9" }],
    ["a threshold above the 14 criteria, which made every household not poor", { threshold: 15 }],
    ["a land limit that is not a number", { farmLandBelow: "500" }],
  ])("assessPovertyCriteria refuses %s (household.bad_option; failed on 10ba02c)", (_name, options) => {
    expect(codeOf(() => lib.assessPovertyCriteria(household, options as never))).toBe("household.bad_option");
  });
});
