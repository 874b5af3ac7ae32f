// The named export: under `module: node16`/`nodenext`, the default import of decimal.js types as its
// whole CommonJS module object, not the class.
import { Decimal as DecimalJs } from "decimal.js";

/**
 * The library's private decimal constructor. A clone, so the caller's global `Decimal` settings
 * never change our arithmetic (and ours never change theirs). 60 significant digits cover any
 * realistic Rupiah amount times any ratio exactly; exponent notation is never produced by
 * `toString()`.
 * @internal
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
/** @internal */
export type Decimal = InstanceType<typeof Decimal>;

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Parse a plain decimal string (no exponent, no thousands separators); `undefined` when malformed.
 * @internal
 */
export function parseDecimalText(text: string): Decimal | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 200 || !DECIMAL_TEXT.test(trimmed)) return undefined;
  return new Decimal(trimmed);
}

/** decimal.js rounding-mode constants (`Decimal.ROUND_*`). @internal */
export type Rounding = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
