import { failure } from "../message/error.js";
import { formatRupiah } from "../money/format.js";
import { rupiah, type Rupiah } from "../money/rupiah.js";
import type { ParameterValue } from "../time/parameter.js";
import { programMessages } from "./messages.js";
import type { ProgramContext } from "./program.js";

/**
 * The value of a parameter a benefit needs; a benefit is computed only for an eligible household,
 * so a missing value here is a data gap in the parameters: `program.parameter_not_in_force`.
 * @internal
 */
export function requireParameter(context: ProgramContext, id: string): ParameterValue<unknown> {
  const found = context.parameters.get(id);
  if (found === undefined) throw failure(programMessages, "program.parameter_not_in_force", { parameter: id, asOf: context.asOf });
  return found;
}

// Amount parameters are decimal strings; the reader returns the same ParameterValue object for a
// date, so each amount is parsed once per date rather than once per household.
const amounts = new WeakMap<ParameterValue<unknown>, Rupiah>();

/**
 * A Rupiah amount parameter in force (`program.parameter_not_an_amount` when it is not a
 * non-negative decimal).
 * @internal
 */
export function requireAmount(context: ProgramContext, id: string): { amount: Rupiah; parameter: ParameterValue<unknown> } {
  const parameter = requireParameter(context, id);
  let amount = amounts.get(parameter);
  if (amount === undefined) {
    const value = parameter.value;
    try {
      amount = rupiah(value as string);
    } catch {
      throw failure(programMessages, "program.parameter_not_an_amount", { parameter: id });
    }
    if (amount.isNegative()) throw failure(programMessages, "program.parameter_not_an_amount", { parameter: id });
    amounts.set(parameter, amount);
  }
  return { amount, parameter };
}

/**
 * A whole-number parameter in force.
 * @internal
 */
export function requireCount(context: ProgramContext, id: string): { value: number; parameter: ParameterValue<unknown> } {
  const parameter = requireParameter(context, id);
  const value = parameter.value;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw failure(programMessages, "program.parameter_not_a_count", { parameter: id });
  }
  return { value, parameter };
}

const derived = new WeakMap<ParameterValue<unknown>, { yearly: Rupiah; text: string }>();

/**
 * A monthly Rupiah amount parameter with its yearly amount (× 12) and its text (`Rp200.000`),
 * computed once per parameter value.
 * @internal
 */
export function requireMonthly(
  context: ProgramContext,
  id: string,
): { amount: Rupiah; yearly: Rupiah; text: string; parameter: ParameterValue<unknown> } {
  const { amount, parameter } = requireAmount(context, id);
  let found = derived.get(parameter);
  if (found === undefined) {
    found = { yearly: amount.times(12), text: formatRupiah(amount) };
    derived.set(parameter, found);
  }
  return { amount, yearly: found.yearly, text: found.text, parameter };
}

const texts = new WeakMap<ParameterValue<unknown>, string>();

/**
 * An amount parameter's text (`Rp20.000.000`), computed once per parameter value.
 * @internal
 */
export function amountText(parameter: ParameterValue<unknown>, amount: Rupiah): string {
  let text = texts.get(parameter);
  if (text === undefined) {
    text = formatRupiah(amount);
    texts.set(parameter, text);
  }
  return text;
}
