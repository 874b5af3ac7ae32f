import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { apportion, apportionBySeat, type ApportionmentMethod, type DivisorMethod, type AllocationWeight } from "../../src/allocate/index.js";
import { referenceSeats, seatsAtDivisor, toFraction } from "./reference.js";

const DIVISOR_METHODS: readonly DivisorMethod[] = ["jefferson", "webster", "huntington-hill", "adams"];
const METHODS: readonly ApportionmentMethod[] = ["hamilton", ...DIVISOR_METHODS];
const RUNS = { numRuns: 1000 };

// Small weights on purpose: they make exact ties frequent.
const weight: fc.Arbitrary<AllocationWeight> = fc.oneof(
  fc.nat({ max: 12 }),
  fc.nat({ max: 100_000 }),
  fc.bigInt({ min: 0n, max: 10n ** 15n }),
  fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, "0")}`),
);

interface Case {
  weights: AllocationWeight[];
  min: number[];
  max: (number | null)[];
  seats: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function caseOf(bounded: boolean, maxSeats = 150): fc.Arbitrary<Case> {
  return fc.integer({ min: 1, max: 8 }).chain((n) =>
    fc
      .record({
        weights: fc.array(weight, { minLength: n, maxLength: n }),
        min: fc.array(fc.nat({ max: bounded ? 3 : 0 }), { minLength: n, maxLength: n }),
        room: fc.array(bounded ? fc.option(fc.nat({ max: 30 }), { nil: null }) : fc.constant(null), { minLength: n, maxLength: n }),
        above: fc.nat({ max: maxSeats }),
      })
      .map(({ weights, min, room, above }) => {
        const max = min.map((m, i) => (room[i] === null || room[i] === undefined ? null : m + (room[i] as number)));
        const cap = max.every((m) => m !== null) ? sum(max as number[]) : Number.POSITIVE_INFINITY;
        const fixed = weights.every((w) => toFraction(w)[0] === 0n) ? [1, ...weights.slice(1)] : weights;
        return { weights: fixed, min, max, seats: Math.min(sum(min) + above, cap) };
      }),
  );
}

describe("apportion properties", () => {
  test.prop([caseOf(true), fc.constantFrom(...METHODS)], RUNS)("seats add up to the total and respect every bound", (c, method) => {
    const { seats } = apportion({ method, ...c });
    expect(sum(seats)).toBe(c.seats);
    seats.forEach((s, i) => {
      expect(s).toBeGreaterThanOrEqual(c.min[i] as number);
      if (c.max[i] !== null) expect(s).toBeLessThanOrEqual(c.max[i] as number);
    });
  });

  test.prop([caseOf(true), fc.constantFrom(...DIVISOR_METHODS)], RUNS)(
    "the fast divisor search equals seat-by-seat awarding (ties included) and an independent reference",
    (c, method) => {
      const fast = apportion({ method, ...c });
      expect(fast).toEqual(apportionBySeat({ method, ...c }));
      const scaled = c.weights.map((w) => toFraction(w)).map(([n, d]) => n * (10n ** 2n / d));
      expect(fast.seats).toEqual(referenceSeats(method, c.seats, scaled, c.min, c.max));
    },
  );

  test.prop([caseOf(true), fc.constantFrom(...DIVISOR_METHODS)], RUNS)("a reported divisor reproduces the seats", (c, method) => {
    const result = apportion({ method, ...c });
    if (result.divisor !== null) expect(seatsAtDivisor(method, result.divisor, c.weights, c.min, c.max)).toEqual(result.seats);
    if (result.ties.length > 0) expect(result.divisor).toBeNull();
  });

  test.prop([caseOf(true), fc.constantFrom(...DIVISOR_METHODS)], RUNS)("divisor methods are house-monotone", (c, method) => {
    const cap = c.max.every((m) => m !== null) ? sum(c.max as number[]) : Number.POSITIVE_INFINITY;
    fc.pre(c.seats + 1 <= cap);
    const before = apportion({ method, ...c }).seats;
    const after = apportion({ method, ...c, seats: c.seats + 1 }).seats;
    before.forEach((s, i) => expect(after[i]).toBeGreaterThanOrEqual(s));
  });

  test.prop(
    [
      caseOf(true).filter((c) => c.weights.length >= 2),
      fc.constantFrom(...DIVISOR_METHODS),
      fc.nat(),
      fc.nat(),
      fc.nat({ max: 50 }),
      fc.nat({ max: 50 }),
    ],
    RUNS,
  )("divisor methods are population-monotone: a region that grows against another never loses while it gains", (c, method, a, b, grow, shrink) => {
    const n = c.weights.length;
    const i = a % n;
    const j = (i + 1 + (b % (n - 1))) % n;
    const base = c.weights.map((w) => toFraction(w)).map(([num, den]) => num * (10n ** 2n / den));
    const wi = base[i] as bigint;
    const wj = base[j] as bigint;
    const next = [...base];
    next[i] = wi + BigInt(grow);
    next[j] = wj > BigInt(shrink) ? wj - BigInt(shrink) : 0n;
    fc.pre((next[i] as bigint) * wj > wi * (next[j] as bigint) || (wj > 0n && next[j] === 0n));
    fc.pre(next.some((w) => w > 0n));
    const before = apportion({ method, ...c, weights: base }).seats;
    const after = apportion({ method, ...c, weights: next }).seats;
    expect((after[i] as number) < (before[i] as number) && (after[j] as number) > (before[j] as number)).toBe(false);
  });

  test.prop(
    [caseOf(true).chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(c.weights.map((_, k) => k), { minLength: c.weights.length }))), fc.constantFrom(...METHODS)],
    RUNS,
  )("the result does not depend on input order (tie-break by original position)", ([c, permutation], method) => {
    // New position k holds original region permutation[k]; ties still go to the lower original index.
    const permuted = {
      seats: c.seats,
      weights: permutation.map((k) => c.weights[k] as AllocationWeight),
      min: permutation.map((k) => c.min[k] as number),
      max: permutation.map((k) => c.max[k] as number | null),
      tieBreak: [...permutation.keys()].sort((x, y) => (permutation[x] as number) - (permutation[y] as number)),
    };
    const original = apportion({ method, ...c });
    const shuffled = apportion({ method, ...permuted });
    expect(permutation.map((k) => original.seats[k])).toEqual(shuffled.seats);
    expect(original.ties.map((t) => t.winners)).toEqual(shuffled.ties.map((t) => t.winners.map((k) => permutation[k])));
  });

  test.prop([caseOf(true)], RUNS)("Hamilton satisfies quota: each region gets its exact quota rounded down or up", (c) => {
    const result = apportion({ method: "hamilton", ...c });
    result.seats.forEach((s, i) => {
      const quota = result.quotas?.[i];
      const floor = BigInt(quota?.numerator ?? "0") / BigInt(quota?.denominator ?? "1");
      expect(BigInt(s) - floor).toBeGreaterThanOrEqual(0n);
      expect(BigInt(s) - floor).toBeLessThanOrEqual(1n);
    });
  });

  test.prop([caseOf(false)], RUNS)("Hamilton without bounds is the textbook largest remainder", (c) => {
    const scaled = c.weights.map((w) => toFraction(w)).map(([n, d]) => n * (10n ** 2n / d));
    const total = scaled.reduce((x, y) => x + y, 0n);
    const seats = BigInt(c.seats);
    const lower = scaled.map((w) => (seats * w) / total);
    const order = scaled
      .map((w, i) => ({ i, r: (seats * w) % total }))
      .sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
    const left = Number(seats - lower.reduce((x, y) => x + y, 0n));
    const expected = lower.map(Number);
    for (const { i } of order.slice(0, left)) expected[i] = (expected[i] as number) + 1;
    expect(apportion({ method: "hamilton", ...c }).seats).toEqual(expected);
  });
});
