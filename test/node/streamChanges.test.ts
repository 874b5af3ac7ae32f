import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsCsv, readHouseholdsJsonl, type HouseholdEvent, type HouseholdStream } from "../../src/node/index.js";
import { CHILD_CELLS, HEAD_CELLS, HOUSEHOLD_CELLS, SPOUSE_CELLS, expectBalanced } from "./_helpers.js";

// Streams say what changed (issue 18, finding 8): bytes that are not UTF-8 never become a silent
// U+FFFD in an accepted household (a mangled id would defeat the duplicate-id check), and after a
// stopping error the summary still accounts for every row read (accepted + rejected = read).

const COLUMNS = ["household_id", ...Object.keys(HOUSEHOLD_CELLS), ...Object.keys(HEAD_CELLS)];
const cells = { ...CHILD_CELLS, ...SPOUSE_CELLS, ...HEAD_CELLS } as Record<string, string>;
const line = (id: string, person: Record<string, string>, household = true) =>
  COLUMNS.map((c) => (c === "household_id" ? id : c in HOUSEHOLD_CELLS ? (household ? (HOUSEHOLD_CELLS as Record<string, string>)[c] : "") : (person[c] ?? cells[c] ?? ""))).join(",");
const header = COLUMNS.join(",");

/** Bytes of `text` with `bad` (raw bytes) put where `@` stands. */
function bytes(text: string, bad: readonly number[]): Uint8Array {
  const [before, after] = text.split("@") as [string, string];
  return Buffer.concat([Buffer.from(before), Buffer.from(bad), Buffer.from(after ?? "")]);
}

async function drain(stream: HouseholdStream): Promise<{ events: HouseholdEvent[]; error: unknown }> {
  const events: HouseholdEvent[] = [];
  try {
    for await (const event of stream) events.push(event);
  } catch (error) {
    return { events, error };
  }
  return { events, error: undefined };
}

describe("streams say what changed: invalid UTF-8", () => {
  it.each([
    ["a lone continuation byte", [0x80]],
    ["a truncated two-byte sequence", [0xc3]],
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a surrogate half", [0xed, 0xa0, 0x80]],
  ])("rejects the CSV household whose id holds %s, and reads on", async (_name, bad) => {
    const content = bytes(`${header}\n${line("h@1", HEAD_CELLS)}\n${line("h2", HEAD_CELLS)}\n`, bad);
    // Cut the bytes in 3-byte chunks so that sequences straddle chunk ends.
    const chunks = Array.from({ length: Math.ceil(content.length / 3) }, (_, i) => content.subarray(i * 3, i * 3 + 3));
    const stream = readHouseholdsCsv(Readable.from(chunks), { file: "t.csv", asOf: "2026-01-01" });
    const { events, error } = await drain(stream);
    expect(error).toBeUndefined();
    const rejected = events.filter((e) => e.kind === "rejected");
    expect(rejected.map((e) => [e.line, e.code, e.field])).toEqual([[2, "io.invalid_utf8", "household_id"]]);
    expect(events.filter((e) => e.kind === "household").map((e) => (e.kind === "household" ? e.household.id : ""))).toEqual(["h2"]);
    expect(expectBalanced(stream.summary, rejected as never)).toEqual([]);
  });

  it("accepts a U+FFFD written as valid UTF-8 (the character itself is not an error)", async () => {
    const content = Buffer.from(`${header}\n${line("h\uFFFD1", HEAD_CELLS)}\n`);
    const { events } = await drain(readHouseholdsCsv(Readable.from([content]), { asOf: "2026-01-01" }));
    expect(events.map((e) => e.kind)).toEqual(["household"]);
  });

  it("rejects a JSON line that holds invalid UTF-8 and reads the next", async () => {
    const household = (id: string) => JSON.stringify({ id, regency: "6402", members: [{ sex: "male", birthDate: "1978-05-02", relationship: "head" }] });
    const content = bytes(`${household("h@1")}\n${household("h2")}\n`, [0xff]);
    const stream = readHouseholdsJsonl(Readable.from([content.subarray(0, 10), content.subarray(10)]));
    const { events } = await drain(stream);
    expect(events.map((e) => (e.kind === "household" ? e.household.id : e.code))).toEqual(["io.invalid_utf8_line", "h2"]);
    expect(stream.summary).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1 });
  });
});

describe("streams say what changed: a stopping error", () => {
  it("rejects the rows of the household being read before io.record_too_large, so accepted + rejected = read", async () => {
    const rest = Array.from({ length: 12_000 }, (_, i) => line(`h${i + 3}`, HEAD_CELLS)).join("\n");
    const content = [header, line("h1", HEAD_CELLS), line("h2", HEAD_CELLS), line("h2", SPOUSE_CELLS, false), line("h2", { ...CHILD_CELLS, name: '"never closed' }, false), rest].join("\n");
    const stream = readHouseholdsCsv(Readable.from([content]), { file: "t.csv", asOf: "2026-01-01" });
    const { events, error } = await drain(stream);
    expect(error).toMatchObject({ code: "io.record_too_large" });
    expect(events.map((e) => (e.kind === "household" ? e.household.id : `${e.line} ${e.code}`))).toEqual(["h1", "3 io.read_stopped", "4 io.read_stopped"]);
    const { rowsRead, rowsAccepted, rowsRejected } = stream.summary;
    expect({ rowsRead, rowsAccepted, rowsRejected }).toEqual({ rowsRead: 3, rowsAccepted: 1, rowsRejected: 2 });
  });
});
