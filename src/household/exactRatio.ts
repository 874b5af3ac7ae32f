// Exact comparison of an area per person against a threshold, on the decimal the user wrote
// (String(21.6) is "21.6"), so that 21.6 m² for 3 people is exactly 7.2 m² per person and not a
// hair below it as binary floating point would say.

function fraction(value: number): { num: bigint; den: bigint } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) return { num: 0n, den: 1n };
  const decimals = match[2] ?? "";
  const exponent = Number(match[3] ?? "0") - decimals.length;
  const digits = BigInt(`${match[1]}${decimals}`);
  return exponent >= 0 ? { num: digits * 10n ** BigInt(exponent), den: 1n } : { num: digits, den: 10n ** BigInt(-exponent) };
}

/**
 * Compare `total / count` with `limit` exactly: negative, zero or positive.
 * `total` and `limit` are non-negative finite numbers, `count` a positive integer.
 * @internal
 */
export function compareShare(total: number, count: number, limit: number): number {
  const a = fraction(total);
  const b = fraction(limit);
  const left = a.num * b.den;
  const right = b.num * a.den * BigInt(count);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A share rounded to two decimals for display. @internal */
export function shown(total: number, count: number): number {
  return Math.round((total / count) * 100) / 100;
}

/**
 * Whether `total / count < limit` exactly ({@link compareShare}), with fast paths for the common
 * case, an area against 7.2 m²: a whole-number area compares in integers; any other compares in
 * floating point when the two sides differ by more than a billionth (`total × 10` and the area the
 * user wrote are each within 10⁻¹⁵ of the other in relative terms, `72 × count` is exact), and
 * exactly otherwise.
 * @internal
 */
export function shareBelow(total: number, count: number, limit: number): boolean {
  if (limit === 7.2) {
    if (Number.isInteger(total)) return total * 10 < 72 * count;
    const left = total * 10;
    const right = 72 * count;
    if (Math.abs(left - right) > right * 1e-9) return left < right;
  }
  return compareShare(total, count, limit) < 0;
}
