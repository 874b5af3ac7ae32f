import * as z from "zod/mini";
import { asLibraryError, failure, isLibraryError, issue, type SafeResult } from "../message/error.js";
import { renderOwn, type BilingualValues } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { neverThrows, toIssues, unreadableIssues } from "../message/zod.js";
import { RupiahSchema } from "../money/schema.js";
import type { Rupiah } from "../money/rupiah.js";
import { parsePeriod } from "../time/period.js";
import { RegionCodeSchema, isRegionCode, type RegionCode } from "./code.js";
import { figureSchema, missingReason, readNumberFigure, weakestConfidence, type Figure, type MissingFigure } from "./figure.js";
import { impliedPopulationMessages, statsMessages } from "./messages.js";

function custom(
  ctx: z.core.ParsePayload<unknown>,
  code: keyof typeof statsMessages,
  values: BilingualValues,
  path: (string | number)[] = [],
): void {
  const text = renderOwn(statsMessages[code], values);
  ctx.issues.push({ code: "custom", input: ctx.value, path, message: text.en, params: { code, text } });
}

// A count of persons: BPS tables give thousands ("ribu jiwa", 59.0), which must be written as persons.
const Count = /* @__PURE__ */ z.number().check((ctx) => {
  if (!(Number.isSafeInteger(ctx.value) && ctx.value >= 0)) custom(ctx, "region.count_not_whole", { value: ctx.value });
});
const Index = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(100));
const Percent = /* @__PURE__ */ z.number().check((ctx) => {
  if (!(ctx.value >= 0 && ctx.value <= 100)) custom(ctx, "region.percent_out_of_range", { value: ctx.value });
});
const Amount = /* @__PURE__ */ RupiahSchema.check((ctx) => {
  if (ctx.value.isNegative()) custom(ctx, "region.negative_rupiah", { value: ctx.value.toString() });
});
const Period = /* @__PURE__ */ z.string().check((ctx) => {
  try {
    parsePeriod(ctx.value);
  } catch (error) {
    if (!isLibraryError(error)) throw error;
    custom(ctx, "region.invalid_period", { value: describeValue(ctx.value) });
  }
});

/**
 * Poverty statistics of one region for one period, every figure with its source and confidence
 * or an explicit reason why it is missing.
 *
 * Units: `poor` and `population` in persons (not thousands: BPS's 59.00 ribu is `59000`);
 * percentages in percent (`7.28` means 7.28%); `p1`/`p2` as BPS publishes them (index points,
 * e.g. `0.799`); poverty lines in Rupiah per capita per month.
 * @category Regions
 */
export interface RegionPovertyStats {
  /** Kemendagri code of the region. */
  readonly code: RegionCode;
  /** Region name, e.g. "Kutai Kartanegara". */
  readonly name: string;
  /** Period label: `2024-03` (Susenas March) or `2024` (annual kab/kota estimate); see `parsePeriod`. */
  readonly period: string;
  /** Number of poor people (persons). */
  readonly poor: Figure<number>;
  /** Headcount ratio P0, percent of the population below the poverty line. Store as published. */
  readonly p0Percent: Figure<number>;
  /** Population (persons) behind P0, where published. */
  readonly population: Figure<number>;
  /** Poverty line (garis kemiskinan), Rupiah per capita per month. */
  readonly povertyLine: Figure<Rupiah>;
  /** Poverty gap index P1 (indeks kedalaman). */
  readonly p1: Figure<number>;
  /** Poverty severity index P2 (indeks keparahan). */
  readonly p2: Figure<number>;
  /** P0 in urban areas, percent (province releases). */
  readonly urbanP0Percent?: Figure<number>;
  /** P0 in rural areas, percent (province releases). */
  readonly ruralP0Percent?: Figure<number>;
  /** Food part of the poverty line, Rupiah per capita per month. */
  readonly povertyLineFood?: Figure<Rupiah>;
  /** Non-food part of the poverty line, Rupiah per capita per month. */
  readonly povertyLineNonFood?: Figure<Rupiah>;
  /** Average members per poor household. */
  readonly membersPerPoorHousehold?: Figure<number>;
  /**
   * Poverty line per poor household, Rupiah per household per month (BPS publishes it next to the
   * per-capita line: the line times the average members per poor household).
   */
  readonly povertyLinePerHousehold?: Figure<Rupiah>;
  /** Poor people in urban areas (persons; province releases). */
  readonly urbanPoor?: Figure<number>;
  /** Poor people in rural areas (persons; province releases). */
  readonly ruralPoor?: Figure<number>;
  /** Notes a reader must see (conflicts, caveats). */
  readonly notes?: readonly string[];
}

/**
 * The zod schema of {@link RegionPovertyStats} in JSON form (Rupiah amounts as decimal strings or
 * safe integers; the code dotted or undotted). Unknown keys are rejected so that typos surface.
 * Also checks that a known poor count does not exceed a known population.
 *
 * @example
 * RegionPovertyStatsSchema.safeParse({}).success //=> false
 * @category Regions
 */
export const RegionPovertyStatsSchema = /* @__PURE__ */ neverThrows(
  () => z
    .strictObject({
      code: RegionCodeSchema,
      name: z.string().check(z.trim(), z.minLength(1)),
      period: Period,
      poor: figureSchema(Count),
      p0Percent: figureSchema(Percent),
      population: figureSchema(Count),
      povertyLine: figureSchema(Amount),
      p1: figureSchema(Index),
      p2: figureSchema(Index),
      urbanP0Percent: z.optional(figureSchema(Percent)),
      ruralP0Percent: z.optional(figureSchema(Percent)),
      povertyLineFood: z.optional(figureSchema(Amount)),
      povertyLineNonFood: z.optional(figureSchema(Amount)),
      membersPerPoorHousehold: z.optional(figureSchema(z.number().check(z.gt(0), z.lte(100)))),
      povertyLinePerHousehold: z.optional(figureSchema(Amount)),
      urbanPoor: z.optional(figureSchema(Count)),
      ruralPoor: z.optional(figureSchema(Count)),
      notes: z.optional(z.array(z.string())),
    })
    .check((ctx) => {
      const { poor, population, p0Percent } = ctx.value;
      if (poor.status !== "known" || population.status !== "known") return;
      if (poor.value > population.value) {
        custom(ctx, "region.poor_exceeds_population", { poor: poor.value, population: population.value }, ["poor"]);
      } else if (p0Percent.status === "known") {
        // P0 is the poor's share of the population (BPS). A count off by a factor of 2 or more from
        // P0 × population, beyond P0's rounding to two decimals, is a slip of units (a count in
        // thousands, "ribu jiwa", entered as persons; P0 as a fraction), not a difference of sources.
        const expected = (population.value * p0Percent.value) / 100;
        const off = Math.abs(poor.value - expected);
        if (off * 2 > Math.max(poor.value, expected) && off > population.value * 0.00005) {
          custom(ctx, "region.poor_inconsistent_with_p0", { poor: poor.value, p0: p0Percent.value, population: population.value, expected: Math.round(expected) }, ["poor"]);
        }
      }
    }),
  "RegionPovertyStatsSchema",
);

function defined(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// zod leaves absent optional keys absent but keeps keys explicitly set to `undefined`; drop those
// (at the top and inside each figure) so the result matches the readonly optional properties.
function withoutUndefined(value: z.output<typeof RegionPovertyStatsSchema>): RegionPovertyStats {
  const out = defined(value);
  for (const [key, field] of Object.entries(out)) {
    if (field !== null && typeof field === "object" && "status" in field) out[key] = defined(field);
  }
  return out as unknown as RegionPovertyStats;
}

/**
 * Validate poverty statistics from JSON (your own province, or a newer release). Never throws:
 * every problem is returned with its path, a stable code and text in Bahasa Indonesia and English.
 *
 * @param input - Anything.
 * @returns The typed statistics, or every issue.
 * @example
 * const result = parseRegionPovertyStats({
 *   code: "9901", name: "Kabupaten Contoh", period: "2024",
 *   poor: { status: "known", value: 12000, source: "BPS Kab. Contoh 2024", confidence: "H" },
 *   p0Percent: { status: "known", value: 8, source: "BPS Kab. Contoh 2024", confidence: "H" },
 *   population: { status: "missing", reason: "not published" },
 *   povertyLine: { status: "known", value: "650000", source: "BPS Kab. Contoh 2024", confidence: "M" },
 *   p1: { status: "missing", reason: "not published" },
 *   p2: { status: "missing", reason: "not published" },
 * });
 * result.success && result.data.code //=> "99.01"
 * @category Regions
 */
export function parseRegionPovertyStats(input: unknown): SafeResult<RegionPovertyStats> {
  try {
    const result = RegionPovertyStatsSchema.safeParse(input, { reportInput: true });
    if (!result.success) return { success: false, issues: toIssues(result.error.issues) };
    return { success: true, data: withoutUndefined(result.data) };
  } catch (thrown) {
    return { success: false, issues: unreadableIssues(thrown, "parseRegionPovertyStats") };
  }
}

/**
 * The population implied by the poor count and P0: `poor ÷ (P0 / 100)`. This is **derived, not
 * published** (BPS does not publish the denominator next to kab/kota P0, and rounding of P0 to two
 * decimals makes it approximate, ±0.1% or so); its confidence is the weaker of the two inputs.
 * Missing when either input is missing or P0 is zero.
 *
 * @param stats - Statistics of one region and period.
 * @returns The implied population in persons (not rounded), or a missing figure with the reason
 *   (`reason` in English, `reasonText` in both languages).
 * @example
 * // Kutai Kartanegara: 59,000 ÷ 0.0728
 * impliedPopulation(kaltim.regencies2024[1])
 * //=> { status: "known", value: 810439.56…, source: "derived: poor ÷ (P0 / 100)", confidence: "H", note: "poor: https://swarakaltim.com/…" }
 * const berau = impliedPopulation(kaltim.regencies2023[2]); // Berau 2023: no poor count
 * berau.status === "missing" ? berau.reasonText : undefined
 * //=> { id: "jumlah penduduk miskin tidak ada: Jumlah penduduk miskin 2023 tidak ada dalam set data", en: "poor count missing: 2023 count not in the dataset" }
 * @category Regions
 */
export function impliedPopulation(stats: RegionPovertyStats): Figure<number> {
  try {
    return implied(stats);
  } catch (error) {
    throw asLibraryError(error, "impliedPopulation");
  }
}

function implied(stats: RegionPovertyStats): Figure<number> {
  checkStatsRecord(stats, 0);
  const poor = readNumberFigure(stats, "poor", 0);
  const p0Percent = readNumberFigure(stats, "p0Percent", 0);
  if (poor.status === "missing") return notDerived("region.implied.no_poor", `poor count missing: ${poor.reason}`, poor);
  if (p0Percent.status === "missing") return notDerived("region.implied.no_p0", `P0 missing: ${p0Percent.reason}`, p0Percent);
  if (p0Percent.value === 0) return notDerived("region.implied.zero_p0", "P0 is 0; the population cannot be derived");
  if (p0Percent.value > 100) throw failure(statsMessages, "region.bad_figure", { field: "p0Percent", index: 0 });
  return {
    status: "known",
    value: poor.value / (p0Percent.value / 100),
    source: "derived: poor ÷ (P0 / 100)",
    confidence: weakestConfidence(poor.confidence, p0Percent.confidence),
    note: `poor: ${poor.source}; P0: ${p0Percent.source}`,
  };
}

/**
 * A population that cannot be derived: `reason` in English as it always read, `reasonText` in both
 * languages, with the input's own reason in each language where it words it.
 */
function notDerived(code: keyof typeof impliedPopulationMessages, reason: string, input?: MissingFigure): MissingFigure {
  const values = input === undefined ? {} : { reason: missingReason(input) };
  return { status: "missing", reason, reasonText: renderOwn(impliedPopulationMessages[code], values) };
}

/**
 * Check that a statistics record passed in by a caller can be read: an object with a region code and
 * a text name (`region.bad_stats` otherwise, with its index). Figures are checked where they are read
 * ({@link readNumberFigure}).
 * @internal
 */
export function checkStatsRecord(stats: unknown, index: number): asserts stats is RegionPovertyStats {
  const record = stats as { code?: unknown; name?: unknown } | null;
  const readable = record !== null && typeof record === "object" && isRegionCode(record.code) && typeof record.name === "string";
  if (!readable) {
    throw failure(statsMessages, "region.bad_stats", { index }, [issue(statsMessages, "region.bad_stats", [index], { index })]);
  }
}
