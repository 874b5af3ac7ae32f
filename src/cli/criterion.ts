import type { RankCriterion, RegionMeasure } from "../priority/criterion.js";
import { cliError } from "./context.js";

const MEASURES: readonly RegionMeasure[] = ["count", "rate", "depth", "severity"];

/**
 * Read `--by count|rate|depth|severity` or `--by blend --weights count=60,rate=40`.
 * @internal
 */
export function parseCriterion(by: string | undefined, weights: string | undefined): RankCriterion {
  const name = by ?? (weights ? "blend" : "count");
  if ((MEASURES as readonly string[]).includes(name)) return name as RegionMeasure;
  if (name !== "blend") throw cliError(2, "cli.bad_value", { option: "by", value: name, expected: "count, rate, depth, severity, blend" });
  if (!weights) throw cliError(2, "cli.missing_option", { option: "weights" });
  const blend = weights.split(",").map((part) => {
    const [measure = "", weight = ""] = part.split("=").map((s) => s.trim());
    const value = Number(weight);
    if (!(MEASURES as readonly string[]).includes(measure) || weight === "" || !Number.isFinite(value) || value < 0) {
      throw cliError(2, "cli.bad_value", { option: "weights", value: part, expected: "measure=weight, e.g. count=60,rate=40" });
    }
    return { measure: measure as RegionMeasure, weight: value };
  });
  return { blend };
}

/** A short label for a criterion. @internal */
export function criterionLabel(criterion: RankCriterion): string {
  if (typeof criterion === "string") return criterion;
  return criterion.blend.map((c) => `${typeof c.measure === "string" ? c.measure : c.measure.factor}=${c.weight}`).join(",");
}
