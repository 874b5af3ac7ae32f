import * as z from "zod/mini";
import { parseHousehold } from "../household/parseHousehold.js";
import { isLibraryError, issue, type Issue } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import { toIssues, unreadableIssues } from "../message/zod.js";
import { IsoDateSchema } from "../time/isoDate.js";
import type { DatedValue } from "../time/parameter.js";
import { overrideParameters, type ParameterSet } from "../time/parameterSet.js";
import { createAssessor } from "../program/assessHousehold.js";
import { PROGRAMS, defaultParameters } from "../program/catalogue.js";
import { programMessages } from "../program/messages.js";
import type { Program, ProgramAssessment } from "../program/program.js";
import { ruleCatalogue } from "../rule/inspect.js";
import { wordIn, type Text } from "../message/message.js";
import { verifyMessages } from "./messages.js";

const ExpectationSchema = z.strictObject({
  eligible: z.boolean(),
  status: z.optional(z.enum(["eligible", "not-eligible", "undetermined"])),
  total: z.optional(z.string()),
  periods: z.optional(z.array(z.string())),
  failing: z.optional(z.array(z.string())),
  unknown: z.optional(z.array(z.string())),
  lines: z.optional(z.array(z.strictObject({ code: z.string(), member: z.optional(z.number().check(z.int())), amount: z.string() }))),
  reviewDate: z.optional(IsoDateSchema),
});

const DatedValueSchema = z.strictObject({ from: IsoDateSchema, to: z.optional(IsoDateSchema), value: z.unknown(), source: z.string().check(z.minLength(1)) });

const CaseSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  rationale: z.string().check(z.minLength(1)),
  asOf: IsoDateSchema,
  household: z.unknown(),
  inputs: z.optional(z.record(z.string(), z.unknown())),
  parameters: z.optional(z.record(z.string(), z.array(DatedValueSchema))),
  expect: z.record(z.string(), ExpectationSchema),
});

const TableSchema = z.strictObject({ program: z.optional(z.string()), description: z.optional(z.string()), cases: z.array(z.unknown()) });

type Expectation = z.infer<typeof ExpectationSchema>;
type ParsedCase = z.infer<typeof CaseSchema>;

/**
 * An expected benefit line.
 * @category Programs
 */
export interface ScenarioLine {
  /** Its message code, e.g. `pkh.component.elderly`. */
  readonly code: string;
  /** The member index, for per-person lines. */
  readonly member?: number;
  /** Its amount as a decimal string. */
  readonly amount: string;
}

/**
 * What a scenario expects of one program. Only `eligible` is required; every other field is
 * compared when present.
 * @category Programs
 */
export interface ScenarioExpectation {
  /** Whether the household is eligible. */
  readonly eligible: boolean;
  /** `eligible`, `not-eligible` or `undetermined`. */
  readonly status?: "eligible" | "not-eligible" | "undetermined";
  /** The yearly total as a decimal string, e.g. `"9300000"`. */
  readonly total?: string;
  /** Each period's amount, in order, e.g. four tahap. */
  readonly periods?: readonly string[];
  /** Codes of the checks that failed (order does not matter). */
  readonly failing?: readonly string[];
  /** Codes of the checks that were unknown (order does not matter). */
  readonly unknown?: readonly string[];
  /** The benefit lines, in order. */
  readonly lines?: readonly ScenarioLine[];
  /** For grants: the graduation review date. */
  readonly reviewDate?: string;
}

/**
 * One rule-verification case (OpenFisca-test style), as JSON. Amounts are decimal strings;
 * `parameters` overrides dated parameters by id (their lists of values) for this case only.
 *
 * @example
 * import type { ScenarioCase } from "tepat-sasaran/verify";
 *
 * const scenario: ScenarioCase = {
 *   name: "desil 5 is not eligible", rationale: "PKH desil 1–4 (Kepmensos 79/HUK/2025)",
 *   asOf: "2025-07-01", household: { id: "h-5", regency: "64.02", desil: { value: 5, asOf: "2025-06-01" }, members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }] },
 *   expect: { pkh: { eligible: false, failing: ["pkh.desil_in_range"] } },
 * };
 * @category Programs
 */
export interface ScenarioCase {
  /** A sentence naming the case. */
  readonly name: string;
  /** One line citing the rule it verifies. */
  readonly rationale: string;
  /** The assessment date. */
  readonly asOf: string;
  /** The household, as input to `parseHousehold`. */
  readonly household: unknown;
  /** Assessment inputs (consents, exitCommitment, grantDate, kubeGroupSize, or an app's own). */
  readonly inputs?: Readonly<Record<string, unknown>>;
  /** Parameter overrides: id → its list of dated values. */
  readonly parameters?: Readonly<Record<string, readonly DatedValue<unknown>[]>>;
  /** Expectations per program id; only these programs are assessed. */
  readonly expect: Readonly<Record<string, ScenarioExpectation>>;
}

/**
 * A table of cases, as stored one file per program under `test/scenarios/`.
 * @category Programs
 */
export interface ScenarioTable {
  /** The program the table verifies (informative). */
  readonly program?: string;
  /** What the table covers. */
  readonly description?: string;
  /** The cases. */
  readonly cases: readonly ScenarioCase[];
}

/**
 * A scenario file: a {@link ScenarioTable}, or a bare array of cases.
 * @category Programs
 */
export type ScenarioFile = ScenarioTable | readonly ScenarioCase[];

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

function compare(program: string, expected: Expectation, a: ProgramAssessment): ScenarioDifference[] {
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

/**
 * The program ids a case expects something of, read from the case as written: JSON keeps a
 * `"__proto__"` key as an own key, which parsing would silently drop (leaving an empty expectation
 * that matches everything), so the keys are taken before parsing and an unknown one is an issue.
 */
function expectedIds(raw: unknown): string[] {
  const expect = raw !== null && typeof raw === "object" ? (raw as { expect?: unknown }).expect : undefined;
  return expect !== null && typeof expect === "object" ? Object.keys(expect) : [];
}

/**
 * The issues of the library error one override throws, at `parameters.<id>`; none when it applies.
 * The parameter layer's own issue paths start at the override's place in its list (0, the only one)
 * and its `values`.
 */
function overrideIssues(base: ParameterSet, id: string, values: readonly DatedValue<unknown>[]): Issue[] {
  try {
    overrideParameters(base, { [id]: values });
    return [];
  } catch (error) {
    if (!isLibraryError(error)) throw error;
    const at = (path: Issue["path"]) => ["parameters", id, ...path];
    if (error.issues.length === 0) return [{ path: at([]), code: error.code, message: error.text }];
    // [0, "values", 1, "from"] → parameters.<id>.1.from: the case gives the values list itself.
    return error.issues.map((i) => ({ ...i, path: at(i.path.slice(i.path[1] === "values" ? 2 : 1)) }));
  }
}

/** The check an assessment adds when an amount has no value in some month (see `createAssessor`). */
const BENEFIT_IN_FORCE = "rule.benefit_in_force";

/**
 * An issue for each code in an expectation's `failing` and `unknown` lists that the program's checks
 * cannot report: such a code only ever showed as a difference, as if the program had changed.
 */
function unknownCheckIssues(program: Program, expected: Expectation): Issue[] {
  const known = new Set([...Object.keys(ruleCatalogue(program.rule)), ...(program.priority ? Object.keys(ruleCatalogue(program.priority)) : []), BENEFIT_IN_FORCE]);
  const codes = [...known].filter((code) => !code.startsWith("rule.")).join(", ");
  return (["failing", "unknown"] as const).flatMap((field) =>
    (expected[field] ?? []).flatMap((code, index) =>
      known.has(code) ? [] : [issue(verifyMessages, "program.scenario.unknown_check", ["expect", program.id, field, index], { program: program.id, code: describeValue(code), codes })],
    ),
  );
}

type ValueKind = "amount" | "text" | "number" | "boolean" | "list" | "object" | "null" | "other";

/**
 * What a parameter value is. In a parameter whose unit is in IDR, a non-negative decimal string (or
 * whole number) is an amount, and any other string is text.
 */
function kindOf(value: unknown, rupiah: boolean): ValueKind {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  switch (typeof value) {
    case "string":
      return rupiah && /^\d+(?:\.\d+)?$/.test(value) ? "amount" : "text";
    case "number":
      // Whole rupiah as a number is an amount too (`rupiah` reads a safe integer).
      return rupiah && Number.isSafeInteger(value) && value >= 0 ? "amount" : Number.isFinite(value) ? "number" : "other";
    case "boolean":
      return "boolean";
    case "object":
      return "object";
    default:
      return "other";
  }
}

/**
 * Where (below the value) a value holds something of a kind that none of the parameter's own values
 * holds at that place (their elements for a list, their properties for an object), with one own
 * value of each kind there; `undefined` when it has none. Only as deep as the own values go.
 */
function misfit(value: unknown, own: readonly unknown[], rupiah: boolean, path: Issue["path"]): { path: Issue["path"]; examples: unknown[]; value: unknown } | undefined {
  const byKind = new Map<ValueKind, unknown>();
  for (const v of own) if (!byKind.has(kindOf(v, rupiah))) byKind.set(kindOf(v, rupiah), v);
  // Nothing to compare with (an empty list's elements), or an own value that is not data.
  if (byKind.size === 0 || byKind.has("other")) return undefined;
  const kind = kindOf(value, rupiah);
  if (!byKind.has(kind)) return { path, examples: [...byKind.values()], value };
  const same = own.filter((v) => kindOf(v, rupiah) === kind);
  if (kind === "list") {
    const items = same.flatMap((v) => v as unknown[]);
    const list = value as unknown[];
    for (let index = 0; index < list.length; index++) {
      const found = misfit(list[index], items, rupiah, [...path, index]);
      if (found) return found;
    }
  } else if (kind === "object") {
    const properties = same.flatMap((v) => Object.values(v as object));
    for (const [key, item] of Object.entries(value as object)) {
      const found = misfit(item, properties, rupiah, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Values as a message shows them, in each language: `"2400000", null`; `objek` / `object`. */
function shownValues(values: readonly unknown[]): Text {
  const shown = values.map(describeValue);
  return { id: shown.map((v) => wordIn(v, "id")).join(", "), en: shown.map((v) => wordIn(v, "en")).join(", ") };
}

/**
 * An issue for each override value whose kind the parameter's own values never have (a Rupiah
 * amount given as `true`, an age as `"tujuh"`), at `parameters.<id>.<index>.value…`: the programs
 * would read it as a missing value, or not at all, and the case would only show differences.
 */
function valueKindIssues(base: ParameterSet, id: string, values: readonly DatedValue<unknown>[]): Issue[] {
  const parameter = base[id];
  if (parameter === undefined) return [];
  const rupiah = typeof parameter.unit === "string" && parameter.unit.startsWith("IDR");
  const own = parameter.values.map((v) => v.value);
  return values.flatMap((entry, index) => {
    const found = misfit(entry.value, own, rupiah, ["parameters", id, index, "value"]);
    return found ? [issue(verifyMessages, "program.scenario.parameter_value", found.path, { parameter: id, examples: shownValues(found.examples), value: describeValue(found.value) })] : [];
  });
}

function runCase(scenario: ParsedCase, wanted: readonly string[], programs: readonly Program[], base: ParameterSet): ScenarioResult {
  const fail = (issues: Issue[]): ScenarioResult => ({ name: scenario.name, matched: false, differences: [], issues });
  // A case that expects nothing verifies nothing: an issue, never a match.
  if (wanted.length === 0) return fail([issue(programMessages, "program.scenario.no_expectations", ["expect"], { name: describeValue(scenario.name) })]);
  const chosen = programs.filter((p) => wanted.includes(p.id));
  const missing = wanted.filter((id) => !chosen.some((p) => p.id === id) || !Object.prototype.hasOwnProperty.call(scenario.expect, id));
  if (missing.length > 0) return fail(missing.map((id) => issue(programMessages, "program.unknown_program", ["expect", id], { program: describeValue(id), known: programs.map((p) => p.id).join(", ") })));
  const unknownChecks = chosen.flatMap((p) => unknownCheckIssues(p, scenario.expect[p.id] as Expectation));
  if (unknownChecks.length > 0) return fail(unknownChecks);
  const parsed = parseHousehold(scenario.household, { asOf: scenario.asOf });
  if (!parsed.success) return fail(parsed.issues.map((i) => ({ ...i, path: ["household", ...i.path] })));
  const overrides = (scenario.parameters ?? {}) as Readonly<Record<string, readonly DatedValue<unknown>[]>>;
  // Each override on its own first: every bad one is an issue at its id, not only the first, pathless.
  const bad = Object.keys(overrides).flatMap((id) => {
    const values = overrides[id] as readonly DatedValue<unknown>[];
    const found = overrideIssues(base, id, values);
    return found.length > 0 ? found : valueKindIssues(base, id, values);
  });
  if (bad.length > 0) return fail(bad);
  let parameters = base;
  const assessed = (some: readonly Program[]) => createAssessor({ asOf: scenario.asOf, programs: some, parameters })(parsed.data, scenario.inputs ?? {});
  try {
    if (scenario.parameters) parameters = overrideParameters(base, overrides);
    const result = assessed(chosen);
    const differences = result.programs.flatMap((a) => compare(a.program, scenario.expect[a.program] as Expectation, a));
    return { name: scenario.name, matched: differences.length === 0, differences, issues: [] };
  } catch (error) {
    // What a program's own code threw (its benefit, a check of an app's), at the expectation of the
    // program it was assessing: each program alone (an assessment of several is each one's alone).
    const at = chosen.length === 1 ? errorIssues(error, ["expect", (chosen[0] as Program).id]) : chosen.flatMap((p) => {
      try {
        assessed([p]);
        return [];
      } catch (alone) {
        return errorIssues(alone, ["expect", p.id]);
      }
    });
    return fail(at.length > 0 ? at : errorIssues(error, []));
  }
}

/** The issues of a library error (one of any copy of the library) thrown while assessing, the first at `path`; anything else is rethrown. */
function errorIssues(error: unknown, path: Issue["path"]): Issue[] {
  const found = error as { code?: unknown; text?: unknown; issues?: readonly Issue[] };
  if (typeof found.code === "string" && found.text && typeof found.text === "object") {
    return [{ path, code: found.code, message: found.text as Issue["message"] }, ...(found.issues ?? [])];
  }
  throw error;
}

/**
 * Run rule-verification cases (the way OpenFisca runs YAML tests): parse each case and its
 * household, assess the programs it names on its `asOf` (with its parameter overrides and inputs),
 * and compare eligibility, status, failing/unknown check codes, amounts and periods. A malformed
 * case or household is reported as an unmatched case with its issues, never thrown; so is a case that
 * expects nothing (`expect: {}`, code `program.scenario.no_expectations`) or names a program that is
 * not among `programs` (including a `"__proto__"` key, `program.unknown_program`): a verification
 * that checks nothing never counts as a match. An expected `failing` or `unknown` code that none of
 * the program's checks has (`program.scenario.unknown_check`) and a parameter override value of
 * another kind than the parameter's own values (`program.scenario.parameter_value`, at
 * `parameters.<id>.<index>.value`) are issues too; what a program's own code throws is an issue at
 * `expect.<program>`, and a file that is neither a table nor a list is `program.scenario.not_a_file`.
 *
 * @param cases - A {@link ScenarioFile} (`{ cases: [...] }`) or an array of {@link ScenarioCase}, as parsed JSON.
 * @param options - Programs (default: the catalogue) and base parameters.
 * @returns One result per case, in order.
 * @example
 * import { readFileSync } from "node:fs";
 * import { verifyScenarios } from "tepat-sasaran/verify";
 *
 * const results = verifyScenarios(JSON.parse(readFileSync("test/scenarios/pkh.json", "utf8")));
 * results.filter((r) => !r.matched) //=> []
 * @category Programs
 */
export function verifyScenarios(cases: unknown, options: VerifyScenariosOptions = {}): ScenarioResult[] {
  try {
    return verify(cases, options);
  } catch (thrown) {
    // Never throws: a file that cannot even be read (a throwing getter, a Proxy) is one unmatched result.
    return [{ name: "(file)", matched: false, differences: [], issues: unreadableIssues(thrown, "verifyScenarios") }];
  }
}

function verify(cases: unknown, options: VerifyScenariosOptions): ScenarioResult[] {
  const programs = options.programs ?? PROGRAMS;
  const base = options.parameters ?? defaultParameters(programs);
  const list = Array.isArray(cases) ? cases : typeof cases === "object" && cases !== null ? (cases as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(list)) {
    // Neither a table nor a list: say what it is, and for an object what its table lacks.
    const parsed = typeof cases === "object" && cases !== null ? TableSchema.safeParse(cases, { reportInput: true }) : undefined;
    const issues = parsed ? (parsed.success ? [] : toIssues(parsed.error.issues)) : [issue(verifyMessages, "program.scenario.not_a_file", [], { value: describeValue(cases) })];
    return [{ name: "(file)", matched: false, differences: [], issues }];
  }
  // An index loop: a hole is an unmatched case at its index, never skipped.
  const results: ScenarioResult[] = [];
  for (let index = 0; index < list.length; index++) {
    try {
      results.push(verifyCase(list[index], index, programs, base));
    } catch (thrown) {
      results.push({ name: `#${index}`, matched: false, differences: [], issues: unreadableIssues(thrown, "verifyScenarios") });
    }
  }
  return results;
}

function verifyCase(raw: unknown, index: number, programs: readonly Program[], base: ParameterSet): ScenarioResult {
  // With its input reported, zod's wording names what it received ("expected string, received number").
  const parsed = CaseSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const name = typeof (raw as { name?: unknown })?.name === "string" ? String((raw as { name: string }).name) : `#${index}`;
    return { name, matched: false, differences: [], issues: toIssues(parsed.error.issues) };
  }
  return runCase(parsed.data, expectedIds(raw), programs, base);
}
