import { failure, guarded, isLibraryError, kindOf, TepatSasaranError } from "../message/error.js";
import { readTemplate, renderOwn, type MessageTemplate, type Text } from "../message/message.js";
import { describeValue } from "../message/redact.js";
import { isIsoDate } from "../time/isoDate.js";
import type { IsoDate } from "../time/isoDate.js";
import type { ParameterValue } from "../time/parameter.js";
import { CheckResult, PARAMETER_NOT_IN_FORCE, type Check, type CombinatorKind, type Outcome } from "./check.js";
import { ruleMessages } from "./messages.js";
import { derivedOnce, type ParameterReader } from "./parameterReader.js";

/**
 * What every rule is evaluated against: the date and the parameters in force on it. Programs
 * extend it with the household and its derived facts.
 * @category Rules
 */
export interface RuleContext {
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** The parameters, read on `asOf`. */
  readonly parameters: ParameterReader;
}

/**
 * The kinds of rule node: a single check, or a combinator over rules.
 * @category Rules
 */
export type RuleKind = "check" | CombinatorKind;

/**
 * A declared rule: a check, or a combinator (`all`, `any`, `not`, `atLeast`) over rules. Rules are
 * plain immutable values built once (at module load or by an app) and evaluated many times.
 * @typeParam C - The context the rule reads.
 * @category Rules
 */
export interface Rule<C extends RuleContext = RuleContext> {
  /** What kind of node. */
  readonly kind: RuleKind;
  /** Stable code of the node's result, e.g. `pkh.desil_in_range` or `rule.all`. */
  readonly code: string;
  /** Its message in both languages. */
  readonly message: MessageTemplate;
  /** The parameter id a check reads, if any. */
  readonly parameter: string | undefined;
  /** For `at-least`: how many children must pass. */
  readonly threshold: number | undefined;
  /** Child rules of a combinator (empty for a check). */
  readonly children: readonly Rule<C>[];
  /**
   * Evaluate completely (every child, no short-circuit).
   * @param context - The date, parameters and whatever the rule reads.
   */
  evaluate(context: C): Check;
}

/**
 * The declaration of a check: a stable code, its message, the parameter it reads (optional), and
 * the evaluation. `evaluate` is called only when the parameter is in force on `asOf`; otherwise the
 * check is `unknown` (reason `rule.reason.parameter_not_in_force`) and never passes.
 * @typeParam C - The context the check reads.
 * @typeParam P - The type of the parameter's value.
 * @typeParam D - What `prepare` derives from it once per date (default: nothing).
 * @category Rules
 */
export interface CheckDefinition<C extends RuleContext, P = unknown, D = undefined> {
  /** Stable code: lower case, dotted, prefixed by the program id (e.g. `pkh.desil_in_range`). */
  readonly code: string;
  /** Its message in both languages; placeholders `{expected}`, `{received}` and any `values`. */
  readonly message: MessageTemplate;
  /** The id of the dated parameter the check reads. */
  readonly parameter?: string;
  /**
   * Derive, once per date, what `evaluate` needs besides the household: a parsed range, a cut-off
   * date, other parameters read on the same date. It is called once per parameter reader (a batch
   * assessed on one date shares one), not once per household, and must be a pure function of the
   * parameter's value and the date's parameters. Not called when the parameter is not in force.
   * @param value - The parameter's value in force (`undefined` when the check declares no parameter).
   * @param context - The date and the parameters read on it.
   */
  prepare?(value: P, context: RuleContext): D;
  /**
   * Decide the check.
   * @param context - The context.
   * @param value - The parameter's value in force (`undefined` when the check declares no parameter).
   * @param parameter - The parameter's value with its dates and source.
   * @param prepared - What `prepare` derived for this date (`undefined` without `prepare`).
   */
  evaluate(context: C, value: P, parameter: ParameterValue<P> | undefined, prepared: D): Outcome;
}

const CODE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** @internal */
export function assertCode(code: string): string {
  if (typeof code !== "string" || code.length > 200 || !CODE.test(code)) throw failure(ruleMessages, "rule.bad_code", { code: describeValue(code) });
  return code;
}

/** A check definition passed in, read once and checked: code, message, parameter id, evaluation. */
function readDefinition<C extends RuleContext, P, D>(definition: CheckDefinition<C, P, D>): CheckDefinition<C, P, D> {
  if (definition === null || typeof definition !== "object") throw bad("definition", definition);
  const { code, message, parameter, evaluate, prepare } = definition;
  if (parameter !== undefined && typeof parameter !== "string") throw bad("parameter", parameter);
  if (typeof evaluate !== "function") throw bad("evaluate", evaluate);
  if (prepare !== undefined && typeof prepare !== "function") throw bad("prepare", prepare);
  const checked: CheckDefinition<C, P, D> = { code: assertCode(code), message: readTemplate(message), evaluate, ...(prepare === undefined ? {} : { prepare }) };
  return parameter === undefined ? checked : { ...checked, parameter };
}

function bad(field: string, value: unknown) {
  return failure(ruleMessages, "rule.bad_definition", { field, value: describeValue(value) });
}

const STATUSES: ReadonlySet<unknown> = new Set(["passed", "failed", "unknown"]);

/** An evaluation's result, checked: an outcome with a known status (`rule.bad_outcome` otherwise). */
function checkOutcome(out: Outcome, code: string): Outcome {
  if (out === null || typeof out !== "object" || !STATUSES.has(out.status)) throw failure(ruleMessages, "rule.bad_outcome", { code, value: describeValue(out) });
  return out;
}

/**
 * A context passed to {@link evaluateRule} or `assess`, checked: an object with an ISO `asOf` and a
 * parameter reader.
 * @internal
 */
export function checkContext(context: RuleContext): void {
  const ok =
    context !== null &&
    typeof context === "object" &&
    isIsoDate(context.asOf) &&
    context.parameters !== null &&
    typeof context.parameters === "object" &&
    typeof context.parameters.get === "function";
  if (!ok) throw failure(ruleMessages, "rule.bad_context", { value: describeValue(context) });
}


/** What a check read from one parameter reader: the parameter in force and what `prepare` made of it. @internal */
export interface PreparedRead {
  readonly parameter: ParameterValue<unknown> | undefined;
  readonly prepared: unknown;
}

class CheckRule<C extends RuleContext, P, D> implements Rule<C> {
  readonly kind = "check" as const;
  readonly code: string;
  readonly message: MessageTemplate;
  readonly parameter: string | undefined;
  readonly threshold = undefined;
  readonly children: readonly Rule<C>[] = [];
  readonly #decide: CheckDefinition<C, P, D>["evaluate"];
  readonly #prepare: CheckDefinition<C, P, D>["prepare"];
  readonly #share: string | undefined;
  /** One of the library's own checks: what it throws is a value it cannot read, not a caller's function. */
  readonly #own: boolean;

  constructor(definition: CheckDefinition<C, P, D>, share: string | undefined, own: boolean) {
    const checked = guarded("check", () => readDefinition(definition));
    this.code = checked.code;
    this.message = checked.message;
    this.parameter = checked.parameter;
    this.#decide = checked.evaluate;
    this.#prepare = checked.prepare;
    this.#share = share;
    this.#own = own;
    Object.freeze(this);
  }

  /** The sharing key given by {@link sharedCheck}, if any. */
  shareKey(): string | undefined {
    return this.#share;
  }

  /**
   * Read the parameter in force on the reader's date and prepare it (throws what the reader or
   * `prepare` throws, e.g. `rule.parameter_unknown`).
   */
  read(context: RuleContext): PreparedRead {
    const parameter = this.parameter === undefined ? undefined : context.parameters.get(this.parameter);
    const missing = parameter === undefined && this.parameter !== undefined;
    let prepared: unknown;
    try {
      prepared = missing || this.#prepare === undefined ? undefined : this.#prepare(parameter?.value as P, context);
    } catch (error) {
      throw this.#threw(error, "prepare");
    }
    return { parameter, prepared };
  }

  evaluate(context: C): Check {
    // Read (and prepared) once per parameter reader: a batch assessed on one date shares one reader,
    // and the read is kept with it, not with this rule (rules are shared, immutable values).
    const read = derivedOnce(context.parameters, this, "read", () => this.read(context));
    return this.decideWith(context, read.parameter, read.prepared);
  }

  /**
   * Decide with the parameter already read from `context.parameters` (`undefined`: not in force,
   * for a check that declares one) and what `prepare` made of it.
   */
  decideWith(context: C, parameter: ParameterValue<unknown> | undefined, prepared: unknown): Check {
    if (parameter === undefined && this.parameter !== undefined) {
      const values = { parameter: this.parameter, asOf: context.asOf };
      return new CheckResult(this.code, this.message, "unknown", null, null, undefined, values, PARAMETER_NOT_IN_FORCE);
    }
    // Nothing is added on the per-household path when nothing throws (a try/catch costs V8 nothing then).
    let out: Outcome;
    try {
      out = this.#decide(context, parameter?.value as P, parameter as ParameterValue<P> | undefined, prepared as D);
    } catch (error) {
      throw this.#threw(error, "evaluate");
    }
    if (out instanceof CheckResult && out.bind(this.code, this.message, parameter)) return out;
    return this.copy(checkOutcome(out, this.code), parameter);
  }

  /**
   * What this check's `evaluate` or `prepare` threw, as the library throws it: the library's own
   * errors unchanged, and so whatever one of the library's own checks throws (reading a value it
   * cannot read: `input.unreadable` at the boundary); a throw from a caller's function named as that,
   * `rule.check_threw` ({@link CheckThrew}). The library cannot see inside the caller's function: a
   * getter or Proxy of the household or inputs that throws while that function reads it is named as
   * the function's throw too (the library itself read the household without error when it checked it).
   */
  #threw(error: unknown, fn: string): unknown {
    return this.#own || isLibraryError(error) ? error : new CheckThrew(this.code, fn, kindOf(error), undefined);
  }

  /** `out` under this check's code, message and parameter. */
  copy(out: Outcome, parameter: ParameterValue<unknown> | undefined): Check {
    return new CheckResult(this.code, this.message, out.status, out.expected, out.received, parameter, out.values, out.reason);
  }
}

/**
 * What a check a caller declared threw from its `evaluate` or `prepare` (`rule.check_threw`): the
 * check's code, the function and the kind of what was thrown (its message is not kept: it could carry
 * personal data); the assessor names the program too ({@link CheckThrew.of}).
 * @internal
 */
export class CheckThrew extends TepatSasaranError {
  readonly #check: string;
  readonly #fn: string;
  readonly #kind: string | Text;

  constructor(check: string, fn: string, kind: string | Text, program: string | undefined) {
    super("rule.check_threw", renderOwn(ruleMessages["rule.check_threw"], { check, fn, kind, program: program === undefined ? "" : ` (program ${program})` }));
    this.#check = check;
    this.#fn = fn;
    this.#kind = kind;
  }

  /** The code of the check that threw. */
  get check(): string {
    return this.#check;
  }

  /** The same error naming the program whose rule (or priority) holds the check (unchanged without one). */
  of(program: string | undefined): CheckThrew {
    return program === undefined ? this : new CheckThrew(this.#check, this.#fn, this.#kind, program);
  }
}

/**
 * The check behind a rule, when the rule was built by {@link check} or {@link sharedCheck}.
 * @internal
 */
export function asCheckRule<C extends RuleContext>(rule: Rule<C>): CheckRule<C, unknown, unknown> | undefined {
  return rule instanceof CheckRule ? (rule as CheckRule<C, unknown, unknown>) : undefined;
}

/**
 * Declare a check whose outcome other checks with the same `share` key may reuse within one
 * assessment, when they read equal parameter values: the library's checks that several programs
 * repeat under their own codes (`pkh.desil_current`, `sembako.desil_current`, …). The evaluation
 * must then depend only on the household, its facts, the inputs, `asOf` and the parameter's value
 * (not on the check's code or parameter id, except in an outcome with reason
 * `rule.reason.parameter_invalid`, which is never reused); its `prepare`, if any, only on the
 * parameter's value and the date.
 * @internal
 */
export function sharedCheck<C extends RuleContext, P = unknown, D = undefined>(definition: CheckDefinition<C, P, D>, share: string): Rule<C> {
  return new CheckRule(definition, share, true);
}

/**
 * {@link check} for the library's own checks: what such a check throws is a value it cannot read
 * (`input.unreadable`), never `rule.check_threw`, which names a caller's function.
 * @internal
 */
export function ownCheck<C extends RuleContext, P = unknown, D = undefined>(definition: CheckDefinition<C, P, D>): Rule<C> {
  return new CheckRule(definition, undefined, true);
}

/**
 * Declare a check. The code must be lower-case and dotted (`rule.bad_code` otherwise). If its
 * `evaluate` or `prepare` throws, the assessment throws `rule.check_threw`, naming the check (and
 * the program being assessed) and the kind of what was thrown, never its message.
 *
 * @param definition - Code, message, optional parameter id and the evaluation.
 * @returns The rule.
 * @example
 * const desilInRange = check<ProgramContext, NumberRange>({
 *   code: "kukar.desil_in_range",
 *   message: { id: "Desil harus {expected}, tercatat {received}", en: "Desil must be {expected}, is {received}" },
 *   parameter: "kukar.desil_range",
 *   evaluate: (ctx, range) => {
 *     const desil = ctx.household.desil?.value;
 *     return outcome(desil !== undefined && desil <= (range.max ?? 10), range, desil ?? null);
 *   },
 * });
 * @category Rules
 */
export function check<C extends RuleContext, P = unknown, D = undefined>(definition: CheckDefinition<C, P, D>): Rule<C> {
  return new CheckRule(definition, undefined, false);
}

/**
 * Evaluate a rule for one context: every check and combinator, with reasons.
 *
 * @param rule - The rule.
 * @param context - The date, the parameters and the data the rule reads.
 * @returns The result tree (the root's `status` decides).
 * @example
 * evaluateRule(all(a, b), context).status //=> "failed"
 * @category Rules
 */
export function evaluateRule<C extends RuleContext>(rule: Rule<C>, context: C): Check {
  return guarded("evaluateRule", () => {
    checkRule(rule, 0);
    checkContext(context);
    return rule.evaluate(context);
  });
}

/**
 * A rule passed in, checked: built by {@link check} or a combinator, or an object with the shape of
 * a {@link Rule} (`rule.bad_rule` with its position otherwise).
 * @internal
 */
export function checkRule<C extends RuleContext>(rule: Rule<C>, index: number): Rule<C> {
  const ok =
    rule !== null &&
    typeof rule === "object" &&
    typeof rule.evaluate === "function" &&
    typeof rule.kind === "string" &&
    typeof rule.code === "string" &&
    Array.isArray(rule.children);
  if (!ok) throw failure(ruleMessages, "rule.bad_rule", { index, value: describeValue(rule) });
  return rule;
}
