import { failure, guarded } from "../message/error.js";
import { inputMessages } from "../message/messages.js";
import { describeValue } from "../message/redact.js";
import { assertIsoDate, type IsoDate } from "../time/isoDate.js";

/**
 * The `asOf` of an options object, read once and checked: options that are not an object or cannot
 * be read (`input.not_an_object`, `input.unreadable`), or a date that is not one
 * (`time.invalid_date`), throw a library error; absent, `undefined`.
 * @internal
 */
export function asOfOption(options: { readonly asOf?: IsoDate } | undefined, what: string): IsoDate | undefined {
  return guarded(what, () => {
    if (options === null || typeof options !== "object") throw failure(inputMessages, "input.not_an_object", { what: `${what} options`, value: describeValue(options) });
    const asOf = options.asOf;
    return asOf === undefined ? undefined : assertIsoDate(asOf);
  });
}

