import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { readHouseholdsJsonl } from "../../src/node/index.js";
import { collect, expectBalanced, nik, tempFile, text } from "./_helpers.js";

const household = (id: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id,
    regency: "6402",
    area: "rural",
    members: [{ nik: nik("male", "1978-05-02", 1), sex: "male", birthDate: "1978-05-02", relationship: "head", monthlyIncome: "1500000" }],
    ...extra,
  });

const read = (content: string, options: Parameters<typeof readHouseholdsJsonl>[1] = {}) =>
  collect(readHouseholdsJsonl(text(content), { file: "test.jsonl", asOf: "2026-01-01", ...options }));

describe("readHouseholdsJsonl", () => {
  it("reads one household per line, skipping blank lines, with physical line numbers", async () => {
    const { households, rejected, summary } = await read(`${household("h1")}\n\n   \n${household("h2")}\n`);
    expect(rejected).toEqual([]);
    expect(households.map((h) => [h.household.id, h.line, h.rows])).toEqual([
      ["h1", 1, 1],
      ["h2", 4, 1],
    ]);
    expect(households[0]!.household.regency).toBe("64.02");
    expect(summary).toMatchObject({ complete: true, rowsRead: 2, rowsAccepted: 2, householdsAccepted: 2 });
  });

  it("reports a line that is not JSON without quoting it, and reads on", async () => {
    const secret = nik("female", "1980-07-05", 2);
    const { households, rejected, summary } = await read(`${household("h1")}\n{"id": "h2", "nik": "${secret}",\n${household("h3")}\n`);
    expect(households.map((h) => h.household.id)).toEqual(["h1", "h3"]);
    expect(rejected).toMatchObject([{ file: "test.jsonl", line: 2, code: "io.jsonl_bad_json" }]);
    expect(rejected[0]!.field).toBeUndefined();
    expect(JSON.stringify(rejected[0]!.message)).not.toContain(secret.slice(4, 12));
    expect(summary).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1, rejectedByCode: { "io.jsonl_bad_json": 1 } });
  });

  it("reports every issue of an invalid household with its field path", async () => {
    const bad = household("h1", {
      members: [{ nik: "123", sex: "male", birthDate: "1978-02-30", relationship: "head" }],
      desil: { value: 11, asOf: "2025-07-01" },
    });
    const { rejected, summary } = await read(`${bad}\n`);
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual(
      expect.arrayContaining([
        [1, "members.0.nik", "household.nik_format"],
        [1, "members.0.birthDate", "time.invalid_date"],
        [1, "desil.value", "input.too_big"],
      ]),
    );
    expect(rejected.every((r) => r.householdId === "h1")).toBe(true);
    expect(summary.rowsRejected).toBe(1);
    expect(summary.issuesByCode["household.nik_format"]).toBe(1);
    expect(expectBalanced(summary, rejected)).toEqual([]);
  });

  it.each([
    { mode: "seen" as const, code: "io.duplicate_household_id" },
    { mode: "sorted" as const, code: "io.household_out_of_order" },
  ])("rejects a household id seen before ($mode)", async ({ mode, code }) => {
    const { households, rejected } = await read([household("h2"), household("h3"), household("h2")].join("\n"), { householdIds: mode });
    expect(households.map((h) => h.line)).toEqual([1, 2]);
    expect(rejected).toMatchObject([{ line: 3, field: "id", code }]);
  });

  it("names the record's key `id` when a household comes out of order (a JSON Lines record has no household_id)", async () => {
    const { rejected } = await read([household("h2"), household("h1")].join("\n"), { householdIds: "sorted" });
    expect(rejected.map((r) => [r.message.en, r.message.id])).toEqual([
      ['Household "h1" comes after "h2", but the file was declared sorted by id', 'Rumah tangga "h1" muncul setelah "h2", padahal berkas dinyatakan terurut menurut id'],
    ]);
  });

  // Under `"sorted"` a repeated id on the next line was accepted twice, and a household whose id no
  // household may have (more than 100 characters, here sorting after every other) was taken as the
  // largest id: every household after it was rejected as out of order.
  it.each([
    { name: "the same id on the next line", lines: [household("h1"), household("h1"), household("h2")], accepted: [1, 3], rejected: [[2, "id", "io.duplicate_household_id"]] },
    { name: "an id of more than 100 characters before the others", lines: [household("z".repeat(101)), household("h1"), household("h2")], accepted: [2, 3], rejected: [[1, "id", "input.too_big"]] },
  ])('householdIds: "sorted": $name', async ({ lines, accepted, rejected: expected }) => {
    const { households, rejected } = await read(lines.join("\n"), { householdIds: "sorted" });
    expect(households.map((h) => h.line)).toEqual(accepted);
    expect(rejected.map((r) => [r.line, r.field, r.code])).toEqual(expected);
  });

  it.each([
    { name: "an empty file", content: "", rows: 0 },
    { name: "a byte-order mark and CRLF line ends", content: `\uFEFF${household("h1")}\r\n${household("h2")}\r\n`, rows: 2 },
    { name: "no final newline", content: `${household("h1")}\n${household("h2")}`, rows: 2 },
  ])("copes with $name", async ({ content, rows }) => {
    const { households, rejected, summary } = await read(content);
    expect(rejected).toEqual([]);
    expect(households).toHaveLength(rows);
    expect(summary).toMatchObject({ complete: true, rowsRead: rows });
  });

  it("reads lines and characters split across chunks", async () => {
    const bytes = Buffer.from(`${household("h1", { members: [{ name: "Ñoman", sex: "male", birthDate: "1978-05-02", relationship: "head" }] })}\n${household("h2")}\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const { households } = await collect(readHouseholdsJsonl(Readable.from(chunks)));
    expect(households.map((h) => h.household.id)).toEqual(["h1", "h2"]);
    expect(households[0]!.household.members[0]!.name).toBe("Ñoman");
  });

  it("skips a line longer than a million characters without holding it, and reads on", async () => {
    const long = `{"id": "${"x".repeat(1_100_000)}"}`;
    const chunks = [household("h1"), "\n", long.slice(0, 600_000), long.slice(600_000), "\n", household("h3"), "\n"];
    const { households, rejected } = await collect(readHouseholdsJsonl(Readable.from(chunks)));
    expect(households.map((h) => h.line)).toEqual([1, 3]);
    expect(rejected).toMatchObject([{ line: 2, code: "io.jsonl_line_too_long" }]);
  });

  it("reads from a file path and reports a missing one", async () => {
    const path = tempFile("households.jsonl", `${household("h1")}\n`);
    const { households, summary } = await collect(readHouseholdsJsonl(path));
    expect(households).toHaveLength(1);
    expect(summary.file).toBe(path);
    await expect(collect(readHouseholdsJsonl(`${path}.missing`))).rejects.toMatchObject({ code: "io.file_not_found" });
  });
});
