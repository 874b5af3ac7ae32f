import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PovertyAccumulator,
  alkireFoster,
  fgt,
  fgtBySubgroup,
  gini,
  povertyProfile,
  rankDeciles,
  weightedDeciles,
  type AlkireFosterIndicator,
} from "../../src/measure/index.js";

const RUNS = { numRuns: 1_000 };

/** |a − b| ≤ 1e-12 relative (absolute near 0). */
function near(a: number | null, b: number | null): void {
  if (a === null || b === null) {
    expect(a).toBe(b);
    return;
  }
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a), Math.abs(b)));
}

// Welfare values: integers (ties) or doubles, not subnormal (products of subnormals lose their precision).
const value = fc.oneof(
  fc.integer({ min: 0, max: 2000 }),
  fc.double({ min: 0, max: 2000, noNaN: true }).map((x) => (x < 1e-9 ? 0 : x)),
);
// Realistic weights: 0, or between 1e-3 and 50 (subnormal weights lose precision; see the overflow test).
const weight = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 1e-3, max: 50, noNaN: true }), fc.constant(0));
/** Rows of (value, weight) with a positive total weight. */
const sample = fc
  .array(fc.tuple(value, weight), { minLength: 1, maxLength: 60 })
  .filter((rows) => rows.some(([, w]) => w > 0));
const line = fc.integer({ min: 1, max: 2000 });
const split = (rows: readonly (readonly [number, number])[]) => ({
  values: rows.map(([v]) => v),
  weights: rows.map(([, w]) => w),
});

/** A permutation of 0..n−1 from a seed list (stable sort by random keys). */
const permutationOf = (n: number, keys: readonly number[]) =>
  Array.from({ length: n }, (_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);

const PROFILE_KEYS = ["p0", "p1", "p2", "watts", "sen", "incomeGapRatio", "giniAmongPoor", "population", "poor"] as const;
const WATTS = { nonPositive: "floor", minimum: 1 } as const;

describe("monetary poverty properties", () => {
  it("P0 ≥ P1 ≥ P2 ≥ 0 for non-negative values", () => {
    fc.assert(
      fc.property(sample, line, (rows, z) => {
        const { values, weights } = split(rows);
        const p = povertyProfile(values, { line: z, weights, watts: WATTS });
        expect(p.p0).toBeGreaterThanOrEqual(p.p1 - 1e-15);
        expect(p.p1).toBeGreaterThanOrEqual(p.p2 - 1e-15);
        expect(p.p2).toBeGreaterThanOrEqual(0);
        expect(p.sen).toBeGreaterThanOrEqual(0);
        expect(p.sen).toBeLessThanOrEqual(p.p0 + 1e-15);
      }),
      RUNS,
    );
  });

  it("raising a poor person's value never raises P0, P1 or P2", () => {
    fc.assert(
      fc.property(sample, line, fc.nat(), fc.double({ min: 0, max: 3000, noNaN: true }), (rows, z, pick, raise) => {
        const { values, weights } = split(rows);
        const poor = values.map((v, i) => (v < z ? i : -1)).filter((i) => i >= 0);
        fc.pre(poor.length > 0);
        const i = poor[pick % poor.length] as number;
        const raised = values.map((v, j) => (j === i ? v + raise : v));
        const before = povertyProfile(values, { line: z, weights, watts: WATTS });
        const after = povertyProfile(raised, { line: z, weights, watts: WATTS });
        for (const key of ["p0", "p1", "p2"] as const) expect(after[key]).toBeLessThanOrEqual(before[key] + 1e-12);
      }),
      RUNS,
    );
  });

  it("scaling every weight leaves every index unchanged", () => {
    fc.assert(
      fc.property(sample, line, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (rows, z, c) => {
        const { values, weights } = split(rows);
        const scaled = weights.map((w) => w * c);
        const a = povertyProfile(values, { line: z, weights, watts: WATTS });
        const b = povertyProfile(values, { line: z, weights: scaled, watts: WATTS });
        for (const key of PROFILE_KEYS.slice(0, 7)) near(a[key], b[key]);
        near(fgt(values, { line: z, alpha: 1.5, weights }), fgt(values, { line: z, alpha: 1.5, weights: scaled }));
        if (values.some((v, i) => v > 0 && (weights[i] as number) > 0)) {
          near(gini(values, { weights }), gini(values, { weights: scaled }));
        }
        // Quantiles compare cumulative weights with p·N: exact under power-of-two scaling.
        expect(weightedDeciles(values, weights.map((w) => w * 1024))).toEqual(weightedDeciles(values, weights));
      }),
      RUNS,
    );
  });

  it("permuting rows changes nothing", () => {
    fc.assert(
      fc.property(sample, line, fc.array(fc.double({ noNaN: true }), { minLength: 60, maxLength: 60 }), (rows, z, keys) => {
        const { values, weights } = split(rows);
        const order = permutationOf(values.length, keys);
        const pv = order.map((i) => values[i] as number);
        const pw = order.map((i) => weights[i] as number);
        const a = povertyProfile(values, { line: z, weights, watts: WATTS });
        const b = povertyProfile(pv, { line: z, weights: pw, watts: WATTS });
        for (const key of PROFILE_KEYS) near(a[key], b[key]);
        if (values.some((v, i) => v > 0 && (weights[i] as number) > 0)) near(gini(values, { weights }), gini(pv, { weights: pw }));
        expect(weightedDeciles(pv, pw)).toEqual(weightedDeciles(values, weights));
        const deciles = rankDeciles(values, weights);
        expect(Array.from(rankDeciles(pv, pw))).toEqual(order.map((i) => deciles[i]));
        const groups = values.map((v) => (v % 3 === 0 ? "a" : v % 3 < 1.5 ? "b" : "c"));
        const da = fgtBySubgroup(values, groups, { line: z, alpha: 2, weights });
        const db = fgtBySubgroup(pv, order.map((i) => groups[i] as string), { line: z, alpha: 2, weights: pw });
        expect(db.groups.map((g) => g.group)).toEqual(da.groups.map((g) => g.group));
        da.groups.forEach((g, k) => near(g.contribution, db.groups[k]?.contribution ?? null));
      }),
      RUNS,
    );
  });

  it("Gini and Sen equal their O(n²) pairwise definitions", () => {
    fc.assert(
      fc.property(sample, line, (rows, z) => {
        const { values, weights } = split(rows);
        const n = values.length;
        let pairs = 0, total = 0, weightedSum = 0;
        for (let i = 0; i < n; i++) {
          total += weights[i] as number;
          weightedSum += (weights[i] as number) * (values[i] as number);
          for (let j = 0; j < n; j++) {
            pairs += (weights[i] as number) * (weights[j] as number) * Math.abs((values[i] as number) - (values[j] as number));
          }
        }
        if (weightedSum > 0) near(gini(values, { weights }), pairs / (2 * total * total * (weightedSum / total)));
        // Sen = P0·(I + D/N_p²), D = half the pairwise sum over the poor of |xᵢ − xⱼ|, x = y/z.
        let np = 0, gaps = 0, d = 0;
        for (let i = 0; i < n; i++) {
          if ((values[i] as number) >= z) continue;
          np += weights[i] as number;
          gaps += (weights[i] as number) * (1 - (values[i] as number) / z);
          for (let j = 0; j < n; j++) {
            if ((values[j] as number) >= z) continue;
            d += (weights[i] as number) * (weights[j] as number) * Math.abs((values[i] as number) - (values[j] as number)) / z / 2;
          }
        }
        const profile = povertyProfile(values, { line: z, weights, watts: WATTS });
        const expected = np > 0 ? (np / total) * (gaps / np + d / (np * np)) : 0;
        expect(Math.abs(profile.sen - expected)).toBeLessThanOrEqual(1e-12);
      }),
      RUNS,
    );
  });
});

describe("accumulator properties", () => {
  it("merged partitions equal the single pass (near-equal in general)", () => {
    fc.assert(
      fc.property(sample, line, fc.array(fc.nat(3), { minLength: 60, maxLength: 60 }), (rows, z, parts) => {
        const options = { line: z, alphas: [0.5, 3], watts: WATTS };
        const single = new PovertyAccumulator(options);
        const partitions = [0, 1, 2, 3].map(() => new PovertyAccumulator(options));
        rows.forEach(([v, w], i) => {
          single.add(v, w);
          partitions[parts[i] as number]?.add(v, w);
        });
        const [first, ...rest] = partitions as [PovertyAccumulator, ...PovertyAccumulator[]];
        const merged = rest.reduce((acc, p) => acc.merge(p), first).result();
        const expected = single.result();
        for (const key of ["population", "poor", "p0", "p1", "p2", "watts"] as const) near(merged[key], expected[key]);
        merged.fgt.forEach((f, k) => near(f.value, expected.fgt[k]?.value ?? null));
        expect(merged.count).toBe(rows.length);
      }),
      RUNS,
    );
  });

  it("merged partitions equal the single pass exactly on integer weights and dyadic gaps", () => {
    const dyadic = fc.array(fc.tuple(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 1000 }), fc.nat(2)), {
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(dyadic, (rows) => {
        const single = new PovertyAccumulator({ line: 32 });
        const partitions = [0, 1, 2].map(() => new PovertyAccumulator({ line: 32 }));
        for (const [v, w, part] of rows) {
          single.add(v, w);
          partitions[part]?.add(v, w);
        }
        const [a, b, c] = partitions as [PovertyAccumulator, PovertyAccumulator, PovertyAccumulator];
        const merged = b.merge(c).merge(a).result();
        const expected = single.result();
        for (const key of ["population", "poor", "p0", "p1", "p2"] as const) expect(merged[key]).toBe(expected[key]);
      }),
      RUNS,
    );
  });
});

describe("Alkire–Foster properties", () => {
  const indicators: AlkireFosterIndicator[] = [
    { id: "a", dimension: "X", weight: 1 / 6, deprived: { cutoff: 3 } },
    { id: "b", dimension: "X", weight: 1 / 6, deprived: { cutoff: 3 } },
    { id: "c", dimension: "Y", weight: 1 / 3, deprived: { cutoff: 3 } },
    { id: "d", dimension: "Z", weight: 1 / 3, deprived: (v) => v === 0 },
  ];
  const unit = fc.record({ a: fc.nat(6), b: fc.nat(6), c: fc.nat(6), d: fc.nat(2) });
  const population = fc.array(fc.tuple(unit, weight, fc.constantFrom("6401", "6402", "6403")), { minLength: 1, maxLength: 40 })
    .filter((rows) => rows.some(([, w]) => w > 0));

  it("M0 = H·A, contributions sum to 100 when M0 > 0, and scaling or permuting changes nothing", () => {
    fc.assert(
      fc.property(population, fc.constantFrom(1 / 6, 1 / 3, 0.5, 2 / 3, 1), fc.array(fc.double({ noNaN: true }), { minLength: 40, maxLength: 40 }), (rows, k, keys) => {
        const matrix = rows.map(([u]) => u);
        const weights = rows.map(([, w]) => w);
        const groups = rows.map(([, , g]) => g);
        const r = alkireFoster(matrix, { indicators, k, weights, groups });
        near(r.m0, r.headcount * r.intensity);
        if (r.m0 > 0) {
          near(r.indicators.reduce((s, i) => s + i.contribution, 0), 100);
          near(r.dimensions.reduce((s, d) => s + d.contribution, 0), 100);
          near(r.groups.reduce((s, g) => s + g.contribution, 0), 100);
        }
        const scaled = alkireFoster(matrix, { indicators, k, weights: weights.map((w) => w * 7.3), groups });
        const order = permutationOf(rows.length, keys);
        const permuted = alkireFoster(order.map((i) => matrix[i] as (typeof matrix)[number]), {
          indicators,
          k,
          weights: order.map((i) => weights[i] as number),
          groups: order.map((i) => groups[i] as string),
        });
        for (const other of [scaled, permuted]) {
          near(other.headcount, r.headcount);
          near(other.intensity, r.intensity);
          near(other.m0, r.m0);
          other.indicators.forEach((ind, j) => near(ind.contribution, r.indicators[j]?.contribution ?? null));
        }
        expect(permuted.units).toEqual(order.map((i) => r.units[i]));
      }),
      RUNS,
    );
  });
});
