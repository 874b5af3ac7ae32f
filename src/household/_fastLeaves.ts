import type * as z from "zod/mini";
import { parseDecimalText } from "../money/decimal.js";
import { Rupiah, isRupiah, rupiah } from "../money/rupiah.js";
import { decimalOfWhole } from "../money/_wholeSum.js";
import { freezeAmount } from "./_trusted.js";
import { normalisedRegionCode, regionLevel } from "../region/code.js";
import { IsoDateSchema, isIsoDate } from "../time/isoDate.js";
import { RegencyCodeSchema, SubRegionCodeSchema } from "./household.js";
import { isValidId } from "./idNumber.js";
import { KkSchema } from "./kk.js";
import { NikSchema } from "./nik.js";
import { NonNegativeRupiah } from "./person.js";

// The field checks of the household fast path (_fastHousehold.ts), read from the zod schemas: enum
// values, length and number bounds come from each schema's definition, and the leaves whose checks
// are code of their own (dates, NIK, KK, Rupiah, region codes) are recognised by identity. A check
// not understood here gives a leaf that always says "not sure", so zod decides.

/** "Not sure": the caller asks zod. @internal */
export const NO: unique symbol = Symbol("no");

/**
 * A field's check. `parse`: read raw input as zod does and return the parsed value; else check that
 * the value already is one (Rupiah objects, normalised codes) and return it. `NO` when not sure.
 */
export type Leaf = (value: unknown, parse: boolean) => unknown;

/** A check that always says "not sure". @internal */
export const never: Leaf = () => NO;

interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: Check } }[];
  readonly innerType?: z.ZodMiniType;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly entries?: Record<string, unknown>;
}

interface Check {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `[min, max, minOpen, maxOpen, int]` of a string, array or number; `undefined` for a check not understood. */
function boundsOf(def: Def): [number, number, boolean, boolean, boolean] | undefined {
  let [min, max, minOpen, maxOpen, int] = [-Infinity, Infinity, false, false, false];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "min_length") min = c.minimum as number;
    else if (c.check === "max_length") max = c.maximum as number;
    else if (c.check === "greater_than") [min, minOpen] = [c.value as number, c.inclusive !== true];
    else if (c.check === "less_than") [max, maxOpen] = [c.value as number, c.inclusive !== true];
    else if (c.check === "number_format" && c.format === "safeint") int = true;
    else return undefined;
  }
  return [min, max, minOpen, maxOpen, int];
}

/** Whether `x` lies in the bounds of `def` (bounds read once). */
function range(def: Def): ((x: number) => boolean) | undefined {
  const b = boundsOf(def);
  if (b === undefined) return undefined;
  const [min, max, minOpen, maxOpen, int] = b;
  return (x) => (minOpen ? x > min : x >= min) && (maxOpen ? x < max : x <= max) && (!int || Number.isSafeInteger(x));
}

/** A region code of the given levels: read and normalised as `RegionCodeSchema` does, or already normalised. */
function regionLeaf(levels: readonly string[]): Leaf {
  return (value, parse) => {
    if (typeof value !== "string" || value.length > 400) return NO;
    const code = normalisedRegionCode(parse ? value.trim() : value);
    if (code === undefined || (!parse && code !== value)) return NO;
    return levels.includes(regionLevel(code)) ? code : NO;
  };
}

/** Whether `text` is 1 to 15 ASCII digits (a whole amount below 10¹⁵, a safe integer). @internal */
export function isSmallDigits(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 15) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function rupiahLeaf(value: unknown, parse: boolean): unknown {
  let amount: Rupiah;
  if (!parse) {
    if (!isRupiah(value)) return NO;
    amount = value;
  } else if (typeof value === "string") {
    // An amount read from a file is mostly plain digits: a whole number below 10¹⁵, built from its
    // value without decimal.js's text parser. Any other text is read as `rupiah` reads it, and
    // text that is no decimal is "not sure" at once, without the error `rupiah` would build (it
    // costs more than the rest of the household). Held equal in test/household/fastLeaves.prop.test.ts.
    const decimal = isSmallDigits(value) ? decimalOfWhole(Number(value)) : parseDecimalText(value);
    if (decimal === undefined) return NO;
    amount = freezeAmount(new Rupiah(decimal));
  } else {
    // The rest of the union of `RupiahSchema`: a number or a bigint (a Rupiah object is not input).
    const type = typeof value;
    if (type !== "number" && type !== "bigint") return NO;
    try {
      amount = freezeAmount(rupiah(value as number | bigint));
    } catch {
      return NO;
    }
  }
  return amount.isNegative() ? NO : amount;
}

/** The check of a field that is not an object or array; `never` for a schema it does not understand. */
function leafOf(schema: z.ZodMiniType): Leaf {
  if (schema === IsoDateSchema) return (value) => (isIsoDate(value) ? value : NO);
  if (schema === NikSchema) return (value) => (isValidId("nik", value) ? value : NO);
  if (schema === KkSchema) return (value) => (isValidId("kk", value) ? value : NO);
  if (schema === NonNegativeRupiah) return rupiahLeaf;
  if (schema === RegencyCodeSchema) return regionLeaf(["regency"]);
  if (schema === SubRegionCodeSchema) return regionLeaf(["district", "village"]);
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return leafOf(def.innerType as z.ZodMiniType);
    case "enum": {
      // The schema's own value for the one read (equal to it): every household then shares one
      // string per value, which the rules compare by identity alone (a string read from a file is a
      // copy of its own, which each comparison with a literal has to read through).
      const values = new Map(Object.values(def.entries ?? {}).map((value) => [value, value]));
      return (value) => values.get(value) ?? NO;
    }
    case "boolean":
      return (value) => (typeof value === "boolean" ? value : NO);
    case "string": {
      const within = range(def);
      return within === undefined ? never : (value) => (typeof value === "string" && within(value.length) ? value : NO);
    }
    case "number": {
      const within = range(def);
      return within === undefined ? never : (value) => (typeof value === "number" && Number.isFinite(value) && within(value) ? value : NO);
    }
    default:
      return never;
  }
}

/** The fields of an object schema as listed by the fast path (`keys`, in schema order), with their checks. @internal */
export interface Fields<K extends string> {
  readonly leaf: Readonly<Record<K, Leaf>>;
  /** One bit per field, in schema order (at most 30 fields), by name and as a map for keys read from input. */
  readonly bit: Readonly<Record<K, number>>;
  readonly bits: ReadonlyMap<string, number>;
  readonly required: ReadonlySet<string>;
  /** Whether `keys` are the schema's keys in its order, and the object has exactly `refinements` checks. */
  readonly complete: boolean;
}

/** The checks of `keys` of an object schema, and whether they are all its keys, in order. @internal */
export function fields<K extends string>(schema: z.ZodMiniType, keys: readonly K[], refinements = 0): Fields<K> {
  const def = defOf(schema);
  const shape = def.shape ?? {};
  const names = Object.keys(shape);
  const complete = names.length === keys.length && keys.every((key, i) => names[i] === key) && (def.checks?.length ?? 0) === refinements;
  const leaf = {} as Record<K, Leaf>;
  for (const key of keys) leaf[key] = shape[key] === undefined ? never : leafOf(shape[key]);
  const required = new Set(keys.filter((key) => shape[key] !== undefined && defOf(shape[key]).type !== "optional"));
  const bits = new Map(keys.map((key, i) => [key as string, 1 << i]));
  const bit = Object.fromEntries(bits) as Record<K, number>;
  return { leaf, bit, bits, required, complete: complete && keys.length <= 30 };
}

/** Whether a length is within the bounds of an array schema (optional or not). @internal */
export function arrayRange(schema: z.ZodMiniType): (n: number) => boolean {
  const inner = defOf(schema);
  return range(inner.type === "optional" ? defOf(inner.innerType as z.ZodMiniType) : inner) ?? (() => false);
}
