import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { povertyProfile, type PovertyProfile, type PovertyProfileOptions } from "../../src/measure/index.js";
import type { NumericArray } from "../../src/measure/types.js";
import { giniSums, poorGiniSums } from "../../src/measure/_sen.js";
import { sortedCopy } from "../../src/measure/_sort.js";
import { oraclePovertyProfile } from "./_povertyProfileOracle.js";
import { sortWithPayload } from "./_sortOracle.js";

// `povertyProfile` notes the poor's rows in its pass and reads their values and weights again for
// Sen (2026-12-07, session 48); its former implementation, kept in ./_povertyProfileOracle.ts, gathered
// them into arrays and sorted those in place. Every field must be the same number, bit for bit
// (Object.is: −0 and NaN included), and every refusal the same code on the same row.

type Outcome = { readonly profile: PovertyProfile } | { readonly code: string; readonly message: string };

function outcome(run: () => PovertyProfile): Outcome {
  try {
    return { profile: run() };
  } catch (error) {
    const e = error as { code?: string; message: string };
    return { code: String(e.code), message: e.message };
  }
}

function expectSame(values: NumericArray, options: PovertyProfileOptions): void {
  const fast = outcome(() => povertyProfile(values, options));
  const old = outcome(() => oraclePovertyProfile(values, options));
  if ("profile" in fast && "profile" in old) {
    for (const key of Object.keys(old.profile) as (keyof PovertyProfile)[]) {
      if (!Object.is(fast.profile[key], old.profile[key])) {
        throw new Error(`${key}: ${String(fast.profile[key])} ≠ oracle ${String(old.profile[key])}`);
      }
    }
    expect(Object.keys(fast.profile)).toEqual(Object.keys(old.profile));
  } else {
    expect(fast).toEqual(old);
  }
}

// Values with many ties (small integers), doubles, the line itself, zero and −0, negatives (Watts
// floor or its refusal), and now and then a non-finite one (refused on its row).
const value = (z: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 40 }).map((k) => (k * z) / 20) },
    { weight: 4, arbitrary: fc.double({ min: -50, max: 3 * z, noNaN: true }) },
    { weight: 2, arbitrary: fc.constantFrom(z, 0, -0, z * (1 - 2 ** -52), 5e-324) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) },
  );
// Zero weights (whole samples of them too), ties, doubles, subnormal and huge ones (the rescaled
// path), and now and then a negative or non-finite one (refused on its row).
const weight = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, -0, 1, 2) },
  { weight: 6, arbitrary: fc.double({ min: 1e-3, max: 500, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(5e-324, 1e-310, 1e300, 1.7e308) },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.NaN, Infinity, -Infinity) },
);
const rowsOf = (z: number, maxLength: number) =>
  fc.array(fc.tuple(value(z), weight, fc.double({ min: 0.5, max: 2, noNaN: true })), { maxLength });
const wattsPolicy = fc.constantFrom(undefined, { nonPositive: "error" } as const, { nonPositive: "floor", minimum: 1 } as const);

const cases = fc.record({
  z: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
  length: fc.constantFrom(16, 200, 1_500),
  typed: fc.boolean(),
  weighted: fc.boolean(),
  perRowLine: fc.boolean(),
  watts: wattsPolicy,
});

describe("povertyProfile equals its former implementation bit for bit", () => {
  it("on random samples: ties, zero weights, the line itself, negatives, non-finite values, per-row lines", () => {
    fc.assert(
      fc.property(
        cases.chain((c) => fc.tuple(fc.constant(c), rowsOf(c.z, c.length))),
        ([c, rows]) => {
          const plain = rows.map(([v]) => v);
          const values = c.typed ? Float64Array.from(plain) : plain;
          const w = rows.map(([, x]) => x);
          const weights = c.weighted ? (c.typed ? Float64Array.from(w) : w) : undefined;
          const lines = rows.map(([, , f]) => c.z * f);
          const line = c.perRowLine ? (c.typed ? Float64Array.from(lines) : lines) : c.z;
          expectSame(values, { line, weights, watts: c.watts });
        },
      ),
      { numRuns: 600 },
    );
  });

  it("on valid samples only (so every case reaches Sen), clustered and spread", () => {
    const valid = fc.record({
      z: fc.integer({ min: 1, max: 1_000_000 }),
      n: fc.integer({ min: 1, max: 3_000 }),
      seed: fc.integer(),
      ties: fc.constantFrom(1, 7, 1_000, 1e9),
      zeroWeights: fc.double({ min: 0, max: 1, noNaN: true }),
      weighted: fc.boolean(),
    });
    fc.assert(
      fc.property(valid, ({ z, n, seed, ties, zeroWeights, weighted }) => {
        let state = seed | 0;
        const next = (): number => {
          state = (Math.imul(state, 1_664_525) + 1_013_904_223) | 0;
          return (state >>> 0) / 2 ** 32;
        };
        const values = new Float64Array(n);
        const weights = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          values[i] = Math.floor(next() * ties) * ((2 * z) / ties);
          weights[i] = next() < zeroWeights ? 0 : 1 + Math.floor(next() * 400) / 4;
        }
        if (weights.every((x) => x === 0)) weights[0] = 1;
        expectSame(values, { line: z, weights: weighted ? weights : undefined, watts: { nonPositive: "floor", minimum: 1 } });
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["empty", [], 10, undefined],
    ["one poor row", [5], 10, undefined],
    ["one row at the line", [10], 10, undefined],
    ["all poor, equal", [3, 3, 3, 3], 10, [1, 2, 3, 4]],
    ["poor with zero weight only", [1, 20], 10, [0, 1]],
    ["all weights zero", [1, 2], 10, [0, 0]],
    ["−0 among the poor", [-0, 0, 5], 10, [1, 1, 1]],
    ["subnormal weights", [1, 20, 5], 10, [5e-324, 1e-323, 5e-324]],
    ["huge weights", [1, 20, 5], 10, [1e308, 1.5e308, 1e308]],
    ["a negative weight", [1, 2], 10, [1, -1]],
    ["a NaN value", [1, Number.NaN], 10, [1, 1]],
    ["a zero value under the default policy", [0, 2], 10, [1, 1]],
  ] as const)("%s", (_name, values, line, weights) => {
    expectSame(values as readonly number[], { line, weights: weights as readonly number[] | undefined });
  });

  it.each([
    ["a value at the floor and one below it", [1, 0.5, 3, -2], 2, 1],
    ["a floor above the line", [1, 0.5, 3], 2, 5],
    ["a floor equal to the line", [1, 2, 3], 2, 2],
  ] as const)("Watts floor: %s", (_name, values, line, minimum) => {
    expectSame(values, { line, weights: [1, 2, 3, 4].slice(0, values.length), watts: { nonPositive: "floor", minimum } });
    expectSame(Float64Array.from(values), { line, watts: { nonPositive: "floor", minimum } });
  });

  it("more poor than the first room for them (an eighth of the rows), typed and plain", () => {
    const n = 20_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i * 7919) % 1_000);
    const weights = Float64Array.from({ length: n }, (_, i) => (i % 5) + (i % 3 === 0 ? 0 : 0.25));
    for (const line of [500, 999, 1_000]) {
      expectSame(values, { line, weights, watts: { nonPositive: "floor", minimum: 1 } });
      expectSame(Array.from(values), { line, watts: { nonPositive: "floor", minimum: 1 } });
    }
  });

  it("Sen's sort from the pass's range gives the stable order and the same Gini sums, ties close together included", () => {
    // Keys from a few values packed into one bucket beside a far one, so that elements must move
    // past others in the finishing insertion sort; weights are doubles, so a different order of
    // ties would round differently.
    const key = fc.oneof(fc.constantFrom(0, -0, 1e-9, 2e-9, 3e-9, 0.5, 1), fc.double({ min: -1, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.double({ min: 1e-3, max: 500, noNaN: true })), { minLength: 1, maxLength: 400 }), (pairs) => {
        const keys = Float64Array.from(pairs, ([k]) => k + 0);
        const payload = Float64Array.from(pairs, ([, w]) => w);
        const total = payload.reduce((a, b) => a + b, 0);
        const expectedKeys = Float64Array.from(pairs, ([k]) => k);
        const expectedPayload = payload.slice();
        sortWithPayload(expectedKeys, expectedPayload);
        const sorted = sortedCopy(keys.slice(), payload.slice(), Math.min(...keys), Math.max(...keys));
        expect(Array.from(sorted.keys, (x) => Object.is(x, -0))).not.toContain(true);
        expect(Array.from(sorted.keys)).toEqual(Array.from(expectedKeys));
        expect(Array.from(sorted.payload ?? [])).toEqual(Array.from(expectedPayload));
        const fast = poorGiniSums(keys.slice(), payload.slice(), Math.min(...keys), Math.max(...keys), total);
        const old = giniSums(expectedKeys, expectedPayload, total);
        expect(Object.is(fast.mean, old.mean) && Object.is(fast.halfMeanDifference, old.halfMeanDifference)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
