import { Rupiah } from "../money/rupiah.js";
import { safeWhole } from "../money/_wholeSum.js";
import type { Household } from "./household.js";
import { MemberCopy } from "./_memberCopy.js";
import type { Person } from "./person.js";

// Households checked once, trusted after (issue 16). Every function taking a `Household` checks it
// on entry (issue 18: a rule must never pay on a value it could not read), and that check costs
// more than the PKH and Sembako rules themselves. A household that `parseHousehold` (and so every
// reader) returns is therefore deep-frozen and branded here, and the entry check accepts a branded
// household at once.
//
// Why this is sound: the brand is set only below, on a household `parseHousehold` has just built
// and checked (a new value that shares nothing with the input), and by the time it is returned every
// object reachable from it is frozen (members, nested objects, lists, and the decimal inside each
// Rupiah; the fast path freezes the parts it builds, this module the rest). A frozen object cannot
// be unfrozen, and the brand is a private field of this module's class `Brand`, so it can neither
// be removed nor moved: the value that was checked is the value every later rule reads. No state is
// kept: the brand travels with the household. Copies are not trusted: spread, `Object.assign`, JSON,
// `structuredClone` and copied descriptors copy properties, never a private field, and a Proxy in
// front of a branded household does not have its target's private fields. Such copies go through
// the full check again. Unlike the symbol-keyed property that was the brand before (which
// `Object.getOwnPropertySymbols` could read), no code outside this module can read or set it, and
// testing for it is one lookup (`#members in value`), with no property descriptor to allocate.

/**
 * A class whose constructor returns the object it is given instead of a new one: a subclass's
 * private fields are then added to that object (the brand below). Only ever given a household
 * before it is frozen.
 */
class Given {
  constructor(value: object) {
    return value as Given;
  }
}

/**
 * The brand: a private field that only `trustHousehold` adds, holding the household's member
 * copies (see {@link memberCopies}).
 */
class Brand extends Given {
  readonly #members: readonly MemberCopy[];

  private constructor(household: Household, members: readonly MemberCopy[]) {
    super(household);
    this.#members = members;
  }

  /** Brand a household (not yet frozen). */
  static stamp(household: Household): void {
    new Brand(household, copiesOf(household.members));
  }

  /** Whether an object carries the brand (false for a Proxy, whatever its target). */
  static on(value: object): boolean {
    return #members in value;
  }

  /** The member copies of a branded household; `undefined` for any other object. */
  static members(value: object): readonly MemberCopy[] | undefined {
    return #members in value ? value.#members : undefined;
  }
}

/** See {@link memberCopies}: one frozen copy per member, with its whole income read from its checked decimal. */
function copiesOf(members: readonly Person[]): readonly MemberCopy[] {
  const copies = new Array<MemberCopy>(members.length);
  for (let i = 0; i < members.length; i++) {
    const copy = new MemberCopy(members[i] as Person);
    const income = copy.monthlyIncome;
    if (income instanceof Rupiah) copy.income = safeWhole(income) ?? -1;
    copies[i] = Object.freeze(copy);
  }
  return Object.freeze(copies);
}

/**
 * A Rupiah amount of a parsed household, frozen to the digits: the `Rupiah` object is frozen by its
 * constructor, and here its decimal and the decimal's digit array. decimal.js never writes to a
 * decimal it computes from (every operation copies its operands first; its code is strict, so a
 * write to a frozen decimal would throw, not pass unseen), and `ZERO_RUPIAH` has been frozen the
 * same way since issue 18. Returns the same amount.
 * @internal
 */
export function freezeAmount(amount: Rupiah): Rupiah {
  const decimal = amount.decimal;
  Object.freeze(decimal.d);
  Object.freeze(decimal);
  return amount;
}

/**
 * Freeze a household's part and everything reachable from it: plain objects, arrays and Rupiah
 * amounts. A frozen plain object or array is a part the fast path built frozen, its own parts first
 * (_fastHousehold.ts), and is not walked again; the zod path's parts are walked to the end.
 */
function freezeDeep(value: unknown): void {
  if (typeof value !== "object" || value === null) return;
  if (value instanceof Rupiah) {
    freezeAmount(value);
    return;
  }
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) freezeDeep(record[key]);
}

/**
 * Brand and deep-freeze a household `parseHousehold` has just built from input (a new object that
 * shares nothing with the input). Returns the same household.
 * @internal
 */
export function trustHousehold(household: Household): Household {
  Brand.stamp(household);
  freezeDeep(household);
  return household;
}

/**
 * What the rules read of a trusted household's members, copied once when it was parsed (where its
 * members were just built, so reading them costs little), so that an assessment need not walk
 * each member's fields again, nor read its birth date text and income decimal, on every date and
 * for every check (most of an assessment's time is spent waiting for such values to come from
 * memory): for member `i`, a {@link MemberCopy} of one fixed shape with its fields, its birth date
 * as the number YYYYMMDD (`birth`) and its monthly income as a whole number below 10^15 (`income`,
 * `safeWhole`); `-1` when there is no such number (an income not recorded, or with a fraction).
 * `undefined` for a household that is not trusted. The copies and their array are frozen, private
 * to the household's brand, and only ever read by the library's checks (never returned to an app);
 * the household and its members are frozen too, so the copies stay those of its members (held
 * equal in test/household/memberCopies.prop.test.ts).
 * @internal
 */
export function memberCopies(household: Household): readonly MemberCopy[] | undefined {
  return Brand.members(household);
}

/**
 * Whether a value is a household as `parseHousehold` returned it, untouched (see above), decided
 * in constant time. Never throws (a revoked Proxy is simply not trusted).
 * @internal
 */
export function isTrustedHousehold(value: unknown): value is Household {
  // A private field is looked up on the object itself: no Proxy trap runs, nothing can throw.
  return typeof value === "object" && value !== null && Brand.on(value);
}
