import { parseHousehold, type ParseHouseholdOptions } from "../household/parseHousehold.js";
import type { Text } from "../message/message.js";
import { rowIssue } from "./_cells.js";
import { IdCheck } from "./_idCheck.js";
import { textLines } from "./_lines.js";
import { checkOptions, type CheckedRead } from "./_options.js";
import { shown, shownId } from "./_shown.js";
import { openSource, readError, sourceName } from "./_source.js";
import { householdStream } from "./_stream.js";
import { Tally } from "./_tally.js";
import type { HouseholdEvent, HouseholdSource, HouseholdStream, ReadHouseholdsOptions, RejectedRow } from "./types.js";

/** Longest line read, in characters (a household with 100 members fits in well under 100 000). */
const MAX_LINE = 1_000_000;

/**
 * Read households from JSON Lines: one household JSON object (the shape `parseHousehold` takes)
 * per line. Blank lines are skipped and not counted. Each line is validated on its own; a bad
 * line (not JSON, too long, failing validation, or repeating an earlier household id) is
 * reported with its line and every issue's field path (e.g. `members.2.nik`) and reading goes on.
 * Streams with bounded memory at the consumer's pace.
 *
 * @param source - A file path, a `Readable`, or an async iterable of UTF-8 chunks.
 * @param options - `asOf`, `householdIds`, progress reporting.
 * @returns A single-use async iterable of events, with a `summary` of the counts.
 * @example
 * const stream = readHouseholdsJsonl("households.jsonl", { asOf: "2025-07-01" });
 * for await (const event of stream) if (event.kind === "rejected") console.error(event.line, event.code);
 * const { rowsRead, rowsAccepted, rowsRejected } = stream.summary;
 * rowsAccepted + rowsRejected === rowsRead //=> true
 * @category Streaming
 */
export function readHouseholdsJsonl(source: HouseholdSource, options: ReadHouseholdsOptions = {}): HouseholdStream {
  return streamOf(checkOptions(source, options));
}

function streamOf({ source, options }: CheckedRead<HouseholdSource>): HouseholdStream {
  const file = sourceName(source, options);
  const tally = new Tally(file, options);
  return householdStream(tally, () => jsonlEvents(source, file, tally, options));
}

function idOf(value: unknown): string | undefined {
  const id = typeof value === "object" && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}

async function* jsonlEvents(
  source: HouseholdSource,
  file: string,
  tally: Tally,
  options: ReadHouseholdsOptions,
): AsyncGenerator<HouseholdEvent, void, undefined> {
  tally.start();
  const ids = new IdCheck(options.householdIds);
  const parseOptions: ParseHouseholdOptions = options.asOf === undefined ? {} : { asOf: options.asOf };
  const input = openSource(source);
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
    for await (const { line, text, invalid } of textLines(input, MAX_LINE)) {
      if (text !== undefined && text.trim() === "") continue;
      tally.row();
      if (text === undefined) {
        for (const event of reject(line, [rowIssue("io.jsonl_line_too_long", undefined, { max: MAX_LINE })])) yield event;
        continue;
      }
      if (invalid) {
        for (const event of reject(line, [rowIssue("io.invalid_utf8_line", undefined)])) yield event;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        // The parser's message quotes the input, which may hold a NIK: report our own.
        for (const event of reject(line, [rowIssue("io.jsonl_bad_json", undefined)])) yield event;
        continue;
      }
      const id = idOf(value);
      const order = id === undefined ? undefined : ids.check(id);
      const result = parseHousehold(value, parseOptions);
      const found = result.success ? [] : result.issues.map((i) => ({ field: i.path.length > 0 ? i.path.join(".") : undefined, code: i.code, message: i.message }));
      if (order === "again") found.unshift(rowIssue("io.duplicate_household_id", "id", { id: shown(id ?? "") }));
      if (order === "out_of_order") {
        found.unshift(rowIssue("io.household_out_of_order", "id", { id: shown(id ?? ""), previous: shown(ids.maxId ?? "") }));
      }
      if (result.success && found.length === 0) {
        tally.accepted(1);
        yield { kind: "household", household: result.data, file, line, rows: 1 };
      } else for (const event of reject(line, found, id)) yield event;
    }
  } catch (error) {
    throw readError(error, file);
  } finally {
    input.destroy();
  }
  tally.finish();
}
