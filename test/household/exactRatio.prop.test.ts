import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareShare, shareBelow } from "../../src/household/exactRatio.js";

// shareBelow decides "area per person below 7.2 m²" in floating point when the sides are far apart:
// it must always say what the exact comparison of the written decimals says.

describe("shareBelow", () => {
  it("says what the exact comparison says, for any area and member count", () => {
    const count = fc.integer({ min: 1, max: 40 });
    // Areas near the boundary (7.2 × count, give or take a little) and anywhere, with 0–4 decimals as written.
    const area = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 4 })).map(([n, d]) => Number((n / 10 ** d).toFixed(d))),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(area, count, (total, n) => {
        expect(shareBelow(total, n, 7.2)).toBe(compareShare(total, n, 7.2) < 0);
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    [21.6, 3, false], // exactly 7.2 m² each: not below (floating point would say 7.199999…)
    [21.5, 3, true],
    [7.2, 1, false],
    [7.19, 1, true],
    [36.000000001, 5, false],
    [35.999999999, 5, true],
    [0.1, 1, true],
  ])("%s m² for %s people is below 7.2 m² each: %s", (total, count, below) => {
    expect(shareBelow(total, count, 7.2)).toBe(below);
    expect(compareShare(total, count, 7.2) < 0).toBe(below);
  });
});
