import type { Issue } from "../message/error.js";
import type { Text } from "../message/message.js";

const BULLET = "•";

/**
 * Mask a NIK or KK number for display: the first four and last four characters stay, everything
 * between becomes `•` (a 16-digit number shows as `6402••••••••0003`). Every message of the library
 * that mentions a NIK or KK shows it this way, as UU 27/2022 (PDP) treats both as personal data.
 * Malformed values are masked too: up to 8 characters are hidden completely, longer ones keep four
 * characters at each end with at most 12 bullets between, so the length of a huge value is not shown.
 *
 * @param value - A NIK, KK number or any text.
 * @returns The masked text.
 * @example
 * maskNik("6402" + "0145070" + "50003") //=> "6402••••••••0003"
 * maskNik("12345") //=> "•••••"
 * @category Households
 */
export function maskNik(value: string): string {
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
const MAX_TEXT = 500;

/** Mask every long digit run in a text and cap its length. @internal */
export function redactText(text: string): string {
  const masked = text.replace(LONG_NUMBER, (run) => maskNik(run));
  return masked.length > MAX_TEXT ? `${masked.slice(0, MAX_TEXT)}…` : masked;
}

/** {@link redactText} on both languages of an issue's message. @internal */
export function redactIssue(found: Issue): Issue {
  const message: Text = { id: redactText(found.message.id), en: redactText(found.message.en) };
  return { path: found.path, code: found.code, message };
}
