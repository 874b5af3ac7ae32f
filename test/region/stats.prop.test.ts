import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kaltim, parseRegionCode, parseRegionPovertyDataset, parseRegionPovertyStats } from "../../src/index.js";

const RUNS = { numRuns: 2_000 };

describe("parsers never throw", () => {
  it("parseRegionPovertyStats on anything", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }), (input) => {
        const result = parseRegionPovertyStats(input);
        expect(typeof result.success).toBe("boolean");
      }),
      RUNS,
    );
  });

  it("parseRegionPovertyStats on JSON values, and on near-valid records with one field replaced", () => {
    const valid = JSON.parse(JSON.stringify(kaltim.regencies2024[0])) as Record<string, unknown>;
    const keys = Object.keys(valid);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...keys), (value, key) => {
        expect(typeof parseRegionPovertyStats(value).success).toBe("boolean");
        const result = parseRegionPovertyStats({ ...valid, [key]: value });
        if (!result.success) {
          for (const found of result.issues) {
            expect(found.code).toMatch(/^(input|region|money|time)\./);
            expect(typeof found.message.id).toBe("string");
            expect(typeof found.message.en).toBe("string");
          }
        }
      }),
      RUNS,
    );
  });

  it("parseRegionPovertyDataset and parseRegionCode on anything", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(typeof parseRegionPovertyDataset(input).success).toBe("boolean");
        expect(typeof parseRegionCode(input).success).toBe("boolean");
      }),
      RUNS,
    );
  });
});

describe("region code properties", () => {
  const part = (digits: number) =>
    fc.integer({ min: 1, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, "0"));
  const code = fc
    .tuple(fc.integer({ min: 11, max: 99 }).map(String), part(2), part(2), part(4), fc.integer({ min: 1, max: 4 }))
    .map(([p, r, d, v, depth]) => [p, r, d, v].slice(0, depth));

  it("dotted and undotted forms parse to the same code, which is a fixed point", () => {
    fc.assert(
      fc.property(code, (parts) => {
        const dotted = parseRegionCode(parts.join("."));
        const undotted = parseRegionCode(parts.join(""));
        expect(dotted).toEqual(undotted);
        expect(dotted.success && parseRegionCode(dotted.data)).toEqual(dotted);
      }),
      RUNS,
    );
  });
});
