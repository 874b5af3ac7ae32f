import type { Household } from "../household/household.js";
import { deepFreeze } from "../_internal/deepFreeze.js";
import { failure, guarded } from "../message/error.js";
import { readTemplate, type MessageTemplate, type Text } from "../message/message.js";
import type { Assessment } from "../rule/assessment.js";
import { ruleCatalogue } from "../rule/inspect.js";
import { derivedOnce } from "../rule/parameterReader.js";
import { checkRule, type Rule, type RuleContext } from "../rule/rule.js";
import type { IsoDate } from "../time/isoDate.js";
import type { DatedParameter } from "../time/parameter.js";
import { defineParameterSet } from "../time/parameterSet.js";
import type { HouseholdFacts } from "./_facts.js";
import { bad, readObject, readProgramId } from "./_arguments.js";
import { programMessages } from "./messages.js";
import type { BenefitSchedule, PaymentChannel } from "./schedule.js";

/**
 * The three approaches of Dinsos Kaltim against poverty, plus education (Sekolah Rakyat):
 * `reduce-expenditure` (cash and food aid, premiums, school aid), `raise-income` (business grants
 * with mentoring), `improve-settlement` (house repair, water and sanitation), `education`.
 * @category Programs
 */
export type Approach = "reduce-expenditure" | "raise-income" | "improve-settlement" | "education";

/**
 * Every approach, in the order summaries list them.
 * @example APPROACHES[0] //=> "reduce-expenditure"
 * @category Programs
 */
export const APPROACHES: readonly Approach[] = /* @__PURE__ */ deepFreeze(["reduce-expenditure", "raise-income", "improve-settlement", "education"]);

/**
 * Facts an assessment needs that a household record does not hold. Absent means unknown, and a
 * check that needs an absent input is `unknown` (fail closed). Apps may add their own keys for
 * their own programs.
 * @category Programs
 */
export interface AssessmentInputs {
  /**
   * Sekolah Rakyat: parental consent to boarding, for the whole family (`true`/`false`) or per
   * member index (`{ 2: true, 3: false }`).
   */
  readonly consents?: boolean | Readonly<Record<number, boolean>>;
  /**
   * PENA: the family has signed the statement (surat pernyataan, on duty stamp) that its social aid
   * (PKH, Sembako/BPNT) stops once it receives the grant.
   */
  readonly exitCommitment?: boolean;
  /** PENA/KUBE: the date of the grant (default: `asOf`); mentoring and the review date run from it. */
  readonly grantDate?: IsoDate;
  /**
   * PENA: the grant the office decided for this family, as a decimal Rupiah string (e.g.
   * `"2400000"`); at most the ceiling `pena.max_amount_per_family`. Absent: the ceiling is shown.
   */
  readonly penaGrantAmount?: string;
  /** KUBE: the number of families (KK) in the group, once formed (absent: not formed yet, not checked). */
  readonly kubeGroupSize?: number;
  /** KUBE: whether the family received KUBE before (absent: read from `currentAid`, else unknown). */
  readonly priorKube?: boolean;
  /**
   * Sekolah Rakyat: the school's intake quota is not filled, so desil 3 families may be admitted
   * (`sekolah_rakyat.widened_desil_range`). Absent or `false`: desil 1–2 only.
   */
  readonly sekolahRakyatQuotaUnfilled?: boolean;
  /**
   * PKH and Sembako: how the family is paid, `kks` (bank card; the default) or `pos` (PT Pos). It
   * picks the periods from the program's dated calendar where the channels differ (2024: every two
   * months on KKS, every three through PT Pos).
   */
  readonly paymentChannel?: PaymentChannel;
  /** App-defined inputs. */
  readonly [key: string]: unknown;
}

/**
 * What a program's checks and benefit read: the date, the parameters, the household, facts derived
 * from it once per assessment, and the extra inputs.
 * @category Programs
 */
export interface ProgramContext extends RuleContext {
  /** The household. */
  readonly household: Household;
  /** Facts derived from the household on `asOf` (ages, desil, …), computed once and shared by all programs. */
  readonly facts: HouseholdFacts;
  /** Inputs that are not part of the household record. */
  readonly inputs: AssessmentInputs;
}

/**
 * A social-assistance program: data (id, names, approach, dated parameters, messages) plus its rule
 * and its benefit. Shared code never branches on a program id; everything program-specific is here.
 * Build one with {@link defineProgram}.
 * @category Programs
 */
export interface Program {
  /** Stable id, also the prefix of every code it emits (e.g. `pkh`). */
  readonly id: string;
  /** Display name in both languages. */
  readonly name: Text;
  /** Which approach it belongs to. */
  readonly approach: Approach;
  /** Its dated parameters (amounts, thresholds, ranges) with sources. */
  readonly parameters: readonly DatedParameter[];
  /** The eligibility rule: every required check. */
  readonly rule: Rule<ProgramContext>;
  /** Advisory checks reported with the assessment that do not decide eligibility. */
  readonly priority?: Rule<ProgramContext> | undefined;
  /** Every message the program can emit: its checks' and its benefit lines'. */
  readonly messages: Readonly<Record<string, MessageTemplate>>;
  /**
   * The benefit of an eligible household for the calendar year of `asOf`, with parameters read on `asOf`.
   * @param household - The household.
   * @param context - The context it was assessed in.
   */
  benefit(household: Household, context: ProgramContext): BenefitSchedule;
}

/**
 * A program's assessment: whether, why, and (when eligible) how much.
 * @category Programs
 */
export interface ProgramAssessment extends Assessment {
  /** The program's approach. */
  readonly approach: Approach;
  /**
   * The benefit schedule, present only when eligible (absent when an amount it needs has no value in
   * some month of the year: the program is then `undetermined`, see `createAssessor`).
   */
  readonly benefit?: BenefitSchedule | undefined;
}

/**
 * The declaration {@link defineProgram} takes; `messages` lists the benefit-line messages (check
 * messages are taken from the rule itself).
 * @typeParam D - What `prepare` derives from the date's parameters for `benefit` (nothing by default).
 * @category Programs
 */
export interface ProgramDefinition<D = undefined> {
  /** Stable id: lower case, digits and underscores; every check code starts with `<id>.`. */
  readonly id: string;
  /** Display name in both languages. */
  readonly name: Text;
  /** Which approach it belongs to. */
  readonly approach: Approach;
  /** Its dated parameters (validated). */
  readonly parameters: readonly DatedParameter[];
  /** The eligibility rule. */
  readonly rule: Rule<ProgramContext>;
  /** Advisory checks that do not decide eligibility. */
  readonly priority?: Rule<ProgramContext> | undefined;
  /** Messages of the benefit lines (check messages come with the checks). */
  readonly messages?: Readonly<Record<string, MessageTemplate>> | undefined;
  /**
   * What the benefit reads of the date's parameters alone (amounts parsed, rules read, texts
   * formatted), derived once per date: an assessor keeps it with its parameter reader, so a batch
   * assessed on one date prepares it once, as it does a check's `prepare`. It must be a pure
   * function of `context.parameters` (read on `context.asOf`, the reader's date), and should not
   * throw: a value it cannot read is better left for `benefit` to report, as it would unprepared.
   * @param context - The date and its parameters.
   */
  prepare?(context: RuleContext): D;
  /**
   * The benefit of an eligible household.
   * @param household - The household.
   * @param context - The context it was assessed in.
   * @param prepared - What `prepare` derived for the context's date (`undefined` without `prepare`).
   */
  benefit(household: Household, context: ProgramContext, prepared: D): BenefitSchedule;
}

/** `benefit` handed what `prepare` derives, once per parameter reader (one date of one assessor). */
function preparedBenefit<D>(prepare: (context: RuleContext) => D, benefit: ProgramDefinition<D>["benefit"]): Program["benefit"] {
  return (household, context) => {
    const parameters = context.parameters;
    // Kept with the reader, so read on the reader's own date: what is prepared belongs to it.
    const prepared = derivedOnce(parameters, prepare, "benefit", () => prepare({ asOf: parameters.asOf, parameters }));
    return benefit(household, context, prepared);
  };
}

/**
 * Declare a program from the same building blocks as the catalogue. Checks: the id is lower-case
 * (`program.bad_id`), every parameter is sound (`time.parameter_invalid`), every code the rule
 * emits is a `rule.*` combinator or starts with `<id>.` (`program.foreign_code`), so messages of two
 * programs never collide, and the other fields have their types (`program.bad_argument`). The
 * program is frozen with everything it holds — its parameters too — so no later change to them
 * can change an assessment; derive office variants of the values with `overrideParameters`.
 *
 * @param definition - The program.
 * @returns The program, deeply frozen, with `messages` covering every check code.
 * @example
 * const kukarTopUp = defineProgram({
 *   id: "kukar_lansia", name: { id: "Tambahan Lansia Kukar", en: "Kukar elderly top-up" },
 *   approach: "reduce-expenditure", parameters: [kukarAmount, kukarDesil],
 *   rule: all(desilCurrentCheck("kukar_lansia"), desilInRangeCheck("kukar_lansia", "kukar_lansia.desil_range"), neglectedElder),
 *   benefit: (household, context) => buildBenefitSchedule({
 *     program: "kukar_lansia", approach: "reduce-expenditure", frequency: "month", asOf: context.asOf,
 *     lines: [{ code: "kukar_lansia.top_up", amount: rupiah(2_400_000) }],
 *   }),
 * });
 * @category Programs
 */
export function defineProgram<D = undefined>(definition: ProgramDefinition<D>): Program {
  return guarded("defineProgram", () => {
    const { id, name, approach, parameters, rule, priority, messages, benefit, prepare } = readObject(definition, "defineProgram", "definition");
    readProgramId(id);
    if (!APPROACHES.includes(approach)) throw bad("defineProgram", "approach", approach);
    if (typeof benefit !== "function") throw bad("defineProgram", "benefit", benefit);
    if (prepare !== undefined && typeof prepare !== "function") throw bad("defineProgram", "prepare", prepare);
    if (messages !== undefined) readObject(messages, "defineProgram", "messages");
    defineParameterSet(parameters);
    const checks = { ...ruleCatalogue(checkRule(rule, 0)), ...(priority === undefined ? {} : ruleCatalogue(checkRule(priority, 0))) };
    for (const code of Object.keys(checks)) {
      if (!code.startsWith("rule.") && !code.startsWith(`${id}.`)) {
        throw failure(programMessages, "program.foreign_code", { code, program: id });
      }
    }
    const own: Record<string, MessageTemplate> = {};
    for (const [code, template] of Object.entries(messages ?? {})) own[code] = readTemplate(template);
    const program: Program = {
      id,
      name: readTemplate(name),
      approach,
      parameters: [...parameters],
      rule,
      priority,
      messages: { ...checks, ...own },
      benefit: prepare === undefined ? (benefit as Program["benefit"]) : preparedBenefit(prepare, benefit),
    };
    return deepFreeze(program);
  });
}
