import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateRegistryCsv } from "../../bench/_generate.js";
import { buildCli, root, runCli } from "./_cli.js";

// A run stopped part-way with `--out DIR` must not leave an earlier run's file beside its own. Found
// interrupting `assess --out DIR` over the directory of a finished run: the cut `assessments.csv` sat
// beside the earlier run's whole `summary.csv`, which looked like a finished run. The summary is
// written only at the end, so the earlier one goes when the rows begin.
let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  cpSync(join(root, "examples", "cli"), dir, { recursive: true });
  generateRegistryCsv({ rows: 6_000, malformed: 0, seed: 47, path: join(dir, "registry.csv") });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("--out DIR over an earlier run's files", () => {
  it("assess stopped by Ctrl-C leaves its cut rows without the earlier run's summary", { timeout: 60_000 }, async () => {
    const out = join(dir, "assess-out");
    const finished = runCli(cli, dir, ["assess", "--households", "households.csv", "--as-of", "2025-07-01", "--format", "csv", "--out", out]);
    expect(finished.code, finished.err).toBe(0);
    const before = readFileSync(join(out, "assessments.csv"), "utf8");
    expect(existsSync(join(out, "summary.csv"))).toBe(true);
    // The registry on a standard input that stays open: the run is under way and cannot end on its own.
    const child = spawn(process.execPath, [cli, "assess", "--households", "-", "--as-of", "2025-07-01", "--format", "csv", "--out", out], { cwd: dir, stdio: ["pipe", "ignore", "ignore"] });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, by) => resolve(by)));
    // The write is cut when the run ends (EPIPE): expected.
    child.stdin.on("error", () => undefined);
    child.stdin.write(readFileSync(join(dir, "registry.csv")));
    const rows = join(out, "assessments.csv");
    const writing = () => statSync(rows).size > 0 && readFileSync(rows, "utf8") !== before;
    for (let i = 0; i < 400 && !writing(); i++) await sleep(25);
    expect(writing()).toBe(true);
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect(existsSync(join(out, "summary.csv"))).toBe(false);
  });

  it("audit stopped by Ctrl-C while it writes its findings leaves no earlier summary", { timeout: 60_000 }, async () => {
    const out = join(dir, "audit-out");
    const args = ["audit", "--households", "audit-households.jsonl", "--as-of", "2025-09-30", "--format", "csv", "--out", out];
    const finished = runCli(cli, dir, [...args, "--payments", "audit-payments.csv"]);
    expect(finished.code, finished.err).toBe(0);
    const before = readFileSync(join(out, "findings.csv"), "utf8");
    expect(existsSync(join(out, "summary.csv"))).toBe(true);
    // 60,000 Sembako rows of KKs the registry does not hold: listed one finding each, for seconds.
    const rows = Array.from({ length: 60_000 }, (_, i) => {
      const kk = `647201${String((i % 28) + 1).padStart(2, "0")}${String((Math.floor(i / 28) % 12) + 1).padStart(2, "0")}${String(10 + (Math.floor(i / 336) % 15))}${String(Math.floor(i / 5040) + 1).padStart(4, "0")}`;
      return `,${kk},sembako,2025-III,600000,2025-08-16,kks,,64.72,,`;
    });
    writeFileSync(join(dir, "other-payments.csv"), `nik,kk,program,period,amount,paid_on,channel,components,regency,birth_date,sex\n${rows.join("\n")}\n`);
    const child = spawn(process.execPath, [cli, ...args, "--payments", "other-payments.csv"], { cwd: dir, stdio: ["ignore", "ignore", "ignore"] });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, by) => resolve(by)));
    let exited = false;
    void ended.then(() => (exited = true));
    const findings = join(out, "findings.csv");
    const writing = () => statSync(findings).size > 0 && readFileSync(findings, "utf8") !== before;
    while (!exited && !writing()) await sleep(10);
    child.kill("SIGINT");
    expect(await ended).toBe("SIGINT");
    expect(existsSync(join(out, "summary.csv"))).toBe(false);
  });
});
