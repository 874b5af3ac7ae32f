import { displayRatio, fraction, pow10 } from "./_exact.js";
import type { Problem } from "./_input.js";
import type { Solution } from "./_solution.js";
import type { ApportionmentStep, ApportionmentTie } from "./types.js";

/**
 * Hamilton with minimums by the historical U.S. House convention (`hamiltonMinimums: "raise"`), as
 * applied to the apportionments of 1850–1900 (Nevada's 1 seat of 325 in 1882): every quota is
 * `seats × wᵢ / W` of the full total and is never recomputed; a region whose quota is below its
 * minimum gets the minimum; every other region gets the whole part of its quota, and the seats that
 * remain go one each to the largest remainders among them, exact ties by the tie-break order.
 *
 * Raising can use more seats than the others' remainders leave (many tiny regions with a minimum):
 * then the others with the smallest remainders give one back each, never going below their own
 * minimum, again and again until the seats add up. The U.S. apportionments never met this case; it is
 * the same rule read the other way (largest remainders keep, smallest give back).
 *
 * Exact: a quota is the fraction `seats·wᵢ / W`, compared on the common denominator `W`.
 * @internal
 */
export function hamiltonRaise(problem: Problem): Solution {
  const { weights, min, seats: total, rank, places, stepCount } = problem;
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) {
    // Only reachable when the minimums use every seat (parseProblem refuses the rest).
    const seats = [...min];
    return { seats, divisor: null, quota: null, quotas: seats.map(() => fraction(0n, 1n)), ties: [], steps: [], runnerUp: null };
  }
  const seats: bigint[] = [];
  const remainders: bigint[] = [];
  const others: number[] = [];
  weights.forEach((w, region) => {
    const x = total * w; // the quota is x / weightSum seats
    const low = min[region] as bigint;
    if (x < low * weightSum) {
      seats.push(low);
      remainders.push(0n);
    } else {
      seats.push(x / weightSum);
      remainders.push(x % weightSum);
      others.push(region);
    }
  });
  // Largest remainder first, exact ties in tie-break order.
  others.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    return ra === rb ? (rank[a] as number) - (rank[b] as number) : ra > rb ? -1 : 1;
  });
  const left = total - seats.reduce((a, b) => a + b, 0n);
  const quotas = weights.map((w) => fraction(total * w, weightSum));
  const quota = total === 0n ? null : fraction(weightSum, total * pow10(places));
  const show = (region: number) => displayRatio(remainders[region] as bigint, weightSum);
  if (left < 0n) {
    const ties = giveBack(problem, seats, remainders, others, -left, show);
    return { seats, divisor: null, quota, quotas, ties, steps: [], runnerUp: null };
  }

  const leftover = Number(left);
  const awarded = others.slice(0, leftover);
  for (const region of awarded) seats[region] = (seats[region] as bigint) + 1n;
  const ties: ApportionmentTie<bigint>[] = [];
  const last = awarded[awarded.length - 1];
  if (last !== undefined) {
    const tied = others.filter((region) => remainders[region] === remainders[last]);
    const winners = tied.filter((region) => awarded.includes(region));
    if (tied.length > winners.length) ties.push({ regions: tied, seatsContested: BigInt(winners.length), winners, priority: show(last) });
  }
  const first = total - left + 1n;
  const steps: ApportionmentStep<bigint>[] = awarded
    .map((region, k) => ({ seat: first + BigInt(k), region, seats: seats[region] as bigint, priority: show(region) }))
    .slice(Math.max(0, awarded.length - stepCount));
  const next = others[leftover];
  const runnerUp =
    next !== undefined && (remainders[next] as bigint) > 0n
      ? { seat: total + 1n, region: next, seats: (seats[next] as bigint) + 1n, priority: show(next) }
      : null;
  return { seats, divisor: null, quota, quotas, ties, steps, runnerUp };
}

/**
 * Take `count` seats back from the other regions, smallest remainder first (the last in tie-break
 * order first among equals), never below a region's minimum, pass after pass. Returns the tie that
 * decided the last pass, if any.
 */
function giveBack(
  problem: Problem,
  seats: bigint[],
  remainders: readonly bigint[],
  others: readonly number[],
  count: bigint,
  show: (region: number) => string,
): ApportionmentTie<bigint>[] {
  const min = problem.min;
  let owed = count;
  let ties: ApportionmentTie<bigint>[] = [];
  while (owed > 0n) {
    const open = others.filter((region) => (seats[region] as bigint) > (min[region] as bigint));
    const removed = open.slice(Math.max(0, open.length - Number(owed > BigInt(open.length) ? BigInt(open.length) : owed)));
    for (const region of removed) seats[region] = (seats[region] as bigint) - 1n;
    owed -= BigInt(removed.length);
    const lastRemoved = removed[0];
    ties = [];
    if (lastRemoved !== undefined) {
      const tied = open.filter((region) => remainders[region] === remainders[lastRemoved]);
      const winners = tied.filter((region) => !removed.includes(region));
      if (winners.length > 0) ties.push({ regions: tied, seatsContested: BigInt(winners.length), winners, priority: show(lastRemoved) });
    }
  }
  return ties;
}
