import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { rankRegions, rankingWeights, type RankCriterion, type RankRegionsOptions, type RegionCode, type RegionOverride, type RegionPovertyStats } from "../../src/index.js";
import { allocateBudget, apportion, type ApportionmentMethod } from "../../src/allocate/index.js";
import { regionWeights } from "../../src/cli/commands/regions.js";

// `rankingWeights` against the scores it scales and the CLI's `allocate` that uses it: the weights are
// in exact proportion to `exactScore` (checked by cross-multiplying), no excluded region has one, and
// apportioning or budgeting over them gives every region what the CLI gives it (the CLI lists the
// regions in the statistics' order and breaks exact ties by it: `tieBreak` says the same).

const METHODS: readonly ApportionmentMethod[] = ["hamilton", "jefferson", "webster", "huntington-hill", "adams"];
const MEASURES = ["count", "rate", "depth"] as const;

const known = (value: number) => ({ status: "known" as const, value, source: "test", confidence: "M" as const });
const missing = { status: "missing" as const, reason: "not published" };

const region = fc.record({
  poor: fc.option(fc.integer({ min: 0, max: 60 }).map((n) => n * 50), { nil: undefined }), // small values: equal scores are frequent
  p0: fc.integer({ min: 1, max: 2000 }).map((n) => n / 100),
  p1: fc.option(fc.integer({ min: 0, max: 300 }).map((n) => n / 1000), { nil: undefined }),
  override: fc.option(fc.oneof(fc.constant<RegionOverride>({ exclude: true, reason: "x" }), fc.constantFrom(0.5, 1.2, 2, 3.75).map((multiplier): RegionOverride => ({ multiplier, reason: "x" }))), { nil: undefined }),
});

const setup = fc.record({
  regions: fc.array(region, { minLength: 1, maxLength: 9 }),
  order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }), // shuffles the statistics
  criterion: fc.oneof(
    fc.constantFrom<RankCriterion>(...MEASURES),
    fc.array(fc.record({ measure: fc.constantFrom(...MEASURES), weight: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 3 }).filter((b) => b.some((c) => c.weight > 0)).map((blend): RankCriterion => ({ blend })),
  ),
  normalisation: fc.constantFrom("share", "min-max", "max", "rank") as fc.Arbitrary<NonNullable<RankRegionsOptions["normalisation"]>>,
  method: fc.constantFrom(...METHODS),
  seats: fc.integer({ min: 0, max: 200 }),
  units: fc.integer({ min: 0, max: 200 }),
});

function problem(input: typeof setup extends fc.Arbitrary<infer T> ? T : never) {
  const codes = input.regions.map((_, i) => `64.${String(10 + i)}`);
  const stats: RegionPovertyStats[] = input.regions
    .map((r, i) => ({ code: codes[i] as RegionCode, name: `R${i}`, period: "2024", poor: r.poor === undefined ? missing : known(r.poor), p0Percent: known(r.p0), population: missing, povertyLine: missing, p1: r.p1 === undefined ? missing : known(r.p1), p2: missing }))
    .map((s, i) => ({ s, key: input.order[i] as number }))
    .sort((a, b) => a.key - b.key)
    .map(({ s }) => s);
  const overrides: Record<string, RegionOverride> = {};
  input.regions.forEach((r, i) => r.override && (overrides[codes[i] as string] = r.override));
  const options: RankRegionsOptions = { normalisation: input.normalisation, overrides, missing: "exclude" };
  return { stats, options };
}

/** The ranking, or undefined when there is nothing to rank (every region left out, every score zero…). */
function ranked(stats: readonly RegionPovertyStats[], criterion: RankCriterion, options: RankRegionsOptions) {
  try {
    return rankRegions(stats, criterion, options);
  } catch {
    return undefined;
  }
}

const fraction = (text: string): [bigint, bigint] => {
  const [n = "", d = "1"] = text.split("/");
  return [BigInt(n), BigInt(d)];
};

describe("rankingWeights", () => {
  test.prop([setup], { numRuns: 500 })("weights are proportional to the exact scores, one per ranked region, none for an excluded one", (input) => {
    const { stats, options } = problem(input);
    const ranking = ranked(stats, input.criterion, options);
    fc.pre(ranking !== undefined);
    const weights = rankingWeights(ranking!);
    expect(weights.map((w) => w.code)).toEqual(ranking!.regions.map((r) => r.code));
    expect(weights.filter((w) => ranking!.excluded.some((e) => e.code === w.code))).toEqual([]);
    weights.forEach((wi, i) => {
      const [ni, di] = fraction(ranking!.regions[i]!.exactScore);
      expect(wi.weight >= 0n).toBe(true);
      weights.forEach((wj, j) => {
        const [nj, dj] = fraction(ranking!.regions[j]!.exactScore);
        // wi / wj = (ni / di) / (nj / dj)
        expect(wi.weight * nj * di).toBe(wj.weight * ni * dj);
      });
    });
  });

  test.prop([setup], { numRuns: 500 })("apportion and allocateBudget over them give each region what the CLI's allocate gives it", (input) => {
    const { stats, options } = problem(input);
    const ranking = ranked(stats, input.criterion, options);
    fc.pre(ranking !== undefined);
    const weights = rankingWeights(ranking!);
    // What `allocate` computes: its weights, in the statistics' order.
    const cli = regionWeights(stats, input.criterion, options);
    // The same tie-break: the regions in the statistics' order.
    const position = (code: string) => stats.findIndex((s) => s.code === code);
    const tieBreak = weights.map((_, i) => i).sort((a, b) => position(weights[a]!.code) - position(weights[b]!.code));
    const run = <T,>(body: () => T): T | string => {
      try {
        return body();
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      }
    };
    const byCode = (codes: readonly string[], values: readonly unknown[] | string) => (typeof values === "string" ? values : Object.fromEntries(codes.map((c, i) => [c, String(values[i])])));
    const seats = (w: readonly bigint[], t?: number[]) => run(() => apportion({ method: input.method, seats: input.seats, weights: w, ...(t ? { tieBreak: t } : {}) }).seats);
    expect(byCode(weights.map((w) => w.code), seats(weights.map((w) => w.weight), tieBreak))).toEqual(byCode(cli.regions.map((r) => r.code), seats(cli.weights)));
    // A budget of `units` × Rp1.000; its leftover units go to the lower index, which is the CLI's order again.
    const inCliOrder = [...weights].sort((a, b) => position(a.code) - position(b.code));
    const amounts = (w: readonly bigint[]) => run(() => allocateBudget(input.units * 1000, w, { unit: 1000 }).amounts);
    expect(byCode(inCliOrder.map((w) => w.code), amounts(inCliOrder.map((w) => w.weight)))).toEqual(byCode(cli.regions.map((r) => r.code), amounts(cli.weights)));
  });
});
