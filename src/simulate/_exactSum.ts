import { Rupiah, ZERO_RUPIAH, rupiah } from "../money/rupiah.js";

const LIMIT = 2 ** 52; // |whole| + |n| below 2^53 keeps every partial sum an exact integer double

/**
 * An exact running sum of Rupiah amounts, fast for whole-rupiah amounts: they are added as integer
 * doubles while the sum stays below 2^53 (exact), then folded into a bigint; fractional amounts go to
 * a decimal remainder. The total is exactly the decimal sum of the amounts added. @internal
 */
export class ExactSum {
  #whole = 0;
  #big = 0n;
  #rest: Rupiah = ZERO_RUPIAH;

  /** Add an amount. */
  add(amount: Rupiah): void {
    if (amount.isWhole()) {
      const n = amount.toNumber();
      if (Math.abs(n) < LIMIT) {
        if (Math.abs(this.#whole) + Math.abs(n) >= LIMIT) this.#flush();
        this.#whole += n;
        return;
      }
    }
    this.#rest = this.#rest.plus(amount);
  }

  #flush(): void {
    this.#big += BigInt(this.#whole);
    this.#whole = 0;
  }

  /** The exact total. */
  value(): Rupiah {
    const whole = this.#big + BigInt(this.#whole);
    return this.#rest.isZero() ? rupiah(whole) : rupiah(whole).plus(this.#rest);
  }
}

/** Exact sum of two decimal strings, as a decimal string. @internal */
export function addAmounts(a: string, b: string): string {
  return rupiah(a).plus(b).toString();
}
