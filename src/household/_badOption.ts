import { failure, type TepatSasaranError } from "../message/error.js";
import type { Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { householdMessages } from "./messages.js";

/** What an options argument must be, in each language. @internal */
export const AN_OBJECT: Text = { id: "objek", en: "an object" };

/**
 * The error for an option of a household function that is not what it must be, `expected` worded in
 * each language. @internal
 */
export function badOption(option: string, value: unknown, expected: Text): TepatSasaranError {
  return failure(householdMessages, "household.bad_option", { option, value: describeValue(value), expected });
}
