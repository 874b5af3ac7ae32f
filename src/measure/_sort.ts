/**
 * Stable ascending sort of a `Float64Array`, carrying a parallel payload (weights) along, in place.
 *
 * Large inputs use an LSD radix sort on the IEEE-754 bit pattern (sign-flipped so that unsigned order
 * is numeric order), in 11- or 16-bit digits, skipping digits every key shares. It moves keys and
 * payload through typed arrays only (no closures, no objects), which makes it faster than the engine's
 * own `Float64Array.prototype.sort` on the same keys although it also moves the weights. Small inputs
 * use an index sort. Ties keep their input order (both paths are stable); `-0` is stored as `+0`.
 * Keys must not be NaN (callers validate). The work is split into small monomorphic functions so the
 * engine optimises each once and keeps it.
 * @internal
 */
export function sortWithPayload(keys: Float64Array, payload: Float64Array | null): void {
  const n = keys.length;
  if (n < 2) {
    if (n === 1) keys[0] = (keys[0] as number) + 0;
    return;
  }
  if (n < 1024) smallSort(keys, payload);
  else radixSort(keys, payload, n < 1 << 18 ? 11 : 16);
}

function smallSort(keys: Float64Array, payload: Float64Array | null): void {
  const n = keys.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const k = keys.slice();
  order.sort((a, b) => (k[a] as number) - (k[b] as number) || a - b);
  const p = payload === null ? null : payload.slice();
  for (let i = 0; i < n; i++) {
    const from = order[i] as number;
    keys[i] = (k[from] as number) + 0;
    if (payload !== null && p !== null) payload[i] = p[from] as number;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = 1 - LO;

function radixSort(keys: Float64Array, payload: Float64Array | null, bits: number): void {
  const n = keys.length;
  const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let order = new Uint32Array(n);
  let orderNext = new Uint32Array(n);
  toSortable(words, lo, hi, order);
  const count = new Uint32Array(1 << bits);
  for (let shift = 0; shift < 64; shift += bits) {
    const moved =
      shift >= 32
        ? pass(hi, hi, lo, hiNext, loNext, order, orderNext, count, shift - 32, 0, bits)
        : shift + bits > 32
          ? pass(lo, hi, lo, hiNext, loNext, order, orderNext, count, shift, 32 - shift, bits)
          : pass(lo, hi, lo, hiNext, loNext, order, orderNext, count, shift, 0, bits);
    if (!moved) continue;
    let swap = lo;
    lo = loNext;
    loNext = swap;
    swap = hi;
    hi = hiNext;
    hiNext = swap;
    swap = order;
    order = orderNext;
    orderNext = swap;
  }
  fromSortable(words, lo, hi);
  if (payload !== null) permute(payload, order, new Float64Array(payload));
}

/** Split each double into sortable (hi, lo) words: negatives flip every bit, others the sign bit. */
function toSortable(words: Uint32Array, lo: Uint32Array, hi: Uint32Array, order: Uint32Array): void {
  const n = lo.length;
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + HI] as number;
    let l = words[2 * i + LO] as number;
    if (h === 0x80000000 && l === 0) h = 0; // -0 → +0
    if (h >>> 31 === 1) {
      h = ~h;
      l = ~l;
    } else {
      h = h | 0x80000000;
    }
    hi[i] = h;
    lo[i] = l;
    order[i] = i;
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

/**
 * One stable counting pass on the digit (src >>> shift | other << carry) & mask, where `other` supplies
 * the high bits of a digit straddling the two words (carry > 0). Returns false (and moves nothing)
 * when every key has the same digit.
 */
function pass(
  src: Uint32Array,
  hi: Uint32Array,
  lo: Uint32Array,
  hiNext: Uint32Array,
  loNext: Uint32Array,
  order: Uint32Array,
  orderNext: Uint32Array,
  count: Uint32Array,
  shift: number,
  carry: number,
  bits: number,
): boolean {
  const n = src.length;
  const mask = (1 << bits) - 1;
  const other = carry > 0 ? hi : src;
  const up = carry > 0 ? carry : 0;
  const useOther = carry > 0 ? 1 : 0;
  count.fill(0);
  for (let i = 0; i < n; i++) {
    const d = (((src[i] as number) >>> shift) | (((other[i] as number) << up) * useOther)) & mask;
    count[d] = (count[d] as number) + 1;
  }
  const first = (((src[0] as number) >>> shift) | (((other[0] as number) << up) * useOther)) & mask;
  if (count[first] === n) return false;
  let running = 0;
  for (let b = 0; b <= mask; b++) {
    const c = count[b] as number;
    count[b] = running;
    running += c;
  }
  for (let i = 0; i < n; i++) {
    const d = (((src[i] as number) >>> shift) | (((other[i] as number) << up) * useOther)) & mask;
    const at = count[d] as number;
    count[d] = at + 1;
    hiNext[at] = hi[i] as number;
    loNext[at] = lo[i] as number;
    orderNext[at] = order[i] as number;
  }
  return true;
}

function permute(payload: Float64Array, order: Uint32Array, original: Float64Array): void {
  const n = order.length;
  for (let i = 0; i < n; i++) payload[i] = original[order[i] as number] as number;
}
