import { failure, guarded } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import { lookupValue, type ParameterValue } from "../time/parameter.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { ruleMessages } from "./messages.js";

/**
 * Reads the parameters of a {@link ParameterSet} on one date, remembering each lookup so that
 * assessing many households on the same date reads each parameter once.
 * @category Rules
 */
export interface ParameterReader {
  /** The date the values are read on. */
  readonly asOf: IsoDate;
  /** The set read from. */
  readonly set: ParameterSet;
  /**
   * The value in force on `asOf`, or `undefined` when none is (the check is then `unknown`).
   * Throws `rule.parameter_unknown` for an id the set does not hold: that is a misuse, not missing data.
   */
  get(id: string): ParameterValue<unknown> | undefined;
}

const NOT_IN_FORCE = Symbol("not in force");

class CachingReader implements ParameterReader {
  readonly asOf: IsoDate;
  readonly set: ParameterSet;
  readonly #cache = new Map<string, ParameterValue<unknown> | typeof NOT_IN_FORCE>();
  // Readers of the same set on other dates (the payment periods of a year), made on first use and
  // kept with this reader, so that a batch reads each period's parameters once.
  readonly #others = new Map<IsoDate, CachingReader>();
  // What the engine derives once per date (a check's prepared read, a parsed amount), by the object
  // it derives from and a kind: lives and dies with this reader, never shared between readers.
  readonly #derived = new Map<object, Map<string, unknown>>();

  constructor(set: ParameterSet, asOf: IsoDate) {
    this.set = set;
    this.asOf = assertIsoDate(asOf);
  }

  get(id: string): ParameterValue<unknown> | undefined {
    if (typeof id !== "string") throw failure(ruleMessages, "rule.parameter_unknown", { parameter: describeValue(id) });
    const cached = this.#cache.get(id);
    if (cached !== undefined) return cached === NOT_IN_FORCE ? undefined : cached;
    // A cache miss reads the caller's set: guarded, once per id.
    const found = guarded("ParameterReader.get", () => {
      const parameter = Object.prototype.hasOwnProperty.call(this.set, id) ? this.set[id] : undefined;
      if (!parameter) throw failure(ruleMessages, "rule.parameter_unknown", { parameter: id });
      return lookupValue(parameter, this.asOf);
    });
    this.#cache.set(id, found ?? NOT_IN_FORCE);
    return found;
  }

  derive<T>(from: object, kind: string, make: () => T): T {
    let byKind = this.#derived.get(from);
    if (byKind === undefined) {
      byKind = new Map();
      this.#derived.set(from, byKind);
    }
    if (byKind.has(kind)) return byKind.get(kind) as T;
    const made = make();
    byKind.set(kind, made);
    return made;
  }

  on(date: IsoDate): CachingReader {
    if (date === this.asOf) return this;
    let other = this.#others.get(date);
    if (other === undefined) {
      other = new CachingReader(this.set, date);
      this.#others.set(date, other);
    }
    return other;
  }
}

/**
 * A value derived once per reader (one date) from `from` (a rule, a parameter value): made on first
 * use and kept with `reader` when it is one of {@link createParameterReader}'s, made each time for
 * another reader. `make` must be a pure function of `from` and the reader's date and parameters.
 * This is where per-date work is shared: the reader belongs to the batch that created it, so no
 * state outlives the batch or is shared between assessors.
 * @internal
 */
export function derivedOnce<T>(reader: ParameterReader, from: object, kind: string, make: () => T): T {
  return reader instanceof CachingReader ? reader.derive(from, kind, make) : make();
}

/**
 * A reader of the same parameter set on another date (e.g. the first day of a payment period), kept
 * with `reader` when it is one of {@link createParameterReader}'s, so a batch makes it once.
 * @internal
 */
export function parameterReaderOn(reader: ParameterReader, date: IsoDate): ParameterReader {
  return reader instanceof CachingReader ? reader.on(date) : createParameterReader(reader.set, date);
}

/**
 * A reader of a parameter set on a date. Build it once per date and share it across households.
 *
 * @param set - The parameters (with any overrides already applied).
 * @param asOf - The date.
 * @returns The reader.
 * @example
 * const reader = createParameterReader(defaultParameters(), "2025-07-01");
 * reader.get("pkh.desil_range")?.value //=> { min: 1, max: 4 }
 * @category Rules
 */
export function createParameterReader(set: ParameterSet, asOf: IsoDate): ParameterReader {
  if (set === null || typeof set !== "object") throw failure(ruleMessages, "rule.bad_context", { value: describeValue(set) });
  return new CachingReader(set, asOf);
}
