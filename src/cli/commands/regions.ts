import { kaltim } from "../../region/kaltim.js";
import { parseRegionPovertyDataset } from "../../region/dataset.js";
import { knownValue } from "../../region/figure.js";
import type { RegionPovertyStats } from "../../region/stats.js";
import { rankRegions } from "../../priority/rankRegions.js";
import type { RankCriterion, RankRegionsOptions } from "../../priority/criterion.js";
import { CliError, option, readJsonFile, type CommandContext } from "../context.js";

/** The region statistics: `--stats FILE` (a JSON array of RegionPovertyStats) or the embedded Kaltim 2024 data. @internal */
export function loadStats(context: CommandContext): readonly RegionPovertyStats[] {
  const file = option(context, "stats");
  if (!file) return kaltim.regencies2024;
  const parsed = parseRegionPovertyDataset(readJsonFile(file));
  if (parsed.success) return parsed.data;
  const lines = parsed.issues.slice(0, 20).map((i) => ({ id: `${file}: ${i.path.join(".")}: ${i.message.id}`, en: `${file}: ${i.path.join(".")}: ${i.message.en}` }));
  throw new CliError(1, { id: lines.map((l) => l.id).join("\n"), en: lines.map((l) => l.en).join("\n") });
}

/** Ranking options from `--normalisation` and `--missing`. @internal */
export function rankOptions(context: CommandContext): RankRegionsOptions {
  const normalisation = option(context, "normalisation") as RankRegionsOptions["normalisation"];
  const missing = option(context, "missing") as RankRegionsOptions["missing"];
  return { ...(normalisation ? { normalisation } : {}), ...(missing ? { missing } : {}) };
}

/** Region weights for allocation: each region's exact ranking score, scaled to common-denominator integers. @internal */
export function regionWeights(stats: readonly RegionPovertyStats[], criterion: RankCriterion, options: RankRegionsOptions) {
  const ranking = rankRegions(stats, criterion, options);
  const byCode = new Map(ranking.regions.map((r) => [r.code, r]));
  const ordered = stats.filter((s) => byCode.has(s.code)).map((s) => byCode.get(s.code)!);
  const fractions = ordered.map((r) => {
    const [n = "0", d = "1"] = r.exactScore.split("/");
    return { n: BigInt(n), d: BigInt(d) };
  });
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const lcm = fractions.reduce((acc, f) => (acc / gcd(acc, f.d)) * f.d, 1n);
  return { regions: ordered, weights: fractions.map((f) => f.n * (lcm / f.d)), ranking };
}

/** A short "poor / P0" description of a region's figures. @internal */
export function figures(stats: RegionPovertyStats, lang: "id" | "en" = "id"): { poor: string; p0: string } {
  const poor = knownValue(stats.poor);
  const p0 = knownValue(stats.p0Percent);
  return { poor: poor === undefined ? "–" : poor.toLocaleString(lang === "en" ? "en-US" : "id-ID"), p0: p0 === undefined ? "–" : p0.toFixed(2) };
}
