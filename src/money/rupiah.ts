import { deepFreeze } from "../_internal/deepFreeze.js";
import { asLibraryError, failure } from "../message/error.js";
import { describeValue, typeName } from "../message/redact.js";
import { BIGINT_LIMIT } from "./_limits.js";
import { Decimal, exactly, parseDecimalText, roundToUnit, type Rounding } from "./decimal.js";
import { WholeSum } from "./_wholeSum.js";
import { moneyListMessages, moneyMessages, moneyWholeMessages } from "./messages.js";

/**
 * Anything {@link rupiah} accepts: a `Rupiah`, a decimal string (`"1234567"`, `"12.5"`), a bigint,
 * or a safe-integer `number`. Fractional numbers are refused: pass `"0.1"`, not `0.1`.
 * @category Money
 */
export type RupiahInput = Rupiah | string | bigint | number;

/**
 * A ratio for {@link Rupiah.times}: a finite number, a decimal string or a bigint.
 * @category Money
 */
export type RatioInput = number | string | bigint;

/**
 * Options of {@link rupiah}.
 * @category Money
 */
export interface RupiahOptions {
  /** Refuse fractions of a rupiah (default `false`). */
  readonly whole?: boolean;
}

/**
 * Rounding modes: `half-up` (half away from zero), `half-even` (banker's), `down` (toward zero),
 * `up` (away from zero).
 * @category Money
 */
export type RoundingMode = "half-up" | "half-even" | "down" | "up";

/**
 * Options of {@link Rupiah.round}.
 * @category Money
 */
export interface RoundOptions {
  /** The unit to round to, e.g. `1`, `100` or `1000` rupiah (default `1`). */
  readonly unit?: RupiahInput;
  /** The rounding mode (default `"half-up"`). */
  readonly mode?: RoundingMode;
}

const MODES: Readonly<Record<RoundingMode, Rounding>> = {
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * The decimal.js rounding of a mode; throws `money.bad_mode` for anything else.
 * @internal
 */
export function roundingOf(mode: RoundingMode): Rounding {
  if (typeof mode !== "string" || !Object.prototype.hasOwnProperty.call(MODES, mode)) {
    throw failure(moneyMessages, "money.bad_mode", { mode: describeValue(mode) });
  }
  return MODES[mode];
}

/** `read(value)`, any error that is not the library's own turned into one (a hostile value). */
function guarded<V>(value: V, read: (value: V) => Decimal, what: string): Decimal {
  try {
    return read(value);
  } catch (error) {
    throw asLibraryError(error, what);
  }
}

/** Whether a value is a `Rupiah`, without letting a revoked Proxy throw. */
function isRupiahValue(value: unknown): value is Rupiah {
  try {
    return value instanceof Rupiah;
  } catch {
    return false;
  }
}

function fromBigint(input: bigint, code: "money.not_a_number" | "money.bad_ratio"): Decimal {
  // As long as the longest accepted text: beyond it a bigint costs time to convert, not precision.
  if (input >= BIGINT_LIMIT || input <= -BIGINT_LIMIT) throw failure(moneyMessages, code, { value: describeValue(input) });
  return new Decimal(input.toString());
}

/** @internal Exported as `rupiahToDecimal`. */
function toDecimal(input: RupiahInput): Decimal {
  switch (typeof input) {
    case "string": {
      const parsed = parseDecimalText(input);
      if (!parsed) throw failure(moneyMessages, "money.not_a_number", { value: describeValue(input) });
      return parsed;
    }
    case "bigint":
      return fromBigint(input, "money.not_a_number");
    case "number":
      if (!Number.isFinite(input)) throw failure(moneyMessages, "money.not_finite", { value: String(input) });
      if (!Number.isInteger(input)) throw failure(moneyMessages, "money.fractional_number", { value: String(input) });
      if (!Number.isSafeInteger(input)) throw failure(moneyMessages, "money.unsafe_number", { value: String(input) });
      return new Decimal(input);
    default:
      if (isRupiahValue(input)) return input.decimal;
      throw failure(moneyMessages, "money.bad_type", { type: typeName(input) });
  }
}

/**
 * Convert a ratio to a decimal; throws `money.bad_ratio` for NaN, ±Infinity or malformed text.
 * @internal
 */
export function ratioToDecimal(ratio: RatioInput): Decimal {
  if (typeof ratio === "number") {
    if (!Number.isFinite(ratio)) throw failure(moneyMessages, "money.bad_ratio", { value: String(ratio) });
    return new Decimal(ratio);
  }
  if (typeof ratio === "bigint") return fromBigint(ratio, "money.bad_ratio");
  const parsed = typeof ratio === "string" ? parseDecimalText(ratio) : undefined;
  if (!parsed) throw failure(moneyMessages, "money.bad_ratio", { value: describeValue(ratio) });
  return parsed;
}

/**
 * An exact, immutable amount of Indonesian Rupiah. Arithmetic is decimal (never binary floating
 * point) and exact: sums, differences, products and roundings keep every digit, however long the
 * amounts (inputs are at most 200 characters or digits each); JSON serialisation is a decimal string
 * such as `"1234567"`, never in exponent notation.
 *
 * @example
 * const perTahap = rupiah(3_000_000).times("0.25"); // Rp750.000
 * perTahap.toString() //=> "750000"
 * JSON.stringify({ amount: perTahap }) //=> '{"amount":"750000"}'
 * @category Money
 */
export class Rupiah {
  /** @internal The exact decimal value. */
  readonly decimal: Decimal;

  /** @internal Use {@link rupiah} to construct. */
  constructor(decimal: Decimal) {
    let ok: boolean;
    try {
      ok = decimal instanceof Decimal && decimal.isFinite();
    } catch {
      ok = false;
    }
    if (!ok) throw failure(moneyMessages, "money.bad_type", { type: typeName(decimal) });
    // -0 and 0 are the same amount.
    this.decimal = decimal.isZero() ? new Decimal(0) : decimal;
    Object.freeze(this);
  }

  /**
   * The sum of this amount and another.
   * @example rupiah(100).plus("50").toString() //=> "150"
   */
  plus(other: RupiahInput): Rupiah {
    return new Rupiah(exactly(this.decimal, "plus", guarded(other, toDecimal, "Rupiah.plus")));
  }

  /**
   * This amount minus another.
   * @example rupiah(100).minus(30).toString() //=> "70"
   */
  minus(other: RupiahInput): Rupiah {
    return new Rupiah(exactly(this.decimal, "minus", guarded(other, toDecimal, "Rupiah.minus")));
  }

  /**
   * This amount multiplied by a ratio, exactly (round afterwards with {@link Rupiah.round}).
   * @example rupiah(200_000).times(3).toString() //=> "600000"
   */
  times(ratio: RatioInput): Rupiah {
    return new Rupiah(exactly(this.decimal, "times", guarded(ratio, ratioToDecimal, "Rupiah.times")));
  }

  /**
   * `-1`, `0` or `1` as this amount is less than, equal to or greater than the other.
   * @example rupiah(1).compare(2) //=> -1
   */
  compare(other: RupiahInput): -1 | 0 | 1 {
    return this.decimal.comparedTo(guarded(other, toDecimal, "Rupiah.compare")) as -1 | 0 | 1;
  }

  /**
   * Whether two amounts are equal.
   * @example rupiah("100.00").equals(100) //=> true
   */
  equals(other: RupiahInput): boolean {
    return this.decimal.equals(guarded(other, toDecimal, "Rupiah.equals"));
  }

  /**
   * Whether the amount is zero.
   * @example rupiah(0).isZero() //=> true
   */
  isZero(): boolean {
    return this.decimal.isZero();
  }

  /**
   * Whether the amount is below zero.
   * @example rupiah(-1).isNegative() //=> true
   */
  isNegative(): boolean {
    return this.decimal.isNegative();
  }

  /**
   * Whether the amount is a whole number of rupiah.
   * @example rupiah("12.5").isWhole() //=> false
   */
  isWhole(): boolean {
    return this.decimal.isInteger();
  }

  /**
   * Round to a multiple of `unit` (default Rp 1) with a declared mode (default `"half-up"`).
   * Rounding is idempotent: rounding a rounded amount again changes nothing.
   * @example rupiah(1_234_567).round({ unit: 1000, mode: "down" }).toString() //=> "1234000"
   */
  round(options: RoundOptions = {}): Rupiah {
    try {
      const unit = toDecimal(options.unit ?? 1);
      if (!unit.isPositive() || unit.isZero()) throw failure(moneyMessages, "money.bad_unit", { unit: unit.toString() });
      const mode = options.mode ?? "half-up";
      const rounding = roundingOf(mode);
      return new Rupiah(unit.eq(1) ? this.decimal.toDecimalPlaces(0, rounding) : roundToUnit(this.decimal, unit, rounding));
    } catch (error) {
      throw asLibraryError(error, "Rupiah.round");
    }
  }

  /**
   * The amount as a plain decimal string (no exponent, no grouping), e.g. `"1234567"` or `"12.5"`.
   * @example rupiah("1000.50").toString() //=> "1000.5"
   */
  toString(): string {
    return this.decimal.toString();
  }

  /**
   * JSON form: the decimal string.
   * @example JSON.stringify(rupiah(5)) //=> '"5"'
   */
  toJSON(): string {
    return this.decimal.toString();
  }

  /**
   * The nearest JavaScript number, for statistics (ratios, indices) only; never do money arithmetic on it.
   * @example rupiah(833_955).toNumber() //=> 833955
   */
  toNumber(): number {
    return this.decimal.toNumber();
  }
}

/**
 * Construct a {@link Rupiah} from a decimal string, a bigint, a safe-integer number or another `Rupiah`.
 * Throws a `TepatSasaranError` naming the bad value for NaN, ±Infinity, malformed strings, fractional
 * numbers, unsafe integers, or (with `{ whole: true }`) fractions of a rupiah.
 *
 * @param input - The amount.
 * @param options - `whole: true` refuses fractions of a rupiah.
 * @returns The exact amount.
 * @example
 * rupiah("833955").toString() //=> "833955"
 * rupiah(12_345_678_901_234_567_890n).toString() //=> "12345678901234567890"
 * rupiah("12.5", { whole: true }) //=> throws money.not_whole
 * @category Money
 */
export function rupiah(input: RupiahInput, options: RupiahOptions = {}): Rupiah {
  try {
    const whole = options?.whole === true;
    if (!whole && isRupiahValue(input)) return input;
    const value = toDecimal(input);
    if (whole && !value.isInteger()) throw failure(moneyWholeMessages, "money.not_whole", { value: describeValue(value.toString()) });
    return new Rupiah(value);
  } catch (error) {
    throw asLibraryError(error, "rupiah");
  }
}

/**
 * Whether a value is a {@link Rupiah}.
 *
 * @param value - Anything.
 * @returns `true` for a `Rupiah` instance.
 * @example
 * isRupiah(rupiah(1)) //=> true
 * isRupiah("1") //=> false
 * @category Money
 */
export function isRupiah(value: unknown): value is Rupiah {
  return isRupiahValue(value);
}

/**
 * Rp 0.
 * @example ZERO_RUPIAH.isZero() //=> true
 * @category Money
 */
export const ZERO_RUPIAH: Rupiah = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ new Rupiah(/* @__PURE__ */ new Decimal(0)));

/**
 * The exact sum of a list of amounts (Rp 0 for an empty list).
 *
 * @param amounts - Amounts to add.
 * @returns Their sum.
 * @example
 * sumRupiah([rupiah(1), "2", 3n]).toString() //=> "6"
 * @category Money
 */
export function sumRupiah(amounts: Iterable<RupiahInput>): Rupiah {
  try {
    // Whole amounts below 10^15 are added as numbers while the sum is a safe integer (see WholeSum).
    const sum = new WholeSum();
    // An array is read by index: no iterator object per sum (the assessor sums every household's benefits).
    if (Array.isArray(amounts)) for (let i = 0; i < amounts.length; i++) addAmount(sum, amounts[i] as RupiahInput);
    else for (const amount of iterate(amounts, "sumRupiah")) addAmount(sum, amount);
    return sum.value();
  } catch (error) {
    throw asLibraryError(error, "sumRupiah");
  }
}

/** Add an amount of any accepted form to a sum. */
function addAmount(sum: WholeSum, amount: RupiahInput): void {
  sum.add(isRupiahValue(amount) ? amount : new Rupiah(toDecimal(amount)));
}

/** The amounts of an iterable; `money.not_a_list` for anything else (a string is not a list of amounts). */
function iterate(amounts: Iterable<RupiahInput>, what: string): Iterable<RupiahInput> {
  const iterable =
    amounts !== null && typeof amounts === "object" && typeof (amounts as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";
  if (!iterable) throw failure(moneyListMessages, "money.not_a_list", { what, value: describeValue(amounts) });
  return amounts;
}

function extreme(amounts: Iterable<RupiahInput>, sign: 1 | -1, what: string): Rupiah {
  try {
    let best: Decimal | undefined;
    for (const amount of iterate(amounts, what)) {
      const value = toDecimal(amount);
      if (best === undefined || value.comparedTo(best) === sign) best = value;
    }
    if (best === undefined) throw failure(moneyListMessages, "money.empty_list");
    return new Rupiah(best);
  } catch (error) {
    throw asLibraryError(error, what);
  }
}

/**
 * The smallest of a non-empty list of amounts.
 *
 * @param amounts - Amounts to compare.
 * @returns The minimum.
 * @example
 * minRupiah([5, 2, 9]).toString() //=> "2"
 * @category Money
 */
export function minRupiah(amounts: Iterable<RupiahInput>): Rupiah {
  return extreme(amounts, -1, "minRupiah");
}

/**
 * The largest of a non-empty list of amounts.
 *
 * @param amounts - Amounts to compare.
 * @returns The maximum.
 * @example
 * maxRupiah([5, 2, 9]).toString() //=> "9"
 * @category Money
 */
export function maxRupiah(amounts: Iterable<RupiahInput>): Rupiah {
  return extreme(amounts, 1, "maxRupiah");
}

/** @internal */
export { toDecimal as rupiahToDecimal };
