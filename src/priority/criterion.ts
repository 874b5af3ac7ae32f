import { failure } from "../message/error.js";
import { renderMessage, renderOwn, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { missingReason, readNumberFigure, type Figure } from "../region/figure.js";
import { checkStatsRecord, type RegionPovertyStats } from "../region/stats.js";
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
 *   Dana Desa formula weighs each village by its share (ratio) of the total of the villages it is shared among;
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

/** The field of the statistics each measure reads. */
const FIELD: Readonly<Record<RegionMeasure, "poor" | "p0Percent" | "p1" | "p2">> = { count: "poor", rate: "p0Percent", depth: "p1", severity: "p2" };
const NORMALISATIONS: readonly Normalisation[] = ["share", "min-max", "max", "rank"];

const isMeasure = (measure: unknown): measure is RegionMeasure =>
  typeof measure === "string" && Object.prototype.hasOwnProperty.call(FIELD, measure);

function checkNormalisation(how: unknown): Normalisation {
  if (!NORMALISATIONS.includes(how as Normalisation)) throw failure(priorityMessages, "priority.bad_option", { option: "normalisation", value: describeValue(how) });
  return how as Normalisation;
}

/** The criterion's components, each checked: a known measure or `{ factor }`, a direction, a normalisation. */
function componentsOf(criterion: RankCriterion): readonly BlendComponent[] {
  if (typeof criterion === "string") {
    if (!isMeasure(criterion)) throw failure(priorityMessages, "priority.unknown_measure", { measure: describeValue(criterion) });
    return [{ measure: criterion, weight: 1 }];
  }
  const blend: unknown = criterion !== null && typeof criterion === "object" ? criterion.blend : undefined;
  if (!Array.isArray(blend)) throw failure(priorityMessages, "priority.unknown_measure", { measure: describeValue(criterion) });
  const out: BlendComponent[] = [];
  for (let index = 0; index < blend.length; index++) {
    const c = blend[index] as BlendComponent;
    if (c === null || typeof c !== "object") throw failure(priorityMessages, "priority.bad_weight", { index, value: describeValue(c) });
    const { measure, weight, direction, normalisation } = c;
    const factor: unknown = measure !== null && typeof measure === "object" ? measure.factor : undefined;
    if (!isMeasure(measure) && typeof factor !== "string") throw failure(priorityMessages, "priority.unknown_measure", { measure: describeValue(measure) });
    if (direction !== undefined && direction !== "higher-first" && direction !== "lower-first") {
      throw failure(priorityMessages, "priority.bad_option", { option: "direction", value: describeValue(direction) });
    }
    if (normalisation !== undefined) checkNormalisation(normalisation);
    const copy = { measure: isMeasure(measure) ? measure : { factor: factor as string }, weight };
    out.push({ ...copy, ...(direction === undefined ? {} : { direction }), ...(normalisation === undefined ? {} : { normalisation }) });
  }
  return out;
}

function measureLabel(measure: BlendComponent["measure"]): Text {
  if (typeof measure === "string") return renderMessage(priorityMessages[`priority.measure.${measure}`]);
  return renderMessage(priorityMessages["priority.measure.factor"], { factor: measure.factor });
}

function rawValue(
  stats: RegionPovertyStats,
  index: number,
  measure: BlendComponent["measure"],
  options: RankRegionsOptions,
): { value: number } | { reason: Text } {
  if (typeof measure === "string") {
    // Read and checked here: a record passed in need not have come through parseRegionPovertyStats.
    // The reason in each language where the figure words it (`reasonText`), else its `reason`.
    const figure: Figure<number> = readNumberFigure(stats, FIELD[measure], index);
    return figure.status === "known" ? { value: figure.value } : { reason: missingReason(figure) };
  }
  const table = options.factors?.[measure.factor];
  const value = table && Object.prototype.hasOwnProperty.call(table, stats.code) ? table[stats.code] : undefined;
  if (value === undefined) return { reason: renderMessage(priorityMessages["priority.factor_not_given"], { factor: measure.factor }) };
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw failure(priorityMessages, "priority.bad_factor_value", { factor: measure.factor, code: stats.code, value: describeValue(value) });
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
      // Sorted once (not one scan per region, which is quadratic): the number of values above each.
      const order = values.map((_, i) => i).sort((a, b) => F.compare(values[b] as F.Fraction, values[a] as F.Fraction));
      const above = new Array<number>(n);
      order.forEach((i, position) => {
        const previous = order[position - 1];
        const tied = previous !== undefined && F.compare(values[previous] as F.Fraction, values[i] as F.Fraction) === 0;
        above[i] = tied ? (above[previous] as number) : position; // rank r = above + 1; ties share the best
      });
      return above.map((a) => F.fraction(BigInt(n - 1 - a), BigInt(n - 1)));
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
  if (!Array.isArray(stats)) throw failure(priorityMessages, "priority.no_regions");
  if (options === null || typeof options !== "object") throw failure(priorityMessages, "priority.bad_option", { option: "options", value: describeValue(options) });
  const components = componentsOf(criterion);
  const baseNormalisation = checkNormalisation((typeof criterion === "object" ? criterion.normalisation : undefined) ?? options.normalisation ?? "share");
  const weights = components.map((c, index) => {
    if (typeof c.weight !== "number" || !Number.isFinite(c.weight) || c.weight < 0) {
      throw failure(priorityMessages, "priority.bad_weight", { index, value: describeValue(c.weight) });
    }
    return F.fromNumber(c.weight);
  });
  const weightSum = weights.reduce(F.add, F.ZERO);
  if (components.length === 0 || F.isZero(weightSum)) throw failure(priorityMessages, "priority.zero_weights");

  const codes = new Set<string>();
  for (let index = 0; index < stats.length; index++) {
    const s: unknown = stats[index];
    checkStatsRecord(s, index);
    if (codes.has(s.code)) throw failure(priorityMessages, "priority.duplicate_region", { code: s.code });
    codes.add(s.code);
  }
  const overrides = options.overrides ?? {};
  if (overrides === null || typeof overrides !== "object") throw failure(priorityMessages, "priority.unknown_override", { code: describeValue(overrides) });
  for (const code of Object.keys(overrides)) {
    if (!codes.has(code)) throw failure(priorityMessages, "priority.unknown_override", { code });
    const override: unknown = overrides[code];
    if (override === null || typeof override !== "object" || typeof (override as RegionOverride).reason !== "string") {
      throw failure(priorityMessages, "priority.bad_multiplier", { code, value: describeValue(override) });
    }
  }

  const excluded: ExcludedRegion[] = [];
  const gaps: Text[] = [];
  const kept: { stats: RegionPovertyStats; raw: number[] }[] = [];
  for (const [index, s] of stats.entries()) {
    const override = Object.prototype.hasOwnProperty.call(overrides, s.code) ? overrides[s.code] : undefined;
    if (override?.multiplier !== undefined && !(Number.isFinite(override.multiplier) && override.multiplier > 0)) {
      throw failure(priorityMessages, "priority.bad_multiplier", { code: s.code, value: describeValue(override.multiplier) });
    }
    if (override?.exclude) {
      excluded.push({ code: s.code, name: s.name, reason: renderMessage(priorityMessages["priority.excluded_by_override"], { name: s.name, code: s.code, reason: override.reason }) });
      continue;
    }
    const raw: number[] = [];
    let missing: Text | undefined;
    for (const c of components) {
      const found = rawValue(s, index, c.measure, options);
      if ("value" in found) raw.push(found.value);
      else {
        const label = measureLabel(c.measure);
        missing ??= renderOwn(priorityMessages["priority.missing_figure"], { name: s.name, code: s.code, measure: label, reason: found.reason });
      }
    }
    if (missing) {
      excluded.push({ code: s.code, name: s.name, reason: missing });
      gaps.push(missing);
    } else kept.push({ stats: s, raw });
  }
  const missing = options.missing ?? "error";
  if (missing !== "error" && missing !== "exclude") throw failure(priorityMessages, "priority.bad_option", { option: "missing", value: describeValue(missing) });
  if (gaps.length > 0 && missing === "error") {
    throw failure(priorityMessages, "priority.missing_data", { details: { id: gaps.map((gap) => gap.id).join("; "), en: gaps.map((gap) => gap.en).join("; ") } });
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
    const override = Object.prototype.hasOwnProperty.call(overrides, region.stats.code) ? overrides[region.stats.code] : undefined;
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
