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
 * passed]. @internal
 */
export type AssessedWire = readonly [id: string, regency: string, eligible: readonly string[], total: string, programs: readonly (readonly [string, string, readonly string[]])[]];

/**
 * A household's decisions as one text: the id and regency (any text) with their lengths, then
 * tab-separated the total, the eligible program ids and each program as "status yearly codes…",
 * space-separated. Statuses, program ids and check codes are the library's identifiers (no space,
 * no tab); amounts are decimal numbers. One text instead of a tree of small objects: a batch's
 * results are a few hundred strings that cost the scavenger and the message little, and the
 * reading thread decodes one household at a time. Cheaper than JSON on both sides.
 * @internal
 */
export function encodeAssessed([id, regency, eligible, total, programs]: AssessedWire): string {
  let text = `${id.length}:${id}${regency.length}:${regency}${total}\t${eligible.join(" ")}`;
  for (const [status, yearly, codes] of programs) text += codes.length === 0 ? `\t${status} ${yearly}` : `\t${status} ${yearly} ${codes.join(" ")}`;
  return text;
}

/**
 * The decisions of {@link encodeAssessed}'s text, each program's made by `program` (the reading
 * thread builds its events' decisions directly, with no tuples in between). @internal
 */
export function decodeAssessed<P>(text: string, program: (status: string, yearly: string, unmet: string[], index: number) => P): readonly [id: string, regency: string, eligible: readonly string[], total: string, programs: P[]] {
  const idColon = text.indexOf(":");
  const idEnd = idColon + 1 + Number(text.slice(0, idColon));
  const regencyColon = text.indexOf(":", idEnd);
  const regencyEnd = regencyColon + 1 + Number(text.slice(idEnd, regencyColon));
  const fields = text.slice(regencyEnd).split("\t");
  const eligible = fields[1] as string;
  const programs: P[] = [];
  for (let f = 2; f < fields.length; f++) {
    const parts = (fields[f] as string).split(" ");
    programs.push(program(parts[0] as string, parts[1] as string, parts.slice(2), f - 2));
  }
  return [text.slice(idColon + 1, idEnd), text.slice(regencyColon + 1, regencyEnd), eligible === "" ? [] : eligible.split(" "), fields[0] as string, programs];
}

/** The worker side of `assessHouseholdsParallel`: assess each accepted household. @internal */
export function assessTask(options: AssessTaskOptions): BatchTask {
  const programs = options.programs === undefined ? PROGRAMS : options.programs.map((id) => programById(id));
  const assess = createCheckedAssessor({ asOf: options.asOf, programs, ...(options.parameters ? { parameters: options.parameters } : {}) });
  const inputs = options.inputs;
  return {
    // One text per household (encodeAssessed), not objects that the worker would keep through
    // scavenges until the batch is sent and the reading thread would rebuild all at once.
    household(household: Household): string {
      const result = inputs === undefined ? assess(household) : assess(household, inputs);
      const programs = result.programs.map((p) => [p.status, p.benefit === undefined ? "" : p.benefit.total.toString(), p.eligible ? [] : p.checks.filter((c) => c.status !== "passed").map((c) => c.code)] as const);
      const wire: AssessedWire = [household.id, household.regency, result.eligible, result.total.toString(), programs];
      return encodeAssessed(wire);
    },
    finish: () => ({ value: undefined }),
  };
}
