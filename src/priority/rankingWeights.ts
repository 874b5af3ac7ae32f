import { guarded } from "../message/error.js";
import * as F from "../_internal/fraction.js";
import type { RegionRanking } from "./rankRegions.js";

/**
 * A ranked region's weight for allocation: its exact score on a denominator common to the ranking.
 * @category Priority
 */
export interface RankingWeight {
  /** Region code. */
  readonly code: string;
  /** Region name. */
  readonly name: string;
  /** The exact score × the common denominator: a whole number, for `apportion` and `allocateBudget`. */
  readonly weight: bigint;
}

/**
 * The weights to share a quota or a budget by a ranking: each ranked region's exact score
 * (`exactScore`, after any multiplier), all scaled by the least common denominator of the scores to
 * whole numbers (`bigint`), in the ranking's order (first priority first, as `ranking.regions`).
 * They are in exact proportion to the scores, and `apportion` and `allocateBudget`
 * (`tepat-sasaran/allocate`) take them as they are: the CLI's `allocate` shares by these numbers.
 *
 * A region the ranking left out (an override, or missing data with `missing: "exclude"`) has no
 * weight at all, never a weight of 0: it is in `ranking.excluded`, with the reason.
 *
 * @param ranking - A ranking from {@link rankRegions}.
 * @returns One `{ code, name, weight }` per ranked region, in the ranking's order.
 * @example
 * import { kaltim, rankRegions, rankingWeights } from "tepat-sasaran";
 * import { apportion } from "tepat-sasaran/allocate";
 *
 * const weights = rankingWeights(rankRegions(kaltim.regencies2024, "rate"));
 * weights[0] //=> { code: "64.11", name: "Mahakam Ulu", weight: 1075n }
 * const quota = apportion({ method: "webster", seats: 1000, weights: weights.map((w) => w.weight) });
 * quota.seats[0] //=> 160
 * @category Priority
 */
export function rankingWeights(ranking: RegionRanking): readonly RankingWeight[] {
  return guarded("rankingWeights", () => {
    const scores = ranking.regions.map((region) => {
      const [n = "", d = "1"] = region.exactScore.split("/");
      return F.fraction(BigInt(n), BigInt(d));
    });
    // lcm(l, d) = l × (d / gcd(l, d)), and `fraction(l, d).d` is d / gcd(l, d).
    const common = scores.reduce((l, score) => l * F.fraction(l, score.d).d, 1n);
    return ranking.regions.map(({ code, name }, i) => {
      const score = scores[i] as F.Fraction;
      return { code, name, weight: score.n * (common / score.d) };
    });
  });
}
