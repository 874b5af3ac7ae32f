import type * as z from "zod/mini";
import { neverThrows } from "../message/zod.js";
import { fastChecks, fastParts } from "./_fastHousehold.js";
import { NO, type Leaf } from "./_fastLeaves.js";
import { Household } from "./household.js";

// Explaining a rejected household (issue 16). A household that a reader rejects usually has one bad
// member or field among many good ones, and zod, which alone says what is wrong with it (every issue
// with its path, in the order zod finds them), spends most of its time on the good ones. This schema
// is `Household` with each field and each member checked by the fast path first (_fastHousehold.ts):
// what the fast path accepts, zod would accept with no issue and the same value (the fast path's
// contract, test/household/fastHousehold.prop.test.ts), so that value stands for zod's; anything
// else goes to the field's own schema; a member the fast path refuses is read the same way, field by
// field. zod still composes the whole (the field order, the object's
// unknown keys, the list bounds, the household's own checks), so the issues are the same list
// (test/household/explainSchema.prop.test.ts). Only the CSV readers use it; the core keeps its one
// path. A reader asks it only about a household the fast path is not sure of: one rejected for
// what zod never sees (a cell left out as unreadable, a value in conflict, a reappearing id) is
// answered by the fast path alone (src/node/_csvAssembler.ts). `explainHousehold` reads zod's issues
// as zod raises them (`zodRun`), without the error `safeParse` would build from them.

type Payload = z.core.ParsePayload;
type Run = (payload: Payload, ctx: z.core.ParseContextInternal) => Payload | Promise<Payload>;
type Internals = { run: Run; def: z.core.$ZodTypeDef };

const internals = (schema: z.ZodMiniType): Internals => schema._zod as unknown as Internals;

/** A copy of `schema` that returns the fast check's value when it has one, and runs `schema` itself otherwise. */
function fastFirst<T extends z.ZodMiniType>(schema: T, fast: Leaf): T {
  const own = internals(schema).run;
  const copy = schema.clone() as T;
  internals(copy).run = (payload, ctx) => {
    let value: unknown;
    try {
      value = fast(payload.value, true);
    } catch {
      // A throwing getter or Proxy trap: zod reads it, and explains.
      value = NO;
    }
    if (value === NO) return own(payload, ctx);
    payload.value = value;
    return payload;
  };
  return copy;
}

/** A copy of the object schema `schema` with the fast check first in each field that has one (`members` excepted). */
function fastFields<T extends z.ZodMiniType>(schema: T, fields: Readonly<Record<string, Leaf>>, what: string, members?: z.ZodMiniType): T {
  const def = internals(schema).def as z.core.$ZodObjectDef;
  const shape: Record<string, z.ZodMiniType> = { ...(def.shape as Record<string, z.ZodMiniType>) };
  for (const key of Object.keys(shape)) {
    const fast = fields[key];
    if (key !== "members" && fast !== undefined) shape[key] = fastFirst(shape[key]!, fast);
  }
  if (members !== undefined) shape.members = members;
  return neverThrows(schema.clone({ ...def, shape } as never), what);
}

function explainSchema(): typeof Household {
  if (!fastParts.complete) return Household;
  const { fields, member, memberFields } = fastChecks();
  const members = (internals(Household).def as z.core.$ZodObjectDef).shape.members as z.ZodMiniType;
  const list = internals(members).def as z.core.$ZodArrayDef;
  // A member the fast path refuses is read by zod field by field, each field again fast first: a
  // rejected member usually has one bad field among many good ones.
  const person = fastFields(list.element as z.ZodMiniType, memberFields, "Person");
  return fastFields(Household, fields, "Household", members.clone({ ...list, element: fastFirst(person, member) } as never));
}

/**
 * `Household` with the fast path's checks first in every field and member: the same issues, in
 * the same order, and the same value. For explaining households a reader rejects.
 * @internal
 */
export const ExplainHousehold: typeof Household = /* @__PURE__ */ explainSchema();
