import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./_cli.js";

// What an undetermined reason says is missing, in English as in Indonesian: "column
// school_level/school_enrolled is empty for members 1, 2" named two columns as one, and "for members
// 1" one member as many (found reading a 20,000-row run in session 45).

let dir = "";
let cli = "";

const adult = { sex: "male", birthDate: "1980-03-04", relationship: "head", disability: "none", monthlyIncome: "900000", jkn: "pbi" };
const pupil = { sex: "female", birthDate: "2015-05-05", relationship: "child", disability: "none", jkn: "pbi" };
const households = [
  // PKH: an SD pupil (a component), the only adult's work not recorded.
  { id: "one", regency: "64.02", desil: { value: 1, asOf: "2025-06-01" }, members: [adult, { ...pupil, schooling: { level: "sd", enrolled: true } }] },
  // PIP: a child of school age whose schooling is not recorded.
  { id: "pupil", regency: "64.02", desil: { value: 1, asOf: "2025-06-01" }, members: [{ ...adult, employerCategory: "farmer" }, pupil] },
  // PKH: two adults' work not recorded.
  { id: "two", regency: "64.02", desil: { value: 1, asOf: "2025-06-01" }, members: [adult, { ...adult, sex: "female", relationship: "spouse" }] },
];

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  writeFileSync(join(dir, "missing.jsonl"), households.map((h) => JSON.stringify(h)).join("\n") + "\n");
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("what is missing, for whom", () => {
  it.each([
    { lang: "en", household: "one", text: "undetermined: column employer_category is empty for member 1" },
    { lang: "en", household: "two", text: "undetermined: column employer_category is empty for members 1, 2" },
    { lang: "id", household: "two", text: "tidak dapat dipastikan: kolom employer_category kosong untuk anggota 1, 2" },
  ])("$lang, household $household: $text", ({ lang, household, text }) => {
    const run = runCli(cli, dir, ["assess", "--households", "missing.jsonl", "--as-of", "2025-07-01", "--programs", "pkh", "--csv", "--lang", lang]);
    const rows = parse<Record<string, string>>(run.out, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.household_id === household)?.reason).toContain(text);
  });

  it("names two columns as two", () => {
    const run = runCli(cli, dir, ["assess", "--households", "missing.jsonl", "--as-of", "2025-07-01", "--programs", "pip", "--csv", "--lang", "en"]);
    const rows = parse<Record<string, string>>(run.out, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.household_id === "pupil")?.reason).toContain("undetermined: columns school_level/school_enrolled are empty for members 1, 2");
  });
});
