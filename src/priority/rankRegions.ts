import { guarded } from "../message/error.js";
import { renderMessage, type Text } from "../message/message.js";
import type { RegionPovertyStats } from "../region/stats.js";
import * as F from "../_internal/fraction.js";
import { compareScored, scoreRegions, type RankCriterion, type RankRegionsOptions, type ScoredRegion } from "./criterion.js";
import { priorityMessages } from "./messages.js";

/**
 * One component of a region's score, as used in its explanation.
 * @category Priority
 */
export interface RankedComponent {
  /** What was measured, in both languages. */
  readonly measure: Text;
  /** How it was normalised, in both languages. */
  readonly normalisation: Text;
  /** The component's weight after dividing by the sum of weights (0–1). */
  readonly weight: number;
  /** The published (or supplied) value. */
  readonly raw: number;
  /** The normalised value (0–1 for share, min-max, max and rank). */
  readonly normalised: number;
  /** weight × normalised. */
  readonly contribution: number;
}

/**
 * A region's place in a ranking, with everything needed to explain it.
 * @category Priority
 */
export interface RankedRegion {
  /** Region code. */
  readonly code: string;
  /** Region name. */
  readonly name: string;
  /** Position 1…n; tied regions get consecutive positions in region-code order. */
  readonly rank: number;
  /** Whether another region has exactly the same score. */
  readonly tied: boolean;
  /** Codes of the regions with exactly the same score. */
  readonly tiedWith: readonly string[];
  /** The weighted score (after any multiplier). */
  readonly score: number;
  /** The exact score as a fraction `p/q` of the decimal inputs. */
  readonly exactScore: string;
  /** The parts of the score. */
  readonly components: readonly RankedComponent[];
  /** A per-region multiplier applied, with its reason. */
  readonly multiplier?: { readonly value: number; readonly reason: string };
  /** One sentence in each language. */
  readonly explanation: Text;
}

/**
 * The result of {@link rankRegions}.
 * @category Priority
 */
export interface RegionRanking {
  /** The criterion as given. */
  readonly criterion: RankCriterion;
  /** Ranked regions, first priority first. */
  readonly regions: readonly RankedRegion[];
  /** Regions left out (override, or missing data with `missing: "exclude"`), with the reason. */
  readonly excluded: readonly { readonly code: string; readonly name: string; readonly reason: Text }[];
}

const pct = (x: number) => (Math.round(x * 1e4) / 1e2).toString();
const fmt = (x: number) => (Math.round(x * 1e4) / 1e4).toString();

function explain(region: ScoredRegion, rank: number, total: number, tiedWith: readonly string[], lang: "id" | "en"): string {
  const terms = region.components
    .map((c) =>
      renderMessage(priorityMessages["priority.explain_term"], {
        weight: pct(F.toNumber(c.weight)),
        measure: c.label[lang],
        normalisation: c.normalisationLabel[lang],
        normalised: fmt(F.toNumber(c.normalised)),
        raw: String(c.raw),
      })[lang],
    )
    .join(" + ");
  const withMultiplier = region.multiplier
    ? `(${terms}) ${renderMessage(priorityMessages["priority.explain_multiplier"], { multiplier: F.toNumber(region.multiplier.value), reason: region.multiplier.reason })[lang]}`
    : terms;
  const tie = tiedWith.length > 0 ? renderMessage(priorityMessages["priority.explain_tie"], { others: tiedWith.join(", ") })[lang] : "";
  return renderMessage(priorityMessages["priority.explain"], {
    name: region.stats.name,
    rank,
    total,
    tie,
    score: fmt(F.toNumber(region.score)),
    terms: withMultiplier,
  })[lang];
}

/**
 * Rank regions by a declared criterion: the number of poor people, the poverty rate P0, depth P1,
 * severity P2, or a weighted blend of them and of caller-supplied factors (e.g. a cost index), each
 * normalised as declared ({@link Normalisation}). Scores are computed with exact rational
 * arithmetic, so equal scores are detected exactly; ties are ordered by region code (ascending)
 * and flagged. Each region comes with its raw values, normalised components, score, rank and a
 * sentence in Bahasa Indonesia and English.
 *
 * A region without a figure the criterion needs is an error (`priority.missing_data`, listing
 * every gap) unless `missing: "exclude"` is chosen — never a silent zero.
 *
 * @param stats - One statistics record per region (e.g. `kaltim.regencies2024`).
 * @param criterion - `"count"`, `"rate"`, `"depth"`, `"severity"`, or `{ blend: [...] }`.
 * @param options - Normalisation, factors, overrides and the missing-data policy.
 * @returns The ranking, first priority first.
 * @example
 * rankRegions(kaltim.regencies2024, "count").regions[0].name //=> "Kutai Kartanegara"
 * rankRegions(kaltim.regencies2024, "rate").regions[0].name //=> "Mahakam Ulu"
 * const blend = rankRegions(kaltim.regencies2024, {
 *   blend: [{ measure: "count", weight: 0.6 }, { measure: "rate", weight: 0.4 }],
 * });
 * blend.regions[0].explanation.en
 * //=> "Kutai Kartanegara is ranked 1 of 10: score 0.2034 = 60% × number of poor people (share of total 0.2665; value 59000) + 40% × poverty rate (P0) (share of total 0.1086; value 7.28)"
 * @category Priority
 */
export function rankRegions(
  stats: readonly RegionPovertyStats[],
  criterion: RankCriterion,
  options: RankRegionsOptions = {},
): RegionRanking {
  return guarded("rankRegions", () => {
    const { scored, excluded } = scoreRegions(stats, criterion, options);
    const ordered = [...scored].sort(compareScored);
    const total = ordered.length;
    // Equal scores are adjacent after sorting: find each run of equal scores once.
    const runStart: number[] = [];
    ordered.forEach((region, i) => {
      const previous = ordered[i - 1];
      runStart.push(previous && F.compare(previous.score, region.score) === 0 ? (runStart[i - 1] as number) : i);
    });
    const regions = ordered.map((region, index): RankedRegion => {
      const start = runStart[index] as number;
      let end = index;
      while (end + 1 < ordered.length && runStart[end + 1] === start) end++;
      const tiedWith = ordered.slice(start, end + 1).filter((other) => other !== region).map((o) => o.stats.code);
      const components = region.components.map((c) => ({
        measure: c.label,
        normalisation: c.normalisationLabel,
        weight: F.toNumber(c.weight),
        raw: c.raw,
        normalised: F.toNumber(c.normalised),
        contribution: F.toNumber(F.mul(c.weight, c.normalised)),
      }));
      const base = {
        code: region.stats.code,
        name: region.stats.name,
        rank: index + 1,
        tied: tiedWith.length > 0,
        tiedWith,
        score: F.toNumber(region.score),
        exactScore: F.toText(region.score),
        components,
        explanation: { id: explain(region, index + 1, total, tiedWith, "id"), en: explain(region, index + 1, total, tiedWith, "en") },
      };
      return region.multiplier ? { ...base, multiplier: { value: F.toNumber(region.multiplier.value), reason: region.multiplier.reason } } : base;
    });
    return { criterion, regions, excluded };
  });
}
