import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidId, readIdNumber } from "../../src/household/idNumber.js";
import { isRegionCode, parseRegionCode, RegionCodeSchema } from "../../src/region/code.js";

// The fast paths for well-formed input (region codes, NIK/KK numbers) each stand beside the code that
// explains a rejection. They must agree: what the fast path refuses, the explaining path must find
// at least one reason for, and every entry point must accept exactly the same inputs.

const RUNS = { numRuns: 5_000 };
const digit = fc.constantFrom(..."0123456789");
// Mostly-valid numbers: a plausible region, day (NIK women +40), month and serial, with random digits mixed in.
const idLike = fc.oneof(
  fc.array(digit, { minLength: 16, maxLength: 16 }).map((d) => d.join("")),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }))
    .map((parts) => parts.map((n, i) => String(n).padStart(i === 6 ? 4 : 2, "0")).join("")),
  fc.string({ maxLength: 18 }),
);
const regionLike = fc.oneof(
  fc.array(fc.constantFrom(..."0123456789."), { maxLength: 14 }).map((c) => c.join("")),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 4 }), fc.boolean())
    .map(([p, k, c, d, parts, dotted]) => [String(p).padStart(2, "0"), String(k).padStart(2, "0"), String(c).padStart(2, "0"), String(d).padStart(4, "0")].slice(0, parts).join(dotted ? "." : "")),
  fc.string({ maxLength: 14 }),
);

describe("fast paths agree with the explaining paths", () => {
  it.each(["nik", "kk"] as const)("%s numbers: valid ⇔ fields; refused ⇒ at least one issue", (kind) => {
    fc.assert(
      fc.property(idLike, (input) => {
        const read = readIdNumber(kind, input);
        expect(read.fields !== undefined).toBe(isValidId(kind, input));
        if (read.fields === undefined) expect(read.issues.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("region codes: parseRegionCode, RegionCodeSchema and isRegionCode accept the same inputs", () => {
    fc.assert(
      fc.property(regionLike, (input) => {
        const parsed = parseRegionCode(input);
        const schema = RegionCodeSchema.safeParse(input);
        expect(schema.success).toBe(parsed.success);
        if (parsed.success) {
          expect(schema.data).toBe(parsed.data);
          expect(isRegionCode(input)).toBe(parsed.data === input);
        } else {
          expect(parsed.issues.length).toBeGreaterThan(0);
          expect(isRegionCode(input)).toBe(false);
        }
      }),
      RUNS,
    );
  });
});
