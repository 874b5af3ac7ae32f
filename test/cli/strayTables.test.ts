import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// A stray line in the two-table layout (`--members`): an officer's note before the first household
// of the households file (`catatan: data per Juni`) was read as a household whose id sorts after
// every other, so every household was rejected as out of order (`io.not_sorted`), every member row
// as having no household (`io.no_household`) and the note as having no members: 0 households
// assessed. The note (and one in the members file, before the first member row or between two
// households' rows) is now rejected on its own, with its line, and every household is read.
//
// Found 2026-12-07 (session 46): a member row out of order read while a note was held was reported
// before the note; an id of more than 100 characters matching nothing was `io.no_members`, where one
// table says `input.too_big`; and a row whose id is not UTF-8 was reported, in `--rejected`, with the
// readers' internal mark (U+FDD0) in its household id, on one thread and with workers alike.

let dir = "";
let cli = "";

const HOUSEHOLDS = ["household_id,regency,desil,desil_as_of", "KT-01,64.02,2,2025-05-01", "KT-02,64.02,1,2025-05-01", "KT-03,64.02,3,2025-05-01"];
const MEMBERS = [
  "household_id,sex,birth_date,relationship",
  "KT-01,female,1960-01-02,head",
  "KT-01,male,2019-03-04,child",
  "KT-02,male,1980-05-06,head",
  "KT-03,female,1990-07-08,head",
];
const NOTE = "catatan: data per Juni";
/** A household id of 101 characters (a household's id has at most 100). */
const LONG = `catatan ${"x".repeat(93)}`;
/** The rows of a file with `note` inserted before data row `at` (1 = the first). */
const withNote = (lines: readonly string[], at: number): string => `${[...lines.slice(0, at), NOTE, ...lines.slice(at)].join("\n")}\n`;

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  writeFileSync(join(dir, "ruta.csv"), `${HOUSEHOLDS.join("\n")}\n`);
  writeFileSync(join(dir, "art.csv"), `${MEMBERS.join("\n")}\n`);
  writeFileSync(join(dir, "ruta-note.csv"), withNote(HOUSEHOLDS, 1));
  writeFileSync(join(dir, "ruta-note-between.csv"), withNote(HOUSEHOLDS, 2));
  writeFileSync(join(dir, "art-note.csv"), withNote(MEMBERS, 1));
  writeFileSync(join(dir, "art-note-between.csv"), withNote(MEMBERS, 3));
  writeFileSync(join(dir, "ruta-long.csv"), `${[HOUSEHOLDS[0], `${LONG},64.02,2,2025-05-01`, ...HOUSEHOLDS.slice(1)].join("\n")}\n`);
  // A note, then a member row of KT-01 after those of KT-02: out of order.
  writeFileSync(join(dir, "art-late.csv"), `${[...MEMBERS.slice(0, 4), NOTE, "KT-01,male,2020-03-04,child", MEMBERS[4]].join("\n")}\n`);
  // One table, a household whose id is not UTF-8 (`KT-` and the byte 0xFF) between two others.
  const oneTable = ["household_id,regency,desil,desil_as_of,sex,birth_date,relationship", "KT-01,64.02,2,2025-05-01,female,1960-01-02,head", "KT-\u0001,64.02,2,2025-05-01,male,1980-05-06,head", "KT-03,64.02,3,2025-05-01,female,1990-07-08,head"];
  const [before, after] = `${oneTable.join("\n")}\n`.split("\u0001") as [string, string];
  writeFileSync(join(dir, "dtsen-bad.csv"), Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]));
  writeFileSync(join(dir, "payments.csv"), "nik,kk,program,period,amount,paid_on,channel,components,regency,birth_date,sex\n");
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const scenario = join(root, "examples/cli/scenario.json");

/** Where the note is, and the line it is rejected on. */
const NOTES = [
  { name: "a note before the first household", households: "ruta-note.csv", members: "art.csv", at: "ruta-note.csv:2" },
  { name: "a note between two households", households: "ruta-note-between.csv", members: "art.csv", at: "ruta-note-between.csv:3" },
  { name: "a note before the first member row", households: "ruta.csv", members: "art-note.csv", at: "art-note.csv:2" },
  { name: "a note between two households' member rows", households: "ruta.csv", members: "art-note-between.csv", at: "art-note-between.csv:4" },
] as const;

describe("a stray line in a two-table registry (--members)", () => {
  it.each(NOTES)("assess: $name is rejected on its own line, every household assessed", ({ households, members, at }) => {
    const r = runCli(cli, dir, ["assess", "--households", households, "--members", members, "--as-of", "2025-07-01", "--format", "jsonl", "--lang", "en"]);
    expect(r.code).toBe(1); // a row was rejected
    expect(r.out.trim().split("\n").map((line) => (JSON.parse(line) as { household: string }).household)).toEqual(["KT-01", "KT-02", "KT-03"]);
    const rejected = r.err.split("\n").filter((line) => line.includes(" io."));
    expect(rejected).toEqual([`${at} io.column_count: The row has 1 cell but the header has 4 columns`]);
    expect(r.err).toContain(`${households} + ${members}: 8 rows read, 3 households accepted, 1 row rejected`);
  });

  it("simulate: a note before the first row of each file leaves every household in the simulation", () => {
    const r = runCli(cli, dir, ["simulate", "--scenario", scenario, "--households", "ruta-note.csv", "--members", "art-note.csv", "--as-of", "2025-07-01", "--missing", "exclude", "--lang", "en"]);
    expect(r.code).toBe(1); // rows were rejected
    expect(r.err).toContain("ruta-note.csv:2 io.column_count: The row has 1 cell but the header has 4 columns\n");
    expect(r.err).toContain("art-note.csv:2 io.column_count: The row has 1 cell but the header has 4 columns\n");
    expect(r.err).toContain("ruta-note.csv + art-note.csv: 9 rows read, 3 households accepted, 2 rows rejected");
  });

  it("assess: an id of more than 100 characters matching nothing is input.too_big, as in one table", () => {
    const r = runCli(cli, dir, ["assess", "--households", "ruta-long.csv", "--members", "art.csv", "--as-of", "2025-07-01", "--format", "jsonl", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err.split("\n").filter((line) => line.includes(" io.") || line.includes(" input."))).toEqual([
      "ruta-long.csv:2 [household_id] input.too_big: Too big: expected string to have <=100 characters",
    ]);
  });

  it("assess: a member row out of order after a note is reported after the note, in line order", () => {
    const r = runCli(cli, dir, ["assess", "--households", "ruta.csv", "--members", "art-late.csv", "--as-of", "2025-07-01", "--format", "jsonl", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split("\n").map((line) => (JSON.parse(line) as { household: string }).household)).toEqual(["KT-01", "KT-02", "KT-03"]);
    expect(r.err.split("\n").filter((line) => line.includes(" io."))).toEqual([
      "art-late.csv:5 io.column_count: The row has 1 cell but the header has 4 columns",
      'art-late.csv:6 [household_id] io.not_sorted: household_id "KT-01" comes after "KT-02"; both files must be sorted ascending by household_id, with the member rows of a household contiguous',
    ]);
  });

  it.each(["0", "2"])("assess --workers %s: an id that is not UTF-8 is written to --rejected with U+FFFD", (workers) => {
    const rejected = `rejects-${workers}.csv`;
    const r = runCli(cli, dir, ["assess", "--households", "dtsen-bad.csv", "--as-of", "2025-07-01", "--format", "csv", "--rejected", rejected, "--workers", workers, "--lang", "en"]);
    expect(r.code).toBe(1);
    const lines = readFileSync(join(dir, rejected), "utf8").trim().split("\n");
    expect(lines.slice(1)).toEqual(['dtsen-bad.csv,3,household_id,KT-\uFFFD,io.invalid_utf8,"Column ""household_id"" holds bytes that are not valid UTF-8; save the file as UTF-8"']);
  });

  it("audit: a note before the first household leaves every household in the registry", () => {
    const r = runCli(cli, dir, ["audit", "--households", "ruta-note.csv", "--members", "art.csv", "--payments", "payments.csv", "--as-of", "2025-09-01", "--lang", "en"]);
    expect(r.err).toContain("ruta-note.csv:2 io.column_count: The row has 1 cell but the header has 4 columns\n");
    expect(r.err).toContain("ruta-note.csv + art.csv: 8 rows read, 3 households accepted, 1 row rejected");
  });
});
