import { existsSync, readFileSync } from "node:fs";
import { TepatSasaranError } from "../message/error.js";
import { isIsoDate } from "../time/isoDate.js";
import { renderMessage, type Language, type MessageValues } from "../message/message.js";
import { cliMessages } from "./messages.js";
import { renderCsv, renderJson, renderTable, type Table } from "./output.js";

/** Output format chosen by `--json` / `--csv` (default: an aligned table). @internal */
export type Format = "table" | "json" | "csv";

/** What every command gets: its options, the language, the format and the output streams. @internal */
export interface CommandContext {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly lang: Language;
  readonly format: Format;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether to draw a progress bar on stderr. */
  readonly progress: boolean;
}

/** An error the CLI prints as one line and turns into an exit code (2: usage, 1: input). @internal */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly text: { id: string; en: string },
  ) {
    super(text.en);
  }
}

/** Raise a CLI error from the catalogue. @internal */
export function cliError(exitCode: 1 | 2, code: keyof typeof cliMessages, values: MessageValues = {}): CliError {
  return new CliError(exitCode, renderMessage(cliMessages[code], values));
}

/** A message of the CLI catalogue in the chosen language. @internal */
export function say(context: CommandContext, code: keyof typeof cliMessages, values: MessageValues = {}): string {
  return renderMessage(cliMessages[code], values)[context.lang];
}

/** Print tables (or JSON of `data`) in the chosen format. @internal */
export function emit(context: CommandContext, tables: readonly Table[], data: unknown): void {
  if (context.format === "json") context.out(renderJson(data));
  else if (context.format === "csv") context.out(tables.map(renderCsv).join("\n\n"));
  else context.out(tables.map(renderTable).join("\n\n"));
}

/** Read and parse a JSON file, with CLI errors for a missing file or bad JSON. @internal */
export function readJsonFile(file: string): unknown {
  if (!existsSync(file)) throw cliError(1, "cli.file_not_found", { file });
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw cliError(1, "cli.bad_json", { file, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** A string option, or a usage error when required and absent. @internal */
export function option(context: CommandContext, name: string, required: true): string;
export function option(context: CommandContext, name: string, required?: false): string | undefined;
export function option(context: CommandContext, name: string, required = false): string | undefined {
  const value = context.values[name];
  if (typeof value === "string") return value;
  if (required) throw cliError(2, "cli.missing_option", { option: name });
  return undefined;
}

/** The required `--as-of` date, or a usage error for an impossible date. @internal */
export function asOfOption(context: CommandContext): string {
  const asOf = option(context, "as-of", true);
  if (!isIsoDate(asOf)) throw cliError(2, "cli.bad_value", { option: "as-of", value: asOf, expected: "YYYY-MM-DD" });
  return asOf;
}

/** Turn a library error into the CLI's error. @internal */
export function fromLibraryError(error: unknown): unknown {
  if (error instanceof TepatSasaranError) {
    const details = error.issues.slice(0, 10).map((i) => ({ id: `${i.path.join(".")}: ${i.message.id}`, en: `${i.path.join(".")}: ${i.message.en}` }));
    return new CliError(1, {
      id: [error.text.id, ...details.map((d) => `  ${d.id}`)].join("\n"),
      en: [error.text.en, ...details.map((d) => `  ${d.en}`)].join("\n"),
    });
  }
  return error;
}
