import { failure } from "../message/error.js";
import { describeValue } from "../message/redact.js";
import type { MessageTemplate, MessageValues } from "../message/message.js";
import type { ParameterValue } from "../time/parameter.js";
import { ruleMessages } from "./messages.js";

/** The reason of a check whose parameter has no value in force on the date (not evaluated). @internal */
export const PARAMETER_NOT_IN_FORCE = "rule.reason.parameter_not_in_force";

/**
 * The three values of a check (Kleene logic): `passed`, `failed`, or `unknown` when the data or the
 * parameter needed is missing. An `unknown` required check never makes a household eligible.
 * @category Rules
 */
export type CheckStatus = "passed" | "failed" | "unknown";

/**
 * A closed range of whole numbers, as used for desil and age bands; a missing end is open.
 * @category Rules
 */
export interface NumberRange {
  /** Smallest allowed value, inclusive. */
  readonly min?: number;
  /** Largest allowed value, inclusive. */
  readonly max?: number;
}

/**
 * An amount of money a check expected or received, as an exact decimal string (`"3579313.77"`, as
 * `Rupiah#toString` writes it), not as text: {@link formatCheckValue} writes it for the language of
 * the sentence, `Rp3.579.313,77` in Bahasa Indonesia and `Rp3,579,313.77` in English (whole rupiah,
 * or two decimals when it has cents).
 *
 * @example
 * const limit: RupiahValue = { rupiah: rupiah("3579313.77").toString() };
 * formatCheckValue(limit, "en") //=> "Rp3,579,313.77"
 * @category Rules
 */
export interface RupiahValue {
  /** The amount, an exact decimal string. */
  readonly rupiah: string;
}

/**
 * What a check expected or received: a plain value, a list (e.g. the RTLH criteria that failed),
 * a {@link NumberRange} or an amount ({@link RupiahValue}). `null` means no data. Rendered lazily,
 * in the language asked for, by {@link formatCheckValue}.
 * @category Rules
 */
export type CheckValue = string | number | boolean | null | readonly (string | number)[] | NumberRange | RupiahValue;

/**
 * The result of one check (or of a combinator over checks) for one household on one date.
 * Messages are not stored: `code` and `values` are, and {@link formatCheck} renders them on demand.
 *
 * @example
 * const check: Check = {
 *   code: "pkh.desil_in_range", status: "failed",
 *   expected: { min: 1, max: 4 }, received: 5,
 * };
 * @category Rules
 */
export interface Check {
  /** Stable code, e.g. `pkh.desil_in_range`; keys the message catalogues. */
  readonly code: string;
  /** passed, failed or unknown. */
  readonly status: CheckStatus;
  /** What the rule requires, e.g. `{ min: 1, max: 4 }`. */
  readonly expected: CheckValue;
  /** What the household has, e.g. `5`; `null` when not recorded. */
  readonly received: CheckValue;
  /** The dated parameter the check read, with its value, dates and source. */
  readonly parameter?: ParameterValue<unknown> | undefined;
  /** Extra values interpolated into the message. */
  readonly values?: MessageValues | undefined;
  /** For `unknown`: a `rule.reason.*` code saying why the check could not be decided. */
  readonly reason?: string | undefined;
  /** For a combinator: which one (`all`, `any`, `not`, `at-least`, `era`), also when renamed with `named`. */
  readonly combinator?: CombinatorKind | undefined;
  /**
   * For a combinator (`rule.all`, `rule.any`, `rule.not`, `rule.at_least`, `rule.era` or a named one):
   * its children. An `era` has one child, the rule of the era in force (none when the era is unknown).
   */
  readonly children?: readonly Check[] | undefined;
}

/**
 * The combinators: Kleene AND, OR, NOT and at-least-n, and `era`: the rule of the era in force on
 * the assessment date (see `byEra`).
 * @category Rules
 */
export type CombinatorKind = "all" | "any" | "not" | "at-least" | "era";

/**
 * What a check's `evaluate` returns; the rule core adds the code and the parameter.
 * Build one with {@link outcome} or {@link unknownOutcome}.
 * @category Rules
 */
export interface Outcome {
  /** passed, failed or unknown. */
  readonly status: CheckStatus;
  /** What the rule requires. */
  readonly expected: CheckValue;
  /** What the household has (`null` when not recorded). */
  readonly received: CheckValue;
  /** Extra values for the message. */
  readonly values?: MessageValues | undefined;
  /** Why an `unknown` outcome could not be decided (a `rule.reason.*` code). */
  readonly reason?: string | undefined;
}

/**
 * A check result that remembers its message template without serialising it: `JSON.stringify`
 * and `toEqual` see only the data fields.
 * @internal
 */
export class CheckResult implements Check, Outcome {
  // `declare`: the constructor assigns every field once; a plain field declaration would first
  // define each as undefined (ES2022 class fields), doubling the work on the hot path.
  declare code: string;
  declare readonly status: CheckStatus;
  declare readonly expected: CheckValue;
  declare readonly received: CheckValue;
  declare parameter: ParameterValue<unknown> | undefined;
  declare readonly values: MessageValues | undefined;
  declare readonly reason: string | undefined;
  #template: MessageTemplate;

  constructor(
    code: string,
    template: MessageTemplate,
    status: CheckStatus,
    expected: CheckValue,
    received: CheckValue,
    parameter: ParameterValue<unknown> | undefined,
    values: MessageValues | undefined,
    reason: string | undefined,
  ) {
    this.code = code;
    this.status = status;
    this.expected = expected;
    this.received = received;
    this.parameter = parameter;
    this.values = values;
    this.reason = reason;
    this.#template = template;
  }

  /** The message template the check was declared with. */
  template(): MessageTemplate {
    return this.#template;
  }

  /**
   * Give an outcome built by {@link outcome} its check's code, message and parameter, in place (one
   * object per check instead of two). Returns `false` when it was already bound (an outcome object
   * returned twice), so the caller copies it instead.
   */
  bind(code: string, template: MessageTemplate, parameter: ParameterValue<unknown> | undefined): boolean {
    if (this.code !== UNBOUND) return false;
    this.code = code;
    this.#template = template;
    this.parameter = parameter;
    return true;
  }
}

/**
 * The result of a combinator: its kind, its children's results, and counts in expected/received.
 * @internal
 */
export class CombinatorResult implements Check {
  declare readonly code: string;
  declare readonly status: CheckStatus;
  declare readonly expected: number;
  declare readonly received: number;
  declare readonly combinator: CombinatorKind;
  declare readonly children: readonly Check[];
  readonly #template: MessageTemplate;

  constructor(
    code: string,
    template: MessageTemplate,
    status: CheckStatus,
    expected: number,
    received: number,
    combinator: CombinatorKind,
    children: readonly Check[],
  ) {
    this.code = code;
    this.status = status;
    this.expected = expected;
    this.received = received;
    this.combinator = combinator;
    this.children = children;
    this.#template = template;
  }

  /** The message template the combinator was declared (or named) with. */
  template(): MessageTemplate {
    return this.#template;
  }
}

/**
 * The result of an era switch (`byEra`): which era was in force (from its dated parameter), and the
 * results of that era's rules as its children, all of which must pass (Kleene AND). When no era can
 * be told (the parameter is not in force, or names an era without rules) it is an `unknown` leaf
 * with a reason.
 * @internal
 */
export class EraResult implements Check {
  declare readonly code: string;
  declare readonly status: CheckStatus;
  declare readonly expected: readonly string[];
  declare readonly received: string | null;
  declare readonly parameter: ParameterValue<unknown> | undefined;
  declare readonly values: MessageValues | undefined;
  declare readonly reason: string | undefined;
  declare readonly combinator: "era";
  declare readonly children: readonly Check[] | undefined;
  readonly #template: MessageTemplate;

  constructor(
    code: string,
    template: MessageTemplate,
    eras: readonly string[],
    parameter: ParameterValue<unknown> | undefined,
    era: string | null,
    children: readonly Check[] | undefined,
    values: MessageValues | undefined,
    reason: string | undefined,
  ) {
    this.code = code;
    this.status = children === undefined ? "unknown" : allOf(children);
    this.expected = eras;
    this.received = era;
    this.parameter = parameter;
    this.values = values;
    this.reason = children === undefined ? reason : undefined;
    this.combinator = "era";
    this.children = children;
    this.#template = template;
  }

  /** The message template the era switch was declared (or named) with. */
  template(): MessageTemplate {
    return this.#template;
  }
}

/** Kleene AND of results: failed if any failed, else unknown if any is unknown, else passed. */
function allOf(results: readonly Check[]): CheckStatus {
  let unknown = false;
  for (let i = 0; i < results.length; i++) {
    const status = (results[i] as Check).status;
    if (status === "failed") return "failed";
    if (status === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "passed";
}

const UNBOUND = "";
const NO_TEMPLATE: MessageTemplate = { id: "", en: "" };

/**
 * The template a check result was declared with, when it is a live result (not one read back from JSON).
 * @internal
 */
export function templateOf(check: Check): MessageTemplate | undefined {
  return check instanceof CheckResult || check instanceof CombinatorResult || check instanceof EraResult ? check.template() : undefined;
}

const UNKNOWN_REASON = "rule.reason.missing_data";

/**
 * Build a check outcome from a tri-state result: `true` → passed, `false` → failed,
 * `undefined` (or anything else that is not a boolean) → unknown (reason `rule.reason.missing_data`).
 *
 * @param result - Whether the condition holds, or `undefined` when it cannot be told.
 * @param expected - What the rule requires.
 * @param received - What the household has (`null` when not recorded).
 * @param values - Extra values for the message (e.g. `{ field: "desil" }` for an unknown).
 * @returns The outcome.
 * @example
 * outcome(desil <= 4, { min: 1, max: 4 }, desil) //=> { status: "failed", expected: { min: 1, max: 4 }, received: 5, … }
 * @category Rules
 */
export function outcome(
  result: boolean | undefined,
  expected: CheckValue,
  received: CheckValue,
  values?: MessageValues,
): Outcome {
  // Only `true` passes and only `false` fails: anything else (null, 1, "yes" from untyped code) is
  // a value the rule could not read, so unknown — never a pass.
  const status = result === true ? "passed" : result === false ? "failed" : "unknown";
  const reason = status === "unknown" ? UNKNOWN_REASON : undefined;
  return new CheckResult(UNBOUND, NO_TEMPLATE, status, expected, received, undefined, values, reason);
}

/**
 * An `unknown` outcome with an explicit reason code (e.g. `rule.reason.stale_data`).
 *
 * @param reason - A `rule.reason.*` code (or an app's own code with a catalogue entry).
 * @param expected - What the rule requires.
 * @param received - What is recorded, if anything.
 * @param values - Values for the reason's message, e.g. `{ field: "desil", date: "2024-01-01" }`.
 * @returns The outcome.
 * @example
 * unknownOutcome("rule.reason.input_missing", true, null, { field: "consents" }).status //=> "unknown"
 * @category Rules
 */
export function unknownOutcome(
  reason: string,
  expected: CheckValue,
  received: CheckValue,
  values?: MessageValues,
): Outcome {
  if (typeof reason !== "string") throw failure(ruleMessages, "rule.bad_code", { code: describeValue(reason) });
  return new CheckResult(UNBOUND, NO_TEMPLATE, "unknown", expected, received, undefined, values, reason);
}
