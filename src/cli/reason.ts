import type { Household } from "../household/household.js";
import type { Language } from "../message/message.js";
import { householdCsvColumns } from "../node/columns.js";
import { WORKING_AGE_FROM } from "../program/exclusions.js";
import type { Program, ProgramAssessment } from "../program/program.js";
import { blockingChecks } from "../rule/assessment.js";
import { formatCheck } from "../rule/format.js";
import type { Check } from "../rule/check.js";
import { ageOn } from "../time/calendar.js";
import { absentOn } from "../household/_occupants.js";
import { masked, say } from "./context.js";
import { ruleMessages } from "../rule/messages.js";

/** Why a program is not granted: the codes of the failed checks then the undetermined ones, and one sentence. @internal */
export interface Reason {
  readonly codes: readonly string[];
  readonly text: string;
}

const NONE: Reason = Object.freeze({ codes: Object.freeze([]), text: "" });

/** Members whose value of a person-level field is not recorded, and from which age it is asked. */
const FROM_AGE: Readonly<Record<string, number>> = { employerCategory: WORKING_AGE_FROM };

/** What is missing, by one or several names (columns, or fields of JSON Lines). */
const MISSING = {
  csv: ["cli.missing_column", "cli.missing_columns"],
  jsonl: ["cli.missing_field", "cli.missing_fields"],
} as const;
/** The same for members: one name and one member, one and several, several and one, several and several. */
const MISSING_FOR = {
  csv: ["cli.missing_for_member", "cli.missing_for_members", "cli.missing_columns_for_member", "cli.missing_columns_for_members"],
  jsonl: ["cli.missing_field_for_member", "cli.missing_field_for_members", "cli.missing_fields_for_member", "cli.missing_fields_for_members"],
} as const;

/** The value at a dotted `field` path of a household or member (`undefined` when not recorded). */
function valueAt(record: object, field: string): unknown {
  let value: unknown = record;
  for (const key of field.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/**
 * How the input names what a household records: `csv` by its columns (`employer_category`), `jsonl` by
 * its fields' paths (`employerCategory`, `housing.floorMaterial`), as the file the user holds spells them.
 * @internal
 */
export type InputNames = "csv" | "jsonl";

function missingDetail(check: Check, household: Household, asOf: string, lang: Language, input: InputNames): string | undefined {
  const field = typeof check.values?.["field"] === "string" ? (check.values["field"] as string) : undefined;
  if (field === undefined) return undefined;
  if (check.reason === "rule.reason.input_missing") return say({ lang }, "cli.missing_input", { field });
  if (check.reason !== "rule.reason.missing_data") return undefined;
  // The fields the check says it reads (`values.fields`, comma-separated, as the RTLH check of a
  // house and the house-aid look-back), else every field under `field`.
  const fields = check.values?.["fields"];
  const listed = typeof fields === "string" ? fields.split(", ") : undefined;
  const columns = householdCsvColumns.filter((c) => (listed ? listed.includes(c.field) : c.field === field || c.field.startsWith(`${field}.`)));
  if (columns.length === 0) return undefined;
  const json = input === "jsonl";
  const nameOf = (c: (typeof columns)[number]) => (json ? c.field : c.name);
  if (columns[0]!.level === "household") {
    // Only the columns empty for this household: a recorded one is not what is missing.
    const empty = columns.filter((c) => valueAt(household, c.field) === undefined).map(nameOf);
    if (empty.length === 0) return undefined;
    // No housing at all: said so, with the columns this check reads.
    if (household.housing === undefined && columns.every((c) => c.field.startsWith("housing."))) return say({ lang }, json ? "cli.missing_housing_fields" : "cli.missing_housing", { columns: empty.join(", ") });
    return say({ lang }, MISSING[input][empty.length === 1 ? 0 : 1], { column: empty.join("/") });
  }
  const column = columns.map(nameOf).join("/");
  const members: number[] = [];
  household.members.forEach((member, index) => {
    // A member not yet born or already dead on asOf is read by no check.
    if (absentOn(member, asOf)) return;
    const from = FROM_AGE[field];
    if (valueAt(member, columns[0]!.field) === undefined && (from === undefined || ageOn(member.birthDate, asOf) >= from)) members.push(index + 1);
  });
  if (members.length > 0) {
    const code = MISSING_FOR[input][(columns.length === 1 ? 0 : 2) + (members.length === 1 ? 0 : 1)]!;
    return say({ lang }, code, { column, members: members.join(", ") });
  }
  return say({ lang }, MISSING[input][columns.length === 1 ? 0 : 1], { column });
}

/**
 * One check as a sentence in `lang` (coded values in words, by its template's labels), and for an
 * unknown one what is missing for whom.
 * @internal
 */
export function checkSentence(check: Check, program: Program, household: Household, asOf: string, lang: Language, input: InputNames = "csv"): string {
  const text = masked(formatCheck(check, lang, { messages: program.messages }));
  if (check.status !== "unknown") return text;
  const detail = missingDetail(check, household, asOf, lang, input);
  const cut = text.lastIndexOf(" — ");
  return detail === undefined || cut < 0 ? text : `${text.slice(0, cut)} — ${ruleMessages["rule.status.unknown"][lang]}: ${detail}`;
}

/**
 * The reason a program is not granted: a refused one names its deciding failed check (others
 * counted), an undetermined one its first undetermined check with what is missing and for which member.
 * @internal
 */
export function reasonOf(assessment: ProgramAssessment, program: Program, household: Household, lang: Language, input: InputNames = "csv"): Reason {
  if (assessment.eligible) return NONE;
  // The checks that block: not a failed alternative of an `any` that passed (see blockingChecks).
  const failed = blockingChecks(assessment.result);
  const unknown = blockingChecks(assessment.result, "unknown");
  // A refused program: its failed checks, those on the nearest way to "yes" first (they decide),
  // then the undetermined ones. An undetermined one: what could not be decided comes first.
  const nearest = new Set(assessment.nearest ?? []);
  failed.sort((a, b) => Number(nearest.has(b)) - Number(nearest.has(a)));
  const ordered = assessment.status === "undetermined" ? unknown.concat(failed) : failed.concat(unknown);
  const first = ordered[0];
  if (first === undefined) return NONE;
  const text = checkSentence(first, program, household, assessment.asOf, lang, input);
  const more = ordered.length > 1 ? ` ${say({ lang }, "cli.and_more", { count: ordered.length - 1 })}` : "";
  return { codes: ordered.map((c) => c.code), text: text + more };
}
