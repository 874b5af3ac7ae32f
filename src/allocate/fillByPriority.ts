import { redactText } from "../message/redact.js";
import { asLibraryError, isLibraryError } from "../message/error.js";
import { interpolate, renderMessage, type Language, type MessageValues, type Text } from "../message/message.js";
import { rupiah, ZERO_RUPIAH, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { IssueList, fail, show } from "./_issues.js";
import { fillMessages } from "./messages.js";
import { alignedAmounts } from "../money/_shownAmount.js";

/**
 * An entry of a ranking: any object with a unique `id` and a unique integer `rank` (1 = first), such
 * as a {@link "tepat-sasaran"!RankedHousehold}.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * fillByPriority([{ id: "a", rank: 2 }, { id: "b", rank: 1 }], { quota: 1 }).funded[0].id //=> "b"
 * @category Allocation
 */
export interface PriorityEntry {
  /** Unique id. */
  readonly id: string;
  /** Position, 1 = first priority; unique. */
  readonly rank: number;
}

/**
 * The cost of funding one entry: the same amount for every entry, or a function of the entry.
 * @example
 * import type { PriorityCost } from "tepat-sasaran/allocate";
 *
 * const perMember: PriorityCost<RankedHousehold> = (h) => rupiah(600_000).times(householdSize(h.household));
 * @category Allocation
 */
export type PriorityCost<T> = RupiahInput | ((entry: T) => RupiahInput);

/**
 * Fill up to a number of places (e.g. 100 PKH quotas). A `cost`, when given, is summed into `totalCost`.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * fillByPriority(ranked, { quota: 10 }).next?.reason.en //=> "quota of 10 reached"
 * @category Allocation
 */
export interface FillByQuotaOptions<T> {
  /** How many entries may be funded (safe integer ≥ 0). */
  readonly quota: number;
  /** Optional cost per entry, to report the total. */
  readonly cost?: PriorityCost<T>;
  /** Not used without a budget. */
  readonly budget?: undefined;
  /** Not used without a budget. */
  readonly skipUnaffordable?: undefined;
}

/**
 * Fill up to a budget, optionally also up to a quota.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * fillByPriority(ranked, { budget: "50000000", cost: "3000000", skipUnaffordable: true })
 * @category Allocation
 */
export interface FillByBudgetOptions<T> {
  /** The money available (≥ 0). */
  readonly budget: RupiahInput;
  /** Cost per entry (≥ 0): one amount, or a function of the entry. */
  readonly cost: PriorityCost<T>;
  /** An optional cap on the number funded as well. */
  readonly quota?: number;
  /**
   * `false` (default): stop at the first entry whose cost exceeds the remaining budget — a
   * lower-ranked, cheaper entry never jumps ahead, and the funded set is a prefix of the ranking.
   * `true`: pass over such entries (listed in `skipped`) and keep funding lower-ranked ones that fit.
   */
  readonly skipUnaffordable?: boolean;
}

/**
 * Options of {@link fillByPriority}: a quota, a budget with costs, or both.
 * @example
 * import type { FillByPriorityOptions, PriorityEntry } from "tepat-sasaran/allocate";
 *
 * const options: FillByPriorityOptions<PriorityEntry> = { budget: "7200000", cost: "3000000", quota: 10 };
 * @category Allocation
 */
export type FillByPriorityOptions<T> = FillByQuotaOptions<T> | FillByBudgetOptions<T>;

/**
 * An entry that was funded.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * fillByPriority(ranked, { budget: "7200000", cost: "3000000" }).funded[1].cumulativeCost?.toString() //=> "6000000"
 * @category Allocation
 */
export interface FundedEntry<T> {
  /** The entry as given. */
  readonly entry: T;
  /** Its id. */
  readonly id: string;
  /** Its rank. */
  readonly rank: number;
  /** Its cost (`null` when no cost was given). */
  readonly cost: Rupiah | null;
  /** Total cost of the funded entries up to and including this one (`null` when no cost was given). */
  readonly cumulativeCost: Rupiah | null;
}

/**
 * An entry that was not funded, and why.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * fillByPriority(ranked, { budget: "7200000", cost: "3000000" }).next?.limit //=> "budget"
 * @category Allocation
 */
export interface UnfundedEntry<T> {
  /** The entry as given. */
  readonly entry: T;
  /** Its id. */
  readonly id: string;
  /** Its rank. */
  readonly rank: number;
  /** Its cost (`null` when no cost was given). */
  readonly cost: Rupiah | null;
  /** What stopped it: the quota or the budget. */
  readonly limit: "quota" | "budget";
  /** Why, e.g. "quota of 100 reached" or "remaining Rp1.200.000 is less than its cost Rp3.000.000". */
  readonly reason: Text;
}

/**
 * The result of {@link fillByPriority}.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * const fill = fillByPriority(ranked, { budget: "7200000", cost: "3000000" });
 * fill.remainingBudget?.toString() //=> "1200000"
 * fill.cutOffRank //=> 2
 * @category Allocation
 */
export interface PriorityFill<T> {
  /** Funded entries, in rank order. */
  readonly funded: readonly FundedEntry<T>[];
  /** The exact sum of the funded entries' costs (Rp0 when no cost was given). */
  readonly totalCost: Rupiah;
  /** The budget given, or `null`. */
  readonly budget: Rupiah | null;
  /** Budget minus total cost, or `null` without a budget. */
  readonly remainingBudget: Rupiah | null;
  /** The quota given, or `null`. */
  readonly quota: number | null;
  /** Quota minus the number funded, or `null` without a quota. */
  readonly remainingQuota: number | null;
  /** The rank of the lowest-ranked funded entry (`null` when none was funded). Without `skipUnaffordable`, every entry ranked at or above it is funded. */
  readonly cutOffRank: number | null;
  /** The highest-ranked entry not funded, with the reason; `null` when every entry was funded. */
  readonly next: UnfundedEntry<T> | null;
  /** With `skipUnaffordable`: every entry passed over for its cost, in rank order (else empty). */
  readonly skipped: readonly UnfundedEntry<T>[];
  /** How many entries were not funded. */
  readonly unfundedCount: number;
  /** One sentence in each language. */
  readonly summary: Text;
}

/** A message of `fillMessages` in both languages, with the values of each language. */
function say(code: keyof typeof fillMessages, values: Record<Language, MessageValues>): Text {
  const template = fillMessages[code];
  return { id: interpolate(template.id, values.id, "id"), en: interpolate(template.en, values.en, "en") };
}

function readAmount(value: unknown): Rupiah | undefined {
  try {
    const amount = rupiah(value as RupiahInput);
    return amount.isNegative() ? undefined : amount;
  } catch (error) {
    if (isLibraryError(error)) return undefined;
    throw error;
  }
}

/** An entry with its id and rank read once (a getter cannot change them between checks and use). */
interface Sortable<T> {
  readonly entry: T;
  readonly index: number;
  readonly id: string;
  readonly rank: number;
}

function sortedEntries<T extends PriorityEntry>(ranked: readonly T[]): Sortable<T>[] {
  if (!Array.isArray(ranked)) fail(fillMessages, "allocate.fill_not_a_list", { value: show(ranked) }, ["ranked"]);
  const issues = new IssueList();
  const ids = new Set<string>();
  const ranks = new Set<number>();
  const out: Sortable<T>[] = [];
  // An index loop: a hole is an invalid entry at its index, never skipped.
  for (let index = 0; index < ranked.length; index++) {
    const entry = ranked[index] as T;
    const { id, rank } = (entry !== null && typeof entry === "object" ? entry : {}) as Partial<PriorityEntry>;
    if (typeof id !== "string" || id.length === 0 || typeof rank !== "number" || !Number.isSafeInteger(rank) || rank < 1) {
      issues.add(fillMessages, "allocate.fill_item_invalid", ["ranked", index], { index });
      continue;
    }
    if (ids.has(id)) issues.add(fillMessages, "allocate.fill_duplicate_id", ["ranked", index, "id"], { id: redactText(id), index });
    if (ranks.has(rank)) issues.add(fillMessages, "allocate.fill_duplicate_rank", ["ranked", index, "rank"], { rank, index });
    ids.add(id);
    ranks.add(rank);
    out.push({ entry, index, id, rank });
  }
  issues.throwIfAny();
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * Fund households (or any ranked entries) in rank order until a quota or a budget runs out — the
 * last step of targeting within a regency.
 *
 * Entries are taken by ascending `rank` (input order does not matter; ids and ranks must be unique).
 * With a quota, the first `quota` entries are funded. With a budget, each entry is funded if its cost
 * is at most the remaining budget (so a budget exactly equal to the costs funds them all, and one
 * rupiah less stops at the last). By default the fill **stops** at the first entry that does not fit,
 * even if a cheaper lower-ranked entry would: priority is not traded for price unless the caller asks
 * with `skipUnaffordable: true`. Sums are exact (decimal Rupiah). The result gives the funded list,
 * total cost, remaining budget and quota, the cut-off rank, and the next entry not funded with the
 * reason in Bahasa Indonesia and English.
 *
 * Bad input throws a `TepatSasaranError` listing every problem: missing limit, a negative or malformed
 * quota, budget or cost, a `skipUnaffordable` that is not `true` or `false`, an entry without id or
 * rank, a repeated id or rank.
 *
 * @param ranked - Ranked entries, e.g. `rankHouseholds(…).households`.
 * @param options - `{ quota }`, or `{ budget, cost }` (with optional `quota` and `skipUnaffordable`).
 * @returns What was funded, and why the next entry was not.
 * @example
 * import { fillByPriority } from "tepat-sasaran/allocate";
 *
 * const fill = fillByPriority(ranking.households, { budget: "7200000", cost: "3000000" });
 * fill.funded.map((f) => f.rank)  //=> [1, 2]
 * fill.remainingBudget?.toString() //=> "1200000"
 * fill.next?.reason.en            //=> "remaining Rp1,200,000 is less than its cost Rp3,000,000"
 * fillByPriority(ranking.households, { quota: 1 }).next?.reason.id //=> "kuota 1 sudah terpenuhi"
 * @category Allocation
 */
export function fillByPriority<T extends PriorityEntry>(ranked: readonly T[], options: FillByPriorityOptions<T>): PriorityFill<T> {
  try {
    return fill(ranked, options);
  } catch (error) {
    throw asLibraryError(error, "fillByPriority");
  }
}

function fill<T extends PriorityEntry>(ranked: readonly T[], options: FillByPriorityOptions<T>): PriorityFill<T> {
  const { quota, budget: budgetInput, cost, skipUnaffordable } = (options ?? {}) as Partial<FillByBudgetOptions<T>>;
  if (quota === undefined && budgetInput === undefined) fail(fillMessages, "allocate.fill_no_limit");
  // Every bad option at once; a skipUnaffordable of "yes" or 1 was silently read as false.
  const issues = new IssueList();
  if (quota !== undefined && (typeof quota !== "number" || !Number.isSafeInteger(quota) || quota < 0)) {
    issues.add(fillMessages, "allocate.fill_quota_invalid", ["quota"], { value: show(quota) });
  }
  const budgetRead = budgetInput === undefined ? null : readAmount(budgetInput);
  if (budgetRead === undefined) issues.add(fillMessages, "allocate.fill_budget_invalid", ["budget"], { value: show(budgetInput) });
  if (skipUnaffordable !== undefined && typeof skipUnaffordable !== "boolean") {
    issues.add(fillMessages, "allocate.fill_skip_invalid", ["skipUnaffordable"], { value: show(skipUnaffordable) });
  }
  issues.throwIfAny();
  const budget = budgetRead as Rupiah | null;
  if (budget !== null && cost === undefined) fail(fillMessages, "allocate.fill_no_cost", {}, ["cost"]);
  const entries = sortedEntries(ranked);
  const fixedCost = cost === undefined || typeof cost === "function" ? undefined : readAmount(cost);
  if (cost !== undefined && typeof cost !== "function" && fixedCost === undefined) {
    fail(fillMessages, "allocate.fill_cost_invalid", { id: "*", value: show(cost) }, ["cost"]);
  }
  const costOf = ({ entry, index, id }: Sortable<T>): Rupiah | null => {
    if (cost === undefined) return null;
    if (fixedCost !== undefined) return fixedCost;
    const value = (cost as (entry: T) => RupiahInput)(entry);
    const amount = readAmount(value);
    if (amount === undefined) fail(fillMessages, "allocate.fill_cost_invalid", { id: redactText(id), value: show(value) }, ["cost", index]);
    return amount;
  };

  const funded: FundedEntry<T>[] = [];
  const skipped: UnfundedEntry<T>[] = [];
  let next: UnfundedEntry<T> | null = null;
  let total = ZERO_RUPIAH;
  let remaining = budget;
  for (const sortable of entries) {
    const { entry, id, rank } = sortable;
    if (quota !== undefined && funded.length >= quota) {
      const reason = renderMessage(fillMessages["allocate.fill_quota_reached"], { quota });
      next ??= { entry, id, rank, cost: costOf(sortable), limit: "quota", reason };
      break;
    }
    const price = costOf(sortable);
    if (remaining !== null && price !== null && price.compare(remaining) > 0) {
      const shown = alignedAmounts(remaining, price);
      const [left, need] = shown.id;
      const [leftEn, needEn] = shown.en;
      const reason = say("allocate.fill_budget_short", { id: { remaining: left, cost: need }, en: { remaining: leftEn, cost: needEn } });
      const unfunded: UnfundedEntry<T> = { entry, id, rank, cost: price, limit: "budget", reason };
      next ??= unfunded;
      if (skipUnaffordable !== true) break;
      skipped.push(unfunded);
      continue;
    }
    if (price !== null) total = total.plus(price);
    if (remaining !== null && price !== null) remaining = remaining.minus(price);
    funded.push({ entry, id, rank, cost: price, cumulativeCost: price === null ? null : total });
  }
  const last = funded[funded.length - 1];
  const totalText = alignedAmounts(total);
  const nextText = next
    ? say("allocate.fill_next", { id: { id: redactText(next.id), rank: next.rank, reason: next.reason.id }, en: { id: redactText(next.id), rank: next.rank, reason: next.reason.en } })
    : { id: "", en: "" };
  const counts = { funded: funded.length, total: entries.length };
  return {
    funded,
    totalCost: total,
    budget,
    remainingBudget: remaining,
    quota: quota ?? null,
    remainingQuota: quota === undefined ? null : quota - funded.length,
    cutOffRank: last ? last.rank : null,
    next,
    skipped,
    unfundedCount: entries.length - funded.length,
    summary: say("allocate.fill_summary", { id: { ...counts, cost: totalText.id[0], next: nextText.id }, en: { ...counts, cost: totalText.en[0], next: nextText.en } }),
  };
}
