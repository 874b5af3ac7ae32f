import { createWriteStream, existsSync, statSync, type WriteStream } from "node:fs";
import { dirname, extname } from "node:path";
import { readHouseholdsCsv } from "../node/readHouseholdsCsv.js";
import { readHouseholdsJsonl } from "../node/readHouseholdsJsonl.js";
import type { HouseholdSource, HouseholdStream, HouseholdTables, ReadHouseholdsCsvOptions, ReadProgress, RejectedRow } from "../node/types.js";
import { choice, cliError, masked, notWith, option, requireRowsFile, say, type CommandContext } from "./context.js";
import { kaltim } from "../region/kaltim.js";
import type { Language } from "../message/message.js";
import { csvHeader, csvLine } from "./output.js";
import { progressBar } from "./progress.js";
import { Sink } from "./sink.js";
import { isTemporaryPart } from "../node/_splitByRegency.js";

const DELIMITERS: Readonly<Record<string, ReadHouseholdsCsvOptions["delimiter"]>> = { ",": ",", ";": ";", tab: "\t", "\t": "\t", "|": "|" };

/** `--delimiter` (`,` `;` `tab` `|`), or another option of the kind (`--payments-delimiter`), or a usage error for any other value. @internal */
export function delimiterOption(context: CommandContext, name = "delimiter"): ReadHouseholdsCsvOptions["delimiter"] {
  const text = option(context, name);
  const delimiter = text === undefined ? undefined : DELIMITERS[text];
  if (text !== undefined && delimiter === undefined) throw cliError(2, "cli.bad_value", { option: name, value: text, expected: ", ; tab |" });
  return delimiter;
}

/**
 * `--column NAME=name` (repeatable; `--payments-column` for the audit's payment list): the file's own
 * column names mapped to the library's, as the readers' `renameColumns` takes them, or a usage error
 * for a value without `=` or a file's name given twice. The readers check the names themselves.
 * @internal
 */
export function columnsOption(context: CommandContext, name = "column"): Record<string, string> | undefined {
  const given = context.values[name];
  if (given === undefined || typeof given === "boolean") return undefined;
  // A Map, then `Object.fromEntries`: a file's column named `__proto__` is a name like any other.
  const renames = new Map<string, string>();
  for (const text of typeof given === "string" ? [given] : given) {
    const at = text.indexOf("=");
    const from = text.slice(0, at).trim();
    const to = text.slice(at + 1).trim();
    const expected = { id: "NAMA_DI_BERKAS=nama_kolom, mis. jenis_kelamin=sex", en: "FILE_NAME=column_name, e.g. jenis_kelamin=sex" };
    if (at < 0 || from === "" || to === "") throw cliError(2, "cli.bad_value", { option: name, value: text, expected });
    if (renames.has(from.toLowerCase())) throw cliError(2, "cli.bad_value", { option: name, value: text, expected: { id: `${from} sudah dipetakan`, en: `${from} is mapped already` } });
    renames.set(from.toLowerCase(), to);
  }
  return Object.fromEntries(renames);
}

/**
 * Where households come from, checked when the command starts and before anything is read: the
 * file (or `-` for standard input), its format (`--input-format`, else the extension; `-` is CSV
 * unless told), `--members`, `--delimiter`, `--unknown-columns` and `--column` (CSV only). `csvInput`: a CSV
 * input (one file, or a households file with `--members`), which workers may read; `jsonl`: JSON Lines, whose reasons name fields, not columns.
 * @internal
 */
export function householdInput(context: CommandContext, asOf: string): (() => HouseholdStream) & { readonly csvInput?: CsvInput; readonly jsonl?: true } {
  const file = option(context, "households", true);
  notATemporaryPart(file);
  const members = option(context, "members");
  if (members !== undefined) notATemporaryPart(members);
  for (const path of [file, members]) requireRowsFile(path);
  const given = choice(context, "input-format", ["csv", "jsonl"] as const);
  const ext = extname(file).toLowerCase();
  const format = given ?? (file === "-" ? "csv" : ext === ".csv" ? "csv" : ext === ".jsonl" || ext === ".ndjson" ? "jsonl" : undefined);
  if (format === undefined) throw cliError(2, "cli.bad_value", { option: "households", value: file, expected: ".csv | .jsonl | --input-format csv|jsonl" });
  if (file === "-" && members === "-") throw cliError(2, "cli.stdin_once");
  const delimiter = delimiterOption(context);
  const unknownColumns = choice(context, "unknown-columns", ["error", "ignore"] as const);
  const renameColumns = columnsOption(context);
  if (format === "jsonl") {
    const when = " (JSON Lines)";
    notWith(context, "members", when);
    notWith(context, "delimiter", when);
    notWith(context, "unknown-columns", when);
    notWith(context, "column", when);
  }
  const bar = context.progress ? progressBar(context, (text) => process.stderr.write(text)) : undefined;
  // A household is assessed as it stood on asOf: a member born after it is not yet a member, one who
  // died after it still is, and neither is a reason to refuse the row; the KK date is still checked.
  const common = {
    asOf,
    asOfChecks: "kk" as const,
    ...(bar ? { onProgress: (p: ReadProgress) => bar(p) } : {}),
  };
  const source = (path: string): HouseholdSource => (path === "-" ? (context.stdin as HouseholdSource) : path);
  const name = (path: string) => (path === "-" ? "<stdin>" : path);
  const csv = { ...common, ...(delimiter ? { delimiter } : {}), ...(unknownColumns ? { unknownColumns } : {}), ...(renameColumns ? { renameColumns } : {}) };
  if (members !== undefined) {
    const tables = { households: source(file), members: source(members), householdsFile: name(file), membersFile: name(members) };
    const csvInput: CsvInput = { source: tables, file: `${name(file)} + ${name(members)}`, options: csv };
    return Object.assign(() => readHouseholdsCsv(tables, csv), { csvInput });
  }
  if (format === "csv") {
    const csvInput: CsvInput = { source: source(file), file: name(file), options: { ...csv, file: name(file) } };
    return Object.assign(() => readHouseholdsCsv(source(file), { ...csv, file: name(file) }), { csvInput });
  }
  return Object.assign(() => readHouseholdsJsonl(source(file), { ...common, file: name(file) }), { jsonl: true as const });
}

/**
 * Refuse a partition's temporary name (`part-6402.csv.<pid>.tmp`): what a split stopped by `kill -9`
 * left behind, cut short, never to be read, simulated or merged as a partition. @internal
 */
export function notATemporaryPart(file: string): void {
  if (isTemporaryPart(file)) throw cliError(1, "cli.split_temporary_file", { file: masked(file) });
}

/** A CSV input, which the parallel runner can read: one file, or the two tables (`file` then names both, as the reader's summary does). @internal */
export interface CsvInput {
  readonly source: HouseholdSource | HouseholdTables;
  readonly file: string;
  readonly options: ReadHouseholdsCsvOptions;
}

/**
 * The reason of a rejected row as the CLI writes it: a regency written by its name
 * (`region.bad_character` in `regency`, "Kutai Kartanegara") is told the BPS code of the Kalimantan
 * Timur regency of that name, in any case, with or without "Kabupaten"/"Kab."/"Kota" (the embedded data's names).
 * @internal
 */
export function rejectReason(event: Pick<RejectedRow, "code" | "field" | "message">, lang: Language, regencyColumns: ReadonlySet<string> = REGENCY): string {
  const text = event.message[lang];
  if (event.code !== "region.bad_character" || event.field === undefined || !regencyColumns.has(event.field.toLowerCase())) return text;
  const quoted = /^[^"]*("(?:[^"\\]|\\.)*")/.exec(event.message.en)?.[1];
  const name = quoted === undefined ? "" : (JSON.parse(quoted) as string).toLowerCase().replace(/\s+/g, " ").replace(/^(kabupaten|kab\.?|kota) /, "").trim();
  const regency = kaltim.regencies2024.find((r) => r.name.toLowerCase() === name);
  return regency === undefined ? text : `${text}${say({ lang }, "cli.regency_code", { name: regency.name, code: regency.code })}`;
}

const REGENCY: ReadonlySet<string> = new Set(["regency"]);

/**
 * The names (lower case) the regency column has in a file: `regency`, and the file's own name given
 * by `--column kabupaten=regency` or `--payments-column` (a rejected row names the column as the
 * file writes it).
 */
function regencyColumnsOf(context: CommandContext): ReadonlySet<string> {
  const renames = Object.entries({ ...columnsOption(context), ...columnsOption(context, "payments-column") });
  if (renames.length === 0) return REGENCY;
  return new Set(["regency", ...renames.flatMap(([from, to]) => (to.toLowerCase() === "regency" ? [from] : []))]);
}

const SHOWN_ON_STDERR = 50;
/** Codes named in the tally of rejections not all shown; the rest are counted together. */
const CODES_NAMED = 6;
/** Codes of rows rejected with their household for a problem on another row: counted after the problems themselves. */
const COMPANIONS: ReadonlySet<string> = new Set(["io.household_rejected", "io.household_rejected_in"]);
const REJECT_COLUMNS = ["file", "line", "field", "household_id", "code", "message"].map((key) => ({ key, label: key }));

/**
 * Rejected rows: the first 50 on stderr, every one in `--rejected FILE` (CSV: file, line, field,
 * household id, code, reason; NIKs masked), written as they come with backpressure.
 * @internal
 */
export class Rejects {
  count = 0;
  /** Rejection entries by code, for the tally printed when not every entry was shown. */
  private readonly byCode = new Map<string, number>();
  private readonly regencyColumns: ReadonlySet<string>;
  private readonly file: string | undefined;
  private readonly stream: WriteStream | undefined;
  private readonly sink: Sink | undefined;

  constructor(private readonly context: CommandContext) {
    this.regencyColumns = regencyColumnsOf(context);
    this.file = option(context, "rejected");
    if (this.file !== undefined) {
      const dir = dirname(this.file);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw cliError(2, "cli.not_a_directory", { dir });
      this.stream = createWriteStream(this.file);
      this.sink = new Sink(this.stream);
    }
  }

  /** Start the file with its header. */
  async open(): Promise<void> {
    await this.sink?.write(csvHeader(REJECT_COLUMNS));
  }

  /** Report one rejected row. */
  async add(event: RejectedRow): Promise<void> {
    this.count += 1;
    this.byCode.set(event.code, (this.byCode.get(event.code) ?? 0) + 1);
    const lang = this.context.lang;
    if (this.count <= SHOWN_ON_STDERR) {
      this.context.err(`${masked(event.file)}:${event.line}${event.field ? ` [${masked(event.field)}]` : ""} ${event.code}: ${masked(rejectReason(event, lang, this.regencyColumns))}`);
    }
    if (this.sink) {
      const cells = [masked(event.file), event.line, event.field === undefined ? undefined : masked(event.field), event.householdId === undefined ? undefined : masked(event.householdId), event.code, masked(rejectReason(event, lang, this.regencyColumns))];
      await this.sink.write(csvLine(cells, REJECT_COLUMNS));
    }
  }

  /**
   * Every entry counted by code, the most frequent first (ties by code), so that a large file's
   * rejections are seen whole, not only their first 50: "io.not_an_option 294, …"; the rows rejected
   * with their household (`io.household_rejected`) after the problems, whatever their count.
   */
  private tally(): string {
    const order = ([a, m]: [string, number], [b, n]: [string, number]) => n - m || (a < b ? -1 : a > b ? 1 : 0);
    // The rows rejected only with their household come last: they say where the problem is, not what.
    const codes = [...this.byCode].filter(([code]) => !COMPANIONS.has(code)).sort(order);
    const named = codes.slice(0, CODES_NAMED).map(([code, n]) => `${code} ${n}`);
    const rest = codes.slice(CODES_NAMED);
    const context = this.context;
    if (rest.length > 0) named.push(say(context, "cli.rejected_other_codes", { codes: rest.length, count: rest.reduce((sum, [, n]) => sum + n, 0) }));
    for (const [code, n] of [...this.byCode].filter(([code]) => COMPANIONS.has(code)).sort(order)) named.push(`${code} ${n}`);
    return say(context, "cli.rejected_by_code", { list: named.join(", ") });
  }

  /** Finish the file and print the count past the first 50 and the read summary (when there was a read). */
  async close(stream?: Pick<HouseholdStream, "summary">): Promise<void> {
    if (this.sink && this.stream) {
      await this.sink.flush();
      const file = this.stream;
      await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
    }
    const context = this.context;
    if (this.count > SHOWN_ON_STDERR) {
      const where = this.file === undefined ? "" : say(context, "cli.rejected_in_file", { file: this.file });
      context.err(say(context, "cli.more_rejected", { count: this.count - SHOWN_ON_STDERR, file: where }));
      context.err(this.tally());
    }
    if (stream === undefined) return;
    const s = stream.summary;
    context.err(say(context, "cli.read_summary", { file: masked(s.file), rows: s.rowsRead, households: s.householdsAccepted, rejected: s.rowsRejected }));
  }
}
