import type { BatchEvent, BatchResult } from "./_batch.js";

/**
 * Batch results back in the order the batches were cut: a batch that comes back early waits for
 * the ones before it. At most the batches in flight wait, so memory stays bounded.
 * @internal
 */
export class InOrder {
  private readonly waiting = new Map<number, BatchResult<unknown>>();
  private next = 0;

  add(result: BatchResult<unknown>): void {
    this.waiting.set(result.seq, result);
  }

  /** The results that are next in order, removed. */
  *take(): Generator<BatchResult<unknown>, void, undefined> {
    for (let result = this.waiting.get(this.next); result !== undefined; result = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next += 1;
      yield result;
    }
  }
}

/**
 * Events of batches that hold households from all over the file (each worker gets whole regencies)
 * released in file order: an event waits until no household that starts before its line is still
 * being read, waiting in a batch or in flight (the watermark). Events of one row keep their order.
 * @internal
 */
export class ByLine {
  private pending: BatchEvent<unknown>[] = [];
  /** The first line of each batch in flight, by sequence number. */
  private readonly inFlight = new Map<number, number>();

  sent(seq: number, firstLine: number): void {
    this.inFlight.set(seq, firstLine);
  }

  add(result: BatchResult<unknown>): void {
    this.inFlight.delete(result.seq);
    for (const event of result.events) this.pending.push(event);
  }

  /** The events before the watermark (`Infinity` once everything is back), in file order, removed. */
  take(held: number): BatchEvent<unknown>[] {
    let watermark = held;
    for (const line of this.inFlight.values()) if (line < watermark) watermark = line;
    if (this.pending.length === 0) return [];
    // A stable sort: the events of one row stay in the order the worker gave them.
    this.pending.sort((a, b) => a.line - b.line);
    let cut = 0;
    while (cut < this.pending.length && (this.pending[cut] as BatchEvent<unknown>).line < watermark) cut += 1;
    const released = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    return released;
  }
}
