import { renderOwn, wordIn, type BilingualValues, type MessageTemplate, type Text } from "./message.js";
import { unreadableMessages } from "./messages.js";
import { describeValue, isArray, maskLongNumbers } from "./redact.js";

/**
 * A path into an input value: object keys and array indices, outermost first.
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: where (`path`), what (a stable `code`) and why (`message`, in
 * Bahasa Indonesia and English). Messages never contain a full NIK or KK number.
 * @category Errors
 */
export interface Issue {
  /** Where the problem is, e.g. `["members", 2, "birthDate"]`. */
  readonly path: IssuePath;
  /** A stable machine-readable code, e.g. `"household.nik_invalid"`. */
  readonly code: string;
  /** The explanation in both languages. */
  readonly message: Text;
}

/**
 * The result of a `safe*` parser: the parsed data, or every issue found.
 * @category Errors
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * The one error class the library throws: misuse or a data gap (`code` says which), or bad input
 * (then `issues` lists every problem with its path). `message` is English followed by Bahasa
 * Indonesia; `text` has both separately.
 *
 * @example
 * try {
 *   rupiah("abc");
 * } catch (error) {
 *   if (error instanceof TepatSasaranError) error.code; //=> "money.not_a_number"
 * }
 * @category Errors
 */
export class TepatSasaranError extends Error {
  /** A stable machine-readable code. */
  readonly code: string;
  /** The explanation in both languages. */
  readonly text: Text;
  /** Every input issue, when the error reports bad input; otherwise empty. */
  readonly issues: readonly Issue[];

  /**
   * @param code - A stable code.
   * @param text - The explanation in both languages.
   * @param issues - Input issues, if any.
   */
  constructor(code: string, text: Text, issues: readonly Issue[] = []) {
    // Whatever a caller constructs it with, the error is built without throwing and its message
    // carries no full NIK.
    const safeCode = typeof code === "string" ? code : String(wordIn(describeValue(code), "en"));
    const safeText = readText(text);
    super(`[${safeCode}] ${safeText.en} / ${safeText.id}`);
    this.name = "TepatSasaranError";
    this.code = safeCode;
    this.text = safeText;
    this.issues = isArray(issues) ? issues : [];
  }
}

function readText(text: Text): Text {
  try {
    const { id, en } = text;
    if (typeof id === "string" && typeof en === "string") return { id: maskLongNumbers(id), en: maskLongNumbers(en) };
  } catch {
    // fall through: a throwing getter or Proxy
  }
  return { id: "?", en: "?" };
}

/**
 * Whether a value is a {@link TepatSasaranError}; `false` for anything else, even a revoked Proxy.
 * @internal
 */
export function isLibraryError(value: unknown): value is TepatSasaranError {
  try {
    return value instanceof TepatSasaranError;
  } catch {
    return false;
  }
}

/**
 * The engine's name for a thrown value (`TypeError`, `RangeError`…), read without trusting it, or a
 * word of each language when it has none.
 * @internal
 */
export function kindOf(thrown: unknown): string | Text {
  try {
    if (thrown instanceof Error && typeof thrown.name === "string" && /^[A-Za-z]{1,40}$/.test(thrown.name)) return thrown.name;
  } catch {
    // a revoked Proxy thrown as an error
  }
  return { id: "galat", en: "an error" };
}

/**
 * What the library throws when something other than one of its own errors escapes while it reads a
 * caller's input: a getter or Proxy trap that throws, a revoked Proxy, a structure so deep that
 * reading it overflows the stack. The library's own errors pass through unchanged. The thrown value
 * itself is not kept (its message could carry personal data); its kind is named.
 * @internal
 */
export function asLibraryError(thrown: unknown, what: string): TepatSasaranError {
  if (isLibraryError(thrown)) return thrown;
  return failure(unreadableMessages, "input.unreadable", { what, kind: kindOf(thrown) });
}

/**
 * Run `body`; any error that is not the library's own becomes one ({@link asLibraryError}). The
 * boundary of every export that reads a caller's objects.
 * @internal
 */
export function guarded<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw asLibraryError(error, what);
  }
}

/**
 * Build an error from a catalogue entry. Internal convenience for `throw failure(...)`. A value may be
 * worded in each language (a {@link Text}, such as what an option must be, or the kind of a caller's
 * value from `describeValue`), so that no English reaches the Indonesian text:
 * `failure(ioMessages, "io.invalid_option", { option: "now", expected: { id: "fungsi", en: "a function" } })`.
 * @internal
 */
export function failure<C extends Record<string, MessageTemplate>>(
  catalogue: C,
  code: keyof C & string,
  values: BilingualValues = {},
  issues: readonly Issue[] = [],
): TepatSasaranError {
  return new TepatSasaranError(code, renderOwn(catalogue[code] as MessageTemplate, values), issues);
}

/**
 * Build an issue from a catalogue entry.
 * @internal
 */
export function issue<C extends Record<string, MessageTemplate>>(
  catalogue: C,
  code: keyof C & string,
  path: IssuePath,
  values: BilingualValues = {},
): Issue {
  return { path, code, message: renderOwn(catalogue[code] as MessageTemplate, values) };
}
