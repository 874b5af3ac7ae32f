import { failure } from "../message/error.js";
import { ioMessages } from "./messages.js";
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
      return events();
    },
  };
}
