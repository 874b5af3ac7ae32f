import { failure, issue, type Issue } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { toIssues } from "../message/zod.js";
import { rupiah, type Rupiah, type RupiahInput } from "../money/rupiah.js";
import { simulateMessages } from "./messages.js";
import type { HouseholdOutcome, SimulationResult } from "./result.js";
import { SimulationStateSchema } from "./_stateSchema.js";
import type { SimulationState } from "./state.js";

/** A result passed back in, read as data: its checked state and household outcomes. @internal */
export interface ReadResult {
  readonly state: SimulationState;
  readonly households: readonly HouseholdOutcome[];
  readonly kept: boolean;
}

const finiteOrNull = (x: unknown) => x === null || (typeof x === "number" && Number.isFinite(x));
const booleanOrNull = (x: unknown) => x === null || typeof x === "boolean";

/** One household outcome, checked and copied (its support read as an exact amount), or `undefined`. */
function readOutcome(value: unknown): HouseholdOutcome | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const o = value as Record<keyof HouseholdOutcome, unknown>;
  const { id, regency, persons, programs } = o;
  const ok =
    typeof id === "string" &&
    typeof regency === "string" &&
    Number.isSafeInteger(persons) &&
    (persons as number) >= 0 &&
    Array.isArray(programs) &&
    programs.every((p) => typeof p === "string") &&
    finiteOrNull(o.perCapitaBefore) &&
    finiteOrNull(o.perCapitaAfter) &&
    booleanOrNull(o.poorBefore) &&
    booleanOrNull(o.poorAfter) &&
    finiteOrNull(o.mpiScoreBefore) &&
    finiteOrNull(o.mpiScoreAfter);
  if (!ok) return undefined;
  let support: Rupiah;
  try {
    support = rupiah(o.support as RupiahInput);
  } catch {
    return undefined;
  }
  return { ...(value as HouseholdOutcome), programs: [...(programs as string[])], support };
}

/**
 * Read the results given to {@link mergeSimulations} or `compareScenarios`: each must be a result
 * whose state passes the state schema and whose household outcomes (when kept) are readable. Every
 * figure is then recomputed from the state, so a result edited after the fact (or read back from
 * JSON) cannot carry numbers its state does not support. Throws `simulate.result_invalid` listing
 * every problem with its path.
 * @internal
 */
export function readResults(results: readonly SimulationResult[], what: string): ReadResult[] {
  if (!Array.isArray(results)) throw failure(simulateMessages, "simulate.results_not_a_list", { what, value: describeValue(results) });
  const issues: Issue[] = [];
  const read: ReadResult[] = [];
  for (let index = 0; index < results.length; index++) {
    const result = results[index];
    const path = [index];
    if (result === null || typeof result !== "object") {
      issues.push(issue(simulateMessages, "simulate.result_invalid", path, { index, what }));
      continue;
    }
    const parsed = SimulationStateSchema.safeParse(result.state, { reportInput: true });
    if (!parsed.success) {
      issues.push(...toIssues(parsed.error.issues, [index, "state"]));
      continue;
    }
    const kept = result.keptHouseholds === true;
    const given: unknown = result.households;
    const households: HouseholdOutcome[] = [];
    if (kept) {
      const list = Array.isArray(given) ? given : [];
      if (!Array.isArray(given)) issues.push(issue(simulateMessages, "simulate.result_invalid", [index, "households"], { index, what }));
      for (let row = 0; row < list.length; row++) {
        const outcome = readOutcome(list[row]);
        if (outcome === undefined) issues.push(issue(simulateMessages, "simulate.result_invalid", [index, "households", row], { index, what }));
        else households.push(outcome);
      }
    }
    read.push({ state: parsed.data, households, kept });
  }
  if (issues.length > 0) throw failure(simulateMessages, "simulate.result_invalid", { index: (issues[0] as Issue).path[0] ?? 0, what }, issues);
  return read;
}
