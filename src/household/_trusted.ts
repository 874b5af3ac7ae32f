import { Rupiah } from "../money/rupiah.js";
import type { Household } from "./household.js";

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
// be unfrozen, and the brand is a non-configurable own property, so it can neither be removed nor
// moved: the value that was checked is the value every later rule reads. No state is kept: the
// brand travels with the household. Copies are not trusted: spread, `Object.assign`, JSON and
// `structuredClone` drop a non-enumerable symbol, and a copy that keeps the property (descriptors
// copied, or a Proxy in front of a branded household) fails the identity test of
// `isTrustedHousehold`, since the brand's value names the object it was set on. Such copies go
// through the full check again. (A caller can read the symbol with `Object.getOwnPropertySymbols`
// and forge the brand on purpose; that is code deliberately working around the check, not input.)

/** The brand: module-private, not in the global symbol registry. */
const TRUSTED: unique symbol = /* @__PURE__ */ Symbol("tepat-sasaran.parsedHousehold");

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
  Object.defineProperty(household, TRUSTED, { value: household });
  freezeDeep(household);
  return household;
}

/**
 * Whether a value is a household as `parseHousehold` returned it, untouched (see above), decided
 * in constant time. Never throws (a revoked Proxy is simply not trusted).
 * @internal
 */
export function isTrustedHousehold(value: unknown): value is Household {
  if (typeof value !== "object" || value === null) return false;
  try {
    // A non-configurable, non-writable own property whose value is this very object: only
    // `trustHousehold` makes one (a Proxy must report the value its target holds).
    const brand = Reflect.getOwnPropertyDescriptor(value, TRUSTED);
    return brand !== undefined && brand.value === value && brand.configurable === false && brand.writable === false;
  } catch {
    return false;
  }
}
