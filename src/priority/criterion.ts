import { failure } from "../message/error.js";
import { renderMessage, type Text } from "../message/message.js";
import type { Figure } from "../region/figure.js";
import type { RegionPovertyStats } from "../region/stats.js";
import * as F from "../_internal/fraction.js";
import { priorityMessages } from "./messages.js";

/**
 * A published regional measure: `count` (number of poor people), `rate` (P0 %), `depth` (P1),
 * `severity` (P2).
 * @category Priority
 */
export type RegionMeasure = "count" | "rate" | "depth" | "severity";

/**
 * How a measure is put on a common scale before weighting, declared, never implied:
 * - `share`: the region's share of the total over all ranked regions (value ÷ Σ values), as the
 *   Dana Desa formula uses shares of the national total;
 * - `min-max`: (value − min) ÷ (max − min), so the lowest is 0 and the highest 1;
 * - `max`: value ÷ max;
 * - `rank`: (n − r) ÷ (n − 1) where r is the region's rank on the measure alone (1 = highest; equal
 *   values share the best rank), so the top region scores 1 and the bottom 0.
 *
 * When a measure cannot discriminate (all values equal for `min-max`, a zero total or maximum),
 * every region gets 0 on it.
 * @category Priority
 */
export type Normalisation = "share" | "min-max" | "max" | "rank";

/**
 * One weighted part of a blend: a published measure or a caller-supplied factor (e.g. a
 * construction-cost index as a remoteness proxy, given per region in {@link RankRegionsOptions.factors}).
 * @category Priority
 */
export interface BlendComponent {
  /** A measure, or `{ factor: id }` naming a key of `options.factors`. */
  readonly measure: RegionMeasure | { readonly factor: string };
  /** Non-negative weight; weights are divided by their sum, so `[60, 40]` and `[0.6, 0.4]` agree. */
  readonly weight: number;
  /** `higher-first` (default): a higher value means more priority. `lower-first` uses 1 − normalised. */
  readonly direction?: "higher-first" | "lower-first";
  /** Overrides the criterion's normalisation for this component. */
  readonly normalisation?: Normalisation;
}

/**
 * What regions are ranked by: one measure, or a declared blend of measures and factors.
 *
 * @example
 * const byCount: RankCriterion = "count";
 * const blend: RankCriterion = { blend: [{ measure: "count", weight: 0.6 }, { measure: "rate", weight: 0.4 }] };
 * @category Priority
 */
export type RankCriterion = RegionMeasure | { readonly blend: readonly BlendComponent[]; readonly normalisation?: Normalisation };

/**
 * A per-region adjustment, always with a reason that appears in the explanation.
 * @category Priority
 */
export interface RegionOverride {
  /** Leave the region out of the ranking. */
  readonly exclude?: boolean;
  /** Multiply the region's blended score (> 0), e.g. `1.2` for a remote regency. */
  readonly multiplier?: number;
  /** Why: shown in the explanation and the excluded list. */
  readonly reason: string;
}

/**
 * Options shared by {@link rankRegions} and {@link rankingCrossovers}.
 * @category Priority
 */
export interface RankRegionsOptions {
  /** Normalisation of every component without its own (default `share`). */
  readonly normalisation?: Normalisation;
  /** Caller-supplied factors: factor id → region code → value (finite, ≥ 0). */
  readonly factors?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Per-region overrides by region code. */
  readonly overrides?: Readonly<Record<string, RegionOverride>>;
  /**
   * A region lacking a figure the criterion needs: `error` (default) throws `priority.missing_data`
   * listing every gap; `exclude` leaves the region out and lists it with the reason. Never a silent zero.
   */
  readonly missing?: "error" | "exclude";
}

/** @internal */
export interface ScoredComponent {
  readonly label: Text;
  readonly normalisationLabel: Text;
  readonly weight: F.Fraction; // normalised to sum 1
  readonly raw: number;
  readonly normalised: F.Fraction;
}

/** @internal */
export interface ScoredRegion {
  readonly stats: RegionPovertyStats;
  readonly components: readonly ScoredComponent[];
  readonly multiplier?: { readonly value: F.Fraction; readonly reason: string };
  readonly score: F.Fraction;
}

/** @internal */
export interface ExcludedRegion {
  readonly code: string;
  readonly name: string;
  readonly reason: Text;
}

const FIGURE: Record<RegionMeasure, (s: RegionPovertyStats) => Figure<number>> = {
  count: (s) => s.poor,
  rate: (s) => s.p0Percent,
  depth: (s) => s.p1,
  severity: (s) => s.p2,
};

function componentsOf(criterion: RankCriterion): readonly BlendComponent[] {
  return typeof criterion === "string" ? [{ measure: criterion, weight: 1 }] : criterion.blend;
}

function measureLabel(measure: BlendComponent["measure"]): Text {
  if (typeof measure === "string") {
    const template = priorityMessages[`priority.measure.${measure}`];
    if (!template) throw failure(priorityMessages, "priority.unknown_measure", { measure: String(measure) });
    return renderMessage(template);
  }
  return renderMessage(priorityMessages["priority.measure.factor"], { factor: measure.factor });
}

function rawValue(
  stats: RegionPovertyStats,
  measure: BlendComponent["measure"],
  options: RankRegionsOptions,
): { value: number } | { reason: string } {
  if (typeof measure === "string") {
    const figure = FIGURE[measure]?.(stats);
    if (!figure) throw failure(priorityMessages, "priority.unknown_measure", { measure: String(measure) });
    return figure.status === "known" ? { value: figure.value } : { reason: figure.reason };
  }
  const table = options.factors?.[measure.factor];
  const value = table && Object.prototype.hasOwnProperty.call(table, stats.code) ? table[stats.code] : undefined;
  if (value === undefined) return { reason: `factor ${measure.factor} not given` };
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw failure(priorityMessages, "priority.bad_factor_value", { factor: measure.factor, code: stats.code, value: String(value) });
  }
  return { value };
}

function normalise(values: readonly F.Fraction[], how: Normalisation): F.Fraction[] {
  const n = values.length;
  switch (how) {
    case "share": {
      const total = values.reduce(F.add, F.ZERO);
      return values.map((v) => (F.isZero(total) ? F.ZERO : F.div(v, total)));
    }
    case "max": {
      const max = values.reduce((a, b) => (F.compare(a, b) >= 0 ? a : b), F.ZERO);
      return values.map((v) => (F.isZero(max) ? F.ZERO : F.div(v, max)));
    }
    case "min-max": {
      const max = values.reduce((a, b) => (F.compare(a, b) >= 0 ? a : b));
      const min = values.reduce((a, b) => (F.compare(a, b) <= 0 ? a : b));
      const span = F.sub(max, min);
      return values.map((v) => (F.isZero(span) ? F.ZERO : F.div(F.sub(v, min), span)));
    }
    case "rank": {
      if (n === 1) return [F.ONE];
      return values.map((v) => {
        const above = values.filter((w) => F.compare(w, v) > 0).length; // rank r = above + 1
        return F.fraction(BigInt(n - 1 - above), BigInt(n - 1));
      });
    }
    default:
      throw failure(priorityMessages, "priority.unknown_measure", { measure: String(how) });
  }
}

/**
 * Score every region on a criterion with exact rational arithmetic. Shared by rankRegions and
 * rankingCrossovers so both see the same numbers.
 * @internal
 */
export function scoreRegions(
  stats: readonly RegionPovertyStats[],
  criterion: RankCriterion,
  options: RankRegionsOptions = {},
): { scored: ScoredRegion[]; excluded: ExcludedRegion[] } {
  const components = componentsOf(criterion);
  const baseNormalisation = (typeof criterion === "object" ? criterion.normalisation : undefined) ?? options.normalisation ?? "share";
  const weights = components.map((c, index) => {
    if (typeof c.weight !== "number" || !Number.isFinite(c.weight) || c.weight < 0) {
      throw failure(priorityMessages, "priority.bad_weight", { index, value: String(c.weight) });
    }
    return F.fromNumber(c.weight);
  });
  const weightSum = weights.reduce(F.add, F.ZERO);
  if (components.length === 0 || F.isZero(weightSum)) throw failure(priorityMessages, "priority.zero_weights");

  const codes = new Set<string>();
  for (const s of stats) {
    if (codes.has(s.code)) throw failure(priorityMessages, "priority.duplicate_region", { code: s.code });
    codes.add(s.code);
  }
  for (const code of Object.keys(options.overrides ?? {})) {
    if (!codes.has(code)) throw failure(priorityMessages, "priority.unknown_override", { code });
  }

  const excluded: ExcludedRegion[] = [];
  const gaps: string[] = [];
  const kept: { stats: RegionPovertyStats; raw: number[] }[] = [];
  for (const s of stats) {
    const override = options.overrides?.[s.code];
    if (override?.multiplier !== undefined && !(Number.isFinite(override.multiplier) && override.multiplier > 0)) {
      throw failure(priorityMessages, "priority.bad_multiplier", { code: s.code, value: String(override.multiplier) });
    }
    if (override?.exclude) {
      excluded.push({ code: s.code, name: s.name, reason: renderMessage(priorityMessages["priority.excluded_by_override"], { name: s.name, code: s.code, reason: override.reason }) });
      continue;
    }
    const raw: number[] = [];
    let missing: Text | undefined;
    for (const c of components) {
      const found = rawValue(s, c.measure, options);
      if ("value" in found) raw.push(found.value);
      else {
        const label = measureLabel(c.measure);
        missing ??= {
          id: renderMessage(priorityMessages["priority.missing_figure"], { name: s.name, code: s.code, measure: label.id, reason: found.reason }).id,
          en: renderMessage(priorityMessages["priority.missing_figure"], { name: s.name, code: s.code, measure: label.en, reason: found.reason }).en,
        };
      }
    }
    if (missing) {
      excluded.push({ code: s.code, name: s.name, reason: missing });
      gaps.push(missing.en);
    } else kept.push({ stats: s, raw });
  }
  if (gaps.length > 0 && (options.missing ?? "error") === "error") {
    throw failure(priorityMessages, "priority.missing_data", { details: gaps.join("; ") });
  }
  if (kept.length === 0) throw failure(priorityMessages, "priority.no_regions");

  const normalisedByComponent = components.map((c, k) => {
    const how = c.normalisation ?? baseNormalisation;
    const values = normalise(kept.map((r) => F.fromNumber(r.raw[k] as number)), how);
    return c.direction === "lower-first" ? values.map((v) => F.sub(F.ONE, v)) : values;
  });

  const scored = kept.map((region, i) => {
    const parts: ScoredComponent[] = components.map((c, k) => ({
      label: measureLabel(c.measure),
      normalisationLabel: renderMessage(priorityMessages[`priority.normalisation.${c.normalisation ?? baseNormalisation}`]),
      weight: F.div(weights[k] as F.Fraction, weightSum),
      raw: region.raw[k] as number,
      normalised: (normalisedByComponent[k] as F.Fraction[])[i] as F.Fraction,
    }));
    let score = parts.reduce((sum, p) => F.add(sum, F.mul(p.weight, p.normalised)), F.ZERO);
    const override = options.overrides?.[region.stats.code];
    let multiplier: ScoredRegion["multiplier"];
    if (override?.multiplier !== undefined) {
      multiplier = { value: F.fromNumber(override.multiplier), reason: override.reason };
      score = F.mul(score, multiplier.value);
    }
    return multiplier ? { stats: region.stats, components: parts, multiplier, score } : { stats: region.stats, components: parts, score };
  });
  return { scored, excluded };
}

/**
 * Order scored regions: higher score first; equal scores by region code ascending (documented tie rule).
 * @internal
 */
export function compareScored(a: { score: F.Fraction; stats: { code: string } }, b: { score: F.Fraction; stats: { code: string } }): number {
  const byScore = F.compare(b.score, a.score);
  if (byScore !== 0) return byScore;
  return a.stats.code < b.stats.code ? -1 : a.stats.code > b.stats.code ? 1 : 0;
}
