import type { Text } from "../message/message.js";
import { redactText } from "../message/redact.js";
import { INVALID_MARK } from "./_mark.js";

/**
 * Text from the input as events and messages show it: the readers' mark of bytes that were not
 * valid UTF-8 (U+FDD0, `INVALID_MARK`, internal) as U+FFFD, the standard replacement character.
 */
function unmarked(text: string): string {
  return text.replaceAll(INVALID_MARK, "\uFFFD");
}

/**
 * A value from the input as it may appear in a message ({@link unmarked}): 16-digit runs (a NIK or
 * KK) masked first, then cut to `max` characters, in double quotes.
 * @internal
 */
export function shown(value: string, max = 40): string {
  const text = redactText(unmarked(value));
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** A household id as it may appear in an event ({@link unmarked}): 16-digit runs masked, at most 100 characters. @internal */
export function shownId(id: string): string {
  const text = redactText(unmarked(id));
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/**
 * A message as an event shows it ({@link unmarked}): a domain schema's message may quote a cell as
 * it was read (`money.not_a_number`: an amount), with the mark.
 * @internal
 */
export function shownText(message: Text): Text {
  return message.id.includes(INVALID_MARK) || message.en.includes(INVALID_MARK) ? { id: unmarked(message.id), en: unmarked(message.en) } : message;
}
