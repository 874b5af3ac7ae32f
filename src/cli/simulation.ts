import { renderMessage } from "../message/message.js";
import { simulateMessages } from "../simulate/messages.js";
import type { SimulationResult } from "../simulate/result.js";
import { cliError, emit, say, type CommandContext } from "./context.js";
import { inKindNote, inKindText, label } from "./labels.js";
import type { Cell, Column } from "./output.js";

/**
 * The JSON document of a simulation (`simulate --format json`, `merge --format json`): the result,
 * and the state it is computed from, so that the results of partitions can be merged. `format` and
 * `version` say how to read it; a reader refuses a version it does not know.
 * @internal
 */
export const SIMULATION_FORMAT = "tepat-sasaran/simulation";
/**
 * The version of the simulation document this release writes. Version 2: a program whose cost is not
 * known (in kind, without `inKindUnitCost`) has `"cost": null`, where version 1 wrote `"0"`.
 * @internal
 */
export const SIMULATION_VERSION = 2;
/**
 * The versions `merge` reads: 1 and 2 have the same `state`, the only part a merge reads (every figure
 * is recomputed from it), so the partitions of an earlier release still merge, into a version 2 document.
 * @internal
 */
export const SIMULATION_VERSIONS_READ: readonly number[] = [1, 2];

const pct = (x: number | undefined) => (x === undefined ? undefined : x * 100);

/**
 * Print a simulation: its warnings on stderr (three of a kind), then the regency and program tables
 * (table, CSV) or the JSON document. The same for one run and for merged partitions.
 * @internal
 */
export async function printSimulation(context: CommandContext, result: SimulationResult): Promise<void> {
  // Warnings of one kind (a small cell per regency and desil) are shown three at a time; the
  // fallback line has been declared by the run that used it.
  const byCode = new Map<string, string[]>();
  for (const warning of result.warnings) {
    if (warning.code === "simulate.warn.fallback_line") continue;
    byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning.message[context.lang]]);
  }
  for (const [code, messages] of byCode) {
    for (const message of messages.slice(0, 3)) context.err(`! ${message}`);
    if (messages.length > 3) context.err(`! ${say(context, "cli.warning_more", { count: messages.length - 3, code })}`);
    // The library's warning speaks to an app; the command line says how to give the year's value.
    if (code === "simulate.warn.renewal_due" && context.command === "simulate") context.err(`  ${say(context, "cli.renewal_hint")}`);
  }
  // A partial result meant for `merge` says at once, not when the parts are merged, that it cannot be.
  const splitByData = context.format === "json" && context.command === "simulate" ? result.state.selection.find((s) => s.dataWeighted) : undefined;
  if (splitByData !== undefined) context.err(`! ${renderMessage(simulateMessages["simulate.merge_not_partition_safe"], { program: splitByData.program })[context.lang]}`);
  const lang = context.lang;
  const table = context.format === "table";
  const regionRow = (r: (typeof result.regencies)[number]): Cell[] => [
    r.region,
    r.name,
    r.households,
    r.line?.value,
    r.line?.source,
    pct(r.before?.p0),
    pct(r.after?.p0),
    pct(r.before?.p1),
    pct(r.after?.p1),
    r.lifted.households,
    // The table says so when a program is given here in kind and not costed (CSV and JSON: the cost of the others).
    table && r.programs.some((p) => p.cost === null) ? inKindNote(r.cost, lang) : r.cost,
  ];
  const { state, ...figures } = result;
  await emit(
    context,
    [
      {
        name: "regencies",
        title: say(context, "cli.heading.simulation", { scenario: state.scenario, asOf: state.asOf }),
        columns: ([
          { key: "code", label: label("col.code", lang) },
          { key: "region", label: label("col.regency", lang) },
          { key: "households", label: label("col.households", lang), kind: "int" },
          { key: "poverty_line", label: label("col.line", lang), kind: "rp" },
          { key: "line_source", label: "" },
          { key: "p0_before_percent", label: label("col.p0_before", lang), kind: { dec: 2 } },
          { key: "p0_after_percent", label: label("col.p0_after", lang), kind: { dec: 2 } },
          { key: "p1_before", label: label("col.p1_before", lang), kind: { dec: 2 } },
          { key: "p1_after", label: label("col.p1_after", lang), kind: { dec: 2 } },
          { key: "lifted_households", label: label("col.lifted", lang), kind: "int" },
          { key: "cost_per_year", label: label("col.cost", lang), kind: "rp" },
        ] as Column[]).filter((c) => !table || c.key !== "line_source"),
        rows: [...result.regencies.map(regionRow), ...(table ? [["", label("word.total", lang), ...regionRow(result.total).slice(2)]] : [])].map((row) =>
          table ? row.filter((_, i) => i !== 4) : row,
        ),
      },
      {
        name: "programs",
        title: say(context, "cli.heading.programs"),
        columns: [
          { key: "program", label: label("col.program", lang) },
          { key: "beneficiaries", label: label("col.beneficiaries", lang), kind: "int" },
          { key: "cost_per_year", label: label("col.cost", lang), kind: "rp" },
        ],
        // Not costed: an in-kind program without `inKindUnitCost` (the table says "in kind"; CSV has no
        // value). Given to nobody: no cost either ("–", empty in CSV), never an Rp0 that reads as free.
        rows: result.programs.map((p) => [table ? p.name[lang] : p.program, p.beneficiaries, p.beneficiaries === 0 ? undefined : (p.cost ?? (p.inKind ? { note: inKindText(lang) } : undefined))]),
      },
    ],
    { format: SIMULATION_FORMAT, version: SIMULATION_VERSION, ...figures, state },
  );
}

/**
 * Read a simulation document written by `simulate --format json` (or `merge`): its state, checked
 * for the format and a version this release reads. The figures are recomputed from the state.
 * @internal
 */
export function simulationState(file: string, data: unknown): SimulationResult["state"] {
  const document = data as { format?: unknown; version?: unknown; state?: unknown } | null;
  if (document === null || typeof document !== "object" || document.format !== SIMULATION_FORMAT) {
    throw cliError(1, "cli.not_a_simulation", { file, format: SIMULATION_FORMAT });
  }
  if (typeof document.version !== "number" || !SIMULATION_VERSIONS_READ.includes(document.version)) {
    throw cliError(1, "cli.simulation_version", { file, version: String(document.version), known: SIMULATION_VERSIONS_READ.join(", ") });
  }
  return document.state as SimulationResult["state"];
}
