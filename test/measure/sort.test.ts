import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortWithPayload } from "../../src/measure/_sort.js";

/** Reference: a stable sort of (key, payload) pairs by key. */
function reference(keys: readonly number[], payload: readonly number[]): [number[], number[]] {
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return [order.map((i) => (keys[i] as number) + 0), order.map((i) => payload[i] as number)];
}

function check(keys: readonly number[]): void {
  const payload = keys.map((_, i) => i); // the payload records the original row: checks stability too
  const k = new Float64Array(keys);
  const p = new Float64Array(payload);
  sortWithPayload(k, p);
  const [expectedKeys, expectedPayload] = reference(keys, payload);
  expect(Array.from(k)).toEqual(expectedKeys);
  expect(Array.from(p)).toEqual(expectedPayload);
}

describe("internal sort (bucket + insertion, radix fallback)", () => {
  it("sorts small, medium and large inputs stably, with their payload", () => {
    let state = 12345;
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (const n of [0, 1, 2, 31, 33, 1000, 5000, 70_000]) {
      check(Array.from({ length: n }, () => Math.round((random() - 0.3) * 1000) / 8));
    }
  });

  it("handles clustered keys (radix path), negatives, -0, extremes and subnormals", () => {
    const clustered = [...Array.from({ length: 3000 }, (_, i) => 1 + (i % 7) * 1e-12), 1e300, -1e300];
    check(clustered);
    check([0, -0, 5, -0, 0, -5, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE]);
    check([...Array.from({ length: 100 }, (_, i) => (i % 3) - 1), -0]);
    check(Array.from({ length: 4000 }, (_, i) => (i % 2 === 0 ? -0 : 0)));
  });

  it("matches a stable reference sort on arbitrary doubles", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (keys) => check(keys)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { minLength: 40, maxLength: 3000 }), (keys) =>
        check(keys),
      ),
      { numRuns: 100 },
    );
  });
});
