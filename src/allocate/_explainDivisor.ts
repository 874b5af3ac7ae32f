import { Heap } from "./_heap.js";
import type { Problem } from "./_input.js";
import { pickDivisor } from "./_pickDivisor.js";
import { awardFirst, compareKeys, displayKey, keyFor, removeFirst, type Entry, type Key } from "./_priority.js";
import { zeroWeightTie, type Solution } from "./_solution.js";
import type { ApportionmentStep, ApportionmentTie, DivisorMethod } from "./types.js";

/**
 * Ties, explanation and divisor of a divisor-method allocation; settles an exact tie at the last
 * priority by the tie-break rule (a no-op when the seats already follow it).
 * @internal
 */
export function finish(problem: Problem, seats: bigint[]): Solution {
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
