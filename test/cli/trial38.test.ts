import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// Acceptance trial 38: hostile-but-plausible registry and payment files given to the command, as an
// office would give them. Each case failed on a4982c9.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  for (const file of ["households.csv", "audit-households.jsonl", "audit-payments.csv"]) copyFileSync(join(root, "examples/cli", file), join(dir, file));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A file of examples/cli as Excel writes it "for Excel": `sep=;`, then the rows with `;`, CRLF. */
function withSeparatorLine(name: string, to: string): void {
  const lines = readFileSync(join(root, "examples/cli", name), "utf8").trimEnd().split("\n");
  // The example files hold no quoted cell with a comma: a plain replace is their semicolon export.
  if (lines.some((line) => line.includes('"'))) throw new Error(`${name} has quoted cells`);
  writeFileSync(join(dir, to), `sep=;\r\n${lines.map((line) => line.replace(/,/g, ";")).join("\r\n")}\r\n`);
}

describe("a file that begins with Excel's separator line (sep=;)", () => {
  it.each(["id", "en"] as const)("assess names the line and the option, in %s, and writes nothing", (lang) => {
    // It said: "Required columns are missing from the header row: "household_id", "regency", … Unknown columns in the header row: "sep=;"".
    withSeparatorLine("households.csv", "households-sep.csv");
    const r = runCli(cli, dir, ["assess", "--households", "households-sep.csv", "--as-of", "2025-07-01", "--csv", "--lang", lang]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).not.toMatch(/missing|tidak ada|\n\s+at /);
    expect(r.err).toContain(lang === "en" ? "Excel's separator hint" : "petunjuk pemisah dari Excel");
    expect(r.err).toContain('--delimiter ";"');
  });

  it("assess with --delimiter ';' says only to delete the line", () => {
    withSeparatorLine("households.csv", "households-sep.csv");
    const r = runCli(cli, dir, ["assess", "--households", "households-sep.csv", "--delimiter", ";", "--as-of", "2025-07-01", "--csv", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("delete that line");
    expect(r.err).not.toContain("--delimiter");
  });

  it("audit names the payment list's own option", () => {
    withSeparatorLine("audit-payments.csv", "payments-sep.csv");
    const r = runCli(cli, dir, ["audit", "--households", "audit-households.jsonl", "--payments", "payments-sep.csv", "--as-of", "2025-09-30", "--format", "csv", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("Excel's separator hint");
    expect(r.err).toContain('--payments-delimiter ";"');
  });
});

describe("audit --format csv --out DIR: summary.csv", () => {
  it("is the same in both languages: its total row is coded, not a word of --lang", () => {
    // The guide: CSV holds "codes and plain numbers …, whatever --lang". The total row's program cell
    // was the word of the screen, "jumlah" (default) or "total" (--lang en), so a script that picks
    // the total row by its program worked in one language only.
    const written = (["id", "en"] as const).map((lang) => {
      const out = mkdtempSync(join(dir, `summary-${lang}-`));
      const r = runCli(cli, dir, ["audit", "--households", "audit-households.jsonl", "--payments", "audit-payments.csv", "--as-of", "2025-09-30", "--format", "csv", "--out", out, "--lang", lang]);
      expect(r.code, r.err).toBe(0);
      return readFileSync(join(out, "summary.csv"), "utf8");
    });
    expect(written[1]).toBe(written[0]);
    expect((written[0] ?? "").trimEnd().split("\n").at(-1)).toBe("*,*,109,91250000,85850000,8525000,3125000,,,,30");
  });
});

describe("a line of spaces inside a household's rows", () => {
  it.each(["0", "2"])("is skipped: the household is assessed whole, nothing rejected (--workers %s)", (workers) => {
    // It split R-001 in two: its head assessed alone (a family of 3 as 1 person: PKH's pregnancy and
    // SD components gone), its other rows rejected as "appeared before" and "no head", exit 1.
    const lines = readFileSync(join(root, "examples/cli/households.csv"), "utf8").split("\n");
    lines.splice(2, 0, "   ");
    writeFileSync(join(dir, "households-spaces.csv"), lines.join("\n"));
    const args = ["--as-of", "2025-07-01", "--csv", "--workers", workers, "--lang", "en"];
    const clean = runCli(cli, dir, ["assess", "--households", "households.csv", ...args]);
    const r = runCli(cli, dir, ["assess", "--households", "households-spaces.csv", ...args]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(clean.out);
    expect(r.err).toContain("7 rows read, 3 households accepted, 0 rows rejected");
  });
});
