import type { Problem } from "./_input.js";
import type { Apportionment, ApportionmentStep, ApportionmentTie, ExactFraction } from "./types.js";

/** An apportionment in bigints, before conversion to the caller's number type. @internal */
export interface Solution {
  readonly seats: bigint[];
  readonly divisor: string | null;
  readonly quota: ExactFraction | null;
  readonly quotas: readonly ExactFraction[] | null;
  readonly ties: ApportionmentTie<bigint>[];
  readonly steps: ApportionmentStep<bigint>[];
  readonly runnerUp: ApportionmentStep<bigint> | null;
}

/** Seats handed out at the end in a fixed order (zero-weight regions, in tie-break order). @internal */
export interface Segment {
  readonly region: number;
  /** Seats before. */
  readonly from: bigint;
  /** Seats after. */
  readonly to: bigint;
}

/**
 * Give the seats left once every positive-weight region is at its cap to the zero-weight regions,
 * in tie-break order, each filled to its cap before the next (what seat-by-seat awarding does: all
 * of them have priority 0, so the tie-break decides every one of these seats).
 * @internal
 */
export function fillZeroWeights(problem: Problem, seats: bigint[]): Segment[] {
  let left = problem.seats - seats.reduce((a, b) => a + b, 0n);
  const segments: Segment[] = [];
  for (const region of problem.order) {
    if (left <= 0n) break;
    if (problem.weights[region] !== 0n) continue;
    const from = seats[region] as bigint;
    const cap = problem.max[region] ?? null;
    const take = cap === null || cap - from > left ? left : cap - from;
    if (take <= 0n) continue;
    seats[region] = from + take;
    left -= take;
    segments.push({ region, from, to: from + take });
  }
  return segments;
}

/**
 * The tie among zero-weight regions when they had to take seats and had more room than seats.
 * @internal
 */
export function zeroWeightTie(problem: Problem, seats: readonly bigint[]): ApportionmentTie<bigint> | null {
  let filled = 0n;
  let room: bigint | null = 0n;
  const open: number[] = [];
  for (const region of problem.order) {
    if (problem.weights[region] !== 0n) continue;
    const low = problem.min[region] as bigint;
    const cap = problem.max[region] ?? null;
    filled += (seats[region] as bigint) - low;
    if (cap !== null && cap === low) continue;
    open.push(region);
    room = cap === null || room === null ? null : room + cap - low;
  }
  if (filled === 0n || open.length < 2 || (room !== null && room <= filled)) return null;
  const winners = open.filter((region) => (seats[region] as bigint) > (problem.min[region] as bigint));
  return { regions: open, seatsContested: filled, winners, priority: "0" };
}

/** The last `count` seats of segments that end at seat `total`, in award order. @internal */
export function segmentSteps(segments: readonly Segment[], total: bigint, count: number): ApportionmentStep<bigint>[] {
  const steps: ApportionmentStep<bigint>[] = [];
  let seat = total;
  for (let s = segments.length - 1; s >= 0 && steps.length < count; s--) {
    const { region, from, to } = segments[s] as Segment;
    for (let held = to; held > from && steps.length < count; held--) {
      steps.push({ seat, region, seats: held, priority: "0" });
      seat -= 1n;
    }
  }
  return steps.reverse();
}

function convertStep(step: ApportionmentStep<bigint>): ApportionmentStep<number> {
  return { ...step, seat: Number(step.seat), seats: Number(step.seats) };
}

/** The public result, with `number`s unless the caller passed `seats` as a bigint. @internal */
export function toApportionment(problem: Problem, solution: Solution): Apportionment<number> | Apportionment<bigint> {
  const base = { method: problem.method, divisor: solution.divisor, quota: solution.quota, quotas: solution.quotas };
  if (problem.bigintOutput) {
    return { ...base, total: problem.seats, seats: solution.seats, ties: solution.ties, steps: solution.steps, runnerUp: solution.runnerUp };
  }
  return {
    ...base,
    total: Number(problem.seats),
    seats: solution.seats.map(Number),
    ties: solution.ties.map((tie) => ({ ...tie, seatsContested: Number(tie.seatsContested) })),
    steps: solution.steps.map(convertStep),
    runnerUp: solution.runnerUp ? convertStep(solution.runnerUp) : null,
  };
}
