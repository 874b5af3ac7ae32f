// Households mutated in every way a caller's data can go wrong (issue 16), shared by the tests that
// hold a household shortcut to zod: a value replaced by a hostile one, a key removed or written as
// `undefined`, an unknown, inherited or hidden key, a rule across fields broken.
import fc from "fast-check";
import { isRupiah } from "../../src/money/rupiah.js";
import { plainCopy } from "./_plainCopy.js";

type R = Record<string, unknown>;

/** Whether a structure has a field zod reads that a count of its enumerable keys misses, or one written as `undefined`. */
function odd(value: unknown): boolean {
  if (typeof value !== "object" || value === null || isRupiah(value)) return false;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return true;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (Array.isArray(value) && key === "length") continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
    if (!descriptor.enumerable || descriptor.value === undefined || odd(descriptor.value)) return true;
  }
  return false;
}

/** Every path to a value in a plain structure (objects and arrays), the root excluded. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null || isRupiah(value)) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...paths((value as R)[key as string], [...prefix, key])]);
}

function parentOf(root: unknown, path: (string | number)[]): R {
  let node = root as R;
  for (const key of path.slice(0, -1)) node = node[key as string] as R;
  return node;
}

const HOSTILE: unknown[] = [
  null, "", " ", "x", 0, -1, 1.5, 101, NaN, Infinity, -0, true, false, [], {}, 10n, -5n, "-1", "1e3", "12,5",
  "2023-02-29", "1980-1-1", "01/01/1980", "kepala", "1", "a".repeat(201), "6402", "64.02.01", "6471", "64.02.01.2001",
  "6402994101800001", "6402990101800001", "male", "female", "head", "pregnant", "none", "sd", "2099-01-01", "1899-12-31",
]; // prettier-ignore

/** A mutation of a household, in place. */
type Mutation = (household: R, pick: (n: number) => number) => void;

const MUTATIONS: Mutation[] = [
  // A value replaced by a hostile one.
  (h, pick) => {
    const all = paths(h);
    const path = all[pick(all.length)];
    // A fresh `[]` or `{}` each time: the list's own objects, once in a household, took keys from
    // later mutations and kept them for the next runs, and could be written into themselves (a cycle
    // that overflowed the stack of `odd` in CI on 2026-12-06).
    const hostile = HOSTILE[pick(HOSTILE.length)];
    if (path !== undefined) parentOf(h, path)[path[path.length - 1] as string] = Array.isArray(hostile) ? [] : typeof hostile === "object" && hostile !== null ? {} : hostile;
  },
  // A key removed, or written as `undefined` (zod keeps such a key; the fast path leaves it to zod).
  (h, pick) => {
    const all = paths(h).filter((p) => typeof p[p.length - 1] === "string");
    const path = all[pick(all.length)];
    if (path === undefined) return;
    const parent = parentOf(h, path);
    if (pick(2) === 0) delete parent[path[path.length - 1] as string];
    else parent[path[path.length - 1] as string] = undefined;
  },
  // An unknown key, `__proto__` as own data, or an inherited or hidden field.
  (h, pick) => {
    const objects = [[], ...paths(h)].map((p) => (p.length === 0 ? h : parentOf(h, p)[p[p.length - 1] as string])).filter((v) => typeof v === "object" && v !== null && !Array.isArray(v) && !isRupiah(v)) as R[];
    const target = objects[pick(objects.length)] as R;
    const keys = Object.keys(target);
    const key = keys[pick(keys.length)];
    switch (pick(4)) {
      case 0:
        target[["extra", "constructor", "toString", "members"][pick(4)] as string] = 1;
        return;
      case 1:
        Object.defineProperty(target, "__proto__", { value: {}, enumerable: true, configurable: true, writable: true });
        return;
      case 2:
        if (key !== undefined) {
          const value = target[key];
          delete target[key];
          // Writable, so that a later mutation may still assign it (a read-only field threw in strict mode).
          Object.defineProperty(target, key, { value, enumerable: false, configurable: true, writable: true });
        }
        return;
      default:
        if (key !== undefined) {
          const value = target[key];
          delete target[key];
          Object.setPrototypeOf(target, { [key]: value });
        }
        return;
    }
  },
  // A rule across fields broken.
  (h, pick) => {
    const members = (Array.isArray(h.members) ? h.members : []).filter((m): m is R => typeof m === "object" && m !== null);
    const a = members[pick(members.length)];
    const b = members[pick(members.length)];
    if (a === undefined || b === undefined) return;
    switch (pick(8)) {
      case 0: b.nik = a.nik; break;
      case 1: b.relationship = "head"; break;
      case 2: a.sex = a.sex === "male" ? "female" : "male"; break;
      case 3: a.pregnancy = "pregnant"; break;
      case 4: a.pregnancyOrder = 2; break;
      case 5: a.deathDate = "1900-01-01"; break;
      case 6: a.schooling = { level: "none", enrolled: true }; break;
      default: h.region = "65.01.01";
    }
  },
]; // prettier-ignore

/** Households of `base` mutated 1–3 times, each with whether zod may accept what the fast path refuses. */
export function mutated(base: fc.Arbitrary<R>): fc.Arbitrary<{ household: R; odd: boolean }> {
  return fc.tuple(base, fc.array(fc.nat(), { minLength: 3, maxLength: 12 }), fc.integer({ min: 1, max: 3 })).map(([household, draws, times]) => {
    const h = plainCopy(household) as R;
    let i = 0;
    const pick = (n: number): number => (n <= 0 ? 0 : (draws[i++ % draws.length] as number) % n);
    for (let t = 0; t < times; t++) (MUTATIONS[pick(MUTATIONS.length)] as Mutation)(h, pick);
    return { household: h, odd: odd(h) };
  });
}
