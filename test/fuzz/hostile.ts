// Hostile values for the fuzz suite: what an unfriendly or careless caller can pass to any export,
// and mutations of valid calls (a value replaced, a key dropped, a hole punched, a Proxy wrapped).
// Sizes are bounded: the longest string is 20,000 characters, the deepest array 20,000 levels, the
// longest list 2,000 entries, so a call that hangs is a finding, not the input's fault.
import { fc } from "@fast-check/vitest";

/** A synthetic 16-digit number (district 99: nobody's), built so no 16-digit literal sits in the code. */
export const NIK = "6499" + "0145070" + "50003";

const FULL_WIDTH = [...NIK].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");
const ARABIC_INDIC = [...NIK].map((d) => String.fromCharCode(0x0660 + Number(d))).join("");
const group = (separator: string) => NIK.match(/.{4}/g)?.join(separator) ?? NIK;

/** A NIK written every way a file or a form can write it. */
export const NIK_SHAPES: readonly unknown[] = [
  NIK,
  Number(NIK),
  BigInt(NIK),
  [...NIK].map(Number),
  group(" "),
  group("\u00a0"),
  group("\u200b"),
  [...NIK].join("\u200b"),
  group("\u0000"), // NUL and a C1 control: a terminal shows neither (shown whole until 2026-12-07)
  group("\u0085"),
  group("/"),
  group("_"),
  group(","),
  group("."),
  group("-"),
  group("\u2013"),
  FULL_WIDTH,
  ARABIC_INDIC,
  `${NIK}.5`,
  `x${NIK}x`,
  `Rp ${NIK}`,
  `${NIK.slice(0, 8)}-${NIK.slice(8)}`,
];

function throwingGetter(): object {
  return Object.defineProperty({}, "value", {
    enumerable: true,
    get() {
      throw new Error(`getter with ${NIK}`);
    },
  });
}

function hostileProxy(target: object): object {
  const fail = () => {
    throw new TypeError(`trap ${NIK}`);
  };
  return new Proxy(target, { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail, apply: fail });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const deepArray = (() => {
  let value: unknown[] = [];
  for (let i = 0; i < 20_000; i++) value = [value];
  return value;
})();

const cyclic = (() => {
  const value: Record<string, unknown> = { a: 1 };
  value["self"] = value;
  return value;
})();

/** Values no export should take, but every export must survive. */
export const HOSTILE: readonly (() => unknown)[] = [
  () => undefined,
  () => null,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -0,
  () => -1,
  () => 0.5,
  () => 2 ** 31,
  () => 2 ** 53 + 2,
  () => 1e308,
  () => 5e-324,
  () => 10n ** 60n,
  () => -(10n ** 1000n),
  () => "",
  () => " ",
  () => "abc",
  () => "__proto__",
  () => "9".repeat(20_000),
  () => "1." + "0".repeat(10_000) + "1",
  () => true,
  () => Symbol("s"),
  () => () => 1,
  () => () => {
    throw new Error(`callback ${NIK}`);
  },
  () => ({}),
  () => [],
  () => Object.create(null),
  () => [1, , 3], // eslint-disable-line no-sparse-arrays
  () => new Array(5),
  () => new Map([["a", 1]]),
  () => new Set([1]),
  () => new Date(0),
  () => new Float64Array([1, NaN, 3]),
  () => new Float32Array(3),
  () => new BigInt64Array(2),
  () => Array.from({ length: 2_000 }, (_, i) => i),
  () => deepArray,
  () => cyclic,
  () => JSON.parse('{"__proto__": {"x": 1}}'),
  throwingGetter,
  () => hostileProxy({}),
  () => hostileProxy([1, 2, 3]),
  revokedProxy,
  ...NIK_SHAPES.map((value) => () => value),
];

/** The index of a hostile value in {@link HOSTILE}; draw indices, build values inside the property. */
export const hostileIndex: fc.Arbitrary<number> = fc.nat({ max: HOSTILE.length - 1 });

/** A fresh hostile value by index. */
export function hostileValue(index: number): unknown {
  return (HOSTILE[index] as () => unknown)();
}

/** A path into a JSON-like value: keys and indices, outermost first. */
type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 6 || value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return out;
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...prefix, index], out, depth + 1));
  else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out, depth + 1);
  }
  return out;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  }
  return value;
}

/** How a mutation changes the value at its path. */
type Mutation = "replace" | "delete" | "hole" | "proxy" | "getter" | "duplicate";

function apply(root: unknown, path: Path, mutation: Mutation, replacement: unknown): unknown {
  const top = copy(root);
  if (path.length === 0) return mutation === "proxy" && top !== null && typeof top === "object" ? hostileProxy(top) : replacement;
  let parent = top as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const current = parent[key];
  switch (mutation) {
    case "delete":
    case "hole":
      delete parent[key];
      break;
    case "proxy":
      parent[key] = current !== null && typeof current === "object" ? hostileProxy(current) : replacement;
      break;
    case "getter":
      // On the argument list itself a getter would throw in the caller's spread, not in the export.
      if (path.length === 1) {
        parent[key] = throwingGetter();
        break;
      }
      Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => { throw new Error(`getter ${NIK}`); } });
      break;
    case "duplicate":
      if (Array.isArray(parent)) parent.push(copy(current));
      else parent[key] = replacement;
      break;
    default:
      parent[key] = replacement;
  }
  return top;
}

/**
 * How to build one argument list: a mutation of a valid call (one value somewhere inside replaced by
 * a hostile value, a key deleted, a hole punched in an array, an object or array wrapped in a
 * throwing Proxy, a getter that throws, an array entry duplicated), or a list of wholly hostile
 * values. Plain data, so fast-check can print and shrink it without touching a hostile value.
 */
export type Recipe =
  | { readonly kind: "mutate"; readonly valid: number; readonly path: Path; readonly mutation: Mutation; readonly hostile: number }
  | { readonly kind: "hostile"; readonly values: readonly number[] };

/** Recipes for mutations of one valid argument list. */
export function mutations(valid: readonly unknown[], index: number): fc.Arbitrary<Recipe> {
  const all = paths(valid).filter((path) => path.length > 0);
  if (all.length === 0) return fc.constant({ kind: "hostile", values: [] });
  return fc.record({
    kind: fc.constant("mutate" as const),
    valid: fc.constant(index),
    path: fc.constantFrom(...all),
    mutation: fc.constantFrom<Mutation>("replace", "replace", "replace", "delete", "hole", "proxy", "getter", "duplicate"),
    hostile: hostileIndex,
  });
}

/** The argument list a recipe describes. */
export function build(recipe: Recipe, valid: readonly (readonly unknown[])[]): unknown[] {
  if (recipe.kind === "hostile") return recipe.values.map(hostileValue);
  return apply(valid[recipe.valid] ?? [], recipe.path, recipe.mutation, hostileValue(recipe.hostile)) as unknown[];
}
