// An independent, deliberately simple reference for the divisor methods, written from the textbook
// definitions without the library's internals: start every region at its minimum, then hand out each
// seat to the largest priority w / δ(n) among regions below their maximum (linear scan), exact ties to
// the earlier region in `order`. Weights are bigints (already scaled).
//   δ(n): jefferson n + 1, webster n + ½, adams n, huntington-hill √(n(n+1)).
// Conventions (as documented by the library): a zero weight has priority 0; under adams and
// huntington-hill a positive weight with no seat has infinite priority, larger weights first.

export type Method = "jefferson" | "webster" | "adams" | "huntington-hill";

/** Priority as a comparable triple: [infinite?, numerator, denominator] (huntington-hill squared). */
function priority(method: Method, w: bigint, n: bigint): [boolean, bigint, bigint] {
  if (w === 0n) return [false, 0n, 1n];
  switch (method) {
    case "jefferson":
      return [false, w, n + 1n];
    case "webster":
      return [false, 2n * w, 2n * n + 1n];
    case "adams":
      return n === 0n ? [true, w, 1n] : [false, w, n];
    case "huntington-hill":
      return n === 0n ? [true, w, 1n] : [false, w * w, n * (n + 1n)];
  }
}

function greater(a: [boolean, bigint, bigint], b: [boolean, bigint, bigint]): number {
  if (a[0] !== b[0]) return a[0] ? 1 : -1;
  const left = a[1] * b[2];
  const right = b[1] * a[2];
  return left === right ? 0 : left > right ? 1 : -1;
}

export function referenceSeats(
  method: Method,
  seats: number,
  weights: readonly bigint[],
  min: readonly number[],
  max: readonly (number | null)[],
  order: readonly number[] = weights.map((_, i) => i),
): number[] {
  const held = [...min];
  let count = held.reduce((a, b) => a + b, 0);
  while (count < seats) {
    let best = -1;
    for (const i of order) {
      const cap = max[i];
      if (cap !== null && cap !== undefined && (held[i] as number) >= cap) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const c = greater(
        priority(method, weights[i] as bigint, BigInt(held[i] as number)),
        priority(method, weights[best] as bigint, BigInt(held[best] as number)),
      );
      if (c > 0) best = i; // equal: keep the earlier one in `order`
    }
    held[best] = (held[best] as number) + 1;
    count += 1;
  }
  return held;
}

/** A weight or decimal text as an exact fraction [numerator, denominator]. */
export function toFraction(value: number | bigint | string): [bigint, bigint] {
  const text = String(value);
  const [whole, fraction = ""] = text.split(".");
  return [BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length)];
}

/**
 * The seats a divisor method gives at divisor `d` (decimal text): each quotient w / d rounded by the
 * method's rule, then clamped to [min, max]. Used to check that a reported divisor reproduces the seats.
 */
export function seatsAtDivisor(
  method: Method,
  divisor: string,
  weights: readonly (number | bigint | string)[],
  min: readonly number[],
  max: readonly (number | null)[],
): number[] {
  const [dn, dd] = toFraction(divisor);
  return weights.map((weight, i) => {
    const [wn, wd] = toFraction(weight);
    // x = (wn / wd) / (dn / dd) = (wn·dd) / (wd·dn)
    const num = wn * dd;
    const den = wd * dn;
    const floor = num / den;
    let seats: bigint;
    if (method === "jefferson") seats = floor;
    else if (method === "adams") seats = (num + den - 1n) / den;
    else if (method === "webster") seats = (2n * num + den) / (2n * den);
    else seats = num === 0n ? 0n : floor === 0n ? 1n : num * num >= floor * (floor + 1n) * den * den ? floor + 1n : floor;
    const low = BigInt(min[i] ?? 0);
    const cap = max[i];
    if (seats < low) seats = low;
    if (cap !== null && cap !== undefined && seats > BigInt(cap)) seats = BigInt(cap);
    return Number(seats);
  });
}
