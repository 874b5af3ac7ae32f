import { displayRatio, fraction, pow10 } from "./_exact.js";
import type { Problem } from "./_input.js";
import { solveLambda } from "./_proportional.js";
import { fillZeroWeights, segmentSteps, zeroWeightTie, type Solution } from "./_solution.js";
import type { ApportionmentStep, ApportionmentTie, ExactFraction } from "./types.js";

/**
 * Hamilton (largest remainder) with floors and caps, exactly.
 *
 * Each region's quota is its proportional share λ·wᵢ clamped to [minᵢ, maxᵢ], with λ chosen so the
 * quotas add up to the seats (see `solveLambda`: the excess over a cap, or the shortfall under a
 * floor, is shared again among the others). Every region gets the whole part of its quota; the seats
 * left (fewer than the number of regions) go one each to the largest fractional remainders, exact
 * ties by the tie-break order. A quota with a fractional part is below its cap, so the extra seat
 * never breaks a cap.
 * @internal
 */
export function hamilton(problem: Problem): Solution {
  const { weights, min, max, seats: total, rank, places } = problem;
  const lambda = solveLambda(weights, min, max, total);
  if (lambda === null) {
    const seats = weights.map((w, i) => (w === 0n ? (min[i] as bigint) : (max[i] as bigint)));
    const segments = fillZeroWeights(problem, seats);
    const tie = zeroWeightTie(problem, seats);
    const quotas = seats.map((s) => fraction(s, 1n));
    const steps = segmentSteps(segments, total, problem.stepCount);
    return { seats, divisor: null, quota: null, quotas, ties: tie ? [tie] : [], steps, runnerUp: null };
  }
  const { p, q } = lambda;
  const seats: bigint[] = [];
  const remainders: bigint[] = [];
  const quotas: ExactFraction[] = [];
  weights.forEach((w, i) => {
    const low = min[i] as bigint;
    const high = max[i] as bigint | null;
    const x = w * p; // the quota is x / q seats
    if (w === 0n || x <= low * q) {
      seats.push(low);
      remainders.push(0n);
      quotas.push(fraction(low, 1n));
    } else if (high !== null && x >= high * q) {
      seats.push(high);
      remainders.push(0n);
      quotas.push(fraction(high, 1n));
    } else {
      seats.push(x / q);
      remainders.push(x % q);
      quotas.push(fraction(x, q));
    }
  });
  const leftover = Number(total - seats.reduce((a, b) => a + b, 0n));
  const candidates = remainders
    .map((remainder, region) => ({ remainder, region }))
    .filter((c) => c.remainder > 0n)
    .sort((a, b) => (a.remainder === b.remainder ? (rank[a.region] as number) - (rank[b.region] as number) : a.remainder > b.remainder ? -1 : 1));
  const awarded = candidates.slice(0, leftover);
  for (const { region } of awarded) seats[region] = (seats[region] as bigint) + 1n;

  const show = (remainder: bigint) => displayRatio(remainder, q);
  const ties: ApportionmentTie<bigint>[] = [];
  const last = awarded[awarded.length - 1];
  if (last) {
    const tied = candidates.filter((c) => c.remainder === last.remainder).map((c) => c.region);
    const won = new Set(awarded.map((a) => a.region));
    const winners = tied.filter((region) => won.has(region));
    if (tied.length > winners.length) {
      ties.push({ regions: tied, seatsContested: BigInt(winners.length), winners, priority: show(last.remainder) });
    }
  }
  const first = total - BigInt(leftover) + 1n;
  const steps: ApportionmentStep<bigint>[] = awarded
    .map(({ region, remainder }, k) => ({ seat: first + BigInt(k), region, seats: seats[region] as bigint, priority: show(remainder) }))
    .slice(Math.max(0, awarded.length - problem.stepCount));
  const next = candidates[leftover];
  const runnerUp = next
    ? { seat: total + 1n, region: next.region, seats: (seats[next.region] as bigint) + 1n, priority: show(next.remainder) }
    : null;
  // Weight per seat, in the caller's units: 1 / λ = q / p, unscaled by 10^places.
  const quota = p === 0n ? null : fraction(q, p * pow10(places));
  return { seats, divisor: null, quota, quotas, ties, steps, runnerUp };
}
