import { failure, type TepatSasaranError } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { householdMessages } from "./messages.js";

/** The error for an option of a household function that is not what it must be (both languages). @internal */
export function badOption(option: string, value: unknown, expected: string): TepatSasaranError {
  return failure(householdMessages, "household.bad_option", { option, value: describeValue(value), expected });
}
