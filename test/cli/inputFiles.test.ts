import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// An input file that is a directory, said as such before anything is read, by every command that
// reads one. Before: `assess --households DIR --input-format csv` said 'Berkas "DIR" tidak dapat
// dibaca ("EISDIR")', and without --input-format that DIR was "not a valid --households" (its
// extension); `merge` already said "adalah direktori, bukan berkas".
// A poverty line too small to be one: the hint is a plausible line. Before, `{ "64.02": 0 }` asked
// "apakah maksudnya 0?" and `--fallback-line 5` "did you mean 5000?", both below the minimum too.

let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  mkdirSync(join(dir, "parts.csv"));
  mkdirSync(join(dir, "lines"));
  writeFileSync(join(dir, "zero.json"), '{ "64.02": 0 }');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const households = join(root, "examples/cli/households.csv");
const scenario = join(root, "examples/cli/scenario.json");

describe("an input file that is a directory is said to be one", () => {
  it.each([
    { name: "assess, no --input-format", args: ["assess", "--households", "lines", "--as-of", "2025-07-01"], lang: "id", err: "tepat-sasaran: lines adalah direktori, bukan berkas\n" },
    { name: "assess --input-format csv", args: ["assess", "--households", "lines", "--input-format", "csv", "--as-of", "2025-07-01"], lang: "en", err: "tepat-sasaran: lines is a directory, not a file\n" },
    { name: "a directory named like a CSV", args: ["assess", "--households", "parts.csv", "--as-of", "2025-07-01"], lang: "en", err: "tepat-sasaran: parts.csv is a directory, not a file\n" },
    { name: "--members", args: ["assess", "--households", households, "--members", "lines", "--as-of", "2025-07-01"], lang: "en", err: "tepat-sasaran: lines is a directory, not a file\n" },
    { name: "split", args: ["split", "--households", "parts.csv", "--into", "out"], lang: "id", err: "tepat-sasaran: parts.csv adalah direktori, bukan berkas\n" },
    { name: "audit --payments", args: ["audit", "--households", households, "--payments", "lines", "--as-of", "2025-09-30"], lang: "en", err: "tepat-sasaran: lines is a directory, not a file\n" },
    { name: "simulate --scenario", args: ["simulate", "--scenario", "lines", "--households", households, "--as-of", "2025-07-01"], lang: "en", err: "tepat-sasaran: lines is a directory, not a file\n" },
  ])("$name ($lang)", ({ args, lang, err }) => {
    const r = runCli(cli, dir, [...args, "--lang", lang]);
    expect({ code: r.code, out: r.out, err: r.err }).toEqual({ code: 1, out: "", err });
  });
});

describe("a poverty line too small: the hint is a plausible line", () => {
  it.each([
    { name: "0 in a --poverty-lines file", args: ["--poverty-lines", "zero.json"], lang: "id", code: 1, err: "tepat-sasaran: Nilai --poverty-lines zero.json: 64.02: 0 terlalu kecil: garis kemiskinan per kapita per bulan minimal Rp100.000 (misalnya 833955, garis provinsi Kaltim Maret 2024)\n" },
    { name: "5 (× 1,000 still too small)", args: ["--fallback-line", "5"], lang: "en", code: 2, err: "tepat-sasaran: --fallback-line 5 is too small: a poverty line per capita per month is at least Rp100,000 (for instance 833955, Kaltim's provincial line of March 2024)\n" },
    { name: "833 (thousands written as units)", args: ["--fallback-line", "833"], lang: "en", code: 2, err: "tepat-sasaran: --fallback-line 833 is too small: a poverty line per capita per month is at least Rp100,000 (did you mean 833000?)\n" },
  ])("$name", ({ args, lang, code, err }) => {
    const r = runCli(cli, dir, ["simulate", "--scenario", scenario, "--households", households, "--as-of", "2025-07-01", ...args, "--lang", lang]);
    expect({ code: r.code, err: r.err }).toEqual({ code, err });
  });
});
