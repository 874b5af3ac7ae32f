import { isLibraryError, type IssuePath } from "../message/error.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/index.js";
import { formatScaled, parseDecimal, pow10 } from "./_exact.js";
import { IssueList, failAmounts, show } from "./_issues.js";
import { allocateMessages, budgetMessages } from "./messages.js";

/** A rupiah amount as `value / 10^places` (value may be negative). @internal */
export interface Scaled {
  readonly value: bigint;
  readonly places: number;
}

/** Read an amount through `rupiah()` (which names bad input) into an exact scaled integer. @internal */
export function readRupiah(input: RupiahInput): Scaled {
  const text = rupiah(input).toString();
  const negative = text.startsWith("-");
  const parsed = parseDecimal(negative ? text.slice(1) : text) as { value: bigint; places: number };
  return { value: negative ? -parsed.value : parsed.value, places: parsed.places };
}

/** {@link readRupiah}, an unreadable amount recorded at `path` (the money layer names none) and `fallback` returned. @internal */
export function readRupiahInto(input: RupiahInput, path: IssuePath, issues: IssueList, fallback: Scaled): Scaled {
  try {
    return readRupiah(input);
  } catch (error) {
    if (!isLibraryError(error)) throw error;
    issues.addError(error, path);
    return fallback;
  }
}

/** Rescale to `places` decimal places (≥ the amount's own). @internal */
export function rescale(amount: Scaled, places: number): bigint {
  return amount.value * pow10(places - amount.places);
}

/** A `Rupiah` from `value / 10^places`. @internal */
export function toRupiah(value: bigint, places: number): Rupiah {
  return rupiah(formatScaled(value, places));
}

/** Read one bound or a per-share list of bounds (`null`/`Infinity` = no cap for `max`). @internal */
export function readMoneyBounds(
  input: unknown,
  n: number,
  bound: "min" | "max",
  issues: IssueList,
): (Scaled | null)[] {
  const none: Scaled | null = bound === "max" ? null : { value: 0n, places: 0 };
  const read = (entry: unknown, index: number | "*", path: (string | number)[]): Scaled | null => {
    if (bound === "max" && (entry === null || entry === undefined || entry === Infinity)) return null;
    try {
      const amount = readRupiah(entry as RupiahInput);
      if (amount.value >= 0n) return amount;
    } catch (error) {
      if (!isLibraryError(error)) throw error;
    }
    issues.add(budgetMessages, "allocate.budget_bound_invalid", path, { bound, index, value: show(entry) });
    return none;
  };
  if (input === undefined || (bound === "max" && input === null)) return new Array<Scaled | null>(n).fill(none);
  if (!Array.isArray(input)) return new Array<Scaled | null>(n).fill(read(input, "*", [bound]));
  if (input.length !== n) {
    issues.add(allocateMessages, "allocate.bound_length", [bound], { bound, length: input.length, expected: n });
    return new Array<Scaled | null>(n).fill(none);
  }
  const out: (Scaled | null)[] = [];
  for (let index = 0; index < n; index++) {
    if (index in input) out.push(read(input[index], index, [bound, index]));
    else {
      // A hole is not "no cap": it is an error at its index.
      issues.add(budgetMessages, "allocate.budget_bound_invalid", [bound, index], { bound, index, value: "(hole)" });
      out.push(none);
    }
  }
  return out;
}

/** Throw `allocate.budget_not_multiple` unless `value` is a multiple of `unit` (same scale). @internal */
export function checkMultiple(value: bigint, unit: bigint, what: string, places: number, path?: (string | number)[]): bigint {
  if (value % unit !== 0n) failAmounts(budgetMessages, "allocate.budget_not_multiple", { value: toRupiah(value, places), unit: toRupiah(unit, places) }, { what }, path);
  return value / unit;
}

/** Throw when floors and caps cannot meet the total (or nothing can receive it); `show` is the amount of a number of units. @internal */
export function checkBudgetFeasible(
  units: bigint,
  weights: readonly bigint[],
  min: readonly bigint[],
  max: readonly (bigint | null)[],
  show: (units: bigint) => Rupiah,
): void {
  if (weights.length === 0 && units > 0n) failAmounts(budgetMessages, "allocate.budget_no_shares", { total: show(units) });
  min.forEach((low, index) => {
    const high = max[index];
    if (high !== null && high !== undefined && low > high) {
      failAmounts(budgetMessages, "allocate.budget_min_above_max", { min: show(low), max: show(high) }, { index }, ["min", index]);
    }
  });
  const sumMin = min.reduce((a, b) => a + b, 0n);
  if (sumMin > units) failAmounts(budgetMessages, "allocate.budget_min_exceeds_total", { sum: show(sumMin), total: show(units) });
  if (max.every((m) => m !== null)) {
    const sumMax = (max as bigint[]).reduce((a, b) => a + b, 0n);
    if (sumMax < units) failAmounts(budgetMessages, "allocate.budget_max_below_total", { sum: show(sumMax), total: show(units) });
  }
  if (units > sumMin && weights.every((w) => w === 0n)) failAmounts(budgetMessages, "allocate.budget_shares_all_zero", { rest: show(units - sumMin) });
}
