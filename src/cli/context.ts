import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { createWriteStream } from "node:fs";
import { TepatSasaranError, type Issue } from "../message/error.js";
import { maskLongNumbers, redactText } from "../message/redact.js";
import type { RupiahInput } from "../money/rupiah.js";
import { isIsoDate, isoDateHint } from "../time/isoDate.js";
import { renderMessage, wordedIn, type BilingualValues, type Language, type MessageValues } from "../message/message.js";
import { cliMessages, type CliMessageCode } from "./messages.js";
import { renderCsv, renderJson, renderTable, type Table } from "./output.js";
import { Sink } from "./sink.js";
import { shownNumbers } from "./numbers.js";

/** Output format: an aligned table for people; CSV, JSON or JSON Lines for machines. @internal */
export type Format = "table" | "json" | "csv" | "jsonl";

/** What every command gets: its options, the language, the format and the outputs. @internal */
export interface CommandContext {
  readonly command: string;
  /** File names given after the command's name (merge). */
  readonly args: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly lang: Language;
  readonly format: Format;
  /** Standard output, with backpressure. */
  readonly out: Sink;
  /** One line on standard error. */
  readonly err: (text: string) => void;
  /** Whether to draw a progress bar on stderr. */
  readonly progress: boolean;
  /** Standard input, for `-` as a file name. */
  readonly stdin: NodeJS.ReadableStream;
}

/** An error the CLI prints as one line and turns into an exit code (2: usage, 1: data). @internal */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly text: { id: string; en: string },
    /** Amounts of money in `text` the CLI formatted from an amount option: kept unmasked on stderr ({@link sayAmounts}). */
    readonly amounts: { readonly id: readonly string[]; readonly en: readonly string[] } = { id: [], en: [] },
  ) {
    super(text.en);
  }
}

/** A message of the CLI catalogue with its values (`{count|row|rows}`: an English noun in the number of its count). */
function render(code: CliMessageCode, values: MessageValues): { id: string; en: string } {
  return renderMessage(cliMessages[code], values);
}

/** Raise a CLI error from the catalogue; a value worded in each language (`{ id, en }`) goes to its own. @internal */
export function cliError(exitCode: 1 | 2, code: CliMessageCode, values: BilingualValues = {}): CliError {
  return new CliError(exitCode, { id: render(code, wordedIn(values, "id")).id, en: render(code, wordedIn(values, "en")).en });
}

/** A message of the CLI catalogue in the chosen language. @internal */
export function say(context: { readonly lang: Language }, code: CliMessageCode, values: MessageValues = {}): string {
  return render(code, values)[context.lang];
}

/**
 * {@link say} with amounts of money the CLI formatted itself from an amount option (a budget, its
 * unit, a sum of floors) put in after the masking, each in the language's Rupiah format: 16 digits
 * or more (a national budget, Rp3.600 triliun) are masked as a NIK even grouped, as a NIK from a
 * spreadsheet is written. Only an amount read from an amount option goes in `amounts`, never a value
 * from a file: every other part of the text is masked as before. @internal
 */
export function sayAmounts(lang: Language, code: CliMessageCode, values: BilingualValues, amounts: Readonly<Record<string, RupiahInput>>): { text: string; shown: string[] } {
  const names = Object.keys(amounts);
  const markers: Record<string, string> = {};
  for (const name of names) markers[name] = `\u0000${name}\u0000`;
  const shown = names.map((name) => shownNumbers(lang).rp(amounts[name] as RupiahInput));
  const text = render(code, { ...wordedIn(values, lang), ...markers })[lang].replace(/\u0000(\w+)\u0000/g, (_, name: string) => shown[names.indexOf(name)] as string);
  return { text, shown };
}

/** {@link cliError} with amounts the CLI formatted from an amount option, kept unmasked on stderr ({@link sayAmounts}). @internal */
export function cliAmountError(exitCode: 1 | 2, code: CliMessageCode, values: BilingualValues, amounts: Readonly<Record<string, RupiahInput>>): CliError {
  const id = sayAmounts("id", code, values, amounts);
  const en = sayAmounts("en", code, values, amounts);
  return new CliError(exitCode, { id: id.text, en: en.text }, { id: id.shown, en: en.shown });
}

/** A line for stderr, masked (a path or key from a file could be a NIK) except the amounts `kept` ({@link sayAmounts}). @internal */
export function maskExcept(text: string, kept: readonly string[]): string {
  let out = "";
  let rest = text;
  for (;;) {
    let at = -1;
    let found = "";
    for (const amount of kept) {
      const i = amount === "" ? -1 : rest.indexOf(amount);
      if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, amount];
    }
    if (at < 0) return out + maskLongNumbers(rest);
    out += maskLongNumbers(rest.slice(0, at)) + found;
    rest = rest.slice(at + found.length);
  }
}

/** A value from the input as it may be printed: 16-digit runs (NIK, KK) masked, whatever its type. @internal */
export function masked(value: unknown): string {
  return redactText(typeof value === "string" ? value : String(value));
}

/**
 * Print tables in the chosen format (JSON prints `data`, one document). CSV to standard output is
 * one table — the first — and the other tables are named on stderr; with `--out DIR` every table
 * is written to `DIR/<name>.csv`.
 * @internal
 */
export async function emit(context: CommandContext, tables: readonly Table[], data: unknown): Promise<void> {
  if (context.format === "json") await context.out.line(renderJson(data));
  else if (context.format === "csv") {
    const dir = option(context, "out");
    if (dir !== undefined) {
      for (const table of tables) await writeFileStreamed(outFile(dir, `${table.name}.csv`), renderCsv(table), context);
      return;
    }
    if (tables[0]) await context.out.write(renderCsv(tables[0]));
    if (tables.length > 1) {
      context.err(say(context, "cli.other_tables", { table: tables[0]!.name, others: tables.slice(1).map((t) => t.name).join(", ") }));
    }
  } else {
    for (let i = 0; i < tables.length; i++) await context.out.line(`${i > 0 ? "\n" : ""}${renderTable(tables[i]!, context.lang)}`);
  }
}

async function writeFileStreamed(file: string, text: string, context: CommandContext): Promise<void> {
  const stream = createWriteStream(file);
  const sink = new Sink(stream);
  await sink.write(text);
  await sink.flush();
  await new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  context.err(say(context, "cli.wrote", { file }));
}

/**
 * Check `--out DIR` before anything is computed: a directory, or nothing yet (it is created, with
 * its parents, at the first file written, so a run that fails before its first result leaves none).
 * @internal
 */
export function checkOutDir(context: CommandContext): void {
  const dir = option(context, "out");
  if (dir !== undefined && existsSync(dir)) requireDirectory(dir);
}

/** Create `dir` and its parents when missing (as `mkdir -p`), or a data error (exit 1) naming it. @internal */
export function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw cliError(1, "cli.cannot_create_directory", { dir, reason: typeof code === "string" ? code : "?" });
  }
}

/**
 * Remove the files `names` of `--out DIR` that an earlier run left, when this run starts writing
 * them: a run stopped part-way (Ctrl-C, a file that cannot be read to its end) then never leaves an
 * earlier run's file beside its own, such as a whole `summary.csv` beside cut `assessments.csv`; a
 * file of the run's that is missing says it did not finish. @internal
 */
export function clearOutFiles(dir: string, names: readonly string[]): void {
  for (const name of names) {
    try {
      rmSync(join(dir, name), { force: true });
    } catch {
      // Not removable (a directory of that name, a file another program holds open, as Excel does on
      // Windows): left as it is; writing it at the end fails then, with its reason.
    }
  }
}

/** The path of `name` in `--out DIR`, the directory created first when missing. @internal */
export function outFile(dir: string, name: string): string {
  makeDirectory(dir);
  return join(dir, name);
}

/** A usage error unless `dir` is a directory (a file there is said to be one). @internal */
export function requireDirectory(dir: string): void {
  let kind: "directory" | "file" | undefined;
  try {
    const found = statSync(dir);
    kind = found.isDirectory() ? "directory" : found.isFile() ? "file" : undefined;
  } catch {
    kind = undefined;
  }
  if (kind === "file") throw cliError(2, "cli.file_not_directory", { dir });
  if (kind !== "directory") throw cliError(2, "cli.not_a_directory", { dir });
}

/**
 * An input file given by name that is there and is not a directory (`-`, standard input, passes):
 * said as such before anything is read, not as a read error ("EISDIR") or a bad extension. @internal
 */
export function requireFile(file: string | undefined): void {
  if (file === undefined || file === "-") return;
  if (!existsSync(file)) throw cliError(1, "cli.file_not_found", { file });
  let directory = false;
  try {
    directory = statSync(file).isDirectory();
  } catch {
    // unreadable metadata: the read says why
  }
  if (directory) throw cliError(1, "cli.file_is_directory", { file });
}

/**
 * An input file of rows (a registry, its members, a payment list): as {@link requireFile}, and an
 * Excel or other spreadsheet workbook is refused with how to save it as CSV, rather than as a file
 * of an unknown kind. @internal
 */
export function requireRowsFile(file: string | undefined): void {
  requireFile(file);
  if (file !== undefined && [".xlsx", ".xlsm", ".xls", ".ods"].includes(extname(file).toLowerCase())) throw cliError(2, "cli.spreadsheet_file", { file });
}

/**
 * Read and parse a JSON file, with CLI errors for a missing file or bad JSON (`badJson`, a message
 * with `{file}` and `{detail}`, says what the file should have been). @internal
 */
export function readJsonFile(file: string, badJson: "cli.bad_json" | "cli.merge_not_json" = "cli.bad_json"): unknown {
  requireFile(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    throw cliError(1, "cli.file_unreadable", { file, code: typeof code === "string" ? code : "?" });
  }
  // A byte order mark, as Notepad and other Windows editors write before UTF-8, is no part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    throw cliError(1, badJson, { file, detail: jsonProblem(json, error instanceof Error ? error.message : String(error)) });
  }
}

/**
 * Where and what JSON.parse refused, in both languages (its own message is English only): an empty
 * file, a file cut short, the line and column of a position, an unexpected character; otherwise a
 * syntax error with the parser's words (masked: they may quote the file) in the English text only.
 */
function jsonProblem(text: string, message: string): { id: string; en: string } {
  if (text.trim() === "") return { id: "berkas kosong", en: "the file is empty" };
  const at = /at position (\d+)/.exec(message);
  const token = /Unexpected token '(.{1,8}?)'/.exec(message);
  const position = at !== null ? Number(at[1]) : token !== null ? tokenPosition(text, message) : undefined;
  // A file cut short (a job that died, a full disk) fails at its end, whatever token it was in.
  if (message.startsWith("Unexpected end of JSON input") || (position !== undefined && position >= text.trimEnd().length)) {
    return { id: "berkas berakhir sebelum JSON-nya selesai (terpotong?)", en: "the file ends before its JSON does (cut short?)" };
  }
  const before = text.slice(0, position);
  const where = position === undefined ? undefined : { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
  if (token !== null) {
    const shown = masked(token[1] as string);
    if (where === undefined) return { id: `tanda ${shown} tidak pada tempatnya`, en: `unexpected ${shown}` };
    return { id: `tanda ${shown} tidak pada tempatnya pada baris ${where.line}, kolom ${where.column}`, en: `unexpected ${shown} at line ${where.line}, column ${where.column}` };
  }
  if (where !== undefined) return { id: `kesalahan sintaks pada baris ${where.line}, kolom ${where.column}`, en: `syntax error at line ${where.line}, column ${where.column}` };
  return { id: "kesalahan sintaks", en: `syntax error (${masked(message).slice(0, 200)})` };
}

/**
 * Where V8 found an unexpected token it words without a position (`Unexpected token ']', ..."sako",]}"
 * is not valid JSON`, a comma before `]` or `}`): the position of the token in `text`, found by the
 * excerpt around it (ten characters each side); none for a file too short for an excerpt.
 */
function tokenPosition(text: string, message: string): number | undefined {
  const found = /^Unexpected token '[\s\S]+?', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (found === null || (found[1] === undefined && found[3] === undefined)) return undefined;
  const excerpt = found[2] as string;
  const start = text.indexOf(excerpt);
  if (start < 0) return undefined;
  // With "..." before the excerpt it starts ten characters before the token; without, the file starts with it and it ends ten after.
  return found[1] !== undefined ? start + 10 : excerpt.length - 10;
}

/** Read a JSON file that must hold an object; `example` shows the expected shape in the error. @internal */
export function readJsonObject(file: string, example: string): Record<string, unknown> {
  const data = readJsonFile(file);
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw cliError(1, "cli.bad_file", { file, detail: example });
  return data as Record<string, unknown>;
}

/** A string option, or a usage error when required and absent. @internal */
export function option(context: Pick<CommandContext, "values">, name: string, required: true): string;
export function option(context: Pick<CommandContext, "values">, name: string, required?: false): string | undefined;
export function option(context: Pick<CommandContext, "values">, name: string, required = false): string | undefined {
  const value = context.values[name];
  if (typeof value === "string") return value;
  if (required) throw cliError(2, "cli.missing_option", { option: name });
  return undefined;
}

/** An option limited to a list of values. @internal */
export function choice<T extends string>(context: Pick<CommandContext, "values">, name: string, allowed: readonly T[]): T | undefined {
  const value = option(context, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw cliError(2, "cli.bad_value", { option: name, value, expected: allowed.join(", ") });
  return value as T;
}

/** Refuse an option that does not apply in this use of the command. @internal */
export function notWith(context: CommandContext, name: string, when = ""): void {
  if (context.values[name] !== undefined) throw cliError(2, "cli.not_applicable", { option: name, command: context.command, when });
}

/** `--rows N|all`: how many rows the table format shows (`fallback` when not given). @internal */
export function rowsOption(context: CommandContext, fallback: number): number {
  const text = option(context, "rows");
  if (text === undefined) return fallback;
  if (text === "all") return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text)) throw cliError(2, "cli.bad_value", { option: "rows", value: text, expected: "N | all" });
  return Number(text);
}

/** The required `--as-of` date, or a usage error for an impossible date. @internal */
export function asOfOption(context: CommandContext): string {
  const asOf = option(context, "as-of", true);
  // A day that does not exist (`2025-02-30`) is written YYYY-MM-DD too: say that it must be on the calendar.
  // One written day/month/year (`01/07/2025`, as an Indonesian spreadsheet writes it) is given its ISO form.
  if (!isIsoDate(asOf)) {
    const hint = isoDateHint(asOf);
    throw cliError(2, "cli.bad_value", { option: "as-of", value: asOf, expected: { id: `harus tanggal kalender YYYY-MM-DD${hint.id}`, en: `must be a calendar date YYYY-MM-DD${hint.en}` } });
  }
  return asOf;
}

/**
 * The flags of a library message's `renameColumns` pairs (`jk: "sex", "Tgl Lahir": "birth_date"`):
 * `--column jk=sex --column "Tgl Lahir=birth_date"`, a name a shell would split quoted.
 */
function columnFlags(flag: string, pairs: string): string {
  const flags: string[] = [];
  for (const [, quoted, bare, to] of pairs.matchAll(/(?:"((?:[^"\\]|\\.)*)"|([^\s":,]+)): "([^"]*)"/g)) {
    const from = quoted === undefined ? (bare as string) : (JSON.parse(`"${quoted}"`) as string);
    const value = `${from}=${to}`;
    flags.push(`${flag} ${/^[\w.=-]+$/.test(value) ? value : JSON.stringify(value)}`);
  }
  return flags.join(" ");
}

/** Turn a library error into the CLI's error (exit 1: the data could not be used). @internal */
export function fromLibraryError(error: unknown): unknown {
  if (error instanceof TepatSasaranError) {
    // Library messages name library options; on the command line they are flags.
    // A separator is quoted as a shell needs it (`--delimiter ;` would end the command there).
    // The audit reads two files, each with its own separator (`paymentsDelimiter`, `registryDelimiter`).
    const separatorFlags: Readonly<Record<string, string>> = { delimiter: "--delimiter", paymentsDelimiter: "--payments-delimiter", registryDelimiter: "--households-delimiter" };
    const flags = (text: string) =>
      text
        .replace(/unknownColumns: "ignore"/g, "--unknown-columns ignore")
        // The file's own column names: `renameColumns: { jk: "sex" }` is `--column jk=sex`, one flag a name.
        .replace(/\b(renameColumns|registryRenameColumns|paymentsRenameColumns): \{ (.*?) \}/g, (_, name: string, pairs: string) => columnFlags(name === "paymentsRenameColumns" ? "--payments-column" : "--column", pairs))
        .replace(/\b(renameColumns|registryRenameColumns)\b/g, "--column")
        .replace(/\bpaymentsRenameColumns\b/g, "--payments-column")
        .replace(/\bmissing: "exclude"/g, "--missing exclude")
        .replace(/\b(delimiter|paymentsDelimiter|registryDelimiter): "(\\t|[,;|])"/g, (_, name: string, separator: string) => `${separatorFlags[name]} ${separator === "\\t" ? "tab" : `"${separator}"`}`);
    // The headline is usually the first issue's text: it is not repeated below it, and an issue of
    // the whole input (an empty path) is written without a path.
    const first = error.issues[0];
    const issues = first !== undefined && error.text.en.endsWith(first.message.en) ? error.issues.slice(1) : error.issues;
    const at = (i: Issue, text: string) => (i.path.length === 0 ? text : `${i.path.join(".")}: ${text}`);
    const details = issues.slice(0, 10).map((i) => ({ id: at(i, flags(i.message.id)), en: at(i, flags(i.message.en)) }));
    const more = issues.length > 10 ? [renderMessage(cliMessages["cli.and_more"], { count: issues.length - 10 })] : [];
    return new CliError(1, {
      id: [flags(error.text.id), ...details.map((d) => `  ${d.id}`), ...more.map((m) => `  ${m.id}`)].join("\n"),
      en: [flags(error.text.en), ...details.map((d) => `  ${d.en}`), ...more.map((m) => `  ${m.en}`)].join("\n"),
    });
  }
  return error;
}
