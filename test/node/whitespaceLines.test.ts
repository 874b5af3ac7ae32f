// Acceptance trial 38: a line of spaces (or of spaces, tabs and separators) inside a household's rows
// split the household in two. The rows above it were accepted and assessed as the whole household
// (a family of four assessed as two people), the rows below it rejected as "Household … appeared
// before, with other households in between" and "must have exactly one head": the same household
// both in the output and in the rejected rows. Such a line holds no data, like an empty line or one
// of separators only, which the readers skip: every reader now skips it, on one thread and on workers.
import { describe, expect, it } from "vitest";
import { assessHouseholdsParallel, readHouseholdsCsv } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, collect, csv, tempFile, text } from "./_helpers.js";

const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), "nik", "name", "sex", "birth_date", "relationship", "monthly_income", "school_level", "school_enrolled"];
const row = (id: string, cells: Record<string, string>): string => COLUMNS.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? HOUSEHOLD_CELLS[c as keyof typeof HOUSEHOLD_CELLS] : (cells[c] ?? ""))).join(",");
const family = (id: string): string[] => [row(id, HEAD_CELLS), row(id, SPOUSE_CELLS), row(id, CHILD_CELLS)];

const LINES = [
  { name: "spaces", line: "   " },
  { name: "a tab", line: "\t" },
  { name: "spaces and separators", line: ` , ,${",".repeat(COLUMNS.length - 3)}  ` },
  { name: "spaces, CRLF", line: "  \r" },
];

function file(line: string): string {
  const [head, spouse, child] = family("h2");
  // Line 1 header, 2–4 household h1, 5–6 the start of h2, 7 the blank line, 8 h2's child, 9–11 h3.
  return csv(COLUMNS.join(","), ...family("h1"), head!, spouse!, line, child!, ...family("h3"));
}

describe("a line of whitespace inside a household", () => {
  it.each(LINES)("is skipped like an empty line: $name", async ({ line }) => {
    const { households, rejected, summary } = await collect(readHouseholdsCsv(text(file(line))));
    expect(rejected).toEqual([]);
    expect(households.map((h) => [h.household.id, h.line, h.rows, h.household.members.length])).toEqual([
      ["h1", 2, 3, 3],
      ["h2", 5, 3, 3],
      ["h3", 9, 3, 3],
    ]);
    expect(summary).toMatchObject({ rowsRead: 9, rowsRejected: 0, householdsAccepted: 3 });
  });

  it.each(LINES)("is skipped by the parallel runner as by one thread: $name", { timeout: 60_000 }, async ({ line }) => {
    const path = tempFile("registry.csv", file(line));
    const seen: string[] = [];
    const stream = assessHouseholdsParallel(path, { asOf: "2025-07-01", programs: ["pkh"], workers: 2 });
    for await (const event of stream) seen.push(event.kind === "rejected" ? `rejected ${event.line}` : `${event.householdId} ${event.line} ${event.rows}`);
    expect(seen).toEqual(["h1 2 3", "h2 5 3", "h3 9 3"]);
  });
});
