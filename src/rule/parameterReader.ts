import { failure, guarded } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { assertIsoDate, formatIsoDate, type IsoDate } from "../time/isoDate.js";
import { timeMessages } from "../time/messages.js";
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

/** The readers of one family, by date, and by year for the reader of the year's first day. */
interface Family {
  readonly dates: Map<IsoDate, CachingReader>;
  readonly years: Map<number, CachingReader>;
}

/** A step of a path memo: the next steps by key, and under `MADE` what was derived for the path that ends here. */
type PathNode = Map<unknown, unknown>;
const MADE: unique symbol = Symbol("made");

class CachingReader implements ParameterReader {
  readonly asOf: IsoDate;
  readonly set: ParameterSet;
  readonly #cache = new Map<string, ParameterValue<unknown> | typeof NOT_IN_FORCE>();
  // Readers of the same set on other dates (the payment periods of a year, the payment dates of an
  // audit), made on first use and shared by every reader of the family (the reader `createParameterReader`
  // made and those reached from it with `on`), so that a batch reads each date's parameters and
  // derives each date's values once.
  readonly #family: Family;
  // What the engine derives once per date (a check's prepared read, a parsed amount), by the object
  // it derives from and a kind: lives and dies with this reader, never shared between readers. Weak:
  // a key made per household (an amount on several lines of one schedule) is dropped with it, so the
  // store stays as large as what lives (parameters, rules, a date's amounts), whatever keys callers pass.
  readonly #derived = new WeakMap<object, Map<string, unknown>>();
  // What is derived along paths of keys (see `derivedOnceAlong`), by the object it derives from.
  readonly #paths = new WeakMap<object, PathNode>();

  constructor(set: ParameterSet, asOf: IsoDate, family?: Family) {
    this.set = set;
    this.asOf = assertIsoDate(asOf);
    this.#family = family ?? { dates: new Map(), years: new Map() };
    this.#family.dates.set(this.asOf, this);
  }

  get(id: string): ParameterValue<unknown> | undefined {
    if (typeof id !== "string") throw failure(ruleMessages, "rule.parameter_unknown", { parameter: describeValue(id) });
    const cached = this.#cache.get(id);
    if (cached !== undefined) return cached === NOT_IN_FORCE ? undefined : cached;
    // A cache miss reads the caller's set: guarded, once per id.
    const found = guarded("ParameterReader.get", () => {
      const parameter = Object.prototype.hasOwnProperty.call(this.set, id) ? this.set[id] : undefined;
      if (!parameter) throw failure(ruleMessages, "rule.parameter_unknown", { parameter: id });
      // A set's entry must be the parameter it is filed under (its id is what results name), and what
      // results carry of it (the value in force, its dates and source) must be data that JSON can
      // write: a bigint in it (`5n`, a BigInt64Array) or a cycle would make every result naming it
      // unwritable. An entry filed under another id stands for such a value (`0n`): one refusal.
      const found = parameter.id === id ? lookupValue(parameter, this.asOf) : 0n;
      try {
        JSON.stringify(found);
        return found as ParameterValue<unknown> | undefined;
      } catch {
        throw failure(timeMessages, "time.parameter_invalid", { parameter: id });
      }
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
    // One lookup in the common case (a value made before); `has` only tells a stored `undefined` from none.
    const found = byKind.get(kind);
    if (found !== undefined || byKind.has(kind)) return found as T;
    const made = make();
    byKind.set(kind, made);
    return made;
  }

  deriveAlong<T>(from: object, path: readonly unknown[], make: () => T): T {
    let node: PathNode | undefined = this.#paths.get(from);
    if (node === undefined) this.#paths.set(from, (node = new Map()));
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      let next = node.get(key) as PathNode | undefined;
      if (next === undefined) node.set(key, (next = new Map()));
      node = next;
    }
    if (node.has(MADE)) return node.get(MADE) as T;
    const made = make();
    node.set(MADE, made);
    return made;
  }

  on(date: IsoDate): CachingReader {
    if (date === this.asOf) return this;
    return this.#family.dates.get(date) ?? new CachingReader(this.set, date, this.#family);
  }

  ofYear(year: number): CachingReader {
    let first = this.#family.years.get(year);
    if (first === undefined) {
      first = this.on(formatIsoDate({ year, month: 1, day: 1 }));
      this.#family.years.set(year, first);
    }
    return first;
  }
}

/**
 * A value derived once per reader (one date) from `from` (a rule, a parameter value): made on first
 * use and kept with `reader` when it is one of {@link createParameterReader}'s, made each time for
 * another reader. `make` must be a pure function of `from` and the reader's date and parameters.
 * This is where per-date work is shared: the reader belongs to the batch that created it (with the
 * readers of its family, reached with `on`), so no state outlives the batch or is shared between batches.
 * @internal
 */
export function derivedOnce<T>(reader: ParameterReader, from: object, kind: string, make: () => T): T {
  return reader instanceof CachingReader ? reader.derive(from, kind, make) : make();
}

/**
 * {@link derivedOnce} for a value that depends on a list of things (a benefit's component lines):
 * found by a path of keys (compared as `Map` keys are: pass texts or numbers that name them, such
 * as parameter ids, not objects made per call), one lookup per key, with no key text built per
 * call. Made on first use and kept with `reader` when it is one of {@link createParameterReader}'s.
 * @internal
 */
export function derivedOnceAlong<T>(reader: ParameterReader, from: object, path: readonly unknown[], make: () => T): T {
  return reader instanceof CachingReader ? reader.deriveAlong(from, path, make) : make();
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
 * The reader of the same family on the first day of `year`: what depends on the year and not on
 * the date read on (a year's rated amounts, a total's split into periods) is derived with it, once
 * for every date of the batch (an audit's payment dates).
 * @internal
 */
export function parameterReaderOfYear(reader: ParameterReader, year: number): ParameterReader {
  return reader instanceof CachingReader ? reader.ofYear(year) : createParameterReader(reader.set, formatIsoDate({ year, month: 1, day: 1 }));
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
