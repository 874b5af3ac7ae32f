import type { Language } from "../message/message.js";
import type { RankCriterion, RankRegionsOptions, RegionMeasure } from "../priority/criterion.js";
import { choice, cliError, notWith, option, type CommandContext } from "./context.js";
import { labelOf } from "./labels.js";

const MEASURES: readonly RegionMeasure[] = ["count", "rate", "depth", "severity"];
const NORMALISATIONS = ["share", "min-max", "max", "rank"] as const;

/**
 * Read `--by count|rate|depth|severity` or `--by blend --weights count=60,rate=40`; `--weights`
 * with another `--by` is an error.
 * @internal
 */
export function parseCriterion(context: CommandContext, by: string | undefined, weights: string | undefined): RankCriterion {
  const name = by ?? (weights ? "blend" : "count");
  if ((MEASURES as readonly string[]).includes(name)) {
    if (weights !== undefined) notWith(context, "weights", ` (--by ${name})`);
    return name as RegionMeasure;
  }
  if (name !== "blend") throw cliError(2, "cli.bad_value", { option: "by", value: name, expected: "count, rate, depth, severity, blend" });
  if (!weights) throw cliError(2, "cli.weights_required");
  const blend = weights.split(",").map((part) => {
    const [measure = "", weight = ""] = part.split("=").map((s) => s.trim());
    const value = Number(weight);
    if (!(MEASURES as readonly string[]).includes(measure) || weight === "" || !Number.isFinite(value) || value < 0) {
      throw cliError(2, "cli.bad_value", { option: "weights", value: part, expected: "count=60,rate=40" });
    }
    return { measure: measure as RegionMeasure, weight: value };
  });
  if (blend.every((part) => part.weight === 0)) {
    throw cliError(2, "cli.bad_value", { option: "weights", value: weights, expected: { id: "paling sedikit satu bobot lebih dari nol, misalnya count=60,rate=40", en: "at least one weight above zero, for instance count=60,rate=40" } });
  }
  return { blend };
}

/**
 * Ranking options from `--normalisation` and `--missing`. `rank` lists and leaves out regions
 * without the figure by default; `allocate` stops by default, as a region left out gets nothing.
 * @internal
 */
export function rankOptions(context: CommandContext, missingByDefault: "error" | "exclude"): RankRegionsOptions {
  const normalisation = choice(context, "normalisation", NORMALISATIONS);
  const missing = choice(context, "missing", ["error", "exclude"] as const) ?? missingByDefault;
  return { ...(normalisation ? { normalisation } : {}), missing };
}

/** The measures a criterion reads. @internal */
export function measuresOf(criterion: RankCriterion): RegionMeasure[] {
  if (typeof criterion === "string") return [criterion];
  return criterion.blend.flatMap((c) => (typeof c.measure === "string" ? [c.measure] : []));
}

/** A criterion in words, in a language: `jumlah penduduk miskin`, `campuran count=60,rate=40`. @internal */
export function criterionLabel(criterion: RankCriterion, lang: Language): string {
  if (typeof criterion === "string") return labelOf("criterion", criterion, lang);
  const parts = criterion.blend.map((c) => `${typeof c.measure === "string" ? c.measure : c.measure.factor}=${c.weight}`).join(",");
  return `${labelOf("criterion", "blend", lang)} ${parts}`;
}

/** `--between a,b`: the two criteria of the crossover table (default count,rate). @internal */
export function betweenOption(context: CommandContext): [RegionMeasure, RegionMeasure] {
  const text = option(context, "between") ?? "count,rate";
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length !== 2 || !parts.every((p) => (MEASURES as readonly string[]).includes(p))) {
    throw cliError(2, "cli.bad_value", { option: "between", value: text, expected: "count,rate | count,depth | rate,severity | …" });
  }
  return parts as [RegionMeasure, RegionMeasure];
}
