import type { Household } from "../household/household.js";
import type { AssessmentInputs } from "../program/program.js";
import { createCheckedAssessor } from "../program/assessHousehold.js";
import { PROGRAMS, programById } from "../program/catalogue.js";
import type { ParameterSet } from "../time/parameterSet.js";
import type { IsoDate } from "../time/isoDate.js";
import type { BatchTask } from "./_serve.js";

/** What the assess task is told: plain data only. @internal */
export interface AssessTaskOptions {
  readonly asOf: IsoDate;
  readonly programs?: readonly string[] | undefined;
  readonly parameters?: ParameterSet | undefined;
  readonly inputs?: AssessmentInputs | undefined;
}

/**
 * One household's decisions as they cross threads: [id, regency, eligible, total, programs], the
 * amounts as decimal strings; per program [status, yearly amount or "", codes of the checks not
 * passed]. A worker sends it as JSON text ({@link assessTask}). @internal
 */
export type AssessedWire = readonly [id: string, regency: string, eligible: readonly string[], total: string, programs: readonly (readonly [string, string, readonly string[]])[]];

/** The worker side of `assessHouseholdsParallel`: assess each accepted household. @internal */
export function assessTask(options: AssessTaskOptions): BatchTask {
  const programs = options.programs === undefined ? PROGRAMS : options.programs.map((id) => programById(id));
  const assess = createCheckedAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
  const inputs = options.inputs;
  return {
    // JSON text, not objects: a batch's results are a few hundred strings instead of tens of
    // thousands of small objects, which the worker would keep through scavenges until the batch is
    // sent, copy into the message, and the reading thread rebuild all at once. The reading thread
    // parses each household's text when it hands the event on.
    household(household: Household): string {
      const result = inputs === undefined ? assess(household) : assess(household, inputs);
      const programs = result.programs.map((p) => [p.status, p.benefit === undefined ? "" : p.benefit.total.toString(), p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => c.code)] as const);
      const wire: AssessedWire = [household.id, household.regency, result.eligible, result.total.toString(), programs];
      return JSON.stringify(wire);
    },
    finish: () => ({ value: undefined }),
  };
}
