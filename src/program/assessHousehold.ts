import type { Household } from "../household/household.js";
import { requireHousehold } from "../household/requireHousehold.js";
import { asLibraryError, failure, guarded, isLibraryError, kindOf } from "../message/error.js";
import { ZERO_RUPIAH, sumRupiah, type Rupiah } from "../money/rupiah.js";
import { leafChecks, nearestWayToYes } from "../rule/assessment.js";
import { compileRules, unmetChecks, type CompiledRule, type SharedOutcomes } from "../rule/compile.js";
import { createParameterReader, parameterReaderOn, type ParameterReader } from "../rule/parameterReader.js";
import { CheckResult, CombinatorResult, templateOf, type Check } from "../rule/check.js";
import { ruleMessages } from "../rule/messages.js";
import { CheckThrew } from "../rule/rule.js";
import { parseIsoDate } from "../time/isoDate.js";
import { BenefitParameterGap } from "./_read.js";
import { monthReaders } from "./_calendar.js";
import type { BenefitSchedule } from "./schedule.js";
import type { Rule } from "../rule/rule.js";
import type { IsoDate } from "../time/isoDate.js";
import { extendParameters, type ParameterSet } from "../time/parameterSet.js";
import { asOfParts, factsOn } from "./_facts.js";
import { readAssessorOptions, readInputs, readObject, type AssessorOptions } from "./_arguments.js";
import { PROGRAMS, defaultParameters, uniqueParameters } from "./catalogue.js";
import { programMessages } from "./messages.js";
import { APPROACHES, type Approach, type AssessmentInputs, type Program, type ProgramAssessment, type ProgramContext } from "./program.js";
import { amountNumber } from "../money/_wholeAmount.js";

/**
 * Options of {@link createAssessor}.
 * @category Programs
 */
export interface CreateAssessorOptions {
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** The programs to assess (default: the catalogue {@link PROGRAMS}); app programs welcome. */
  readonly programs?: readonly Program[];
  /**
   * The parameters (default: {@link defaultParameters}); an office's overrides go here. Parameters
   * of the programs that the set lacks (an app's own program) are added from the programs.
   */
  readonly parameters?: ParameterSet;
  /**
   * Compute benefit schedules for eligible programs (default `true`). With `false` no amount is read,
   * so a program whose amounts have a gap in the year (see {@link createAssessor}) is decided by its
   * rule alone.
   */
  readonly benefits?: boolean;
}

/**
 * Options of {@link assessHousehold}: those of {@link createAssessor} plus the household's inputs.
 * @category Programs
 */
export interface AssessHouseholdOptions extends CreateAssessorOptions {
  /** Facts not in the household record (consents, exit commitment, grant date, KUBE group size). */
  readonly inputs?: AssessmentInputs;
}

/**
 * One approach's share of a household's support.
 * @category Programs
 */
export interface ApproachSummary {
  /** The approach. */
  readonly approach: Approach;
  /** Cash total for the year from eligible programs of this approach. */
  readonly total: Rupiah;
  /** Its fraction of the household's cash total (0 when the total is 0). */
  readonly share: number;
  /** Eligible programs of this approach (in-kind ones included). */
  readonly programs: readonly string[];
}

/**
 * Every program's assessment of one household on one date, with the year's benefits.
 * @category Programs
 */
export interface HouseholdAssessment {
  /** The household id. */
  readonly household: string;
  /** The assessment date. */
  readonly asOf: IsoDate;
  /** One assessment per program, in the order of the programs. */
  readonly programs: readonly ProgramAssessment[];
  /** Ids of the programs the household is eligible for. */
  readonly eligible: readonly string[];
  /** Cash total for the calendar year of `asOf` over eligible programs. */
  readonly total: Rupiah;
  /** The total by approach, every approach listed. */
  readonly byApproach: readonly ApproachSummary[];
}

/**
 * An assessor bound to a date, programs and parameters.
 * @category Programs
 */
export type HouseholdAssessor = (household: Household, inputs?: AssessmentInputs) => HouseholdAssessment;

const NO_INPUTS: AssessmentInputs = Object.freeze({});

function parameterSetFor(programs: readonly Program[], given: ParameterSet | undefined): ParameterSet {
  if (given === undefined) return defaultParameters(programs);
  const missing = uniqueParameters(programs).filter((p) => !Object.prototype.hasOwnProperty.call(given, p.id));
  return missing.length === 0 ? given : extendParameters(given, missing);
}

/**
 * Prepare an assessor for one date: the parameters are resolved once and shared by every household
 * assessed with it (the fast path for batches), and the checks that several programs repeat under
 * their own codes (desil current; desil in range, where the ranges are equal; no excluded member)
 * are decided once per household, each program keeping its own check result. The results are the
 * same as evaluating each program's rule alone. Results are read-only: households eligible for the
 * same programs without cash share one frozen `eligible` list and `byApproach` summary.
 *
 * A benefit is paid month by month at the amounts in force in each month of the year of `asOf`.
 * When an amount it needs has no value in force in some month (an office's override that starts,
 * ends or pauses within the year), that month's rate is unknown, and so is the year's total: the
 * program is `undetermined` (fail closed, never `eligible`), with one more check,
 * `rule.benefit_in_force` (`unknown`, reason `rule.reason.parameter_not_in_force_months`), naming
 * the parameter and the months without a value, and no `benefit` (no partial schedule: the year's
 * total and each period's share of its rounding need every month). What does not read the missing
 * months (another year, a family without the component) is computed as before. This is never a throw.
 *
 * @param options - Date, programs, parameters, and whether to compute benefits.
 * @returns A function from household (and its inputs) to its {@link HouseholdAssessment}.
 * @example
 * const assess = createAssessor({ asOf: "2025-07-01" });
 * const results = households.map((h) => assess(h));
 * @category Programs
 */
export function createAssessor(options: CreateAssessorOptions): HouseholdAssessor {
  return guarded("createAssessor", () => {
    const assess = assessorFor(readAssessorOptions(options, "createAssessor"));
    // Rules read only checked values: a household that is not a valid `Household` is refused.
    return (household, inputs) => assess(requireHousehold(household, "assessHousehold"), inputs);
  });
}

/**
 * {@link createAssessor} for households the caller has already checked (with `requireHousehold`,
 * or as the output of `parseHousehold`): the batch functions that check their whole list first.
 * @internal
 */
export function createCheckedAssessor(options: CreateAssessorOptions): HouseholdAssessor {
  return guarded("createAssessor", () => assessorFor(readAssessorOptions(options, "createAssessor")));
}

/**
 * {@link createCheckedAssessor} on many dates (an audit assesses each family on the day it was
 * paid): one assessor per date, made on first use and kept by the returned function, all reading
 * one family of parameter readers, so that what does not depend on the date (a year's rated
 * amounts, a total's split into periods) is derived once for every date, not once per date.
 * @internal
 */
export function createCheckedAssessors(options: Omit<CreateAssessorOptions, "asOf">): (date: IsoDate) => HouseholdAssessor {
  const assessors = new Map<IsoDate, HouseholdAssessor>();
  let root: ParameterReader | undefined;
  return (date) => {
    let assess = assessors.get(date);
    if (assess === undefined) {
      const read = guarded("createAssessor", () => readAssessorOptions({ ...options, asOf: date }, "createAssessor"));
      const reader = root === undefined ? (root = createParameterReader(parameterSetFor(read.programs ?? PROGRAMS, read.parameters), date)) : parameterReaderOn(root, date);
      assess = guarded("createAssessor", () => assessorFor(read, reader));
      assessors.set(date, assess);
    }
    return assess;
  };
}

/** The assessor of checked options; what it throws for a household is always a library error. */
function assessorFor(options: AssessorOptions, reader?: ParameterReader): HouseholdAssessor {
  const programs = options.programs ?? PROGRAMS;
  const ids = new Set<string>();
  for (const program of programs) {
    if (ids.has(program.id)) throw failure(programMessages, "program.duplicate_id", { program: program.id });
    ids.add(program.id);
  }
  const asOf = options.asOf;
  const parameters = reader ?? createParameterReader(parameterSetFor(programs, options.parameters), asOf);
  const withBenefits = options.benefits;
  const factsOf = factsOn(asOfParts(asOf));
  // The rules, prepared for this date: parameters read once, and the checks several programs repeat
  // (desil current, desil in range, no excluded member) decided once per household.
  const compiled = compileRules(
    programs.map((p) => p.rule),
    parameters,
  );
  const rules = compiled.rules;
  const slots = compiled.slots;
  // The advisory priority rules, prepared alike (their own shared slots: they never take an
  // outcome from the deciding rules).
  const ranked = programs.filter((p) => p.priority !== undefined);
  const compiledPriorities = compileRules(
    ranked.map((p) => p.priority as Rule<ProgramContext>),
    parameters,
  );
  const priorities = programs.map((p) => {
    const index = ranked.indexOf(p);
    return index < 0 ? undefined : compiledPriorities.rules[index];
  });
  const prioritySlots = compiledPriorities.slots;
  // Households eligible for the same programs without cash share one frozen summary (the eligible
  // ids and the approaches), built on first use: at most one per subset of the programs.
  const summaries = programs.length <= MEMO_MAX_PROGRAMS ? new Map<number, Summary>() : undefined;
  const assessOne: HouseholdAssessor = (household, inputs = NO_INPUTS) => {
    const context: ProgramContext = { asOf, parameters, household, facts: factsOf(household), inputs };
    const shared: SharedOutcomes = new Array(slots);
    const sharedPriorities: SharedOutcomes = new Array(prioritySlots);
    const assessments = new Array<ProgramAssessment>(programs.length);
    let mask = 0;
    let cash = false;
    for (let i = 0; i < programs.length; i++) {
      const program = programs[i] as Program;
      const rule = rules[i] as CompiledRule<ProgramContext>;
      // The rule decides its leaves into one array, then builds its tree over them: the leaves are
      // the leaf checks of the result unless a rule the engine does not see into is among them.
      const decided = rule.decide(context, shared);
      let result = rule.assemble(context, decided);
      let checks = rule.exact ? decided : leafChecks(result);
      let benefit = result.status === "passed" && withBenefits ? benefitOrGaps(program, household, context) : undefined;
      if (Array.isArray(benefit)) {
        // A parameter the benefit needs has no value in some month: undetermined, no schedule.
        result = withChecks(result, benefit);
        checks = [...checks, ...benefit];
        benefit = undefined;
      }
      const yes = result.status === "passed";
      if (yes) mask |= 1 << i;
      if (benefit !== undefined) cash = true;
      assessments[i] = {
        program: program.id,
        name: program.name,
        approach: program.approach,
        asOf,
        eligible: yes,
        status: yes ? "eligible" : result.status === "failed" ? "not-eligible" : "undetermined",
        result,
        checks,
        nearest: yes ? undefined : rule.conjunctive ? unmetChecks(checks) : nearestWayToYes(result),
        priority: priorities[i]?.evaluate(context, sharedPriorities),
        benefit: benefit as BenefitSchedule | undefined,
      };
    }
    let summary = cash ? undefined : summaries?.get(mask);
    if (summary === undefined) {
      summary = summarise(assessments);
      if (!cash && summaries !== undefined) summaries.set(mask, (summary = freezeSummary(summary)));
    }
    return { household: household.id, asOf, programs: assessments, eligible: summary.eligible, total: summary.total, byApproach: summary.byApproach };
  };
  return (household, inputs) => {
    try {
      return assessOne(household, readInputs(inputs, NO_INPUTS));
    } catch (error) {
      // A check a caller declared that threw, named with the program being assessed: found here,
      // off the per-household path (a try/catch around the program loop cost 4% there).
      throw asLibraryError(error instanceof CheckThrew ? error.of(programHolding(programs, error.check)) : error, "assess");
    }
  };
}

/**
 * The program being assessed when the check `code` threw: the first, in the order the assessor
 * evaluates them (each program's rule, then its priority), whose rules hold a check with that code.
 */
function programHolding(programs: readonly Program[], code: string): string | undefined {
  for (let i = 0; i < programs.length; i++) {
    const program = programs[i] as Program;
    if (holds(program.rule, code) || (program.priority !== undefined && holds(program.priority, code))) return program.id;
  }
  return undefined;
}

function holds(rule: Rule<ProgramContext>, code: string): boolean {
  if (rule.code === code) return true;
  const children = rule.children;
  for (let i = 0; i < children.length; i++) if (holds(children[i] as Rule<ProgramContext>, code)) return true;
  return false;
}

/**
 * The program's benefit, or, when a parameter it needs has no value in force on a date it reads
 * (a {@link BenefitParameterGap}: an office's override that starts, ends or pauses within the
 * year), one `unknown` check per such parameter (`rule.benefit_in_force`, reason
 * `rule.reason.parameter_not_in_force_months`) naming the months of the assessment year without a
 * value (or the assessment date, when every month starts with one). Any other error is thrown.
 */
function benefitOrGaps(program: Program, household: Household, context: ProgramContext): BenefitSchedule | readonly Check[] {
  try {
    return program.benefit(household, context);
  } catch (error) {
    if (!(error instanceof BenefitParameterGap)) throw benefitThrew(error, program);
    const { year } = parseIsoDate(context.asOf);
    const readers = monthReaders(context.parameters, year);
    return error.parameters.map((parameter) => {
      const months = readers.filter((month) => month.parameters.get(parameter) === undefined).map((month) => month.first.slice(0, 7));
      const text = months.length === 0 ? context.asOf : monthRanges(months);
      const values = { parameter, months: text, year: String(year) };
      return new CheckResult("rule.benefit_in_force", ruleMessages["rule.benefit_in_force"], "unknown", 12, 12 - months.length, undefined, values, "rule.reason.parameter_not_in_force_months");
    });
  }
}

/**
 * What a program's benefit threw, as the assessor throws it: the library's own errors unchanged, and
 * so whatever a catalogue program's benefit throws (reading a value it cannot read, `input.unreadable`
 * at the boundary); a throw from the benefit (or `prepare`) of a program the caller declared named as
 * that, `program.benefit_threw`, with the kind of what was thrown (its message is not kept: it could
 * carry personal data).
 */
function benefitThrew(error: unknown, program: Program): unknown {
  if (isLibraryError(error) || PROGRAMS.some((p) => p.benefit === program.benefit)) return error;
  return failure(programMessages, "program.benefit_threw", { what: "assess", program: program.id, kind: kindOf(error) });
}

/** `YYYY-MM` months (ascending) as ranges: `2025-01–2025-06, 2025-09`. */
function monthRanges(months: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j + 1 < months.length && Number((months[j + 1] as string).slice(5)) === Number((months[j] as string).slice(5)) + 1) j++;
    out.push(j === i ? (months[i] as string) : `${months[i] as string}–${months[j] as string}`);
    i = j + 1;
  }
  return out.join(", ");
}

/** An `all` result with more checks among its children (or a rule's result and the checks under a new `all`). */
function withChecks(result: Check, more: readonly Check[]): Check {
  const children = result.combinator === "all" && result.children !== undefined ? [...result.children, ...more] : [result, ...more];
  const template = result.combinator === "all" ? (templateOf(result) ?? ruleMessages["rule.all"]) : ruleMessages["rule.all"];
  const code = result.combinator === "all" ? result.code : "rule.all";
  let passed = 0;
  let failed = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as Check;
    if (child.status === "passed") passed++;
    else if (child.status === "failed") failed++;
  }
  const status = failed > 0 ? "failed" : passed === children.length ? "passed" : "unknown";
  return new CombinatorResult(code, template, status, children.length, passed, "all", children);
}

// Subsets of up to 12 programs (4,096 summaries at most) are remembered; larger program lists are not.
const MEMO_MAX_PROGRAMS = 12;

/** Freeze a summary to share it between households (its arrays and entries too). */
function freezeSummary(summary: Summary): Summary {
  for (const entry of summary.byApproach) Object.freeze(entry.programs);
  return Object.freeze({ eligible: Object.freeze(summary.eligible), total: summary.total, byApproach: Object.freeze(summary.byApproach.map((e) => Object.freeze(e))) });
}

/** The part of a household's assessment that follows from which programs it is eligible for. */
interface Summary {
  readonly eligible: readonly string[];
  readonly total: Rupiah;
  readonly byApproach: readonly ApproachSummary[];
}

const NOTHING: readonly ApproachSummary[] = Object.freeze(
  APPROACHES.map((approach) => Object.freeze({ approach, total: ZERO_RUPIAH, share: 0, programs: Object.freeze([]) as readonly string[] })),
);

const APPROACH_INDEX: Readonly<Record<Approach, number>> = { "reduce-expenditure": 0, "raise-income": 1, "improve-settlement": 2, education: 3 };
const NO_PROGRAMS: readonly string[] = Object.freeze([]);

/** The sum of the approaches' totals: the one total itself when only one approach pays cash. */
function cashTotal(totals: readonly Rupiah[]): Rupiah {
  let only: Rupiah | undefined;
  for (let i = 0; i < totals.length; i++) {
    const part = totals[i] as Rupiah;
    if (part.isZero()) continue;
    if (only !== undefined) return sumRupiah(totals);
    only = part;
  }
  return only ?? ZERO_RUPIAH;
}

function summarise(programs: readonly ProgramAssessment[]): Summary {
  const eligible: string[] = [];
  const names: (string[] | undefined)[] = [undefined, undefined, undefined, undefined];
  const parts: (Rupiah[] | undefined)[] = [undefined, undefined, undefined, undefined];
  for (let i = 0; i < programs.length; i++) {
    const a = programs[i] as ProgramAssessment;
    if (!a.eligible) continue;
    eligible.push(a.program);
    const index = APPROACH_INDEX[a.approach];
    (names[index] ??= []).push(a.program);
    if (a.benefit) (parts[index] ??= []).push(a.benefit.total);
  }
  if (eligible.length === 0) return { eligible: NO_PROGRAMS, total: ZERO_RUPIAH, byApproach: NOTHING };
  const totals = parts.map((p) => (p === undefined ? ZERO_RUPIAH : p.length === 1 ? (p[0] as Rupiah) : sumRupiah(p)));
  // Without cash every total is Rp 0, and so is their sum.
  const total = cashTotal(totals);
  const whole = amountNumber(total);
  const byApproach = APPROACHES.map((approach, i) => {
    const part = totals[i] as Rupiah;
    return { approach, total: part, share: whole === 0 || part.isZero() ? 0 : amountNumber(part) / whole, programs: names[i] ?? NO_PROGRAMS };
  });
  return { eligible, total, byApproach };
}

/**
 * Assess one household for every program on a date: eligibility with reasons, the year's benefit
 * schedule per eligible program (per tahap or month, exact Rupiah), and the total by approach
 * (how much reduces expenditure, raises income, improves the settlement, or goes to education).
 * For many households, build one {@link createAssessor} and reuse it.
 *
 * @param household - A parsed household.
 * @param options - `asOf`, optional `programs`, `parameters` (overrides) and `inputs`.
 * @returns The assessment.
 * @example
 * const result = assessHousehold(household, { asOf: "2025-07-01" });
 * result.eligible //=> ["pkh", "sembako", "pbi_jkn", "pip", "kube", "rutilahu", "air_sanitasi"]
 * result.byApproach[0].total.toString() //=> "11670000"
 * @category Programs
 */
export function assessHousehold(household: Household, options: AssessHouseholdOptions): HouseholdAssessment {
  return guarded("assessHousehold", () => createAssessor(options)(household, readObject(options, "assessHousehold", "options").inputs));
}
