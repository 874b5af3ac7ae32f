// A deep copy of a household as plain objects and arrays, shared by the household tests: the same
// value, built anew (not frozen, not marked as parsed), Rupiah amounts kept (they are immutable).
import { isRupiah } from "../../src/money/rupiah.js";

/** A deep copy of plain objects and arrays (own enumerable keys, in order; Rupiah amounts kept). */
export function plainCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null || isRupiah(value)) return value;
  if (Array.isArray(value)) return value.map(plainCopy);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plainCopy((value as Record<string, unknown>)[key]);
  return out;
}

/** A value with every object's keys in order and Rupiah amounts as text: equal iff same keys, same order, same values. */
export function ordered(value: unknown): unknown {
  if (isRupiah(value)) return { rupiah: value.toString() };
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === "object" && value !== null) return Object.keys(value).map((key) => [key, ordered((value as Record<string, unknown>)[key])]);
  return Object.is(value, -0) ? "-0" : value;
}
