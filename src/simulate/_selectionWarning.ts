import { renderOwn } from "../message/message.js";
import { programName } from "../program/_programName.js";
import { simulateMessages } from "./messages.js";
import type { SimulationWarning } from "./result.js";
import type { ProgramMeta, SelectionState } from "./state.js";

/**
 * The code of a state's warning about a parameter set every year read in a year it has no value
 * for: the scenario's parameters and date agree across partitions, so a merge keeps the first
 * state's (the filling warnings are derived again). @internal
 */
export const RENEWAL_DUE = "simulate.warn.renewal_due";

/**
 * A regency as warnings name it: its code and name ("64.02 Kutai Kartanegara"), or its code alone
 * when it has no name (an unnamed regency's name is its code). @internal
 */
export function regencyLabel(names: Readonly<Record<string, string>>, code: string): string {
  const name = names[code] ?? code;
  return name === code ? code : `${code} ${name}`;
}

/**
 * The warnings the quota fillings raise, in the order of the selections (program, then regency): a
 * quota that the regency's ranked eligible households cannot fill, the program and the regency
 * named. Derived from the state alone (its selections, programs and regency names), so that merged
 * partitions raise the warnings of the single pass, word for word. @internal
 */
export function fillingWarnings(selection: readonly SelectionState[], programs: readonly ProgramMeta[], names: Readonly<Record<string, string>>): SimulationWarning[] {
  const warnings: SimulationWarning[] = [];
  for (const state of selection) {
    const filled = state.eligible - state.unranked;
    if (state.quota === null || filled >= state.quota) continue;
    const program = programName(programs.find((p) => p.id === state.program) ?? { id: state.program });
    const message = renderOwn(simulateMessages["simulate.warn.quota_unfilled"], { program, regency: regencyLabel(names, state.regency), quota: state.quota, filled });
    warnings.push({ code: "simulate.warn.quota_unfilled", message });
  }
  return warnings;
}
