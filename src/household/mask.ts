import { maskDigits } from "../message/redact.js";

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
  return maskDigits(value);
}
