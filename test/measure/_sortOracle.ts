/**
 * The sort of `povertyProfile`'s test oracle (./_povertyProfileOracle.ts): the contract of the
 * library's `sortWithPayload` (ascending, stable, `-0` stored as `+0`, the payload carried along)
 * met by the engine's own stable `Array.prototype.sort`, independent of the library's bucket and
 * radix sorts. A stable sort's order is unique, so it is the order the library's sort gave before
 * 2026-12-07 (session 48) as well.
 */
export function sortWithPayload(keys: Float64Array, payload: Float64Array | null): void {
  for (let i = 0; i < keys.length; i++) keys[i] = (keys[i] as number) + 0;
  const key = (i: number): number => keys[i] as number;
  const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const sortedKeys = Float64Array.from(order, (i) => keys[i] as number);
  keys.set(sortedKeys);
  if (payload !== null) payload.set(Float64Array.from(order, (i) => payload[i] as number));
}
