import { asLibraryError, failure, issue, type Issue } from "../message/error.js";
import type { Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { addDays } from "./calendar.js";
import { assertIsoDate, invalidDate, isIsoDate, type IsoDate } from "./isoDate.js";
import { timeMessages } from "./messages.js";

/**
 * One value of a dated parameter: in force from `from` through `to` (both inclusive). Without `to`
 * it stays in force until the day before the next value's `from`, or for good if it is the last.
 * @category Parameters
 */
export interface DatedValue<T> {
  /** First day in force. */
  readonly from: IsoDate;
  /** Last day in force (inclusive), if the value was given an end. */
  readonly to?: IsoDate;
  /** The value. Rupiah amounts are decimal strings. */
  readonly value: T;
  /** Legal or published source, with its confidence where it is uncertain. */
  readonly source: string;
}

/**
 * A program amount or threshold as plain, dated data: every value with its validity dates and its source.
 * Read it only through {@link valueAt}.
 *
 * @example
 * const pbiPremium = {
 *   id: "pbi_jkn.premium_per_person_month",
 *   description: "PBI-JKN premium per person per month",
 *   unit: "IDR/person/month",
 *   values: [{ from: "2020-01-01", value: "42000", source: "Perpres 64/2020 (class III rate)" }],
 * } as const satisfies DatedParameter<string>;
 * @category Parameters
 */
export interface DatedParameter<T = unknown> {
  /** Stable id, e.g. `pkh.amount.elderly`. */
  readonly id: string;
  /** What the parameter means. */
  readonly description: string;
  /** Its unit, e.g. `IDR/year`, `years`, `desil`. */
  readonly unit: string;
  /** Values in ascending `from` order, not overlapping. */
  readonly values: readonly DatedValue<T>[];
  /**
   * Set when its authority sets it anew every year (a minimum wage). Its latest value still applies
   * on later dates, as every latest value does; {@link renewalsDue} lists it once a date falls in a
   * later year than that value's start, so that an app can ask for the new year's value.
   */
  readonly renewal?: ParameterRenewal;
}

/**
 * How often a parameter's authority sets it anew, and where that is written.
 * @category Parameters
 */
export interface ParameterRenewal {
  /** Every calendar year (the only cycle so far). */
  readonly every: "year";
  /** The rule or decision that sets the cycle, with its confidence. */
  readonly source: string;
}

/**
 * The value in force and the entry it came from, as returned by {@link lookupValue}.
 * @category Parameters
 */
export interface ParameterValue<T> {
  /** The parameter's id. */
  readonly id: string;
  /** The value in force. */
  readonly value: T;
  /** When that value started. */
  readonly from: IsoDate;
  /** When it ends, if known. */
  readonly to?: IsoDate;
  /** Its source. */
  readonly source: string;
}

/**
 * The value of a parameter in force on a date, with its dates and source, or `undefined` when
 * none is in force (before the first value, after an ended value, or in a gap).
 * Throws `time.invalid_date` when `asOf` is not a date.
 *
 * @param parameter - The dated parameter.
 * @param asOf - The date.
 * @returns The value and where it came from, or `undefined`.
 * @example
 * lookupValue(pbiPremium, "2019-12-31") //=> undefined
 * lookupValue(pbiPremium, "2024-01-01")?.value //=> "42000"
 * @category Parameters
 */
export function lookupValue<T>(parameter: DatedParameter<T>, asOf: IsoDate): ParameterValue<T> | undefined {
  assertIsoDate(asOf);
  try {
    return lookup(parameter, asOf);
  } catch (error) {
    throw asLibraryError(error, "lookupValue");
  }
}

function lookup<T>(parameter: DatedParameter<T>, asOf: IsoDate): ParameterValue<T> | undefined {
  const values = parameter.values;
  // The id goes into the value found (and so into results): a parameter without a text id is refused.
  if (!Array.isArray(values) || typeof parameter.id !== "string") throw failure(timeMessages, "time.parameter_invalid", { parameter: idOf(parameter) });
  for (let i = values.length - 1; i >= 0; i--) {
    const entry = values[i] as DatedValue<T>;
    if (entry === null || typeof entry !== "object" || !isIsoDate(entry.from) || (entry.to !== undefined && !isIsoDate(entry.to)) || typeof entry.source !== "string") {
      throw failure(timeMessages, "time.parameter_invalid", { parameter: idOf(parameter) });
    }
    if (entry.from > asOf) continue;
    if (entry.to !== undefined && entry.to < asOf) return undefined;
    const found: ParameterValue<T> = { id: parameter.id, value: entry.value, from: entry.from, source: entry.source };
    return entry.to === undefined ? found : { ...found, to: entry.to };
  }
  return undefined;
}

/**
 * The value of a parameter in force on a date. Throws a `TepatSasaranError` with code
 * `time.no_value_in_force` naming the parameter and the date when none is in force.
 *
 * @param parameter - The dated parameter.
 * @param asOf - The date.
 * @returns The value.
 * @example
 * valueAt(pbiPremium, "2025-07-01") //=> "42000"
 * @category Parameters
 */
export function valueAt<T>(parameter: DatedParameter<T>, asOf: IsoDate): T {
  const found = lookupValue(parameter, asOf);
  if (!found) throw failure(timeMessages, "time.no_value_in_force", { parameter: idOf(parameter), asOf });
  return found.value;
}

/** A parameter's id for a message: its text, shortened and masked, or `?` (never throws). @internal */
export function idOf(parameter: unknown): string | Text {
  try {
    const id = parameter !== null && typeof parameter === "object" ? (parameter as { id?: unknown }).id : undefined;
    return typeof id === "string" && id.length <= 80 ? id : describeValue(id);
  } catch {
    return "?";
  }
}

/**
 * Every problem with a parameter's data: missing values or sources, invalid dates, an end before
 * its start, values out of order, or overlapping ranges. An empty list means it is sound.
 *
 * @param parameter - The parameter to check.
 * @returns Issues with paths such as `["values", 1, "from"]`.
 * @example
 * validateParameter(pbiPremium) //=> []
 * @category Parameters
 */
export function validateParameter(parameter: DatedParameter): Issue[] {
  try {
    return validate(parameter);
  } catch (error) {
    throw asLibraryError(error, "validateParameter");
  }
}

function validate(parameter: DatedParameter): Issue[] {
  const issues: Issue[] = [];
  const id = idOf(parameter);
  if (parameter === null || typeof parameter !== "object") return [issue(timeMessages, "time.parameter_invalid", [], { parameter: id })];
  if (typeof parameter.id !== "string" || parameter.id.length === 0) issues.push(issue(timeMessages, "time.parameter_invalid", ["id"], { parameter: id }));
  const values: unknown = parameter.values;
  if (!Array.isArray(values) || values.length === 0) {
    return [...issues, issue(timeMessages, "time.parameter_no_values", ["values"], { parameter: id })];
  }
  // A renewal is `{ every: "year", source }` with a source: anything else (a string, another cycle) is refused.
  const renewal = parameter.renewal as Partial<ParameterRenewal> | null | undefined;
  if (renewal !== undefined && !(renewal?.every === "year" && typeof renewal.source === "string" && renewal.source.trim())) {
    issues.push(issue(timeMessages, "time.parameter_renewal_invalid", ["renewal"], { parameter: id }));
  }
  let previous: DatedValue<unknown> | undefined;
  for (let index = 0; index < values.length; index++) {
    const path = ["values", index];
    const entry = values[index] as DatedValue<unknown>;
    if (entry === null || typeof entry !== "object") {
      issues.push(issue(timeMessages, "time.parameter_invalid", path, { parameter: id }));
      previous = undefined;
      continue;
    }
    const fromOk = isIsoDate(entry.from);
    const toOk = entry.to === undefined || isIsoDate(entry.to);
    if (!fromOk) issues.push(issue(timeMessages, "time.invalid_date", [...path, "from"], invalidDate(entry.from)));
    if (!toOk) issues.push(issue(timeMessages, "time.invalid_date", [...path, "to"], invalidDate(entry.to)));
    if (typeof entry.source !== "string" || entry.source.trim() === "") {
      issues.push(issue(timeMessages, "time.parameter_no_source", [...path, "source"], { parameter: id, from: fromOk ? entry.from : describeValue(entry.from) }));
    }
    if (fromOk && toOk && entry.to !== undefined && entry.to < entry.from) {
      issues.push(issue(timeMessages, "time.parameter_range_reversed", [...path, "to"], { parameter: id, from: entry.from, to: entry.to }));
    }
    if (previous && fromOk && isIsoDate(previous.from)) {
      if (entry.from <= previous.from) {
        issues.push(issue(timeMessages, "time.parameter_unordered", [...path, "from"], { parameter: id, from: entry.from, previous: previous.from }));
      } else if (previous.to !== undefined && isIsoDate(previous.to) && previous.to >= entry.from) {
        issues.push(issue(timeMessages, "time.parameter_overlap", [...path, "from"], { parameter: id, from: entry.from, to: previous.to }));
      }
    }
    previous = entry;
  }
  return issues;
}

/**
 * The day a value stops being in force: its `to`, else the day before the next value starts,
 * else `undefined` (still in force).
 * @internal
 */
export function lastDayInForce(parameter: DatedParameter, index: number): IsoDate | undefined {
  const entry = parameter.values[index];
  if (!entry) return undefined;
  if (entry.to !== undefined) return entry.to;
  const next = parameter.values[index + 1];
  return next ? addDays(next.from, -1) : undefined;
}
