import { interpolate, type Text } from "../message/message.js";
import { alignedAmounts } from "../money/_shownAmount.js";
import type { Rupiah, RupiahInput } from "../money/index.js";
import { fraction, pow10 } from "./_exact.js";
import { hamilton } from "./_hamilton.js";
import type { Problem } from "./_input.js";
import { parseWeights } from "./_input.js";
import { asLibraryError } from "../message/error.js";
import { IssueList, fail, failAmounts, show } from "./_issues.js";
import { checkBudgetFeasible, checkMultiple, readMoneyBounds, readRupiahInto, rescale, toRupiah, type Scaled } from "./_money.js";
import { solveLambda } from "./_proportional.js";
import { allocateMessages, budgetMessages } from "./messages.js";
import type { ApportionmentTie, ExactFraction, AllocationWeight } from "./types.js";

/**
 * Options of {@link allocateBudget}.
 * @category Allocation
 */
export interface AllocateBudgetOptions {
  /** Every amount is a multiple of this unit, e.g. Rp 1,000 (default Rp 1). The total, floors and caps must be multiples too. */
  readonly unit?: RupiahInput | undefined;
  /** Per-share floor, or one floor for every share (default Rp 0). */
  readonly min?: RupiahInput | readonly RupiahInput[] | undefined;
  /** Per-share cap, or one cap for every share; `null` or `Infinity` means no cap (default). */
  readonly max?: RupiahInput | null | readonly (RupiahInput | null)[] | undefined;
}

/**
 * How one share of a budget was computed.
 * @category Allocation
 */
export interface BudgetShare {
  /** The share's position in the input. */
  readonly index: number;
  /** Its plain proportional part `total × share ÷ Σshares`, in rupiah, before floors and caps. */
  readonly proportional: ExactFraction;
  /** Its exact part after floors, caps and redistribution, in rupiah, before rounding to the unit. */
  readonly exact: ExactFraction;
  /** `"min"` when the floor lifted it, `"max"` when the cap cut it, else `null`. */
  readonly bound: "min" | "max" | null;
  /** Whether it received one of the leftover units (largest remainder). */
  readonly extraUnit: boolean;
  /** The final amount, a multiple of the unit. */
  readonly amount: Rupiah;
}

/**
 * The result of {@link allocateBudget}.
 * @category Allocation
 */
export interface BudgetAllocation {
  /** The total split. */
  readonly total: Rupiah;
  /** The unit every amount is a multiple of. */
  readonly unit: Rupiah;
  /** The final amounts in input order; they add up to `total` exactly. */
  readonly amounts: readonly Rupiah[];
  /** Per share: proportional part, exact part after bounds, bound applied, extra unit, amount. */
  readonly shares: readonly BudgetShare[];
  /** How many units were handed out by largest remainder. */
  readonly leftoverUnits: number;
  /** Exact ties among remainders for the last leftover units (`regions` are share indices; broken by lower index); usually empty. */
  readonly ties: readonly ApportionmentTie<number>[];
  /** How the leftover units were assigned, in Bahasa Indonesia and English. */
  readonly note: Text;
}

/** How the leftover units went, the unit written for each language (`Rp 1.000` / `Rp 1,000`). */
function leftoverNote(unit: Rupiah, leftover: number): Text {
  const template = budgetMessages["allocate.budget_leftover_note"];
  const shown = alignedAmounts(unit);
  return { id: interpolate(template.id, { unit: shown.id[0], leftover }, "id"), en: interpolate(template.en, { unit: shown.en[0], leftover }, "en") };
}

/**
 * Split a Rupiah budget among shares (e.g. regencies by number of poor households) exactly, in
 * multiples of a unit, honouring per-share floors and caps.
 *
 * Each share's exact part is proportional to its weight; a part below its floor is raised to it and
 * a part above its cap is cut to it, and the difference is shared again among the others in
 * proportion, until nothing is out of bounds (computed directly, deterministically). Every share then
 * gets the whole units of its exact part, and the few units left go one each to the largest
 * remainders, ties to the lower index (Hamilton's method on units). The amounts add up to the total
 * to the last rupiah. Infeasible floors or caps, amounts that are not multiples of the unit, and
 * negative or malformed input throw a `TepatSasaranError`.
 *
 * @param total - The budget (≥ 0, a multiple of `unit`).
 * @param shares - One weight per share: integers, bigints or decimal strings.
 * @param options - `unit` (default Rp 1), `min` floors and `max` caps in rupiah.
 * @returns The amounts, with each share's computation explained.
 * @example
 * import { allocateBudget } from "tepat-sasaran/allocate";
 *
 * const result = allocateBudget("50000000000", [59_000, 2_900, 38_100], { unit: 1000, min: "3000000000" });
 * result.amounts.map(String) //=> ["28558187000", "3000000000", "18441813000"]
 * result.shares[1].bound     //=> "min"
 * @category Allocation
 */
export function allocateBudget(total: RupiahInput, shares: readonly AllocationWeight[], options: AllocateBudgetOptions = {}): BudgetAllocation {
  try {
    return allocate(total, shares, options ?? {});
  } catch (error) {
    throw asLibraryError(error, "allocateBudget");
  }
}

function allocate(total: RupiahInput, shares: readonly AllocationWeight[], options: AllocateBudgetOptions): BudgetAllocation {
  if (!Array.isArray(shares)) fail(allocateMessages, "allocate.weight_invalid", { index: "*", value: show(shares) }, ["shares"]);
  if (typeof options !== "object") fail(allocateMessages, "allocate.options_invalid", { value: show(options) });
  // Every problem at once: an unreadable total or unit is listed with the bad shares and bounds.
  const issues = new IssueList();
  const totalAmount = readRupiahInto(total, ["total"], issues, { value: 0n, places: 0 });
  if (totalAmount.value < 0n) failAmounts(budgetMessages, "allocate.budget_total_negative", { total: toRupiah(totalAmount.value, totalAmount.places) }, {}, ["total"]);
  const unitAmount = readRupiahInto(options.unit ?? 1, ["unit"], issues, { value: 1n, places: 0 });
  if (unitAmount.value <= 0n) failAmounts(budgetMessages, "allocate.budget_unit_invalid", { unit: toRupiah(unitAmount.value, unitAmount.places) }, {}, ["unit"]);
  const n = shares.length;
  const { values: weights, places: weightPlaces } = parseWeights(shares, issues, "shares");
  const floors = readMoneyBounds(options.min, n, "min", issues) as Scaled[];
  const caps = readMoneyBounds(options.max, n, "max", issues);
  issues.throwIfAny();

  const all = [totalAmount, unitAmount, ...floors, ...caps.filter((c): c is Scaled => c !== null)];
  const places = all.reduce((most, a) => Math.max(most, a.places), 0);
  const unit = rescale(unitAmount, places);
  const seats = checkMultiple(rescale(totalAmount, places), unit, "total", places, ["total"]);
  const min = floors.map((f, i) => checkMultiple(rescale(f, places), unit, `min[${i}]`, places, ["min", i]));
  const max = caps.map((c, i) => (c === null ? null : checkMultiple(rescale(c, places), unit, `max[${i}]`, places, ["max", i])));
  checkBudgetFeasible(seats, weights, min, max, (units) => toRupiah(units * unit, places));

  const order = Array.from({ length: n }, (_, i) => i);
  const problem: Problem = { method: "hamilton", bigintOutput: true, seats, weights, places: weightPlaces, min, max, rank: order, order, stepCount: 0, hamiltonMinimums: "requota" };
  const solution = hamilton(problem);
  const lambda = solveLambda(weights, min, max, seats);
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  const totalScaled = rescale(totalAmount, places);
  const amounts = solution.seats.map((units) => toRupiah(units * unit, places));
  const quotas = solution.quotas as readonly ExactFraction[];
  const result: BudgetShare[] = weights.map((w, index) => {
    const quota = quotas[index] as ExactFraction;
    const floorUnits = BigInt(quota.numerator) / BigInt(quota.denominator);
    const low = min[index] as bigint;
    const high = max[index] as bigint | null;
    let bound: "min" | "max" | null = null;
    if (lambda === null) bound = w === 0n ? (low > 0n ? "min" : null) : "max";
    else if (w * lambda.p < low * lambda.q) bound = "min";
    else if (high !== null && w * lambda.p > high * lambda.q) bound = "max";
    return {
      index,
      proportional: weightSum === 0n ? fraction(0n, 1n) : fraction(totalScaled * w, weightSum * pow10(places)),
      exact: fraction(BigInt(quota.numerator) * unit, BigInt(quota.denominator) * pow10(places)),
      bound,
      extraUnit: (solution.seats[index] as bigint) > floorUnits && lambda !== null && bound === null,
      amount: amounts[index] as Rupiah,
    };
  });
  const leftoverUnits = result.filter((s) => s.extraUnit).length;
  return {
    total: toRupiah(totalScaled, places),
    unit: toRupiah(unit, places),
    amounts,
    shares: result,
    leftoverUnits,
    ties: solution.ties.map((tie) => ({ ...tie, seatsContested: Number(tie.seatsContested) })),
    note: leftoverNote(toRupiah(unit, places), leftoverUnits),
  };
}
