import { asLibraryError, failure } from "../message/error.js";
import { wordIn } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { NeumaierSum } from "./_sum.js";
import {
  allZero,
  badValue,
  badWeight,
  checkAlpha,
  checkFinite,
  checkLine,
  checkOptions,
  checkSample,
  guarded,
  wattsFloor,
  wattsNonPositive,
} from "./_input.js";
import { accumulatorMessages, measureMessages } from "./messages.js";
import type { WattsPolicy } from "./types.js";
import { rowFailure } from "../message/_rowFailure.js";

/**
 * Options of {@link PovertyAccumulator}.
 * @category Measures
 */
export interface PovertyAccumulatorOptions {
  /** Default poverty line for {@link PovertyAccumulator.add} calls that give none. */
  readonly line?: number | undefined;
  /** Extra FGT α values to accumulate besides 0, 1 and 2 (each finite, ≥ 0). */
  readonly alphas?: readonly number[] | undefined;
  /** What Watts does with values ≤ 0; default `{ nonPositive: "error" }`. */
  readonly watts?: WattsPolicy | undefined;
}

/**
 * The result of a {@link PovertyAccumulator}: the decomposable part of a {@link PovertyProfile}.
 * @category Measures
 */
export interface PovertyAccumulatorResult {
  /** Number of observations added. */
  readonly count: number;
  /** Weighted population. */
  readonly population: number;
  /** Weighted number of poor. */
  readonly poor: number;
  /** Headcount ratio. */
  readonly p0: number;
  /** Poverty gap index. */
  readonly p1: number;
  /** Poverty severity index. */
  readonly p2: number;
  /** Watts index. */
  readonly watts: number;
  /** P_α for each extra α, in the order given. */
  readonly fgt: readonly {
    /** The α. */
    readonly alpha: number;
    /** P_α. */
    readonly value: number;
  }[];
}

/**
 * A plain, JSON-safe snapshot of an accumulator (e.g. to send from a worker thread).
 * @category Measures
 */
export interface PovertyAccumulatorState {
  /** The default line, or null. */
  readonly line: number | null;
  /** The extra FGT α values. */
  readonly alphas: readonly number[];
  /** The Watts floor; 0 for the "error" policy. */
  readonly wattsMinimum: number;
  /** Observations added. */
  readonly count: number;
  /** [sum, compensation] pairs: population, poor, P1, P2, Watts, then one per extra α. */
  readonly sums: readonly (readonly [number, number])[];
}

/**
 * A mergeable accumulator of decomposable poverty measures: P0, P1, P2, Watts, any extra FGT α,
 * the weighted population and number of poor. Feed rows with {@link PovertyAccumulator.add}; combine
 * partitions (regencies, files, worker threads) with {@link PovertyAccumulator.merge}; read with
 * {@link PovertyAccumulator.result}. Every total is a Neumaier-compensated sum, so the merge of
 * partitions equals the single pass to rounding (exactly when the sums are exact, e.g. integer weights
 * and dyadic gaps), and 10 million rows do not drift.
 *
 * Weights are summed as given: unlike {@link povertyProfile} and {@link fgt}, which rescale weights
 * below 2⁻⁴⁰⁰ or above 2⁴⁰⁰ by a power of two, an accumulator cannot (partitions must share one scale),
 * so give it weights in an ordinary range (persons, survey weights).
 *
 * The Sen index and the Gini are not decomposable (they need the whole sorted distribution of the poor)
 * and are not accumulated; use {@link povertyProfile} on the full data for them.
 *
 * @example
 * import { PovertyAccumulator } from "tepat-sasaran/measure";
 *
 * const north = new PovertyAccumulator({ line: 125 });
 * north.add(100).add(150);
 * const south = new PovertyAccumulator({ line: 125 });
 * south.add(110, 1).add(160, 1);
 * north.merge(south).result().p1 //=> 0.08
 * @category Measures
 */
export class PovertyAccumulator {
  readonly #line: number | null;
  readonly #alphas: readonly number[];
  readonly #floor: number;
  #count = 0;
  readonly #sums: NeumaierSum[];

  /**
   * @param options - Default `line`, extra `alphas`, `watts` policy.
   * @throws TepatSasaranError `measure.line_invalid`, `measure.alpha_invalid`, `measure.watts_minimum_invalid`.
   */
  constructor(options: PovertyAccumulatorOptions = {}) {
    const { line, alphas, floor } = guarded("PovertyAccumulator", () => {
      checkOptions(options, "PovertyAccumulator");
      const given = options.line;
      if (given !== undefined) checkLine(given, 0);
      const list = options.alphas === undefined ? [] : checkSample(options.alphas, "PovertyAccumulator", "alphas");
      if (list.length > MAX_ALPHAS) throw failure(accumulatorMessages, "measure.state_invalid", { reason: { id: `lebih dari ${MAX_ALPHAS} alpha`, en: `more than ${MAX_ALPHAS} alphas` } });
      const copied: number[] = [];
      for (let k = 0; k < list.length; k++) {
        const alpha = list[k] as number;
        checkAlpha(alpha);
        copied.push(alpha);
      }
      return { line: given ?? null, alphas: copied, floor: wattsFloor(options.watts) };
    });
    this.#line = line;
    this.#alphas = alphas;
    this.#floor = floor;
    this.#sums = Array.from({ length: 5 + alphas.length }, () => new NeumaierSum());
  }

  /**
   * Add one observation.
   *
   * @param value - The welfare value (finite).
   * @param weight - Its population weight (finite, ≥ 0); default 1.
   * @param line - Its poverty line; default the accumulator's `line`.
   * @returns This accumulator (for chaining).
   * @throws TepatSasaranError naming the row as its position among the rows added to this accumulator:
   *   `measure.value_not_finite`, weight errors, `measure.line_invalid`, `measure.line_missing`,
   *   `measure.watts_non_positive`.
   */
  add(value: number, weight = 1, line?: number): this {
    const index = this.#count;
    if (typeof value !== "number" || !Number.isFinite(value)) badValue(value, index);
    if (typeof weight !== "number") badWeight(weight, index);
    if (!(weight >= 0) || weight === Infinity) badWeight(weight, index);
    if (line !== undefined) checkLine(line, index);
    const z = line ?? this.#line;
    if (z === null) throw rowFailure(accumulatorMessages, "measure.line_missing", { index });
    const sums = this.#sums;
    if (value < z) {
      let watts = value < this.#floor ? this.#floor : value;
      if (watts <= 0) wattsNonPositive(value, index);
      if (watts > z) watts = z;
      const gap = (z - value) / z;
      (sums[1] as NeumaierSum).add(weight);
      (sums[2] as NeumaierSum).add(weight * gap);
      (sums[3] as NeumaierSum).add(weight * gap * gap);
      (sums[4] as NeumaierSum).add(weight * Math.log(z / watts));
      this.#alphas.forEach((alpha, k) => (sums[5 + k] as NeumaierSum).add(weight * (alpha === 0 ? 1 : gap ** alpha)));
    }
    (sums[0] as NeumaierSum).add(weight);
    this.#count = index + 1;
    return this;
  }

  /**
   * Combine with another accumulator of the same kind. Neither input changes.
   *
   * @param other - An accumulator with the same `alphas` and Watts policy.
   * @returns A new accumulator holding both (its default line is this one's).
   * @throws TepatSasaranError `measure.accumulator_incompatible`.
   */
  merge(other: PovertyAccumulator): PovertyAccumulator {
    if (!PovertyAccumulator.#isAccumulator(other)) {
      const is = describeValue(other);
      const reason = { id: `jenis (${wordIn(is, "id")} bukan PovertyAccumulator)`, en: `kind (${wordIn(is, "en")} is not a PovertyAccumulator)` };
      throw failure(accumulatorMessages, "measure.accumulator_incompatible", { reason });
    }
    const mine = this.state();
    const theirs = other.state();
    if (mine.alphas.length !== theirs.alphas.length || mine.alphas.some((a, k) => a !== theirs.alphas[k])) {
      throw failure(accumulatorMessages, "measure.accumulator_incompatible", { reason: "alphas" });
    }
    if (mine.wattsMinimum !== theirs.wattsMinimum) {
      throw failure(accumulatorMessages, "measure.accumulator_incompatible", { reason: "watts" });
    }
    const merged = PovertyAccumulator.fromState(mine);
    merged.#count += theirs.count;
    other.#sums.forEach((sum, k) => (merged.#sums[k] as NeumaierSum).addSum(sum));
    return merged;
  }

  /**
   * The measures so far.
   *
   * @returns P0, P1, P2, Watts, extra FGT, population and poor.
   * @throws TepatSasaranError `measure.empty` (nothing added), `measure.weights_all_zero`.
   */
  result(): PovertyAccumulatorResult {
    if (this.#count === 0) throw failure(measureMessages, "measure.empty", { what: "PovertyAccumulator" });
    const [population, poor, p1, p2, watts] = this.#sums.map((s) => checkFinite(s.value())) as [
      number,
      number,
      number,
      number,
      number,
    ];
    if (population === 0) allZero();
    return {
      count: this.#count,
      population,
      poor,
      p0: poor / population,
      p1: p1 / population,
      p2: p2 / population,
      watts: watts / population,
      fgt: this.#alphas.map((alpha, k) => ({
        alpha,
        value: checkFinite((this.#sums[5 + k] as NeumaierSum).value()) / population,
      })),
    };
  }

  /**
   * A JSON-safe snapshot, to rebuild with {@link PovertyAccumulator.fromState}.
   * @returns The state.
   */
  state(): PovertyAccumulatorState {
    return {
      line: this.#line,
      alphas: [...this.#alphas],
      wattsMinimum: this.#floor,
      count: this.#count,
      sums: this.#sums.map((s) => [s.sum, s.compensation] as const),
    };
  }

  /**
   * Rebuild an accumulator from {@link PovertyAccumulator.state}.
   *
   * @param state - A snapshot.
   * @returns An accumulator equal to the one snapshotted.
   * @throws TepatSasaranError `measure.state_invalid`, or an option error.
   */
  static fromState(state: PovertyAccumulatorState): PovertyAccumulator {
    try {
      const checked = checkState(state);
      const accumulator = new PovertyAccumulator(checked.options);
      if (checked.sums.length !== accumulator.#sums.length) throw failure(accumulatorMessages, "measure.state_invalid", { reason: "sums" });
      accumulator.#count = checked.count;
      checked.sums.forEach(([sum, compensation], k) => {
        const target = accumulator.#sums[k] as NeumaierSum;
        target.sum = sum;
        target.compensation = compensation;
      });
      return accumulator;
    } catch (error) {
      throw asLibraryError(error, "PovertyAccumulator.fromState");
    }
  }

  /** Whether a value is an accumulator (never throws, even for a revoked Proxy). */
  static #isAccumulator(value: unknown): value is PovertyAccumulator {
    try {
      return value !== null && typeof value === "object" && #sums in value;
    } catch {
      return false;
    }
  }
}

/** Extra α values an accumulator (or a state passed back in) may carry. */
const MAX_ALPHAS = 100;

/**
 * Check a state passed back in (from JSON, a worker, a stored file) so that no merge or result runs
 * on a value it could not read: the options (checked again by the constructor), a whole count ≥ 0,
 * finite `[sum, compensation]` pairs, non-negative population and poor totals with poor ≤ population,
 * and no population without a count.
 */
function checkState(state: PovertyAccumulatorState): {
  options: PovertyAccumulatorOptions;
  count: number;
  sums: readonly [number, number][];
} {
  if (state === null || typeof state !== "object") throw failure(accumulatorMessages, "measure.state_invalid", { reason: { id: "bukan objek", en: "not an object" } });
  const { line, alphas, wattsMinimum, count, sums } = state;
  if (!(typeof wattsMinimum === "number" && wattsMinimum >= 0 && wattsMinimum < Infinity)) {
    throw failure(accumulatorMessages, "measure.state_invalid", { reason: "wattsMinimum" });
  }
  if (line !== null && typeof line !== "number") throw failure(accumulatorMessages, "measure.state_invalid", { reason: "line" });
  const watts: WattsPolicy = wattsMinimum === 0 ? { nonPositive: "error" } : { nonPositive: "floor", minimum: wattsMinimum };
  if (!Number.isSafeInteger(count) || count < 0) throw failure(accumulatorMessages, "measure.state_invalid", { reason: "count" });
  if (!Array.isArray(sums) || sums.length < 5 || sums.length > 5 + MAX_ALPHAS) {
    throw failure(accumulatorMessages, "measure.state_invalid", { reason: "sums" });
  }
  const pairs: [number, number][] = [];
  for (let k = 0; k < sums.length; k++) {
    const pair: unknown = sums[k];
    if (!Array.isArray(pair) || pair.length !== 2 || !Number.isFinite(pair[0]) || !Number.isFinite(pair[1])) {
      throw failure(accumulatorMessages, "measure.state_invalid", { reason: `sums[${k}]` });
    }
    pairs.push([pair[0] as number, pair[1] as number]);
  }
  const total = (k: number) => (pairs[k] as [number, number])[0] + (pairs[k] as [number, number])[1];
  const population = total(0);
  const poor = total(1);
  if (!(population >= 0) || !(poor >= 0) || poor > population * (1 + 1e-12) || (count === 0 && population !== 0)) {
    throw failure(accumulatorMessages, "measure.state_invalid", { reason: { id: "total penduduk dan penduduk miskin (sums[0], sums[1])", en: "population and poor totals (sums[0], sums[1])" } });
  }
  return { options: { line: line ?? undefined, alphas, watts }, count, sums: pairs };
}
