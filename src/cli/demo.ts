import { apportion } from "../allocate/apportion.js";
import { kaltim } from "../region/kaltim.js";
import { rankRegions } from "../priority/rankRegions.js";
import { rankingCrossovers } from "../priority/crossovers.js";
import { emit, say, type CommandContext } from "./context.js";
import { figures, regionWeights } from "./commands/regions.js";
import { label } from "./labels.js";
import { shownNumbers } from "./numbers.js";
import type { Table } from "./output.js";
import type { CliMessageCode } from "./messages.js";

/**
 * `demo` (and `npm run demo`): a short tour on the embedded Kalimantan Timur 2024 data — both
 * rankings, where they cross, a 10,000-quota allocation by three methods side by side. `--json`
 * prints one document with all three parts.
 * @internal
 */
export async function demoCommand(context: CommandContext): Promise<number> {
  const lang = context.lang;
  const table = context.format === "table";
  const section = async (code: CliMessageCode, tables: readonly Table[]) => {
    if (!table) return;
    await context.out.line(`\n━━ ${say(context, code)} ━━`);
    await emit(context, tables, null);
  };
  const stats = kaltim.regencies2024;
  const byCode = new Map(stats.map((s) => [s.code as string, s]));

  const count = rankRegions(stats, "count");
  const rate = rankRegions(stats, "rate");
  await section("cli.demo.rankings", [
    {
      name: "rankings",
      columns: [
        { key: "rank", label: label("col.rank", lang), kind: "int" },
        { key: "by_count", label: label("col.by_count", lang) },
        { key: "poor", label: label("col.poor", lang), kind: "int" },
        { key: "by_rate", label: label("col.by_rate", lang) },
        { key: "p0_percent", label: label("col.p0", lang), kind: { dec: 2 } },
      ],
      rows: count.regions.map((r, i) => {
        const other = rate.regions[i]!;
        return [r.rank, r.name, figures(byCode.get(r.code)!).poor, other.name, figures(byCode.get(other.code)!).p0];
      }),
    },
  ]);

  const sensitivity = rankingCrossovers(stats, "count", "rate");
  const mahulu = sensitivity.crossovers.filter((c) => c.aheadAfter.code === "64.11");
  await section("cli.demo.crossovers", [
    {
      name: "crossovers",
      columns: [
        { key: "alpha", label: label("col.alpha", lang), kind: { dec: 4 } },
        { key: "overtaken", label: label("col.mahulu_overtakes", lang) },
        { key: "exact_alpha", label: label("col.exact_alpha", lang) },
      ],
      rows: mahulu.map((c) => [c.alpha, c.aheadBefore.name, c.exactAlpha]),
    },
  ]);
  const kukar = mahulu.find((c) => c.aheadBefore.code === "64.02")?.alpha;
  if (table && kukar !== undefined) {
    await context.out.line(say(context, "cli.demo.crossovers_note", { count: sensitivity.crossovers.length, alpha: shownNumbers(lang).dec(kukar, 3) }));
  }

  const blend = { blend: [{ measure: "count" as const, weight: 50 }, { measure: "rate" as const, weight: 50 }] };
  const { regions, weights } = regionWeights(stats, blend, {});
  const methods = ["hamilton", "webster", "jefferson"] as const;
  const results = methods.map((method) => apportion({ method, seats: 10_000, weights, min: 100 }));
  await section("cli.demo.allocation", [
    {
      name: "allocation",
      columns: [
        { key: "regency", label: label("col.regency", lang) },
        { key: "hamilton", label: "Hamilton", kind: "int" },
        { key: "webster", label: "Webster", kind: "int" },
        { key: "jefferson", label: "Jefferson (D'Hondt)", kind: "int" },
      ],
      rows: [...regions.map((r, i) => [r.name, ...results.map((res) => res.seats[i])]), [label("word.total", lang), ...results.map((res) => res.seats.reduce((a, b) => a + b, 0))]],
    },
  ]);
  if (!table) {
    await emit(context, [], {
      rankings: { count, rate },
      crossovers: sensitivity,
      allocation: { methods, regions: regions.map((r) => r.code), results },
    });
  }
  return 0;
}
