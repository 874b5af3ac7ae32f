import { failure } from "../message/error.js";
import { Decimal } from "./decimal.js";
import { moneyMessages } from "./messages.js";
import { Rupiah, ratioToDecimal, rupiahToDecimal, type RatioInput, type RupiahInput } from "./rupiah.js";

/**
 * Options of {@link allocateRupiah}.
 * @category Money
 */
export interface AllocateRupiahOptions {
  /** Every part is a multiple of this unit (default Rp 1); the total must be one too. */
  readonly unit?: RupiahInput;
}

/**
 * Turn non-negative decimal weights into exact integers with a common scale.
 * @internal
 */
export function scaledWeights(weights: readonly RatioInput[]): bigint[] {
  if (weights.length === 0) throw failure(moneyMessages, "money.no_weights");
  const decimals: Decimal[] = [];
  let places = 0;
  weights.forEach((weight, index) => {
    let value: Decimal;
    try {
      value = ratioToDecimal(weight);
    } catch {
      throw failure(moneyMessages, "money.bad_weight", { index, value: String(weight) });
    }
    if (value.isNegative() && !value.isZero()) {
      throw failure(moneyMessages, "money.bad_weight", { index, value: value.toString() });
    }
    places = Math.max(places, value.decimalPlaces());
    decimals.push(value);
  });
  const scale = new Decimal(10).pow(places);
  return decimals.map((value) => BigInt(value.times(scale).toFixed(0)));
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
  const totalValue = rupiahToDecimal(total);
  const unit = rupiahToDecimal(options.unit ?? 1);
  if (!unit.isPositive() || unit.isZero()) throw failure(moneyMessages, "money.bad_unit", { unit: unit.toString() });
  if (totalValue.isNegative() && !totalValue.isZero()) {
    throw failure(moneyMessages, "money.negative_total", { total: totalValue.toString() });
  }
  const unitsDecimal = totalValue.dividedBy(unit);
  if (!unitsDecimal.isInteger()) {
    throw failure(moneyMessages, "money.total_not_multiple", { total: totalValue.toString(), unit: unit.toString() });
  }
  const units = BigInt(unitsDecimal.toFixed(0));
  const scaled = scaledWeights(weights);
  const weightSum = scaled.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw failure(moneyMessages, "money.all_zero_weights");

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
  return parts.map((part) => new Rupiah(new Decimal(part.toString()).times(unit)));
}
