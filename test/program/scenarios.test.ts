import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROGRAMS, verifyScenarios } from "../../src/index.js";

// The rule-verification tables of test/scenarios/ (one JSON file per program, OpenFisca-test
// style; format in docs/guide-programs.md), run through the exported verifyScenarios.
const dir = fileURLToPath(new URL("../scenarios/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
const tables = files.map((file) => ({ file, data: JSON.parse(readFileSync(join(dir, file), "utf8")) as { program: string; cases: unknown[] } }));

describe("rule-verification scenarios", () => {
  it("has one file per catalogue program", () => {
    expect(files.map((f) => f.replace(/\.json$/, ""))).toEqual(PROGRAMS.map((p) => p.id).sort());
  });

  it.each(tables)("$file has at least 10 cases", ({ data }) => {
    expect(data.cases.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(tables)("$file", ({ data }) => {
    const results = verifyScenarios(data);
    it.each(results.map((r, i) => ({ ...r, index: i })))("$name", (result) => {
      expect({ differences: result.differences, issues: result.issues }).toEqual({ differences: [], issues: [] });
      expect(result.matched).toBe(true);
    });
  });
});
