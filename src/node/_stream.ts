import { failure } from "../message/error.js";
import { ioMessages } from "./messages.js";
import { readError } from "./_source.js";
import type { Tally } from "./_tally.js";
import type { HouseholdEvent, HouseholdStream, ReadSummary } from "./types.js";

/** Wrap a generator factory as a single-use {@link HouseholdStream} (or a stream of other events with the same summary). @internal */
export function householdStream<E = HouseholdEvent>(tally: Tally, events: () => AsyncGenerator<E, void, undefined>): AsyncIterable<E> & Pick<HouseholdStream, "summary"> {
  let used = false;
  return {
    get summary(): ReadSummary {
      return tally.summary();
    },
    [Symbol.asyncIterator](): AsyncIterator<E> {
      if (used) throw failure(ioMessages, "io.already_iterated");
      used = true;
      return libraryErrorsOnly(events(), tally);
    },
  };
}

/**
 * The events of a reader's generator, with whatever stops the read — an app's callback or iterable
 * that throws, a failing stream — turned into a library error (`readError`): the consumer never gets
 * the raw one (its message could quote data). @internal
 */
export function libraryErrorsOnly<E>(inner: AsyncGenerator<E, void, undefined>, tally: Tally): AsyncIterator<E> {
  const fail = (error: unknown): never => {
    throw readError(error, tally.file);
  };
  return {
    next: () => inner.next().catch(fail),
    return: (value?: unknown) => inner.return(value as undefined).catch(fail),
    throw: (error?: unknown) => inner.throw(error).catch(fail),
  };
}
