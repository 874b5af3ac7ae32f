import { kaltim } from "../../region/kaltim.js";
import { parseRegionPovertyDataset } from "../../region/dataset.js";
import { parseRegionPovertyStats } from "../../region/stats.js";
import { knownValue, missingReason, type Figure } from "../../region/figure.js";
import type { RegionPovertyStats } from "../../region/stats.js";
import type { Issue } from "../../message/error.js";
import type { Language, Text } from "../../message/message.js";
import { rankRegions } from "../../priority/rankRegions.js";
import { rankingWeights, type RankingWeight } from "../../priority/rankingWeights.js";
import type { RankCriterion, RankRegionsOptions, RegionMeasure } from "../../priority/criterion.js";
import { CliError, masked, option, readJsonFile, say, type CommandContext } from "../context.js";

/** The region statistics: `--stats FILE` (a JSON array of RegionPovertyStats) or the embedded Kaltim 2024 data. @internal */
export function loadStats(context: CommandContext): readonly RegionPovertyStats[] {
  const file = option(context, "stats");
  if (!file) return kaltim.regencies2024;
  const data = readJsonFile(file);
  const parsed = parseRegionPovertyDataset(data);
  if (parsed.success) return parsed.data.map(maskedTexts);
  // An entry by its place in the file (from 1) and its region code, as an officer finds it, rather
  // than the array index the issue path starts with ("0.poor").
  const where = (path: readonly (string | number)[]): string => {
    const [index, ...rest] = path;
    if (typeof index !== "number") return path.join(".");
    const code = (Array.isArray(data) ? (data[index] as { code?: unknown } | null)?.code : undefined) ?? "";
    return `[${index + 1}]${typeof code === "string" && code.length <= 20 ? ` ${masked(code)}` : ""}${rest.length > 0 ? ` ${rest.join(".")}` : ""}`;
  };
  // A region and period given twice: both entries by their place in the file, as `where` names the
  // one an issue is at (the library names the first by its array index, "index 0").
  const keyOf = (entry: unknown) => {
    const read = parseRegionPovertyStats(entry);
    return read.success ? { key: `${read.data.code}|${read.data.period}`, code: read.data.code, period: read.data.period } : undefined;
  };
  let firsts: Map<string, number> | undefined;
  const duplicate = (index: number, lang: Language): string | undefined => {
    const found = Array.isArray(data) ? keyOf(data[index]) : undefined;
    if (!found || !Array.isArray(data)) return undefined;
    if (firsts === undefined) {
      firsts = new Map();
      for (let j = 0; j < data.length; j++) {
        const key = keyOf(data[j])?.key;
        if (key !== undefined && !firsts.has(key)) firsts.set(key, j);
      }
    }
    const first = firsts.get(found.key);
    return first === undefined || first === index ? undefined : say({ lang }, "cli.stats_duplicate", { first: first + 1, entry: index + 1, code: found.code, period: found.period });
  };
  // A key left out of an entry: zod says "expected object, received undefined"; an officer needs
  // "required", and for a figure the two shapes it may take.
  const text = (i: Issue, lang: Language): string => {
    const [index, key] = i.path;
    const entry = Array.isArray(data) && typeof index === "number" ? (data[index] as Record<string, unknown> | null) : undefined;
    const absent = i.path.length === 2 && typeof key === "string" && entry !== null && typeof entry === "object" && !Object.hasOwn(entry, key);
    if (i.code === "region.duplicate_stats" && typeof index === "number") return duplicate(index, lang) ?? i.message[lang];
    if (i.code !== "input.invalid_type" || !absent) return i.message[lang];
    return say({ lang }, FIGURES.has(key) ? "cli.stats_figure_required" : "cli.stats_field_required");
  };
  const shown = parsed.issues.slice(0, 20);
  const rest = parsed.issues.length - shown.length;
  const lines = (lang: Language) =>
    // The file itself (an empty path, e.g. an object for the array): "stats.json: …", not "stats.json: : …".
    [...shown.map((i) => `${[file, where(i.path)].filter((part) => part !== "").join(": ")}: ${text(i, lang)}`), ...(rest > 0 ? [`${file}: ${say({ lang }, "cli.and_more", { count: rest })}`] : [])].join("\n");
  throw new CliError(1, { id: lines("id"), en: lines("en") });
}

/** The figures every entry of a `--stats` file must give, known or missing. */
const FIGURES: ReadonlySet<string> = new Set(["poor", "p0Percent", "population", "povertyLine", "p1", "p2"]);

/**
 * A region of a `--stats` file with its free texts (name, each figure's source, note or reason, in each language)
 * masked: they are printed in tables and JSON, and a careless file could hold a NIK or KK in them.
 */
function maskedTexts(region: RegionPovertyStats): RegionPovertyStats {
  const out: Record<string, unknown> = { ...region, name: masked(region.name) };
  for (const [key, value] of Object.entries(region)) {
    if (value === null || typeof value !== "object" || !("status" in value)) continue;
    const figure: Record<string, unknown> = { ...value };
    for (const text of ["source", "note", "reason"]) if (typeof figure[text] === "string") figure[text] = masked(figure[text]);
    const worded = figure["reasonText"] as { id: string; en: string } | undefined;
    if (worded !== undefined) figure["reasonText"] = { id: masked(worded.id), en: masked(worded.en) };
    out[key] = figure;
  }
  return out as unknown as RegionPovertyStats;
}

const FIELD: Readonly<Record<RegionMeasure, "poor" | "p0Percent" | "p1" | "p2">> = { count: "poor", rate: "p0Percent", depth: "p1", severity: "p2" };

/** Regions lacking a figure the measures need, with the reason the data gives (in each language where it words it). @internal */
export function lackingFigures(stats: readonly RegionPovertyStats[], measures: readonly RegionMeasure[]): { code: string; name: string; reason: Text }[] {
  const out: { code: string; name: string; reason: Text }[] = [];
  for (const region of stats) {
    const missing = measures.map((m) => region[FIELD[m]] as Figure<number>).find((figure) => figure.status === "missing");
    if (missing && missing.status === "missing") out.push({ code: region.code, name: region.name, reason: missingReason(missing) });
  }
  return out;
}

/**
 * Region weights for allocation: the ranking's exact scores as `rankingWeights` scales them, in the
 * order of the statistics (the order of the table, and the tie-break: the lower index first).
 * @internal
 */
export function regionWeights(stats: readonly RegionPovertyStats[], criterion: RankCriterion, options: RankRegionsOptions) {
  const ranking = rankRegions(stats, criterion, options);
  const weights = rankingWeights(ranking);
  const byCode = new Map(ranking.regions.map((region, i) => [region.code, { region, weight: (weights[i] as RankingWeight).weight }]));
  const ordered = stats.flatMap((s) => byCode.get(s.code) ?? []);
  return { regions: ordered.map((o) => o.region), weights: ordered.map((o) => o.weight), ranking };
}

/** A region's figures as raw values for a table: poor people, P0, P1, P2 (undefined when missing). @internal */
export function figures(stats: RegionPovertyStats): { poor?: number; p0?: number; p1?: number; p2?: number } {
  const out: { poor?: number; p0?: number; p1?: number; p2?: number } = {};
  const poor = knownValue(stats.poor);
  const p0 = knownValue(stats.p0Percent);
  const p1 = knownValue(stats.p1);
  const p2 = knownValue(stats.p2);
  if (poor !== undefined) out.poor = poor;
  if (p0 !== undefined) out.p0 = p0;
  if (p1 !== undefined) out.p1 = p1;
  if (p2 !== undefined) out.p2 = p2;
  return out;
}
