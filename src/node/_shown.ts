import { redactText } from "../message/redact.js";

/**
 * A value from the input as it may appear in a message: 16-digit runs (a NIK or KK) masked first,
 * then cut to `max` characters, in double quotes.
 * @internal
 */
export function shown(value: string, max = 40): string {
  const text = redactText(value);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** A household id as it may appear in an event: 16-digit runs masked, at most 100 characters. @internal */
export function shownId(id: string): string {
  const text = redactText(id);
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}
