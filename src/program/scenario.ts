import { z } from "zod";
import { parseHousehold } from "../household/parseHousehold.js";
import type { Issue } from "../message/error.js";
import { toIssues } from "../message/zod.js";
import { IsoDateSchema } from "../time/isoDate.js";
import type { DatedValue } from "../time/parameter.js";
import { overrideParameters, type ParameterSet } from "../time/parameterSet.js";
import { createAssessor } from "./assessHousehold.js";
import { PROGRAMS, defaultParameters } from "./catalogue.js";
import type { Program, ProgramAssessment } from "./program.js";

const Expectation = z.strictObject({
  eligible: z.boolean(),
  status: z.enum(["eligible", "not-eligible", "undetermined"]).optional(),
  total: z.string().optional(),
  periods: z.array(z.string()).optional(),
  failing: z.array(z.string()).optional(),
  unknown: z.array(z.string()).optional(),
  lines: z.array(z.strictObject({ code: z.string(), member: z.number().int().optional(), amount: z.string() })).optional(),
  reviewDate: IsoDateSchema.optional(),
});

const DatedValueSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema.optional(), value: z.unknown(), source: z.string().min(1) });

/**
 * One rule-verification case (OpenFisca-test style), as JSON:
 * `{ name, rationale, asOf, household, inputs?, parameters?, expect: { <program id>: { eligible,
 * status?, total?, periods?, failing?, unknown?, lines?, reviewDate? } } }`. Amounts are decimal
 * strings; `failing` and `unknown` list the check codes with that status (order does not matter);
 * `parameters` overrides dated parameters by id for this case only.
 * @category Programs
 */
export const ScenarioCase = /* @__PURE__ */ z.strictObject({
  name: z.string().min(1),
  rationale: z.string().min(1),
  asOf: IsoDateSchema,
  household: z.unknown(),
  inputs: z.record(z.string(), z.unknown()).optional(),
  parameters: z.record(z.string(), z.array(DatedValueSchema)).optional(),
  expect: z.record(z.string(), Expectation),
});
/** @category Programs */
export type ScenarioCase = z.infer<typeof ScenarioCase>;

/**
 * A scenario file: a description and its cases (`{ program?, description?, cases: [...] }`), or a
 * bare array of cases.
 * @category Programs
 */
export const ScenarioFile = /* @__PURE__ */ z.union([
  z.strictObject({ program: z.string().optional(), description: z.string().optional(), cases: z.array(ScenarioCase) }),
  z.array(ScenarioCase),
]);
/** @category Programs */
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/**
 * One difference between what a case expects and what the library computed.
 * @category Programs
 */
export interface ScenarioDifference {
  /** The program id. */
  readonly program: string;
  /** Which expectation: `eligible`, `status`, `total`, `periods`, `failing`, `unknown`, `lines`, `reviewDate`. */
  readonly field: string;
  /** The expected value. */
  readonly expected: unknown;
  /** The computed value. */
  readonly received: unknown;
}

/**
 * The verification of one case: matched, or the differences; or the issues that kept it from running.
 * @category Programs
 */
export interface ScenarioResult {
  /** The case name (or its index when the case itself is malformed). */
  readonly name: string;
  /** Whether every expectation held. */
  readonly matched: boolean;
  /** What differed. */
  readonly differences: readonly ScenarioDifference[];
  /** Problems with the case or its household (then `matched` is false). */
  readonly issues: readonly Issue[];
}

/**
 * Options of {@link verifyScenarios}.
 * @category Programs
 */
export interface VerifyScenariosOptions {
  /** Programs to look expectations up in (default: the catalogue); an app's programs go here. */
  readonly programs?: readonly Program[];
  /** Base parameters (default: the programs' own); each case may override some. */
  readonly parameters?: ParameterSet;
}

const sorted = (codes: readonly string[]) => [...codes].sort();
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare(program: string, expected: z.infer<typeof Expectation>, a: ProgramAssessment): ScenarioDifference[] {
  const out: ScenarioDifference[] = [];
  const add = (field: string, want: unknown, got: unknown) => {
    if (!same(want, got)) out.push({ program, field, expected: want, received: got });
  };
  add("eligible", expected.eligible, a.eligible);
  if (expected.status !== undefined) add("status", expected.status, a.status);
  if (expected.failing !== undefined) add("failing", sorted(expected.failing), sorted(a.checks.filter((c) => c.status === "failed").map((c) => c.code)));
  if (expected.unknown !== undefined) add("unknown", sorted(expected.unknown), sorted(a.checks.filter((c) => c.status === "unknown").map((c) => c.code)));
  if (expected.total !== undefined) add("total", expected.total, a.benefit?.total.toString() ?? null);
  if (expected.periods !== undefined) add("periods", expected.periods, a.benefit?.periods.map((p) => p.amount.toString()) ?? null);
  if (expected.lines !== undefined) {
    const got = a.benefit?.lines.map((l) => (l.member === undefined ? { code: l.code, amount: l.amount.toString() } : { code: l.code, member: l.member, amount: l.amount.toString() }));
    add("lines", expected.lines, got ?? null);
  }
  if (expected.reviewDate !== undefined) add("reviewDate", expected.reviewDate, a.benefit?.graduation?.reviewDate ?? null);
  return out;
}

function runCase(scenario: ScenarioCase, programs: readonly Program[], base: ParameterSet): ScenarioResult {
  const fail = (issues: Issue[]): ScenarioResult => ({ name: scenario.name, matched: false, differences: [], issues });
  const parsed = parseHousehold(scenario.household, { asOf: scenario.asOf });
  if (!parsed.success) return fail(parsed.issues.map((i) => ({ ...i, path: ["household", ...i.path] })));
  const wanted = Object.keys(scenario.expect);
  const chosen = programs.filter((p) => wanted.includes(p.id));
  const missing = wanted.filter((id) => !chosen.some((p) => p.id === id));
  if (missing.length > 0) {
    return fail(missing.map((id) => ({ path: ["expect", id], code: "program.unknown_program", message: { id: `Program ${id} tidak dikenal`, en: `Unknown program ${id}` } })));
  }
  let parameters = base;
  try {
    if (scenario.parameters) parameters = overrideParameters(base, scenario.parameters as Readonly<Record<string, readonly DatedValue<unknown>[]>>);
    const assess = createAssessor({ asOf: scenario.asOf, programs: chosen, parameters });
    const result = assess(parsed.data, scenario.inputs ?? {});
    const differences = result.programs.flatMap((a) => compare(a.program, scenario.expect[a.program] as z.infer<typeof Expectation>, a));
    return { name: scenario.name, matched: differences.length === 0, differences, issues: [] };
  } catch (error) {
    const found = error as { code?: unknown; text?: unknown; issues?: readonly Issue[] };
    if (typeof found.code === "string" && found.text && typeof found.text === "object") {
      return fail([{ path: [], code: found.code, message: found.text as Issue["message"] }, ...(found.issues ?? [])]);
    }
    throw error;
  }
}

/**
 * Run rule-verification cases (the way OpenFisca runs YAML tests): parse each case and its
 * household, assess the programs it names on its `asOf` (with its parameter overrides and inputs),
 * and compare eligibility, status, failing/unknown check codes, amounts and periods. A malformed
 * case or household is reported as an unmatched case with its issues, never thrown.
 *
 * @param cases - A scenario file (`{ cases: [...] }`) or an array of cases, as parsed JSON.
 * @param options - Programs (default: the catalogue) and base parameters.
 * @returns One result per case, in order.
 * @example
 * const results = verifyScenarios(JSON.parse(readFileSync("test/scenarios/pkh.json", "utf8")));
 * results.filter((r) => !r.matched) //=> []
 * @category Programs
 */
export function verifyScenarios(cases: unknown, options: VerifyScenariosOptions = {}): ScenarioResult[] {
  const programs = options.programs ?? PROGRAMS;
  const base = options.parameters ?? defaultParameters(programs);
  const list = Array.isArray(cases) ? cases : typeof cases === "object" && cases !== null ? (cases as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(list)) {
    const parsed = ScenarioFile.safeParse(cases);
    const issues = parsed.success ? [] : toIssues(parsed.error.issues);
    return [{ name: "(file)", matched: false, differences: [], issues }];
  }
  return list.map((raw: unknown, index) => {
    const parsed = ScenarioCase.safeParse(raw);
    if (!parsed.success) {
      const name = typeof (raw as { name?: unknown })?.name === "string" ? String((raw as { name: string }).name) : `#${index}`;
      return { name, matched: false, differences: [], issues: toIssues(parsed.error.issues, ["cases", index]) };
    }
    return runCase(parsed.data, programs, base);
  });
}
