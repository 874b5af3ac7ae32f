import { describe, expect, it } from "vitest";
import { rankHouseholds, rupiah } from "../../src/index.js";
import { fillByPriority, type FillByPriorityOptions, type PriorityEntry } from "../../src/allocate/index.js";
import { allFixtures, FIXTURE_AS_OF } from "../fixtures/index.js";
import { thrown } from "../errors.js";

/** Entries a1…an with ranks 1…n, given in reverse order (the fill sorts by rank). */
const entries = (n: number): PriorityEntry[] => Array.from({ length: n }, (_, i) => ({ id: `a${i + 1}`, rank: i + 1 })).reverse();
const ids = (fill: { funded: readonly { id: string }[] }) => fill.funded.map((f) => f.id);

describe("fillByPriority with a quota", () => {
  it.each([
    { quota: 0, funded: [], cutOff: null, next: "a1" },
    { quota: 1, funded: ["a1"], cutOff: 1, next: "a2" },
    { quota: 3, funded: ["a1", "a2", "a3"], cutOff: 3, next: null },
    { quota: 100, funded: ["a1", "a2", "a3"], cutOff: 3, next: null },
  ])("quota $quota funds $funded", ({ quota, funded, cutOff, next }) => {
    const fill = fillByPriority(entries(3), { quota });
    expect(ids(fill)).toEqual(funded);
    expect(fill.cutOffRank).toBe(cutOff);
    expect(fill.next?.id ?? null).toBe(next);
    expect(fill.remainingQuota).toBe(quota - funded.length);
    expect(fill.unfundedCount).toBe(3 - funded.length);
    expect(fill.totalCost.toString()).toBe("0");
    expect(fill.remainingBudget).toBeNull();
  });

  it("says the quota was reached, in both languages", () => {
    const fill = fillByPriority(entries(150), { quota: 100 });
    expect(fill.next).toMatchObject({ id: "a101", rank: 101, limit: "quota" });
    expect(fill.next?.reason).toEqual({ id: "kuota 100 sudah terpenuhi", en: "quota of 100 reached" });
    expect(fill.summary.en).toBe("100 of 150 households funded, total cost Rp0; a101 (rank 101) is not funded: quota of 100 reached");
    expect(fill.summary.id).toBe("100 dari 150 rumah tangga didanai, total biaya Rp0; a101 (peringkat 101) tidak didanai: kuota 100 sudah terpenuhi");
  });

  it("adds up an optional cost", () => {
    const fill = fillByPriority(entries(5), { quota: 2, cost: "1500000" });
    expect(fill.totalCost.toString()).toBe("3000000");
    expect(fill.funded.map((f) => f.cumulativeCost?.toString())).toEqual(["1500000", "3000000"]);
    expect(fill.next?.cost?.toString()).toBe("1500000");
  });
});

describe("fillByPriority with a budget", () => {
  const cost = "3000000";

  it.each([
    { name: "exactly enough for three funds all three", budget: "9000000", funded: 3, remaining: "0", next: null },
    { name: "one rupiah short stops before the third", budget: "8999999", funded: 2, remaining: "2999999", next: "a3" },
    { name: "one rupiah more leaves one rupiah", budget: "9000001", funded: 3, remaining: "1", next: null },
    { name: "zero funds nobody", budget: "0", funded: 0, remaining: "0", next: "a1" },
  ])("$name", ({ budget, funded, remaining, next }) => {
    const fill = fillByPriority(entries(3), { budget, cost });
    expect(fill.funded.length).toBe(funded);
    expect(fill.remainingBudget?.toString()).toBe(remaining);
    expect(fill.totalCost.plus(fill.remainingBudget!).toString()).toBe(budget);
    expect(fill.next?.id ?? null).toBe(next);
  });

  it("explains the shortfall in both languages", () => {
    const short = fillByPriority(entries(3), { budget: "8999999", cost });
    expect(short.next?.reason).toEqual({
      id: "sisa Rp2.999.999 kurang dari biayanya Rp3.000.000",
      en: "remaining Rp2,999,999 is less than its cost Rp3,000,000",
    });
    const fill = fillByPriority(entries(3), { budget: "7200000", cost });
    expect(fill.next).toMatchObject({ id: "a3", rank: 3, limit: "budget" });
    expect(fill.next?.cost?.toString()).toBe("3000000");
    expect(fill.next?.reason.en).toBe("remaining Rp1,200,000 is less than its cost Rp3,000,000");
    expect(fill.cutOffRank).toBe(2);
  });

  it("shows fractions of a rupiah when the amounts have them, so the reason never looks wrong", () => {
    const fill = fillByPriority(entries(2), { budget: "5999999.5", cost });
    expect(fill.next?.reason.en).toBe("remaining Rp2,999,999.5 is less than its cost Rp3,000,000.0");
  });

  it("sums exactly (no binary floating point)", () => {
    const fill = fillByPriority(entries(3), { budget: "0.3", cost: "0.1" });
    expect(fill.funded.length).toBe(3);
    expect(fill.totalCost.toString()).toBe("0.3");
    expect(fill.remainingBudget?.toString()).toBe("0");
  });

  const priced = [
    { id: "first", rank: 1, price: 2_000_000 },
    { id: "dear", rank: 2, price: 5_000_000 },
    { id: "cheap", rank: 3, price: 1_000_000 },
    { id: "last", rank: 4, price: 1_000_000 },
  ];
  const byPrice = (e: (typeof priced)[number]) => e.price;

  it("does not skip a household it cannot afford for a cheaper lower-ranked one by default", () => {
    const fill = fillByPriority(priced, { budget: 4_000_000, cost: byPrice });
    expect(ids(fill)).toEqual(["first"]);
    expect(fill.next?.id).toBe("dear");
    expect(fill.skipped).toEqual([]);
    expect(fill.unfundedCount).toBe(3);
  });

  it("skips it when asked (skipUnaffordable), listing the skipped", () => {
    const fill = fillByPriority(priced, { budget: 4_000_000, cost: byPrice, skipUnaffordable: true });
    expect(ids(fill)).toEqual(["first", "cheap", "last"]);
    expect(fill.skipped.map((s) => [s.id, s.reason.en])).toEqual([["dear", "remaining Rp2,000,000 is less than its cost Rp5,000,000"]]);
    expect(fill.next?.id).toBe("dear");
    expect(fill.cutOffRank).toBe(4);
    expect(fill.remainingBudget?.toString()).toBe("0");
  });

  it("stops at whichever of quota and budget runs out first", () => {
    expect(fillByPriority(entries(5), { budget: 10, cost: 1, quota: 2 }).next?.limit).toBe("quota");
    expect(fillByPriority(entries(5), { budget: 1, cost: 1, quota: 2 }).next?.limit).toBe("budget");
  });

  it("funds ranked households with a cost that depends on the household", () => {
    const ranking = rankHouseholds(
      allFixtures().map((f) => f.household),
      { asOf: FIXTURE_AS_OF, score: [{ kind: "desil", weight: 1 }], missing: "exclude" },
    );
    // Rp 500,000 per member, e.g. a per-person staple-food package.
    const fill = fillByPriority(ranking.households, { budget: "5000000", cost: (h) => rupiah(500_000).times(h.household.members.length) });
    const sizes = fill.funded.map((f) => f.entry.household.members.length);
    expect(fill.totalCost.toString()).toBe(String(500_000 * sizes.reduce((a, b) => a + b, 0)));
    expect(fill.funded.map((f) => f.rank)).toEqual(fill.funded.map((_, i) => i + 1));
    expect(fill.next?.rank).toBe(fill.funded.length + 1);
    expect(fill.next?.reason.en).toMatch(/^remaining Rp[\d,]+ is less than its cost Rp[\d,]+$/);
  });
});

describe("fillByPriority input checks", () => {
  it.each([
    { name: "no quota and no budget", ranked: entries(1), options: {}, code: "allocate.fill_no_limit" },
    { name: "a budget without a cost", ranked: entries(1), options: { budget: 10 }, code: "allocate.fill_no_cost" },
    { name: "a negative quota", ranked: entries(1), options: { quota: -1 }, code: "allocate.fill_quota_invalid" },
    { name: "a fractional quota", ranked: entries(1), options: { quota: 1.5 }, code: "allocate.fill_quota_invalid" },
    { name: "a negative budget", ranked: entries(1), options: { budget: -5, cost: 1 }, code: "allocate.fill_budget_invalid" },
    { name: "a malformed budget", ranked: entries(1), options: { budget: "lots", cost: 1 }, code: "allocate.fill_budget_invalid" },
    { name: "a negative cost", ranked: entries(1), options: { budget: 5, cost: -1 }, code: "allocate.fill_cost_invalid" },
    { name: "a cost function returning NaN", ranked: entries(1), options: { budget: 5, cost: () => Number.NaN }, code: "allocate.fill_cost_invalid" },
    { name: "an entry without rank", ranked: [{ id: "x" }], options: { quota: 1 }, code: "allocate.fill_item_invalid" },
    { name: "a rank of 0", ranked: [{ id: "x", rank: 0 }], options: { quota: 1 }, code: "allocate.fill_item_invalid" },
    { name: "a repeated id", ranked: [{ id: "x", rank: 1 }, { id: "x", rank: 2 }], options: { quota: 1 }, code: "allocate.fill_duplicate_id" },
    { name: "a repeated rank", ranked: [{ id: "x", rank: 1 }, { id: "y", rank: 1 }], options: { quota: 1 }, code: "allocate.fill_duplicate_rank" },
    { name: "a ranking that is not a list", ranked: "a1", options: { quota: 1 }, code: "allocate.fill_not_a_list" },
  ])("refuses $name", ({ ranked, options, code }) => {
    const error = thrown(() => fillByPriority(ranked as unknown as PriorityEntry[], options as unknown as FillByPriorityOptions<PriorityEntry>));
    expect(error.code).toBe(code);
    expect(error.text.id.length).toBeGreaterThan(0);
  });

  it("lists every bad entry at once, with paths", () => {
    const error = thrown(() => fillByPriority([{ id: "x", rank: 1 }, { id: "x", rank: 1 }, { id: "", rank: 2 }], { quota: 1 }));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocate.fill_duplicate_id", ["ranked", 1, "id"]],
      ["allocate.fill_duplicate_rank", ["ranked", 1, "rank"]],
      ["allocate.fill_item_invalid", ["ranked", 2]],
    ]);
  });

  // Hostile-input hunt (2026-12-07): skipUnaffordable "yes" or 1 was silently read as false, and a
  // bad quota hid a bad budget beside it.
  it.each([
    { name: "a skipUnaffordable that is text", options: { budget: 10, cost: 3, skipUnaffordable: "yes" }, issues: [["allocate.fill_skip_invalid", ["skipUnaffordable"]]] },
    { name: "a skipUnaffordable that is a number", options: { budget: 10, cost: 3, skipUnaffordable: 1 }, issues: [["allocate.fill_skip_invalid", ["skipUnaffordable"]]] },
    {
      name: "a bad quota, budget and skipUnaffordable together",
      options: { quota: -1, budget: "lots", cost: 3, skipUnaffordable: null },
      issues: [["allocate.fill_quota_invalid", ["quota"]], ["allocate.fill_budget_invalid", ["budget"]], ["allocate.fill_skip_invalid", ["skipUnaffordable"]]],
    },
  ])("lists $name at its path", ({ options, issues }) => {
    const error = thrown(() => fillByPriority(entries(3), options as unknown as FillByPriorityOptions<PriorityEntry>));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual(issues);
    expect(error.issues.every((i) => i.message.id !== i.message.en && !i.message.en.includes("{"))).toBe(true);
  });

  it("masks a NIK used as an id in its texts", () => {
    const nik = "6402990101800007";
    const error = thrown(() => fillByPriority([{ id: nik, rank: 1 }], { budget: 1, cost: () => -1 }));
    expect(JSON.stringify([error.message, error.issues])).not.toContain(nik);
    const fill = fillByPriority([{ id: nik, rank: 1 }], { quota: 0 });
    expect(JSON.stringify(fill.summary)).not.toContain(nik);
  });
});
