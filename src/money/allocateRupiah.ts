import { asLibraryError, failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { Decimal } from "./decimal.js";
import { moneyListMessages, moneyMessages, moneySplitMessages } from "./messages.js";
import { Rupiah, ratioToDecimal, rupiahToDecimal, type RatioInput, type RupiahInput } from "./rupiah.js";

/**
 * Options of {@link allocateRupiah}.
 * @category Money
 */
export interface AllocateRupiahOptions {
  /** Every part is a multiple of this unit (default Rp 1); the total must be one too. */
  readonly unit?: RupiahInput;
}

/** A decimal as an exact integer over a power of ten: `value / 10^places`. */
interface Scaled {
  readonly value: bigint;
  readonly places: number;
}

function scale(decimal: Decimal): Scaled {
  const places = decimal.decimalPlaces();
  return { value: BigInt(decimal.toFixed(places).replace(".", "")), places };
}

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/**
 * Turn non-negative decimal weights into exact integers with a common scale. A hole in the list is
 * an error with its index (never skipped, which would shift every later share).
 * @internal
 */
export function scaledWeights(weights: readonly RatioInput[]): bigint[] {
  if (!Array.isArray(weights)) throw failure(moneyListMessages, "money.not_a_list", { what: "allocateRupiah", value: describeValue(weights) });
  if (weights.length === 0) throw failure(moneySplitMessages, "money.no_weights");
  const parsed: Scaled[] = [];
  let places = 0;
  for (let index = 0; index < weights.length; index++) {
    if (!(index in weights)) throw failure(moneySplitMessages, "money.weight_hole", { index });
    const weight = weights[index] as RatioInput;
    let value: Decimal;
    try {
      value = ratioToDecimal(weight);
    } catch {
      throw failure(moneySplitMessages, "money.bad_weight", { index, value: describeValue(weight) });
    }
    if (value.isNegative() && !value.isZero()) {
      throw failure(moneySplitMessages, "money.bad_weight", { index, value: describeValue(value.toString()) });
    }
    const exact = scale(value);
    places = Math.max(places, exact.places);
    parsed.push(exact);
  }
  return parsed.map((w) => w.value * pow10(places - w.places));
}

/**
 * Split a total by non-negative weights into parts that are multiples of `unit` and add up to
 * the total **exactly**.
 *
 * Method: each part first gets the whole units of its exact share `total × wᵢ / Σw` (rounded down),
 * then the units left over go one each to the parts with the largest remainders. Ties between equal
 * remainders go to the earlier position (lower index). All arithmetic is exact integer arithmetic,
 * so each part is within one unit of its exact share. A zero weight gets Rp 0; all weights zero is
 * an error, as are a negative total and a total that is not a multiple of `unit`.
 *
 * @param total - The amount to split (≥ 0, a multiple of `unit`).
 * @param weights - One non-negative weight per part (numbers, decimal strings or bigints).
 * @param options - `unit`: parts are multiples of it (default Rp 1).
 * @returns One amount per weight, in the same order.
 * @example
 * allocateRupiah(100, [1, 1, 1]).map(String) //=> ["34", "33", "33"]
 * allocateRupiah(50_000_000_000, ["0.6", "0.4"], { unit: 1000 }).map(String)
 * //=> ["30000000000", "20000000000"]
 * @category Money
 */
export function allocateRupiah(
  total: RupiahInput,
  weights: readonly RatioInput[],
  options: AllocateRupiahOptions = {},
): Rupiah[] {
  try {
    return split(total, weights, options);
  } catch (error) {
    throw asLibraryError(error, "allocateRupiah");
  }
}

function split(total: RupiahInput, weights: readonly RatioInput[], options: AllocateRupiahOptions): Rupiah[] {
  const totalValue = rupiahToDecimal(total);
  const unit = rupiahToDecimal(options?.unit ?? 1);
  if (!unit.isPositive() || unit.isZero()) throw failure(moneyMessages, "money.bad_unit", { unit: describeValue(unit.toString()) });
  if (totalValue.isNegative() && !totalValue.isZero()) {
    throw failure(moneySplitMessages, "money.negative_total", { total: describeValue(totalValue.toString()) });
  }
  // Exact integers on a common scale: total = T / 10^places, unit = U / 10^places.
  const t = scale(totalValue);
  const u = scale(unit);
  const places = Math.max(t.places, u.places);
  const totalScaled = t.value * pow10(places - t.places);
  const unitScaled = u.value * pow10(places - u.places);
  if (totalScaled % unitScaled !== 0n) {
    throw failure(moneySplitMessages, "money.total_not_multiple", { total: describeValue(totalValue.toString()), unit: describeValue(unit.toString()) });
  }
  const units = totalScaled / unitScaled;
  const scaled = scaledWeights(weights);
  const weightSum = scaled.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw failure(moneySplitMessages, "money.all_zero_weights");

  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const weight of scaled) {
    const product = units * weight;
    const part = product / weightSum;
    parts.push(part);
    remainders.push(product % weightSum);
    given += part;
  }
  let leftover = units - given; // < number of non-zero weights
  if (leftover > 0n) {
    const order = remainders
      .map((remainder, index) => ({ remainder, index }))
      .filter((entry) => entry.remainder > 0n)
      .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
    for (const { index } of order) {
      if (leftover === 0n) break;
      parts[index] = (parts[index] as bigint) + 1n;
      leftover -= 1n;
    }
  }
  return parts.map((part) => new Rupiah(fromScaled(part * unitScaled, places)));
}

/** `value / 10^places` as an exact decimal. */
function fromScaled(value: bigint, places: number): Decimal {
  if (places === 0) return new Decimal(value.toString());
  const digits = value.toString().padStart(places + 1, "0");
  return new Decimal(`${digits.slice(0, -places)}.${digits.slice(-places)}`);
}
