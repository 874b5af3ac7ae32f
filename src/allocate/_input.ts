import { wordIn, type BilingualValues } from "../message/message.js";
import { BIGINT_LIMIT, MAX_DECIMAL_LENGTH } from "../money/_limits.js";
import { parseDecimal, pow10 } from "./_exact.js";
import { METHODS, methodNamed } from "./_methodName.js";
import { IssueList, fail, show } from "./_issues.js";
import { allocateMessages } from "./messages.js";
import type { ApportionOptions, ApportionmentMethod, HamiltonMinimums, SeatBound, AllocationWeight } from "./types.js";


/** A validated apportionment problem in exact integers. @internal */
export interface Problem {
  readonly method: ApportionmentMethod;
  /** Whether the caller passed `seats` as a bigint (then results are bigints). */
  readonly bigintOutput: boolean;
  readonly seats: bigint;
  /** Weights × 10^places, exact. */
  readonly weights: readonly bigint[];
  readonly places: number;
  readonly min: readonly bigint[];
  /** `null`: no cap. */
  readonly max: readonly (bigint | null)[];
  /** rank[region]: its position in the tie-break order (0 wins). */
  readonly rank: readonly number[];
  /** The tie-break order: region indices, winner first. */
  readonly order: readonly number[];
  readonly stepCount: number;
  /** Hamilton: how minimums are honoured. */
  readonly hamiltonMinimums: HamiltonMinimums;
}

/** Parse weights to exact integers with a common power-of-ten scale, recording every bad one. @internal */
export function parseWeights(
  weights: readonly AllocationWeight[],
  issues: IssueList,
  field: string,
): { values: bigint[]; places: number } {
  const parsed: { value: bigint; places: number }[] = [];
  // An index loop, not forEach: a hole is an error at its index, never skipped (which would shift
  // every later region's share onto its neighbour).
  for (let index = 0; index < weights.length; index++) {
    const path = [field, index];
    const weight = weights[index];
    const bad = (code: keyof typeof allocateMessages) => {
      issues.add(allocateMessages, code, path, { index, value: show(weight) });
      parsed.push({ value: 0n, places: 0 });
    };
    if (!(index in weights)) {
      bad("allocate.weight_hole");
      continue;
    }
    parseWeight(weight, bad, parsed);
  }
  const places = parsed.reduce((most, p) => Math.max(most, p.places), 0);
  return { values: parsed.map((p) => p.value * pow10(places - p.places)), places };
}

/** One weight: an exact integer over a power of ten, or an issue through `bad`. */
function parseWeight(
  weight: unknown,
  bad: (code: keyof typeof allocateMessages) => void,
  parsed: { value: bigint; places: number }[],
): void {
  if (typeof weight === "bigint") {
    if (weight >= BIGINT_LIMIT) return bad("allocate.weight_too_long");
    return void (weight < 0n ? bad("allocate.weight_negative") : parsed.push({ value: weight, places: 0 }));
  }
  if (typeof weight === "number") {
    if (!Number.isFinite(weight)) return bad("allocate.weight_invalid");
    if (weight < 0) return bad("allocate.weight_negative");
    if (!Number.isInteger(weight)) return bad("allocate.weight_fractional_number");
    if (!Number.isSafeInteger(weight)) return bad("allocate.weight_unsafe_number");
    return void parsed.push({ value: BigInt(weight), places: 0 });
  }
  if (typeof weight === "string") {
    // Bounded cost: a 50,000-digit weight would scale every other weight to 50,000 digits.
    if (weight.length > MAX_DECIMAL_LENGTH) return bad("allocate.weight_too_long");
    const decimal = parseDecimal(weight);
    if (decimal) return void parsed.push(decimal);
    return bad(weight.startsWith("-") && parseDecimal(weight.slice(1)) ? "allocate.weight_negative" : "allocate.weight_invalid");
  }
  return bad("allocate.weight_invalid");
}

function parseCount(value: unknown, allowNoCap: boolean): bigint | null | undefined {
  if (typeof value === "bigint") return value >= 0n && value < BIGINT_LIMIT ? value : undefined;
  if (typeof value === "number") {
    if (allowNoCap && value === Infinity) return null;
    return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  }
  if (allowNoCap && (value === null || value === undefined)) return null;
  return undefined;
}

/** Expand a single bound or a per-region list, recording bad entries. @internal */
export function parseBounds(
  input: unknown,
  n: number,
  bound: "min" | "max",
  issues: IssueList,
): (bigint | null)[] {
  const noCap = bound === "max";
  const fallback = noCap ? null : 0n;
  if (input === undefined || (noCap && input === null)) return new Array<bigint | null>(n).fill(fallback);
  if (!Array.isArray(input)) {
    const value = parseCount(input, noCap);
    if (value === undefined) issues.add(allocateMessages, "allocate.bound_invalid", [bound], { bound, index: "*", value: show(input) });
    return new Array<bigint | null>(n).fill(value === undefined ? fallback : value);
  }
  if (input.length !== n) {
    issues.add(allocateMessages, "allocate.bound_length", [bound], { bound, length: input.length, expected: n });
    return new Array<bigint | null>(n).fill(fallback);
  }
  const out: (bigint | null)[] = [];
  for (let index = 0; index < n; index++) {
    // A hole is not "no cap": it is an error at its index.
    const value = index in input ? parseCount(input[index], noCap) : undefined;
    if (value === undefined) issues.add(allocateMessages, "allocate.bound_invalid", [bound, index], { bound, index, value: index in input ? show(input[index]) : { id: "(kosong)", en: "(hole)" } });
    out.push(value === undefined ? fallback : value);
  }
  return out;
}

function parseTieBreak(input: readonly number[] | undefined, n: number, issues: IssueList): number[] {
  const identity = Array.from({ length: n }, (_, i) => i);
  if (input === undefined) return identity;
  const seen = new Set<number>();
  let problem: BilingualValues[string];
  if (!Array.isArray(input) || input.length !== n) {
    const length = Array.isArray(input) ? String(input.length) : show(input);
    problem = { id: `panjang ${wordIn(length, "id")}`, en: `length ${wordIn(length, "en")}` };
  } else {
    for (const entry of input) {
      if (!Number.isInteger(entry) || entry < 0 || entry >= n || seen.has(entry)) {
        problem = show(entry);
        break;
      }
      seen.add(entry);
    }
  }
  if (problem === undefined) return [...input];
  issues.add(allocateMessages, "allocate.tie_break_invalid", ["tieBreak"], { last: n - 1, value: problem });
  return identity;
}

/** Validate {@link ApportionOptions} into a {@link Problem}; throws a `TepatSasaranError` listing every problem. @internal */
export function parseProblem(options: ApportionOptions): Problem {
  if (options === null || typeof options !== "object") fail(allocateMessages, "allocate.options_invalid", { value: show(options) });
  const { method, seats } = options;
  if (!METHODS.includes(method)) {
    // Another name of a method (`"D'Hondt"`, `"Webster"`): refused, naming the id to write. The
    // result's `method` and every scenario that saves it keep one spelling per method.
    const id = methodNamed(method);
    fail(allocateMessages, id ? "allocate.method_alias" : "allocate.unknown_method", { method: show(method), id: id ?? "" }, ["method"]);
  }
  const validSeats = typeof seats === "bigint" ? seats >= 0n && seats < BIGINT_LIMIT : Number.isSafeInteger(seats) && seats >= 0;
  if (!validSeats) fail(allocateMessages, "allocate.seats_invalid", { value: show(seats) }, ["seats"]);
  const total = BigInt(seats);
  const stepCount = options.stepCount ?? 5;
  if (!Number.isInteger(stepCount) || stepCount < 0 || stepCount > 1000) {
    fail(allocateMessages, "allocate.step_count_invalid", { value: show(stepCount) }, ["stepCount"]);
  }
  if (!Array.isArray(options.weights)) fail(allocateMessages, "allocate.weight_invalid", { index: "*", value: show(options.weights) }, ["weights"]);
  const n = options.weights.length;
  const issues = new IssueList();
  const { values: weights, places } = parseWeights(options.weights, issues, "weights");
  const min = parseBounds(options.min as SeatBound | undefined, n, "min", issues) as bigint[];
  const max = parseBounds(options.max, n, "max", issues);
  min.forEach((low, index) => {
    const high = max[index];
    if (high !== null && high !== undefined && low > high) issues.add(allocateMessages, "allocate.min_above_max", ["min", index], { index, min: low, max: high });
  });
  const order = parseTieBreak(options.tieBreak, n, issues);
  const hamiltonMinimums = parseHamiltonMinimums(options, max, issues);
  issues.throwIfAny();
  checkFeasible(total, weights, min, max);
  const rank = new Array<number>(n);
  order.forEach((region, position) => (rank[region] = position));
  return { method, bigintOutput: typeof seats === "bigint", seats: total, weights, places, min, max, rank, order, stepCount, hamiltonMinimums };
}

function parseHamiltonMinimums(options: ApportionOptions, max: readonly (bigint | null)[], issues: IssueList): HamiltonMinimums {
  const value = options.hamiltonMinimums ?? "requota";
  if (value !== "requota" && value !== "raise") {
    issues.add(allocateMessages, "allocate.hamilton_minimums_invalid", ["hamiltonMinimums"], { value: show(value) });
    return "requota";
  }
  if (value === "raise" && options.method !== "hamilton") {
    issues.add(allocateMessages, "allocate.hamilton_minimums_method", ["hamiltonMinimums"], { method: show(options.method) });
  } else if (value === "raise" && max.some((m) => m !== null)) {
    issues.add(allocateMessages, "allocate.hamilton_raise_max", ["max"], {});
  }
  return value;
}

function checkFeasible(seats: bigint, weights: readonly bigint[], min: readonly bigint[], max: readonly (bigint | null)[]): void {
  if (weights.length === 0 && seats > 0n) fail(allocateMessages, "allocate.no_regions", { seats });
  const sumMin = min.reduce((a, b) => a + b, 0n);
  if (sumMin > seats) fail(allocateMessages, "allocate.min_exceeds_seats", { sum: sumMin, seats });
  if (max.every((m) => m !== null)) {
    const sumMax = (max as bigint[]).reduce((a, b) => a + b, 0n);
    if (sumMax < seats) fail(allocateMessages, "allocate.max_below_seats", { sum: sumMax, seats });
  }
  if (seats > sumMin && weights.every((w) => w === 0n)) fail(allocateMessages, "allocate.weights_all_zero", { seats: seats - sumMin });
}
