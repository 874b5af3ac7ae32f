import { fastParts } from "../household/_fastHousehold.js";
import { NO, type Fields, type Leaf } from "../household/_fastLeaves.js";
import type { Household } from "../household/household.js";
import type { Person } from "../household/person.js";
import { UNREADABLE, readCell, type RowIssue } from "./_cells.js";
import type { LayoutColumn } from "./_csvHeader.js";
import { enumCode } from "./_enumCell.js";

// The accepted-household path of the CSV readers (issue 16): the household is built straight from
// the cells, field by field in schema order, with the fast path's own checks (_fastHousehold.ts),
// instead of building an object from the cells and then reading that object again. It answers the
// household `fastParseHousehold` returns for the object the assembler would build (each cell read
// as `readCell` reads it, set at its column's path), or "not sure" (`undefined`); then the
// assembler builds that object and parses it, which explains. A cell that `readCell` cannot read
// is "not sure" too (the household is rejected for it). Held equal in
// test/node/cellHousehold.prop.test.ts.

/** A field or object with no cell given: left out, as the assembler leaves out an empty cell. */
const ABSENT: unique symbol = Symbol("absent");

type Cells = readonly string[];
/** A field read from the cells of a row (a member) or from the values of a household: its value, `ABSENT` or `NO`. */
type Part = (cells: Cells) => unknown;
type R = Record<string, unknown>;

/** The cell at `index`: read as the assembler reads it, then checked (and parsed) by the field's leaf. */
function cellPart(column: LayoutColumn, index: number, leaf: Leaf): Part {
  const { type, name } = column.column;
  const spellings = column.spellings;
  if (type === "text") {
    return (cells) => {
      const value = cells[index] as string;
      return value === "" ? ABSENT : leaf(value, true);
    };
  }
  if (spellings !== undefined) {
    // A cell written as one of the column's codes (most cells) is that code, and each code's check
    // is known from the start: the leaf is asked only about other spellings.
    const codes = spellings.codes;
    const verdicts = codes.map((code) => leaf(code, true));
    return (cells) => {
      const value = cells[index] as string;
      if (value === "") return ABSENT;
      for (let i = 0; i < codes.length; i++) if (codes[i] === value) return verdicts[i];
      return leaf(enumCode(spellings, value), true);
    };
  }
  // The issue `readCell` records for a bad cell is not needed here: the assembler records it again.
  const dropped: RowIssue[] = [];
  return (cells) => {
    const value = cells[index] as string;
    if (value === "") return ABSENT;
    const read = readCell(value, type, name, dropped);
    if (read !== UNREADABLE) return leaf(read, true);
    dropped.length = 0;
    return NO;
  };
}

/**
 * The small nested objects built whole, every field given (the common case), keys in schema order:
 * a literal is built at once, where a store by computed key costs ten times more. Each is used only
 * when it puts each value under its own key and its keys are the schema's, in order ({@link wholeOf}).
 */
const WHOLE: Readonly<Record<string, (v: readonly unknown[]) => R>> = {
  schooling: (v) => ({ level: v[0], enrolled: v[1] }),
  toilet: (v) => ({ facility: v[0], type: v[1], disposal: v[2] }),
  desil: (v) => ({ value: v[0], asOf: v[1] }),
  dtks: (v) => ({ member: v[0], asOf: v[1] }),
  assets: (v) => ({ savingsAndSellableGoods: v[0], landArea: v[1] }),
  living: (v) => ({ proteinMealsPerWeek: v[0], newClothingSetsPerYear: v[1], mealsPerDay: v[2], canAffordTreatment: v[3] }),
};

/**
 * `WHOLE[key]` when, given the keys of `fields` as values, it builds exactly those keys in order,
 * each holding its own name; else `undefined` (the object is built key by key).
 * @internal
 */
export function wholeOf(key: string, fields: Fields<string>): ((v: readonly unknown[]) => R) | undefined {
  const make = WHOLE[key];
  const keys = [...fields.bits.keys()];
  if (make === undefined) return undefined;
  const probe = make(keys);
  return Object.keys(probe).join() === keys.join() && keys.every((name) => probe[name] === name) ? make : undefined;
}

/**
 * A nested object of `fields` (named `key` in its parent), its keys in schema order: absent when
 * no part gives a value (the assembler creates a nested object with its first cell), "not sure"
 * when a required field is missing. Frozen when built, as the fast path freezes its parts.
 */
function objectPart(key: string, fields: Fields<string>, parts: ReadonlyMap<string, Part>): Part {
  const keys = [...fields.bits.keys()];
  const slots = keys.map((name) => ({ part: parts.get(name) ?? absent, required: fields.required.has(name) }));
  const make = wholeOf(key, fields);
  // The values of one object being built: filled and read within one call, never held.
  const values = new Array<unknown>(slots.length);
  return (cells) => {
    let given = 0;
    let missing = false;
    for (let i = 0; i < slots.length; i++) {
      const { part, required } = slots[i]!;
      const value = part(cells);
      if (value === NO) return NO;
      values[i] = value;
      if (value !== ABSENT) given += 1;
      else if (required) missing = true;
    }
    if (given === 0) return ABSENT;
    if (missing) return NO;
    if (given === slots.length && make !== undefined) return Object.freeze(make(values));
    const out: R = {};
    for (let i = 0; i < slots.length; i++) if (values[i] !== ABSENT) out[keys[i]!] = values[i];
    return Object.freeze(out);
  };
}

const never: Part = () => NO;
const absent: Part = () => ABSENT;

/**
 * The parts of the keys of `fields` that `columns` fill (their paths from `depth` on), each reading
 * the cell at `indexOf(column)`; `undefined` when a path is not the schema's.
 */
function partsOf(fields: Fields<string>, columns: readonly LayoutColumn[], indexOf: (column: LayoutColumn) => number, depth: number): Map<string, Part> | undefined {
  const parts = new Map<string, Part>();
  const byKey = new Map<string, LayoutColumn[]>();
  for (const column of columns) {
    const key = column.path[depth] as string;
    if (!fields.bits.has(key)) return undefined;
    byKey.set(key, [...(byKey.get(key) ?? []), column]);
  }
  for (const [key, group] of byKey) {
    const first = group[0]!;
    if (group.length === 1 && first.path.length === depth + 1) {
      parts.set(key, cellPart(first, indexOf(first), fastParts.lists[key] ?? (fields.leaf as Record<string, Leaf>)[key]!));
      continue;
    }
    const nested = fastParts.objects[key];
    const inner = nested === undefined || group.some((c) => c.path.length <= depth + 1) ? undefined : partsOf(nested, group, indexOf, depth + 1);
    const housing = key === "housing" && inner !== undefined ? housingPart(inner) : undefined;
    parts.set(key, inner === undefined ? never : (housing ?? objectPart(key, nested!, inner)));
  }
  return parts;
}

/** The parts of `keys` (`absent` for a key no column fills), when `keys` are the fields' keys in order and exactly `required` are required. */
function named<K extends string>(fields: Fields<string>, parts: ReadonlyMap<string, Part> | undefined, keys: readonly K[], required: readonly K[]) {
  const listed = [...fields.bits.keys()];
  const same = fastParts.complete && listed.length === keys.length && keys.every((key, i) => listed[i] === key);
  if (parts === undefined || !same || fields.required.size !== required.length || !required.every((key) => fields.required.has(key))) return undefined;
  return Object.fromEntries(keys.map((key) => [key, parts.get(key) ?? absent])) as Record<K, Part>;
}

const PERSON = ["nik", "name", "sex", "birthDate", "relationship", "maritalStatus", "pregnancy", "pregnancyOrder", "deathDate",
  "disability", "schooling", "education", "occupation", "employerCategory", "monthlyIncome", "jkn", "healthNeedLetter"] as const; // prettier-ignore
const HOUSEHOLD = ["id", "kk", "regency", "region", "area", "members", "monthlyConsumption", "desil", "dtks", "housing",
  "assets", "living", "currentAid", "exits"] as const; // prettier-ignore
const HOUSING = ["floorArea", "floorMaterial", "floorCondition", "wallMaterial", "wallCondition", "roofMaterial",
  "roofCondition", "drinkingWater", "bathingWater", "toilet", "lighting", "cookingFuel", "tenure", "onlyHouse",
  "occupiedSince", "landTitle", "housingAid", "disasterOn"] as const; // prettier-ignore
type PersonParts = Record<(typeof PERSON)[number], Part>;
type HousingParts = Record<(typeof HOUSING)[number], Part>;
type HouseholdParts = Record<(typeof HOUSEHOLD)[number], Part>;

// One line per field, in schema order, written out (as in _fastHousehold.ts): a store by name costs
// a fraction of a store by computed key. An optional field absent is left out; a required one
// absent, or any field not sure, is "not sure".

/** A member from the cells of its row. */
function person(cells: Cells, c: PersonParts): unknown {
  const out: R = {};
  let v: unknown;
  if ((v = c.nik(cells)) !== ABSENT) { if (v === NO) return NO; out.nik = v; }
  if ((v = c.name(cells)) !== ABSENT) { if (v === NO) return NO; out.name = v; }
  if ((v = c.sex(cells)) === NO || v === ABSENT) return NO; out.sex = v;
  if ((v = c.birthDate(cells)) === NO || v === ABSENT) return NO; out.birthDate = v;
  if ((v = c.relationship(cells)) === NO || v === ABSENT) return NO; out.relationship = v;
  if ((v = c.maritalStatus(cells)) !== ABSENT) { if (v === NO) return NO; out.maritalStatus = v; }
  if ((v = c.pregnancy(cells)) !== ABSENT) { if (v === NO) return NO; out.pregnancy = v; }
  if ((v = c.pregnancyOrder(cells)) !== ABSENT) { if (v === NO) return NO; out.pregnancyOrder = v; }
  if ((v = c.deathDate(cells)) !== ABSENT) { if (v === NO) return NO; out.deathDate = v; }
  if ((v = c.disability(cells)) !== ABSENT) { if (v === NO) return NO; out.disability = v; }
  if ((v = c.schooling(cells)) !== ABSENT) { if (v === NO) return NO; out.schooling = v; }
  if ((v = c.education(cells)) !== ABSENT) { if (v === NO) return NO; out.education = v; }
  if ((v = c.occupation(cells)) !== ABSENT) { if (v === NO) return NO; out.occupation = v; }
  if ((v = c.employerCategory(cells)) !== ABSENT) { if (v === NO) return NO; out.employerCategory = v; }
  if ((v = c.monthlyIncome(cells)) !== ABSENT) { if (v === NO) return NO; out.monthlyIncome = v; }
  if ((v = c.jkn(cells)) !== ABSENT) { if (v === NO) return NO; out.jkn = v; }
  if ((v = c.healthNeedLetter(cells)) !== ABSENT) { if (v === NO) return NO; out.healthNeedLetter = v; }
  return fastParts.personHolds(out as Person) ? Object.freeze(out) : NO;
}

/** A household's dwelling from its values: absent when no column of it is given. */
function housing(values: Cells, c: HousingParts): unknown {
  const out: R = {};
  let given = false;
  let v: unknown;
  if ((v = c.floorArea(values)) !== ABSENT) { if (v === NO) return NO; out.floorArea = v; given = true; }
  if ((v = c.floorMaterial(values)) !== ABSENT) { if (v === NO) return NO; out.floorMaterial = v; given = true; }
  if ((v = c.floorCondition(values)) !== ABSENT) { if (v === NO) return NO; out.floorCondition = v; given = true; }
  if ((v = c.wallMaterial(values)) !== ABSENT) { if (v === NO) return NO; out.wallMaterial = v; given = true; }
  if ((v = c.wallCondition(values)) !== ABSENT) { if (v === NO) return NO; out.wallCondition = v; given = true; }
  if ((v = c.roofMaterial(values)) !== ABSENT) { if (v === NO) return NO; out.roofMaterial = v; given = true; }
  if ((v = c.roofCondition(values)) !== ABSENT) { if (v === NO) return NO; out.roofCondition = v; given = true; }
  if ((v = c.drinkingWater(values)) !== ABSENT) { if (v === NO) return NO; out.drinkingWater = v; given = true; }
  if ((v = c.bathingWater(values)) !== ABSENT) { if (v === NO) return NO; out.bathingWater = v; given = true; }
  if ((v = c.toilet(values)) !== ABSENT) { if (v === NO) return NO; out.toilet = v; given = true; }
  if ((v = c.lighting(values)) !== ABSENT) { if (v === NO) return NO; out.lighting = v; given = true; }
  if ((v = c.cookingFuel(values)) !== ABSENT) { if (v === NO) return NO; out.cookingFuel = v; given = true; }
  if ((v = c.tenure(values)) !== ABSENT) { if (v === NO) return NO; out.tenure = v; given = true; }
  if ((v = c.onlyHouse(values)) !== ABSENT) { if (v === NO) return NO; out.onlyHouse = v; given = true; }
  if ((v = c.occupiedSince(values)) !== ABSENT) { if (v === NO) return NO; out.occupiedSince = v; given = true; }
  if ((v = c.landTitle(values)) !== ABSENT) { if (v === NO) return NO; out.landTitle = v; given = true; }
  if ((v = c.housingAid(values)) !== ABSENT) { if (v === NO) return NO; out.housingAid = v; given = true; }
  if ((v = c.disasterOn(values)) !== ABSENT) { if (v === NO) return NO; out.disasterOn = v; given = true; }
  return given ? Object.freeze(out) : ABSENT;
} // prettier-ignore

/** The dwelling part written out field by field, when the housing fields are those listed (none required). */
function housingPart(parts: ReadonlyMap<string, Part>): Part | undefined {
  const c = named(fastParts.objects.housing!, parts, HOUSING, []);
  return c === undefined ? undefined : (values) => housing(values, c);
}

/** The members from the cells of their rows (from `offset` on), each read with the parts of its own columns. */
function members(rows: readonly CellRow[], offset: number, parts: (columns: readonly LayoutColumn[]) => PersonParts | undefined): unknown {
  const count = rows.length - offset;
  if (!fastParts.membersWithin(count)) return NO;
  const out = new Array<unknown>(count);
  for (let i = 0; i < count; i++) {
    const row = rows[offset + i] as CellRow;
    const member = person(row.cells as Cells, parts(row.columns) as PersonParts);
    if (member === NO) return NO;
    out[i] = member;
  }
  return Object.freeze(out);
}

/** A household from its values at the cell positions of the household columns, its id and its members; not frozen (`acceptFast` brands it, then freezes it). */
function household(values: Cells, id: string, rows: readonly CellRow[], offset: number, c: HouseholdParts, p: (columns: readonly LayoutColumn[]) => PersonParts | undefined): unknown {
  const out: R = {};
  let v: unknown;
  if ((v = fastParts.household.leaf.id(id, true)) === NO) return NO; out.id = v;
  if ((v = c.kk(values)) !== ABSENT) { if (v === NO) return NO; out.kk = v; }
  if ((v = c.regency(values)) === NO || v === ABSENT) return NO; out.regency = v;
  if ((v = c.region(values)) !== ABSENT) { if (v === NO) return NO; out.region = v; }
  if ((v = c.area(values)) !== ABSENT) { if (v === NO) return NO; out.area = v; }
  if ((v = members(rows, offset, p)) === NO) return NO; out.members = v;
  if ((v = c.monthlyConsumption(values)) !== ABSENT) { if (v === NO) return NO; out.monthlyConsumption = v; }
  if ((v = c.desil(values)) !== ABSENT) { if (v === NO) return NO; out.desil = v; }
  if ((v = c.dtks(values)) !== ABSENT) { if (v === NO) return NO; out.dtks = v; }
  if ((v = c.housing(values)) !== ABSENT) { if (v === NO) return NO; out.housing = v; }
  if ((v = c.assets(values)) !== ABSENT) { if (v === NO) return NO; out.assets = v; }
  if ((v = c.living(values)) !== ABSENT) { if (v === NO) return NO; out.living = v; }
  if ((v = c.currentAid(values)) !== ABSENT) { if (v === NO) return NO; out.currentAid = v; }
  if ((v = c.exits(values)) !== ABSENT) { if (v === NO) return NO; out.exits = v; }
  return fastParts.householdHolds(out as Household) ? out : NO;
} // prettier-ignore

/** The member parts of a layout's person columns; `undefined` (never built) when they do not fit the schema. */
function personParts(columns: readonly LayoutColumn[]): PersonParts | undefined {
  const parts = partsOf(fastParts.person, columns, (column) => column.index, 0);
  return named(fastParts.person, parts, PERSON, ["sex", "birthDate", "relationship"]);
}

/**
 * A readable row as the assembler holds it: its cells, and the person columns that read them (the
 * columns of its file's layout, or those of a row's tail, their positions shifted).
 * @internal
 */
export interface CellRow {
  readonly cells: readonly string[] | undefined;
  readonly columns: readonly LayoutColumn[];
}

/**
 * Builds households straight from the cells of a layout: {@link CellHouseholds.build} with the
 * household's values at the cell positions of its columns (as the assembler holds them), its id, and its rows (all
 * readable), the members' from `offset` on.
 * @internal
 */
export class CellHouseholds {
  private readonly household: HouseholdParts | undefined;
  private readonly persons = new Map<readonly LayoutColumn[], PersonParts | undefined>();
  /** The member parts of some person columns, made once for each. */
  private readonly partsOf = (columns: readonly LayoutColumn[]): PersonParts | undefined => {
    let p = this.persons.get(columns);
    if (p === undefined && !this.persons.has(columns)) this.persons.set(columns, (p = personParts(columns)));
    return p;
  };

  constructor(householdColumns: readonly LayoutColumn[]) {
    // Each household column reads the value the household holds for it, at its cell position.
    const parts = partsOf(fastParts.household, householdColumns, (column) => column.index, 0);
    const usable = parts !== undefined && !parts.has("id") && !parts.has("members");
    this.household = usable ? named(fastParts.household, parts, HOUSEHOLD, ["id", "regency", "members"]) : undefined;
  }

  /**
   * The household as the fast path reads the object the assembler would build from these rows,
   * `NO` when not sure, or `undefined` when households cannot be built from the cells of their
   * layout (some member row's columns do not fit the schema).
   */
  build(values: Cells, id: string, rows: readonly CellRow[], offset: number): Household | typeof NO | undefined {
    const c = this.household;
    if (c === undefined) return undefined;
    for (let r = offset; r < rows.length; r++) if (this.partsOf((rows[r] as CellRow).columns) === undefined) return undefined;
    return household(values, id, rows, offset, c, this.partsOf) as Household | typeof NO;
  }
}
