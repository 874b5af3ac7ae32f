import type { AidReceipt, Household, ProgramExit } from "../household/household.js";
import { outcome } from "../rule/check.js";
import { ownCheck, type Rule } from "../rule/rule.js";
import type { IsoDate } from "../time/isoDate.js";
import { NOT_EXITED } from "./_templates.js";
import { badParameter } from "./_values.js";
import type { ProgramContext } from "./program.js";
import { readProgramId } from "./_arguments.js";

const NONE: readonly string[] = Object.freeze([]);

/**
 * The exits from `program` recorded on or before `asOf`, as `kind (date)`: graduasi mandiri or paksa
 * in `household.exits`, and a grant that ends the program (`graduation.ending_grants`, e.g. PENA)
 * in `currentAid` since its grant date; `undefined` when none is recorded.
 * @internal
 */
export function recordedExits(household: Household, program: string, asOf: IsoDate, grants: readonly string[]): string[] | undefined {
  // Indexed loops: a parsed household's lists are frozen, and V8 does not inline `for…of` over a
  // frozen array (an iterator object and a call per element, for every program of every household).
  let out: string[] | undefined;
  const exits = household.exits;
  if (exits !== undefined) {
    for (let i = 0; i < exits.length; i++) {
      const exit = exits[i] as ProgramExit;
      if (exit.program === program && exit.on <= asOf) (out ??= []).push(`${exit.kind} (${exit.on})`);
    }
  }
  const aid = household.currentAid;
  if (aid !== undefined && grants.length > 0) {
    for (let i = 0; i < aid.length; i++) {
      const a = aid[i] as AidReceipt;
      if (a.since <= asOf && grants.includes(a.program)) (out ??= []).push(`${a.program} (${a.since})`);
    }
  }
  return out;
}

/**
 * Whether `currentAid` shows the family receiving `program` on `asOf` (an entry for it started on
 * or before that date).
 * @internal
 */
export function receivesOn(household: Household, program: string, asOf: IsoDate): boolean {
  const aid = household.currentAid;
  if (aid !== undefined) {
    for (let i = 0; i < aid.length; i++) {
      const a = aid[i] as AidReceipt;
      if (a.program === program && a.since <= asOf) return true;
    }
  }
  return false;
}

/**
 * The check `<prefix>.not_exited`: the family has not left the program — no graduasi mandiri or
 * paksa from it recorded in `household.exits` on or before `asOf`, and no grant that ends it
 * (`graduation.ending_grants`: a PENA grant ends PKH and Sembako) in `currentAid` since its grant
 * date. An exit is an event: the check fails on a recorded one and passes when none is recorded.
 * `received` lists each exit as `kind (date)`. An office that admits the family again removes the
 * exit from the record.
 *
 * @param prefix - The program id (exits are matched on it).
 * @returns The check.
 * @example
 * const stillIn = notExitedCheck("sembako");
 * @category Programs
 */
export function notExitedCheck(prefix: string): Rule<ProgramContext> {
  readProgramId(prefix);
  return ownCheck<ProgramContext, unknown>({
    code: `${prefix}.not_exited`,
    message: NOT_EXITED,
    parameter: "graduation.ending_grants",
    evaluate: (ctx, value) => {
      if (!Array.isArray(value)) return badParameter("graduation.ending_grants");
      const grants = value as readonly string[];
      const exits = recordedExits(ctx.household, prefix, ctx.asOf, grants);
      return outcome(exits === undefined, grants, exits ?? NONE);
    },
  });
}
