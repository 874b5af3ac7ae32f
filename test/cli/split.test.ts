import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, runCli } from "./_cli.js";

// `tepat-sasaran split`: its arguments, its refusals and its output. That the partitions read as the
// whole file reads is shown in test/node/splitByRegency.test.ts and, end to end with simulate and
// merge, in test/cli/partitions.test.ts.
let dir = "";
let cli = "";
let work = "";
const HEADER = "household_id,regency,sex,birth_date,relationship";
const FILE = `${HEADER}\nA,64.02,male,1980-01-01,head\nA,64.02,female,1982-01-01,spouse\nB,6471,female,1970-01-01,head\n`;

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  work = mkdtempSync(join(dir, "split-"));
  writeFileSync(join(work, "registry.csv"), FILE);
  writeFileSync(join(work, "registry.jsonl"), "{}\n");
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let outs = 0;
function emptyDir(): string {
  const name = `out${outs++}`;
  mkdirSync(join(work, name));
  return name;
}

/**
 * A split reading standard input, which stays open so that it cannot end on its own, once its first
 * temporary partition is on disk (more than a partition holds before it is written).
 */
async function splitStillRunning(out: string): Promise<{ child: ChildProcess; ended: Promise<NodeJS.Signals | null> }> {
  const child = spawn(process.execPath, [cli, "split", "--households", "-", "--into", out], { cwd: work, stdio: ["pipe", "ignore", "ignore"] });
  child.stdin.write(`${HEADER}\n${Array.from({ length: 32_000 }, (_, i) => `H${i},64.02,female,1980-01-01,head\n`).join("")}`);
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, by) => resolve(by)));
  const written = () => readdirSync(join(work, out)).length > 0;
  for (let i = 0; i < 300 && !written(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return { child, ended };
}

describe("tepat-sasaran split", () => {
  it("writes one file per regency and prints them, in English or Bahasa Indonesia", () => {
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "registry.csv", "--into", out, "--lang", "en"]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(join(work, out)).sort()).toEqual(["part-6402.csv", "part-6471.csv"]);
    expect(readFileSync(join(work, out, "part-6402.csv"), "utf8")).toBe(`${HEADER}\nA,64.02,male,1980-01-01,head\nA,64.02,female,1982-01-01,spouse\n`);
    expect(run.out).toMatch(/regency\s+file\s+households\s+rows/);
    expect(run.out).toMatch(/6402\s+\S+part-6402\.csv\s+1\s+2/);
    expect(run.err).toContain("registry.csv: 3 rows, 2 households split into 2 files in");
    const id = runCli(cli, work, ["split", "--households", "registry.csv", "--into", emptyDir()]);
    expect(id.out).toMatch(/kab\/kota\s+berkas\s+rumah tangga\s+baris/);
    expect(id.err).toContain("3 baris, 2 rumah tangga dibagi ke 2 berkas");
  });

  it("reads standard input, and writes the table as JSON or CSV", () => {
    const json = runCli(cli, work, ["split", "--households", "-", "--into", emptyDir(), "--format", "json"], FILE);
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ file: "<stdin>", rows: 3, households: 2, partitions: [{ regency: "6402", households: 1, rows: 2 }, { regency: "6471", households: 1, rows: 1 }] });
    const csv = runCli(cli, work, ["split", "--households", "registry.csv", "--into", emptyDir(), "--csv"]);
    expect(csv.out.split("\n")[0]).toBe("regency,file,households,rows");
  });

  it.each([
    { name: "without --into", args: ["--households", "registry.csv"], code: 2, en: "--into" },
    { name: "an --into that is not a directory", args: ["--households", "registry.csv", "--into", "registry.csv"], code: 2, en: "registry.csv is a file, not a directory: give a directory (new or empty) for the output files" },
    { name: "a JSON Lines file", args: ["--households", "registry.jsonl", "--into", "."], code: 2, en: "split reads CSV" },
    { name: "a missing file", args: ["--households", "nowhere.csv", "--into", "."], code: 1, en: "nowhere.csv" },
    { name: "an option of another command", args: ["--households", "registry.csv", "--into", ".", "--workers", "2"], code: 2, en: "workers" },
  ])("refuses $name", ({ args, code, en }) => {
    const run = runCli(cli, work, ["split", ...args, "--lang", "en"]);
    expect(run.code).toBe(code);
    expect(run.err).toContain(en);
    expect(run.out).toBe("");
  });

  it("creates --into with its parents when it does not exist (as mkdir -p), after every argument is checked", { timeout: 30_000 }, () => {
    const run = runCli(cli, work, ["split", "--households", "registry.csv", "--into", "new/parts", "--lang", "en"]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(join(work, "new/parts")).sort()).toEqual(["part-6402.csv", "part-6471.csv"]);
    const bad = runCli(cli, work, ["split", "--households", "registry.csv", "--into", "later/parts", "--as-of", "2025-13-01"]);
    expect(bad.code).toBe(2);
    expect(existsSync(join(work, "later"))).toBe(false);
    // A file in the way: a data error in both languages, naming the directory.
    const blocked = runCli(cli, work, ["split", "--households", "registry.csv", "--into", "registry.csv/parts", "--lang", "en"]);
    expect(blocked.code).toBe(1);
    expect(blocked.err).toMatch(/^tepat-sasaran: Cannot create directory registry\.csv\/parts \(E[A-Z]+\)\n$/);
    expect(runCli(cli, work, ["split", "--households", "registry.csv", "--into", "registry.csv/parts"]).err).toContain("Direktori registry.csv/parts tidak dapat dibuat");
    expect(blocked.out).toBe("");
  });

  it("refuses a directory holding the partitions of an earlier split, and leaves them as they were", () => {
    const out = emptyDir();
    expect(runCli(cli, work, ["split", "--households", "registry.csv", "--into", out]).code).toBe(0);
    const before = readFileSync(join(work, out, "part-6471.csv"), "utf8");
    const again = runCli(cli, work, ["split", "--households", "registry.csv", "--into", out, "--lang", "en"]);
    expect(again.code).toBe(1);
    expect(again.err).toContain("already holds partitions of an earlier split (part-6402.csv, part-6471.csv)");
    expect(readFileSync(join(work, out, "part-6471.csv"), "utf8")).toBe(before);
  });

  it("rejects a household whose id appeared before with others in between, as simulate does, and exits 1", () => {
    const file = `${HEADER}\nA,64.02,male,1980-01-01,head\nB,6471,female,1970-01-01,head\nA,6471,female,1982-01-01,head\n`;
    writeFileSync(join(work, "repeat.csv"), file);
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "repeat.csv", "--into", out, "--as-of", "2025-07-01", "--rejected", "rejected.csv", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("repeat.csv:4 [household_id] io.household_not_contiguous");
    expect(run.err).toContain("1 household (1 row) was rejected and written to no partition");
    expect(readFileSync(join(work, "rejected.csv"), "utf8")).toContain("repeat.csv,4,household_id,A,io.household_not_contiguous");
    expect(readFileSync(join(work, out, "part-6471.csv"), "utf8")).toBe(`${HEADER}\nB,6471,female,1970-01-01,head\n`);
    const whole = runCli(cli, work, ["assess", "--households", "repeat.csv", "--as-of", "2025-07-01", "--lang", "en", "--format", "jsonl"]);
    expect(whole.err).toContain("repeat.csv:4 [household_id] io.household_not_contiguous");
  });

  it("rejects a line that repeats the header (files joined together), as assess does, writes it to no partition, and exits 1", () => {
    writeFileSync(join(work, "joined.csv"), `${FILE}${FILE}`);
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "joined.csv", "--into", out, "--as-of", "2025-07-01", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("joined.csv:5 io.header_repeated: Line 5 repeats the header row (files joined together?); the line is skipped");
    expect(run.err).toContain("1 line repeating the header row (files joined together?) was rejected and written to no partition (1 row,");
    expect(readFileSync(join(work, out, "part-6402.csv"), "utf8").split("\n").filter((l) => l === HEADER)).toHaveLength(1);
    const whole = runCli(cli, work, ["assess", "--households", "joined.csv", "--as-of", "2025-07-01", "--format", "jsonl"]);
    expect(whole.err).toContain("joined.csv:5 io.header_repeated: Baris 5 mengulang baris judul (berkas yang digabung?); baris ini dilewati");
  });

  it.each(["SIGINT", "SIGTERM"] as const)("leaves no partition, whole or not, when stopped by %s, and ends by that signal", { timeout: 60_000 }, async (signal) => {
    // Found at scale: a split stopped half-way left part-6402.csv files that looked whole, and a job
    // runner then simulated a truncated partition. Partitions are written under temporary names.
    const out = emptyDir();
    const { child, ended } = await splitStillRunning(out);
    expect(readdirSync(join(work, out))).toEqual([`part-6402.csv.${child.pid}.tmp`]);
    child.kill(signal);
    expect(await ended).toBe(signal);
    expect(readdirSync(join(work, out))).toEqual([]);
  });

  it("after a split killed with kill -9, says the next split finds its temporary files, and merge and the readers refuse them", { timeout: 60_000 }, async () => {
    // A SIGKILL leaves no chance to clean up: the temporary partition stays. The next split into the
    // same directory said nothing, and a `merge out/*` or a job globbing `part-*` could pick it up.
    const out = emptyDir();
    const { child, ended } = await splitStillRunning(out);
    const leftover = `part-6402.csv.${child.pid}.tmp`;
    child.kill("SIGKILL");
    expect(await ended).toBe("SIGKILL");
    expect(readdirSync(join(work, out))).toEqual([leftover]);

    const en = runCli(cli, work, ["split", "--households", "registry.csv", "--into", out, "--lang", "en"]);
    expect(en.code, en.err).toBe(0);
    expect(en.err).toContain(`Directory ${out} holds temporary files of a split that did not finish (process ${child.pid}, stopped with kill -9 for instance): ${leftover}.`);
    expect(en.err).toContain(`delete them: rm ${out}/part-*.csv.*.tmp`);
    // Its own partitions are whole and named; the leftover is left for the officer to delete.
    expect(readdirSync(join(work, out)).sort()).toEqual(["part-6402.csv", "part-6471.csv", leftover].sort());
    const again = emptyDir();
    writeFileSync(join(work, again, leftover), "");
    const id = runCli(cli, work, ["split", "--households", "registry.csv", "--into", again]);
    expect(id.err).toContain(`Direktori ${again} berisi berkas sementara dari pemisahan yang tidak selesai (proses ${child.pid}`);

    for (const args of [
      ["merge", join(out, leftover)],
      ["simulate", "--households", join(out, leftover), "--input-format", "csv", "--scenario", "none.json", "--as-of", "2025-07-01"],
      ["split", "--households", join(out, leftover), "--into", emptyDir()],
    ]) {
      const r = runCli(cli, work, [...args, "--lang", "en"]);
      expect(r.code, args[0]).toBe(1);
      expect(r.err).toContain(`${join(out, leftover)} is a temporary file of a split that did not finish, not a whole partition; run split again and use the part-*.csv files`);
    }
  });

  it("reports a header the readers refuse, with exit code 1 and no partition written", () => {
    writeFileSync(join(work, "odd.csv"), "household_id,colour\nA,red\n");
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "odd.csv", "--into", out, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("colour");
    expect(existsSync(join(work, out, "part-none.csv"))).toBe(false);
  });
});

// `split --households ruta.csv --members art.csv`: the two-table layout cut into a pair of files per
// regency. That the pairs read as both files read is shown in test/node/splitTables.test.ts and, end
// to end with simulate and merge, in test/cli/partitions.test.ts.
const H = "household_id,regency,desil,desil_as_of";
const M = "household_id,sex,birth_date,relationship";
const RUTA = `${H}\nKT-01,64.02,2,2025-05-01\nKT-02,6471,1,2025-05-01\nKT-03,64.02,3,2025-05-01\n`;
const ART = `${M}\nKT-01,female,1960-01-02,head\nKT-01,male,2019-03-04,child\nKT-02,male,1980-05-06,head\nKT-03,female,1990-07-08,head\n`;

describe("tepat-sasaran split --members", () => {
  beforeAll(() => {
    writeFileSync(join(work, "ruta.csv"), RUTA);
    writeFileSync(join(work, "art.csv"), ART);
    writeFileSync(join(work, "art.jsonl"), "{}\n");
    // A member row of no household (KT-025), one out of order (KT-01 after KT-02), a repeated header line.
    writeFileSync(join(work, "art-bad.csv"), `${M}\nKT-01,female,1960-01-02,head\nKT-02,male,1980-05-06,head\nKT-025,male,1980-05-06,head\nKT-01,male,2019-03-04,child\n${M}\nKT-03,female,1990-07-08,head\n`);
    writeFileSync(join(work, "part-6402.members.csv.777.tmp"), "");
  });

  it("writes a pair of files per regency and prints them, in English or Bahasa Indonesia", () => {
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art.csv", "--into", out, "--lang", "en"]);
    expect(run.code, run.err).toBe(0);
    expect(readdirSync(join(work, out)).sort()).toEqual(["part-6402.csv", "part-6402.members.csv", "part-6471.csv", "part-6471.members.csv"]);
    expect(readFileSync(join(work, out, "part-6402.csv"), "utf8")).toBe(`${H}\nKT-01,64.02,2,2025-05-01\nKT-03,64.02,3,2025-05-01\n`);
    expect(readFileSync(join(work, out, "part-6402.members.csv"), "utf8")).toBe(`${M}\nKT-01,female,1960-01-02,head\nKT-01,male,2019-03-04,child\nKT-03,female,1990-07-08,head\n`);
    expect(run.out).toMatch(/regency\s+file\s+members file\s+households\s+member rows/);
    expect(run.out).toMatch(/6402\s+\S+part-6402\.csv\s+\S+part-6402\.members\.csv\s+2\s+3/);
    expect(run.err).toContain("ruta.csv + art.csv: 3 households and 4 member rows split into 2 pairs of files in");
    const id = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art.csv", "--into", emptyDir()]);
    expect(id.out).toMatch(/kab\/kota\s+berkas\s+berkas anggota\s+rumah tangga\s+baris anggota/);
    expect(id.err).toContain("3 rumah tangga dan 4 baris anggota dibagi ke 2 pasang berkas");
    const json = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art.csv", "--into", emptyDir(), "--format", "json"]);
    expect(JSON.parse(json.out)).toMatchObject({ file: "ruta.csv", members: "art.csv", households: 3, rows: 4, rejected: 0, partitions: [{ regency: "6402", households: 2, rows: 3 }, { regency: "6471", households: 1, rows: 1 }] });
  });

  it("rejects the rows of no household, out of order or repeating the header itself, each once, with exit code 1", () => {
    const out = emptyDir();
    const run = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art-bad.csv", "--into", out, "--rejected", "rejected.csv", "--lang", "en"]);
    expect(run.code, run.err).toBe(1);
    expect(run.err).toContain("3 rows were rejected and written to no partition");
    // file, line, code of each row of a --rejected file.
    const rows = (name: string) =>
      readFileSync(join(work, name), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((line) => line.split(","))
        .map((cells) => [cells[0], cells[1], cells[4]].join(","));
    const rejected = rows("rejected.csv");
    expect(rejected).toEqual(["art-bad.csv,4,io.no_household", "art-bad.csv,5,io.not_sorted", "art-bad.csv,6,io.header_repeated"]);
    // The whole run rejects these three rows, with the same codes.
    const whole = runCli(cli, work, ["assess", "--households", "ruta.csv", "--members", "art-bad.csv", "--as-of", "2025-07-01", "--rejected", "whole.csv", "--lang", "en"]);
    expect(whole.code).toBe(1);
    expect(rows("whole.csv")).toEqual(rejected);
    expect(readFileSync(join(work, out, "part-6402.members.csv"), "utf8")).toBe(`${M}\nKT-01,female,1960-01-02,head\nKT-03,female,1990-07-08,head\n`);
  });

  it.each([
    { name: "--members without --households", args: ["--members", "art.csv", "--into", "."], code: 2, en: "Option --households is required" },
    { name: "--members from standard input", args: ["--households", "ruta.csv", "--members", "-", "--into", "."], code: 2, en: "split with --members reads each file twice, so not -" },
    { name: "--households from standard input with --members", args: ["--households", "-", "--members", "art.csv", "--into", "."], code: 2, en: "split with --members reads each file twice, so not -" },
    { name: "the same file twice", args: ["--households", "ruta.csv", "--members", "./ruta.csv", "--into", "."], code: 2, en: "the members file, not the households file" },
    { name: "a JSON Lines members file", args: ["--households", "ruta.csv", "--members", "art.jsonl", "--into", "."], code: 2, en: "split reads CSV" },
    { name: "a missing members file", args: ["--households", "ruta.csv", "--members", "nowhere.csv", "--into", "."], code: 1, en: "nowhere.csv" },
    { name: "a temporary members file of a split that did not finish", args: ["--households", "ruta.csv", "--members", "part-6402.members.csv.777.tmp", "--into", "."], code: 1, en: "is a temporary file of a split that did not finish" },
  ])("refuses $name", ({ args, code, en }) => {
    const run = runCli(cli, work, ["split", ...args, "--lang", "en"]);
    expect(run.code).toBe(code);
    expect(run.err).toContain(en);
    expect(run.out).toBe("");
  });

  it("refuses a directory that holds a members file of an earlier split, and simulate refuses a temporary members file", () => {
    const out = emptyDir();
    writeFileSync(join(work, out, "part-6402.members.csv"), "");
    const run = runCli(cli, work, ["split", "--households", "ruta.csv", "--members", "art.csv", "--into", out, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("already holds partitions of an earlier split (part-6402.members.csv)");
    const simulate = runCli(cli, work, ["simulate", "--households", "ruta.csv", "--members", "part-6402.members.csv.777.tmp", "--as-of", "2025-07-01", "--lang", "en"]);
    expect(simulate.code).toBe(1);
    expect(simulate.err).toContain("is a temporary file of a split that did not finish");
  });

  it("says a leftover temporary members file, and refuses a row that would join an earlier household in a partition, writing nothing", () => {
    const out = emptyDir();
    writeFileSync(join(work, out, "part-6402.members.csv.777.tmp"), "");
    writeFileSync(join(work, "ruta-3.csv"), `${H}\nKT-01,64.02,2,2025-05-01\nKT-02,6471,1,2025-05-01\nKT-03,64.02,3,2025-05-01\n`);
    writeFileSync(join(work, "art-stray.csv"), `${M}\nKT-01,female,1960-01-02,head\nKT-02,male,1980-05-06,head\nKT-03,x\nKT-01,x\nKT-03,female,1990-07-08,head\n`);
    const run = runCli(cli, work, ["split", "--households", "ruta-3.csv", "--members", "art-stray.csv", "--into", out, "--lang", "en"]);
    expect(run.err).toContain("holds temporary files of a split that did not finish (process 777");
    expect(run.code).toBe(1);
    expect(run.err).toContain('"art-stray.csv" line 5: this row (household_id "KT-01"');
    expect(run.err).toContain("No partition was written");
    expect(readdirSync(join(work, out))).toEqual(["part-6402.members.csv.777.tmp"]);
  });
});
