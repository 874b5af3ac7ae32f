// The fuzz harness: a table from export name to the calls to fuzz, and the one invariant every
// export must keep whatever it is given — it returns, or it throws a TepatSasaranError with a code,
// text in Bahasa Indonesia and English, and no 16-digit run (a NIK or KK) anywhere in its message,
// text or issues; never another error type, and never a hang (inputs are bounded; a hang fails the
// test on its timeout). "Never throws" entries (parsers, schemas' safeParse) may not throw at all.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { TepatSasaranError } from "../../src/index.js";
import { build, hostileIndex, mutations, type Recipe } from "./hostile.js";

/**
 * How to fuzz one export.
 *
 * - `valid`: argument lists of calls that succeed (the fuzzer mutates them: a value inside replaced
 *   by a hostile one, a key deleted, a hole, a Proxy, a throwing getter, a duplicated entry). Give
 *   at least one; more cover more shapes.
 * - `call`: how to call the export with an argument list (default: the export itself). Needed for
 *   classes, methods, schemas and anything whose result must be read to do its work.
 * - `arity`: how many wholly hostile arguments to try besides the mutations (default: the length
 *   of the first valid call).
 * - `neverThrows`: the export promises never to throw (parsers, `safeParse`): any throw is a finding.
 * - `async`: `call` returns a promise (a stream read to its end): a rejection counts as a throw.
 * - `runs`: fewer runs than {@link RUNS} in `npm test`, for an export whose every call is slow
 *   (the parallel runners start worker threads); `FUZZ_RUNS` still sets every export's runs.
 */
export interface FuzzEntry {
  readonly valid: readonly (readonly unknown[])[];
  readonly call?: (...args: unknown[]) => unknown;
  readonly arity?: number;
  readonly neverThrows?: boolean;
  readonly async?: boolean;
  readonly runs?: number;
}

/** Export name → how to fuzz it. Data exports (datasets, constants) go in a {@link FrozenTable}. */
export type FuzzTable = Readonly<Record<string, FuzzEntry>>;

/** Export name → the exported data, which must be deeply frozen. */
export type FrozenTable = Readonly<Record<string, unknown>>;

/**
 * Runs per export: `FUZZ_RUNS`, else 250, which keeps the suite under ten seconds in `npm test`
 * (`npm run fuzz` runs 5,000 per export with fresh seeds for a release).
 */
export const RUNS = Number(process.env["FUZZ_RUNS"] ?? 250);

/**
 * The runs of one export: `RUNS`, or its own `runs` for a costly call (one that starts worker
 * threads), which `FUZZ_RUNS` raises at most fourfold. Until 2026-12-06 `FUZZ_RUNS` replaced them:
 * `npm run fuzz` started 5,000 worker pools per parallel reader and timed out at 10 minutes.
 */
export function runsOf(entry: FuzzEntry): number {
  if (entry.runs === undefined) return RUNS;
  return process.env["FUZZ_RUNS"] === undefined ? entry.runs : Math.min(RUNS, entry.runs * 4);
}

/**
 * The seed of an export's run: fixed by default, so `npm test` is reproducible and a finding in CI
 * is not a coin toss; `FUZZ_SEED=random` (as `npm run fuzz` sets) draws a fresh one, printed with
 * any counterexample so it can be replayed with `FUZZ_SEED=<seed>`.
 */
export function seedFor(name: string): number | undefined {
  const given = process.env["FUZZ_SEED"] ?? "18";
  if (given === "random") return undefined;
  let hash = Number(given) | 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}

const SEPARATOR = "[\\s\\p{Zs}\\p{Pd}.,/_'\\u00b7\\u2019\\u2027\\u2212\\u3001\\u3002\\uff07\\uff0c\\uff0e\\uff0f\\uff3f]";
/** 16 decimal digits (any script), each pair at most one separator apart, invisible characters ignored. */
const LONG_RUN = new RegExp(`\\p{Nd}(?:${SEPARATOR}?\\p{Nd}){15,}`, "u");
/** Format characters, marks and the control characters a terminal does not show (NUL, DEL, U+0080–U+009F; not tab or line breaks). */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\x00-\x08\x0e-\x1f\x7f-\x9f]/gu;

/** Whether a text carries a full 16-digit number, however written. */
export function hasLongNumber(text: string): boolean {
  return LONG_RUN.test(text.replace(INVISIBLE, ""));
}

/**
 * Whether any text inside a value (an event: its strings, nested) carries a full 16-digit number.
 * The texts themselves, not their JSON: JSON writes a NUL as `\u0000`, four digits the text does not
 * hold (a household id `h1` NUL and 12 digits read as a 16-digit run; 2026-12-07, seed 662046117).
 */
export function carriesLongNumber(value: unknown): boolean {
  if (typeof value === "string") return hasLongNumber(value);
  if (typeof value === "number" || typeof value === "bigint") return hasLongNumber(String(value));
  return value !== null && typeof value === "object" && Object.values(value).some(carriesLongNumber);
}

/** Every text an error carries. */
function textsOf(error: TepatSasaranError): string[] {
  return [error.message, error.text.id, error.text.en, ...error.issues.flatMap((i) => [i.message.id, i.message.en, String(i.code)])];
}

/** Read a result the way a caller would (JSON, iteration), so lazy work happens inside the call. */
function consume(result: unknown): void {
  let zodFailure = false;
  try {
    // A result may be the caller's own hostile value handed back (knownValue of a Proxy): not a finding.
    zodFailure = result !== null && typeof result === "object" && "success" in result && result.success === false && "error" in result;
  } catch {
    return;
  }
  if (zodFailure) void (result as { error: { issues: unknown } }).error.issues; // zod's lazy error
}

/** Check the invariant for one call. */
export async function checkCall(name: string, entry: FuzzEntry, fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<void> {
  try {
    const result = entry.call ? entry.call(...args) : fn(...args);
    consume(entry.async ? await result : result);
  } catch (error) {
    if (entry.neverThrows) throw new Error(`${name} promises never to throw but threw ${describeThrown(error)}`);
    if (!(error instanceof TepatSasaranError)) throw new Error(`${name} threw ${describeThrown(error)}, not a TepatSasaranError`);
    expect(typeof error.code, `${name}: code`).toBe("string");
    expect(error.text.id.length, `${name}: Bahasa Indonesia text`).toBeGreaterThan(0);
    expect(error.text.en.length, `${name}: English text`).toBeGreaterThan(0);
    for (const text of textsOf(error)) {
      if (hasLongNumber(text)) throw new Error(`${name} (${error.code}) put a 16-digit number in its message: ${text.slice(0, 300)}`);
      expect(text.length, `${name} (${error.code}): message length`).toBeLessThan(5_000);
    }
  }
}

function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : typeof error;
  } catch {
    return "an unreadable value";
  }
}

/** Recipes of argument lists for one export: mutations of each valid call, and wholly hostile lists. */
export function recipes(entry: FuzzEntry): fc.Arbitrary<Recipe> {
  const arity = entry.arity ?? entry.valid[0]?.length ?? 1;
  const hostileList: fc.Arbitrary<Recipe> = fc
    .array(hostileIndex, { minLength: 0, maxLength: Math.max(arity, 1) })
    .map((values) => ({ kind: "hostile", values }));
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(...entry.valid.map((valid, index) => mutations(valid, index))) },
    { weight: 1, arbitrary: hostileList },
  );
}

/** The argument list of a recipe for an entry. */
export function argumentsOf(entry: FuzzEntry, recipe: Recipe): unknown[] {
  return build(recipe, entry.valid);
}

/** Whether a value and everything reachable from it is frozen (typed arrays excepted). */
export function isDeeplyFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  // Functions are code, not data (deepFreeze leaves them alone).
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return true;
  if (!Object.isFrozen(value)) return false;
  return Reflect.ownKeys(value).every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor === undefined || !("value" in descriptor) || isDeeplyFrozen(descriptor.value, seen);
  });
}
