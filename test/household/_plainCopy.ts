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
