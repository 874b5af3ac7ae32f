// Priorities of the divisor methods, compared exactly.
//
// The priority of a region holding n seats to receive seat n + 1 is w / δ(n):
//   jefferson δ(n) = n + 1, webster δ(n) = n + ½, adams δ(n) = n, huntington-hill δ(n) = √(n(n + 1)).
// A key stores num / den with num, den ≥ 0: webster as 2w / (2n + 1), huntington-hill *squared* as
// w² / (n(n + 1)) (squaring keeps the order of positive values, so no square root is ever taken).
// den = 0 with num > 0 is an infinite priority (a first seat under adams or huntington-hill); infinite
// priorities compare by num, i.e. by weight — the limit of w / δ(ε) as ε → 0 — so larger regions get
// their first seat first. num = 0 (a zero weight) is priority 0 at every n.
import { ceilDiv, displayRatio, displaySqrtRatio, pow10 } from "./_exact.js";
import type { DivisorMethod } from "./types.js";

/** An exact priority `num / den` (squared for huntington-hill). @internal */
export interface Key {
  readonly num: bigint;
  readonly den: bigint;
}

/** The priority of the seat after `held` seats. @internal */
export function keyFor(method: DivisorMethod, weight: bigint, held: bigint): Key {
  switch (method) {
    case "jefferson":
      return { num: weight, den: held + 1n };
    case "webster":
      return { num: 2n * weight, den: 2n * held + 1n };
    case "adams":
      return { num: weight, den: held };
    case "huntington-hill":
      return { num: weight * weight, den: held * (held + 1n) };
  }
}

/** Whether the key is an infinite priority. @internal */
export function isInfinite(key: Key): boolean {
  return key.den === 0n && key.num > 0n;
}

/** -1, 0 or 1 as priority `a` is lower than, equal to or higher than `b`. @internal */
export function compareKeys(a: Key, b: Key): number {
  if (a.num === 0n || b.num === 0n) return a.num === 0n ? (b.num === 0n ? 0 : -1) : 1;
  const aInfinite = a.den === 0n;
  const bInfinite = b.den === 0n;
  if (aInfinite || bInfinite) {
    if (aInfinite && bInfinite) return a.num === b.num ? 0 : a.num < b.num ? -1 : 1;
    return aInfinite ? 1 : -1;
  }
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * The seats a divisor method gives a region whose quotient is `weight · p / q` (before bounds).
 * Boundary cases do not matter: the caller adjusts and resolves ties exactly afterwards.
 * @internal
 */
export function roundQuotient(method: DivisorMethod, weight: bigint, p: bigint, q: bigint): bigint {
  const x = weight * p;
  switch (method) {
    case "jefferson":
      return x / q;
    case "webster":
      return (2n * x + q) / (2n * q);
    case "adams":
      return ceilDiv(x, q);
    case "huntington-hill": {
      if (x === 0n) return 0n;
      const floor = x / q;
      if (floor === 0n) return 1n;
      return x * x >= floor * (floor + 1n) * q * q ? floor + 1n : floor;
    }
  }
}

/** A key as display text in the caller's weight units (`places`: weights were scaled by 10^places). @internal */
export function displayKey(method: DivisorMethod, key: Key, places: number): string {
  if (key.num === 0n) return "0";
  if (key.den === 0n) return "Infinity";
  if (method === "huntington-hill") return displaySqrtRatio(key.num, key.den * pow10(2 * places));
  return displayRatio(key.num, key.den * pow10(places));
}

/** A region with the priority of its next (or last) seat. @internal */
export interface Entry {
  readonly region: number;
  readonly key: Key;
}

/** Award order for a heap: higher priority first, equal priorities by tie-break rank. @internal */
export const awardFirst = (rank: readonly number[]) => (a: Entry, b: Entry): boolean => {
  const c = compareKeys(a.key, b.key);
  return c !== 0 ? c > 0 : (rank[a.region] as number) < (rank[b.region] as number);
};

/** The reverse of award order (taking seats back). @internal */
export const removeFirst = (rank: readonly number[]) => (a: Entry, b: Entry): boolean => {
  const c = compareKeys(a.key, b.key);
  return c !== 0 ? c < 0 : (rank[a.region] as number) > (rank[b.region] as number);
};
