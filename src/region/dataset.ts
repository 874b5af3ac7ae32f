import * as z from "zod/mini";
import { issue, type Issue, type SafeResult } from "../message/error.js";
import { toIssues, unreadableIssues } from "../message/zod.js";
import { statsMessages } from "./messages.js";
import { parseRegionPovertyStats, type RegionPovertyStats } from "./stats.js";

/**
 * Validate a whole list of poverty statistics from JSON (for example every regency of your own
 * province for one or more periods). Each entry is checked with {@link parseRegionPovertyStats}
 * (issue paths start with the entry's index), and the same region and period may appear only once.
 * Entries keep their input order. Never throws.
 *
 * @param input - Anything; an array is expected.
 * @returns Every entry, typed, or every issue of every entry.
 * @example
 * parseRegionPovertyDataset([]) //=> { success: true, data: [] }
 * parseRegionPovertyDataset({}).success //=> false
 * @category Regions
 */
export function parseRegionPovertyDataset(input: unknown): SafeResult<readonly RegionPovertyStats[]> {
  try {
    return parseDataset(input);
  } catch (thrown) {
    return { success: false, issues: unreadableIssues(thrown, "parseRegionPovertyDataset") };
  }
}

function parseDataset(input: unknown): SafeResult<readonly RegionPovertyStats[]> {
  const list = z.array(z.unknown()).safeParse(input, { reportInput: true });
  if (!list.success) return { success: false, issues: toIssues(list.error.issues) };
  const issues: Issue[] = [];
  const data: RegionPovertyStats[] = [];
  const seen = new Map<string, number>();
  list.data.forEach((entry, index) => {
    const result = parseRegionPovertyStats(entry);
    if (!result.success) {
      issues.push(...result.issues.map((found) => ({ ...found, path: [index, ...found.path] })));
      return;
    }
    const key = `${result.data.code}|${result.data.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        issue(statsMessages, "region.duplicate_stats", [index, "code"], {
          code: result.data.code,
          period: result.data.period,
          first,
        }),
      );
      return;
    }
    seen.set(key, index);
    data.push(result.data);
  });
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}
