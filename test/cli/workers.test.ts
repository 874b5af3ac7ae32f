import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { withStrayLines } from "../node/_helpers.js";
import { buildCli, runCli } from "./_cli.js";

// `assess --workers N` and `simulate --workers N` read the file once and work on N worker threads:
// the output (table, CSV, JSON Lines, JSON), the rejected rows and the exit code are the same, byte
// for byte, as on one thread (`--workers 0`).
let work = "";
/** Stderr without the note of a machine with fewer cores than the workers asked for. */
const withoutCap = (err: string) => err.replace(/^--workers \d+: this machine has .*\n/m, "").replace(/^--workers \d+: mesin ini .*\n/m, "");
let cli = "";
let cliDir = "";

beforeAll(async () => {
  ({ dir: cliDir, cli } = await buildCli());
  work = mkdtempSync(join(tmpdir(), "tepat-sasaran-workers-"));
  // 2% malformed rows, repeated ids and a few quoted line breaks: every kind of event crosses threads.
  generateRegistryCsv({ rows: 12_000, malformed: 0.02, quotedNewlines: 0.01, seed: 16, path: join(work, "registry.csv") });
  // The two-table layout: a households file and a members file, both sorted by household_id.
  generateRegistryCsv({ rows: 12_000, malformed: 0.02, quotedNewlines: 0.01, seed: 52, path: join(work, "ruta.csv"), members: join(work, "art.csv") });
  writeFileSync(join(work, "scenario.json"), JSON.stringify({ name: "PKH + Sembako", programs: ["pkh", "sembako"] }));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

describe("simulate --workers", () => {
  it("writes the same json with 2 workers as on one thread for two tables (--members)", { timeout: 180_000 }, () => {
    const args = ["simulate", "--households", "ruta.csv", "--members", "art.csv", "--scenario", "scenario.json", "--as-of", "2025-07-01", "--format", "json"];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    expect(one.out.length).toBeGreaterThan(1_000);
    const many = runCli(cli, work, [...args, "--workers", "2"]);
    expect(many.code).toBe(one.code);
    expect(many.out === one.out).toBe(true);
    expect(withoutCap(many.err)).toBe(one.err);
  });

  it.each(["json", "table"])("writes the same %s with 1 and 3 workers as on one thread", { timeout: 180_000 }, (format) => {
    const args = ["simulate", "--households", "registry.csv", "--scenario", "scenario.json", "--as-of", "2025-07-01", "--format", format];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    expect(one.code).toBe(1);
    expect(one.out.length).toBeGreaterThan(1_000);
    for (const workers of ["1", "3"]) {
      const many = runCli(cli, work, [...args, "--workers", workers]);
      expect(many.code).toBe(one.code);
      expect(many.out === one.out, `stdout with --workers ${workers}`).toBe(true);
      expect(withoutCap(many.err)).toBe(one.err);
    }
  });
});

describe("assess --workers", () => {
  it.each(["csv", "jsonl", "table"])("writes the same %s with 1 and 3 workers as on one thread", { timeout: 180_000 }, (format) => {
    const args = ["assess", "--households", "registry.csv", "--as-of", "2025-07-01", "--format", format, ...(format === "table" ? ["--rows", "all"] : [])];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    expect(one.code).toBe(1);
    expect(one.out.length).toBeGreaterThan(10_000);
    for (const workers of ["1", "3"]) {
      const many = runCli(cli, work, [...args, "--workers", workers]);
      expect(many.code).toBe(one.code);
      expect(many.out === one.out, `stdout with --workers ${workers}`).toBe(true);
      expect(withoutCap(many.err)).toBe(one.err);
    }
  });

  it("writes by default (cores less one, or one thread on two cores) the same CSV as --workers 0", { timeout: 120_000 }, () => {
    const args = ["assess", "--households", "registry.csv", "--as-of", "2025-07-01", "--format", "csv"];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    const byDefault = runCli(cli, work, args);
    expect(byDefault.out === one.out).toBe(true);
    expect(byDefault.err).toBe(one.err);
  });

  it("starts no more workers than the machine has cores, and says so on stderr", { timeout: 120_000 }, () => {
    // Found on a 2-core machine: --workers 100 took 56 s and 3.3 GB for 2,000 rows (0.7 s on one thread).
    const cores = availableParallelism();
    const args = ["assess", "--households", "registry.csv", "--as-of", "2025-07-01", "--format", "csv", "--lang", "en"];
    const capped = runCli(cli, work, [...args, "--workers", String(cores + 1)]);
    expect(capped.err).toContain(`--workers ${cores + 1}: this machine has ${cores} ${cores === 1 ? "core; 1 worker is" : `cores; ${cores} workers are`} used`);
    expect(capped.out === runCli(cli, work, [...args, "--workers", "0"]).out).toBe(true);
  });

  it.each([
    { name: "with --inputs", command: "assess", extra: ["--households", "small.csv", "--inputs", "inputs.json"], note: true },
    { name: "on a JSON Lines file", command: "simulate", extra: ["--households", "small.jsonl", "--scenario", "scenario.json", "--missing", "exclude"], note: true },
    { name: "by default", command: "assess", extra: ["--households", "small.jsonl"], note: false, workers: [] },
  ])("says when --workers is not used $name", ({ command, extra, note, workers = ["--workers", "2"] }) => {
    // Found at scale: `assess --inputs … --workers 2` ran on one thread without a word.
    writeFileSync(join(work, "small.csv"), "household_id,regency,sex,birth_date,relationship\nh1,64.02,female,1960-01-02,head\n");
    writeFileSync(join(work, "small.jsonl"), `${JSON.stringify({ id: "h1", regency: "64.02", members: [{ sex: "female", birthDate: "1960-01-02", relationship: "head" }] })}\n`);
    writeFileSync(join(work, "inputs.json"), JSON.stringify({ "*": { exitCommitment: true } }));
    const r = runCli(cli, work, [command, ...extra, "--as-of", "2025-07-01", "--format", command === "assess" ? "csv" : "json", ...workers, "--lang", "en"]);
    expect(r.err.includes("--workers 2 is not used: workers read CSV files (one row per person, or --households with --members) without --inputs; this file is read on one thread"), r.err).toBe(note);
  });

  it("writes the same CSV and rejected rows with 2 workers as on one thread when stray lines sit inside households", { timeout: 120_000 }, () => {
    // A note pasted between a household's rows, or a broken line: the household is rejected whole on
    // one thread and on workers alike (the reading thread holds the line until the next row is read).
    writeFileSync(join(work, "strays.csv"), withStrayLines(readFileSync(join(work, "registry.csv"), "utf8"), 17, 3_000).text);
    const args = ["assess", "--households", "strays.csv", "--as-of", "2025-07-01", "--format", "csv", "--rejected", "rejected.csv"];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    const oneRejected = readFileSync(join(work, "rejected.csv"), "utf8");
    expect(oneRejected).toContain("io.column_count");
    expect(oneRejected).not.toContain("io.household_not_contiguous");
    const many = runCli(cli, work, [...args, "--workers", "2"]);
    expect(many.code).toBe(one.code);
    expect(many.out === one.out).toBe(true);
    expect(withoutCap(many.err)).toBe(one.err);
    expect(readFileSync(join(work, "rejected.csv"), "utf8") === oneRejected).toBe(true);
  });

  it.each(["jsonl", "csv"])("writes the same %s with 2 workers as on one thread for two tables (--members)", { timeout: 180_000 }, (format) => {
    // Found at scale: `--households H --members M --workers 2` ran on one thread, with a note (issue 16).
    const args = ["assess", "--households", "ruta.csv", "--members", "art.csv", "--as-of", "2025-07-01", "--format", format, "--lang", "en", "--rejected", "rejected.csv"];
    const one = runCli(cli, work, [...args, "--workers", "0"]);
    const oneRejected = readFileSync(join(work, "rejected.csv"), "utf8");
    expect(one.code).toBe(1);
    expect(one.out.length).toBeGreaterThan(100_000);
    expect(oneRejected).toContain("io.");
    for (const workers of ["1", "2"]) {
      const many = runCli(cli, work, [...args, "--workers", workers]);
      expect(many.code).toBe(one.code);
      expect(many.out === one.out, `stdout with --workers ${workers}`).toBe(true);
      expect(withoutCap(many.err)).toBe(one.err);
      expect(many.err).not.toContain("is not used");
      expect(readFileSync(join(work, "rejected.csv"), "utf8") === oneRejected).toBe(true);
    }
  });

  it("refuses a worker count that is not a number", () => {
    const r = runCli(cli, work, ["assess", "--households", "registry.csv", "--as-of", "2025-07-01", "--workers", "many"]);
    expect(r.code).toBe(2);
  });
});
