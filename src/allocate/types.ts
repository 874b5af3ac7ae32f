/**
 * An apportionment method.
 *
 * - `hamilton`: largest remainder (Hare quota); can show the Alabama paradox.
 * - `jefferson`: divisor method rounding down (= D'Hondt); favours large regions.
 * - `webster`: divisor method rounding to nearest (= Sainte-Laguë); the least biased.
 * - `huntington-hill`: divisor method rounding at the geometric mean (U.S. House since 1941).
 * - `adams`: divisor method rounding up; favours small regions.
 * @category Allocation
 */
export type ApportionmentMethod = "hamilton" | "jefferson" | "webster" | "huntington-hill" | "adams";

/**
 * The divisor (highest-averages) methods: every method except `hamilton`.
 * @category Allocation
 */
export type DivisorMethod = Exclude<ApportionmentMethod, "hamilton">;

/**
 * A weight (population, number of poor people, votes): a non-negative safe integer, a bigint, or a
 * non-negative decimal string such as `"12.35"` (no sign, no exponent, no grouping).
 * @category Allocation
 */
export type AllocationWeight = number | bigint | string;

/**
 * A seat bound: a non-negative safe integer or a bigint.
 * @category Allocation
 */
export type SeatBound = number | bigint;

/**
 * An exact non-negative fraction, serialised as decimal integer strings, with a display value.
 * @category Allocation
 */
export interface ExactFraction {
  /** Numerator, in lowest terms. */
  readonly numerator: string;
  /** Denominator (> 0), in lowest terms. */
  readonly denominator: string;
  /** The value rounded half up to 6 decimal places, for display only. */
  readonly decimal: string;
}

/**
 * How Hamilton honours minimums (`min`):
 *
 * - `requota` (default): a region whose proportional share is below its minimum is fixed at the
 *   minimum and the quota is recomputed among the other regions (the seats left over are shared again
 *   in proportion), until no region is below its minimum; then largest remainders.
 * - `raise`: the U.S. House convention of the Hamilton ("Vinton") apportionments 1850–1900, e.g. the
 *   Act of 25 February 1882: quotas come from the full total and are not recomputed; a region whose
 *   quota is below its minimum is raised to it; every other region gets the whole part of its quota
 *   and the seats that remain go one each to the largest remainders among them.
 *
 * @example
 * import { apportion } from "tepat-sasaran/allocate";
 *
 * apportion({ method: "hamilton", seats: 10, weights: [1, 3, 14], min: 1, hamiltonMinimums: "raise" }).seats //=> [1, 1, 8]
 * @category Allocation
 */
export type HamiltonMinimums = "requota" | "raise";

/**
 * Options of {@link apportion} and {@link apportionBySeat}.
 * @category Allocation
 */
export interface ApportionOptions {
  /** The method. */
  readonly method: ApportionmentMethod;
  /** How many seats (quotas) to hand out: a safe integer (results are `number`s) or a bigint (results are `bigint`s). */
  readonly seats: number | bigint;
  /** One weight per region (population, number of poor, votes). */
  readonly weights: readonly AllocationWeight[];
  /** Per-region minimum seats, or one minimum for every region (default 0). */
  readonly min?: SeatBound | readonly SeatBound[] | undefined;
  /** Per-region maximum seats, or one maximum for every region; `null` or `Infinity` means no cap (default). */
  readonly max?: SeatBound | null | readonly (SeatBound | null)[] | undefined;
  /**
   * Who wins an exact tie: every region index once, in priority order (first wins). Default: lower
   * index first, i.e. `[0, 1, 2, …]`.
   */
  readonly tieBreak?: readonly number[] | undefined;
  /** How many of the last seat awards to explain in `steps` (0–1000, default 5). */
  readonly stepCount?: number | undefined;
  /**
   * Hamilton only: how minimums are honoured, `"requota"` (default) or `"raise"` (the historical
   * U.S. House convention); see {@link HamiltonMinimums}. `"raise"` takes no maximums (`max`) and is
   * refused for divisor methods.
   */
  readonly hamiltonMinimums?: HamiltonMinimums | undefined;
}

/**
 * One seat award, for explanation.
 * @category Allocation
 */
export interface ApportionmentStep<T extends number | bigint = number> {
  /** The seat's number in award order, minimums counted first: the first seat awarded above the minimums is Σmin + 1, the last is `total`. */
  readonly seat: T;
  /** The region that receives it. */
  readonly region: number;
  /** The region's seat count after this award. */
  readonly seats: T;
  /**
   * Why: for divisor methods the priority (weight ÷ method divisor of the seats held, `"Infinity"`
   * for a first seat under Adams or Huntington–Hill); for Hamilton the fractional remainder of the
   * quota. Rounded half up to 6 places for display; decisions were made exactly.
   */
  readonly priority: string;
}

/**
 * An exact tie that decided the last seat(s), and how it was broken.
 * @category Allocation
 */
export interface ApportionmentTie<T extends number | bigint = number> {
  /** The tied regions, in tie-break order. */
  readonly regions: readonly number[];
  /** How many seats they contested (fewer than they could have taken). */
  readonly seatsContested: T;
  /** The regions that received at least one contested seat. */
  readonly winners: readonly number[];
  /** The common priority (divisor methods) or remainder (Hamilton), for display. */
  readonly priority: string;
}

/**
 * The result of {@link apportion}.
 * @category Allocation
 */
export interface Apportionment<T extends number | bigint = number> {
  /** The method used. */
  readonly method: ApportionmentMethod;
  /** The total number of seats. */
  readonly total: T;
  /** Seats per region, in input order; they add up to `total`. */
  readonly seats: readonly T[];
  /**
   * Divisor methods: a divisor, as exact decimal text with as few digits as possible, that yields
   * exactly these seats by the method's rounding (clamped to each region's bounds); `null` when no
   * divisor does so without a tie-break (see `ties`), when zero-weight regions had to take seats, or
   * when Adams/Huntington–Hill cannot give every positive-weight region a first seat. Hamilton: `null`.
   */
  readonly divisor: string | null;
  /**
   * Hamilton: the quota (weight per seat among regions not held at a bound; with
   * `hamiltonMinimums: "raise"` the total weight per seat), exactly; `null` for divisor methods or
   * when every region is held at a bound.
   */
  readonly quota: ExactFraction | null;
  /**
   * Hamilton: each region's exact quota after floors and caps (with `hamiltonMinimums: "raise"`, its
   * quota of the full total before any region is raised); `null` for divisor methods.
   */
  readonly quotas: readonly ExactFraction[] | null;
  /** Exact ties that decided the last seat(s); empty when none. */
  readonly ties: readonly ApportionmentTie<T>[];
  /** The last seat awards (at most `stepCount`), in award order. */
  readonly steps: readonly ApportionmentStep<T>[];
  /**
   * The award that just missed: for divisor methods the seat number `total + 1` would go to; for
   * Hamilton the largest remainder not rounded up. `null` when there is none.
   */
  readonly runnerUp: ApportionmentStep<T> | null;
}
