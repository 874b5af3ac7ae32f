import { guarded } from "../message/error.js";
import { checkLanguage, DEFAULT_LANGUAGE, interpolate, numberText, type Language, type LabelledTemplate, type MessageTemplate, type MessageValues, type Text } from "../message/message.js";
import { maskLongNumbers } from "../message/redact.js";
import type { Assessment } from "./assessment.js";
import { PARAMETER_NOT_IN_FORCE, templateOf, type Check, type CheckValue } from "./check.js";
import { ruleMessages } from "./messages.js";
import { shownValue } from "../money/_shownAmount.js";

/**
 * Options of {@link formatCheck} and {@link explainAssessment}.
 * @category Rules
 */
export interface FormatCheckOptions {
  /**
   * Catalogue to find messages in for checks read back from JSON (live results remember their own
   * message), e.g. `programMessages` or an app's catalogue.
   */
  readonly messages?: Readonly<Record<string, MessageTemplate>>;
}

const RULE_MESSAGES: Readonly<Record<string, MessageTemplate>> = ruleMessages;

function isRange(value: object): value is { readonly min?: number; readonly max?: number } {
  return !Array.isArray(value);
}

/** `"; "` between the items of an Indonesian list holding a number with a fraction ("1,5; 2", not "1,5, 2"), else `", "`. */
function listSeparator(list: readonly (string | number)[], lang: Language): string {
  return lang === "id" && list.some((v) => typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v)) ? "; " : ", ";
}

/**
 * Render an expected or received value: ranges as `1–4`, `≥ 60` or `≤ 4`, lists joined by commas,
 * booleans as ya/tidak (yes/no), `null` as "tidak ada data" (no data), an amount ({@link RupiahValue})
 * the way of the language: `Rp3.579.313,77`, `Rp3,579,313.77` in English; a number with a fraction
 * with a decimal comma in Bahasa Indonesia (`6,83`), a point in English, and an Indonesian list that
 * holds one joined by semicolons (`1,5; 2`), as its comma would otherwise read as a separator; `NaN`
 * and the infinities in words (`bukan angka`, `tak hingga`; `not a number`, `infinity`).
 *
 * @param value - The value.
 * @param lang - The language (default Bahasa Indonesia).
 * @returns The text.
 * @example
 * formatCheckValue({ min: 1, max: 4 }) //=> "1–4"
 * formatCheckValue(null, "en") //=> "no data"
 * formatCheckValue({ rupiah: "3579313.77" }) //=> "Rp3.579.313,77"
 * formatCheckValue({ rupiah: "3579313.77" }, "en") //=> "Rp3,579,313.77"
 * formatCheckValue(6.83) //=> "6,83"
 * formatCheckValue(6.83, "en") //=> "6.83"
 * formatCheckValue([1.5, 2]) //=> "1,5; 2"
 * formatCheckValue([1.5, 2], "en") //=> "1.5, 2"
 * @category Rules
 */
export function formatCheckValue(value: CheckValue, lang: Language = DEFAULT_LANGUAGE): string {
  return guarded("formatCheckValue", () => {
    checkLanguage(lang);
    if (value === null) return ruleMessages["rule.value.missing"][lang];
    switch (typeof value) {
      case "boolean":
        return ruleMessages[value ? "rule.value.yes" : "rule.value.no"][lang];
      case "number":
        return numberText(value, lang);
      case "string":
        return value;
      default:
        // Each element masked: a NIK in a list of received values is still a NIK.
        if (Array.isArray(value)) return value.length === 0 ? ruleMessages["rule.value.none"][lang] : value.map((v) => maskLongNumbers(typeof v === "number" ? numberText(v, lang) : String(v))).join(listSeparator(value, lang));
        if ("rupiah" in value) return shownValue(value, lang);
        if (isRange(value)) {
          const min = value.min === undefined ? undefined : numberText(value.min, lang);
          const max = value.max === undefined ? undefined : numberText(value.max, lang);
          if (min !== undefined && max !== undefined) return min === max ? min : `${min}–${max}`;
          if (min !== undefined) return `≥ ${min}`;
          if (max !== undefined) return `≤ ${max}`;
        }
        return "–";
    }
  });
}

function messageFor(check: Check, options: FormatCheckOptions): MessageTemplate {
  const template =
    templateOf(check) ??
    options.messages?.[check.code] ??
    (Object.prototype.hasOwnProperty.call(RULE_MESSAGES, check.code) ? RULE_MESSAGES[check.code] : undefined) ??
    ruleMessages["rule.unknown_code"];
  // At least one of one condition is that condition: worded as `all` and `any` of one are ("The only
  // condition must hold"), not "At least 1 of 1 condition". Not in the template: its words follow one
  // count, and at least 0 of one condition must read as it does.
  return template === ruleMessages["rule.at_least"] && check.expected === 1 && check.children?.length === 1 ? ruleMessages["rule.any"] : template;
}

/** The wording of `key` in `lang` (an own key only: not `constructor`), else `undefined`. */
function wordingOf(key: string, labels: LabelledTemplate["labels"], lang: Language): string | undefined {
  const text: unknown = Object.prototype.hasOwnProperty.call(labels, key) ? (labels[key] as Text | undefined)?.[lang] : undefined;
  return typeof text === "string" ? text : undefined;
}

/** A date (`{date}` in a label's key), then a whole number (`{n}`). */
const PLACES: readonly (readonly [RegExp, string])[] = [
  [/\d{4}-\d\d-\d\d/, "{date}"],
  [/\d+/, "{n}"],
];

/**
 * A code's wording in `lang`, else the code (also for a caller's catalogue without one). A code
 * holding a date (`mandiri (2025-03-01)`) or a whole number (`elderly 3`, `family of 4`) is worded
 * by the label whose key has `{date}` or `{n}` in its place (`elderly {n}` → `lansia (anggota {n})`),
 * the date or number put back.
 */
function labelOf(code: string, labels: LabelledTemplate["labels"], lang: Language): string {
  const text = wordingOf(code, labels, lang);
  if (text !== undefined) return text;
  for (const [pattern, place] of PLACES) {
    const found = pattern.exec(code)?.[0];
    const wording = found === undefined ? undefined : wordingOf(code.replace(found, place), labels, lang);
    if (wording !== undefined) return wording.replace(place, found as string);
  }
  return code;
}

/** A list of codes, or a text of codes joined by `", "` (a check's values are text), worded in `lang`. */
function labelled(value: CheckValue, labels: LabelledTemplate["labels"], lang: Language): CheckValue {
  if (typeof value === "string") return value.split(", ").map((code) => labelOf(code, labels, lang)).join(", ");
  return Array.isArray(value) ? value.map((v) => (typeof v === "string" ? labelOf(v, labels, lang) : v)) : value;
}

function labelledValues(values: Check["values"], labels: LabelledTemplate["labels"], lang: Language): Check["values"] {
  if (values === undefined) return values;
  const out: Record<string, MessageValues[string]> = {};
  for (const key in values) out[key] = typeof values[key] === "string" ? (labelled(values[key], labels, lang) as string) : values[key];
  return out;
}

/** A check's expected or received value in `lang`, its codes worded by the template's labels when it has them. @internal */
export function wordedValue(value: CheckValue, template: MessageTemplate | undefined, lang: Language): string {
  const labels = (template as Partial<LabelledTemplate> | undefined)?.labels;
  return formatCheckValue(labels === undefined ? value : labelled(value, labels, lang), lang);
}

/**
 * Render one check in one language: its message with the values interpolated, its status, and for
 * an unknown check why it could not be decided. Nothing is rendered until this is called. A check
 * not evaluated because its parameter has no value in force on the date shows its values as `?`
 * (never "no data": the household's value was not read).
 *
 * @param check - A check result.
 * @param lang - The language (default Bahasa Indonesia).
 * @param options - A catalogue for checks read back from JSON.
 * @returns The sentence.
 * @example
 * const household = Household.parse({
 *   id: "h1", regency: "64.02", desil: { value: 5, asOf: "2025-06-01" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 * });
 * const assessment = assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0];
 * formatCheck(assessment.checks[1], "en") //=> "DTSEN desil must be 1–4, is 5 — not met"
 * @category Rules
 */
export function formatCheck(check: Check, lang: Language = DEFAULT_LANGUAGE, options: FormatCheckOptions = {}): string {
  return guarded("formatCheck", () => {
    checkLanguage(lang);
    const template = messageFor(check, options);
    const labels = (template as Partial<LabelledTemplate>).labels;
    // A check not evaluated (no parameter value in force) read nothing: its missing values are not "no data".
    const unread = check.reason === PARAMETER_NOT_IN_FORCE ? ruleMessages["rule.value.not_evaluated"][lang] : undefined;
    const valueOf = (value: Check["expected"]) => (unread !== undefined && value === null ? unread : wordedValue(value, template, lang));
    const values: Record<string, string | number | bigint | boolean | null | undefined> = {
      ...(labels === undefined ? check.values : labelledValues(check.values, labels, lang)),
      code: check.code,
      expected: valueOf(check.expected),
      received: valueOf(check.received),
    };
    if (check.parameter) values["parameter"] = check.parameter.id;
    if (check.children) {
      let passed = 0;
      let unknown = 0;
      for (const child of check.children) {
        if (child.status === "passed") passed++;
        else if (child.status === "unknown") unknown++;
      }
      values["count"] = check.children.length;
      values["passed"] = passed;
      values["unknown"] = unknown;
      values["failed"] = check.children.length - passed - unknown;
    }
    const text = interpolate(template[lang], values, lang);
    const status = ruleMessages[`rule.status.${check.status}`][lang];
    if (check.status !== "unknown" || check.reason === undefined) return `${text} — ${status}`;
    const reason = options.messages?.[check.reason] ?? RULE_MESSAGES[check.reason] ?? ruleMessages["rule.reason.missing_data"];
    return `${text} — ${status}: ${interpolate(reason[lang], values, lang)}`;
  });
}

function describeParameter(check: Check): string {
  const parameter = check.parameter;
  if (!parameter) return "";
  const to = parameter.to === undefined ? "" : `–${parameter.to}`;
  return ` [${parameter.id}, ${parameter.from}${to}: ${parameter.source}]`;
}

/**
 * Explain an assessment in one language, one line per check with the parameter and its source, then
 * the nearest way to eligibility and any advisory priority checks.
 *
 * @param assessment - The assessment.
 * @param lang - The language (default Bahasa Indonesia).
 * @param options - A catalogue for assessments read back from JSON.
 * @returns Lines of text joined by `\n`.
 * @example
 * const household = Household.parse({
 *   id: "h1", regency: "64.02", desil: { value: 5, asOf: "2025-06-01" },
 *   members: [{ sex: "female", birthDate: "1980-01-01", relationship: "head" }],
 * });
 * const assessment = assessHousehold(household, { asOf: "2025-07-01", programs: [pkh] }).programs[0];
 * explainAssessment(assessment, "en").split("\n")[0] //=> "Family Hope Program (PKH) on 2025-07-01: not eligible"
 * @category Rules
 */
export function explainAssessment(
  assessment: Assessment,
  lang: Language = DEFAULT_LANGUAGE,
  options: FormatCheckOptions = {},
): string {
  return guarded("explainAssessment", () => {
    checkLanguage(lang);
    const key = assessment.eligible
      ? "rule.explain.eligible"
      : assessment.status === "not-eligible"
        ? "rule.explain.not_eligible"
        : "rule.explain.undetermined";
    const head = interpolate(ruleMessages[key][lang], {
      program: assessment.name?.[lang] ?? assessment.program,
      asOf: assessment.asOf,
    });
    const lines = [head];
    for (const check of assessment.checks) lines.push(`- ${formatCheck(check, lang, options)}${describeParameter(check)}`);
    if (!assessment.eligible && assessment.nearest && assessment.nearest.length > 0) {
      lines.push(`${ruleMessages["rule.explain.nearest"][lang]}:`);
      for (const check of assessment.nearest) lines.push(`  → ${formatCheck(check, lang, options)}`);
    }
    if (assessment.priority) {
      lines.push(`${ruleMessages["rule.explain.priority"][lang]}:`);
      const priorities = assessment.priority.children ? leaves(assessment.priority) : [assessment.priority];
      for (const check of priorities) lines.push(`  · ${formatCheck(check, lang, options)}${describeParameter(check)}`);
    }
    return lines.join("\n");
  });
}

function leaves(check: Check): Check[] {
  return check.children ? check.children.flatMap(leaves) : [check];
}
