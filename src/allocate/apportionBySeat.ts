import { asLibraryError } from "../message/error.js";
import { divisorBySeat } from "./_divisor.js";
import { fail, show } from "./_issues.js";
import { allocateMessages } from "./messages.js";
import { parseProblem } from "./_input.js";
import { toApportionment } from "./_solution.js";
import type { ApportionOptions, Apportionment } from "./types.js";

/**
 * The textbook seat-by-seat version of a divisor method, for reference and cross-checking: every
 * region starts at its minimum and each seat in turn goes to the highest priority `weight ÷ δ(seats held)`
 * among regions below their maximum, exact ties by the tie-break order.
 *
 * It gives the same result as {@link apportion} (same conventions, same ties) but takes time
 * proportional to the number of seats, so it is limited to 1,000,000 seats
 * (`allocate.seat_by_seat_too_many`); use {@link apportion} in production. Hamilton is not a
 * seat-by-seat method and is refused (`allocate.not_divisor_method`).
 *
 * @param options - As for {@link apportion}, with a divisor method.
 * @returns The same result as {@link apportion}.
 * @example
 * import { apportionBySeat } from "tepat-sasaran/allocate";
 *
 * apportionBySeat({ method: "jefferson", seats: 8, weights: [100_000, 80_000, 30_000, 20_000] }).seats
 * //=> [4, 3, 1, 0]
 * @category Allocation
 */
export function apportionBySeat(options: ApportionOptions & { readonly seats: number }): Apportionment<number>;
export function apportionBySeat(options: ApportionOptions & { readonly seats: bigint }): Apportionment<bigint>;
export function apportionBySeat(options: ApportionOptions): Apportionment<number> | Apportionment<bigint>;
export function apportionBySeat(options: ApportionOptions): Apportionment<number> | Apportionment<bigint> {
  try {
    const problem = parseProblem(options);
    if (problem.method === "hamilton") fail(allocateMessages, "allocate.not_divisor_method", { method: show(problem.method) }, ["method"]);
    if (problem.seats > SEAT_BY_SEAT_LIMIT) {
      fail(allocateMessages, "allocate.seat_by_seat_too_many", { max: SEAT_BY_SEAT_LIMIT, seats: problem.seats }, ["seats"]);
    }
    return toApportionment(problem, divisorBySeat(problem));
  } catch (error) {
    throw asLibraryError(error, "apportionBySeat");
  }
}

/** Seats handed out one by one take time in proportion: beyond a million, use {@link apportion}. */
const SEAT_BY_SEAT_LIMIT = 1_000_000n;
