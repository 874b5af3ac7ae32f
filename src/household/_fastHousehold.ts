import { arrayRange, fields, NO, type Fields, type Leaf } from "./_fastLeaves.js";
import { AidReceipt, Assets, Desil, Dtks, Household, LivingConditions, ProgramExit } from "./household.js";
import { Housing, HousingAid, Toilet } from "./housing.js";
import { Person, Schooling } from "./person.js";

// The accepted-row fast path of `Household` (issue 16): it checks a household without building
// zod's payloads and issue objects, and answers "valid, here is the parsed value" or "not sure". On
// "not sure" the caller runs zod, which explains; so the fast path may refuse more than zod, never
// accept more, and what it accepts it returns exactly as zod does (the same keys in the same order,
// normalised region codes, Rupiah values). Each field's check comes from its schema
// (_fastLeaves.ts); the fields of the three large objects are read by name, in schema order (a
// named read costs a few nanoseconds, a read by computed key ten times more). When a schema's keys
// differ from the lists below, the fast path is off and zod reads every household: a field added
// later costs speed, never correctness (and test/household/fastHousehold.prop.test.ts fails).

type R = Record<string, unknown>;

const isRecord = (value: unknown): value is R => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A part of a household just built (parse mode) is frozen as it is finished, its own parts first,
 * so that `trustHousehold` has only the household itself left to freeze (see _trusted.ts); a value
 * only checked is the caller's, and is left as it is.
 */
const built = <T extends object>(out: T, parse: boolean): T => (parse ? Object.freeze(out) : out);

/**
 * Whether the enumerable keys of `value` are exactly the fields read as given (`given`, one bit per
 * field): an unknown key, a key written as `undefined` (zod keeps it so), a field zod reads that is
 * not enumerable, or one that reads `undefined` but is there (`key in value`) is zod's to judge.
 */
function onlyGiven(value: R, bit: ReadonlyMap<string, number>, given: number): boolean {
  let listed = 0;
  for (const key in value) listed |= bit.get(key) ?? 0x40000000;
  if (listed !== given) return false;
  // A field not given that is there all the same (it reads `undefined`, hidden from enumeration): zod
  // keeps such a key (`key in input`), so it is zod's to judge.
  for (const key of bit.keys()) if ((given & (bit.get(key) as number)) === 0 && key in value) return false;
  return true;
}

/** A small object of plain fields, read by key. */
function flat<K extends string>(f: Fields<K>): Leaf {
  const keys = [...f.bits.keys()] as K[];
  // By position, read once: each field costs one read by name, not four.
  const leaves = keys.map((key) => f.leaf[key]);
  const bits = keys.map((key) => f.bit[key]);
  const required = keys.map((key) => f.required.has(key));
  return (value, parse) => {
    if (!isRecord(value)) return NO;
    const out: R = parse ? {} : value;
    let given = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as K;
      let v = value[key];
      if (v === undefined) {
        if (required[i] === true) return NO;
        continue;
      }
      if ((v = (leaves[i] as Leaf)(v, parse)) === NO) return NO;
      given |= bits[i] as number;
      if (parse) out[key] = v;
    }
    return onlyGiven(value, f.bits, given) ? built(out, parse) : NO;
  };
}

function list(each: Leaf, within: (n: number) => boolean): Leaf {
  return (value, parse) => {
    if (!Array.isArray(value) || !within(value.length)) return NO;
    const out: unknown[] = parse ? new Array(value.length) : value;
    for (let i = 0; i < value.length; i++) {
      const item = each(value[i], parse);
      if (item === NO) return NO;
      if (parse) out[i] = item;
    }
    return built(out, parse);
  };
}

const S = /* @__PURE__ */ fields(Schooling, ["level", "enrolled"]);
const T = /* @__PURE__ */ fields(Toilet, ["facility", "type", "disposal"]);
const G = /* @__PURE__ */ fields(HousingAid, ["program", "on"]);
const P = /* @__PURE__ */ fields(Person, [
  "nik", "name", "sex", "birthDate", "relationship", "maritalStatus", "pregnancy", "pregnancyOrder", "deathDate",
  "disability", "schooling", "education", "occupation", "employerCategory", "monthlyIncome", "jkn",
  "healthNeedLetter",
], 1);
const O = /* @__PURE__ */ fields(Housing, [
  "floorArea", "floorMaterial", "floorCondition", "wallMaterial", "wallCondition", "roofMaterial", "roofCondition",
  "drinkingWater", "bathingWater", "toilet", "lighting", "cookingFuel", "tenure", "onlyHouse", "occupiedSince",
  "landTitle", "housingAid", "disasterOn",
]);
const H = /* @__PURE__ */ fields(Household, [
  "id", "kk", "regency", "region", "area", "members", "monthlyConsumption", "desil", "dtks", "housing", "assets",
  "living", "currentAid", "exits",
], 1);
const D = /* @__PURE__ */ fields(Desil, ["value", "asOf"]);
const K = /* @__PURE__ */ fields(Dtks, ["member", "asOf"]);
const A = /* @__PURE__ */ fields(Assets, ["savingsAndSellableGoods", "landArea"]);
const L = /* @__PURE__ */ fields(LivingConditions, ["proteinMealsPerWeek", "newClothingSetsPerYear", "mealsPerDay", "canAffordTreatment"]);
const C = /* @__PURE__ */ fields(AidReceipt, ["program", "since"]);
const X = /* @__PURE__ */ fields(ProgramExit, ["program", "kind", "on"]);

const schooling = /* @__PURE__ */ flat(S);
const toilet = /* @__PURE__ */ flat(T);
const housingAid = /* @__PURE__ */ list(/* @__PURE__ */ flat(G), /* @__PURE__ */ arrayRange(Housing.shape.housingAid));
const desil = /* @__PURE__ */ flat(D);
const dtks = /* @__PURE__ */ flat(K);
const assets = /* @__PURE__ */ flat(A);
const living = /* @__PURE__ */ flat(L);
const currentAid = /* @__PURE__ */ list(/* @__PURE__ */ flat(C), /* @__PURE__ */ arrayRange(Household.shape.currentAid));
const exits = /* @__PURE__ */ list(/* @__PURE__ */ flat(X), /* @__PURE__ */ arrayRange(Household.shape.exits));
const membersWithin = /* @__PURE__ */ arrayRange(Household.shape.members);

/** Whether every list above is its schema's keys, in order. */
const COMPLETE = /* @__PURE__ */ [S, T, G, P, O, H, D, K, A, L, C, X].every((f) => f.complete);

// One line per field, in schema order: an optional field given is checked, counted and (when
// parsing) copied; a required field is checked whatever it is (its check refuses `undefined`).

function person(p: unknown, parse: boolean): unknown {
  if (!isRecord(p)) return NO;
  const f = P.leaf;
  const b = P.bit;
  const out: R = parse ? {} : p;
  let n = 0;
  let v: unknown;
  if ((v = p.nik) !== undefined) { if ((v = f.nik(v, parse)) === NO) return NO; n |= b.nik; if (parse) out.nik = v; }
  if ((v = p.name) !== undefined) { if ((v = f.name(v, parse)) === NO) return NO; n |= b.name; if (parse) out.name = v; }
  if ((v = f.sex(p.sex, parse)) === NO) return NO; n |= b.sex; if (parse) out.sex = v;
  if ((v = f.birthDate(p.birthDate, parse)) === NO) return NO; n |= b.birthDate; if (parse) out.birthDate = v;
  if ((v = f.relationship(p.relationship, parse)) === NO) return NO; n |= b.relationship; if (parse) out.relationship = v;
  if ((v = p.maritalStatus) !== undefined) { if ((v = f.maritalStatus(v, parse)) === NO) return NO; n |= b.maritalStatus; if (parse) out.maritalStatus = v; }
  if ((v = p.pregnancy) !== undefined) { if ((v = f.pregnancy(v, parse)) === NO) return NO; n |= b.pregnancy; if (parse) out.pregnancy = v; }
  if ((v = p.pregnancyOrder) !== undefined) { if ((v = f.pregnancyOrder(v, parse)) === NO) return NO; n |= b.pregnancyOrder; if (parse) out.pregnancyOrder = v; }
  if ((v = p.deathDate) !== undefined) { if ((v = f.deathDate(v, parse)) === NO) return NO; n |= b.deathDate; if (parse) out.deathDate = v; }
  if ((v = p.disability) !== undefined) { if ((v = f.disability(v, parse)) === NO) return NO; n |= b.disability; if (parse) out.disability = v; }
  if ((v = p.schooling) !== undefined) { if ((v = schooling(v, parse)) === NO) return NO; n |= b.schooling; if (parse) out.schooling = v; }
  if ((v = p.education) !== undefined) { if ((v = f.education(v, parse)) === NO) return NO; n |= b.education; if (parse) out.education = v; }
  if ((v = p.occupation) !== undefined) { if ((v = f.occupation(v, parse)) === NO) return NO; n |= b.occupation; if (parse) out.occupation = v; }
  if ((v = p.employerCategory) !== undefined) { if ((v = f.employerCategory(v, parse)) === NO) return NO; n |= b.employerCategory; if (parse) out.employerCategory = v; }
  if ((v = p.monthlyIncome) !== undefined) { if ((v = f.monthlyIncome(v, parse)) === NO) return NO; n |= b.monthlyIncome; if (parse) out.monthlyIncome = v; }
  if ((v = p.jkn) !== undefined) { if ((v = f.jkn(v, parse)) === NO) return NO; n |= b.jkn; if (parse) out.jkn = v; }
  if ((v = p.healthNeedLetter) !== undefined) { if ((v = f.healthNeedLetter(v, parse)) === NO) return NO; n |= b.healthNeedLetter; if (parse) out.healthNeedLetter = v; }
  return onlyGiven(p, P.bits, n) && personHolds(out as Person) ? built(out, parse) : NO;
}

function housing(h: unknown, parse: boolean): unknown {
  if (!isRecord(h)) return NO;
  const f = O.leaf;
  const b = O.bit;
  const out: R = parse ? {} : h;
  let n = 0;
  let v: unknown;
  if ((v = h.floorArea) !== undefined) { if ((v = f.floorArea(v, parse)) === NO) return NO; n |= b.floorArea; if (parse) out.floorArea = v; }
  if ((v = h.floorMaterial) !== undefined) { if ((v = f.floorMaterial(v, parse)) === NO) return NO; n |= b.floorMaterial; if (parse) out.floorMaterial = v; }
  if ((v = h.floorCondition) !== undefined) { if ((v = f.floorCondition(v, parse)) === NO) return NO; n |= b.floorCondition; if (parse) out.floorCondition = v; }
  if ((v = h.wallMaterial) !== undefined) { if ((v = f.wallMaterial(v, parse)) === NO) return NO; n |= b.wallMaterial; if (parse) out.wallMaterial = v; }
  if ((v = h.wallCondition) !== undefined) { if ((v = f.wallCondition(v, parse)) === NO) return NO; n |= b.wallCondition; if (parse) out.wallCondition = v; }
  if ((v = h.roofMaterial) !== undefined) { if ((v = f.roofMaterial(v, parse)) === NO) return NO; n |= b.roofMaterial; if (parse) out.roofMaterial = v; }
  if ((v = h.roofCondition) !== undefined) { if ((v = f.roofCondition(v, parse)) === NO) return NO; n |= b.roofCondition; if (parse) out.roofCondition = v; }
  if ((v = h.drinkingWater) !== undefined) { if ((v = f.drinkingWater(v, parse)) === NO) return NO; n |= b.drinkingWater; if (parse) out.drinkingWater = v; }
  if ((v = h.bathingWater) !== undefined) { if ((v = f.bathingWater(v, parse)) === NO) return NO; n |= b.bathingWater; if (parse) out.bathingWater = v; }
  if ((v = h.toilet) !== undefined) { if ((v = toilet(v, parse)) === NO) return NO; n |= b.toilet; if (parse) out.toilet = v; }
  if ((v = h.lighting) !== undefined) { if ((v = f.lighting(v, parse)) === NO) return NO; n |= b.lighting; if (parse) out.lighting = v; }
  if ((v = h.cookingFuel) !== undefined) { if ((v = f.cookingFuel(v, parse)) === NO) return NO; n |= b.cookingFuel; if (parse) out.cookingFuel = v; }
  if ((v = h.tenure) !== undefined) { if ((v = f.tenure(v, parse)) === NO) return NO; n |= b.tenure; if (parse) out.tenure = v; }
  if ((v = h.onlyHouse) !== undefined) { if ((v = f.onlyHouse(v, parse)) === NO) return NO; n |= b.onlyHouse; if (parse) out.onlyHouse = v; }
  if ((v = h.occupiedSince) !== undefined) { if ((v = f.occupiedSince(v, parse)) === NO) return NO; n |= b.occupiedSince; if (parse) out.occupiedSince = v; }
  if ((v = h.landTitle) !== undefined) { if ((v = f.landTitle(v, parse)) === NO) return NO; n |= b.landTitle; if (parse) out.landTitle = v; }
  if ((v = h.housingAid) !== undefined) { if ((v = housingAid(v, parse)) === NO) return NO; n |= b.housingAid; if (parse) out.housingAid = v; }
  if ((v = h.disasterOn) !== undefined) { if ((v = f.disasterOn(v, parse)) === NO) return NO; n |= b.disasterOn; if (parse) out.disasterOn = v; }
  return onlyGiven(h, O.bits, n) ? built(out, parse) : NO;
}

/**
 * A new plain object for a parsed household, made with `new` (its prototype is `Object.prototype`,
 * as a literal's): V8 keeps up to eight fields of such an object in the object itself, where a
 * literal `{}` keeps four and the rest, with the brand `trustHousehold` adds, in a store of their
 * own, one more read from memory in every assessment (and 32 bytes more per household).
 */
function HouseholdObject(): void {}
HouseholdObject.prototype = Object.prototype;

function household(h: unknown, parse: boolean): unknown {
  if (!isRecord(h)) return NO;
  const f = H.leaf;
  const b = H.bit;
  const out: R = parse ? new (HouseholdObject as unknown as new () => R)() : h;
  let n = 0;
  let v: unknown;
  if ((v = f.id(h.id, parse)) === NO) return NO; n |= b.id; if (parse) out.id = v;
  if ((v = h.kk) !== undefined) { if ((v = f.kk(v, parse)) === NO) return NO; n |= b.kk; if (parse) out.kk = v; }
  if ((v = f.regency(h.regency, parse)) === NO) return NO; n |= b.regency; if (parse) out.regency = v;
  if ((v = h.region) !== undefined) { if ((v = f.region(v, parse)) === NO) return NO; n |= b.region; if (parse) out.region = v; }
  if ((v = h.area) !== undefined) { if ((v = f.area(v, parse)) === NO) return NO; n |= b.area; if (parse) out.area = v; }
  if ((v = members(h.members, parse)) === NO) return NO; n |= b.members; if (parse) out.members = v;
  if ((v = h.monthlyConsumption) !== undefined) { if ((v = f.monthlyConsumption(v, parse)) === NO) return NO; n |= b.monthlyConsumption; if (parse) out.monthlyConsumption = v; }
  if ((v = h.desil) !== undefined) { if ((v = desil(v, parse)) === NO) return NO; n |= b.desil; if (parse) out.desil = v; }
  if ((v = h.dtks) !== undefined) { if ((v = dtks(v, parse)) === NO) return NO; n |= b.dtks; if (parse) out.dtks = v; }
  if ((v = h.housing) !== undefined) { if ((v = housing(v, parse)) === NO) return NO; n |= b.housing; if (parse) out.housing = v; }
  if ((v = h.assets) !== undefined) { if ((v = assets(v, parse)) === NO) return NO; n |= b.assets; if (parse) out.assets = v; }
  if ((v = h.living) !== undefined) { if ((v = living(v, parse)) === NO) return NO; n |= b.living; if (parse) out.living = v; }
  if ((v = h.currentAid) !== undefined) { if ((v = currentAid(v, parse)) === NO) return NO; n |= b.currentAid; if (parse) out.currentAid = v; }
  if ((v = h.exits) !== undefined) { if ((v = exits(v, parse)) === NO) return NO; n |= b.exits; if (parse) out.exits = v; }
  return onlyGiven(h, H.bits, n) && householdHolds(out as Household) ? out : NO;
}

function members(value: unknown, parse: boolean): unknown {
  if (!Array.isArray(value) || !membersWithin(value.length)) return NO;
  const out: unknown[] = parse ? new Array(value.length) : value;
  for (let i = 0; i < value.length; i++) {
    const member = person(value[i], parse);
    if (member === NO) return NO;
    if (parse) out[i] = member;
  }
  return built(out, parse);
}

/** Two digits of `text` at `at` as a number. */
const two = (text: string, at: number): number => (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);

/** `checkPerson` of person.ts on a person whose fields passed: whether it finds nothing. */
function personHolds(person: Person): boolean {
  const { nik, sex, birthDate, pregnancy, pregnancyOrder, deathDate, schooling } = person;
  if (nik !== undefined) {
    // PPKKCC DDMMYY SSSS (a woman's day + 40) against YYYY-MM-DD.
    const day = two(nik, 6);
    const female = day > 40;
    if ((sex === "female") !== female || day - (female ? 40 : 0) !== two(birthDate, 8)) return false;
    if (two(nik, 8) !== two(birthDate, 5) || two(nik, 10) !== two(birthDate, 2)) return false;
  }
  const expecting = pregnancy === "pregnant" || pregnancy === "postpartum";
  if ((sex === "male" && expecting) || (pregnancyOrder !== undefined && !expecting)) return false;
  if (deathDate !== undefined && deathDate < birthDate) return false;
  return schooling === undefined || schooling.level !== "none" || !schooling.enrolled;
}

/** `checkHousehold` of household.ts on a household whose fields passed. */
function householdHolds(household: Household): boolean {
  const { members, regency, region } = household;
  let heads = 0;
  for (let i = 0; i < members.length; i++) {
    const { relationship, nik } = members[i] as Person;
    if (relationship === "head") heads += 1;
    if (nik !== undefined) for (let j = 0; j < i; j++) if ((members[j] as Person).nik === nik) return false;
  }
  // A district or village lies in the regency when its code starts with `PP.KK.`.
  return heads === 1 && (region === undefined || (region.startsWith(regency) && region.charCodeAt(regency.length) === 46));
}

function run(value: unknown, parse: boolean): unknown {
  if (!COMPLETE) return NO;
  try {
    return household(value, parse);
  } catch {
    // A throwing getter or Proxy trap: zod explains.
    return NO;
  }
}

/**
 * The household as `Household.safeParse(value)` returns it when that succeeds, or `undefined` when
 * the fast path is not sure (then zod parses, and explains).
 * @internal
 */
export function fastParseHousehold(value: unknown): Household | undefined {
  const out = run(value, true);
  return out === NO ? undefined : (out as Household);
}

/**
 * Whether a value already is a household as `parseHousehold` returns it (every field valid, Rupiah
 * values as `Rupiah`, region codes normalised, every cross-field rule kept), checked without
 * allocating; `false` also when not sure.
 * @internal
 */
export function isParsedHousehold(value: unknown): value is Household {
  return run(value, false) !== NO;
}

/**
 * The parts of the fast path, for a reader that builds a household straight from its cells
 * (src/node/_cellHousehold.ts) instead of building an object and reading it here: the fields of
 * each object by name, the list checks, and the cross-field checks. Off (`complete: false`) when a
 * schema's keys differ from the lists above.
 * @internal
 */
export const fastParts = /* @__PURE__ */ Object.freeze({
  complete: COMPLETE,
  person: P,
  household: H,
  objects: Object.freeze({ schooling: S, toilet: T, desil: D, dtks: K, housing: O, assets: A, living: L }) as Readonly<Record<string, Fields<string>>>,
  lists: Object.freeze({ housingAid, currentAid, exits }) as Readonly<Record<string, Leaf>>,
  membersWithin,
  personHolds,
  householdHolds,
});

/**
 * The fast path's check of every household field in parse mode (nested objects and lists
 * included; `members` excepted), of one member, and of every member field, for a schema that asks them before zod
 * (_explainSchema.ts). A function, not a constant like `fastParts`, so that a bundle that never
 * calls it does not carry it.
 * @internal
 */
export function fastChecks(): { readonly fields: Readonly<Record<string, Leaf>>; readonly member: Leaf; readonly memberFields: Readonly<Record<string, Leaf>> } {
  return { fields: { ...H.leaf, desil, dtks, housing, assets, living, currentAid, exits }, member: person, memberFields: { ...P.leaf, schooling } };
}
