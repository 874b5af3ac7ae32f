import { Decimal, WORD, safeWholeOf } from "./decimal.js";
import { Rupiah, ZERO_RUPIAH, rupiah } from "./rupiah.js";

// Exact sums of Rupiah without a decimal per addition, for loops that add up a million amounts (the
// payment audit's aggregates). Rupiah amounts are nearly always whole and far below 2^53: such a
// value is read as a JavaScript number straight from decimal.js's digits (no string, no
// allocation), and numbers are added while every partial sum is a safe integer, which makes each
// addition exact. Anything else (a fraction, a value or a sum beyond 2^53 − 1) goes to the exact
// decimal sum. The result is the same Rupiah value as the plain `Rupiah.plus` chain.

/**
 * The decimal of a safe integer, built from its base-10^7 words (the representation `safeWholeOf`
 * reads) instead of through its text, as `new Decimal(n)` does from 10^7 up: the same value with
 * the same digits, exponent and sign.
 * @internal
 */
export function decimalOfWhole(n: number): Decimal {
  if (n > -WORD && n < WORD) return new Decimal(n);
  const x = new Decimal(0) as unknown as { s: number; e: number; d: number[] };
  let rest = Math.abs(n);
  const e = String(rest).length - 1;
  const words = new Array<number>(Math.floor(e / 7) + 1);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = rest % WORD;
    words[i] = word;
    // A multiple of 10^7 divided by 10^7: exact.
    rest = (rest - word) / WORD;
  }
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  x.s = n < 0 ? -1 : 1;
  x.e = e;
  x.d = words;
  return x as unknown as Decimal;
}

/**
 * The amount as a safe integer, or `undefined` when it has a fraction or its magnitude is 10^15 or
 * more (see `safeWholeOf`).
 * @internal
 */
export function safeWhole(amount: Rupiah): number | undefined {
  return safeWholeOf(amount.decimal);
}

/**
 * A running exact sum of Rupiah: a safe-integer part and a decimal part for the rest. Mutable; each
 * belongs to one accumulation (never shared between calls).
 * @internal
 */
export class WholeSum {
  #whole = 0;
  #rest: Rupiah = ZERO_RUPIAH;

  /** Add an amount. */
  add(amount: Rupiah): void {
    const n = safeWhole(amount);
    if (n === undefined) this.#rest = this.#rest.plus(amount);
    else this.addWhole(n);
  }

  /** Add a safe integer (e.g. one read with {@link safeWhole}). */
  addWhole(n: number): void {
    // Both are safe integers: the double sum is exact whenever it is itself a safe integer.
    const sum = this.#whole + n;
    if (Number.isSafeInteger(sum)) this.#whole = sum;
    else {
      this.#rest = this.#rest.plus(rupiah(this.#whole)).plus(rupiah(n));
      this.#whole = 0;
    }
  }

  /**
   * The sum so far as a number, when every amount added was whole and below 10^15 and the sum is a
   * safe integer; else `undefined` (read {@link WholeSum.value}).
   */
  whole(): number | undefined {
    return this.#rest === ZERO_RUPIAH ? this.#whole : undefined;
  }

  /** The sum so far. */
  value(): Rupiah {
    if (this.#whole === 0) return this.#rest;
    const whole = new Rupiah(decimalOfWhole(this.#whole));
    return this.#rest === ZERO_RUPIAH ? whole : this.#rest.plus(whole);
  }
}
