import { spawnSync } from "node:child_process";
import { closeSync, cpSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// `merge` takes a directory of results, or a pattern the shell did not expand: Windows' cmd and
// PowerShell pass `parts\*.json` to the program as written, so an office on Windows could not name
// a province's 10 results (or a nation's 514) without typing every one. Whatever the arguments,
// the merged document is the one of the files named one by one.
let dir = "";
let cli = "";
let explicit = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  cpSync(join(root, "examples", "cli"), dir, { recursive: true });
  const split = runCli(cli, dir, ["split", "--households", "households.csv", "--into", "parts", "--as-of", "2025-07-01"]);
  expect(split.code, split.err).toBe(0);
  mkdirSync(join(dir, "results"));
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "empty", "notes.txt"), "not a result\n");
  for (const code of ["6402", "6411", "6472"]) {
    const run = runCli(cli, dir, ["simulate", "--scenario", "scenario.json", "--households", `parts/part-${code}.csv`, "--as-of", "2025-07-01", "--format", "json"]);
    expect(run.code, run.err).toBe(0);
    writeFileSync(join(dir, "results", `part-${code}.json`), run.out);
  }
  const merged = runCli(cli, dir, ["merge", "results/part-6402.json", "results/part-6411.json", "results/part-6472.json", "--format", "json"]);
  expect(merged.code, merged.err).toBe(0);
  explicit = merged.out;
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("merge reads a directory or an unexpanded pattern", () => {
  it.each([
    { name: "a directory: its .json files", args: ["results"] },
    { name: "a directory written with a trailing slash", args: ["results/"] },
    { name: "a pattern with *", args: ["results/part-*.json"] },
    { name: "a pattern with ?", args: ["results/part-64??.json"] },
  ])("$name", { timeout: 60_000 }, ({ args }) => {
    const r = runCli(cli, dir, ["merge", ...args, "--format", "json", "--lang", "en"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(explicit);
  });

  it("names the part given twice when a directory and one of its files are both given", { timeout: 60_000 }, () => {
    const r = runCli(cli, dir, ["merge", "results", "results/part-6411.json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("part-6411.json");
    expect(r.err).toContain("twice");
  });

  it.each([
    { name: "a directory without .json files", args: ["empty"], en: "Directory empty holds no .json file", id: "Direktori empty tidak memuat berkas .json" },
    { name: "a pattern that matches nothing", args: ["results/x*.json"], en: "No file matches results/x*.json", id: "Tidak ada berkas yang cocok dengan results/x*.json" },
  ])("refuses $name, in both languages", { timeout: 60_000 }, ({ args, en, id }) => {
    for (const [lang, text] of [["en", en], ["id", id]] as const) {
      const r = runCli(cli, dir, ["merge", ...args, "--lang", lang]);
      expect(r.code).toBe(1);
      expect(r.out).toBe("");
      expect(r.err).toContain(text);
    }
  });

  it.each([
    { name: "the directory", args: ["results"] },
    { name: "a pattern", args: ["results/*.json"] },
  ])("leaves out the file its standard output is redirected to, inside $name", { timeout: 60_000 }, ({ args }) => {
    // `merge results --format json > results/merged.json`: the shell makes merged.json, empty, before
    // merge starts; read as a part it failed the run ("the file is empty").
    const out = join(dir, "results", "merged.json");
    const fd = openSync(out, "w");
    try {
      const r = spawnSync(process.execPath, [cli, "merge", ...args, "--format", "json"], { cwd: dir, stdio: ["ignore", fd, "pipe"], encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(out, "utf8")).toBe(explicit);
    rmSync(out);
  });
});
