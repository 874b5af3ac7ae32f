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

describe("verifyScenarios", () => {
  const household = { id: "v-01", regency: "64.02", members: [{ sex: "male", birthDate: "1950-01-01", relationship: "head", employerCategory: "none", disability: "none" }], desil: { value: 2, asOf: "2025-06-01" } };
  const good = { name: "elderly head", rationale: "PKH elderly", asOf: "2025-07-01", household, expect: { pkh: { eligible: true, total: "2400000" } } };

  it("reports a difference with what was expected and what was computed", () => {
    const [result] = verifyScenarios([{ ...good, expect: { pkh: { eligible: true, total: "3000000" } } }]);
    expect(result).toEqual({
      name: "elderly head",
      matched: false,
      differences: [{ program: "pkh", field: "total", expected: "3000000", received: "2400000" }],
      issues: [],
    });
  });

  it("reports a malformed case, an invalid household and an unknown program as issues, without throwing", () => {
    const results = verifyScenarios({
      cases: [
        { name: "no expectations" },
        { ...good, name: "bad birth date", household: { ...household, members: [{ ...household.members[0], birthDate: "2025-02-30" }] } },
        { ...good, name: "unknown program", expect: { blt: { eligible: true } } },
        good,
      ],
    });
    expect(results.map((r) => [r.name, r.matched, r.issues.map((i) => [i.path.join("."), i.code])])).toEqual([
      ["no expectations", false, [
        ["cases.0.rationale", "input.invalid_type"],
        ["cases.0.asOf", "input.invalid_type"],
        ["cases.0.household", "input.invalid_type"],
        ["cases.0.expect", "input.invalid_type"],
      ]],
      ["bad birth date", false, [["household.members.0.birthDate", "time.invalid_date"]]],
      ["unknown program", false, [["expect.blt", "program.unknown_program"]]],
      ["elderly head", true, []],
    ]);
  });

  it("reports a file that is neither a table nor a list", () => {
    expect(verifyScenarios({ rows: [] })[0]?.matched).toBe(false);
  });
});
