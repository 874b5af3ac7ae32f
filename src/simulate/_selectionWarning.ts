import { renderMessage } from "../message/message.js";
import { simulateMessages } from "./messages.js";
import type { SimulationWarning } from "./result.js";
import type { SelectionState } from "./state.js";

/**
 * The code of a state's warning about a parameter set every year read in a year it has no value
 * for: the scenario's parameters and date agree across partitions, so a merge keeps the first
 * state's (the filling warnings are derived again). @internal
 */
export const RENEWAL_DUE = "simulate.warn.renewal_due";

/**
 * The warning a quota or budget filling raises: a quota that the regency's ranked eligible
 * households cannot fill. Derived from the selection state alone, so that merged partitions raise
 * the warnings of the single pass, in its order. @internal
 */
export function selectionWarning(state: SelectionState): SimulationWarning | undefined {
  const filled = state.eligible - state.unranked;
  if (state.quota === null || filled >= state.quota) return undefined;
  const message = renderMessage(simulateMessages["simulate.warn.quota_unfilled"], { program: state.program, regency: state.regency, quota: state.quota, filled });
  return { code: "simulate.warn.quota_unfilled", message };
}
