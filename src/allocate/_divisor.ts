import { finish } from "./_explainDivisor.js";
import { Heap } from "./_heap.js";
import type { Problem } from "./_input.js";
import { awardFirst, keyFor, removeFirst, roundQuotient, type Entry } from "./_priority.js";
import { solveLambda } from "./_proportional.js";
import { fillZeroWeights, type Solution } from "./_solution.js";
import type { DivisorMethod } from "./types.js";

const sum = (values: readonly bigint[]) => values.reduce((a, b) => a + b, 0n);

/**
 * A divisor method, fast: start from the method's rounding of the exact proportional shares
 * (with floors and caps), which is a divisor allocation for *some* total within one seat per region
 * of the target; then award (or take back) the remaining at most #regions seats by priority with a
 * heap; then settle an exact tie at the last priority by the tie-break rule. O(n log n) whatever
 * the number of seats.
 * @internal
 */
export function divisorFast(problem: Problem): Solution {
  const method = problem.method as DivisorMethod;
  const { weights, min, max, rank, seats: total } = problem;
  const lambda = solveLambda(weights, min, max, total);
  const seats = weights.map((w, i) => {
    const low = min[i] as bigint;
    const high = max[i] as bigint | null;
    if (w === 0n) return low;
    if (lambda === null) return high as bigint;
    const s = roundQuotient(method, w, lambda.p, lambda.q);
    return s < low ? low : high !== null && s > high ? high : s;
  });
  let count = sum(seats);
  if (count < total) {
    const open = weights.flatMap((w, region) =>
      w > 0n && (max[region] === null || (seats[region] as bigint) < (max[region] as bigint))
        ? [{ region, key: keyFor(method, w, seats[region] as bigint) }]
        : [],
    );
    const heap = new Heap(awardFirst(rank), open);
    while (count < total) {
      const top = heap.pop();
      if (!top) break; // every positive weight at its cap: zero weights take the rest below
      const held = (seats[top.region] as bigint) + 1n;
      seats[top.region] = held;
      count += 1n;
      const cap = max[top.region] ?? null;
      if (cap === null || held < cap) heap.push({ region: top.region, key: keyFor(method, weights[top.region] as bigint, held) });
    }
  } else if (count > total) {
    const held = weights.flatMap((w, region) =>
      w > 0n && (seats[region] as bigint) > (min[region] as bigint)
        ? [{ region, key: keyFor(method, w, (seats[region] as bigint) - 1n) }]
        : [],
    );
    const heap = new Heap(removeFirst(rank), held);
    while (count > total) {
      const top = heap.pop() as Entry;
      const left = (seats[top.region] as bigint) - 1n;
      seats[top.region] = left;
      count -= 1n;
      if (left > (min[top.region] as bigint)) heap.push({ region: top.region, key: keyFor(method, weights[top.region] as bigint, left - 1n) });
    }
  }
  if (count < total) fillZeroWeights(problem, seats);
  return finish(problem, seats);
}

/**
 * A divisor method, the textbook way: every region starts at its floor and each seat in turn goes
 * to the highest priority (ties by the tie-break rank) among regions below their cap. O(seats · log n).
 * @internal
 */
export function divisorBySeat(problem: Problem): Solution {
  const method = problem.method as DivisorMethod;
  const { weights, min, max, rank } = problem;
  const seats = [...min];
  const open = weights.flatMap((w, region) =>
    max[region] === null || (min[region] as bigint) < (max[region] as bigint) ? [{ region, key: keyFor(method, w, min[region] as bigint) }] : [],
  );
  const heap = new Heap(awardFirst(rank), open);
  for (let count = sum(seats); count < problem.seats; count++) {
    const top = heap.pop() as Entry;
    const held = (seats[top.region] as bigint) + 1n;
    seats[top.region] = held;
    const cap = max[top.region] ?? null;
    if (cap === null || held < cap) heap.push({ region: top.region, key: keyFor(method, weights[top.region] as bigint, held) });
  }
  return finish(problem, seats);
}
