import { rupiah, type Rupiah } from "../money/rupiah.js";
import { formatAmount, wholeText } from "../money/_wholeAmount.js";

/**
 * A non-negative Rupiah amount read from a decimal string (a parameter value or an input), or
 * `undefined` when it is not one: checks turn that into an unknown or failed outcome, never a throw.
 * @internal
 */
export function amountOf(value: unknown): Rupiah | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const amount = rupiah(value);
    return amount.isNegative() ? undefined : amount;
  } catch {
    return undefined;
  }
}

/**
 * An amount as written, with its cents when it has any (a UMP such as `Rp3.579.313,77`), for a
 * check's expected/received values. A safe integer (a sum kept as a number) is written as the Rupiah of it.
 * @internal
 */
export function exactText(amount: Rupiah | number): string {
  if (typeof amount === "number") return wholeText(amount);
  return formatAmount(amount, { decimals: amount.decimal.isInteger() ? 0 : 2 });
}
