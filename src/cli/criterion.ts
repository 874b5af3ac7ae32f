import type { Language } from "../message/message.js";
import type { RankCriterion, RankRegionsOptions, RegionMeasure } from "../priority/criterion.js";
import { choice, cliError, notWith, option, type CommandContext } from "./context.js";
import { labelOf } from "./labels.js";

const MEASURES: readonly RegionMeasure[] = ["count", "rate", "depth", "severity"];
const NORMALISATIONS = ["share", "min-max", "max", "rank"] as const;

/**
 * The criteria by the names a Dinsos officer reads in the Indonesian help and headings ("jumlah
 * penduduk miskin", "persentase … (P0)", "kedalaman … (P1)", "keparahan … (P2)", "campuran") and by
 * BPS's P0, P1, P2.
 */
const OTHER_NAMES: Readonly<Record<string, RegionMeasure | "blend">> = {
  jumlah: "count",
  persentase: "rate",
  p0: "rate",
  kedalaman: "depth",
  p1: "depth",
  keparahan: "severity",
  p2: "severity",
  campuran: "blend",
};

/** A criterion's id from a name as typed: the id or an Indonesian name (`jumlah`, `P0`, …), in any case; otherwise the text as given. */
function criterionName(text: string): string {
  const lower = text.trim().toLowerCase();
  return Object.hasOwn(OTHER_NAMES, lower) ? (OTHER_NAMES[lower] as string) : (MEASURES as readonly string[]).includes(lower) || lower === "blend" ? lower : text;
}

/** What `--by`, `--weights` and `--between` take, with the Indonesian names in the Indonesian text. */
const named = (ids: string, names: string) => ({ id: `${ids}; atau ${names}`, en: `${ids}; or ${names}` });

/**
 * Read `--by count|rate|depth|severity` or `--by blend --weights count=60,rate=40`; `--weights`
 * with another `--by` is an error.
 * @internal
 */
export function parseCriterion(context: CommandContext, by: string | undefined, weights: string | undefined): RankCriterion {
  const name = criterionName(by ?? (weights ? "blend" : "count"));
  if ((MEASURES as readonly string[]).includes(name)) {
    if (weights !== undefined) notWith(context, "weights", ` (--by ${name})`);
    return name as RegionMeasure;
  }
  if (name !== "blend") throw cliError(2, "cli.bad_value", { option: "by", value: name, expected: named("count, rate, depth, severity, blend", "jumlah, persentase, kedalaman, keparahan, campuran") });
  if (!weights) throw cliError(2, "cli.weights_required");
  const blend = weights.split(",").map((part) => {
    const [given = "", weight = ""] = part.split("=").map((s) => s.trim());
    const measure = criterionName(given);
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
  const parts = text.split(",").map(criterionName);
  if (parts.length !== 2 || !parts.every((p) => (MEASURES as readonly string[]).includes(p))) {
    throw cliError(2, "cli.bad_value", { option: "between", value: text, expected: "count,rate | count,depth | rate,severity | …" });
  }
  return parts as [RegionMeasure, RegionMeasure];
}
