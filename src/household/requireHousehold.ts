import { failure, type Issue, type SafeResult } from "../message/error.js";
import { isRupiah } from "../money/rupiah.js";
import { isParsedHousehold } from "./_fastHousehold.js";
import { isTrustedHousehold } from "./_trusted.js";
import type { Household } from "./household.js";
import { householdMessages } from "./messages.js";
import { parseHousehold } from "./parseHousehold.js";

// The gate of every function that takes a `Household` (issue 18): a rule must never pay on a value
// it could not read. A household `parseHousehold` returned (frozen and branded, see _trusted.ts)
// passes at once (issue 16); any other value that already is a valid household (a copy, one built
// by hand) passes after a check that allocates nothing; anything else is read as `parseHousehold`
// reads raw input (so parsed JSON with amounts as text is accepted and normalised), and what does
// not parse is refused with every issue.

/** A parsed household as `parseHousehold` input: Rupiah objects as their decimal text, copied only on the way to one. */
function asInput(value: unknown, depth: number): unknown {
  if (isRupiah(value)) return value.toString();
  // A household is four levels deep (household → members → person → schooling).
  if (typeof value !== "object" || value === null || depth > 4) return value;
  let copy: Record<string, unknown> | unknown[] | undefined;
  const source = value as Record<string, unknown>;
  for (const key in source) {
    const item = source[key];
    const read = asInput(item, depth + 1);
    if (read !== item) ((copy ??= Array.isArray(value) ? [...value] : { ...source }) as Record<string, unknown>)[key] = read;
  }
  return copy ?? value;
}

/**
 * A household given to a library function, as its rules may read it: the value itself when it is a
 * parsed household, else what `parseHousehold` makes of it (without `asOf`), else its issues.
 * Never throws.
 * @internal
 */
export function readHousehold(value: unknown): SafeResult<Household> {
  if (isTrustedHousehold(value) || isParsedHousehold(value)) return { success: true, data: value };
  let input = value;
  try {
    input = asInput(value, 0);
  } catch {
    // A throwing getter or Proxy: zod reads the value as given, and explains.
  }
  return parseHousehold(input);
}

/**
 * {@link readHousehold}, or `household.invalid` thrown listing every issue (paths prefixed with
 * `index` for a household of a list).
 * @internal
 */
export function requireHousehold(value: unknown, what: string, index?: number): Household {
  if (isTrustedHousehold(value) || isParsedHousehold(value)) return value;
  const read = readHousehold(value);
  if (read.success) return read.data;
  const issues: readonly Issue[] = index === undefined ? read.issues : read.issues.map((found) => ({ ...found, path: [index, ...found.path] }));
  const first = issues[0] as Issue;
  throw failure(
    householdMessages,
    "household.invalid",
    { what, count: issues.length, code: first.code, path: first.path.join(".") || "-" },
    issues,
  );
}

/**
 * Every household of a list through {@link requireHousehold}: the list itself when all are parsed
 * households, else a copy with the parsed ones in place.
 * @internal
 */
export function requireHouseholds(values: readonly unknown[], what: string): readonly Household[] {
  let copy: Household[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const household = requireHousehold(value, what, i);
    if (household !== value) (copy ??= values.slice() as Household[])[i] = household;
  }
  return copy ?? (values as readonly Household[]);
}
