/**
 * A binary heap: `pop` returns the item that `before` ranks first.
 * @internal
 */
export class Heap<T> {
  private readonly items: T[];

  constructor(
    private readonly before: (a: T, b: T) => boolean,
    items: readonly T[] = [],
  ) {
    this.items = [...items];
    for (let i = (this.items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(this.items[i] as T, this.items[parent] as T)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length > 0 && last !== undefined) {
      this.items[0] = last;
      this.down(0);
    }
    return top;
  }

  private down(i: number): void {
    const n = this.items.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < n && this.before(this.items[left] as T, this.items[best] as T)) best = left;
      if (right < n && this.before(this.items[right] as T, this.items[best] as T)) best = right;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }

  private swap(i: number, j: number): void {
    const a = this.items[i] as T;
    this.items[i] = this.items[j] as T;
    this.items[j] = a;
  }
}
