import { rankRegions } from "../../priority/rankRegions.js";
import { rankingCrossovers } from "../../priority/crossovers.js";
import { option, say, emit, type CommandContext } from "../context.js";
import { criterionLabel, parseCriterion } from "../criterion.js";
import type { Table } from "../output.js";
import { figures, loadStats, rankOptions } from "./regions.js";

/** `rank`: regions by count, rate or a blend, with the crossover table between two criteria. @internal */
export function rankCommand(context: CommandContext): void {
  const stats = loadStats(context);
  const criterion = parseCriterion(option(context, "by"), option(context, "weights"));
  const options = rankOptions(context);
  const ranking = rankRegions(stats, criterion, options);
  const [a = "count", b = "rate"] = (option(context, "between") ?? "count,rate").split(",");
  const sensitivity = rankingCrossovers(stats, parseCriterion(a, undefined), parseCriterion(b, undefined), options);
  const byCode = new Map(stats.map((s) => [s.code as string, s]));
  const tables: Table[] = [
    {
      title: say(context, "cli.heading.ranking", { criterion: criterionLabel(criterion) }),
      columns: ["#", "code", "region", "poor", "P0 %", "score", "tie"],
      right: [0, 3, 4, 5],
      rows: ranking.regions.map((r) => {
        const f = figures(byCode.get(r.code)!, context.lang);
        return [r.rank, r.code, r.name, f.poor, f.p0, r.score.toFixed(4), r.tied ? "=" : ""];
      }),
    },
    {
      title: say(context, "cli.heading.crossovers", { a, b }),
      columns: ["α", "overtakes", "overtaken"],
      right: [0],
      rows:
        sensitivity.crossovers.length > 0
          ? sensitivity.crossovers.map((c) => [c.alpha.toFixed(4), c.aheadAfter.name, c.aheadBefore.name])
          : [["–", say(context, "cli.no_crossovers"), ""]],
    },
  ];
  emit(context, tables, { ranking, crossovers: sensitivity });
  if (context.format === "table" && ranking.regions[0]) context.out(`\n${ranking.regions[0].explanation[context.lang]}`);
}
