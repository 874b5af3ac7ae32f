import { failure, TepatSasaranError } from "../message/error.js";
import { rupiah, type Rupiah } from "../money/rupiah.js";
import type { ParameterValue } from "../time/parameter.js";
import { programMessages } from "./messages.js";
import type { RuleContext } from "../rule/rule.js";
import { derivedOnce } from "../rule/parameterReader.js";
import type { RupiahValue } from "../rule/check.js";
import { amountValue } from "./_amount.js";

/**
 * `read()`, or `undefined` when it throws: for a benefit's `prepare`, which leaves what it cannot
 * read to `benefit`, to fail there with the same error, at the same point, as it would unprepared.
 * @internal
 */
export function attempt<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * What a benefit throws when a parameter it needs has no value in force on a date it reads (the
 * assessment date, or the first day of a month of the year it rates): `program.parameter_not_in_force`,
 * naming the parameters. An assessor turns it into an `unknown` check, never a throw (see
 * `createAssessor`); called alone (`pkhComponents`), it is the error it always was.
 * @internal
 */
export class BenefitParameterGap extends TepatSasaranError {
  /** The parameters without a value in force, in the order the benefit reads them. */
  readonly parameters: readonly string[];

  constructor(parameters: readonly string[], asOf: string) {
    const { code, text } = failure(programMessages, "program.parameter_not_in_force", { parameter: parameters.join(", "), asOf });
    super(code, text);
    this.parameters = parameters;
  }
}

/**
 * The value of a parameter a benefit needs; a benefit is computed only for an eligible household,
 * so a missing value here is a data gap in the parameters: `program.parameter_not_in_force` (a
 * {@link BenefitParameterGap}).
 * @internal
 */
export function requireParameter(context: RuleContext, id: string): ParameterValue<unknown> {
  const found = context.parameters.get(id);
  if (found === undefined) throw new BenefitParameterGap([id], context.asOf);
  return found;
}

/**
 * A Rupiah amount parameter in force (`program.parameter_not_an_amount` when it is not a
 * non-negative decimal).
 * @internal
 */
export function requireAmount(context: RuleContext, id: string): { amount: Rupiah; parameter: ParameterValue<unknown> } {
  const parameter = requireParameter(context, id);
  // Amount parameters are decimal strings: parsed once per date (kept with the reader), not per household.
  const amount = derivedOnce(context.parameters, parameter, "amount", () => {
    let read: Rupiah | undefined;
    try {
      read = rupiah(parameter.value as string);
    } catch {
      read = undefined;
    }
    return read === undefined || read.isNegative() ? undefined : read;
  });
  if (amount === undefined) throw failure(programMessages, "program.parameter_not_an_amount", { parameter: id });
  return { amount, parameter };
}

/**
 * A whole-number parameter in force.
 * @internal
 */
export function requireCount(context: RuleContext, id: string): { value: number; parameter: ParameterValue<unknown> } {
  const parameter = requireParameter(context, id);
  const value = parameter.value;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw failure(programMessages, "program.parameter_not_a_count", { parameter: id });
  }
  return { value, parameter };
}

/**
 * A monthly Rupiah amount parameter with its yearly amount (× 12) and its value for a benefit line's
 * message (`{ rupiah: "200000" }`, written per language when the line is), computed once per
 * parameter value.
 * @internal
 */
export function requireMonthly(
  context: RuleContext,
  id: string,
): { amount: Rupiah; yearly: Rupiah; value: RupiahValue; parameter: ParameterValue<unknown> } {
  const { amount, parameter } = requireAmount(context, id);
  const found = derivedOnce(context.parameters, parameter, "monthly", () => ({ yearly: amount.times(12), value: amountValue(amount) }));
  return { amount, yearly: found.yearly, value: found.value, parameter };
}

/**
 * An amount parameter as a benefit line's message value (`{ rupiah: "20000000" }`), computed once per
 * parameter value.
 * @internal
 */
export function amountValueOnce(context: RuleContext, parameter: ParameterValue<unknown>, amount: Rupiah): RupiahValue {
  return derivedOnce(context.parameters, parameter, "value", () => amountValue(amount));
}
