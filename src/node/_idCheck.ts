import { SeenIds } from "./_seenIds.js";
import type { ReadHouseholdsOptions } from "./types.js";

/**
 * Finds household ids that appear again (`"seen"`) or out of order (`"sorted"`), as chosen with the
 * `householdIds` option.
 * @internal
 */
export class IdCheck {
  private readonly seen: SeenIds | undefined;
  private readonly sorted: boolean;
  /** The largest id so far (sorted mode). */
  maxId: string | undefined;

  constructor(mode: ReadHouseholdsOptions["householdIds"]) {
    this.seen = (mode ?? "seen") === "seen" ? new SeenIds() : undefined;
    this.sorted = mode === "sorted";
  }

  /** Record an id; says whether it was seen before or comes out of order. */
  check(id: string): "again" | "out_of_order" | undefined {
    if (this.seen !== undefined) return this.seen.addOrHas(id) ? "again" : undefined;
    if (!this.sorted) return undefined;
    if (this.maxId !== undefined && id < this.maxId) return "out_of_order";
    this.maxId = id;
    return undefined;
  }
}
