import type { Household } from "../household/household.js";
import type { Language } from "../message/message.js";
import { serveBatches } from "../node/_serve.js";
import { createAssessor } from "../program/assessHousehold.js";
import { programById } from "../program/catalogue.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { renderAssessment } from "./commands/assess.js";

/** What `assess --workers N` tells each worker: the same settings the reading thread would use. @internal */
export interface AssessTaskOptions {
  readonly asOf: string;
  readonly programs: readonly string[];
  readonly parameters?: ParameterSet | undefined;
  readonly lang: Language;
  readonly format: string;
}

// The worker script of the command line: each worker reads its batches and renders every accepted
// household's assessment exactly as the one-thread path does (renderAssessment).
serveBatches({
  assess: (options: AssessTaskOptions) => {
    const programs = options.programs.map((id) => programById(id));
    const assess = createAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
    return {
      household: (household: Household) => renderAssessment(household, assess(household), programs, options.lang, options.format, options.asOf),
      finish: () => undefined,
    };
  },
});
