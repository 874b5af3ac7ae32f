import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// Session 49: under --column, a rejected row named the library's column (`[regency]`, "Kolom rumah
// tangga regency berbeda …") where the office's file says `kabupaten`: every output now names the
// file's column (standard error, --rejected, in assess, simulate, split and audit); without --column
// nothing changed. A header with a column without a name no longer offers --unknown-columns ignore
// when required columns are missing. Each case but the controls failed on main before.

let dir = "";
let cli = "";
const AS_OF = ["--as-of", "2025-07-01"];
const FLAGS = ["--column", "kabupaten=regency", "--column", "tgl_lahir=birth_date"];

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  for (const file of ["households.csv", "audit-households.jsonl", "audit-payments.csv", "scenario.json"]) copyFileSync(join(root, "examples/cli", file), join(dir, file));
  // The example with a bad birth date (line 3) and a regency that differs within a household (line 4).
  const [header, ...rows] = readFileSync(join(dir, "households.csv"), "utf8").split("\n");
  rows[1] = rows[1]!.replace("1991-09-23", "1991-13-45");
  rows[2] = rows[2]!.replace("64.02", "64.99");
  writeFileSync(join(dir, "library.csv"), [header, ...rows].join("\n"));
  writeFileSync(join(dir, "renamed.csv"), [header!.replace("regency", "kabupaten").replace("birth_date", "tgl_lahir"), ...rows].join("\n"));
  // The example's households again under their ids after others: rejected by split, with the bad date.
  writeFileSync(join(dir, "repeated.csv"), [header!.replace("regency", "kabupaten").replace("birth_date", "tgl_lahir"), ...rows.filter((r) => r !== ""), rows[1]].join("\n") + "\n");
  const payments = readFileSync(join(dir, "audit-payments.csv"), "utf8").split("\n");
  payments[0] = payments[0]!.replace("amount", "jumlah");
  const cells = payments[2]!.split(",");
  cells[4] = "600.000";
  payments[2] = cells.join(",");
  writeFileSync(join(dir, "salur.csv"), payments.join("\n"));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const LINES = {
  id: [
    "3 [tgl_lahir] time.invalid_date: Tanggal tidak valid: \"1991-13-45\" (harus tanggal kalender YYYY-MM-DD)",
    '4 [kabupaten] io.household_value_conflict: Kolom rumah tangga "kabupaten" berbeda dari nilai pada baris 2; kosongkan atau samakan',
  ],
  en: [
    "3 [tgl_lahir] time.invalid_date: Invalid date: \"1991-13-45\" (must be a calendar date YYYY-MM-DD)",
    '4 [kabupaten] io.household_value_conflict: Household column "kabupaten" differs from the value on line 2; leave it empty or repeat the same value',
  ],
};
const CONTROL = {
  id: ["3 [birth_date] time.invalid_date: Tanggal tidak valid", "4 [regency] io.household_value_conflict: Kolom rumah tangga regency berbeda dari nilai pada baris 2"],
  en: ["3 [birth_date] time.invalid_date: Invalid date", "4 [regency] io.household_value_conflict: Household column regency differs from the value on line 2"],
};

describe("rejected rows name a column given by --column as the file writes it", () => {
  it.each([
    { name: "assess, table", args: ["assess", ...AS_OF] },
    { name: "assess, csv", args: ["assess", ...AS_OF, "--format", "csv"] },
    { name: "assess, jsonl", args: ["assess", ...AS_OF, "--format", "jsonl"] },
    { name: "simulate, json", args: ["simulate", "--scenario", "scenario.json", ...AS_OF, "--format", "json"] },
  ])("$name: on standard error and in --rejected, in both languages", ({ args }) => {
    for (const lang of ["id", "en"] as const) {
      const r = runCli(cli, dir, [...args, "--households", "renamed.csv", ...FLAGS, "--rejected", "rejected.csv", "--lang", lang]);
      expect(r.code).toBe(1);
      const said = r.err.split("\n").filter((line) => line.startsWith("renamed.csv:3 ") || line.startsWith("renamed.csv:4 "));
      expect(said).toEqual(LINES[lang].map((line) => `renamed.csv:${line}`));
      const file = readFileSync(join(dir, "rejected.csv"), "utf8");
      expect(file).toContain(",3,tgl_lahir,R-001,time.invalid_date,");
      expect(file).toContain(lang === "id" ? ',4,kabupaten,R-001,io.household_value_conflict,"Kolom rumah tangga ""kabupaten"" berbeda' : ',4,kabupaten,R-001,io.household_value_conflict,"Household column ""kabupaten"" differs');
    }
  });

  it.each(["id", "en"] as const)("control: the library-named file names the library's columns (%s)", (lang) => {
    const r = runCli(cli, dir, ["assess", ...AS_OF, "--households", "library.csv", "--lang", lang]);
    const said = r.err.split("\n").filter((line) => line.startsWith("library.csv:3 ") || line.startsWith("library.csv:4 "));
    expect(said.map((line, i) => line.startsWith(`library.csv:${CONTROL[lang][i]}`))).toEqual([true, true]);
  });

  it("split: a household rejected for its repeated id", () => {
    const r = runCli(cli, dir, ["split", "--households", "repeated.csv", "--into", "parts", ...AS_OF, ...FLAGS, "--rejected", "split-rejected.csv", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('[tgl_lahir] time.invalid_date: Invalid date: "1991-13-45"');
    expect(readFileSync(join(dir, "split-rejected.csv"), "utf8")).toContain(",tgl_lahir,R-001,time.invalid_date,");
  });

  it("audit: a payment list's column given by --payments-column", () => {
    const r = runCli(cli, dir, ["audit", "--households", "audit-households.jsonl", "--payments", "salur.csv", "--payments-column", "jumlah=amount", "--as-of", "2025-09-30", "--format", "csv", "--rejected", "audit-rejected.csv", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('salur.csv:3 [jumlah] io.amount_separators: Column "jumlah": "600.000" is written');
    expect(readFileSync(join(dir, "audit-rejected.csv"), "utf8")).toContain("salur.csv,3,jumlah,,io.amount_separators,");
  });
});

describe("a column without a name: --unknown-columns ignore is offered only when no required column is missing", () => {
  it.each([
    { name: "a required column missing", header: "id_keluarga,regency,sex,birth_date,relationship,", offered: false },
    { name: "control: nothing missing", header: "household_id,regency,sex,birth_date,relationship,", offered: true },
  ])("$name", ({ header, offered }) => {
    writeFileSync(join(dir, "unnamed.csv"), `${header}\nK1,64.02,L,1980-01-01,kepala,\n`);
    const r = runCli(cli, dir, ["assess", ...AS_OF, "--households", "unnamed.csv", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("The header row has columns without a name: column 6 (usually a separator at the end of every line); remove them");
    expect(r.err.includes("--unknown-columns ignore")).toBe(offered);
  });
});
