import * as z from "zod/mini";
import { en } from "zod/locales";
import { asLibraryError, type Issue } from "./error.js";
import type { Text } from "./message.js";
import { maskLongNumbers } from "./redact.js";

// A named import of the locale (not `z.locales.*`), so that bundlers drop zod's other locales.
const enLocale = /* @__PURE__ */ en();

/**
 * zod's classic API makes English zod's default locale when it builds its first schema; `zod/mini`
 * leaves the locale to the app. The library's schemas are `zod/mini` schemas, so they do what the
 * classic API did (when no locale is set yet), and the built-in issues an app reads from their own
 * `safeParse` keep zod's English wording ("Invalid input: expected string, received number")
 * instead of a bare "Invalid input". An app's own `z.config(...)` still wins, whichever runs first.
 */
function defaultLocale(): void {
  if (!z.config().localeError) z.config(enLocale);
}

function english(issue: z.core.$ZodIssue): string {
  const out = enLocale.localeError(issue as never);
  if (typeof out === "string") return out;
  return out && typeof out === "object" && "message" in out && typeof out.message === "string" ? out.message : issue.message;
}

const SIZED: Readonly<Record<string, string>> = { string: "karakter", array: "item", set: "item", map: "item", file: "byte" };

// What zod's `util` does for its locales, written here: reading `z.core.util` would bundle the
// whole of zod's core namespace, every locale included.
// NaN and ±Infinity by name, as zod's English does: "diterima number" for Infinity contradicted
// "diharapkan number" (found 2026-12-07 with a --stats file holding 1e400).
const typeName = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" && !Number.isFinite(value) ? String(value) : typeof value;
const primitive = (value: unknown): string => (typeof value === "bigint" ? `${value}n` : typeof value === "string" ? `"${value}"` : String(value));
const joined = (values: readonly unknown[], separator: string): string => values.map(primitive).join(separator);

/**
 * zod's issues in Bahasa Indonesia, in the library's words. zod's own `id` locale said "Kunci tidak
 * dikenali s: …" for several unknown keys (an English plural) and "diterima undefined" for a value
 * left out; the rest follows its wording.
 */
function indonesian(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `Input tidak valid: diharapkan ${/^[A-Z]/.test(issue.expected) ? `instanceof ${issue.expected}` : issue.expected}, diterima ${typeName(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1 ? `Input tidak valid: diharapkan ${primitive(issue.values[0])}` : `Pilihan tidak valid: diharapkan salah satu dari ${joined(issue.values, "|")}`;
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const unit = SIZED[issue.origin];
      const bound = `${big ? "<" : ">"}${issue.inclusive ? "=" : ""}${String(big ? issue.maximum : issue.minimum)}`;
      return `Terlalu ${big ? "besar" : "kecil"}: diharapkan ${issue.origin} ${unit ? `memiliki ${bound} ${unit}` : `menjadi ${bound}`}`;
    }
    case "invalid_format":
      return issue.format === "regex" ? `String tidak valid: harus sesuai pola ${issue.pattern}` : `Format ${issue.format} tidak valid`;
    case "not_multiple_of":
      return `Angka tidak valid: harus kelipatan dari ${String(issue.divisor)}`;
    case "unrecognized_keys":
      return `Kunci tidak dikenal: ${joined(issue.keys, ", ")}`;
    case "invalid_key":
    case "invalid_element":
      return `${issue.code === "invalid_key" ? "Kunci" : "Nilai"} tidak valid di ${issue.origin}`;
    default:
      return "Input tidak valid";
  }
}

/**
 * A zod issue's text in both languages, masked like every library message (zod's wording can quote
 * a value or a bound). A value left out (an issue made with `reportInput`, whose input is
 * `undefined`) is "required", not "received undefined".
 */
function texts(issue: z.core.$ZodIssue): Text {
  if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined && !/^[A-Z]/.test(issue.expected)) {
    return { id: `Wajib diisi: diharapkan ${issue.expected}, tidak ada nilai`, en: `Required: expected ${issue.expected}, no value given` };
  }
  return { id: maskLongNumbers(indonesian(issue)), en: maskLongNumbers(english(issue)) };
}

/**
 * What a refinement puts in a zod custom issue's `params` so that {@link toIssues} can give it a
 * stable code and bilingual text.
 * @internal
 */
export interface CustomIssueParams {
  readonly code: string;
  readonly text: Text;
}

/**
 * Convert zod issues into library issues with a stable code and text in both languages.
 * Built-in zod issues get code `input.<zod code>`, zod's `en` locale wording in English and the
 * library's in Bahasa Indonesia (see `indonesian`); custom issues carry their code and text in
 * `params`. The offending input is never copied into the issue. Parse with `{ reportInput: true }`
 * so that the wording can name the received type, and a value left out is called required. The
 * issues may be zod's finalized ones (`error.issues`) or those it raised (`zodRun`): what
 * finalizing changes (zod's own message, the schema a raised issue names) is never read.
 * @internal
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): Issue[] {
  return issues.map((zodIssue) => {
    // An issue as zod raises it (before it finalizes it: `zodRun`) has no path at the root.
    const path = [...prefix, ...((zodIssue.path as typeof zodIssue.path | undefined) ?? []).map((p) => (typeof p === "symbol" ? String(p) : p))];
    const params = (zodIssue as { params?: Partial<CustomIssueParams> }).params;
    if (zodIssue.code === "custom" && params?.code && params.text) {
      return { path, code: params.code, message: params.text };
    }
    return {
      path,
      code: `input.${zodIssue.code}`,
      message: texts(zodIssue),
    };
  });
}

/**
 * The issue list of a "never throws" parser that met an input it could not read at all.
 * @internal
 */
export function unreadableIssues(thrown: unknown, what: string): Issue[] {
  const error = asLibraryError(thrown, what);
  return error.issues.length > 0 ? [...error.issues] : [{ path: [], code: error.code, message: error.text }];
}

type Payload = z.core.ParsePayload;
type Run = (payload: Payload, ctx: z.core.ParseContextInternal) => Payload | Promise<Payload>;

/** A plain stand-in for an object a caller passed, so that describing it later cannot run its code. */
function standIn(value: unknown): unknown {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  try {
    if (Array.isArray(value)) return [];
  } catch {
    // a revoked Proxy
  }
  return typeof value === "function" ? () => undefined : {};
}

/** The issues added from `from` on, their `input` replaced by stand-ins (zod describes it when read). */
function settle(payload: Payload, from: number): Payload {
  for (let i = from; i < payload.issues.length; i++) {
    const found = payload.issues[i] as { input?: unknown };
    if (found.input !== null && (typeof found.input === "object" || typeof found.input === "function")) found.input = standIn(found.input);
  }
  return payload;
}

function unreadable(payload: Payload, from: number, thrown: unknown, what: string): Payload {
  const error = asLibraryError(thrown, what);
  payload.issues.length = from;
  payload.issues.push({ code: "custom", input: undefined, path: [], message: error.text.en, params: { code: error.code, text: error.text } });
  return payload;
}

/**
 * Make a schema's parsing never throw, whatever the input object does: a getter or Proxy trap that
 * throws, a revoked Proxy, a structure too deep for the stack become one issue `input.unreadable`,
 * and the inputs kept in issues are replaced by plain stand-ins so that reading `error` later cannot
 * run the caller's code either. Works where the schema is nested in another too (it wraps the
 * schema's own run step). Returns the same schema. `build` may be a function that builds the schema:
 * a module's pure-annotated `neverThrows(() => …)` then builds nothing in a bundle that does not use
 * it (zod/mini's functions nest, `z.optional(z.string())`, and a bundler keeps an unannotated inner
 * call).
 * @internal
 */
export function neverThrows<T extends z.ZodMiniType>(build: T | (() => T), what: string): T {
  defaultLocale();
  const schema = typeof build === "function" ? build() : build;
  const internals = schema._zod as unknown as { run: Run };
  const run = internals.run;
  internals.run = (payload, ctx) => {
    const from = payload.issues.length;
    let result: Payload | Promise<Payload>;
    try {
      result = run(payload, ctx);
    } catch (thrown) {
      return unreadable(payload, from, thrown, what);
    }
    if (result instanceof Promise) {
      return result.then(
        (done) => settle(done, from),
        (thrown: unknown) => unreadable(payload, from, thrown, what),
      );
    }
    return settle(result, from);
  };
  return schema;
}
