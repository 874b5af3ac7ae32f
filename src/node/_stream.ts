import { failure } from "../message/error.js";
import { ioMessages } from "./messages.js";
import { readError } from "./_source.js";
import type { Tally } from "./_tally.js";
import type { HouseholdEvent, HouseholdStream, ReadSummary } from "./types.js";

/** Wrap a generator factory as a single-use {@link HouseholdStream}. @internal */
export function householdStream(tally: Tally, events: () => AsyncGenerator<HouseholdEvent, void, undefined>): HouseholdStream {
  let used = false;
  return {
    get summary(): ReadSummary {
      return tally.summary();
    },
    [Symbol.asyncIterator](): AsyncIterator<HouseholdEvent> {
      if (used) throw failure(ioMessages, "io.already_iterated");
      used = true;
      const inner = events();
      // Whatever stops the read — an app's callback or iterable that throws, a failing stream — the
      // consumer gets a library error (`readError`), never the raw one (its message could quote data).
      const fail = (error: unknown): never => {
        throw readError(error, tally.file);
      };
      return {
        next: () => inner.next().catch(fail),
        return: (value?: unknown) => inner.return(value as undefined).catch(fail),
        throw: (error?: unknown) => inner.throw(error).catch(fail),
      };
    },
  };
}
