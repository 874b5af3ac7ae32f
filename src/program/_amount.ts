import { rupiah, type Rupiah } from "../money/rupiah.js";
import { amountText } from "../money/_wholeAmount.js";
import type { RupiahValue } from "../rule/check.js";

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
 * An amount as a check's expected/received value ({@link RupiahValue}): its exact decimal string,
 * written for the sentence's language when the check is rendered (`Rp3.579.313,77` / `Rp3,579,313.77`).
 * A safe integer (a sum kept as a number) is the Rupiah of it.
 * @internal
 */
export function amountValue(amount: Rupiah | number): RupiahValue {
  // Frozen: one value is shared by every household a parameter's amount is read for.
  return Object.freeze({ rupiah: typeof amount === "number" ? String(amount) : amountText(amount) });
}
