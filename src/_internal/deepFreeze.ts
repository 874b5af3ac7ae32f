/**
 * Freeze a value and everything reachable from it through own properties (objects, arrays, class
 * instances such as `Rupiah` with their internals; not functions), so data shared by every call — embedded datasets,
 * catalogues, parameter lists — cannot be changed by one caller for all the others. In strict mode
 * (every ES module) a write then throws a `TypeError` in the caller's code; elsewhere it does nothing.
 * Typed arrays cannot be frozen and are left as they are; shared data must not hold them. Cycles are
 * fine. Returns the same value (declare the data's type read-only, as the library's types are).
 *
 * Call it on module-level data with a `@__PURE__` annotation, so bundlers can still drop unused data.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const pending: unknown[] = [value];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const next = pending.pop();
    // Functions are code, not data: freezing one reached through data (a class through an instance's
    // own `constructor`, as decimal.js keeps) would freeze its prototype for every other user.
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    if (ArrayBuffer.isView(next)) continue;
    Object.freeze(next);
    for (const key of Reflect.ownKeys(next)) {
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor && "value" in descriptor) pending.push(descriptor.value);
    }
  }
  return value;
}

