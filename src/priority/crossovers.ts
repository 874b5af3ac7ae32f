import { failure, guarded } from "../message/error.js";
import type { RegionPovertyStats } from "../region/stats.js";
import { priorityMessages } from "./messages.js";
import * as F from "../_internal/fraction.js";
import { compareScored, scoreRegions, type RankCriterion, type RankRegionsOptions } from "./criterion.js";

/**
 * A point of the blend `(1 − α)·A + α·B` where two regions swap places.
 * @category Priority
 */
export interface RankingCrossover {
  /** The blend weight on criterion B at which the two scores are equal. */
  readonly alpha: number;
  /** The same α as an exact fraction `p/q` of the decimal inputs. */
  readonly exactAlpha: string;
  /** The region ahead for α just below the crossover (code, name). */
  readonly aheadBefore: { readonly code: string; readonly name: string };
  /** The region ahead for α just above the crossover: it overtakes `aheadBefore` here. */
  readonly aheadAfter: { readonly code: string; readonly name: string };
}

/**
 * The ranking that holds on an open interval of α between two consecutive crossovers.
 * @category Priority
 */
export interface RankingInterval {
  /** Lower end of the interval. */
  readonly from: number;
  /** Upper end of the interval. */
  readonly to: number;
  /** Region codes, first priority first. */
  readonly ranking: readonly string[];
}

/**
 * The result of {@link rankingCrossovers}.
 * @category Priority
 */
export interface RankingSensitivity {
  /** Every swap for α in (0, 1), ascending by α, then by the overtaking region's code. */
  readonly crossovers: readonly RankingCrossover[];
  /** The ranking on each interval between consecutive crossovers, covering [0, 1]. */
  readonly intervals: readonly RankingInterval[];
  /** The ranking at α = 0 (criterion A alone) and α = 1 (criterion B alone). */
  readonly atA: readonly string[];
  /** The ranking at α = 1. */
  readonly atB: readonly string[];
}

/**
 * How the ranking changes as weight moves from criterion A to criterion B. For the blend
 * `score(α) = (1 − α)·A + α·B` (each criterion normalised as declared), two regions i, j swap at
 * `α = (Aᵢ − Aⱼ) / ((Aᵢ − Aⱼ) − (Bᵢ − Bⱼ))` when that lies strictly between 0 and 1. The points are
 * computed exactly (rational arithmetic on the published decimals), then the ranking on each
 * interval between them is given. A tie that exists only at α = 0 or α = 1 is not a swap and is not
 * listed; it is ordered by region code like every tie.
 *
 * Regions must have the figures both criteria need (or pass `missing: "exclude"`). At most 1,000
 * regions (`priority.too_many_regions`): every pair is compared. With n regions there are up to
 * n(n − 1)/2 crossovers, and `intervals` holds one ranking of all n per interval: for 514 regencies
 * of varied figures about 64,000 crossovers and 63,000 rankings (seconds, and some 0.3 GB).
 *
 * @param stats - Regional statistics.
 * @param criterionA - The criterion at α = 0, e.g. `"count"`.
 * @param criterionB - The criterion at α = 1, e.g. `"rate"`.
 * @param options - As for {@link rankRegions}.
 * @returns Crossover points and the ranking on each interval.
 * @example
 * const s = rankingCrossovers(kaltim.regencies2024, "count", "rate");
 * s.atA[0] //=> "64.02" (Kutai Kartanegara)
 * s.atB[0] //=> "64.11" (Mahakam Ulu)
 * s.crossovers.filter((c) => c.aheadAfter.code === "64.11").map((c) => [c.aheadBefore.name, c.alpha.toFixed(3)])
 * @category Priority
 */
export function rankingCrossovers(
  stats: readonly RegionPovertyStats[],
  criterionA: RankCriterion,
  criterionB: RankCriterion,
  options: RankRegionsOptions = {},
): RankingSensitivity {
  return guarded("rankingCrossovers", () => {
    // Every pair of regions is compared: bounded, as a cost the caller cannot grow without limit.
    if (Array.isArray(stats) && stats.length > MAX_REGIONS) {
      throw failure(priorityMessages, "priority.too_many_regions", { max: MAX_REGIONS, count: stats.length });
    }
    let a = scoreRegions(stats, criterionA, options);
    let b = scoreRegions(stats, criterionB, options);
    // Only regions ranked under both criteria take part; normalisations (shares, maxima) are then
    // recomputed over exactly those regions, so A and B are on the same footing.
    const inB = new Set(b.scored.map((r) => r.stats.code));
    const inBoth = new Set<string>(a.scored.map((r) => r.stats.code).filter((code) => inB.has(code)));
    if (inBoth.size !== a.scored.length || inBoth.size !== b.scored.length) {
      const common = stats.filter((s) => inBoth.has(s.code));
      const overrides = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([code]) => inBoth.has(code)));
      a = scoreRegions(common, criterionA, { ...options, overrides });
      b = scoreRegions(common, criterionB, { ...options, overrides });
    }
    const scoreB = new Map(b.scored.map((r) => [r.stats.code, r.score]));
    const regions = a.scored
      .filter((r) => scoreB.has(r.stats.code))
      .map((r) => ({ stats: r.stats, a: r.score, b: scoreB.get(r.stats.code) as F.Fraction }));

    type Region = (typeof regions)[number];
    const sorted = (list: readonly Region[], alpha: F.Fraction) =>
      list
        .map((r) => ({ region: r, stats: r.stats, score: F.add(F.mul(F.sub(F.ONE, alpha), r.a), F.mul(alpha, r.b)) }))
        .sort(compareScored)
        .map((r) => r.region);
    const at = (alpha: F.Fraction) => sorted(regions, alpha).map((r) => r.stats.code);

    const found: { alpha: F.Fraction; before: RegionPovertyStats; after: RegionPovertyStats }[] = [];
    for (let i = 0; i < regions.length; i++) {
      for (let j = i + 1; j < regions.length; j++) {
        const ri = regions[i] as (typeof regions)[number];
        const rj = regions[j] as (typeof regions)[number];
        const dA = F.sub(ri.a, rj.a); // i − j at α = 0
        const dB = F.sub(ri.b, rj.b); // i − j at α = 1
        const slope = F.sub(dA, dB);
        if (F.isZero(slope)) continue; // parallel: never swap
        const alpha = F.div(dA, slope);
        if (F.sign(alpha) <= 0 || F.compare(alpha, F.ONE) >= 0) continue;
        // i − j changes sign from sign(dA) to sign(dB) across α.
        const iFirstBefore = F.sign(dA) > 0;
        found.push({ alpha, before: iFirstBefore ? ri.stats : rj.stats, after: iFirstBefore ? rj.stats : ri.stats });
      }
    }
    found.sort((x, y) => F.compare(x.alpha, y.alpha) || (x.after.code < y.after.code ? -1 : x.after.code > y.after.code ? 1 : x.before.code < y.before.code ? -1 : 1));

    const points: F.Fraction[] = [F.ZERO];
    for (const f of found) if (F.compare(f.alpha, points[points.length - 1] as F.Fraction) !== 0) points.push(f.alpha);
    points.push(F.ONE);
    // The ranking on each interval: the first one sorted, each next one from the one before, where
    // only the regions that swap at the point between them move. Those stand together in the ranking
    // (their scores are equal at the point, and no other region's is), so each run of their places is
    // sorted again, at the middle of the new interval. Sorting every interval afresh cost n log n
    // exact comparisons per interval, and there are up to n²/2 intervals: minutes for 514 regencies.
    const mid = (k: number) => F.div(F.add(points[k] as F.Fraction, points[k + 1] as F.Fraction), F.fraction(2n));
    const order = sorted(regions, mid(0));
    const place = new Map(order.map((r, i) => [r.stats.code, i]));
    const intervals: RankingInterval[] = [];
    for (let k = 0, next = 0; k + 1 < points.length; k++) {
      const moved: number[] = [];
      for (; next < found.length && F.compare((found[next] as (typeof found)[number]).alpha, points[k] as F.Fraction) === 0; next++) {
        const f = found[next] as (typeof found)[number];
        moved.push(place.get(f.before.code) as number, place.get(f.after.code) as number);
      }
      moved.sort((x, y) => x - y);
      for (let s = 0; s < moved.length; ) {
        let e = s;
        while (e + 1 < moved.length && (moved[e + 1] as number) <= (moved[e] as number) + 1) e++;
        const lo = moved[s] as number;
        sorted(order.slice(lo, (moved[e] as number) + 1), mid(k)).forEach((r, i) => {
          order[lo + i] = r;
          place.set(r.stats.code, lo + i);
        });
        s = e + 1;
      }
      intervals.push({ from: F.toNumber(points[k] as F.Fraction), to: F.toNumber(points[k + 1] as F.Fraction), ranking: order.map((r) => r.stats.code) });
    }
    return {
      crossovers: found.map((f) => ({
        alpha: F.toNumber(f.alpha),
        exactAlpha: F.toText(f.alpha),
        aheadBefore: { code: f.before.code, name: f.before.name },
        aheadAfter: { code: f.after.code, name: f.after.name },
      })),
      intervals,
      atA: at(F.ZERO),
      atB: at(F.ONE),
    };
  });
}

/** Regions whose pairs are compared; the 514 regencies and cities of Indonesia fit twice over. */
const MAX_REGIONS = 1_000;
