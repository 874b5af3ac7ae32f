import { formatRupiah, groupDigits, type FormatRupiahOptions } from "./format.js";
import { Rupiah, rupiah } from "./rupiah.js";
import { decimalOfWhole, safeWhole } from "./_wholeSum.js";
import { safeWholeOf } from "./decimal.js";

// Whole-rupiah shortcuts for the engine's hot paths: the text, number, product and Indonesian
// format of an amount, computed from its value as a JavaScript number when it is whole and below
// 10^15 (nearly every amount; see `safeWhole`), else by the public method itself. Each gives
// exactly what the method gives (test/money/wholeSum.prop.test.ts). They live here rather than in
// `Rupiah` and `formatRupiah` so that an app bundling `formatRupiah` alone does not ship them (that
// import's budget is 40 KB, decimal.js being 32 KB of it); schedules, summaries, simulations, the
// audit and rule texts call them once or more per household.

/** `amount.toString()`. @internal */
export function amountText(amount: Rupiah): string {
  const whole = safeWhole(amount);
  return whole === undefined ? amount.toString() : String(whole);
}

/** `amount.toNumber()`. @internal */
export function amountNumber(amount: Rupiah): number {
  return safeWhole(amount) ?? amount.toNumber();
}

/** `amount.times(count)` for a whole `count` (a premium times the members covered): exact as a number while the product is a safe integer. @internal */
export function timesCount(amount: Rupiah, count: number): Rupiah {
  const whole = safeWhole(amount);
  const product = whole === undefined || !Number.isInteger(count) ? Number.NaN : whole * count;
  return Number.isSafeInteger(product) ? new Rupiah(decimalOfWhole(product)) : amount.times(count);
}

/** `formatRupiah(amount, options)` (`Rp1.234.567`; `decimals` zeros after a comma for a whole amount). @internal */
export function formatAmount(amount: Rupiah, options: Pick<FormatRupiahOptions, "decimals"> = {}): string {
  const whole = safeWhole(amount);
  const decimals = options.decimals ?? 0;
  if (whole === undefined || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) return formatRupiah(amount, options);
  return `${wholeText(whole)}${decimals === 0 ? "" : `,${"0".repeat(decimals)}`}`;
}

/** `formatRupiah(rupiah(n))` for a safe integer `n` (`Rp1.234.567`, `-Rp1.000`). @internal */
export function wholeText(n: number): string {
  return `${n < 0 ? "-" : ""}Rp${groupDigits(String(Math.abs(n)))}`;
}

/**
 * A number with the sign of `rupiah(a).compare(b)`, for an amount or a safe integer `a` (a sum kept
 * as a number, see `WholeSum.whole`). A number is compared with the whole part `t` of `b` (`b` of
 * magnitude 1 to 10^15): `b` is `t` itself or lies strictly between `t` and the next whole number
 * away from zero, so a whole `a` other than `t` is on the same side of both, and `a = t` is on the
 * side of zero. (The difference of two safe integers may round, never to zero or across it.)
 * @internal
 */
export function compareAmount(a: number | Rupiah, b: Rupiah): number {
  const t = typeof a === "number" ? safeWholeOf(b.decimal, true) : undefined;
  if (t === undefined) return rupiah(a).compare(b);
  return a !== t ? (a as number) - t : b.isWhole() ? 0 : -b.decimal.s;
}
