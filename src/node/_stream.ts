import { failure } from "../message/error.js";
import { ioMessages } from "./messages.js";
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
      return events();
    },
  };
}
