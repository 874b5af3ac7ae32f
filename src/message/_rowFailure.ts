import { failure, TepatSasaranError, type Issue } from "./error.js";
import { renderOwn, type BilingualValues, type MessageTemplate } from "./message.js";

/**
 * What a row error was made from: its template and the values it was rendered with (`index`: the
 * row). Kept on the error, not enumerable, so that a run split over worker threads can tell the row
 * among all the rows of the file by changing `index` and rendering the message again, rather than
 * reading its own text back.
 * @internal
 */
export interface RowMessage {
  readonly template: MessageTemplate;
  readonly values: BilingualValues & { readonly index: number };
}

/**
 * {@link failure} for an error about one row of a list (a household, a value, a weight): the message
 * names the row (`{index}`), and the error keeps what it was made from ({@link rowMessage}).
 * @internal
 */
export function rowFailure<C extends Record<string, MessageTemplate>>(catalogue: C, code: keyof C & string, values: RowMessage["values"], issues?: readonly Issue[]): TepatSasaranError {
  return withRow(failure(catalogue, code, values, issues), { template: catalogue[code] as MessageTemplate, values });
}

/** The template and values of a row error ({@link rowFailure}), or `undefined` for any other error. @internal */
export function rowMessage(error: unknown): RowMessage | undefined {
  return error instanceof TepatSasaranError ? (error as { row?: RowMessage }).row : undefined;
}

/** A library error with what it was made from attached (not enumerable: its JSON and display are unchanged). @internal */
export function withRow(error: TepatSasaranError, row: RowMessage): TepatSasaranError {
  return Object.defineProperty(error, "row", { value: row });
}

/**
 * A row error told about another row: the same code, values and issues, the message rendered again
 * with `index` (once, from its template). Any other error is returned as it is.
 * @internal
 */
export function renumbered(error: Error, index: number): Error {
  const row = rowMessage(error);
  if (row === undefined) return error;
  const values = { ...row.values, index };
  return withRow(new TepatSasaranError((error as TepatSasaranError).code, renderOwn(row.template, values), (error as TepatSasaranError).issues), { template: row.template, values });
}
