import { Heap } from "./_heap.js";
import type { Problem } from "./_input.js";
import { pickDivisor } from "./_pickDivisor.js";
import { compareKeys, displayKey, keyFor, roundQuotient, type Key } from "./_priority.js";
import { solveLambda } from "./_proportional.js";
import { fillZeroWeights, zeroWeightTie, type Solution } from "./_solution.js";
import type { ApportionmentStep, ApportionmentTie, DivisorMethod } from "./types.js";

interface Entry {
  readonly region: number;
  readonly key: Key;
}

/** Award order: higher priority first; equal priorities by tie-break rank. */
const awardFirst = (rank: readonly number[]) => (a: Entry, b: Entry) => {
  const c = compareKeys(a.key, b.key);
  return c !== 0 ? c > 0 : (rank[a.region] as number) < (rank[b.region] as number);
};
/** The reverse of award order. */
const removeFirst = (rank: readonly number[]) => (a: Entry, b: Entry) => {
  const c = compareKeys(a.key, b.key);
  return c !== 0 ? c < 0 : (rank[a.region] as number) > (rank[b.region] as number);
};

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

/** Ties, explanation and divisor of a divisor-method allocation (settling a tie at the last priority). */
function finish(problem: Problem, seats: bigint[]): Solution {
  const method = problem.method as DivisorMethod;
  const { weights, min, max, rank, places } = problem;
  const ties: ApportionmentTie<bigint>[] = [];
  const zeroTie = zeroWeightTie(problem, seats);
  if (zeroTie) ties.push(zeroTie);

  // Among positive weights: the lowest priority awarded (t) and the highest not awarded (u).
  let lowest: Key | null = null;
  let highest: Key | null = null;
  weights.forEach((w, i) => {
    if (w === 0n) return;
    const held = seats[i] as bigint;
    if (held > (min[i] as bigint)) {
      const key = keyFor(method, w, held - 1n);
      if (!lowest || compareKeys(key, lowest) < 0) lowest = key;
    }
    const cap = max[i] ?? null;
    if (cap === null || held < cap) {
      const key = keyFor(method, w, held);
      if (!highest || compareKeys(key, highest) > 0) highest = key;
    }
  });
  const t = lowest as Key | null;
  const u = highest as Key | null;
  if (t && u && compareKeys(t, u) === 0) {
    // Each positive-weight region has at most one seat at priority exactly t: holders have it,
    // contenders want it. The holders' number of seats goes to the first in tie-break order.
    const holders: number[] = [];
    const contenders: number[] = [];
    weights.forEach((w, i) => {
      if (w === 0n) return;
      const held = seats[i] as bigint;
      const cap = max[i] ?? null;
      if (held > (min[i] as bigint) && compareKeys(keyFor(method, w, held - 1n), t) === 0) holders.push(i);
      else if ((cap === null || held < cap) && compareKeys(keyFor(method, w, held), t) === 0) contenders.push(i);
    });
    for (const region of holders) seats[region] = (seats[region] as bigint) - 1n;
    const regions = [...holders, ...contenders].sort((a, b) => (rank[a] as number) - (rank[b] as number));
    const winners = regions.slice(0, holders.length);
    for (const region of winners) seats[region] = (seats[region] as bigint) + 1n;
    ties.push({ regions, seatsContested: BigInt(holders.length), winners, priority: displayKey(method, t, places) });
  }
  const zeroFilled = weights.some((w, i) => w === 0n && (seats[i] as bigint) > (min[i] as bigint));
  const divisor = ties.length > 0 || zeroFilled ? null : pickDivisor(u, t, method === "huntington-hill", places);
  return { seats, divisor, quota: null, quotas: null, ties, steps: lastAwards(problem, seats), runnerUp: nextAward(problem, seats) };
}

/** The last `stepCount` awards, rebuilt by taking seats back in reverse award order. */
function lastAwards(problem: Problem, seats: readonly bigint[]): ApportionmentStep<bigint>[] {
  const method = problem.method as DivisorMethod;
  const { weights, min, rank, places } = problem;
  const held = [...seats];
  const heap = new Heap(
    removeFirst(rank),
    weights.flatMap((w, region) => ((held[region] as bigint) > (min[region] as bigint) ? [{ region, key: keyFor(method, w, (held[region] as bigint) - 1n) }] : [])),
  );
  const steps: ApportionmentStep<bigint>[] = [];
  for (let seat = problem.seats; steps.length < problem.stepCount && heap.size > 0; seat -= 1n) {
    const { region, key } = heap.pop() as Entry;
    const count = held[region] as bigint;
    steps.push({ seat, region, seats: count, priority: displayKey(method, key, places) });
    held[region] = count - 1n;
    if (count - 1n > (min[region] as bigint)) heap.push({ region, key: keyFor(method, weights[region] as bigint, count - 2n) });
  }
  return steps.reverse();
}

/** The award seat number `total + 1` would be. */
function nextAward(problem: Problem, seats: readonly bigint[]): ApportionmentStep<bigint> | null {
  const method = problem.method as DivisorMethod;
  const before = awardFirst(problem.rank);
  let best: Entry | null = null;
  problem.weights.forEach((w, region) => {
    const cap = problem.max[region] ?? null;
    const held = seats[region] as bigint;
    if (cap !== null && held >= cap) return;
    const entry = { region, key: keyFor(method, w, held) };
    if (!best || before(entry, best)) best = entry;
  });
  const next = best as Entry | null;
  if (!next) return null;
  const held = (seats[next.region] as bigint) + 1n;
  return { seat: problem.seats + 1n, region: next.region, seats: held, priority: displayKey(method, next.key, problem.places) };
}
