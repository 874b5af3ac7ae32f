import type * as z from "zod/mini";
import { $ZodAsyncError } from "zod/v4/core";
import { failure, guarded, issue, type Issue, type SafeResult } from "../message/error.js";
import { toIssues } from "../message/zod.js";
import { isIsoDate, parseIsoDate, type IsoDate } from "../time/isoDate.js";
import { fastParseHousehold } from "./_fastHousehold.js";
import { trustHousehold } from "./_trusted.js";
import { Household } from "./household.js";
import { idFields, resolveIdDate } from "./idNumber.js";
import { redactIssue, redactText, typeName } from "../message/redact.js";
import { asOfOption } from "./_options.js";
import { badOption } from "./_badOption.js";
import { maskNik } from "./mask.js";
import { householdMessages } from "./messages.js";

/**
 * Options of {@link parseHousehold} and {@link parseHouseholds}.
 * @category Households
 */
export interface ParseHouseholdOptions {
  /**
   * The reference date. When given, birth and death dates after it are refused and a KK issue date of
   * 29 February is checked against the year it resolves to. NIK birth dates are compared with the
   * recorded birth date digit by digit (day, month, two-digit year) with or without it.
   */
  readonly asOf?: IsoDate;
  /**
   * `"kk"`: with `asOf`, only the KK issue date is checked against it; a birth or death after it is
   * not refused. For a registry extracted after `asOf` and assessed as it stood on `asOf` (a
   * quarter's run as of its first day, last year re-checked): `assessHousehold` counts a member born
   * after `asOf` as not yet a member. The CLI reads so. Any other value throws `household.bad_option`.
   */
  readonly asOfChecks?: "kk";
}

/**
 * The result of {@link parseHouseholds}: every valid household (in input order) and every invalid
 * one with its index and issues.
 * @category Households
 */
export interface ParseHouseholdsResult {
  /** The households that parsed, in input order. */
  readonly valid: readonly Household[];
  /** The input index of each valid household (parallel to `valid`). */
  readonly validIndices: readonly number[];
  /** Every input that did not parse, with all its issues. */
  readonly invalid: readonly { readonly index: number; readonly issues: readonly Issue[] }[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function short(key: string): string {
  const cut = key.length > 30 ? `${key.slice(0, 30)}…` : key;
  return redactText(cut);
}

// zod's "unrecognized keys" text lists the keys, which come from the input: shorten and mask them.
function tame(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.map((found) => {
    if (found.code !== "unrecognized_keys") return found;
    const keys = found.keys.slice(0, 5).map(short);
    if (found.keys.length > 5) keys.push(`… (+${found.keys.length - 5})`);
    return { ...found, keys };
  });
}

/**
 * Date checks that need `asOf`, run on the raw input so they are reported with every other issue;
 * `kkOnly`: the KK date only (`asOfChecks: "kk"`).
 */
function checkAsOf(input: unknown, asOf: IsoDate, kkOnly: boolean): Issue[] {
  const issues: Issue[] = [];
  const household = record(input);
  if (!household) return issues;
  if (!kkOnly && Array.isArray(household.members)) {
    household.members.forEach((member: unknown, index) => {
      const { birthDate, deathDate } = record(member) ?? {};
      if (isIsoDate(birthDate) && birthDate > asOf) {
        issues.push(issue(householdMessages, "household.birth_after_as_of", ["members", index, "birthDate"], { birthDate, asOf }));
      }
      if (isIsoDate(deathDate) && deathDate > asOf) {
        issues.push(issue(householdMessages, "household.death_after_as_of", ["members", index, "deathDate"], { deathDate, asOf }));
      }
    });
  }
  const kk = household.kk;
  if (typeof kk === "string" && !kkDateHolds(kk, asOf)) {
    const fields = idFields("kk", kk);
    if (fields) issues.push(...resolveIdDate("kk", kk, fields, parseIsoDate(asOf), ["kk"]).issues);
  }
  return issues;
}

/**
 * Whether a KK number's date surely resolves against `asOf` (`resolveIdDate` finds nothing in a
 * valid number), known from its digits: a day that exists in its month in some year exists in
 * every year but 29 February, and a year from 101 on resolves to year 1 or later (its two digits
 * go back at most a hundred years).
 */
function kkDateHolds(kk: string, asOf: IsoDate): boolean {
  // DDMM of `PPKKCC DDMMYY SSSS`.
  return !(kk.startsWith("29", 6) && kk.startsWith("02", 8)) && asOf >= "0101";
}

/**
 * Whether the `asOf` checks find nothing in a household the fast path accepted, decided without
 * allocating; `false` also when not sure (a KK dated 29 February, whose year needs resolving).
 */
function datesHold(household: Household, asOf: IsoDate, kkOnly: boolean): boolean {
  if (!kkOnly) {
    for (const member of household.members) {
      if (member.birthDate > asOf || (member.deathDate !== undefined && member.deathDate > asOf)) return false;
    }
  }
  const kk = household.kk;
  return kk === undefined || kkDateHolds(kk, asOf);
}

/**
 * Validate one household from untrusted input (parsed JSON, a form, a CSV row turned object).
 * Returns the typed {@link Household}, or **every** problem found, each with its path (e.g.
 * `["members", 2, "nik"]`), a stable code and a message in Bahasa Indonesia and English. Never
 * throws on any input value (null, arrays, `__proto__` keys, huge strings, deep nesting); input is
 * never copied into messages, and any 16-digit number that would appear in one is masked.
 * Throws only for bad options (a programming error): `time.invalid_date` when `options.asOf` is not
 * a date, `input.not_an_object` when `options` is not an object.
 *
 * Without `asOf`, a NIK's two-digit year is compared with the recorded birth date's year; with
 * `asOf`, birth dates after it are refused as well.
 *
 * The household returned is **frozen**, with everything in it (members, nested objects, lists,
 * amounts), and privately marked as checked: every function that takes a `Household` accepts it
 * without checking it again, since a frozen object cannot be unfrozen and so still is the value that
 * was checked. Writing to it throws a `TypeError` (in strict mode). To change a household, build a
 * new object (`{ ...household, area: "urban" }`): a copy is not marked, and is checked again when it
 * is passed in.
 *
 * @param input - Anything.
 * @param options - Optional `asOf` reference date.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * const result = parseHousehold({ id: "h1", regency: "64.02", members: [] });
 * result.success //=> false
 * // result.issues[0] → { path: ["members"], code: "input.too_small", message: { id: "…", en: "…" } }
 * @example
 * const read = parseHousehold({ id: "h1", regency: "6402", members: [{ sex: "female", birthDate: "1978-05-02", relationship: "head" }] });
 * if (read.success) {
 *   Object.isFrozen(read.data.members[0]) //=> true
 *   const urban = { ...read.data, area: "urban" }; // a new household, checked again where it is used
 * }
 * @category Households
 */
export function parseHousehold(input: unknown, options: ParseHouseholdOptions = {}): SafeResult<Household> {
  const asOf = asOfOption(options, "parseHousehold");
  const kkOnly = kkOnlyOption(options, asOf, "parseHousehold");
  // The accepted-row fast path; on "not sure" (or an input that throws while read), zod reads the
  // household again and explains.
  let fast: Household | undefined;
  try {
    fast = fastParseHousehold(input);
  } catch {
    fast = undefined;
  }
  const read = fast !== undefined && (asOf === undefined || datesHold(fast, asOf, kkOnly)) ? { success: true as const, data: fast } : explainHousehold(input, asOf, Household, kkOnly);
  // Frozen and branded in this one place, whichever path read it: checked once, trusted after.
  return read.success ? { success: true, data: trustHousehold(read.data) } : read;
}

/**
 * What `parseHousehold` returns for an input whose fast-path reading is `fast` (a household a
 * reader built straight from its cells, held equal to `fastParseHousehold` of the object it stands
 * for): the same household, frozen and branded, or `undefined` when the `asOf` checks are not sure
 * (then the caller parses the object).
 * @internal
 */
export function acceptFast(fast: Household, asOf: IsoDate | undefined, kkOnly = false): Household | undefined {
  return asOf === undefined || datesHold(fast, asOf, kkOnly) ? trustHousehold(fast) : undefined;
}

/**
 * What zod finds in `input`: its parsed value, and its issues as zod raises them, before it would
 * finalize them into an error. `schema.safeParse` builds that error (a copy of every issue with
 * zod's English message, which {@link toIssues} never reads, and an object with accessors for
 * `error`): for a rejected household that cost about a tenth of explaining it. The same run of
 * `schema` as `safeParse` (the same context); the raw issues convert to the same library issues
 * (held in test/household/explainSchema.prop.test.ts). A schema that is asynchronous throws, as
 * `safeParse` would.
 * @internal
 */
export function zodRun(schema: z.ZodMiniType, input: unknown): { readonly value: unknown; readonly issues: readonly z.core.$ZodRawIssue[] } {
  const ctx: z.core.ParseContextInternal = { reportInput: true, async: false };
  const result = (schema._zod as unknown as { run: (payload: z.core.ParsePayload, ctx: z.core.ParseContextInternal) => z.core.ParsePayload | Promise<z.core.ParsePayload> }).run({ value: input, issues: [] }, ctx);
  if (result instanceof Promise) throw new $ZodAsyncError();
  return result;
}

/**
 * `parseHousehold` through zod alone: the path that explains a rejection (and the reference the
 * fast path is held to in tests). `schema`: `Household`, or a schema that finds the same issues
 * (the CSV readers' `ExplainHousehold`); `kkOnly`: `asOfChecks: "kk"`.
 * @internal
 */
export function explainHousehold(input: unknown, asOf: IsoDate | undefined, schema: typeof Household = Household, kkOnly = false): SafeResult<Household> {
  try {
    const parsed = zodRun(schema, input);
    const issues = parsed.issues.length === 0 ? [] : toIssues(tame(parsed.issues as readonly z.core.$ZodIssue[]));
    if (asOf !== undefined) issues.push(...checkAsOf(input, asOf, kkOnly));
    if (issues.length > 0) return { success: false, issues: issues.map(redactIssue) };
    return { success: true, data: parsed.value as Household };
  } catch {
    // Defence in depth: no input value should reach here, but if one does it is an issue, not a crash.
    return unreadable();
  }
}

function unreadable(): SafeResult<Household> {
  return { success: false, issues: [issue(householdMessages, "household.unreadable", [])] };
}

/** One input of a batch, read without trusting the array (a getter or Proxy trap may throw). */
function entryOf(inputs: readonly unknown[], index: number): { value: unknown } | undefined {
  try {
    return { value: inputs[index] };
  } catch {
    return undefined;
  }
}

/**
 * Validate many households. Each input is parsed with {@link parseHousehold} (so each valid
 * household is frozen and marked as checked, as there); in addition, a household is invalid when
 * its `id` (`household.duplicate_id`) or a member's NIK (`household.nik_in_other_household`)
 * already appeared in an earlier valid household of the batch. Nothing valid is dropped and nothing invalid is silently fixed: every input index appears
 * exactly once, in `validIndices` or in `invalid` (a hole in the array is an invalid entry at its
 * index, and an entry that cannot be read — a throwing getter — is `household.unreadable`).
 *
 * @param inputs - An array of anything.
 * @param options - Optional `asOf` reference date.
 * @returns The valid households and the invalid inputs with their issues.
 * @example
 * const householdA = { id: "h1", regency: "64.02", members: [{ sex: "female", birthDate: "1978-05-02", relationship: "head" }] };
 * const { valid, invalid } = parseHouseholds([householdA, { id: 7 }]);
 * valid.length //=> 1
 * invalid[0].index //=> 1
 * @category Households
 */
export function parseHouseholds(inputs: readonly unknown[], options: ParseHouseholdOptions = {}): ParseHouseholdsResult {
  const asOf = asOfOption(options, "parseHouseholds");
  const kkOnly = kkOnlyOption(options, asOf, "parseHouseholds");
  const length = guarded("parseHouseholds", () => {
    if (!Array.isArray(inputs)) throw failure(householdMessages, "household.batch_not_array", { type: typeName(inputs) });
    return inputs.length;
  });
  const parseOptions: ParseHouseholdOptions = asOf === undefined ? {} : kkOnly ? { asOf, asOfChecks: "kk" } : { asOf };
  const valid: Household[] = [];
  const validIndices: number[] = [];
  const invalid: { index: number; issues: readonly Issue[] }[] = [];
  const ids = new Map<string, number>();
  const niks = new Map<string, number>();
  for (let index = 0; index < length; index++) {
    const entry = entryOf(inputs, index);
    const result = entry === undefined ? unreadable() : parseHousehold(entry.value, parseOptions);
    if (!result.success) {
      invalid.push({ index, issues: result.issues });
      continue;
    }
    const household = result.data;
    const issues: Issue[] = [];
    const sameId = ids.get(household.id);
    if (sameId !== undefined) issues.push(issue(householdMessages, "household.duplicate_id", ["id"], { index: sameId }));
    household.members.forEach((member, position) => {
      const other = member.nik === undefined ? undefined : niks.get(member.nik);
      if (member.nik !== undefined && other !== undefined) {
        issues.push(
          issue(householdMessages, "household.nik_in_other_household", ["members", position, "nik"], {
            nik: maskNik(member.nik),
            index: other,
          }),
        );
      }
    });
    if (issues.length > 0) {
      invalid.push({ index, issues });
      continue;
    }
    ids.set(household.id, index);
    for (const member of household.members) if (member.nik !== undefined) niks.set(member.nik, index);
    valid.push(household);
    validIndices.push(index);
  }
  return { valid, validIndices, invalid };
}

const KK_ONLY = { id: '"kk" atau tidak diberikan', en: '"kk" or not given' };

/** Whether `asOf` checks the KK date only (`options.asOfChecks`, read once: `"kk"` or absent). */
function kkOnlyOption(options: ParseHouseholdOptions, asOf: IsoDate | undefined, what: string): boolean {
  return guarded(what, () => {
    const checks = options.asOfChecks;
    if (checks !== undefined && checks !== "kk") throw badOption("asOfChecks", checks, KK_ONLY);
    return asOf !== undefined && checks === "kk";
  });
}
