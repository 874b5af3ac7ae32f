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

/** One household's decisions as they cross threads: amounts as decimal strings. @internal */
export interface AssessedWire {
  readonly id: string;
  readonly regency: string;
  readonly eligible: readonly string[];
  readonly total: string;
  /** Per program: [status, yearly amount or "", codes of the checks not passed]. */
  readonly programs: readonly (readonly [string, string, readonly string[]])[];
}

/** The worker side of `assessHouseholdsParallel`: assess each accepted household. @internal */
export function assessTask(options: AssessTaskOptions): BatchTask {
  const programs = options.programs === undefined ? PROGRAMS : options.programs.map((id) => programById(id));
  const assess = createCheckedAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
  const inputs = options.inputs;
  return {
    household(household: Household): AssessedWire {
      const result = inputs === undefined ? assess(household) : assess(household, inputs);
      return {
        id: household.id,
        regency: household.regency,
        eligible: result.eligible,
        total: result.total.toString(),
        programs: result.programs.map((p) => [p.status, p.benefit === undefined ? "" : p.benefit.total.toString(), p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => c.code)] as const),
      };
    },
    finish: () => ({ value: undefined }),
  };
}
