/**
 * Neumaier compensated summation ("improved Kahan–Babuška", Neumaier 1974): a running sum plus a
 * running compensation that captures the low-order bits lost by each addition. The error of the
 * total stays at a few ulps however many terms are added (plain summation drifts with the count),
 * so 10 million rows give the same total as their partitions merged in any order, to rounding.
 *
 * Hot loops inline the same three lines instead of calling {@link NeumaierSum.add}; keep them in step.
 * @internal
 */
export class NeumaierSum {
  /** The running (rounded) sum. */
  sum = 0;
  /** The accumulated rounding error of `sum`. */
  compensation = 0;

  /** Add one term. */
  add(x: number): void {
    const s = this.sum;
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) this.compensation += s - t + x;
    else this.compensation += x - t + s;
    this.sum = t;
  }

  /** Add another compensated sum (its rounded part compensated, its compensation as is). */
  addSum(other: NeumaierSum): void {
    this.add(other.sum);
    this.compensation += other.compensation;
  }

  /** The compensated total. */
  value(): number {
    return this.sum + this.compensation;
  }

  /** A copy. */
  clone(): NeumaierSum {
    const copy = new NeumaierSum();
    copy.sum = this.sum;
    copy.compensation = this.compensation;
    return copy;
  }
}
