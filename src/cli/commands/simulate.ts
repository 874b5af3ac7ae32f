import { kaltim } from "../../region/kaltim.js";
import { formatRupiah } from "../../money/format.js";
import { simulate } from "../../simulate/simulate.js";
import type { SimulationScenario } from "../../simulate/scenario.js";
import type { Household } from "../../household/household.js";
import type { RupiahInput } from "../../money/rupiah.js";
import { asOfOption, cliError, emit, option, readJsonFile, type CommandContext } from "../context.js";
import { describeReject, openHouseholds, reportRejects } from "./assess.js";

/** Regency poverty lines: `--poverty-lines FILE.json` ({ "64.03": 731250, … }) or the known embedded 2024 lines. @internal */
function povertyLines(context: CommandContext): Record<string, RupiahInput> {
  const file = option(context, "poverty-lines");
  if (file) {
    const data = readJsonFile(file);
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      throw cliError(1, "cli.bad_value", { option: "poverty-lines", value: file, expected: '{ "64.03": 731250, … }' });
    }
    return data as Record<string, RupiahInput>;
  }
  const lines: Record<string, RupiahInput> = {};
  for (const r of kaltim.regencies2024) if (r.povertyLine.status === "known") lines[r.code] = r.povertyLine.value;
  return lines;
}

const pct = (x: number | undefined) => (x === undefined ? "–" : (x * 100).toFixed(2));

/** `simulate`: a scenario file over a household file → per-regency before/after table and costs. @internal */
export async function simulateCommand(context: CommandContext): Promise<number> {
  const scenarioFile = option(context, "scenario", true);
  const file = option(context, "households", true);
  const asOf = asOfOption(context);
  const scenario = readJsonFile(scenarioFile) as SimulationScenario;
  if (!scenario || typeof scenario !== "object" || !Array.isArray(scenario.programs) || typeof scenario.name !== "string") {
    throw cliError(1, "cli.bad_value", { option: "scenario", value: scenarioFile, expected: '{ "name": "…", "programs": ["pkh", …] }' });
  }
  // The simulation needs every household of a regency together (quotas and budgets are filled by
  // priority within a regency), so the file is read whole; memory grows with the file.
  const stream = openHouseholds(context, file, asOf);
  const households: Household[] = [];
  const rejects: string[] = [];
  for await (const event of stream) {
    if (event.kind === "household") households.push(event.household);
    else rejects.push(describeReject(event, context.lang));
  }
  reportRejects(context, stream, rejects);
  if (households.length === 0) throw cliError(1, "cli.nothing_read", { file });
  const fallback = option(context, "fallback-line");
  const missing = option(context, "missing");
  if (missing !== undefined && missing !== "error" && missing !== "exclude") {
    throw cliError(2, "cli.bad_value", { option: "missing", value: missing, expected: "error, exclude" });
  }
  const result = simulate(households, {
    asOf,
    scenario,
    povertyLines: povertyLines(context),
    ...(fallback ? { fallbackLine: fallback } : {}),
    ...(missing ? { missingConsumption: missing, missingLine: missing } : {}),
    mpi: { missing: "reweight" },
    households: false,
    regionNames: Object.fromEntries(kaltim.regencies2024.map((r) => [r.code, r.name])),
  });
  // Warnings of one kind (e.g. a small cell per regency and desil) are shown three at a time.
  const byCode = new Map<string, string[]>();
  for (const warning of result.warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning.message[context.lang]]);
  for (const messages of byCode.values()) {
    for (const message of messages.slice(0, 3)) context.err(`! ${message}`);
    if (messages.length > 3) context.err(`! … +${messages.length - 3}`);
  }
  const rows = [...result.regencies, result.total].map((r) => [
    r.region,
    r.name,
    r.households,
    pct(r.before?.p0),
    pct(r.after?.p0),
    pct(r.before?.p1),
    pct(r.after?.p1),
    r.lifted.households,
    formatRupiah(r.cost),
  ]);
  emit(
    context,
    [
      {
        title: `${scenario.name} — ${asOf}`,
        columns: ["code", "region", "households", "P0 before", "P0 after", "P1 before", "P1 after", "lifted", "cost/year"],
        right: [2, 3, 4, 5, 6, 7, 8],
        rows,
      },
      {
        columns: ["program", "beneficiaries", "cost/year"],
        right: [1, 2],
        rows: result.programs.map((p) => [p.name[context.lang], p.beneficiaries, p.costed ? formatRupiah(p.cost) : "–"]),
      },
    ],
    { ...result, state: undefined },
  );
  return rejects.length > 0 ? 1 : 0;
}

