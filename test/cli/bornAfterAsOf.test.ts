import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./_cli.js";

// An office runs its quarterly assessment as of the quarter's first day on a registry extracted
// later: a family with a child born after --as-of was refused whole (`household.birth_after_as_of`,
// exit 1), so were families with a death recorded after it (`household.death_after_as_of`). The
// CLI now assesses a household as it stood on --as-of: the later-born child is not yet a member,
// the member who died later still is. The KK's issue date is still checked against --as-of.

let dir = "";
let cli = "";
const run = (...args: string[]) => runCli(cli, dir, args);
const csv = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

const HEADER = "household_id,regency,desil,desil_as_of,kk,sex,birth_date,relationship,disability,employer_category,monthly_income,jkn,death_date";
const LATER = [
  // A newborn of 1 September 2025, on a registry read as of 1 July 2025.
  "born,64.02,1,2025-06-01,,female,1990-02-10,head,none,none,0,pbi,",
  "born,64.02,1,2025-06-01,,male,2025-09-01,child,none,,,pbi,",
  // The grandmother died on 1 October 2025: on 1 July she still lived in the house.
  "died,64.02,1,2025-06-01,,male,1985-03-01,head,none,farmer,900000,pbi,",
  "died,64.02,1,2025-06-01,,female,1950-01-01,parent,none,none,0,pbi,2025-10-01",
];
// A KK issued on 29 February 2023, a common year: still refused with --as-of.
const BAD_KK = "kk,64.02,1,2025-06-01,6402992902230001,female,1990-02-10,head,none,none,0,pbi,";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  writeFileSync(join(dir, "later.csv"), `${HEADER}\n${LATER.join("\n")}\n`);
  writeFileSync(join(dir, "later.jsonl"), [
    { id: "born", regency: "64.02", desil: { value: 1, asOf: "2025-06-01" }, members: [{ sex: "female", birthDate: "1990-02-10", relationship: "head" }, { sex: "male", birthDate: "2025-09-01", relationship: "child" }] },
  ].map((h) => JSON.stringify(h)).join("\n") + "\n");
  writeFileSync(join(dir, "kk.csv"), `${HEADER}\n${LATER.join("\n")}\n${BAD_KK}\n`);
  writeFileSync(join(dir, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
  // A household whose id comes back after another: split rejects its second block, for that reason alone.
  writeFileSync(join(dir, "repeat.csv"), `${HEADER}\n${LATER[0]}\n${LATER[2]}\n${LATER[0]}\n${LATER[1]}\n`);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the CLI reads a registry as it stood on --as-of", () => {
  it.each([
    { name: "assess, one thread", args: ["assess", "--households", "later.csv", "--format", "csv", "--workers", "0"] },
    { name: "assess, on a worker", args: ["assess", "--households", "later.csv", "--format", "csv", "--workers", "1"] },
  ])("$name: a later birth or death refuses no household, and exits 0", ({ args }) => {
    const r = run(...args, "--as-of", "2025-07-01", "--programs", "pkh,sembako", "--lang", "en");
    expect(r.err).not.toContain("after_as_of");
    expect(r.code).toBe(0);
    const rows = csv(r.out);
    expect([...new Set(rows.map((row) => row.household_id))]).toEqual(["born", "died"]);
  });

  it("assess --format jsonl of a JSON Lines registry", () => {
    const r = run("assess", "--households", "later.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--format", "jsonl");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).household).toBe("born");
  });

  it("simulate takes the households in", () => {
    const r = run("simulate", "--scenario", "scenario.json", "--households", "later.csv", "--as-of", "2025-07-01", "--format", "json", "--missing", "exclude");
    expect(r.err).not.toContain("after_as_of");
    expect(r.code).toBe(0);
  });

  it("still refuses a KK issued on 29 February of a common year, and that household only", () => {
    const r = run("assess", "--households", "kk.csv", "--as-of", "2025-07-01", "--format", "csv", "--workers", "0", "--rejected", "rejected.csv");
    expect(r.code).toBe(1);
    expect(csv(readFileSync(join(dir, "rejected.csv"), "utf8")).map((row) => [row.household_id, row.code])).toEqual([["kk", "household.kk_date"]]);
    expect([...new Set(csv(r.out).map((row) => row.household_id))]).toEqual(["born", "died"]);
  });

  it("split --as-of rejects a repeated household for the repetition, not for its later birth", () => {
    const r = run("split", "--households", "repeat.csv", "--into", "parts", "--as-of", "2025-07-01", "--rejected", "split-rejected.csv");
    expect(r.code).toBe(1);
    expect(csv(readFileSync(join(dir, "split-rejected.csv"), "utf8")).map((row) => row.code)).toEqual(["io.household_not_contiguous", "io.household_rejected"]);
  });
});
