import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { apportion, type AllocationWeight } from "../../src/allocate/index.js";

// Invariants of Hamilton with minimums under the historical convention (hamiltonMinimums: "raise"):
// quotas of the full total, regions below their minimum raised to it, the rest by largest remainder.
const RUNS = { numRuns: 1000 };

const weight: fc.Arbitrary<AllocationWeight> = fc.oneof(
  fc.nat({ max: 12 }),
  fc.nat({ max: 100_000 }),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
);

interface Case {
  weights: AllocationWeight[];
  min: number[];
  seats: number;
}

const caseArb: fc.Arbitrary<Case> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .record({
      weights: fc.array(weight, { minLength: n, maxLength: n }),
      min: fc.array(fc.nat({ max: 3 }), { minLength: n, maxLength: n }),
      above: fc.nat({ max: 120 }),
    })
    .map(({ weights, min, above }) => ({
      weights: weights.every((w) => Number(w) === 0) ? [1, ...weights.slice(1)] : weights,
      min,
      seats: min.reduce((a, b) => a + b, 0) + above,
    })),
);

/** The exact quota n/d of each region, from the result. */
const quotasOf = (c: Case) => {
  const { quotas } = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" });
  return quotas!.map((q) => ({ n: BigInt(q.numerator), d: BigInt(q.denominator) }));
};
const below = (q: { n: bigint; d: bigint }, min: number) => q.n < BigInt(min) * q.d;

describe("hamiltonMinimums: \"raise\" properties", () => {
  test.prop([caseArb], RUNS)("seats add up to the total and every minimum is honoured", (c) => {
    const { seats } = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" });
    expect(seats.reduce((a, b) => a + b, 0)).toBe(c.seats);
    seats.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(c.min[i] as number));
  });

  test.prop([caseArb], RUNS)("a region below its minimum gets exactly the minimum; no other region exceeds its quota rounded up", (c) => {
    const { seats } = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" });
    quotasOf(c).forEach((q, i) => {
      const min = c.min[i] as number;
      if (below(q, min)) expect(seats[i]).toBe(min);
      else expect(BigInt(seats[i] as number) * q.d).toBeLessThan(q.n + q.d); // seats < quota + 1
    });
  });

  test.prop([caseArb], RUNS)("when the raises fit in the others' remainders, every other region gets its quota rounded down or up", (c) => {
    const quotas = quotasOf(c);
    const raisedSeats = quotas.reduce((sum, q, i) => (below(q, c.min[i] as number) ? sum + BigInt(c.min[i] as number) : sum), 0n);
    const floors = quotas.reduce((sum, q, i) => (below(q, c.min[i] as number) ? sum : sum + q.n / q.d), 0n);
    fc.pre(BigInt(c.seats) - raisedSeats - floors >= 0n);
    const { seats } = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" });
    quotas.forEach((q, i) => {
      if (below(q, c.min[i] as number)) return;
      expect([q.n / q.d, q.n / q.d + 1n]).toContain(BigInt(seats[i] as number));
    });
  });

  test.prop([caseArb], RUNS)("when no quota is below its minimum, it gives the same seats and ties as the default convention", (c) => {
    fc.pre(quotasOf(c).every((q, i) => !below(q, c.min[i] as number)));
    const raise = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" });
    const requota = apportion({ method: "hamilton", ...c });
    expect({ seats: raise.seats, ties: raise.ties }).toEqual({ seats: requota.seats, ties: requota.ties });
  });

  test.prop([caseArb], RUNS)("bigint seats give the same apportionment as number seats", (c) => {
    const asNumber = apportion({ method: "hamilton", ...c, hamiltonMinimums: "raise" }).seats;
    const asBigint = apportion({ method: "hamilton", ...c, seats: BigInt(c.seats), hamiltonMinimums: "raise" }).seats;
    expect(asBigint.map(Number)).toEqual(asNumber);
  });
});
