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
 * regions (`priority.too_many_regions`): every pair is compared.
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

    const at = (alpha: F.Fraction) =>
      regions
        .map((r) => ({ stats: r.stats, score: F.add(F.mul(F.sub(F.ONE, alpha), r.a), F.mul(alpha, r.b)) }))
        .sort(compareScored)
        .map((r) => r.stats.code);

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
    const intervals: RankingInterval[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k] as F.Fraction;
      const to = points[k + 1] as F.Fraction;
      intervals.push({ from: F.toNumber(from), to: F.toNumber(to), ranking: at(F.div(F.add(from, to), F.fraction(2n))) });
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
