/**
 * Stable ascending sort of a `Float64Array` in place, carrying a parallel payload (weights) along.
 *
 * The main path is a bucket sort: one pass finds min and max, values go to n equal-width buckets
 * (⌊(x − min)·scale⌋ is monotone in x under IEEE rounding, so bucket order is value order; n rather
 * than 2n buckets since 2026-12-07: half the bucket array to count into and scatter through, a few
 * percent faster for `gini` and `povertyProfile` on a million rows), and one insertion pass over the
 * whole array finishes them. When some bucket is large (clustered data), each
 * bucket is finished on its own instead, large ones by an LSD radix sort on the IEEE-754 bit pattern.
 * Both finishing sorts are stable, so ties keep their input order; `-0` is stored as `+0`. Everything
 * runs on typed arrays in small monomorphic functions (no closures in hot loops), which beats the
 * engine's own `Float64Array.prototype.sort` although the weights move too. Keys must not be NaN
 * (callers validate).
 * @internal
 */
export function sortWithPayload(keys: Float64Array, payload: Float64Array | null): void {
  const range = normaliseAndRange(keys);
  const sorted = sortedCopy(keys, payload, range.min, range.max);
  if (sorted.keys !== keys) keys.set(sorted.keys);
  if (payload !== null && sorted.payload !== null && sorted.payload !== payload) payload.set(sorted.payload);
}

/** Sorted keys with their payload. @internal */
export interface Sorted {
  readonly keys: Float64Array;
  readonly payload: Float64Array | null;
}

/**
 * The sort of keys free of `-0` within [min, max] (the caller's own pass found them): the inputs
 * sorted in place, or new arrays. What {@link sortWithPayload} does after its pass over the keys.
 * @internal
 */
export function sortedCopy(keys: Float64Array, payload: Float64Array | null, min: number, max: number): Sorted {
  const n = keys.length;
  if (n < 2 || min === max) return { keys, payload };
  if (n <= SMALL) {
    insertionSort(keys, payload, 0, n);
    return { keys, payload };
  }
  const buckets = n;
  const scale = buckets / (max - min);
  if (!(scale > 0 && scale < Infinity)) {
    radixSort(keys, payload);
    return { keys, payload };
  }
  return bucketSort(keys, payload, min, scale, buckets);
}

const SMALL = 32;

function normaliseAndRange(keys: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const x = (keys[i] as number) + 0; // -0 → +0
    keys[i] = x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}

function bucketOf(x: number, min: number, scale: number, last: number): number {
  const b = ((x - min) * scale) | 0; // ≥ 0 and < 2³¹, so truncation is floor
  return b > last ? last : b;
}

function bucketSort(
  keys: Float64Array,
  payload: Float64Array | null,
  min: number,
  scale: number,
  buckets: number,
): Sorted {
  const n = keys.length;
  const last = buckets - 1;
  // Counts, then starts; the scatter moves each start on to its bucket's end (no copy of the starts,
  // no array of bucket ids: the scatter computes the bucket again, cheaper than storing it).
  const start = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(keys[i] as number, min, scale, last) + 1;
    start[b] = (start[b] as number) + 1;
  }
  let largest = 0;
  for (let b = 0; b < buckets; b++) {
    const size = start[b + 1] as number;
    if (size > largest) largest = size;
    start[b + 1] = size + (start[b] as number);
  }
  const sortedKeys = new Float64Array(n);
  const sortedPayload = payload === null ? null : new Float64Array(n);
  if (payload === null || sortedPayload === null) scatterKeys(keys, min, scale, last, start, sortedKeys);
  else scatterBoth(keys, payload, min, scale, last, start, sortedKeys, sortedPayload);
  // Every element now sits in its bucket's range: one insertion pass over the whole array finishes
  // small buckets in O(n + moves); large (clustered) buckets are radix-sorted one by one.
  if (largest <= SMALL) insertionSort(sortedKeys, sortedPayload, 0, n);
  else finishBuckets(sortedKeys, sortedPayload, start, buckets);
  return { keys: sortedKeys, payload: sortedPayload };
}

function scatterKeys(keys: Float64Array, min: number, scale: number, last: number, next: Uint32Array, out: Float64Array): void {
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const x = keys[i] as number;
    const b = bucketOf(x, min, scale, last);
    const at = next[b] as number;
    next[b] = at + 1;
    out[at] = x;
  }
}

function scatterBoth(
  keys: Float64Array,
  payload: Float64Array,
  min: number,
  scale: number,
  last: number,
  next: Uint32Array,
  outKeys: Float64Array,
  outPayload: Float64Array,
): void {
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const x = keys[i] as number;
    const b = bucketOf(x, min, scale, last);
    const at = next[b] as number;
    next[b] = at + 1;
    outKeys[at] = x;
    outPayload[at] = payload[i] as number;
  }
}

/** Finish each bucket; after the scatter `ends[b]` is where bucket b ends (and b + 1 starts). */
function finishBuckets(keys: Float64Array, payload: Float64Array | null, ends: Uint32Array, buckets: number): void {
  let from = 0;
  for (let b = 0; b < buckets; b++) {
    const to = ends[b] as number;
    const size = to - from;
    if (size > 1 && size <= SMALL) insertionSort(keys, payload, from, to);
    else if (size > SMALL) radixSort(keys.subarray(from, to), payload === null ? null : payload.subarray(from, to));
    from = to;
  }
}

/** Stable insertion sort of keys[from, to) with payload. */
function insertionSort(keys: Float64Array, payload: Float64Array | null, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = keys[i] as number;
    if (x >= (keys[i - 1] as number)) continue;
    const p = payload === null ? 0 : (payload[i] as number);
    let j = i - 1;
    while (j >= from && (keys[j] as number) > x) {
      keys[j + 1] = keys[j] as number;
      if (payload !== null) payload[j + 1] = payload[j] as number;
      j--;
    }
    keys[j + 1] = x;
    if (payload !== null) payload[j + 1] = p;
  }
}

/** Index of a double's low (or high) 32-bit word in a `Uint32Array` view: 0 (1) on little-endian machines. */
function wordIndex(high: boolean): 0 | 1 {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  return littleEndian === high ? 1 : 0;
}

// Marked calls, so that a bundler drops them with the sort when the sort is not used.
const LO = /* @__PURE__ */ wordIndex(false);
const HI = /* @__PURE__ */ wordIndex(true);
const BITS = 16;
const MASK = (1 << BITS) - 1;

/** Stable LSD radix sort (four 16-bit digits, shared digits skipped) of keys with payload. */
function radixSort(keys: Float64Array, payload: Float64Array | null): void {
  const n = keys.length;
  const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let p = payload === null ? new Float64Array(0) : payload.slice();
  let pNext = new Float64Array(p.length);
  toSortable(words, lo, hi);
  const count = new Uint32Array(1 << BITS);
  for (let digit = 0; digit < 4; digit++) {
    const src = digit < 2 ? lo : hi;
    const shift = (digit & 1) * BITS;
    if (!histogram(src, count, shift)) continue;
    if (payload === null) scatterWords(src, shift, count, lo, hi, loNext, hiNext);
    else scatterWordsWithPayload(src, shift, count, lo, hi, p, loNext, hiNext, pNext);
    let swap = lo;
    lo = loNext;
    loNext = swap;
    swap = hi;
    hi = hiNext;
    hiNext = swap;
    const swapPayload = p;
    p = pNext;
    pNext = swapPayload;
  }
  fromSortable(words, lo, hi);
  if (payload !== null) payload.set(p);
}

/** Split each double into sortable (hi, lo) words: negatives flip every bit, others the sign bit. */
function toSortable(words: Uint32Array, lo: Uint32Array, hi: Uint32Array): void {
  const n = lo.length;
  for (let i = 0; i < n; i++) {
    const h = words[2 * i + HI] as number;
    const l = words[2 * i + LO] as number;
    if (h >>> 31 === 1) {
      hi[i] = ~h;
      lo[i] = ~l;
    } else {
      hi[i] = h | 0x80000000;
      lo[i] = l;
    }
  }
}

function fromSortable(words: Uint32Array, lo: Uint32Array, hi: Uint32Array): void {
  const n = lo.length;
  for (let i = 0; i < n; i++) {
    const h = hi[i] as number;
    const l = lo[i] as number;
    if (h >>> 31 === 1) {
      words[2 * i + HI] = h & 0x7fffffff;
      words[2 * i + LO] = l;
    } else {
      words[2 * i + HI] = ~h;
      words[2 * i + LO] = ~l;
    }
  }
}

/** Count digits and turn the counts into start offsets; false when every key shares the digit. */
function histogram(src: Uint32Array, count: Uint32Array, shift: number): boolean {
  count.fill(0);
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const d = ((src[i] as number) >>> shift) & MASK;
    count[d] = (count[d] as number) + 1;
  }
  if (count[((src[0] as number) >>> shift) & MASK] === n) return false;
  let running = 0;
  for (let b = 0; b <= MASK; b++) {
    const c = count[b] as number;
    count[b] = running;
    running += c;
  }
  return true;
}

function scatterWords(
  src: Uint32Array,
  shift: number,
  count: Uint32Array,
  lo: Uint32Array,
  hi: Uint32Array,
  loNext: Uint32Array,
  hiNext: Uint32Array,
): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const d = ((src[i] as number) >>> shift) & MASK;
    const at = count[d] as number;
    count[d] = at + 1;
    loNext[at] = lo[i] as number;
    hiNext[at] = hi[i] as number;
  }
}

function scatterWordsWithPayload(
  src: Uint32Array,
  shift: number,
  count: Uint32Array,
  lo: Uint32Array,
  hi: Uint32Array,
  p: Float64Array,
  loNext: Uint32Array,
  hiNext: Uint32Array,
  pNext: Float64Array,
): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const d = ((src[i] as number) >>> shift) & MASK;
    const at = count[d] as number;
    count[d] = at + 1;
    loNext[at] = lo[i] as number;
    hiNext[at] = hi[i] as number;
    pNext[at] = p[i] as number;
  }
}

