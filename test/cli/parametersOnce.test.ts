import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { root } from "./_setup.js";

// The programs' parameter set is built once per run of `assess` and `audit`: the assessor and the
// renewal notes of the header share it, with or without --parameters (it was built a second time for
// the notes when no --parameters was given). Counted on the catalogue's defaultParameters.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/program/catalogue.js", async (actual) => {
  const catalogue = await actual<typeof import("../../src/program/catalogue.js")>();
  return {
    ...catalogue,
    defaultParameters: (...args: Parameters<typeof catalogue.defaultParameters>) => {
      built.count += 1;
      return catalogue.defaultParameters(...args);
    },
  };
});

let dir = "";
const note = "Note: exclusion.umk_monthly is set every year and has no 2027 value here, so the value from 2026-01-01 is used on 2027-01-15";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tepat-sasaran-parameters-once-"));
  const fixtures = JSON.parse(readFileSync(join(root, "test/fixtures/households.json"), "utf8")) as { household: Record<string, unknown> }[];
  writeFileSync(join(dir, "all.jsonl"), fixtures.map((f) => JSON.stringify(f.household)).join("\n") + "\n");
  // An override of another parameter: the UMK still has no 2027 value, so the note stays.
  writeFileSync(join(dir, "age.json"), JSON.stringify({ "pkh.elderly_min_age": [{ from: "2020-01-01", value: 70, source: "Dinsos (test)" }] }));
  const umk = { "64.02": "3991797", "64.11": "4231617.40" };
  writeFileSync(join(dir, "umk2027.json"), JSON.stringify({ "exclusion.umk_monthly": [{ from: "2026-01-01", value: umk, source: "UMK 2026" }, { from: "2027-01-01", value: umk, source: "UMK 2027 (test)" }] }));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  built.count = 0;
});

async function assess(...args: string[]): Promise<{ code: number; out: string }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
  const code = await main(["assess", "--households", join(dir, "all.jsonl"), "--programs", "pkh", "--as-of", "2027-01-15", "--lang", "en", "--workers", "0", ...args], { stdout, stdin: new PassThrough() });
  return { code, out: Buffer.concat(chunks).toString("utf8") };
}

describe("the parameters of a run", () => {
  it.each([
    ["without --parameters", [], true],
    ["with --parameters of another parameter", ["--parameters", "age.json"], true],
    ["with --parameters giving the 2027 value", ["--parameters", "umk2027.json"], false],
  ] as const)("are built once, and the renewal note is as before: %s", async (_, extra, noted) => {
    const run = await assess(...extra.map((a) => (a.endsWith(".json") ? join(dir, a) : a)));
    expect(run.code).toBe(0);
    expect(run.out.includes(note)).toBe(noted);
    expect(built.count).toBe(1);
  });
});
