import { parseHousehold, type ParseHouseholdOptions } from "../household/parseHousehold.js";
import type { Text } from "../message/message.js";
import { rowIssue } from "./_cells.js";
import { IdCheck } from "./_idCheck.js";
import { jsonLine } from "./_jsonLine.js";
import { textLines } from "./_lines.js";
import type { CheckedRead } from "./_options.js";
import { shown, shownId } from "./_shown.js";
import { readError, sourceName, type OpenSource } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import type { HouseholdEvent, HouseholdStream, ReadHouseholdsOptions, RejectedRow } from "./types.js";

/** Longest line read, in characters (a household with 100 members fits in well under 100 000). */
const MAX_LINE = 1_000_000;

/**
 * The reading of `readHouseholdsJsonl`, for a source checked by `checkOptions` and opened by `open`
 * (Node.js: files and streams; `tepat-sasaran/stream`: a browser's `File`s and streams).
 * @internal
 */
export function jsonlStream({ source, options }: CheckedRead<unknown>, open: OpenSource): HouseholdStream {
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return householdStream(tally, () => jsonlEvents(source, file, tally, options, open));
}

function idOf(value: unknown): string | undefined {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

async function* jsonlEvents(
  source: unknown,
  file: string,
  tally: Tally,
  options: ReadHouseholdsOptions,
  open: OpenSource,
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const ids = new IdCheck(options.householdIds);
  const parseOptions: ParseHouseholdOptions = options.asOf === undefined ? {} : options.asOfChecks === "kk" ? { asOf: options.asOf, asOfChecks: "kk" } : { asOf: options.asOf };
  const reject = (line: number, found: { field?: string | undefined; code: string; message: Text }[], id?: string): RejectedRow[] => {
    const events = found.map((f) => {
      const event: RejectedRow = { kind: "rejected", file, line, code: f.code, message: f.message };
      const withField = f.field === undefined ? event : { ...event, field: f.field };
      return id === undefined ? withField : { ...withField, householdId: shownId(id) };
    });
    tally.rejected(events, true);
    return events;
  };
  try {
    // Leaving the loop (an error, or the consumer stopping) closes the source through the decoder.
    for await (const read of textLines(open(source), MAX_LINE)) {
      const { line, text } = read;
      if (text !== undefined && text.trim() === "") continue;
      tally.row();
      const parsed = jsonLine(read, MAX_LINE);
      if ("code" in parsed) {
        for (const event of reject(line, [parsed])) yield event;
        continue;
      }
      const value = parsed.value;
      const id = idOf(value);
      const order = id === undefined ? undefined : ids.check(id);
      const result = parseHousehold(value, parseOptions);
      const found = result.success ? [] : result.issues.map((i) => ({ field: i.path.length > 0 ? i.path.join(".") : undefined, code: i.code, message: i.message }));
      if (order === "again") found.unshift(rowIssue("io.duplicate_household_id", "id", { id: shown(id ?? "") }));
      if (order === "out_of_order") {
        found.unshift(rowIssue("io.household_out_of_order", "id", { column: "id", id: shown(id ?? ""), previous: shown(ids.maxId ?? "") }));
      }
      if (result.success && found.length === 0) {
        tally.accepted(1);
        yield { kind: "household", household: result.data, file, line, rows: 1 };
      } else for (const event of reject(line, found, id)) yield event;
    }
  } catch (error) {
    throw readError(error, file);
  }
  tally.finish();
}
