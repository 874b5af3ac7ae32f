import { failure } from "../message/error.js";
import { readTemplate } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { checkContext, checkRule } from "../rule/rule.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";
import type { ParameterSet } from "../time/parameterSet.js";
import { programMessages } from "./messages.js";
import { APPROACHES, type AssessmentInputs, type Program, type ProgramContext } from "./program.js";

// Arguments of the program layer's exports, read once and checked before any work, so that a wrong
// type is a `program.*` error naming the field (never a TypeError from deep inside an assessment),
// and what was read is a plain snapshot: a getter cannot answer differently the second time.

const ID = /^[a-z][a-z0-9_]*$/;

/** A program id or check prefix: lower case, digits and underscores (`program.bad_id` otherwise). @internal */
export function readProgramId(id: unknown): string {
  if (typeof id !== "string" || id.length > 100 || !ID.test(id)) throw failure(programMessages, "program.bad_id", { id: describeValue(id) });
  return id;
}

/** A parameter id passed to a check factory: a dotted lower-case id (`program.bad_argument` otherwise). @internal */
export function readParameterId(id: unknown, what: string): string {
  if (typeof id !== "string" || id.length > 200 || !/^[a-z0-9_]+(\.[a-z0-9_]+)+$/.test(id)) throw bad(what, "parameter", id);
  return id;
}

/** `program.bad_argument`: what was given where, in a short masked excerpt. @internal */
export function bad(what: string, field: string, value: unknown) {
  return failure(programMessages, "program.bad_argument", { what, field, value: describeValue(value) });
}

/** An object argument (not null, not an array), or `program.bad_argument`. @internal */
export function readObject<T>(value: T, what: string, field: string): T {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw bad(what, field, value);
  return value;
}

/** A list argument without holes, or `program.bad_argument` naming the first bad position. @internal */
export function readList<T>(value: readonly T[], what: string, field: string): readonly T[] {
  if (!Array.isArray(value)) throw bad(what, field, value);
  for (let i = 0; i < value.length; i++) if (!(i in value)) throw bad(what, `${field}[${i}]`, undefined);
  return value;
}

/** A program passed in: the shape {@link defineProgram} returns (`program.bad_program` otherwise). @internal */
export function readProgram(program: Program, index: number): Program {
  const ok =
    program !== null &&
    typeof program === "object" &&
    typeof program.id === "string" &&
    ID.test(program.id) &&
    APPROACHES.includes(program.approach) &&
    Array.isArray(program.parameters) &&
    typeof program.benefit === "function" &&
    program.messages !== null &&
    typeof program.messages === "object";
  if (!ok) {
    const value = describeValue(program);
    // An id where a program belongs (`programs: ["pkh"]`, as the CLI's --programs takes them): say how to get the program.
    const hint = typeof program === "string" ? { id: `; untuk id program, berikan programById(${value})`, en: `; for a program id, pass programById(${value})` } : "";
    throw failure(programMessages, "program.bad_program", { index, value, hint });
  }
  readTemplate(program.name);
  checkRule(program.rule, index);
  if (program.priority !== undefined) checkRule(program.priority, index);
  return program;
}

/** A list of programs (`programs` of the assessor, `defaultParameters`, …), each checked. @internal */
export function readPrograms(programs: readonly Program[], what: string): readonly Program[] {
  const list = readList(programs, what, "programs");
  list.forEach(readProgram);
  return list;
}

/** What {@link readAssessorOptions} reads. @internal */
export interface AssessorOptions {
  readonly asOf: IsoDate;
  readonly programs: readonly Program[] | undefined;
  readonly parameters: ParameterSet | undefined;
  readonly benefits: boolean;
}

/** The options of `createAssessor`/`assessHousehold`, checked and copied. @internal */
export function readAssessorOptions(options: unknown, what: string): AssessorOptions {
  const { asOf, programs, parameters, benefits } = readObject(options as Record<string, unknown>, what, "options");
  if (parameters !== undefined) readObject(parameters, what, "parameters");
  if (benefits !== undefined && typeof benefits !== "boolean") throw bad(what, "benefits", benefits);
  return {
    asOf: assertIsoDate(asOf as IsoDate),
    programs: programs === undefined ? undefined : readPrograms(programs as readonly Program[], what),
    parameters: parameters as ParameterSet | undefined,
    benefits: benefits !== false,
  };
}

/** A household's assessment inputs: absent, or an object (`program.bad_argument` otherwise). @internal */
export function readInputs(inputs: AssessmentInputs | undefined, none: AssessmentInputs): AssessmentInputs {
  return inputs === undefined ? none : readObject(inputs, "assess", "inputs");
}

/**
 * A program context passed in by a caller (not built by the assessor): a rule context (`asOf`, a
 * parameter reader) with the household's facts (`ages`, one per member) and inputs.
 * @internal
 */
export function readProgramContext(context: ProgramContext, what: string): ProgramContext {
  checkContext(context);
  const { facts, inputs } = context;
  if (!Array.isArray(readObject(facts, what, "context.facts").ages)) throw bad(what, "context.facts.ages", facts.ages);
  readObject(inputs, what, "context.inputs");
  return context;
}
