import { TepatSasaranError } from "../message/error.js";
import type { Language } from "../message/message.js";
import { defaultParameters } from "../program/catalogue.js";
import type { Program } from "../program/program.js";
import type { DatedParameter, DatedValue } from "../time/parameter.js";
import type { IsoDate } from "../time/isoDate.js";
import { overrideParameters, renewalsDue, type ParameterOverride, type ParameterSet } from "../time/parameterSet.js";
import { CliError, option, readJsonObject, say, type CommandContext } from "./context.js";

/** Parameter overrides from `--parameters FILE`, validated, and the lines that declare them. @internal */
export interface ParameterOverrides {
  readonly file: string;
  readonly overrides: Readonly<Record<string, ParameterOverride>>;
  /** The programs' parameters with the overrides applied. */
  readonly set: ParameterSet;
}

/** The parameters of one run, built once: the programs' own, with `--parameters FILE`'s overrides applied. @internal */
export interface RunParameters {
  /** The overrides of `--parameters FILE`, when it is given. */
  readonly overrides: ParameterOverrides | undefined;
  /** The parameters the run uses: the overridden set, or the programs' defaults. */
  readonly set: ParameterSet;
}

/**
 * The programs' parameters for a run, with `--parameters FILE` read and applied (see
 * {@link parametersOption}): the assessor and the renewal notes take the same set.
 * @internal
 */
export function runParameters(context: CommandContext, programs: readonly Program[]): RunParameters {
  const defaults = defaultParameters(programs);
  const overrides = parametersOption(context, () => defaults);
  return { overrides, set: overrides?.set ?? defaults };
}

/**
 * Read `--parameters FILE`: a JSON object from parameter id to its new list of dated values (or a
 * whole parameter), as `overrideParameters` takes, e.g.
 * `{ "pkh.elderly_min_age": [{ "from": "2020-01-01", "value": 70, "source": "Dinsos decision" }] }`.
 * Unknown ids and invalid values are errors (exit 1) naming the file.
 * @param defaults - The programs' parameters, asked for only when the option is given.
 * @internal
 */
export function parametersOption(context: CommandContext, defaults: () => ParameterSet): ParameterOverrides | undefined {
  const file = option(context, "parameters");
  if (file === undefined) return undefined;
  const overrides = readJsonObject(file, '{ "pkh.elderly_min_age": [{ "from": "2020-01-01", "value": 70, "source": "…" }] }') as Record<string, ParameterOverride>;
  try {
    return { file, overrides, set: overrideParameters(defaults(), overrides) };
  } catch (error) {
    if (!(error instanceof TepatSasaranError)) throw error;
    const lines = (lang: Language) => [`${file}: ${error.text[lang]}`, ...error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message[lang]}`)].join("\n");
    throw new CliError(1, { id: lines("id"), en: lines("en") });
  }
}

/** The lines that declare the overrides, for the output header. @internal */
export function describeOverrides(context: CommandContext, given: ParameterOverrides): string[] {
  const lines = [say(context, "cli.parameters_header", { file: given.file })];
  for (const [parameter, override] of Object.entries(given.overrides)) {
    const values = (Array.isArray(override) ? override : (override as DatedParameter).values) as readonly DatedValue<unknown>[];
    for (const value of values) {
      // The end date in words, not `from–to`: two dates joined by a dash are 16 digits, which the
      // NIK masking of every message hides ("sejak 2020••••••••••••2-31").
      const line = { parameter, value: JSON.stringify(value.value), from: value.from, to: value.to, source: value.source };
      lines.push(say(context, value.to === undefined ? "cli.parameter_line" : "cli.parameter_line_until", line));
    }
  }
  return lines;
}

/**
 * A note per parameter of the run's set (the programs' parameters with the `--parameters`
 * overrides, {@link RunParameters}) that is set anew every year and has no value for `asOf`'s year:
 * its last value is used, and the office should know. For the output header. @internal
 */
export function describeRenewals(context: CommandContext, parameters: ParameterSet, asOf: IsoDate): string[] {
  const year = asOf.slice(0, 4);
  return renewalsDue(parameters, asOf).map((due) => say(context, "cli.renewal_due", { parameter: due.id, from: due.from, year, asOf }));
}
