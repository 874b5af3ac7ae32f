import { describe, expect, it } from "vitest";
import { kaltim, rankRegions, rankingWeights, type RankCriterion, type RankRegionsOptions, type RegionCode, type RegionPovertyStats } from "../../src/index.js";

// Sharing a quota or a budget by a ranking, with public API only: before `rankingWeights` a library
// user guessed the weights (`knownValue(r.poor) ?? 0`, the silent zero the ranking forbids) while the
// CLI's `allocate` used the exact scores. Each case fails on the old code (no `rankingWeights`).

function stat(code: string, poor: number | undefined, p0: number): RegionPovertyStats {
  const known = (value: number) => ({ status: "known" as const, value, source: "test", confidence: "M" as const });
  const missing = { status: "missing" as const, reason: "not published" };
  return { code: code as RegionCode, name: `R${code}`, period: "2024", poor: poor === undefined ? missing : known(poor), p0Percent: known(p0), population: missing, povertyLine: missing, p1: missing, p2: missing };
}

const three = [stat("64.01", 100, 5), stat("64.02", 300, 10), stat("64.03", 100, 2.5)];

describe("rankingWeights: each ranked region's exact score on a common denominator, in the ranking's order", () => {
  it.each<{ name: string; stats: readonly RegionPovertyStats[]; criterion: RankCriterion; options?: RankRegionsOptions; weights: [string, bigint][] }>([
    {
      name: "Kaltim 2024 by count: the poor people, over their common factor 10",
      stats: kaltim.regencies2024,
      criterion: "count",
      weights: [["64.02", 5900n], ["64.72", 3780n], ["64.08", 3711n], ["64.01", 2528n], ["64.71", 1453n], ["64.07", 1449n], ["64.03", 1235n], ["64.09", 1078n], ["64.74", 711n], ["64.11", 290n]],
    },
    {
      name: "Kaltim 2024 by rate: P0 in hundredths of a percent",
      stats: kaltim.regencies2024,
      criterion: "rate",
      weights: [["64.11", 1075n], ["64.07", 956n], ["64.08", 881n], ["64.01", 863n], ["64.02", 728n], ["64.09", 668n], ["64.03", 508n], ["64.72", 430n], ["64.74", 374n], ["64.71", 223n]],
    },
    { name: "by count", stats: three, criterion: "count", weights: [["64.02", 3n], ["64.01", 1n], ["64.03", 1n]] },
    {
      name: "a blend of shares: 1/2 × count share + 1/2 × rate share",
      stats: three,
      criterion: { blend: [{ measure: "count", weight: 1 }, { measure: "rate", weight: 1 }] },
      // count shares 1/5, 3/5, 1/5; rate shares 2/7, 4/7, 1/7: scores 17/70, 41/70, 12/70.
      weights: [["64.02", 41n], ["64.01", 17n], ["64.03", 12n]],
    },
    {
      name: "a multiplier is in the weight as it is in the score",
      stats: three,
      criterion: "count",
      options: { overrides: { "64.03": { multiplier: 3.5, reason: "remote" } } },
      // Scores 3/5, 1/5 and 1/5 × 3.5 = 7/10.
      weights: [["64.03", 7n], ["64.02", 6n], ["64.01", 2n]],
    },
    {
      name: "a region left out by an override has no weight",
      stats: three,
      criterion: "count",
      options: { overrides: { "64.02": { exclude: true, reason: "funded by another program" } } },
      weights: [["64.01", 1n], ["64.03", 1n]],
    },
    {
      name: "a region without the figure, with missing: exclude, has no weight (never 0)",
      stats: [stat("64.01", 100, 5), stat("64.02", undefined, 10), stat("64.03", 300, 2.5)],
      criterion: "count",
      options: { missing: "exclude" },
      weights: [["64.03", 3n], ["64.01", 1n]],
    },
    {
      name: "min-max normalisation: the last region's score is 0, and so is its weight",
      stats: three,
      criterion: "rate",
      options: { normalisation: "min-max" },
      // (10 − 2.5) / 7.5 = 1, (5 − 2.5) / 7.5 = 1/3, 0.
      weights: [["64.02", 3n], ["64.01", 1n], ["64.03", 0n]],
    },
  ])("$name", ({ stats, criterion, options, weights }) => {
    const ranking = rankRegions(stats, criterion, options);
    const got = rankingWeights(ranking);
    expect(got.map((w) => [w.code, w.weight])).toEqual(weights);
    expect(got.map((w) => w.code)).toEqual(ranking.regions.map((r) => r.code));
    expect(got.map((w) => w.name)).toEqual(ranking.regions.map((r) => r.name));
    for (const left of ranking.excluded) expect(got.some((w) => w.code === left.code)).toBe(false);
  });

  it("a ranking whose exact score is not a fraction is refused as a library error", () => {
    const ranking = rankRegions(three, "count");
    const broken = { ...ranking, regions: ranking.regions.map((r) => ({ ...r, exactScore: "0.5" })) };
    expect(() => rankingWeights(broken)).toThrow(expect.objectContaining({ name: "TepatSasaranError" }) as Error);
  });
});
