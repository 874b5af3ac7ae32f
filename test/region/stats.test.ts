import { describe, expect, it } from "vitest";
import {
  impliedPopulation,
  knownValue,
  parseRegionPovertyDataset,
  parseRegionPovertyStats,
  regencyKind,
  weakestConfidence,
  type RegionPovertyStats,
} from "../../src/index.js";

// A made-up province 99 with two regencies, as an app would bring its own data from JSON.
const SOURCE = "BPS Provinsi Contoh, Data dan Informasi Kemiskinan 2024 (made up for tests)";
const missing = (reason: string) => ({ status: "missing", reason });
const own = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: "9901",
  name: "Kabupaten Contoh",
  period: "2024",
  poor: { status: "known", value: 12_000, source: SOURCE, confidence: "H" },
  p0Percent: { status: "known", value: 8, source: SOURCE, confidence: "M" },
  population: missing("not published"),
  povertyLine: { status: "known", value: "650000", source: SOURCE, confidence: "H" },
  p1: { status: "known", value: 1.2, source: SOURCE, confidence: "L" },
  p2: missing("not published"),
  ...over,
});

describe("bringing your own province through the schema", () => {
  const dataset = [
    own(),
    own({
      code: "99.71",
      name: "Kota Contoh",
      poor: { status: "known", value: 3_000, source: SOURCE, confidence: "H" },
      p0Percent: { status: "known", value: 2.5, source: SOURCE, confidence: "H" },
      population: { status: "known", value: 120_000, source: SOURCE, confidence: "H" },
      povertyLine: missing("two releases disagree"),
    }),
  ];

  it("parses, normalises codes and converts amounts", () => {
    const result = parseRegionPovertyDataset(dataset);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const [kab, kota] = result.data as [RegionPovertyStats, RegionPovertyStats];
    expect(kab.code).toBe("99.01");
    expect(regencyKind(kab.code)).toBe("kabupaten");
    expect(regencyKind(kota.code)).toBe("kota");
    expect(knownValue(kab.povertyLine)?.toString()).toBe("650000");
    expect(impliedPopulation(kab)).toEqual({
      status: "known",
      value: 150_000,
      source: "derived: poor ÷ (P0 / 100)",
      confidence: "M",
      note: `poor: ${SOURCE}; P0: ${SOURCE}`,
    });
    expect(knownValue(impliedPopulation(kota))).toBeCloseTo(120_000, 6);
  });

  it("rejects the same region and period twice", () => {
    const result = parseRegionPovertyDataset([own(), own({ code: "99.01" })]);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, "code"], "region.duplicate_stats"],
    ]);
  });

  it("prefixes issue paths with the entry index", () => {
    const result = parseRegionPovertyDataset([own(), own({ code: "99.2" })]);
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, "code"], "region.bad_part_length"],
    ]);
  });

  it("wants an array", () => {
    const result = parseRegionPovertyDataset({ "99.01": own() });
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual(["input.invalid_type"]);
  });
});

describe("parseRegionPovertyStats reports every problem with its path", () => {
  it.each([
    { name: "a malformed code", over: { code: "99.0" }, path: ["code"], code: "region.bad_part_length" },
    { name: "an empty name", over: { name: " " }, path: ["name"], code: "input.too_small" },
    { name: "a bad period", over: { period: "2024-13" }, path: ["period"], code: "region.invalid_period" },
    { name: "a period that is no label", over: { period: "March 2024" }, path: ["period"], code: "region.invalid_period" },
    // Counts of persons: whole, ≥ 0, exact (BPS tables give thousands, "ribu jiwa").
    ...(
      [
        ["a fractional count", "poor", 12.5],
        ["a population in thousands with its decimals (810.44)", "population", 810.44],
        ["a negative count", "poor", -1],
        ["a count past the safe integers", "poor", 2 ** 53],
      ] as const
    ).map(([name, field, value]) => ({
      name,
      over: { [field]: { status: "known", value, source: SOURCE, confidence: "H" } },
      path: [field, "value"],
      code: "region.count_not_whole",
    })),
    {
      name: "P0 above 100",
      over: { p0Percent: { status: "known", value: 108, source: SOURCE, confidence: "H" } },
      path: ["p0Percent", "value"],
      code: "region.percent_out_of_range",
    },
    {
      name: "a negative poverty line",
      over: { povertyLine: { status: "known", value: "-1", source: SOURCE, confidence: "H" } },
      path: ["povertyLine", "value"],
      code: "region.negative_rupiah",
    },
    {
      name: "a poverty line that is not a number",
      over: { povertyLine: { status: "known", value: "Rp 650rb", source: SOURCE, confidence: "H" } },
      path: ["povertyLine", "value"],
      code: "money.not_a_number",
    },
    {
      name: "a known figure without a source",
      over: { p1: { status: "known", value: 1.2, source: "", confidence: "H" } },
      path: ["p1", "source"],
      code: "input.too_small",
    },
    {
      name: "an unknown confidence tag",
      over: { p1: { status: "known", value: 1.2, source: SOURCE, confidence: "A" } },
      path: ["p1", "confidence"],
      code: "input.invalid_value",
    },
    { name: "a missing figure without reason", over: { p2: { status: "missing", reason: "" } }, path: ["p2", "reason"], code: "input.too_small" },
    { name: "zero written for missing", over: { p2: 0 }, path: ["p2"], code: "input.invalid_type" },
    { name: "a figure left out", over: { population: undefined }, path: ["population"], code: "input.invalid_type" },
    { name: "a typo in a key", over: { povertyline: "650000" }, path: [], code: "input.unrecognized_keys" },
    {
      name: "more poor people than people",
      over: { population: { status: "known", value: 10_000, source: SOURCE, confidence: "H" } },
      path: ["poor"],
      code: "region.poor_exceeds_population",
    },
    // P0 = poor ÷ population × 100 (BPS): a count off by a factor of 2 or more is a slip of units.
    {
      name: "a count in thousands (59, ribu jiwa) against P0 and the population",
      over: { poor: { status: "known", value: 59, source: SOURCE, confidence: "H" }, p0Percent: { status: "known", value: 7.28, source: SOURCE, confidence: "H" }, population: { status: "known", value: 810_440, source: SOURCE, confidence: "M" } },
      path: ["poor"],
      code: "region.poor_inconsistent_with_p0",
    },
    {
      name: "P0 as a fraction (0.0728) against the count and the population",
      over: { poor: { status: "known", value: 59_000, source: SOURCE, confidence: "H" }, p0Percent: { status: "known", value: 0.0728, source: SOURCE, confidence: "H" }, population: { status: "known", value: 810_440, source: SOURCE, confidence: "M" } },
      path: ["poor"],
      code: "region.poor_inconsistent_with_p0",
    },
  ])("$name → $code at $path", ({ over, path, code }) => {
    const result = parseRegionPovertyStats(own(over));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual({ path, code });
    for (const found of result.issues) {
      expect(found.message.id.length).toBeGreaterThan(0);
      expect(found.message.en.length).toBeGreaterThan(0);
    }
  });

  it.each([
    { name: "Kutai Kartanegara 2024: 59,000 poor, 7.28%, the population P0 implies", poor: 59_000, p0: 7.28, population: 810_440 },
    { name: "a population from another source, 30% larger", poor: 59_000, p0: 7.28, population: 1_053_572 },
    { name: "a population from another source, 40% smaller", poor: 59_000, p0: 7.28, population: 486_264 },
    { name: "P0 rounded to 0.00 for a few poor people in a large population", poor: 40, p0: 0, population: 1_000_000 },
    { name: "P0 rounded to 0.01 for 2 poor people in 30,000", poor: 2, p0: 0.01, population: 30_000 },
    { name: "no poor people at P0 0%", poor: 0, p0: 0, population: 5_000 },
  ])("accepts a count that matches P0 × population within a factor of 2 or P0's rounding: $name", ({ poor, p0, population }) => {
    const figure = (value: number) => ({ status: "known", value, source: SOURCE, confidence: "H" });
    const result = parseRegionPovertyStats(own({ poor: figure(poor), p0Percent: figure(p0), population: figure(population) }));
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([]);
  });

  it("says a count must be whole persons, in both languages, pointing at BPS's thousands", () => {
    const result = parseRegionPovertyStats(own({ poor: { status: "known", value: 59.3, source: SOURCE, confidence: "H" } }));
    expect(result.success ? undefined : result.issues[0]?.message).toEqual({
      id: "Jumlah orang harus bilangan bulat ≥ 0, bukan 59,3 (tabel BPS dalam ribu jiwa: 59,0 ditulis 59000)",
      en: "A count of persons must be a whole number ≥ 0, not 59.3 (BPS tables give thousands: write 59.0 as 59000)",
    });
  });

  it("says what the inconsistent count was expected to be, in both languages", () => {
    const figure = (value: number) => ({ status: "known", value, source: SOURCE, confidence: "H" });
    const result = parseRegionPovertyStats(own({ poor: figure(59), p0Percent: figure(7.28), population: figure(810_440) }));
    expect(result.success ? undefined : result.issues[0]?.message).toEqual({
      id: "Penduduk miskin 59 tidak sesuai P0 7,28% dari 810440 penduduk (sekitar 59000): dalam ribu jiwa, atau P0 pecahan?",
      en: "59 poor people do not match P0 7.28% of 810440 people (about 59000): in thousands, or P0 as a fraction?",
    });
  });

  it("lists every issue at once", () => {
    const result = parseRegionPovertyStats(own({ code: "00", period: "x", p2: 0 }));
    expect(result.success ? [] : result.issues.map((i) => i.path.join("."))).toEqual(["code", "period", "p2"]);
  });

  it("accepts a month label as period and keeps notes", () => {
    const result = parseRegionPovertyStats(own({ period: "2024-03", notes: ["revised"] }));
    expect(result.success && result.data.period).toBe("2024-03");
    expect(result.success && result.data.notes).toEqual(["revised"]);
  });

  it("drops optional keys explicitly set to undefined", () => {
    const input = own({ urbanP0Percent: undefined });
    (input.poor as Record<string, unknown>).note = undefined;
    const result = parseRegionPovertyStats(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect("urbanP0Percent" in result.data).toBe(false);
    expect("note" in result.data.poor).toBe(false);
  });
});

describe("impliedPopulation", () => {
  const base = parseRegionPovertyStats(own());
  if (!base.success) throw new Error("fixture must parse");

  it.each([
    { name: "poor missing", over: { poor: missing("not yet released") }, reason: /poor count missing: not yet released/ },
    { name: "P0 missing", over: { p0Percent: missing("not yet released") }, reason: /P0 missing/ },
    {
      name: "P0 zero",
      over: { p0Percent: { status: "known", value: 0, source: SOURCE, confidence: "H" } },
      reason: /P0 is 0/,
    },
  ])("is missing when $name", ({ over, reason }) => {
    const stats = { ...base.data, ...over } as RegionPovertyStats;
    const result = impliedPopulation(stats);
    expect(result.status).toBe("missing");
    expect(result.status === "missing" && result.reason).toMatch(reason);
  });

  it("takes the weaker confidence of its inputs", () => {
    expect(weakestConfidence("H", "M")).toBe("M");
    expect(weakestConfidence("H", "UNVERIFIED", "L")).toBe("UNVERIFIED");
    expect(weakestConfidence("H")).toBe("H");
  });
});
