import { createWriteStream, mkdtempSync, rmSync, writeFileSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import type { AuditSummary } from "../../audit/accumulator.js";
import type { AuditFinding } from "../../audit/findings.js";
import { PROGRAMS } from "../../program/catalogue.js";
import { programName } from "../../program/_programName.js";
import type { Program } from "../../program/program.js";
import { auditPaymentFiles } from "../../node/audit/auditPaymentFiles.js";
import type { HouseholdSource, HouseholdStream } from "../../node/types.js";
import { maskLongNumbers } from "../../message/redact.js";
import { asOfOption, checkOutDir, choice, clearOutFiles, cliError, masked, notWith, option, outFile, requireRowsFile, rowsOption, say, type CommandContext } from "../context.js";
import { Rejects, columnsOption, delimiterOption } from "../households.js";
import { inputsOption } from "../inputs.js";
import { label, labelOf } from "../labels.js";
import { shownNumbers } from "../numbers.js";
import { alignRows, csvHeader, csvLine, renderCsv, renderTable, type Column, type Table } from "../output.js";
import { describeOverrides, describeRenewals, runParameters } from "../parameters.js";
import { Sink } from "../sink.js";
import { onInterrupt } from "../signals.js";
import { programsNamed } from "./assess.js";

/** A new directory for the audit's partitions, in the system's temporary directory. */
function temporaryDirectory(): string {
  try {
    return mkdtempSync(join(tmpdir(), "tepat-sasaran-"));
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw cliError(1, "cli.cannot_create_directory", { dir: join(tmpdir(), "tepat-sasaran-…"), reason: typeof code === "string" ? code : "?" });
  }
}

/** Findings shown in the table format unless `--rows` says otherwise. */
const DEFAULT_ROWS = 50;


/** The columns of a findings CSV: codes and plain values, one row per finding. */
const FINDING_COLUMNS: readonly Column[] = ["code", "severity", "regency", "program", "period", "households", "kk", "rows", "members", "paid", "expected", "date", "rules", "text"].map((key) => ({ key, label: key }));

function findingCells(f: AuditFinding, lang: "id" | "en"): (string | undefined)[] {
  const members = f.members.map((m) => `${m.index + 1}${m.nik ? `:${m.nik}` : ""}`).join(";");
  return [f.code, f.severity, f.regency, f.program, f.period, f.households.join(";"), f.kk, f.rows.join(";"), members, f.paid?.toString(), f.expected?.toString(), f.date, f.rules.map((r) => r.code).join(";"), f.text[lang]].map((c) => (c === undefined ? undefined : maskLongNumbers(c)));
}

/**
 * A finding as one JSON Lines record, every string in it masked as the CSV cells are. Not the
 * written line as a whole: its arrays of row numbers (`[10,11,12,13,14,15,16,17]`) are digits
 * joined by single commas, which the masking takes for a grouped NIK, and masking them broke the
 * line's JSON (found at 1,000,000 payment rows: a family paid three times on rows 363000, 363003,
 * 363010).
 */
function findingLine(f: AuditFinding): string {
  return JSON.stringify(f, (_key, value: unknown) => (typeof value === "string" ? maskLongNumbers(value) : value));
}

/**
 * The summary per regency and program. For people (the table format, and the table written to
 * standard error beside CSV or JSON Lines findings): each regency's total row too, the grand total
 * worded; for `summary.csv`: the cells and the grand total `*,*`, codes whatever `--lang`.
 */
function summaryTable(context: CommandContext, summary: AuditSummary, forPeople: boolean): Table {
  const lang = context.lang;
  const percent = (rate: number | null) => (rate === null ? undefined : 100 * rate);
  const count = (findings: Readonly<Record<string, number>>) => Object.values(findings).reduce((a, b) => a + b, 0);
  const rows = summary.cells.map((c) => [c.regency, c.program, c.rows, c.paid, c.expected, c.over, c.under, c.eligibleUnpaid, percent(c.inclusionErrorRate), percent(c.exclusionErrorRate), count(c.findings)] as const);
  const totals = summary.regencies.map((r) => [r.regency, label("word.total", lang), r.rows, r.paid, r.expected, r.over, r.under, undefined, undefined, undefined, count(r.findings)] as const);
  const t = summary.total;
  // CSV holds codes whatever --lang: the total row of every regency and program is `*,*` there.
  const all = forPeople ? label("word.total", lang) : "*";
  return {
    name: "summary",
    title: say(context, "cli.heading.audit_summary"),
    columns: [
      { key: "regency", label: label("col.regency", lang) },
      { key: "program", label: label("col.program", lang) },
      { key: "rows", label: label("col.rows", lang), kind: "int" },
      { key: "paid", label: label("col.paid", lang), kind: "rp" },
      { key: "expected", label: label("col.expected", lang), kind: "rp" },
      { key: "over", label: label("col.over", lang), kind: "rp" },
      { key: "under", label: label("col.under", lang), kind: "rp" },
      { key: "eligible_unpaid", label: label("col.eligible_unpaid", lang), kind: "int" },
      { key: "inclusion_error_percent", label: label("col.inclusion", lang), kind: { dec: 1 } },
      { key: "exclusion_error_percent", label: label("col.exclusion", lang), kind: { dec: 1 } },
      { key: "findings", label: label("col.findings", lang), kind: "int" },
    ],
    rows: [...rows, ...(forPeople ? totals : []), ["*", all, t.rows, t.paid, t.expected, t.over, t.under, undefined, undefined, undefined, count(t.findings)]],
  };
}

function codesTable(context: CommandContext, summary: AuditSummary): Table {
  const lang = context.lang;
  return {
    name: "codes",
    title: say(context, "cli.heading.audit_codes"),
    columns: [
      { key: "code", label: label("col.code", lang) },
      { key: "findings", label: label("col.findings", lang), kind: "int" },
    ],
    rows: Object.entries(summary.total.findings).sort(([a], [b]) => (a < b ? -1 : 1)),
  };
}

/** The audited programs by their names, as the findings name them ("Program Keluarga Harapan (PKH), Program Sembako (BPNT)"); "–" for none. */
function programNames(ids: readonly string[], programs: readonly Program[], lang: "id" | "en"): string {
  return ids.map((id) => programName(programs.find((p) => p.id === id) ?? { id })[lang]).join(", ") || "–";
}

/**
 * `audit`: check a payment list against the rules and the registry, streamed in bounded memory.
 * Findings as CSV or JSON Lines (follow-up lists) or listed in the table format, then the summary
 * per regency and program in the chosen language. Exit 0 when the audit ran, whatever it found;
 * 1 when rows of either file were rejected (they are listed).
 * @internal
 */
export async function auditCommand(context: CommandContext): Promise<number> {
  // Every argument is checked before the first row is read.
  const asOf = asOfOption(context);
  if (context.format === "json") throw cliError(2, "cli.format_not_available", { format: "json", command: "audit", formats: "table, csv, jsonl" });
  if (context.format !== "table") notWith(context, "rows", ` (--format ${context.format})`);
  if (context.format !== "csv") notWith(context, "out", ` (--format ${context.format})`);
  checkOutDir(context);
  const registry = option(context, "households", true);
  if (registry === "-") throw cliError(2, "cli.audit_registry_file");
  const members = option(context, "members");
  const payments = option(context, "payments", true);
  for (const path of [registry, members, payments]) requireRowsFile(path);
  const registryFormat = choice(context, "input-format", ["csv", "jsonl"] as const);
  // Each file may have its own separator (a bank's list from Indonesian Excel `;`, a DTSEN export `,`); --delimiter sets both.
  const delimiter = delimiterOption(context);
  const registryDelimiter = delimiterOption(context, "households-delimiter");
  const paymentsDelimiter = delimiterOption(context, "payments-delimiter");
  const unknownColumns = choice(context, "unknown-columns", ["error", "ignore"] as const);
  // Each file has its own column names: --column maps the registry's, --payments-column the list's.
  const registryRenameColumns = columnsOption(context);
  const paymentsRenameColumns = columnsOption(context, "payments-column");
  const paymentsExt = extname(payments).toLowerCase();
  if (payments !== "-" && ![".csv", ".jsonl", ".ndjson"].includes(paymentsExt)) throw cliError(2, "cli.bad_value", { option: "payments", value: payments, expected: ".csv | .jsonl | - (CSV)" });
  const registryExt = extname(registry).toLowerCase();
  if ((registryFormat ?? (registryExt === ".jsonl" || registryExt === ".ndjson" ? "jsonl" : "csv")) === "jsonl") {
    notWith(context, "households-delimiter", " (JSON Lines)");
    notWith(context, "column", " (JSON Lines)");
  }
  if (payments !== "-" && paymentsExt !== ".csv") {
    notWith(context, "payments-delimiter", " (JSON Lines)");
    notWith(context, "payments-column", " (JSON Lines)");
  }
  const rowsShown = rowsOption(context, DEFAULT_ROWS);
  const programs = programsNamed(context);
  const inputs = inputsOption(context);
  const { overrides, set: parameters } = runParameters(context, programs ?? PROGRAMS);
  const rejects = new Rejects(context);

  // The audit's partitions hold the NIKs and KKs of both files: Ctrl-C, or a kill, must not leave
  // them in the temporary directory (its own clean-up runs only when the run ends by itself).
  const temp = temporaryDirectory();
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  const stopWatching = onInterrupt(removeTemp);
  try {
    const run = auditPaymentFiles({
      asOf,
      registry: members === undefined ? registry : { households: registry, members },
      ...(registryFormat ? { registryFormat } : {}),
      payments: payments === "-" ? (context.stdin as HouseholdSource) : payments,
      paymentsFile: payments === "-" ? "<stdin>" : payments,
      ...(delimiter ? { delimiter } : {}),
      ...(registryDelimiter ? { registryDelimiter } : {}),
      ...(paymentsDelimiter ? { paymentsDelimiter } : {}),
      ...(unknownColumns ? { unknownColumns } : {}),
      ...(registryRenameColumns ? { registryRenameColumns } : {}),
      ...(paymentsRenameColumns ? { paymentsRenameColumns } : {}),
      ...(programs ? { programs } : {}),
      parameters,
      ...(inputs ? { inputs: (household) => inputs.of(household.id) } : {}),
      tempDir: temp,
    });

    const header = [...(overrides ? describeOverrides(context, overrides) : []), ...describeRenewals(context, parameters, asOf), ...(inputs ? inputs.describe() : [])];
    if (context.format !== "table") for (const line of header) context.err(line);
    // The findings (standard output or DIR/findings.csv) begin at the first finding or when the audit
    // has run: an audit that fails before (an empty registry file, a header refused) writes nothing.
    const dir = option(context, "out");
    let file: WriteStream | undefined;
    let sink: Sink | undefined;
    const output = async (): Promise<Sink> => {
      if (sink !== undefined) return sink;
      // An earlier run's summary goes when the findings begin: the summary is written only at the end.
      if (dir !== undefined) clearOutFiles(dir, ["summary.csv"]);
      sink = dir === undefined ? context.out : new Sink((file = createWriteStream(outFile(dir, "findings.csv"))));
      if (context.format === "csv") await sink.write(csvHeader(FINDING_COLUMNS));
      return sink;
    };
    const lang = context.lang;
    await rejects.open();
    let count = 0;
    const shown: string[][] = [];
    for await (const event of run) {
      if (event.kind !== "finding") {
        await rejects.add(event);
        continue;
      }
      count += 1;
      const f = event.finding;
      if (context.format === "csv") await (await output()).write(csvLine(findingCells(f, lang), FINDING_COLUMNS));
      else if (context.format === "jsonl") await (await output()).line(findingLine(f));
      else if (count <= rowsShown) shown.push([labelOf("severity", f.severity, lang), f.code, maskLongNumbers(f.text[lang])]);
    }
    const result = run.result;
    if (result === undefined) return 1;
    const out = await output();
    await rejects.close({ summary: result.registry } as HouseholdStream);
    const p = result.payments;
    context.err(say(context, "cli.payments_summary", { file: masked(p.file), rows: p.rowsRead, accepted: p.rowsAccepted, rejected: p.rowsRejected }));
    const summary = summaryTable(context, result.summary, true);
    if (context.format === "table") {
      for (const line of header) await context.out.line(line);
      await context.out.line(say(context, "cli.heading.audit", { payments: masked(p.file), registry: masked(result.registry.file), asOf, programs: programNames(result.programs, programs ?? PROGRAMS, lang) }));
      await context.out.line(`\n${say(context, "cli.heading.audit_findings", { count: shownNumbers(lang).int(count) })}`);
      if (count === 0) await context.out.line(say(context, "cli.audit_no_findings"));
      else await context.out.line(alignRows([{ key: "severity", label: label("col.severity", lang) }, { key: "code", label: label("col.code", lang) }, { key: "text", label: label("col.findings", lang) }], shown));
      if (count > rowsShown) await context.out.line(say(context, "cli.findings_cut", { count: shownNumbers(lang).int(count - rowsShown) }));
      await context.out.line(`\n${renderTable(summary, lang)}`);
      if (count > 0) await context.out.line(`\n${renderTable(codesTable(context, result.summary), lang)}`);
    } else context.err(`\n${renderTable(summary, lang)}`);
    await out.flush();
    const opened: WriteStream | undefined = file;
    if (opened && dir !== undefined) {
      await new Promise<void>((resolve, reject) => opened.end((error?: Error | null) => (error ? reject(error) : resolve())));
      context.err(say(context, "cli.wrote", { file: join(dir, "findings.csv") }));
      writeFileSync(join(dir, "summary.csv"), renderCsv(summaryTable(context, result.summary, false)));
      context.err(say(context, "cli.wrote", { file: join(dir, "summary.csv") }));
    }
    return rejects.count > 0 ? 1 : 0;
  } finally {
    stopWatching();
    removeTemp();
  }
}
