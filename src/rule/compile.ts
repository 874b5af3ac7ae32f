import type { ParameterValue } from "../time/parameter.js";
import { PARAMETER_NOT_IN_FORCE, type Check } from "./check.js";
import { asCombinator } from "./combinators.js";
import { asEraRule, type EraRule } from "./era.js";
import type { ParameterReader } from "./parameterReader.js";
import { asCheckRule, type PreparedRead, type Rule, type RuleContext } from "./rule.js";

// Outcomes that name the check's own parameter: never reused by another check.
const INVALID = "rule.reason.parameter_invalid";

/**
 * The outcomes of shared checks within one assessment, by slot (see {@link compileRules}).
 * @internal
 */
export type SharedOutcomes = (Check | undefined)[];

/**
 * The leaf checks that did not pass, in order: the nearest way to yes of a rule whose combinators
 * are all `all`s and era switches (every unmet check must change, and nothing else need), as
 * `nearestWayToYes` finds it by walking the result.
 * @internal
 */
export function unmetChecks(leaves: readonly Check[]): Check[] {
  // Counted first: an array of the exact length, not one grown by pushes.
  let unmet = 0;
  for (let i = 0; i < leaves.length; i++) if ((leaves[i] as Check).status !== "passed") unmet++;
  const out = new Array<Check>(unmet);
  for (let i = 0, j = 0; j < unmet; i++) if ((leaves[i] as Check).status !== "passed") out[j++] = leaves[i] as Check;
  return out;
}

type CheckRule<C extends RuleContext> = NonNullable<ReturnType<typeof asCheckRule<C>>>;
type Combinator<C extends RuleContext> = NonNullable<ReturnType<typeof asCombinator<C>>>;

/** What a compiled rule decides on its own, in declaration order: a check, or a rule the engine does not see into. */
interface Leaf<C extends RuleContext> {
  decide(context: C, shared: SharedOutcomes): Check;
}

/** A part of a compiled rule: the index of one of its leaves, or a combinator or era switch over parts. */
type Part<C extends RuleContext> = number | Node<C> | Era<C>;

/** The results of parts over the rule's leaf checks already decided. */
function results<C extends RuleContext>(parts: readonly Part<C>[], context: C, checks: readonly Check[]): Check[] {
  const out = new Array<Check>(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part<C>;
    out[i] = typeof part === "number" ? (checks[part] as Check) : part.assemble(context, checks);
  }
  return out;
}

/** A check, its parameter read (and prepared) once for the reader's date. */
class Decided<C extends RuleContext> implements Leaf<C> {
  constructor(
    private readonly rule: CheckRule<C>,
    private readonly parameter: ParameterValue<unknown> | undefined,
    private readonly prepared: unknown,
    private readonly slot: number,
  ) {}

  decide(context: C, shared: SharedOutcomes): Check {
    const slot = this.slot;
    if (slot < 0) return this.rule.decideWith(context, this.parameter, this.prepared);
    const known = shared[slot];
    if (known !== undefined) return this.rule.copy(known, this.parameter);
    const out = this.rule.decideWith(context, this.parameter, this.prepared);
    const reason = out.reason;
    if (reason === undefined || (reason !== INVALID && reason !== PARAMETER_NOT_IN_FORCE)) shared[slot] = out;
    return out;
  }
}

/** A rule the engine does not see into, or a check whose parameter the reader does not know: evaluated as it is. */
class Opaque<C extends RuleContext> implements Leaf<C> {
  constructor(private readonly rule: Rule<C>) {}

  decide(context: C): Check {
    return this.rule.evaluate(context);
  }
}

class Node<C extends RuleContext> {
  constructor(
    private readonly combinator: Combinator<C>,
    readonly parts: readonly Part<C>[],
  ) {}

  assemble(context: C, checks: readonly Check[]): Check {
    return this.combinator.combine(results(this.parts, context, checks));
  }

  /** Its result when its parts are all the rule's leaves, in order: the leaf checks are its children. */
  combine(checks: Check[]): Check {
    return this.combinator.combine(checks);
  }
}

/** An era switch whose era was picked at compile time (the reader's date fixes it). */
class Era<C extends RuleContext> implements Leaf<C> {
  /** The values of the switch's result on the reader's date: made once, shared (frozen) by every household's result. */
  private readonly values: Readonly<Record<string, string>>;

  constructor(
    private readonly era: EraRule<C>,
    private readonly parameter: ParameterValue<unknown> | undefined,
    /** The parts of the era in force; `undefined` when none is (the switch is then a leaf). */
    private readonly parts: readonly Part<C>[] | undefined,
    private readonly asOf: string,
  ) {
    this.values = Object.freeze(era.valuesOf(parameter, asOf));
  }

  assemble(context: C, checks: readonly Check[] | undefined): Check {
    const parts = this.parts;
    const values = context.asOf === this.asOf ? this.values : undefined;
    return this.era.wrap(this.parameter, context.asOf, parts && results(parts, context, checks ?? []), values);
  }

  /** With no era in force, the switch is a leaf of its own. */
  decide(context: C): Check {
    return this.assemble(context, undefined);
  }
}

/**
 * A rule prepared for one parameter reader, giving the same result as the rule itself: its leaves
 * (checks, and what the engine does not see into) are decided in one loop, in declaration order
 * (the order in which the rule itself decides them, so a shared outcome goes to the same check
 * first), into one array of their exact length, and its tree is then built over them.
 * @internal
 */
export class CompiledRule<C extends RuleContext> {
  // A combinator over the rule's leaves alone, in order: its children are the decided array itself.
  declare private readonly flat: boolean;

  constructor(
    private readonly root: Part<C>,
    private readonly leaves: readonly Leaf<C>[],
    /**
     * Whether every combinator in it is an `all` or an era switch (and it has no opaque rule): its
     * nearest way to yes is then its leaf checks that did not pass, in order (see {@link unmetChecks}).
     */
    readonly conjunctive: boolean,
    /** Whether every leaf is a check (no opaque rule): the decided leaves are then `leafChecks` of the result. */
    readonly exact: boolean,
  ) {
    this.flat = root instanceof Node && root.parts.length === leaves.length && root.parts.every((part, i) => part === i);
  }

  /** The leaves, decided in declaration order. */
  decide(context: C, shared: SharedOutcomes): Check[] {
    const leaves = this.leaves;
    const checks = new Array<Check>(leaves.length);
    for (let i = 0; i < leaves.length; i++) checks[i] = (leaves[i] as Leaf<C>).decide(context, shared);
    return checks;
  }

  /**
   * The rule's result over its leaves from {@link decide}. A combinator over its checks alone takes
   * the array itself as its children, as `leafChecks` of its result returns them.
   */
  assemble(context: C, checks: Check[]): Check {
    const root = this.root;
    if (typeof root === "number") return checks[root] as Check;
    return this.flat ? (root as Node<C>).combine(checks) : root.assemble(context, checks);
  }

  /** Evaluate for one household. */
  evaluate(context: C, shared: SharedOutcomes): Check {
    return this.assemble(context, this.decide(context, shared));
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
  // The leaves of the rule being compiled, in declaration order, and what it has seen so far.
  let leaves: Leaf<C>[] = [];
  let conjunctive = true;
  let exact = true;
  const leaf = (decider: Leaf<C>): number => leaves.push(decider) - 1;
  const compile = (rule: Rule<C>): Part<C> => {
    const checkRule = asCheckRule(rule);
    if (checkRule !== undefined) {
      let read: PreparedRead;
      try {
        read = checkRule.read({ asOf: reader.asOf, parameters: reader });
      } catch {
        // Unprepared, the same error is thrown when the check is evaluated: leave it to do so.
        return leaf(new Opaque(rule));
      }
      const parameter = read.parameter;
      const share = checkRule.shareKey();
      if (share === undefined || (checkRule.parameter !== undefined && parameter === undefined)) return leaf(new Decided(checkRule, parameter, read.prepared, -1));
      const key = `${share}\u0000${JSON.stringify(parameter?.value) ?? ""}`;
      let slot = slots.get(key);
      if (slot === undefined) slots.set(key, (slot = slots.size));
      return leaf(new Decided(checkRule, parameter, read.prepared, slot));
    }
    const era = asEraRule(rule);
    if (era !== undefined) {
      let parameter: ParameterValue<unknown> | undefined;
      try {
        parameter = reader.get(era.parameter);
      } catch {
        conjunctive = exact = false;
        return leaf(new Opaque(rule));
      }
      const index = era.pick(parameter);
      const parts = index < 0 ? undefined : (era.rules[index] as readonly Rule<C>[]).map(compile);
      const compiled = new Era(era, parameter, parts, reader.asOf);
      // With no era in force the switch is a leaf of its own.
      return parts === undefined ? leaf(compiled) : compiled;
    }
    const combinator = asCombinator(rule);
    if (combinator !== undefined) {
      if (combinator.kind !== "all") conjunctive = false;
      return new Node(combinator, combinator.children.map(compile));
    }
    conjunctive = exact = false;
    return leaf(new Opaque(rule));
  };
  const compiled = rules.map((rule) => {
    leaves = [];
    conjunctive = exact = true;
    const root = compile(rule);
    return new CompiledRule(root, leaves, conjunctive, exact);
  });
  return { rules: compiled, slots: slots.size };
}
