import type { Language } from "../../message/message.js";
import { createCheckedAssessor, type HouseholdAssessment, type HouseholdAssessor } from "../../program/assessHousehold.js";
import { PROGRAMS, programById } from "../../program/catalogue.js";
import type { Program } from "../../program/program.js";
import { createWriteStream, writeFileSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import type { Household } from "../../household/household.js";
import { ZERO_RUPIAH, rupiah, type Rupiah } from "../../money/rupiah.js";
import { TepatSasaranError } from "../../message/error.js";
import { asOfOption, checkOutDir, clearOutFiles, cliError, masked, notWith, option, outFile, rowsOption, say, type CommandContext } from "../context.js";
import { householdInput, Rejects } from "../households.js";
import { inputsOption, type InputsFile } from "../inputs.js";
import { inKindNote, inKindText, label, labelOf } from "../labels.js";
import { shownNumbers } from "../numbers.js";
import { alignRows, csvHeader, csvLine, jsonLine, renderCsv, renderTable, showCell, type Column, type Table } from "../output.js";
import { describeOverrides, describeRenewals, runParameters } from "../parameters.js";
import { reasonOf, type InputNames } from "../reason.js";
import { Sink } from "../sink.js";
import { ParallelRead } from "../../node/_parallel.js";
import { toWorkerData } from "../../node/_workerData.js";
import { Tally as ReadTally } from "../../node/_tally.js";
import type { HouseholdStream } from "../../node/types.js";
import { workersUsed } from "../../node/_parallel.js";
import { cliWorker, sayWorkers, workersFor, workersOption } from "../workers.js";
import type { AssessTaskOptions, RenderedBatch } from "../worker.js";

/** Households per page of the table format; the header is repeated on each page. */
const PAGE = 50;
/** Households shown in the table format unless `--rows` says otherwise. */
const DEFAULT_ROWS = 100;

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
      if (error instanceof TepatSasaranError) throw cliError(2, "cli.bad_value", { option: "programs", value: id.trim() === "" ? '""' : id, expected: PROGRAMS.map((p) => p.id).join(", ") });
      throw error;
    }
  });
}

interface Tally {
  eligible: number;
  notEligible: number;
  undetermined: number;
  total: Rupiah;
  /** Households given the program in kind (services or works, no Rupiah amount). */
  inKind: number;
}

/** The yearly amount of a table row when the benefit is in kind: shown in words, never as Rp0. */
const IN_KIND = "in-kind";


/** `assess`: every household of a file against the programs, streamed: status, yearly amount and reason. @internal */
export async function assessCommand(context: CommandContext): Promise<number> {
  // Every argument is checked before the first row is read.
  const asOf = asOfOption(context);
  const programs = programsOption(context);
  if (context.format === "json") throw cliError(2, "cli.json_is_one_document");
  if (context.format !== "table") notWith(context, "rows", ` (--format ${context.format})`);
  if (context.format !== "csv") notWith(context, "out", ` (--format ${context.format})`);
  checkOutDir(context);
  const rowsShown = rowsOption(context, DEFAULT_ROWS);
  const open = householdInput(context, asOf);
  const inputs = inputsOption(context);
  const { overrides, set: parameters } = runParameters(context, programs);
  const rejects = new Rejects(context);
  const assess = createCheckedAssessor({ asOf, programs, parameters });

  const header = [...(overrides ? describeOverrides(context, overrides) : []), ...describeRenewals(context, parameters, asOf), ...(inputs ? inputs.describe() : [])];
  if (context.format !== "table") for (const line of header) context.err(line);

  // With --out DIR, the rows go to DIR/assessments.csv and the summary to DIR/summary.csv. The file,
  // like standard output, is opened at the first household: a run that fails before it writes nothing.
  const dir = option(context, "out");
  const target: { file?: WriteStream } = {};
  // An earlier run's summary goes when the rows begin: the summary is written only at the end.
  const output = () => {
    if (dir === undefined) return context.out;
    const file = outFile(dir, "assessments.csv");
    clearOutFiles(dir, ["summary.csv"]);
    return new Sink((target.file = createWriteStream(file)));
  };
  const writer = new Writer(context, output, programs, asOf, rowsShown, context.format === "table" ? header : [], open.jsonl ? "jsonl" : "csv");
  await rejects.open();
  const asked = workersFor(context, workersOption(context), open.csvInput !== undefined && inputs === undefined);
  // The library decides how many run (`--workers 0`: none), as assessHouseholdsParallel does.
  const used = asked === 0 ? undefined : workersUsed(asked);
  if (used !== undefined) sayWorkers(context, used);
  const workers = used?.used ?? 0;
  let stream: Pick<HouseholdStream, "summary">;
  if (open.csvInput !== undefined && workers > 0) {
    // Read once on this thread, assess and render on the workers, write their bytes in file order.
    const { source, file: name, options } = open.csvInput;
    const tally = new ReadTally(name, options);
    const taskOptions = toWorkerData({ asOf, programs: programs.map((p) => p.id), parameters: overrides?.set, lang: context.lang, format: context.format, rowsShown } satisfies AssessTaskOptions);
    const read = new ParallelRead({ source, file: name, options, tally, worker: cliWorker(), task: "assess", taskOptions, workers, route: "order" });
    try {
      for await (const item of read.items()) {
        if (!("batch" in item)) continue;
        for (const event of item.batch.events) if (event.kind === "rejected") await rejects.add(event);
        await writer.batch(item.batch.extra as RenderedBatch);
      }
    } finally {
      await read.close();
    }
    stream = { summary: tally.summary() };
  } else {
    const read = open();
    for await (const event of read) {
      if (event.kind === "rejected") await rejects.add(event);
      else await writer.household(event.household, assess, inputs);
    }
    stream = read;
  }
  await rejects.close(stream);
  const unused = inputs?.unused();
  if (unused) context.err(unused);
  if (writer.households === 0) throw cliError(1, "cli.nothing_read", { file: stream.summary.file });
  await writer.finish();
  const file = target.file;
  if (file && dir !== undefined) {
    await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    context.err(say(context, "cli.wrote", { file: join(dir, "assessments.csv") }));
    writeFileSync(join(dir, "summary.csv"), renderCsv(writer.summary()));
    context.err(say(context, "cli.wrote", { file: join(dir, "summary.csv") }));
  }
  return rejects.count > 0 ? 1 : 0;
}

/** One household's assessment as the output needs it: made by the thread or worker that assessed it. @internal */
export interface RenderedAssessment {
  /** Per program: its status. */
  readonly statuses: readonly string[];
  /** Per program: the yearly amount (a decimal string) when there is a cash benefit. */
  readonly totals: readonly (string | undefined)[];
  /** Per program: whether the benefit is in kind (no Rupiah amount). */
  readonly inKind: readonly boolean[];
  /** CSV lines or the JSON line (csv, jsonl). */
  readonly text: string;
  /** Table rows: id, program, status label, yearly amount ("" for none, `in-kind`), reason (table). */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Render one household's assessment for the output format: a pure function of the household and
 * its result, so that one thread or many workers write the same bytes.
 * @internal
 */
export function renderAssessment(household: Household, result: HouseholdAssessment, programs: readonly Program[], lang: Language, format: string, asOf: string, input: InputNames = "csv"): RenderedAssessment {
  const id = masked(household.id);
  const statuses: string[] = [];
  const totals: (string | undefined)[] = [];
  const inKind: boolean[] = [];
  const lines: string[] = [];
  const rows: string[][] = [];
  const jsonPrograms: unknown[] = [];
  for (let i = 0; i < result.programs.length; i++) {
    const p = result.programs[i]!;
    // An in-kind benefit (services or works) has no Rupiah amount: its schedule's Rp 0 is not shown as one.
    const frequency = p.benefit?.frequency;
    const given = frequency === "in-kind";
    const yearly = given ? undefined : p.benefit?.total;
    statuses.push(p.status);
    totals.push(yearly?.toString());
    inKind.push(given);
    const reason = reasonOf(p, programs[i]!, household, lang, input);
    if (format === "csv") {
      // No schedule, no amount: an empty cell, as every unknown value, never a 0 that reads as "nothing to pay".
      lines.push(csvLine([id, p.program, p.status, yearly, reason.codes.join(";"), reason.text, frequency], ASSESS_COLUMNS));
    } else if (format === "jsonl") {
      const checks = p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => ({ code: c.code, status: c.status, expected: c.expected, received: c.received, ...(c.reason ? { reason: c.reason } : {}) }));
      jsonPrograms.push({ program: p.program, status: p.status, eligible: p.eligible, yearly: yearly ?? null, frequency: frequency ?? null, reasonCodes: reason.codes, reason: reason.text, checks });
    } else {
      rows.push([id, p.program, labelOf("status", p.status, lang), given ? IN_KIND : yearly === undefined ? "" : yearly.toString(), reason.text]);
    }
  }
  const text = format === "jsonl" ? `${jsonLine({ household: id, asOf, total: result.total, eligible: result.eligible, programs: jsonPrograms })}\n` : lines.join("");
  return { statuses, totals, inKind, text, rows };
}

/** The keys and kinds of the assess CSV columns (the labels are the header's business). */
const ASSESS_COLUMNS: Column[] = [
  { key: "household_id", label: "" },
  { key: "program", label: "" },
  { key: "status", label: "" },
  { key: "yearly_amount", label: "", kind: "rp" },
  { key: "reason_codes", label: "" },
  { key: "reason", label: "" },
  { key: "frequency", label: "" },
];

/** Writes assessments in the chosen format as they come, and tallies them per program. */
class Writer {
  households = 0;
  private readonly tallies: Tally[];
  private readonly columns: Column[];
  private page: string[][] = [];
  private pages = 0;
  private readonly shown;
  private sink: Sink | undefined;

  constructor(
    private readonly context: CommandContext,
    private readonly open: () => Sink,
    private readonly programs: readonly Program[],
    private readonly asOf: string,
    private readonly rowsShown: number,
    /** Lines above the table (parameter overrides, inputs): table format only. */
    private readonly lead: readonly string[],
    /** How the input names what is missing in a reason: CSV columns, or JSON Lines fields. */
    private readonly input: InputNames,
  ) {
    this.tallies = programs.map(() => ({ eligible: 0, notEligible: 0, undetermined: 0, total: ZERO_RUPIAH, inKind: 0 }));
    const lang = context.lang;
    this.shown = shownNumbers(lang);
    this.columns = [
      { key: "household_id", label: label("col.household", lang) },
      { key: "program", label: label("col.program", lang) },
      { key: "status", label: label("col.status", lang) },
      { key: "yearly_amount", label: label("col.yearly", lang), kind: "rp" },
      { key: "reason_codes", label: "" },
      { key: "reason", label: label("col.reason", lang) },
      { key: "frequency", label: "" },
    ];
  }

  /**
   * The output, begun (CSV header, table heading) at the first household: a run that fails before
   * any household (an empty file, a header the readers refuse, no valid household) writes nothing.
   */
  private async out(): Promise<Sink> {
    if (this.sink !== undefined) return this.sink;
    const sink = (this.sink = this.open());
    if (this.context.format === "csv") await sink.write(csvHeader(this.columns));
    if (this.context.format === "table") {
      for (const line of this.lead) await sink.line(line);
      await sink.line(say(this.context, "cli.heading.assessment", { asOf: this.asOf }));
    }
    return sink;
  }

  async household(household: Household, assess: HouseholdAssessor, inputs: InputsFile | undefined): Promise<void> {
    const result = inputs ? assess(household, inputs.of(household.id)) : assess(household);
    await this.take(renderAssessment(household, result, this.programs, this.context.lang, this.context.format, this.asOf, this.input));
  }

  /** Write one household's rendered assessment and count it. */
  async take(rendered: RenderedAssessment): Promise<void> {
    this.households += 1;
    rendered.statuses.forEach((status, i) => {
      const tally = this.tallies[i]!;
      if (status === "eligible") tally.eligible += 1;
      else if (status === "not-eligible") tally.notEligible += 1;
      else tally.undetermined += 1;
      const total = rendered.totals[i];
      if (total !== undefined) tally.total = tally.total.plus(rupiah(total));
      if (rendered.inKind[i]) tally.inKind += 1;
    });
    if (this.context.format === "csv" || this.context.format === "jsonl") await (await this.out()).write(rendered.text);
    else await this.tableRows(rendered.rows);
  }

  /** Write a batch rendered by a worker (its counts, its bytes or table rows), as `take` for each household. */
  async batch(rendered: RenderedBatch): Promise<void> {
    rendered.tallies.forEach(([eligible, notEligible, undetermined, total, inKind], i) => {
      const tally = this.tallies[i]!;
      tally.inKind += inKind;
      tally.eligible += eligible;
      tally.notEligible += notEligible;
      tally.undetermined += undetermined;
      tally.total = tally.total.plus(rupiah(total));
    });
    if (rendered.text !== undefined) await (await this.out()).writeBytes(rendered.text);
    if (this.context.format !== "table") {
      this.households += rendered.households;
      return;
    }
    for (let h = 0; h < rendered.households; h++) {
      this.households += 1;
      await this.tableRows(rendered.rows[h] ?? []);
    }
  }

  /** The table rows of the household just counted, while within `--rows`, page by page. */
  private async tableRows(rows: readonly (readonly string[])[]): Promise<void> {
    if (this.households > this.rowsShown) return;
    const shown = this.shown;
    for (const row of rows) {
      const yearly = row[3] === IN_KIND ? inKindText(this.context.lang) : showCell(row[3] === "" ? undefined : rupiah(row[3]!), "rp", shown);
      this.page.push([row[0]!, row[1]!, row[2]!, yearly, row[4]!]);
    }
    if (this.households % PAGE === 0 || this.households === this.rowsShown) await this.flushPage();
  }

  private async flushPage(): Promise<void> {
    if (this.page.length === 0) return;
    const columns = this.columns.filter((c) => c.key !== "reason_codes" && c.key !== "frequency");
    // Pages after the first are set apart by a blank line; each repeats the header.
    await (await this.out()).line(`${this.pages > 0 ? "\n" : ""}${alignRows(columns, this.page)}`);
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
        // No household given it: no amount ("–", an empty CSV cell), never an Rp0 that reads as free
        // (Sekolah Rakyat, in kind, nobody eligible). A program given in kind has no Rupiah total: the
        // table says so, beside the Rupiah part if any, CSV has that part (empty when none).
        const yearly = t.eligible === 0 ? undefined : t.inKind === 0 ? t.total : context.format === "table" ? inKindNote(t.total, lang) : t.total.isZero() ? undefined : t.total;
        return [context.format === "table" ? program.name[lang] : program.id, t.eligible, t.notEligible, t.undetermined, yearly];
      }),
    };
  }

  async finish(): Promise<void> {
    const out = await this.out();
    if (this.context.format === "table") {
      await this.flushPage();
      if (this.households > this.rowsShown) await out.line(say(this.context, "cli.rows_cut", { count: this.shown.int(this.households - this.rowsShown) }));
      await out.line(`\n${renderTable(this.summary(), this.context.lang)}`);
    }
    await out.flush();
  }
}
