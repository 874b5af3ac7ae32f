import { describe, expect, it } from "vitest";
import {
  ConfidenceSchema,
  RegionCodeSchema,
  RegionPovertyStatsSchema,
  TepatSasaranError,
  figureSchema,
  impliedPopulation,
  kaltim,
  kaltimRegions,
  parseRegionPovertyDataset,
  parseRegionPovertyStats,
  rankRegions,
  regionLevel,
  weakestConfidence,
} from "../../src/index.js";

// Issue 18 (hostile input). Finding 4: the embedded datasets are deeply frozen, so one caller cannot
// change the figures every later call reads. Finding 5: the "never throws" parsers and the exported
// schemas' safeParse never throw, whatever the input object does.
const trap = () => {
  throw new Error("trap");
};
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
const valid = JSON.parse(JSON.stringify(kaltim.regencies2024[1])) as Record<string, unknown>;
const hostile: [string, unknown][] = [
  ["a revoked Proxy", revoked],
  ["a Proxy whose traps throw", new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap })],
  ["a throwing getter at the top", Object.defineProperty({ ...valid }, "code", { get: trap, enumerable: true })],
  ["a throwing getter inside a figure", { ...valid, poor: Object.defineProperty({ status: "known" }, "value", { get: trap, enumerable: true }) }],
  ["a Proxy inside the notes", { ...valid, notes: new Proxy([], { get: trap }) }],
  ["Object.create(null)", Object.create(null)],
];

describe("finding 5: parsers and schemas never throw", () => {
  it.each(hostile)("parseRegionPovertyStats(%s) returns issues", (_name, input) => {
    const result = parseRegionPovertyStats(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
  });

  it.each(hostile)("parseRegionPovertyDataset([%s]) returns issues", (_name, input) => {
    expect(parseRegionPovertyDataset([input]).success).toBe(false);
    expect(parseRegionPovertyDataset(input).success).toBe(false);
  });

  it.each(hostile)("every exported schema's safeParse(%s) returns a failure, and reading its error does not throw", (_name, input) => {
    for (const schema of [RegionPovertyStatsSchema, RegionCodeSchema, ConfidenceSchema, figureSchema(ConfidenceSchema)]) {
      const result = schema.safeParse(input);
      expect(result.success).toBe(false);
      expect(() => JSON.stringify(result.error?.issues)).not.toThrow();
    }
  });
});

describe("finding 4: embedded datasets are deeply frozen", () => {
  it("writing to kaltim throws and changes nothing for later calls", () => {
    const before = rankRegions(kaltim.regencies2024, "count").regions.map((r) => r.code);
    const poor = kaltim.regencies2024[1]?.poor as { value: number };
    expect(() => {
      poor.value = 1;
    }).toThrow(TypeError);
    expect(() => {
      (kaltim.regencies2024 as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (kaltim.province as Record<string, unknown>)["2024-03"] = null;
    }).toThrow(TypeError);
    const line = kaltim.province["2024-03"].povertyLine;
    expect(() => {
      if (line.status === "known") (line.value.decimal as unknown as { d: number[] }).d[0] = 1;
    }).toThrow(TypeError);
    expect(rankRegions(kaltim.regencies2024, "count").regions.map((r) => r.code)).toEqual(before);
  });

  it("writing to kaltimRegions throws", () => {
    expect(() => {
      (kaltimRegions["64.02"] as { name: string }).name = "x";
    }).toThrow(TypeError);
    expect(kaltimRegions["64.02"].name).toBe("Kutai Kartanegara");
  });
});

describe("finding 5: region helpers throw only TepatSasaranError", () => {
  it.each([
    ["regionLevel of a number", () => regionLevel(6402 as never), "region.invalid_code"],
    ["regionLevel of an undotted code", () => regionLevel("6402" as never), "region.invalid_code"],
    ["weakestConfidence of an unknown tag", () => weakestConfidence("X" as never), "region.bad_confidence"],
    ["impliedPopulation of a record without figures", () => impliedPopulation({ code: "64.02", name: "x" } as never), "region.bad_figure"],
    ["impliedPopulation of null", () => impliedPopulation(null as never), "region.bad_stats"],
  ])("%s", (_name, run, expected) => {
    try {
      run();
      throw new Error("expected a throw");
    } catch (error) {
      expect(error).toBeInstanceOf(TepatSasaranError);
      expect((error as TepatSasaranError).code).toBe(expected);
    }
  });
});
