import { extname } from "node:path";
import { existsSync } from "node:fs";
import { createAssessor } from "../../program/assessHousehold.js";
import { PROGRAMS, programById } from "../../program/catalogue.js";
import type { Household } from "../../household/household.js";
import { formatCheck } from "../../rule/format.js";
import { formatRupiah } from "../../money/format.js";
import { readHouseholdsCsv } from "../../node/readHouseholdsCsv.js";
import { readHouseholdsJsonl } from "../../node/readHouseholdsJsonl.js";
import type { HouseholdStream, ReadProgress, RejectedRow } from "../../node/types.js";
import { asOfOption, cliError, emit, option, say, type CommandContext } from "../context.js";
import { progressBar } from "../progress.js";

/** Open a household file by its extension: `.csv` (one row per person) or `.jsonl`. @internal */
export function openHouseholds(context: CommandContext, file: string, asOf: string): HouseholdStream {
  if (!existsSync(file)) throw cliError(1, "cli.file_not_found", { file });
  const members = option(context, "members");
  if (members !== undefined && !existsSync(members)) throw cliError(1, "cli.file_not_found", { file: members });
  const bar = context.progress ? progressBar((text) => process.stderr.write(text)) : undefined;
  const onProgress = bar ? (p: ReadProgress) => bar(p) : undefined;
  const progress = onProgress ? { onProgress } : {};
  const ext = extname(file).toLowerCase();
  if (members !== undefined) {
    // The two-table layout: a households file and a members file, both CSV.
    if (ext !== ".csv") throw cliError(2, "cli.bad_value", { option: "households", value: file, expected: ".csv (with --members)" });
    if (extname(members).toLowerCase() !== ".csv") throw cliError(2, "cli.bad_value", { option: "members", value: members, expected: ".csv" });
    return readHouseholdsCsv({ households: file, members }, { asOf, ...progress });
  }
  const common = { file, asOf, ...progress };
  if (ext === ".csv") return readHouseholdsCsv(file, common);
  if (ext === ".jsonl" || ext === ".ndjson") return readHouseholdsJsonl(file, common);
  throw cliError(2, "cli.bad_value", { option: "households", value: file, expected: ".csv or .jsonl" });
}

/** One line for a rejected row: file, line, column, code and reason. @internal */
export function describeReject(event: RejectedRow, lang: "id" | "en"): string {
  return `${event.file}:${event.line}${event.field ? ` [${event.field}]` : ""} ${event.code}: ${event.message[lang]}`;
}

/** Print rejected rows and the read summary on stderr. @internal */
export function reportRejects(context: CommandContext, stream: HouseholdStream, rejects: readonly string[]): void {
  for (const line of rejects.slice(0, 50)) context.err(line);
  if (rejects.length > 50) context.err(`… ${rejects.length - 50} more`);
  const s = stream.summary;
  context.err(say(context, "cli.read_summary", { file: s.file, rows: s.rowsRead, households: s.householdsAccepted, rejected: s.rowsRejected }));
}

/** `assess`: every household of a file against the programs → programs, yearly amounts and reasons. @internal */
export async function assessCommand(context: CommandContext): Promise<number> {
  const file = option(context, "households", true);
  const asOf = asOfOption(context);
  const ids = option(context, "programs")?.split(",").map((s) => s.trim());
  const programs = ids ? ids.map((id) => programById(id)) : PROGRAMS;
  const assess = createAssessor({ asOf, programs });
  const stream = openHouseholds(context, file, asOf);
  const rows: (string | number)[][] = [];
  const data: unknown[] = [];
  const rejects: string[] = [];
  let households = 0;
  for await (const event of stream) {
    if (event.kind === "rejected") {
      rejects.push(describeReject(event, context.lang));
      continue;
    }
    households++;
    const household: Household = event.household;
    const result = assess(household);
    const perProgram = result.programs.map((p) => {
      const failing = p.checks.filter((c) => c.status !== "passed");
      const reasons = (p.eligible ? p.checks : failing).map((c) => formatCheck(c, context.lang));
      return { program: p.program, status: p.status, eligible: p.eligible, yearly: p.benefit?.total.toString() ?? "0", reasons };
    });
    data.push({ household: household.id, total: result.total.toString(), eligible: result.eligible, programs: perProgram });
    for (const p of perProgram) {
      rows.push([household.id, p.program, p.status, p.eligible ? formatRupiah(p.yearly) : "–", p.eligible ? "" : (p.reasons[0] ?? "")]);
    }
  }
  reportRejects(context, stream, rejects);
  if (households === 0) throw cliError(1, "cli.nothing_read", { file });
  emit(
    context,
    [
      {
        title: say(context, "cli.heading.assessment", { count: households, asOf }),
        columns: ["household", "program", "status", "yearly", "reason (first unmet check)"],
        right: [3],
        rows,
      },
    ],
    data,
  );
  return rejects.length > 0 ? 1 : 0;
}
