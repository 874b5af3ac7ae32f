/**
 * Every parameter of the catalogue and every embedded Kalimantan Timur figure, with value, dates,
 * source and confidence, flagging what to check first. Read at run time from `PROGRAMS` and `kaltim`,
 * so parameters added by any program appear without editing this file.
 *
 * - Page: docs/build.ts writes it to docs/generated/parameter-sources.md (typedoc "Parameter sources").
 * - `npm run sources` prints the same page; `npm run sources -- --strict` also exits 1 when a dated
 *   value has no confidence tag (see docs/sourceTags.ts for the convention).
 */
import { pathToFileURL } from "node:url";
import { PROGRAMS, defaultParameters, kaltim, lookupValue, renewalsDue, type DatedParameter, type Figure, type RegionPovertyStats } from "../src/index.js";
import { cell, codeValue, nextLine, sentence, validity } from "./markdown.js";
import { needsCheck, sourceFlags, sourceTags, type SourceTags } from "./sourceTags.js";

/** One dated value of one parameter, with its tags. */
export interface ParameterSourceRow {
  readonly id: string;
  readonly programs: readonly string[];
  readonly description: string;
  readonly unit: string;
  readonly value: unknown;
  readonly from: string;
  readonly to: string | undefined;
  readonly source: string;
  readonly tags: SourceTags;
  readonly inForce: boolean;
  /** The source of its yearly cycle, when its authority sets it every year (`renewal`). */
  readonly renewal: string | undefined;
}

/** Every dated value of every catalogue parameter, by parameter id, then date. */
export function parameterSourceRows(asOf: string): ParameterSourceRow[] {
  const byParameter = new Map<DatedParameter, string[]>();
  for (const program of PROGRAMS) {
    for (const parameter of program.parameters) byParameter.set(parameter, [...(byParameter.get(parameter) ?? []), program.id]);
  }
  const rows: ParameterSourceRow[] = [];
  for (const [parameter, programs] of byParameter) {
    const current = lookupValue(parameter, asOf);
    for (const v of parameter.values) {
      rows.push({
        id: parameter.id,
        programs,
        description: parameter.description,
        unit: parameter.unit,
        value: v.value,
        from: v.from,
        to: v.to,
        source: v.source,
        tags: sourceTags(v.source),
        inForce: current !== undefined && current.from === v.from,
        renewal: parameter.renewal?.source,
      });
    }
  }
  return rows.sort((a, b) => (a.id === b.id ? a.from.localeCompare(b.from) : a.id.localeCompare(b.id)));
}

/** One known Kaltim figure with where it comes from. */
export interface FigureSourceRow {
  readonly region: string;
  readonly period: string;
  readonly field: string;
  readonly value: string;
  readonly sources: readonly string[];
  readonly confidence: string;
  readonly note: string | undefined;
}

const isFigure = (value: unknown): value is Figure<unknown> =>
  typeof value === "object" && value !== null && "status" in value && (value.status === "known" || value.status === "missing");

/** Every known figure of the embedded Kalimantan Timur data (province periods, then 2023, 2024, 2025 kab/kota). */
export function kaltimFigureRows(): FigureSourceRow[] {
  const records: RegionPovertyStats[] = [...Object.values(kaltim.province), ...kaltim.regencies2023, ...kaltim.regencies2024, ...kaltim.regencies2025];
  const rows: FigureSourceRow[] = [];
  for (const stats of records) {
    for (const [field, figure] of Object.entries(stats)) {
      if (!isFigure(figure) || figure.status !== "known") continue;
      rows.push({
        region: stats.name,
        period: stats.period,
        field,
        value: String(figure.value),
        sources: figure.source.split(" ; ").map((s) => s.trim()),
        confidence: figure.confidence,
        note: figure.note,
      });
    }
  }
  return rows;
}

const flagsOf = (row: ParameterSourceRow) => {
  const flags = sourceFlags(row.tags);
  return flags.length > 0 ? `flags: ${flags.join(", ")}` : "no flags";
};
/** One dated value as a list item: value, validity, confidence and flags, then the source in full. */
const valueItem = (r: ParameterSourceRow, withId: boolean) =>
  `- ${withId ? `\`${r.id}\`: ` : ""}${codeValue(r.value)}${r.inForce ? " **(in force)**" : ""}, ${validity(r.from, r.to)}; confidence ${r.tags.confidence ?? "**none**"}, ${flagsOf(r)}.${nextLine(`Source: ${cell(r.source)}`)}`;
const figureConflict = (r: FigureSourceRow) => /conflict|disagree|one source says|against/i.test(r.note ?? "");

function summary(rows: readonly ParameterSourceRow[], figures: readonly FigureSourceRow[], asOf: string): string[] {
  const count = (test: (r: ParameterSourceRow) => boolean) => rows.filter(test).length;
  const ids = new Set(rows.map((r) => r.id));
  const yearly = [...new Set(rows.filter((r) => r.renewal !== undefined).map((r) => `\`${r.id}\``))];
  const due = renewalsDue(defaultParameters(), asOf).map((d) => `\`${d.id}\` (value from ${d.from})`);
  return [
    `- ${ids.size} parameters with ${rows.length} dated values, in ${PROGRAMS.length} programs.`,
    `- Confidence of the values: H ${count((r) => r.tags.confidence === "H")}, M ${count((r) => r.tags.confidence === "M")}, L ${count((r) => r.tags.confidence === "L")}, UNVERIFIED ${count((r) => r.tags.confidence === "UNVERIFIED")}, library policy ${count((r) => r.tags.confidence === "POLICY")}, **no tag ${count((r) => r.tags.confidence === undefined)}**.`,
    `- To check first: ${count((r) => needsCheck(r.tags))} values (L, UNVERIFIED, no tag, a weak part, or a conflict between sources).`,
    `- Set every year by their authority (\`renewal\`): ${yearly.join(", ") || "none"}. Due for a new year's value on ${asOf}: ${due.join(", ") || "none"}.`,
    `- Embedded Kalimantan Timur data: ${figures.length} known figures from ${new Set(figures.flatMap((f) => f.sources)).size} sources; ${figures.filter((f) => f.confidence === "L" || f.confidence === "UNVERIFIED" || figureConflict(f)).length} rated L or UNVERIFIED or in conflict.`,
  ];
}

function kaltimSection(figures: readonly FigureSourceRow[]): string[] {
  const bySource = new Map<string, FigureSourceRow[]>();
  for (const f of figures) for (const s of f.sources) bySource.set(s, [...(bySource.get(s) ?? []), f]);
  const flagged = figures.filter((f) => f.confidence === "L" || f.confidence === "UNVERIFIED" || figureConflict(f));
  const describe = (list: readonly FigureSourceRow[]) => {
    const groups = new Map<string, string[]>();
    for (const f of list) groups.set(`${f.region} ${f.period}`, [...(groups.get(`${f.region} ${f.period}`) ?? []), f.field]);
    return [...groups].map(([k, fields]) => `${k}: ${fields.join(", ")}`).join("; ");
  };
  return [
    "## Embedded Kalimantan Timur figures",
    "",
    "Every known figure of `kaltim` (province periods and kab/kota tables) carries its own source and confidence; here they are grouped by source. Missing figures carry a reason instead and are not listed.",
    "",
    "### Figures to check first (L, UNVERIFIED or in conflict)",
    "",
    ...flagged.map((f) => `- ${f.region}, ${f.period}, \`${f.field}\`: ${f.value}, confidence ${f.confidence}.${f.note === undefined ? "" : nextLine(`Note: ${sentence(cell(f.note))}`)}${nextLine(`Source: ${cell(f.sources.join(" ; "))}`)}`),
    "",
    "### Sources",
    "",
    ...[...bySource].map(([source, list]) => `- ${cell(source)} (confidence ${[...new Set(list.map((f) => f.confidence))].join(", ")}): ${cell(describe(list))}.`),
    "",
  ];
}

/** The parameter sources page. */
export function parameterSourcesPage(asOf: string): string {
  const rows = parameterSourceRows(asOf);
  const figures = kaltimFigureRows();
  const byId = new Map<string, ParameterSourceRow[]>();
  for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  return [
    "---",
    "title: Parameter sources",
    "---",
    "",
    "<!-- Generated by docs/build.ts (and `npm run sources`) from PROGRAMS and kaltim; do not edit by hand. -->",
    "",
    "# Parameter sources and confidence",
    "",
    `Every dated parameter of the program catalogue with its value, validity dates, source and confidence, and the sources of the embedded Kalimantan Timur figures. "In force" marks the value in force on ${asOf}, the date this page was built.`,
    "",
    "Confidence is read from the tag at the start of each source: **H** official or several independent sources; **M** one reputable secondary source or cross-checked figures; **L** weak or conflicting; **UNVERIFIED** not confirmed; **policy** a library default with no outside source, declared as such. Flags: *no tag* (the source names no confidence), *weak part* (an L or UNVERIFIED tag later in the text, e.g. an amount assumed unchanged for earlier years), *conflict* (sources disagree: the default follows the weight of sources and the alternative is a documented override). Offices can replace any value with `overrideParameters`.",
    "",
    "## Summary",
    "",
    ...summary(rows, figures, asOf),
    "",
    "## Values to check first",
    "",
    ...rows.filter((r) => needsCheck(r.tags)).map((r) => valueItem(r, true)),
    "",
    "## Every parameter",
    "",
    ...[...byId].flatMap(([id, list]) => {
      const first = list[0] as ParameterSourceRow;
      const yearly = first.renewal === undefined ? [] : [`Set every year: the latest value applies on later dates until the next year's is added. ${cell(first.renewal)}`, ""];
      return [`### ${id}`, "", `${cell(first.description)} (${cell(first.unit)}); used by ${first.programs.map((p) => `\`${p}\``).join(", ")}.`, "", ...yearly, ...list.map((r) => valueItem(r, false)), ""];
    }),
    ...kaltimSection(figures),
  ].join("\n");
}

function main(args: readonly string[]): number {
  const asOf = process.env.DOCS_AS_OF ?? new Date().toISOString().slice(0, 10);
  process.stdout.write(`${parameterSourcesPage(asOf)}\n`);
  const untagged = parameterSourceRows(asOf).filter((r) => r.tags.confidence === undefined);
  const flagged = parameterSourceRows(asOf).filter((r) => needsCheck(r.tags));
  process.stderr.write(`sources: ${flagged.length} values to check first; ${untagged.length} without a confidence tag\n`);
  for (const r of untagged) process.stderr.write(`  no tag: ${r.id} from ${r.from}\n`);
  return args.includes("--strict") && untagged.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
