import { failure, guarded, issue, type Issue } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { timeMessages } from "./messages.js";
import { idOf, lookupValue, validateParameter, type DatedParameter, type DatedValue, type ParameterValue } from "./parameter.js";
import { assertIsoDate, type IsoDate } from "./isoDate.js";

/**
 * Parameters keyed by id. Build one with {@link defineParameterSet}; derive variants with
 * {@link overrideParameters} and {@link extendParameters} (sets are never mutated).
 * @category Parameters
 */
export type ParameterSet = Readonly<Record<string, DatedParameter>>;

/**
 * An override: a whole replacement parameter, or just its new list of dated values.
 * @category Parameters
 */
export type ParameterOverride = DatedParameter | readonly DatedValue<unknown>[];

/** A list of parameters passed in: an array without holes, else `time.parameter_invalid`. */
function listOf(parameters: readonly DatedParameter[]): readonly DatedParameter[] {
  if (!Array.isArray(parameters)) throw failure(timeMessages, "time.parameter_invalid", { parameter: describeValue(parameters) });
  for (let index = 0; index < parameters.length; index++) {
    const parameter: unknown = parameters[index];
    if (parameter === null || typeof parameter !== "object" || typeof (parameter as { id?: unknown }).id !== "string") {
      throw failure(timeMessages, "time.parameter_invalid", { parameter: `#${index}` }, [issue(timeMessages, "time.parameter_invalid", [index], { parameter: idOf(parameter) })]);
    }
  }
  return parameters;
}

/** A parameter set passed in: an object, else `time.parameter_invalid`. */
function setOf(set: ParameterSet): ParameterSet {
  if (set === null || typeof set !== "object") throw failure(timeMessages, "time.parameter_invalid", { parameter: describeValue(set) });
  return set;
}

function check(parameters: readonly DatedParameter[], existing: ParameterSet | undefined): ParameterSet {
  const issues: Issue[] = [];
  const set: Record<string, DatedParameter> = existing ? { ...existing } : {};
  const seen = new Set<string>();
  listOf(parameters).forEach((parameter, index) => {
    if (seen.has(parameter.id)) {
      issues.push(issue(timeMessages, "time.parameter_duplicate", [index, "id"], { parameter: parameter.id }));
    }
    seen.add(parameter.id);
    for (const found of validateParameter(parameter)) issues.push({ ...found, path: [index, ...found.path] });
    Object.defineProperty(set, parameter.id, { value: parameter, enumerable: true, writable: false, configurable: true });
  });
  if (issues.length > 0) {
    const ids = [...new Set(issues.map((i) => String(parameters[i.path[0] as number]?.id)))].join(", ");
    throw failure(timeMessages, "time.parameter_invalid", { parameter: ids }, issues);
  }
  return Object.freeze(set);
}

/**
 * Build a parameter set from a list of parameters, checking every one (dates, order, overlaps,
 * sources) and that no id repeats. Throws `time.parameter_invalid` listing every issue.
 *
 * @param parameters - The parameters.
 * @returns The set, keyed by id.
 * @example
 * const set = defineParameterSet([pbiPremium]);
 * parameterValueAt(set, "pbi_jkn.premium_per_person_month", "2025-01-01").value //=> "42000"
 * @category Parameters
 */
export function defineParameterSet(parameters: readonly DatedParameter[]): ParameterSet {
  return guarded("defineParameterSet", () => check(parameters, undefined));
}

/**
 * A copy of a set with some parameters replaced, e.g. a regency's local top-up or a new amount
 * announced before the library ships it. Unknown ids are an error (`time.parameter_unknown`),
 * never silently ignored, and every replacement is validated.
 *
 * @param set - The base set.
 * @param overrides - Replacements by id: a whole parameter or its new list of values.
 * @returns A new set.
 * @example
 * const local = overrideParameters(set, {
 *   "pbi_jkn.premium_per_person_month": [{ from: "2020-01-01", value: "42000", source: "Perpres 64/2020" }],
 * });
 * @category Parameters
 */
export function overrideParameters(set: ParameterSet, overrides: Readonly<Record<string, ParameterOverride>>): ParameterSet {
  return guarded("overrideParameters", () => {
    setOf(set);
    if (overrides === null || typeof overrides !== "object") {
      throw failure(timeMessages, "time.parameter_invalid", { parameter: describeValue(overrides) });
    }
    const replaced: DatedParameter[] = [];
    for (const [id, override] of Object.entries(overrides)) {
      const base = Object.prototype.hasOwnProperty.call(set, id) ? set[id] : undefined;
      if (!base) throw failure(timeMessages, "time.parameter_unknown", { parameter: id });
      if (override === null || typeof override !== "object") throw failure(timeMessages, "time.parameter_invalid", { parameter: id });
      replaced.push(Array.isArray(override) ? { ...base, values: override as readonly DatedValue<unknown>[] } : { ...(override as DatedParameter), id });
    }
    return check(replaced, set);
  });
}

/**
 * A copy of a set with new parameters added (for an app's own program). An id already in the set
 * is an error (`time.parameter_exists`): use {@link overrideParameters} to change it.
 *
 * @param set - The base set.
 * @param parameters - New parameters.
 * @returns A new set.
 * @example
 * const withTopUp = extendParameters(set, [{
 *   id: "kukar.elderly_top_up", description: "Kukar monthly top-up for neglected elderly", unit: "IDR/month",
 *   values: [{ from: "2024-01-01", value: "200000", source: "Dinsos Kukar (samasisi.com) [M]" }],
 * }]);
 * @category Parameters
 */
export function extendParameters(set: ParameterSet, parameters: readonly DatedParameter[]): ParameterSet {
  return guarded("extendParameters", () => {
    setOf(set);
    for (const parameter of listOf(parameters)) {
      if (Object.prototype.hasOwnProperty.call(set, parameter.id)) {
        throw failure(timeMessages, "time.parameter_exists", { parameter: parameter.id });
      }
    }
    return check(parameters, set);
  });
}

/**
 * Look up a parameter of a set by id and read its value in force on a date. Throws
 * `time.parameter_unknown` for an unknown id and `time.no_value_in_force` when no value is in force.
 *
 * @param set - The parameter set.
 * @param id - The parameter id.
 * @param asOf - The date.
 * @returns The value with its dates and source.
 * @example
 * parameterValueAt(set, "pbi_jkn.premium_per_person_month", "2025-01-01").source //=> "Perpres 64/2020 (class III rate)"
 * @category Parameters
 */
export function parameterValueAt<T = unknown>(set: ParameterSet, id: string, asOf: IsoDate): ParameterValue<T> {
  const parameter = guarded("parameterValueAt", () => (typeof id === "string" && Object.prototype.hasOwnProperty.call(setOf(set), id) ? set[id] : undefined));
  if (!parameter) throw failure(timeMessages, "time.parameter_unknown", { parameter: idOf({ id }) });
  const found = lookupValue(parameter as DatedParameter<T>, asOf);
  if (!found) throw failure(timeMessages, "time.no_value_in_force", { parameter: id, asOf });
  return found;
}

/**
 * A parameter that its authority sets anew each year, read on a date its latest value was not set
 * for, as {@link renewalsDue} lists it.
 * @category Parameters
 */
export interface RenewalDue {
  /** The parameter's id. */
  readonly id: string;
  /** The first day of the value still in force: a day of an earlier year. */
  readonly from: IsoDate;
  /** Where the yearly cycle is written (the parameter's `renewal.source`). */
  readonly source: string;
}

/**
 * The parameters of a set that are set anew every year (`renewal`) and whose value in force on
 * `asOf` was set for an earlier year without an end date: it still applies, as a latest value
 * always does, but the value for `asOf`'s year may already be decided. Sorted by id. An app shows
 * them next to its results and adds the new values with {@link overrideParameters}. A value with
 * an explicit `to` covering `asOf` is never due: its source set it through that day.
 *
 * @param set - The parameter set, e.g. `defaultParameters(programs)`.
 * @param asOf - The date the parameters are read on.
 * @returns The parameters due for their new value, by id.
 * @example
 * renewalsDue(defaultParameters(), "2027-01-15").map((due) => due.id) //=> ["bsps.income_limit_month", "exclusion.umk_monthly"]
 * renewalsDue(defaultParameters(), "2026-07-01") //=> []
 * @category Parameters
 */
export function renewalsDue(set: ParameterSet, asOf: IsoDate): RenewalDue[] {
  return guarded("renewalsDue", () => {
    assertIsoDate(asOf);
    const due: RenewalDue[] = [];
    for (const id of Object.keys(setOf(set)).sort()) {
      const parameter = set[id] as DatedParameter | undefined;
      const renewal = parameter?.renewal;
      if (renewal?.every !== "year") continue;
      const found = lookupValue(parameter as DatedParameter, asOf);
      if (found && found.to === undefined && found.from.slice(0, 4) < asOf.slice(0, 4)) due.push({ id, from: found.from, source: renewal.source });
    }
    return due;
  });
}
