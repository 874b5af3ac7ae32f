import type { Issue } from "./error.js";
import type { Text } from "./message.js";

// Masking of NIK and KK numbers, shared by every layer: the message core applies it to every value
// it interpolates, so no library message can carry a full 16-digit number whichever layer builds it.
// The public entry is `maskNik` (household layer); this module is internal.

const BULLET = "•";

/**
 * Mask a NIK-like value for display: four characters at each end, bullets between (at most 12);
 * up to 8 characters are hidden completely.
 * @internal
 */
export function maskDigits(value: string): string {
  const text = typeof value === "string" ? value : String(value);
  // Count code points only on a bounded prefix, so a 1 MB string costs nothing.
  const short = Array.from(text.slice(0, 40));
  const length = text.length > 40 ? Number.POSITIVE_INFINITY : short.length;
  if (length <= 8) return BULLET.repeat(length);
  const head = short.slice(0, 4).join("");
  const tail = Array.from(text.slice(-8)).slice(-4).join("");
  return `${head}${BULLET.repeat(Math.min(length - 8, 12))}${tail}`;
}

// A run of 16 or more digits, possibly grouped by single spaces, dots or hyphens.
const LONG_NUMBER = /\d(?:[ .-]?\d){15,}/g;
const HAS_LONG_NUMBER = /\d(?:[ .-]?\d){15,}/;
const MAX_TEXT = 500;

/**
 * Mask every run of 16 or more digits in a text (a NIK or KK number, grouped or not).
 * @internal
 */
export function maskLongNumbers(text: string): string {
  return HAS_LONG_NUMBER.test(text) ? text.replace(LONG_NUMBER, (run) => maskDigits(run)) : text;
}

/** Mask every long digit run in a text and cap its length. @internal */
export function redactText(text: string): string {
  const masked = maskLongNumbers(text);
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** {@link redactText} on both languages of an issue's message. @internal */
export function redactIssue(found: Issue): Issue {
  const message: Text = { id: redactText(found.message.id), en: redactText(found.message.en) };
  return { path: found.path, code: found.code, message };
}
