import { asLibraryError } from "../message/error.js";
import { divisorFast } from "./_divisor.js";
import { hamilton } from "./_hamilton.js";
import { hamiltonRaise } from "./_hamiltonRaise.js";
import { parseProblem } from "./_input.js";
import { toApportionment } from "./_solution.js";
import type { ApportionOptions, Apportionment } from "./types.js";

/**
 * Split an integer number of seats (PKH quotas, places, seats) among regions in proportion to their
 * weights, exactly, by a declared method.
 *
 * - **Methods.** `hamilton` (largest remainder), and the divisor methods `jefferson` (= D'Hondt),
 *   `webster` (= Sainte-Laguë), `huntington-hill` and `adams`. See the Allocation guide for which to use.
 * - **Exact.** Weights become integers with a common power of ten; every decision is an integer
 *   comparison (Huntington–Hill compares squared priorities by cross-multiplying), never a float.
 * - **Bounds.** `min`/`max` per region (or one value for all), e.g. every regency at least 1.
 *   Infeasible bounds (Σmin > seats, Σmax < seats, min > max) throw a `TepatSasaranError`.
 * - **Hamilton minimums.** By default a region below its minimum is fixed at it and the quota is
 *   recomputed among the others (`hamiltonMinimums: "requota"`). `hamiltonMinimums: "raise"` is the
 *   historical U.S. House convention (1850–1900): quotas from the full total, regions below their
 *   minimum raised to it, the remaining seats by largest remainder among the others.
 * - **Zero weights** get their minimum. Only when every positive-weight region is at its cap do they
 *   take seats, in tie-break order (reported in `ties`). Under Adams and Huntington–Hill a region with
 *   a positive weight and no seat has infinite priority: every positive region gets a first seat
 *   before any gets a second; when there are fewer such seats than regions, larger weights come first.
 * - **Ties.** An exact tie for the last seat(s) is reported in `ties` and broken by `tieBreak`
 *   (default: lower index first).
 * - **Fast.** Divisor methods start from the exact proportional shares and adjust at most one seat
 *   per region, so 10,000,000 seats over 514 regions take milliseconds. Hamilton is direct.
 * - **Numbers.** Seats are `number`s when `seats` is a `number` (always safe: no region exceeds the
 *   total), `bigint`s when `seats` is a `bigint`.
 *
 * Bad input (a negative or non-numeric weight, NaN, a hole in a list, a decimal weight longer than
 * 200 characters, a bound list of the wrong length, an unknown method, a bigint of 10^200 seats or
 * more) throws a `TepatSasaranError` whose `issues` name every bad index and value. A method is
 * given by its id: another name of one (`"D'Hondt"`, `"Sainte-Laguë"`, `"Webster"`) is refused
 * (`allocate.method_alias`) with the id to write (`"jefferson"`, `"webster"`), so that a result's
 * `method` and a saved scenario spell each method one way.
 *
 * @param options - Method, seats, weights, and optional `min`, `max`, `tieBreak`, `stepCount`.
 * @returns Seats per region, the divisor (or Hamilton quota), ties, and the last awards explained.
 * @example
 * import { apportion } from "tepat-sasaran/allocate";
 *
 * const result = apportion({ method: "jefferson", seats: 8, weights: [100_000, 80_000, 30_000, 20_000] });
 * result.seats   //=> [4, 3, 1, 0]
 * result.divisor //=> "24000" (any divisor in (20000, 25000) gives these seats)
 *
 * apportion({ method: "webster", seats: 8, weights: [100_000, 80_000, 30_000, 20_000] }).seats
 * //=> [3, 3, 1, 1]
 *
 * apportion({ method: "hamilton", seats: 10n, weights: ["1.5", "2.25", 3], min: 1 }).seats
 * //=> [2n, 3n, 5n]
 *
 * // Quotas 0.556, 1.667, 7.778. Today's convention fixes the first at 1 and recomputes the others'
 * // quotas (1.588, 7.412); the historical one raises it to 1 and keeps the quotas of the full total.
 * apportion({ method: "hamilton", seats: 10, weights: [1, 3, 14], min: 1 }).seats //=> [1, 2, 7]
 * apportion({ method: "hamilton", seats: 10, weights: [1, 3, 14], min: 1, hamiltonMinimums: "raise" }).seats
 * //=> [1, 1, 8]
 * @category Allocation
 */
export function apportion(options: ApportionOptions & { readonly seats: number }): Apportionment<number>;
export function apportion(options: ApportionOptions & { readonly seats: bigint }): Apportionment<bigint>;
export function apportion(options: ApportionOptions): Apportionment<number> | Apportionment<bigint>;
export function apportion(options: ApportionOptions): Apportionment<number> | Apportionment<bigint> {
  try {
    const problem = parseProblem(options);
    if (problem.method !== "hamilton") return toApportionment(problem, divisorFast(problem));
    return toApportionment(problem, problem.hamiltonMinimums === "raise" ? hamiltonRaise(problem) : hamilton(problem));
  } catch (error) {
    throw asLibraryError(error, "apportion");
  }
}
