import type { Language, MessageValues } from "../message/message.js";
import { formatCheckValue } from "../rule/format.js";
import type { BenefitLineValues } from "./schedule.js";

/**
 * A benefit line's values for a text in `lang`: each amount (`{ rupiah }`) written as
 * `formatCheckValue` writes it (`Rp200.000` / `Rp200,000`), the rest as given.
 * @internal
 */
export function lineValuesIn(values: BenefitLineValues | undefined, lang: Language): Record<string, MessageValues[string]> {
  const out: Record<string, MessageValues[string]> = {};
  for (const key in values) {
    const value = values[key];
    out[key] = typeof value === "object" && value !== null && "rupiah" in value ? formatCheckValue(value, lang) : (value as MessageValues[string]);
  }
  return out;
}
