import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, root, runCli } from "./_cli.js";

// `merge` says the notes on the poverty lines that one run over the whole file says (a 2024 line on
// a date of another year, the fallback line and the regencies it measured, a line with a weak
// source): an officer reading the merged table of a province's partitions must not lose them. The
// example file has three regencies: 64.02 Kutai Kartanegara (embedded line, rated L), 64.11 Mahakam
// Ulu (embedded line) and 64.72 Samarinda (no line of its own: the fallback line).
let dir = "";
let cli = "";

beforeAll(async () => {
  ({ dir, cli } = await buildCli());
  cpSync(join(root, "examples", "cli"), dir, { recursive: true });
  writeFileSync(join(dir, "lines-other.json"), JSON.stringify({ "64.02": 700000 }));
  const split = runCli(cli, dir, ["split", "--households", "households.csv", "--into", "parts"]);
  expect(split.code, split.err).toBe(0);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PARTS = ["parts/part-6402.csv", "parts/part-6411.csv", "parts/part-6472.csv"];

/** Simulate each part (JSON), merge them with `mergeArgs`, and simulate the whole file as a table; both runs' output. */
function mergedAndWhole(options: readonly string[], mergeArgs: readonly string[]) {
  const files = PARTS.map((part, i) => {
    const run = runCli(cli, dir, ["simulate", "--scenario", "scenario.json", "--households", part, ...options, "--format", "json"]);
    expect(run.code, run.err).toBe(0);
    const file = `part${i}.json`;
    writeFileSync(join(dir, file), run.out);
    return file;
  });
  const merged = runCli(cli, dir, ["merge", ...files, ...mergeArgs]);
  expect(merged.code, merged.err).toBe(0);
  const whole = runCli(cli, dir, ["simulate", "--scenario", "scenario.json", "--households", "households.csv", ...options, ...mergeArgs]);
  expect(whole.code, whole.err).toBe(0);
  return { merged, whole };
}

describe("merge says the poverty-line notes of one run over the whole file", () => {
  it.each([
    { name: "a 2025 date: 2024 lines, the province's fallback line, a weak line", options: ["--as-of", "2025-07-01"], says: ["2024", "Rp833.955", "64.72 Samarinda", "64.02 Kutai Kartanegara Rp682.490"] },
    { name: "a 2024 date: no year note", options: ["--as-of", "2024-07-01"], says: ["Rp833.955", "Rp682.490"], never: ["tahun 2024 dipakai"] },
    { name: "a fallback line given", options: ["--as-of", "2025-07-01", "--fallback-line", "900000"], says: ["Rp900.000 (--fallback-line)", "64.72 Samarinda"] },
    { name: "Kukar's line given in a file: no longer embedded nor weak", options: ["--as-of", "2025-07-01", "--poverty-lines", "lines-other.json"], says: ["64.11 Mahakam Ulu"], never: ["Rp682.490", "64.02 Kutai Kartanegara,"] },
  ])("$name", { timeout: 120_000 }, ({ options, says, never = [] }) => {
    const { merged, whole } = mergedAndWhole(options, []);
    // The whole run also names the file its lines were added from, which no part's document holds.
    const wholeOut = whole.out
      .split("\n")
      .filter((line) => !line.includes("lines-other.json"))
      .join("\n");
    expect(merged.out).toBe(wholeOut);
    for (const text of says) expect(merged.out).toContain(text);
    for (const text of never) expect(merged.out).not.toContain(text);
  });

  it("in English, and on standard error with --format json", { timeout: 120_000 }, () => {
    const english = mergedAndWhole(["--as-of", "2025-07-01"], ["--lang", "en"]);
    expect(english.merged.out).toBe(english.whole.out);
    expect(english.merged.out).toContain("Fallback poverty line Rp833,955 (Kalimantan Timur province line, March 2024, BPS) used for regencies without their own line: 64.72 Samarinda");
    const json = mergedAndWhole(["--as-of", "2025-07-01"], ["--format", "json"]);
    expect(() => JSON.parse(json.merged.out) as unknown).not.toThrow();
    const notes = (err: string) => err.split("\n").filter((line) => /Garis kemiskinan|^ {2}64\./.test(line));
    expect(notes(json.merged.err)).toEqual(notes(json.whole.err));
    expect(notes(json.merged.err)).toHaveLength(4);
  });
});
