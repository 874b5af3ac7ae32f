/**
 * The `tepat-sasaran` command: rank, allocate, assess and simulate on the embedded Kalimantan Timur
 * data or the analyst's own files. Output as an aligned table, `--json` or `--csv`; messages in
 * Bahasa Indonesia (default) or English (`--lang en`).
 */
import { parseArgs } from "node:util";
import type { Language } from "../message/message.js";
import { CliError, cliError, fromLibraryError, type CommandContext, type Format } from "./context.js";
import { HELP } from "./help.js";
import { rankCommand } from "./commands/rank.js";
import { allocateCommand } from "./commands/allocate.js";
import { assessCommand } from "./commands/assess.js";
import { simulateCommand } from "./commands/simulate.js";
import { demoCommand } from "./demo.js";

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
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
  members: { type: "string" },
  "as-of": { type: "string" },
  programs: { type: "string" },
  scenario: { type: "string" },
  "poverty-lines": { type: "string" },
  "fallback-line": { type: "string" },
} as const;

type Command = (context: CommandContext) => void | number | Promise<void | number>;
const COMMANDS: Record<string, Command> = {
  rank: rankCommand,
  allocate: allocateCommand,
  assess: assessCommand,
  simulate: simulateCommand,
  demo: demoCommand,
};

/**
 * Run the CLI with arguments (without `node` and the script) and return the exit code.
 * @internal
 */
export async function main(argv: readonly string[]): Promise<number> {
  // Known before parsing, so that even an option error is reported in the chosen language.
  const langIndex = argv.indexOf("--lang");
  let lang: Language = (langIndex >= 0 && argv[langIndex + 1] === "en") || argv.includes("--lang=en") ? "en" : "id";
  try {
    const parsed = (() => {
      try {
        return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
      } catch (error) {
        throw cliError(2, "cli.bad_option", { detail: error instanceof Error ? error.message : String(error) });
      }
    })();
    const values = parsed.values as Record<string, string | boolean | undefined>;
    if (values.lang !== undefined && values.lang !== "id" && values.lang !== "en") {
      throw cliError(2, "cli.bad_value", { option: "lang", value: String(values.lang), expected: "id, en" });
    }
    lang = (values.lang as Language | undefined) ?? "id";
    const [name, ...rest] = parsed.positionals;
    if (rest.length > 0) throw cliError(2, "cli.bad_option", { detail: rest.join(" ") });
    if (name === undefined || (values.help && name === undefined)) {
      process.stdout.write(`${HELP.main![lang]}\n`);
      return name === undefined && !values.help ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) throw cliError(2, "cli.unknown_command", { command: name });
    if (values.help) {
      process.stdout.write(`${(HELP[name] ?? HELP.main!)[lang]}\n`);
      return 0;
    }
    const format: Format = values.json ? "json" : values.csv ? "csv" : "table";
    const context: CommandContext = {
      values,
      lang,
      format,
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      progress: Boolean(values.progress) || (process.stderr.isTTY === true && format === "table"),
    };
    return (await command(context)) ?? 0;
  } catch (raw) {
    const error = fromLibraryError(raw);
    if (error instanceof CliError) {
      process.stderr.write(`tepat-sasaran: ${error.text[lang]}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
