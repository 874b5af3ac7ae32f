import { TepatSasaranError } from "../../message/error.js";
import type { Language } from "../../message/message.js";
import { rankRegions, type RegionRanking } from "../../priority/rankRegions.js";
import { rankingCrossovers } from "../../priority/crossovers.js";
import { checkOutDir, cliError, emit, notWith, rowsOption, say, option, type CommandContext } from "../context.js";
import { betweenOption, criterionLabel, measuresOf, parseCriterion, rankOptions } from "../criterion.js";
import { label, labelOf } from "../labels.js";
import { shownNumbers } from "../numbers.js";
import type { Column, Table } from "../output.js";
import { figures, lackingFigures, loadStats } from "./regions.js";

function noRegions(error: unknown): boolean {
  return error instanceof TepatSasaranError && error.code === "priority.no_regions";
}

/**
 * `rank`: regions by count, rate, depth, severity or a blend, with the crossover table between two
 * criteria. Regions lacking a figure the criterion needs are listed with the reason and the rest
 * ranked (`--missing error` stops instead); when none is left, the list is printed and the exit code is 1.
 * @internal
 */
export async function rankCommand(context: CommandContext): Promise<number> {
  const lang = context.lang;
  const criterion = parseCriterion(context, option(context, "by"), option(context, "weights"));
  const options = rankOptions(context, "exclude");
  const [a, b] = betweenOption(context);
  checkOutDir(context);
  if (context.format !== "table") notWith(context, "rows", ` (--format ${context.format})`);
  const rowsShown = rowsOption(context, DEFAULT_ROWS);
  const stats = loadStats(context);
  const measures = measuresOf(criterion);
  const what = eitherOf(measures.map((m) => labelOf("measure", m, lang)), lang);
  const lacking = lackingFigures(stats, measures);
  const excludedTable: Table = {
    name: "excluded",
    title: say(context, "cli.heading.missing", { measure: what }),
    columns: [
      { key: "code", label: label("col.code", lang) },
      { key: "region", label: label("col.region", lang) },
      { key: "why", label: label("col.why", lang) },
    ],
    rows: lacking.map((r) => [r.code, r.name, r.reason[lang]]),
  };
  let ranking: RegionRanking;
  try {
    ranking = rankRegions(stats, criterion, options);
  } catch (error) {
    // An empty file: "there are no regions to rank", not "no region has a … figure" over an empty list.
    if (!noRegions(error) || stats.length === 0) throw error;
    await emit(context, [excludedTable], { ranking: null, excluded: lacking });
    throw cliError(1, "cli.nothing_ranked", { measure: what });
  }
  // CSV on standard output is the ranking table alone, the others only named: the crossovers (about
  // 7 s for Indonesia's 514 regencies) are not computed for it, only whether there would be any.
  const rankingOnly = context.format === "csv" && option(context, "out") === undefined;
  let crossovers: ReturnType<typeof rankingCrossovers> | undefined;
  try {
    if (!rankingOnly) crossovers = rankingCrossovers(stats, a, b, options);
  } catch (error) {
    if (!noRegions(error)) throw error;
  }
  // The crossovers leave out the regions without a figure of --between, and none can be computed
  // when no region has both: said on stderr, never a table that silently is not there.
  const leftOut = lackingFigures(stats, [a, b]);
  const lacks = ([a, b] as const).filter((m, i, both) => both.indexOf(m) === i && lackingFigures(stats, [m]).length > 0);
  const between = { a: labelOf("criterion", a, lang), b: labelOf("criterion", b, lang), measure: eitherOf(lacks.map((m) => labelOf("measure", m, lang)), lang) };
  const noCrossovers = stats.length > 0 && leftOut.length === stats.length;
  if (noCrossovers) context.err(say(context, "cli.crossovers_none", between));
  else if (leftOut.length > 0) context.err(say(context, "cli.crossovers_without", { ...between, count: leftOut.length, regions: leftOut.map((r) => `${r.code} ${r.name}`).join(", ") }));
  const byCode = new Map(stats.map((s) => [s.code as string, s]));
  const withP1 = measures.includes("depth");
  const withP2 = measures.includes("severity");
  const columns: Column[] = [
    { key: "rank", label: label("col.rank", lang), kind: "int" },
    { key: "code", label: label("col.code", lang) },
    { key: "region", label: label("col.region", lang) },
    { key: "poor", label: label("col.poor", lang), kind: "int" },
    { key: "p0_percent", label: label("col.p0", lang), kind: { dec: 2 } },
    ...(withP1 ? [{ key: "p1", label: label("col.p1", lang), kind: { dec: 3 } } as Column] : []),
    ...(withP2 ? [{ key: "p2", label: label("col.p2", lang), kind: { dec: 3 } } as Column] : []),
    { key: "score", label: label("col.score", lang), kind: { dec: 4 } },
    { key: "tie", label: label("col.tie", lang) },
  ];
  const tables: Table[] = [
    {
      name: "ranking",
      title: say(context, "cli.heading.ranking", { criterion: criterionLabel(criterion, lang) }),
      columns,
      rows: ranking.regions.map((r) => {
        const f = figures(byCode.get(r.code)!);
        return [r.rank, r.code, r.name, f.poor, f.p0, ...(withP1 ? [f.p1] : []), ...(withP2 ? [f.p2] : []), r.score, r.tied ? "=" : ""];
      }),
    },
  ];
  if (rankingOnly && lackingFigures(stats, [a, b]).length < stats.length) tables.push({ name: "crossovers", title: "", columns: [], rows: [] });
  if (crossovers) {
    tables.push({
      name: "crossovers",
      title: say(context, "cli.heading.crossovers", { a: labelOf("criterion", a, lang), b: labelOf("criterion", b, lang) }),
      columns: [
        { key: "alpha", label: label("col.alpha", lang), kind: { dec: 4 } },
        { key: "overtakes", label: label("col.overtakes", lang) },
        { key: "overtaken", label: label("col.overtaken", lang) },
      ],
      rows:
        crossovers.crossovers.length === 0 && context.format === "table"
          ? [[undefined, say(context, "cli.no_crossovers"), ""]]
          : crossovers.crossovers.slice(0, context.format === "table" ? rowsShown : undefined).map((c) => [c.alpha, c.aheadAfter.name, c.aheadBefore.name]),
    });
  }
  if (ranking.excluded.length > 0) tables.push({ ...excludedTable, rows: ranking.excluded.map((r) => [r.code, r.name, lacking.find((l) => l.code === r.code)?.reason[lang] ?? r.reason[lang]]) });
  // The ranking of every interval between crossovers is regions × intervals codes: for Indonesia's
  // 514 regencies tens of millions, a JSON document longer than a string can be. Past a million it
  // is left out of the document (the crossovers and the rankings at both ends stay), with a note.
  let written: object | null = crossovers ?? null;
  if (crossovers !== undefined && context.format === "json" && crossovers.intervals.length * crossovers.atA.length > MAX_INTERVAL_CODES) {
    context.err(say(context, "cli.intervals_omitted", { intervals: crossovers.intervals.length, regions: crossovers.atA.length }));
    written = { ...crossovers, intervals: null };
  }
  await emit(context, tables, { criterion, ranking, crossovers: written, crossoversLeftOut: leftOut });
  if (context.format === "table") {
    const cut = (crossovers?.crossovers.length ?? 0) - rowsShown;
    if (cut > 0) await context.out.line(say(context, "cli.crossovers_cut", { count: shownNumbers(lang).int(cut) }));
    if (ranking.excluded.length > 0) await context.out.line(`\n${say(context, "cli.excluded_note", { count: ranking.excluded.length, measure: what })}`);
  } else if (ranking.excluded.length > 0) context.err(say(context, "cli.excluded_note", { count: ranking.excluded.length, measure: what }));
  // Crossovers asked for by name and not computable: the ranking is written, the run is not a
  // success. CSV on standard output is the ranking alone (the crossovers only named): it is whole.
  return noCrossovers && option(context, "between") !== undefined && !rankingOnly ? 1 : 0;
}

/** Words of one list as "a, b or c" ("a, b atau c"): the figures a region lacks one of. */
function eitherOf(words: readonly string[], lang: Language): string {
  if (words.length < 2) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")}${lang === "id" ? " atau " : " or "}${words[words.length - 1] as string}`;
}

/** Region codes of the rankings per interval a JSON document holds at most (see `rank --format json`). */
const MAX_INTERVAL_CODES = 1_000_000;

/** Crossovers shown in the table format unless `--rows` says otherwise. */
const DEFAULT_ROWS = 50;
