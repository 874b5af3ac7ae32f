/**
 * The `tepat-sasaran` command: rank, allocate, assess and simulate on the embedded Kalimantan Timur
 * data or the analyst's own files. Output as an aligned table, CSV, JSON or JSON Lines; messages in
 * Bahasa Indonesia (default) or English (`--lang en`).
 */
import { parseArgs } from "node:util";
import type { Language } from "../message/message.js";
import { maskLongNumbers } from "../message/redact.js";
import { version } from "../../package.json";
import { CliError, cliError, fromLibraryError, maskExcept, type CommandContext, type Format } from "./context.js";
import { HELP } from "./help.js";
import { rankCommand } from "./commands/rank.js";
import { allocateCommand } from "./commands/allocate.js";
import { assessCommand } from "./commands/assess.js";
import { simulateCommand } from "./commands/simulate.js";
import { mergeCommand } from "./commands/merge.js";
import { splitCommand } from "./commands/split.js";
import { auditCommand } from "./commands/audit.js";
import { demoCommand } from "./demo.js";
import { Sink } from "./sink.js";
import { nearestWord } from "../_internal/nearestWord.js";

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  progress: { type: "boolean" },
  by: { type: "string" },
  weights: { type: "string" },
  normalisation: { type: "string" },
  between: { type: "string" },
  missing: { type: "string" },
  stats: { type: "string" },
  quota: { type: "string" },
  budget: { type: "string" },
  method: { type: "string" },
  min: { type: "string" },
  max: { type: "string" },
  unit: { type: "string" },
  households: { type: "string" },
  payments: { type: "string" },
  members: { type: "string" },
  "input-format": { type: "string" },
  delimiter: { type: "string" },
  "households-delimiter": { type: "string" },
  "payments-delimiter": { type: "string" },
  "unknown-columns": { type: "string" },
  column: { type: "string", multiple: true },
  "payments-column": { type: "string", multiple: true },
  "as-of": { type: "string" },
  workers: { type: "string" },
  programs: { type: "string" },
  inputs: { type: "string" },
  parameters: { type: "string" },
  rejected: { type: "string" },
  rows: { type: "string" },
  scenario: { type: "string" },
  "poverty-lines": { type: "string" },
  "fallback-line": { type: "string" },
  into: { type: "string" },
} as const;

type Run = (context: CommandContext) => void | number | Promise<void | number>;
interface CommandSpec {
  readonly run: Run;
  /** Options of the command besides the common ones (help, lang, the format options). */
  readonly options: readonly (keyof typeof OPTIONS)[];
  readonly formats: readonly Format[];
  /** The formats an error offers, when not `formats` (assess takes `json` only to explain that it writes `jsonl`). */
  readonly offered?: readonly Format[];
  /** Whether the command takes file names after its name (merge). */
  readonly files?: boolean;
}

const READ = ["households", "members", "input-format", "delimiter", "unknown-columns", "column", "as-of", "progress", "rejected", "inputs", "parameters"] as const;
const COMMANDS: Record<string, CommandSpec> = {
  rank: { run: rankCommand, options: ["by", "weights", "normalisation", "between", "missing", "stats", "rows", "out"], formats: ["table", "csv", "json"] },
  allocate: {
    run: allocateCommand,
    options: ["quota", "budget", "method", "by", "weights", "normalisation", "missing", "min", "max", "unit", "stats"],
    formats: ["table", "csv", "json"],
  },
  assess: { run: assessCommand, options: [...READ, "programs", "rows", "out", "workers"], formats: ["table", "csv", "jsonl", "json"], offered: ["table", "csv", "jsonl"] },
  simulate: { run: simulateCommand, options: [...READ, "scenario", "poverty-lines", "fallback-line", "missing", "out", "workers"], formats: ["table", "csv", "json"] },
  split: { run: splitCommand, options: ["households", "members", "into", "as-of", "delimiter", "unknown-columns", "column", "rejected"], formats: ["table", "csv", "json"] },
  merge: { run: mergeCommand, options: ["out"], formats: ["table", "csv", "json"], files: true },
  audit: {
    run: auditCommand,
    options: ["households", "members", "payments", "input-format", "delimiter", "households-delimiter", "payments-delimiter", "unknown-columns", "column", "payments-column", "as-of", "rejected", "inputs", "parameters", "programs", "rows", "out"],
    formats: ["table", "csv", "jsonl"],
  },
  demo: { run: demoCommand, options: [], formats: ["table", "json"] },
};
const COMMON = new Set(["help", "lang", "format", "json", "csv"]);

function formatOf(values: Record<string, string | boolean | readonly string[] | undefined>, command: string, spec: CommandSpec): Format {
  const chosen: string[] = [];
  if (values.json) chosen.push("--json");
  if (values.csv) chosen.push("--csv");
  if (typeof values.format === "string") chosen.push(`--format ${values.format}`);
  if (chosen.length > 1) throw cliError(2, "cli.format_conflict", { formats: chosen.join(", ") });
  const format = values.json ? "json" : values.csv ? "csv" : typeof values.format === "string" ? values.format : "table";
  const offered = (spec.offered ?? spec.formats).join(", ");
  if (!["table", "csv", "json", "jsonl"].includes(format)) throw cliError(2, "cli.bad_value", { option: "format", value: format, expected: offered });
  if (!(spec.formats as readonly string[]).includes(format)) throw cliError(2, "cli.format_not_available", { format, command, formats: offered });
  if (values.out !== undefined && format !== "csv") throw cliError(2, "cli.not_applicable", { option: "out", command, when: ` (--format ${format})` });
  return format as Format;
}

/**
 * What `parseArgs` refused, in the chosen language (its own texts are English only). With
 * `allowPositionals` and no short option taking a value, it refuses an unknown option (long, short or
 * the first unknown letter of a group such as `-xyz`, whatever its characters) and a missing,
 * ambiguous or unwanted value; anything else keeps its English detail after a sentence in each language.
 */
function optionError(error: unknown): CliError {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // The option is quoted first: '--colour', '-x', '--out <value>', '-h, --help'.
  const option = /'(.+?)'(?=[ .]|$)/.exec(text)?.[1]?.replace(/^-\w, (?=--)/, "").replace(/ <value>$/, "");
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const long = option.startsWith("--") ? option.slice(2) : undefined;
    const near = long === undefined ? undefined : nearestWord(long, Object.keys(OPTIONS));
    return cliError(2, "cli.unknown_option", { option, suggestion: near === undefined ? "" : { id: `; maksud Anda --${near}?`, en: `; did you mean --${near}?` } });
  }
  if (option !== undefined && code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return cliError(2, text.includes("does not take") ? "cli.option_takes_no_value" : "cli.option_needs_value", { option });
  }
  return cliError(2, "cli.bad_option", { detail: text });
}

/** An unknown command, with the known one it is a typo of, if any. */
function unknownCommand(command: string): CliError {
  const near = nearestWord(command, Object.keys(COMMANDS));
  return cliError(2, "cli.unknown_command", { command, suggestion: near === undefined ? "" : { id: ` (maksud Anda ${near}?)`, en: ` (did you mean ${near}?)` } });
}

/**
 * Words after the command that belong to no option (`assess households.csv`): named as such, with
 * the option that reads a file when the command has one and a single word was given.
 */
function strayArguments(command: string, spec: CommandSpec, rest: readonly string[]): CliError {
  const option = (["households", "stats"] as const).find((o) => spec.options.includes(o));
  const argument = rest.join(" ");
  if (option === undefined || rest.length > 1) return cliError(2, "cli.unexpected_argument", { argument });
  return cliError(2, "cli.unexpected_file", { argument, command, option });
}

/**
 * Run the CLI with arguments (without `node` and the script) and return the exit code: 0 done,
 * 1 a data problem (missing file, rejected rows, data that cannot be used), 2 a usage problem
 * (unknown command or option, a bad or inapplicable option value). Nothing is read before every
 * argument has been checked.
 * @internal
 */
export async function main(argv: readonly string[], io: { stdout: NodeJS.WritableStream; stdin: NodeJS.ReadableStream } = process): Promise<number> {
  // Known before parsing, so that even an option error is reported in the chosen language.
  const langIndex = argv.indexOf("--lang");
  let lang: Language = (langIndex >= 0 && argv[langIndex + 1] === "en") || argv.includes("--lang=en") ? "en" : "id";
  const out = new Sink(io.stdout);
  try {
    const parsed = (() => {
      try {
        return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
      } catch (error) {
        throw optionError(error);
      }
    })();
    const values = parsed.values as Record<string, string | boolean | readonly string[] | undefined>;
    if (values.lang !== undefined && values.lang !== "id" && values.lang !== "en") {
      throw cliError(2, "cli.bad_value", { option: "lang", value: String(values.lang), expected: "id, en" });
    }
    lang = (values.lang as Language | undefined) ?? "id";
    const [name, ...rest] = parsed.positionals;
    if (rest.length > 0) {
      const spec = COMMANDS[name as string];
      if (spec === undefined) throw unknownCommand(name as string);
      if (spec.files !== true) throw strayArguments(name as string, spec, rest);
    }
    if (values.version) {
      await out.line(version);
      await out.flush();
      return 0;
    }
    if (name === undefined) {
      await out.line(HELP.main![lang]);
      await out.flush();
      return values.help ? 0 : 2;
    }
    const spec = COMMANDS[name];
    if (!spec) throw unknownCommand(name);
    if (values.help) {
      await out.line((HELP[name] ?? HELP.main!)[lang]);
      await out.flush();
      return 0;
    }
    for (const key of Object.keys(values)) {
      if (values[key] !== undefined && !COMMON.has(key) && !(spec.options as readonly string[]).includes(key)) {
        throw cliError(2, "cli.not_applicable", { option: key, command: name, when: "" });
      }
    }
    const format = formatOf(values, name, spec);
    const context: CommandContext = {
      command: name,
      args: rest,
      values,
      lang,
      format,
      out,
      // Every line on stderr is masked once more, whatever built it: a path or key from a file could be a NIK.
      err: (text) => process.stderr.write(`${maskLongNumbers(text)}\n`),
      progress: Boolean(values.progress) || (process.stderr.isTTY === true && format === "table"),
      stdin: io.stdin,
    };
    const code = (await spec.run(context)) ?? 0;
    await out.flush();
    return code;
  } catch (raw) {
    const error = fromLibraryError(raw);
    if (error instanceof CliError) {
      await out.flush().catch(() => undefined);
      process.stderr.write(`tepat-sasaran: ${maskExcept(error.text[lang], error.amounts[lang])}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
