import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROGRAMS } from "../../src/index.js";
import { verifyScenarios } from "../../src/verify/index.js";

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
        ["rationale", "input.invalid_type"],
        ["asOf", "input.invalid_type"],
        ["household", "input.invalid_type"],
        ["expect", "input.invalid_type"],
      ]],
      ["bad birth date", false, [["household.members.0.birthDate", "time.invalid_date"]]],
      ["unknown program", false, [["expect.blt", "program.unknown_program"]]],
      ["elderly head", true, []],
    ]);
  });

  // Every path of a case's issues is relative to the case (its index is its place among the results),
  // and zod's wording names what it received: a `total` written as a number was "received undefined"
  // and its path began with `cases.2`, where the household and program issues beside it had none.
  it("names the field and the type a case holds, in both languages, with paths relative to the case", () => {
    const results = verifyScenarios({ cases: [good, good, { ...good, name: "total as a number", expect: { pkh: { eligible: true, total: 2400000 } } }] });
    expect(results[2]?.issues.map((i) => [i.path.join("."), i.code, i.message.en, i.message.id])).toEqual([
      ["expect.pkh.total", "input.invalid_type", "Invalid input: expected string, received number", "Input tidak valid: diharapkan string, diterima number"],
    ]);
  });

  it("reports a file that is neither a table nor a list", () => {
    expect(verifyScenarios({ rows: [] })[0]?.matched).toBe(false);
  });

  // Issue 18, finding 7: a verification that verifies nothing is an issue, never a match (an empty
  // expectation, or one whose only key is "__proto__", which parsing drops, used to match).
  it.each([
    ["an empty expectation", { ...good, expect: {} }, [["expect", "program.scenario.no_expectations"]]],
    ["only a __proto__ key", JSON.parse(JSON.stringify({ ...good, expect: { ZZZ: { eligible: true } } }).replace('"ZZZ"', '"__proto__"')), [["expect.__proto__", "program.unknown_program"]]],
    ["a __proto__ key next to a real one", JSON.parse(JSON.stringify({ ...good, expect: { ZZZ: { eligible: true }, pkh: { eligible: true } } }).replace('"ZZZ"', '"__proto__"')), [["expect.__proto__", "program.unknown_program"]]],
    ["an unknown program id", { ...good, expect: { pkh: { eligible: true }, blt: { eligible: false } } }, [["expect.blt", "program.unknown_program"]]],
    ["an unknown field", { ...good, expect: { pkh: { eligible: true, amount: "1" } } }, [["expect.pkh", "input.unrecognized_keys"]]],
  ])("reports %s as an issue, not a match", (_name, scenario, issues) => {
    const [result] = verifyScenarios([scenario]);
    expect(result?.matched).toBe(false);
    expect(result?.issues.map((i) => [i.path.join("."), i.code])).toEqual(issues);
  });

  // Hostile-input hunt (2026-12-07): a bad parameter override was one issue with an empty path,
  // naming only the first bad id.
  it.each([
    ["an unknown parameter", { "pkh.nope": [{ from: "2025-01-01", value: 1, source: "x" }] }, [["parameters.pkh.nope", "time.parameter_unknown"]]],
    ["two unknown parameters", { "pkh.nope": [{ from: "2025-01-01", value: 1, source: "x" }], "x.y": [{ from: "2025-01-01", value: 1, source: "x" }] }, [["parameters.pkh.nope", "time.parameter_unknown"], ["parameters.x.y", "time.parameter_unknown"]]],
    ["values out of order", { "pkh.elderly_min_age": [{ from: "2020-01-01", value: 60, source: "a" }, { from: "2020-01-01", value: 61, source: "b" }] }, [["parameters.pkh.elderly_min_age.1.from", "time.parameter_unordered"]]],
    ["no values", { "pkh.elderly_min_age": [] }, [["parameters.pkh.elderly_min_age", "time.parameter_no_values"]]],
  ])("reports %s in a case's overrides at its id", (_name, parameters, issues) => {
    const [result] = verifyScenarios([{ ...good, parameters }]);
    expect(result?.matched).toBe(false);
    expect(result?.issues.map((i) => [i.path.join("."), i.code])).toEqual(issues);
    expect(result?.issues.every((i) => i.message.id !== i.message.en)).toBe(true);
  });

  it("never throws, even for a Proxy or a hole among the cases", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(verifyScenarios(proxy)[0]?.matched).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(verifyScenarios([good, , good] as never).map((r) => r.matched)).toEqual([true, false, true]);
  });
});
