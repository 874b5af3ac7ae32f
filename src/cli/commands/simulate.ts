import { kaltim } from "../../region/kaltim.js";
import { knownValue } from "../../region/figure.js";
import { simulate } from "../../simulate/simulate.js";
import type { SimulationScenario } from "../../simulate/scenario.js";
import type { Household } from "../../household/household.js";
import type { Rupiah } from "../../money/rupiah.js";
import { TepatSasaranError } from "../../message/error.js";
import { asOfOption, checkOutDir, choice, cliError, emit, option, readJsonFile, readJsonObject, say, type CommandContext } from "../context.js";
import { lineOption, lineValue } from "../amounts.js";
import { householdInput, Rejects } from "../households.js";
import { inputsOption } from "../inputs.js";
import { label } from "../labels.js";
import { shownNumbers } from "../numbers.js";
import type { Cell, Column } from "../output.js";
import { describeOverrides, parametersOption } from "../parameters.js";
import { PROGRAMS } from "../../program/catalogue.js";

/** The embedded regency lines that are known, then `--poverty-lines FILE` ({ "64.03": 731250, … }) added over them. */
function povertyLines(context: CommandContext): { lines: Map<string, Rupiah>; added: string[]; weak: string[] } {
  const lines = new Map<string, Rupiah>();
  // Embedded lines resting on a weak source (rated L or unverified) are used, and named on screen.
  const weak: string[] = [];
  for (const r of kaltim.regencies2024) {
    const value = knownValue(r.povertyLine);
    if (value === undefined) continue;
    lines.set(r.code, value);
    if (r.povertyLine.status === "known" && (r.povertyLine.confidence === "L" || r.povertyLine.confidence === "UNVERIFIED")) weak.push(r.code);
  }
  const file = option(context, "poverty-lines");
  if (file === undefined) return { lines, added: [], weak };
  const data = readJsonObject(file, '{ "64.03": 731250, … }');
  const added = Object.entries(data).map(([code, value]) => {
    lines.set(code, lineValue(file, code, value));
    return code;
  });
  return { lines, added, weak: weak.filter((code) => !added.includes(code)) };
}

function scenarioOption(context: CommandContext): SimulationScenario {
  const file = option(context, "scenario", true);
  const scenario = readJsonFile(file) as SimulationScenario;
  if (!scenario || typeof scenario !== "object" || !Array.isArray(scenario.programs) || typeof scenario.name !== "string") {
    throw cliError(1, "cli.bad_file", { file, detail: '{ "name": "…", "programs": ["pkh", …] }' });
  }
  return scenario;
}

const PROVINCE = kaltim.province["2024-03"];
const pct = (x: number | undefined) => (x === undefined ? undefined : x * 100);

/**
 * `simulate`: a scenario file over a household file → per-regency before/after table and costs.
 * Regencies without a line of their own (embedded or from `--poverty-lines`) use the fallback
 * line, declared on screen: `--fallback-line`, else the Kalimantan Timur province line of March
 * 2024 for Kaltim regencies (`--fallback-line none` to go without).
 * @internal
 */
export async function simulateCommand(context: CommandContext): Promise<number> {
  const asOf = asOfOption(context);
  const missing = choice(context, "missing", ["error", "exclude"] as const);
  const fallbackText = option(context, "fallback-line");
  const given = fallbackText === "none" ? undefined : lineOption(context, "fallback-line");
  checkOutDir(context);
  const open = householdInput(context, asOf);
  const scenario = scenarioOption(context);
  const { lines, added, weak } = povertyLines(context);
  const inputs = inputsOption(context);
  const overrides = parametersOption(context, PROGRAMS);
  const rejects = new Rejects(context);
  for (const id of Object.keys(overrides?.overrides ?? {})) {
    if (scenario.parameters && Object.prototype.hasOwnProperty.call(scenario.parameters, id)) {
      throw cliError(2, "cli.parameter_twice", { parameter: id, scenario: option(context, "scenario") });
    }
  }

  // The simulation fills quotas and budgets by priority within a regency, so it needs every
  // household at once: memory grows with the file (about 2 KB per household).
  await rejects.open();
  const stream = open();
  const households: Household[] = [];
  for await (const event of stream) {
    if (event.kind === "household") households.push(event.household);
    else await rejects.add(event);
  }
  await rejects.close(stream);
  if (households.length === 0) throw cliError(1, "cli.nothing_read", { file: stream.summary.file });

  const shown = shownNumbers(context.lang);
  const regencies = [...new Set(households.map((h) => h.regency as string))].sort();
  const lacking = regencies.filter((code) => !lines.has(code));
  const fallback = fallbackText === "none" ? undefined : (given ?? knownValue(PROVINCE.povertyLine));
  if (given === undefined && fallback !== undefined && missing !== "exclude") {
    const outside = lacking.find((code) => !code.startsWith("64"));
    if (outside !== undefined) throw cliError(1, "cli.outside_kaltim", { regency: outside });
  }
  const names = Object.fromEntries(kaltim.regencies2024.map((r) => [r.code, r.name]));
  const header: string[] = [];
  if (overrides) header.push(...describeOverrides(context, overrides));
  if (inputs) header.push(...inputs.describe());
  if (added.length > 0) header.push(say(context, "cli.lines_added", { file: option(context, "poverty-lines"), codes: added.join(", ") }));
  if (fallback !== undefined && lacking.length > 0) {
    header.push(
      say(context, "cli.fallback_line", {
        line: shown.rp(fallback),
        source: say(context, given === undefined ? "cli.fallback_source_province" : "cli.fallback_source_given"),
        regencies: lacking.map((code) => `${code} ${names[code] ?? ""}`.trim()).join(", "),
      }),
    );
  }
  const weakUsed = weak.filter((code) => regencies.includes(code));
  if (weakUsed.length > 0) {
    header.push(say(context, "cli.weak_lines", { regencies: weakUsed.map((code) => `${code} ${names[code] ?? ""} ${shown.rp(lines.get(code) as Rupiah)}`.trim()).join(", ") }));
  }
  for (const line of header) {
    if (context.format === "table") await context.out.line(line);
    else context.err(line);
  }
  if (context.format === "table" && header.length > 0) await context.out.line();

  const scenarioInputs = scenario.inputs;
  const withInputs: SimulationScenario = inputs
    ? { ...scenario, inputs: (h) => ({ ...(typeof scenarioInputs === "function" ? scenarioInputs(h) : scenarioInputs), ...inputs.of(h.id) }) }
    : scenario;
  const run = overrides ? { ...withInputs, parameters: { ...scenario.parameters, ...overrides.overrides } } : withInputs;
  let result: ReturnType<typeof simulate>;
  try {
    result = simulate(households, {
      asOf,
      scenario: run,
      povertyLines: Object.fromEntries(lines),
      ...(fallback !== undefined ? { fallbackLine: fallback } : {}),
      ...(missing ? { missingConsumption: missing, missingLine: missing } : {}),
      mpi: { missing: "reweight" },
      households: false,
      regionNames: names,
    });
  } catch (error) {
    // The library names its own options; say which flags to use instead.
    if (error instanceof TepatSasaranError && error.code === "simulate.line_missing") {
      throw cliError(1, "cli.no_line", { regency: lacking.find((c) => !lines.has(c)) ?? "?" });
    }
    if (error instanceof TepatSasaranError && error.code === "simulate.consumption_missing") throw cliError(1, "cli.no_consumption", { detail: error.text[context.lang].split(";")[0] });
    throw error;
  }
  const unused = inputs?.unused();
  if (unused) context.err(unused);
  // Warnings of one kind (a small cell per regency and desil) are shown three at a time; the
  // fallback line has been declared above.
  const byCode = new Map<string, string[]>();
  for (const warning of result.warnings) {
    if (warning.code === "simulate.warn.fallback_line") continue;
    byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning.message[context.lang]]);
  }
  for (const [code, messages] of byCode) {
    for (const message of messages.slice(0, 3)) context.err(`! ${message}`);
    if (messages.length > 3) context.err(`! ${say(context, "cli.warning_more", { count: messages.length - 3, code })}`);
  }
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
    r.cost,
  ];
  await emit(
    context,
    [
      {
        name: "regencies",
        title: say(context, "cli.heading.simulation", { scenario: scenario.name, asOf }),
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
        rows: result.programs.map((p) => [table ? p.name[lang] : p.program, p.beneficiaries, p.costed ? p.cost : undefined]),
      },
    ],
    { ...result, state: undefined },
  );
  return rejects.count > 0 ? 1 : 0;
}
