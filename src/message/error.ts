import { renderMessage, type MessageTemplate, type MessageValues, type Text } from "./message.js";

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
    super(`[${code}] ${text.en} / ${text.id}`);
    this.name = "TepatSasaranError";
    this.code = code;
    this.text = text;
    this.issues = issues;
  }
}

/**
 * Build an error from a catalogue entry. Internal convenience for `throw failure(...)`.
 * @internal
 */
export function failure<C extends Record<string, MessageTemplate>>(
  catalogue: C,
  code: keyof C & string,
  values: MessageValues = {},
  issues: readonly Issue[] = [],
): TepatSasaranError {
  return new TepatSasaranError(code, renderMessage(catalogue[code] as MessageTemplate, values), issues);
}

/**
 * Build an issue from a catalogue entry.
 * @internal
 */
export function issue<C extends Record<string, MessageTemplate>>(
  catalogue: C,
  code: keyof C & string,
  path: IssuePath,
  values: MessageValues = {},
): Issue {
  return { path, code, message: renderMessage(catalogue[code] as MessageTemplate, values) };
}
