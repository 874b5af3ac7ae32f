import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  TepatSasaranError,
  assessDrinkingWater,
  assessLivableHouse,
  assessSanitation,
  parseHousehold,
  type Household,
} from "../../src/index.js";
import {
  HOUSEHOLD_INDICATORS,
  alkireFoster,
  createDeprivationScorer,
  householdDeprivations,
  householdIndicatorMatrix,
  householdIndicatorSet,
  type AlkireFosterIndicator,
  type MissingPolicy,
} from "../../src/measure/index.js";
import { FIXTURE_AS_OF, aHouseholdInput, fixture } from "../fixtures/index.js";

describe("householdIndicatorSet: nested equal weights", () => {
  it("gives each dimension 1/3 and each indicator an equal share of its dimension", () => {
    const set = householdIndicatorSet();
    expect(set.map((i) => i.id)).toEqual(HOUSEHOLD_INDICATORS.map((i) => i.id));
    for (const indicator of set) {
      expect(indicator.weight).toBeCloseTo(indicator.dimension === "living_standards" ? 1 / 21 : 1 / 6, 15);
    }
    expect(set.reduce((sum, i) => sum + i.weight, 0)).toBeCloseTo(1, 14);
  });

  it("re-nests the weights of a subset and takes dimension weights", () => {
    expect(householdIndicatorSet({ indicators: ["drinking_water", "sanitation", "schooling"] }).map((i) => i.weight)).toEqual([0.25, 0.25, 0.5]);
    const weighted = householdIndicatorSet({ indicators: ["drinking_water", "schooling", "health_insurance"], dimensionWeights: { living_standards: 2 } });
    expect(weighted.map((i) => i.weight)).toEqual([0.5, 0.25, 0.25]);
  });

  it("refuses unknown indicators and bad dimension weights", () => {
    expect(() => householdIndicatorSet({ indicators: ["income" as never] })).toThrowError(TepatSasaranError);
    expect(() => householdIndicatorSet({ dimensionWeights: { health: -1 } })).toThrowError(/health must be a finite number above 0/);
    expect(() => householdIndicatorSet({ indicators: [] })).toThrowError(/at least one indicator/);
  });
});

describe("householdDeprivations", () => {
  it("reads a Kukar PKH family (fixture kukar-01)", () => {
    // Durable board/zinc/wood: not deprived; 30 m² for 5 = 6 m² < 7.2; unprotected well; shared cemplung;
    // PLN light; firewood; Rp 200,000 of savings < 500,000; the 9-year-old is enrolled (the 3-year-old is
    // not of school age); adults completed SD; everyone has PBI; cannot afford treatment.
    expect(householdDeprivations(fixture("kukar-01"), { asOf: FIXTURE_AS_OF })).toEqual({
      housing: false,
      floor_area: true,
      drinking_water: true,
      sanitation: true,
      electricity: false,
      cooking_fuel: true,
      assets: true,
      school_attendance: false,
      schooling: false,
      health_insurance: false,
      health_care: true,
    });
  });

  const one = (overrides: Record<string, unknown>) => {
    const parsed = parseHousehold(aHouseholdInput(overrides), { asOf: FIXTURE_AS_OF });
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    return householdDeprivations(parsed.data, { asOf: FIXTURE_AS_OF });
  };

  it("leaves unrecorded data missing (null), never not deprived", () => {
    expect(Object.values(one({ members: [{ sex: "male", birthDate: "1980-01-01", relationship: "head" }] }))).toEqual([
      null, null, null, null, null, null, null, false, null, null, null,
    ]);
  });

  it.each([
    { name: "a child of 10 out of school is deprived", child: { schooling: { level: "sd", enrolled: false } }, expected: true },
    { name: "a child of 10 at school is not", child: { schooling: { level: "sd", enrolled: true } }, expected: false },
    { name: "a child of 10 without schooling data is missing", child: {}, expected: null },
  ])("school attendance: $name", ({ child, expected }) => {
    const members = [
      { sex: "female", birthDate: "1985-02-02", relationship: "head", education: "smp", jkn: "pbi" },
      { sex: "male", birthDate: "2015-01-01", relationship: "child", jkn: "pbi", ...child },
    ];
    expect(one({ members }).school_attendance).toBe(expected);
  });

  it.each([
    { name: "no adult completed SD", educations: ["none", "sd-not-completed"], expected: true },
    { name: "one adult completed SD", educations: ["none", "sd"], expected: false },
    { name: "an adult's education unknown", educations: ["none", undefined], expected: null },
  ])("schooling: $name", ({ educations, expected }) => {
    const members = educations.map((education, i) => ({
      sex: i === 0 ? "male" : "female",
      birthDate: "1980-01-01",
      relationship: i === 0 ? "head" : "spouse",
      ...(education === undefined ? {} : { education }),
    }));
    expect(one({ members }).schooling).toBe(expected);
  });

  it.each([
    { fuel: "lpg", expected: false },
    { fuel: "none", expected: false },
    { fuel: "kerosene", expected: true },
    { fuel: "firewood", expected: true },
    { fuel: "other", expected: null },
  ])("cooking fuel $fuel → $expected", ({ fuel, expected }) => {
    expect(one({ housing: { cookingFuel: fuel } }).cooking_fuel).toBe(expected);
  });

  it("takes thresholds: floor area and assets", () => {
    const overrides = { housing: { floorArea: 8 }, assets: { savingsAndSellableGoods: "600000" } };
    const parsed = parseHousehold(aHouseholdInput(overrides));
    if (!parsed.success) throw new Error("bad");
    expect(householdDeprivations(parsed.data, { asOf: FIXTURE_AS_OF })).toMatchObject({ floor_area: false, assets: false });
    expect(householdDeprivations(parsed.data, { asOf: FIXTURE_AS_OF, floorAreaPerPerson: 9, assetsMinimum: 1_000_000 })).toMatchObject({
      floor_area: true,
      assets: true,
    });
  });
});

// householdDeprivations reads the household layer's cores; this pins its mapping (unknown → null, "no" → deprived) to the public assessments.
const maybe = <T,>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
const housingArb = fc.record({
  floorArea: fc.option(fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(21.6, 14.4, 7.2, 7.1)), { nil: undefined }),
  floorMaterial: maybe(["marble-granite", "ceramic", "wood-board", "wood-low-quality", "cement-brick", "bamboo", "earth", "other"]),
  wallMaterial: maybe(["masonry", "board", "log", "woven-bamboo", "bamboo", "rumbia", "other"]),
  roofMaterial: maybe(["concrete", "clay-tile", "zinc", "wood-shingle", "bamboo", "thatch", "other"]),
  drinkingWater: maybe(["bottled", "refill", "piped", "protected-well", "unprotected-well", "surface", "rain", "other"]),
  bathingWater: maybe(["piped", "bore-well-pump", "surface", "unprotected-spring"]),
  toilet: fc.option(
    fc.record({
      facility: maybe(["own", "shared", "communal", "public", "none"]),
      type: maybe(["gooseneck", "plengsengan", "cemplung", "none"]),
      disposal: maybe(["septic-tank", "ipal", "pit", "river", "open", "other"]),
    }),
    { nil: undefined },
  ),
});
const clean = (value: unknown): unknown =>
  value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, clean(v)])) : value;
const tri = (holds: string): boolean | null => (holds === "unknown" ? null : holds === "no");

describe("householdDeprivations agrees with the household layer", () => {
  it("on housing, floor area, water and sanitation", () => {
    fc.assert(
      fc.property(housingArb, fc.constantFrom("urban", "rural", undefined), fc.integer({ min: 1, max: 4 }), (housing, area, size) => {
        const members = Array.from({ length: size }, (_, i) => ({ sex: "male", birthDate: "1980-01-01", relationship: i === 0 ? "head" : "other-family" }));
        const input = aHouseholdInput({ ...(area ? { area } : {}), housing: clean(housing) as Record<string, unknown>, members });
        const parsed = parseHousehold(input);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
        const h: Household = parsed.data;
        const row = householdDeprivations(h, { asOf: FIXTURE_AS_OF });
        const livable = assessLivableHouse(h).criteria;
        expect(row.housing).toBe(tri(livable[0]?.holds as string));
        expect(row.floor_area).toBe(tri(livable[1]?.holds as string));
        expect(row.drinking_water).toBe(tri(assessDrinkingWater(h).holds));
        expect(row.sanitation).toBe(tri(assessSanitation(h).holds));
      }),
      { numRuns: 500 },
    );
  });
});

describe("householdIndicatorMatrix", () => {
  it("weights households by members, groups them by regency, and feeds alkireFoster", () => {
    const households = ["kukar-01", "bontang-03", "mahulu-02"].map((id) => fixture(id));
    const matrix = householdIndicatorMatrix(households, { asOf: FIXTURE_AS_OF, missing: "reweight" });
    expect(matrix.ids).toEqual(["kukar-01", "bontang-03", "mahulu-02"]);
    expect([...matrix.options.weights]).toEqual(households.map((h) => h.members.length));
    expect(matrix.options.groups).toEqual(households.map((h) => h.regency));
    const mpi = alkireFoster(matrix.rows, { ...matrix.options, k: 1 / 3 });
    // kukar-01: 5/21 living standards + 1/6 health care = 17/42 ≥ 1/3 → poor.
    expect(mpi.units[0]?.score).toBeCloseTo(17 / 42, 12);
    expect(mpi.units[0]?.poor).toBe(true);
    expect(mpi.missing.policy).toBe("reweight");
    expect(mpi.missing.unitsWithMissing).toBe(matrix.missingValues.households);
  });

  it("counts missing values per indicator before any policy", () => {
    const parsed = parseHousehold(aHouseholdInput({ housing: { drinkingWater: "piped" } }));
    if (!parsed.success) throw new Error("bad");
    const matrix = householdIndicatorMatrix([parsed.data], { asOf: FIXTURE_AS_OF });
    expect(matrix.missingValues.households).toBe(1);
    expect(matrix.missingValues.byIndicator.drinking_water).toBe(0);
    expect(matrix.missingValues.byIndicator.sanitation).toBe(1);
    expect(matrix.options.missing).toBe("error");
    expect(() => alkireFoster(matrix.rows, { ...matrix.options, k: 1 / 3 })).toThrowError(/missing at row 0/);
  });

  it("refuses indicators outside the household set", () => {
    const foreign: AlkireFosterIndicator = { id: "income", dimension: "living", weight: 1, deprived: { cutoff: 1 } };
    expect(() => householdIndicatorMatrix([], { asOf: FIXTURE_AS_OF, indicators: [foreign] })).toThrowError(/not part of the household indicator set/);
  });
});

describe("createDeprivationScorer scores one row exactly as alkireFoster", () => {
  const cell = fc.constantFrom(true, false, null);
  const rows = fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 30 });
  const indicators = householdIndicatorSet({ indicators: ["drinking_water", "sanitation", "electricity", "schooling", "health_insurance"] });
  it.each(["not-deprived", "drop", "reweight"] as MissingPolicy[])("under %s", (missing) => {
    fc.assert(
      fc.property(rows, fc.constantFrom(0.2, 1 / 3, 0.5, 1), (cells, k) => {
        const matrix = cells.map((r) => Object.fromEntries(indicators.map((i, j) => [i.id, r[j]])));
        const score = createDeprivationScorer(indicators, { k, missing });
        const units = matrix.map((row, i) => score(row, i));
        if (units.every((u) => !u.included)) return; // alkireFoster refuses a matrix with no unit left
        const reference = alkireFoster(matrix, { indicators, k, missing });
        units.forEach((unit, i) => {
          const expected = reference.units[i];
          expect(unit.score).toBe(expected?.score);
          expect(unit.poor).toBe(expected?.poor);
          expect(unit.included).toBe(expected?.included);
          expect(unit.missing).toBe(expected?.missing);
        });
        expect(units.filter((u) => u.reweighted).length).toBe(reference.missing.unitsReweighted);
      }),
      { numRuns: 300 },
    );
  });
});
