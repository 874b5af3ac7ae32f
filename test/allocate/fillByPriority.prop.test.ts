import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { rupiah, sumRupiah } from "../../src/index.js";
import { fillByPriority } from "../../src/allocate/index.js";

// Ranked entries with distinct (not necessarily consecutive) ranks and costs in whole or half rupiah,
// given in a shuffled order.
const ranking = fc
  .array(fc.record({ cost: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom("0.5", "1000000.5", "2500000")), gap: fc.integer({ min: 1, max: 3 }) }), {
    maxLength: 20,
  })
  .chain((items) => {
    let rank = 0;
    const ranked = items.map((item, i) => ({ id: `h${i}`, rank: (rank += item.gap), cost: item.cost }));
    return fc.shuffledSubarray(ranked, { minLength: ranked.length, maxLength: ranked.length });
  });
const budget = fc.oneof(fc.integer({ min: 0, max: 30_000_000 }), fc.constantFrom("0", "2500000.5", "7000000"));

describe("fillByPriority properties", () => {
  test.prop([ranking, budget, fc.boolean(), fc.option(fc.nat({ max: 25 }), { nil: undefined })], { numRuns: 1000 })(
    "the funded total never exceeds the budget, sums exactly, and is a prefix of the ranking unless skipping",
    (ranked, budgetInput, skip, quota) => {
      const options = { budget: budgetInput, cost: (e: (typeof ranked)[number]) => e.cost, skipUnaffordable: skip, ...(quota === undefined ? {} : { quota }) };
      const fill = fillByPriority(ranked, options);
      const ordered = [...ranked].sort((a, b) => a.rank - b.rank);
      const total = sumRupiah(fill.funded.map((f) => f.entry.cost));
      expect(fill.totalCost.equals(total)).toBe(true);
      expect(fill.totalCost.compare(budgetInput)).toBeLessThanOrEqual(0);
      expect(fill.remainingBudget?.equals(rupiah(budgetInput).minus(total))).toBe(true);
      expect(fill.funded.length + fill.unfundedCount).toBe(ranked.length);
      if (quota !== undefined) expect(fill.funded.length).toBeLessThanOrEqual(quota);
      const fundedIds = fill.funded.map((f) => f.id);
      if (!skip) {
        // A prefix: the first k entries by rank, and the next one did not fit (or the quota was reached).
        expect(fundedIds).toEqual(ordered.slice(0, fundedIds.length).map((e) => e.id));
        const next = ordered[fundedIds.length];
        expect(fill.next?.id).toBe(next?.id);
        if (next && fill.next?.limit === "budget") expect(rupiah(next.cost).compare(fill.remainingBudget!)).toBe(1);
        if (next && fill.next?.limit === "quota") expect(fundedIds.length).toBe(quota);
      } else {
        // Greedy in rank order: funded in rank order; every skipped entry costs more than what is left.
        expect(fill.funded.map((f) => f.rank)).toEqual([...fill.funded.map((f) => f.rank)].sort((a, b) => a - b));
        for (const s of fill.skipped) expect(rupiah(s.entry.cost).compare(fill.remainingBudget!)).toBe(1);
        // Skipping never funds less than stopping would.
        const stopped = fillByPriority(ranked, { ...options, skipUnaffordable: false });
        expect(stopped.funded.every((f) => fundedIds.includes(f.id))).toBe(true);
      }
      // Independent of input order.
      const again = fillByPriority([...ranked].reverse(), options);
      expect(again.funded.map((f) => f.id)).toEqual(fundedIds);
    },
  );

  test.prop([ranking, fc.nat({ max: 25 })], { numRuns: 1000 })("a quota funds exactly min(quota, n) entries, the first by rank", (ranked, quota) => {
    const fill = fillByPriority(ranked, { quota });
    const ordered = [...ranked].sort((a, b) => a.rank - b.rank);
    expect(fill.funded.map((f) => f.id)).toEqual(ordered.slice(0, Math.min(quota, ranked.length)).map((e) => e.id));
    expect(fill.cutOffRank).toBe(fill.funded.at(-1)?.rank ?? null);
    expect(fill.next?.reason.en ?? null).toBe(quota < ranked.length ? `quota of ${quota} reached` : null);
  });
});
