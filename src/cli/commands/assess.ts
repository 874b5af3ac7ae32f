import { createAssessor, type HouseholdAssessor } from "../../program/assessHousehold.js";
import { PROGRAMS, programById } from "../../program/catalogue.js";
import type { Program } from "../../program/program.js";
import { createWriteStream, writeFileSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import type { Household } from "../../household/household.js";
import { ZERO_RUPIAH, type Rupiah } from "../../money/rupiah.js";
import { TepatSasaranError } from "../../message/error.js";
import { asOfOption, checkOutDir, cliError, masked, notWith, option, say, type CommandContext } from "../context.js";
import { householdInput, Rejects } from "../households.js";
import { inputsOption, type InputsFile } from "../inputs.js";
import { label, labelOf } from "../labels.js";
import { shownNumbers } from "../numbers.js";
import { alignRows, csvHeader, csvLine, jsonValue, renderCsv, renderTable, showCell, type Column, type Table } from "../output.js";
import { describeOverrides, parametersOption } from "../parameters.js";
import { reasonOf } from "../reason.js";
import { Sink } from "../sink.js";

/** Households per page of the table format; the header is repeated on each page. */
const PAGE = 50;
/** Households shown in the table format unless `--rows` says otherwise. */
const DEFAULT_ROWS = 100;

function rowsOption(context: CommandContext): number {
  const text = option(context, "rows");
  if (text === undefined) return DEFAULT_ROWS;
  if (text === "all") return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text)) throw cliError(2, "cli.bad_value", { option: "rows", value: text, expected: "N | all" });
  return Number(text);
}

/** `--programs pkh,sembako`: the catalogue programs named, or `undefined` when not given. @internal */
export function programsNamed(context: CommandContext): readonly Program[] | undefined {
  const text = option(context, "programs");
  return text === undefined ? undefined : programsOption(context);
}

function programsOption(context: CommandContext): readonly Program[] {
  const text = option(context, "programs");
  if (text === undefined) return PROGRAMS;
  return text.split(",").map((id) => {
    try {
      return programById(id.trim());
    } catch (error) {
      if (error instanceof TepatSasaranError) throw cliError(2, "cli.bad_value", { option: "programs", value: id, expected: PROGRAMS.map((p) => p.id).join(", ") });
      throw error;
    }
  });
}

interface Tally {
  eligible: number;
  notEligible: number;
  undetermined: number;
  total: Rupiah;
}

/** `assess`: every household of a file against the programs, streamed: status, yearly amount and reason. @internal */
export async function assessCommand(context: CommandContext): Promise<number> {
  // Every argument is checked before the first row is read.
  const asOf = asOfOption(context);
  const programs = programsOption(context);
  if (context.format === "json") throw cliError(2, "cli.json_is_one_document");
  if (context.format !== "table") notWith(context, "rows", ` (--format ${context.format})`);
  if (context.format !== "csv") notWith(context, "out", ` (--format ${context.format})`);
  checkOutDir(context);
  const rowsShown = rowsOption(context);
  const open = householdInput(context, asOf);
  const inputs = inputsOption(context);
  const overrides = parametersOption(context, programs);
  const rejects = new Rejects(context);
  const assess = createAssessor({ asOf, programs, ...(overrides ? { parameters: overrides.set } : {}) });

  const header = [...(overrides ? describeOverrides(context, overrides) : []), ...(inputs ? inputs.describe() : [])];
  if (context.format === "table") for (const line of header) await context.out.line(line);
  else for (const line of header) context.err(line);

  // With --out DIR, the rows go to DIR/assessments.csv and the summary to DIR/summary.csv.
  const dir = option(context, "out");
  const file: WriteStream | undefined = dir === undefined ? undefined : createWriteStream(join(dir, "assessments.csv"));
  const writer = new Writer(context, file ? new Sink(file) : context.out, programs, asOf, rowsShown);
  await writer.start();
  await rejects.open();
  const stream = open();
  for await (const event of stream) {
    if (event.kind === "rejected") await rejects.add(event);
    else await writer.household(event.household, assess, inputs);
  }
  await rejects.close(stream);
  const unused = inputs?.unused();
  if (unused) context.err(unused);
  if (writer.households === 0) throw cliError(1, "cli.nothing_read", { file: stream.summary.file });
  await writer.finish();
  if (file && dir !== undefined) {
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    context.err(say(context, "cli.wrote", { file: join(dir, "assessments.csv") }));
    writeFileSync(join(dir, "summary.csv"), renderCsv(writer.summary()));
    context.err(say(context, "cli.wrote", { file: join(dir, "summary.csv") }));
  }
  return rejects.count > 0 ? 1 : 0;
}

/** Writes assessments in the chosen format as they come, and tallies them per program. */
class Writer {
  households = 0;
  private readonly tallies: Tally[];
  private readonly columns: Column[];
  private page: string[][] = [];
  private pages = 0;
  private readonly shown;

  constructor(
    private readonly context: CommandContext,
    private readonly out: Sink,
    private readonly programs: readonly Program[],
    private readonly asOf: string,
    private readonly rowsShown: number,
  ) {
    this.tallies = programs.map(() => ({ eligible: 0, notEligible: 0, undetermined: 0, total: ZERO_RUPIAH }));
    const lang = context.lang;
    this.shown = shownNumbers(lang);
    this.columns = [
      { key: "household_id", label: label("col.household", lang) },
      { key: "program", label: label("col.program", lang) },
      { key: "status", label: label("col.status", lang) },
      { key: "yearly_amount", label: label("col.yearly", lang), kind: "rp" },
      { key: "reason_codes", label: "" },
      { key: "reason", label: label("col.reason", lang) },
    ];
  }

  async start(): Promise<void> {
    if (this.context.format === "csv") await this.out.write(csvHeader(this.columns));
    if (this.context.format === "table") await this.out.line(say(this.context, "cli.heading.assessment", { asOf: this.asOf }));
  }

  async household(household: Household, assess: HouseholdAssessor, inputs: InputsFile | undefined): Promise<void> {
    this.households += 1;
    const result = inputs ? assess(household, inputs.of(household.id)) : assess(household);
    const format = this.context.format;
    const detail = format !== "table" || this.households <= this.rowsShown;
    const id = detail ? masked(household.id) : "";
    const lang = this.context.lang;
    const programs: unknown[] = [];
    for (let i = 0; i < result.programs.length; i++) {
      const p = result.programs[i]!;
      const tally = this.tallies[i]!;
      if (p.eligible) tally.eligible += 1;
      else if (p.status === "not-eligible") tally.notEligible += 1;
      else tally.undetermined += 1;
      if (p.benefit) tally.total = tally.total.plus(p.benefit.total);
      if (!detail) continue;
      const reason = reasonOf(p, this.programs[i]!, household, lang);
      const yearly = p.benefit?.total;
      if (format === "csv") {
        await this.out.write(csvLine([id, p.program, p.status, yearly ?? (p.eligible ? ZERO_RUPIAH : undefined), reason.codes.join(";"), reason.text], this.columns));
      } else if (format === "jsonl") {
        const checks = p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => ({ code: c.code, status: c.status, expected: c.expected, received: c.received, ...(c.reason ? { reason: c.reason } : {}) }));
        programs.push({ program: p.program, status: p.status, eligible: p.eligible, yearly: yearly ?? null, reasonCodes: reason.codes, reason: reason.text, checks });
      } else {
        this.page.push([id, p.program, labelOf("status", p.status, lang), showCell(yearly, "rp", this.shown), reason.text]);
      }
    }
    if (format === "jsonl") {
      await this.out.line(JSON.stringify({ household: id, asOf: this.asOf, total: result.total, eligible: result.eligible, programs }, jsonValue));
    } else if (format === "table" && detail && (this.households % PAGE === 0 || this.households === this.rowsShown)) await this.flushPage();
  }

  private async flushPage(): Promise<void> {
    if (this.page.length === 0) return;
    const columns = this.columns.filter((c) => c.key !== "reason_codes");
    // Pages after the first are set apart by a blank line; each repeats the header.
    await this.out.line(`${this.pages > 0 ? "\n" : ""}${alignRows(columns, this.page)}`);
    this.pages += 1;
    this.page = [];
  }

  /** The per-program counts and yearly totals. */
  summary(): Table {
    const context = this.context;
    const lang = context.lang;
    return {
      name: "summary",
      title: say(context, "cli.heading.assessment_summary", { count: this.shown.int(this.households), asOf: this.asOf }),
      columns: [
        { key: "program", label: label("col.program", lang) },
        { key: "eligible", label: label("col.eligible", lang), kind: "int" },
        { key: "not_eligible", label: label("col.not_eligible", lang), kind: "int" },
        { key: "undetermined", label: label("col.undetermined", lang), kind: "int" },
        { key: "yearly_amount", label: label("col.yearly", lang), kind: "rp" },
      ],
      rows: this.programs.map((program, i) => {
        const t = this.tallies[i]!;
        return [context.format === "table" ? program.name[lang] : program.id, t.eligible, t.notEligible, t.undetermined, t.total];
      }),
    };
  }

  async finish(): Promise<void> {
    if (this.context.format === "table") {
      await this.flushPage();
      if (this.households > this.rowsShown) await this.out.line(say(this.context, "cli.rows_cut", { count: this.shown.int(this.households - this.rowsShown) }));
      await this.out.line(`\n${renderTable(this.summary(), this.context.lang)}`);
    }
    await this.out.flush();
  }
}
