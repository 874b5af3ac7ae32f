import { INVALID_MARK } from "./_mark.js";
import { SeenIds } from "./_seenIds.js";
import type { ReadHouseholdsOptions } from "./types.js";

/**
 * Whether a household id is one a household may have (valid UTF-8, at most the schema's 100
 * characters): a row whose id is not, like a row of the wrong cell count, is no household to sort
 * or match by. Shared by the one-table order check and the two-table join.
 * @internal
 */
export function possibleId(id: string): boolean {
  return id.length <= 100 && !id.includes(INVALID_MARK);
}

/**
 * Finds household ids that appear again (`"seen"`) or out of order (`"sorted"`), as chosen with the
 * `householdIds` option.
 * @internal
 */
export class IdCheck {
  private readonly seen: SeenIds | undefined;
  private readonly sorted: boolean;
  /** The largest id so far (sorted mode): that of the last household read as one. */
  maxId: string | undefined;

  constructor(mode: ReadHouseholdsOptions["householdIds"]) {
    this.seen = (mode ?? "seen") === "seen" ? new SeenIds() : undefined;
    this.sorted = mode === "sorted";
  }

  /**
   * Record an id; says whether it was seen before or comes out of order. In sorted mode, the id of
   * a household whose first row is not `trusted` (not of the header's cell count: a note line, a
   * broken line) or that no household may have (not valid UTF-8, over the schema's 100 characters)
   * is neither compared nor remembered: such a line is no household to sort by. An id equal to the
   * last one remembered is `"again"`: lines between broke that household off.
   */
  check(id: string, trusted = true): "again" | "out_of_order" | undefined {
    if (this.seen !== undefined) return this.seen.addOrHas(id) ? "again" : undefined;
    if (!this.sorted || !trusted || !possibleId(id)) return undefined;
    const max = this.maxId;
    if (max !== undefined && id <= max) return id === max ? "again" : "out_of_order";
    this.maxId = id;
    return undefined;
  }
}
