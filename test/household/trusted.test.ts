import { Readable } from "node:stream";
import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deepFreeze } from "../../src/_internal/deepFreeze.js";
import { fastParseHousehold, isParsedHousehold } from "../../src/household/_fastHousehold.js";
import { isTrustedHousehold } from "../../src/household/_trusted.js";
import {
  allocateRupiah,
  assessHousehold,
  assessPovertyCriteria,
  householdFacts,
  householdSize,
  isRupiah,
  membersByAgeBand,
  parseHousehold,
  parseHouseholds,
  rupiah,
  TepatSasaranError,
  type Household,
} from "../../src/index.js";
import { readHouseholdsCsv, readHouseholdsJsonl } from "../../src/node/index.js";
import { thrown } from "../errors.js";
import { plainCopy } from "./_plainCopy.js";
import { householdArb } from "./_schemaArbitrary.js";

// Households checked once, trusted after (issue 16): what `parseHousehold` returns is deep-frozen
// and branded, and the entry check of every function taking a household accepts it without
// checking it again. The full check is counted through the module that holds it.
vi.mock("../../src/household/_fastHousehold.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/household/_fastHousehold.js")>();
  return { ...actual, isParsedHousehold: vi.fn(actual.isParsedHousehold) };
});

const fullChecks = vi.mocked(isParsedHousehold);
beforeEach(() => fullChecks.mockClear());

const AS_OF = "2025-07-01";
const RUNS = { numRuns: Number(process.env.TRUSTED_HOUSEHOLD_RUNS ?? 150) };
type R = Record<string, unknown>;

const RAW = {
  id: "trusted-1",
  regency: "6402",
  area: "rural",
  members: [
    { sex: "female", birthDate: "1980-03-04", relationship: "head", monthlyIncome: "1500000" },
    { sex: "male", birthDate: "2014-06-01", relationship: "child", schooling: { level: "sd", enrolled: true } },
  ],
  desil: { value: 2, asOf: "2025-06-01" },
  housing: { floorArea: 30, toilet: { facility: "own", type: "gooseneck", disposal: "septic-tank" }, housingAid: [] },
  currentAid: [{ program: "sembako", since: "2020-01-01" }],
};

function parsed(input: unknown = RAW): Household {
  const result = parseHousehold(input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

/** Every object reachable from a value (a Rupiah's decimal and its digits included), with its path. */
function reachable(value: unknown, path = "household", out: [string, object][] = []): [string, object][] {
  if (typeof value !== "object" || value === null) return out;
  out.push([path, value]);
  if (isRupiah(value)) {
    out.push([`${path}.decimal`, value.decimal], [`${path}.decimal.d`, value.decimal.d]);
    return out;
  }
  for (const key of Object.keys(value)) reachable((value as R)[key], `${path}.${key}`, out);
  return out;
}

/** What a call returned, or the code of the library error it threw. */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof TepatSasaranError) return { code: error.code, issues: error.issues };
    throw error;
  }
}

/** Set a field of a parsed household's part, as code that mutates a parsed household would. */
const set = (target: unknown, key: PropertyKey, value: unknown) => {
  (target as Record<PropertyKey, unknown>)[key] = value;
};

describe("a parsed household is frozen and trusted", () => {
  it.each<[string, () => Household]>([
    ["parseHousehold (fast path)", () => parsed()],
    ["parseHousehold with asOf", () => (parseHousehold(RAW, { asOf: AS_OF }) as { data: Household }).data],
    ["parseHousehold (zod path: the fast path is not sure of a 29 February KK with asOf)", () => (parseHousehold({ ...RAW, kk: "6402992902000001" }, { asOf: AS_OF }) as { data: Household }).data],
    ["parseHouseholds", () => parseHouseholds([RAW]).valid[0] as Household],
  ])("%s returns it deep-frozen and branded", (_, read) => {
    const household = read();
    expect(isTrustedHousehold(household)).toBe(true);
    for (const [path, part] of reachable(household)) expect(Object.isFrozen(part), path).toBe(true);
  });

  it.each<[string, (h: Household) => unknown]>([
    ["assessHousehold", (h) => assessHousehold(h, { asOf: AS_OF })],
    ["householdFacts", (h) => householdFacts(h, AS_OF)],
    ["assessPovertyCriteria", (h) => assessPovertyCriteria(h)],
    ["householdSize", (h) => householdSize(h)],
    ["membersByAgeBand", (h) => membersByAgeBand(h, AS_OF)],
  ])("%s accepts it without checking it again, and checks an unbranded copy in full", (_, call) => {
    const household = parsed();
    const branded = call(household);
    expect(fullChecks).not.toHaveBeenCalled();
    const copy = plainCopy(household) as Household;
    expect(isTrustedHousehold(copy)).toBe(false);
    expect(call(copy)).toEqual(branded);
    expect(fullChecks).toHaveBeenCalled();
  });

  it("does not let a branded household's brand show: spread, JSON and deep equality see the household alone", () => {
    const household = parsed();
    expect(Object.keys(household)).toEqual(Object.keys(RAW));
    // No symbol or hidden key either: the brand is a private field, which no code outside its module can read.
    expect(Reflect.ownKeys(household)).toEqual(Object.keys(RAW));
    expect(household).toStrictEqual(plainCopy(household));
    expect(JSON.parse(JSON.stringify(household))).toEqual(JSON.parse(JSON.stringify(plainCopy(household))));
  });

  it("returns random valid households deep-frozen and branded from either path (zod reads one with a key written as undefined)", () => {
    fc.assert(
      fc.property(householdArb, fc.boolean(), (input, viaZod) => {
        const given = viaZod ? { ...input, area: undefined } : input;
        expect(fastParseHousehold(given) === undefined).toBe(viaZod);
        const household = parsed(given);
        expect(isTrustedHousehold(household)).toBe(true);
        for (const [path, part] of reachable(household)) expect(Object.isFrozen(part), path).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives every random valid household the same assessment branded as its unbranded copy, the copy alone checked in full", () => {
    fc.assert(
      fc.property(householdArb, (input) => {
        const household = parsed(input);
        expect(isTrustedHousehold(household)).toBe(true);
        for (const [path, part] of reachable(household)) expect(Object.isFrozen(part), path).toBe(true);
        fullChecks.mockClear();
        const branded = outcome(() => assessHousehold(household, { asOf: AS_OF }));
        expect(fullChecks).not.toHaveBeenCalled();
        const copy = plainCopy(household);
        expect(outcome(() => assessHousehold(copy as Household, { asOf: AS_OF }))).toEqual(branded);
        expect(fullChecks).toHaveBeenCalled();
      }),
      RUNS,
    );
  });
});

describe("a parsed household cannot be changed", () => {
  const income = (h: Household) => (h.members[0] as Household["members"][number]).monthlyIncome as unknown as { decimal: { d: number[]; e: number } };
  it.each<[string, (h: Household) => void]>([
    ["a field", (h) => set(h, "id", "other")],
    ["a new field", (h) => set(h, "kk", "6402990101800001")],
    ["a field deleted", (h) => delete (h as Partial<Household>).area],
    ["a field redefined", (h) => Object.defineProperty(h, "area", { value: "urban" })],
    ["its prototype", (h) => Object.setPrototypeOf(h, { desil: { value: 1 } })],
    ["members[0].birthDate", (h) => set(h.members[0], "birthDate", "1940-01-01")],
    ["members[0].x (a new field of a member)", (h) => set(h.members[0], "x", 1)],
    ["members.push", (h) => (h.members as Household["members"][number][]).push({ sex: "male", birthDate: "2020-01-01", relationship: "child" })],
    ["members[1] replaced", (h) => set(h.members, 1, h.members[0])],
    ["members.length", (h) => set(h.members, "length", 1)],
    ["members[1].schooling.enrolled", (h) => set(h.members[1]?.schooling, "enrolled", false)],
    ["desil.value", (h) => set(h.desil, "value", 1)],
    ["housing.toilet.facility", (h) => set(h.housing?.toilet, "facility", "none")],
    ["housing.housingAid.push", (h) => (h.housing?.housingAid as unknown[]).push({ program: "bsps", on: "2020-01-01" })],
    ["currentAid[0].program", (h) => set(h.currentAid?.[0], "program", "pkh")],
    ["the digits of an amount", (h) => set(income(h).decimal.d, 0, 9)],
    ["the exponent of an amount", (h) => set(income(h).decimal, "e", 12)],
    ["a new symbol-keyed field", (h) => set(h, Symbol("tepat-sasaran.parsedHousehold"), h)],
  ])("%s: throws a TypeError (strict mode) and leaves the household as it was", (_, mutate) => {
    const household = parsed();
    const before = JSON.stringify(household);
    expect(() => mutate(household)).toThrow(TypeError);
    expect(JSON.stringify(household)).toBe(before);
    expect(isTrustedHousehold(household)).toBe(true);
  });

  it("refuses any write at any depth of a random valid household", () => {
    fc.assert(
      fc.property(householdArb, fc.nat(), (input, pick) => {
        const household = parsed(input);
        const parts = reachable(household);
        const [path, part] = parts[pick % parts.length] as [string, object];
        const keys = Object.keys(part);
        const key = keys.length === 0 ? "x" : (keys[pick % keys.length] as string);
        expect(() => set(part, key, "changed"), path).toThrow(TypeError);
        expect(() => set(part, "added", 1), path).toThrow(TypeError);
      }),
      RUNS,
    );
  });
});

describe("a copy of a parsed household is checked again", () => {
  // Without amounts: `structuredClone` cannot copy a Rupiah (decimal.js keeps its class on each value).
  const plain = () => parsed({ ...RAW, members: [{ ...RAW.members[0], monthlyIncome: undefined }, RAW.members[1]].map((m) => JSON.parse(JSON.stringify(m))) });

  it.each<[string, () => unknown, (copy: R) => unknown]>([
    ["spread", () => ({ ...parsed() }), (c) => ({ ...c, desil: { value: 11, asOf: "2025-06-01" } })],
    ["Object.assign", () => Object.assign({}, parsed()), (c) => ({ ...c, regency: "99" })],
    ["a JSON round trip", () => JSON.parse(JSON.stringify(parsed())), (c) => ((c.desil as R).value = 0, c)],
    ["structuredClone", () => structuredClone(plain()), (c) => ((c.members as R[])[0]!.birthDate = "1980-02-30", c)],
    ["its descriptors copied (the brand kept, naming the original)", () => Object.create(Object.prototype, Object.getOwnPropertyDescriptors(parsed())), (c) => ((c.kk = "123"), c)],
    ["an object inheriting from it", () => Object.create(parsed()), (c) => Object.defineProperty(c, "desil", { value: { value: 11, asOf: "2025-06-01" }, enumerable: true })],
  ])("%s: not trusted, checked in full, accepted while valid and refused with household.invalid once edited", (_, copy, edit) => {
    const household = copy() as R;
    expect(isTrustedHousehold(household)).toBe(false);
    fullChecks.mockClear();
    expect(assessHousehold(household as unknown as Household, { asOf: AS_OF }).programs.length).toBeGreaterThan(0);
    expect(fullChecks).toHaveBeenCalled();
    expect(thrown(() => assessHousehold(edit(household) as unknown as Household, { asOf: AS_OF })).code).toBe("household.invalid");
  });

  it("a Proxy in front of it: not trusted (a Proxy has none of its target's private fields), checked in full, assessed as the household", () => {
    const household = parsed();
    const proxy = new Proxy(household, {});
    expect(isTrustedHousehold(proxy)).toBe(false);
    fullChecks.mockClear();
    expect(assessHousehold(proxy, { asOf: AS_OF })).toEqual(assessHousehold(household, { asOf: AS_OF }));
    expect(fullChecks).toHaveBeenCalledTimes(1);
  });

  it.each<[string, (copy: R) => void]>([
    ["a symbol of the same name", (c) => Object.defineProperty(c, Symbol("tepat-sasaran.parsedHousehold"), { value: c })],
    ["a registered symbol of the same name", (c) => Object.defineProperty(c, Symbol.for("tepat-sasaran.parsedHousehold"), { value: c })],
  ])("a forged object of the same shape with %s goes through the full check", (_, forge) => {
    // (The brand is a private field of the module that parses: a forgery cannot carry it. Before
    // issue 16's speed work it was a symbol-keyed property, which could be read off a parsed
    // household and set on a forgery to name it.)
    const household = plainCopy(parsed()) as R;
    forge(household);
    deepFreeze(household);
    expect(isTrustedHousehold(household)).toBe(false);
    fullChecks.mockClear();
    assessHousehold(household as unknown as Household, { asOf: AS_OF });
    expect(fullChecks).toHaveBeenCalled();
    const edited = { ...plainCopy(household) as R, desil: { value: 11, asOf: "2025-06-01" } };
    forge(edited);
    expect(thrown(() => assessHousehold(edited as unknown as Household, { asOf: AS_OF })).code).toBe("household.invalid");
  });
});

describe("the readers of tepat-sasaran/node return trusted households", () => {
  it.each<[string, () => AsyncIterable<{ kind: string; household?: Household }>]>([
    ["readHouseholdsJsonl", () => readHouseholdsJsonl(Readable.from([`${JSON.stringify(RAW)}\n`]), { asOf: AS_OF })],
    [
      "readHouseholdsCsv",
      () =>
        readHouseholdsCsv(
          Readable.from(["household_id,regency,desil,desil_as_of,sex,birth_date,relationship,monthly_income\nh1,6402,2,2025-06-01,female,1980-03-04,head,1500000\nh1,6402,2,2025-06-01,male,2014-06-01,child,\n"]),
          { asOf: AS_OF },
        ),
    ],
  ])("%s", async (_, read) => {
    const households: Household[] = [];
    for await (const event of read()) if (event.kind === "household") households.push(event.household as Household);
    expect(households).toHaveLength(1);
    for (const household of households) {
      expect(isTrustedHousehold(household)).toBe(true);
      for (const [path, part] of reachable(household)) expect(Object.isFrozen(part), path).toBe(true);
    }
  });
});

describe("a frozen amount computes as an unfrozen one (decimal.js never writes to its operands)", () => {
  const amount = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 6 })).map(([n, places]) => {
    const text = (n < 0n ? -n : n).toString().padStart(places + 1, "0");
    return `${n < 0n ? "-" : ""}${places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`}`;
  });
  it("gives the same sums, differences, products, roundings, comparisons, splits and texts", () => {
    fc.assert(
      fc.property(amount, amount, fc.constantFrom("0.25", "3", "-1.5", "0.0001"), fc.constantFrom("half-up", "half-even", "down", "up" as const), (a, b, ratio, mode) => {
        const [fa, fb] = [deepFreeze(rupiah(a)), deepFreeze(rupiah(b))];
        const [pa, pb] = [rupiah(a), rupiah(b)];
        const results = (x: typeof pa, y: typeof pb) => [
          x.plus(y).toString(),
          x.minus(y).toString(),
          x.times(ratio).toString(),
          x.round({ unit: 100, mode: mode as "half-up" }).toString(),
          x.compare(y),
          x.equals(y),
          x.isZero(),
          x.isWhole(),
          x.toNumber(),
          x.toString(),
          x.isNegative() || !x.isWhole() ? [] : allocateRupiah(x, [1, 2, 3]).map(String),
        ];
        expect(results(fa, fb)).toEqual(results(pa, pb));
        expect(fa.toString()).toBe(pa.toString());
      }),
      RUNS,
    );
  });
});
