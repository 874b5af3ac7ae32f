import type { ParameterValue } from "../time/parameter.js";
import { leafChecks } from "./assessment.js";
import type { Check } from "./check.js";
import { asCombinator } from "./combinators.js";
import { asEraRule, type EraRule } from "./era.js";
import type { ParameterReader } from "./parameterReader.js";
import { asCheckRule, type PreparedRead, type Rule, type RuleContext } from "./rule.js";

// Outcomes that name the check's own parameter: never reused by another check.
const OWN_PARAMETER = new Set(["rule.reason.parameter_invalid", "rule.reason.parameter_not_in_force"]);

/**
 * The outcomes of shared checks within one assessment, by slot (see {@link compileRules}).
 * @internal
 */
export type SharedOutcomes = (Check | undefined)[];

/**
 * A rule prepared for one parameter reader: evaluates to the same result as the rule itself.
 * @internal
 */
export interface CompiledRule<C extends RuleContext> {
  /**
   * Evaluate for one household. With `leaves`, the leaf checks of the result are pushed onto it as
   * they are decided, depth first in declaration order: what `leafChecks(result)` returns, without
   * walking the result tree again.
   */
  evaluate(context: C, shared: SharedOutcomes, leaves?: Check[]): Check;
  /** Whether the result is a leaf or a combinator over leaves only: `leafChecks` of it needs no walk. */
  readonly flat: boolean;
  /**
   * Whether every combinator in it is an `all` or an era switch: its nearest way to yes is then its
   * leaf checks that did not pass, in order (see {@link unmetChecks}).
   */
  readonly conjunctive: boolean;
}

/**
 * The leaf checks that did not pass, in order: the nearest way to yes of a rule whose combinators
 * are all `all`s and era switches (every unmet check must change, and nothing else need), as
 * `nearestWayToYes` finds it by walking the result.
 * @internal
 */
export function unmetChecks(leaves: readonly Check[]): Check[] {
  const out: Check[] = [];
  for (let i = 0; i < leaves.length; i++) if ((leaves[i] as Check).status !== "passed") out.push(leaves[i] as Check);
  return out;
}

type CheckRule<C extends RuleContext> = NonNullable<ReturnType<typeof asCheckRule<C>>>;
type Combinator<C extends RuleContext> = NonNullable<ReturnType<typeof asCombinator<C>>>;

class Leaf<C extends RuleContext> implements CompiledRule<C> {
  private readonly parameter: ParameterValue<unknown> | undefined;
  private readonly prepared: unknown;

  constructor(
    private readonly rule: CheckRule<C>,
    read: PreparedRead,
    private readonly slot: number,
  ) {
    this.parameter = read.parameter;
    this.prepared = read.prepared;
  }

  get flat(): boolean {
    return true;
  }

  get conjunctive(): boolean {
    return true;
  }

  evaluate(context: C, shared: SharedOutcomes, leaves?: Check[]): Check {
    const out = this.decide(context, shared);
    if (leaves !== undefined) leaves.push(out);
    return out;
  }

  private decide(context: C, shared: SharedOutcomes): Check {
    const slot = this.slot;
    if (slot < 0) return this.rule.decideWith(context, this.parameter, this.prepared);
    const known = shared[slot];
    if (known !== undefined) return this.rule.copy(known, this.parameter);
    const out = this.rule.decideWith(context, this.parameter, this.prepared);
    if (out.reason === undefined || !OWN_PARAMETER.has(out.reason)) shared[slot] = out;
    return out;
  }
}

class Node<C extends RuleContext> implements CompiledRule<C> {
  readonly flat: boolean;
  readonly conjunctive: boolean;

  constructor(
    private readonly combinator: Combinator<C>,
    private readonly children: readonly CompiledRule<C>[],
  ) {
    this.flat = children.every((child) => child instanceof Leaf);
    this.conjunctive = combinator.kind === "all" && children.every((child) => child.conjunctive);
  }

  evaluate(context: C, shared: SharedOutcomes, leaves?: Check[]): Check {
    const children = this.children;
    const results = new Array<Check>(children.length);
    for (let i = 0; i < children.length; i++) results[i] = (children[i] as CompiledRule<C>).evaluate(context, shared, leaves);
    return this.combinator.combine(results);
  }
}

/** An era switch whose era was picked at compile time (the reader's date fixes it). */
class Era<C extends RuleContext> implements CompiledRule<C> {
  readonly flat: boolean;
  readonly conjunctive: boolean;

  constructor(
    private readonly era: EraRule<C>,
    private readonly parameter: ParameterValue<unknown> | undefined,
    private readonly index: number,
    private readonly rules: readonly CompiledRule<C>[] | undefined,
  ) {
    // The era's rules must all pass, as in an `all`; with no era in force the switch is a leaf.
    this.flat = rules === undefined || rules.every((rule) => rule instanceof Leaf);
    this.conjunctive = rules === undefined || rules.every((rule) => rule.conjunctive);
  }

  evaluate(context: C, shared: SharedOutcomes, leaves?: Check[]): Check {
    const rules = this.rules;
    let results: Check[] | undefined;
    if (rules !== undefined) {
      results = new Array<Check>(rules.length);
      for (let i = 0; i < rules.length; i++) results[i] = (rules[i] as CompiledRule<C>).evaluate(context, shared, leaves);
    }
    const out = this.era.wrap(this.parameter, context.asOf, this.index, results);
    // No era in force: the switch itself is the leaf.
    if (leaves !== undefined && results === undefined) leaves.push(out);
    return out;
  }
}

class Opaque<C extends RuleContext> implements CompiledRule<C> {
  readonly flat = false;
  readonly conjunctive = false;

  constructor(private readonly rule: Rule<C>) {}

  evaluate(context: C, _shared: SharedOutcomes, leaves?: Check[]): Check {
    const out = this.rule.evaluate(context);
    if (leaves !== undefined) for (const leaf of leafChecks(out)) leaves.push(leaf);
    return out;
  }
}

/**
 * Rules prepared together for one parameter reader, sharing outcomes between their checks.
 * @internal
 */
export interface CompiledRules<C extends RuleContext> {
  /** One compiled rule per rule, in order. */
  readonly rules: readonly CompiledRule<C>[];
  /** How many shared slots an assessment needs (the length of its {@link SharedOutcomes}). */
  readonly slots: number;
}

/**
 * Prepare rules for evaluation on one reader's date, for a batch of households:
 * - each check's parameter is read (and prepared, see `CheckDefinition.prepare`) once, here, instead
 *   of once per household;
 * - an era switch (`byEra`) reads its era once, here, and only the era in force is prepared;
 * - checks declared with the same sharing key ({@link sharedCheck}) that read equal parameter values
 *   (e.g. `pkh.desil_current` and `sembako.desil_current`) are decided once per household: the
 *   first decides, the others take its outcome under their own code, message and parameter. An
 *   outcome that names the check's own parameter (invalid, not in force) is never reused.
 *
 * Rules not built by `check`, `sharedCheck` or the combinators are evaluated as they are, as is a
 * check whose parameter the reader does not know (so that it fails as it would unprepared). The
 * compiled rules give the same results as `rule.evaluate(context)` with `context.parameters` =
 * `reader`.
 * @internal
 */
export function compileRules<C extends RuleContext>(rules: readonly Rule<C>[], reader: ParameterReader): CompiledRules<C> {
  const slots = new Map<string, number>();
  const compile = (rule: Rule<C>): CompiledRule<C> => {
    const checkRule = asCheckRule(rule);
    if (checkRule !== undefined) {
      let read: PreparedRead;
      try {
        read = checkRule.read({ asOf: reader.asOf, parameters: reader });
      } catch {
        // Unprepared, the same error is thrown when the check is evaluated: leave it to do so.
        return new Opaque(rule);
      }
      const parameter = read.parameter;
      const share = checkRule.shareKey();
      if (share === undefined || (checkRule.parameter !== undefined && parameter === undefined)) return new Leaf(checkRule, read, -1);
      const key = `${share}\u0000${JSON.stringify(parameter?.value) ?? ""}`;
      let slot = slots.get(key);
      if (slot === undefined) slots.set(key, (slot = slots.size));
      return new Leaf(checkRule, read, slot);
    }
    const era = asEraRule(rule);
    if (era !== undefined) {
      let parameter: ParameterValue<unknown> | undefined;
      try {
        parameter = reader.get(era.parameter);
      } catch {
        return new Opaque(rule);
      }
      const index = era.pick(parameter);
      return new Era(era, parameter, index, index < 0 ? undefined : (era.rules[index] as readonly Rule<C>[]).map(compile));
    }
    const combinator = asCombinator(rule);
    if (combinator !== undefined) return new Node(combinator, combinator.children.map(compile));
    return new Opaque(rule);
  };
  const compiled = rules.map(compile);
  return { rules: compiled, slots: slots.size };
}
