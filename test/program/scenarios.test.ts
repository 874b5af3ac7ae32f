import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROGRAMS, defineProgram, type Program } from "../../src/index.js";
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

  // Hunt 42 (2026-12-07): an override value of the wrong kind raised no issue (the program read a
  // Rupiah amount given as `true` as no amount, an age "tujuh" as no age), only differences.
  it.each([
    ["a Rupiah amount as true", "pkh.amount.elderly", true, "parameters.pkh.amount.elderly.0.value", 'Parameter pkh.amount.elderly takes a value of the same kind as its own ("2400000"), not true', 'Nilai parameter pkh.amount.elderly harus sejenis dengan nilainya sendiri ("2400000"), bukan true'],
    ["a Rupiah amount as an object", "pkh.amount.elderly", { rupiah: 1 }, "parameters.pkh.amount.elderly.0.value", 'Parameter pkh.amount.elderly takes a value of the same kind as its own ("2400000"), not object', 'Nilai parameter pkh.amount.elderly harus sejenis dengan nilainya sendiri ("2400000"), bukan objek'],
    ["a Rupiah amount written with dots", "pkh.amount.elderly", "2.400.000", "parameters.pkh.amount.elderly.0.value", 'Parameter pkh.amount.elderly takes a value of the same kind as its own ("2400000"), not "2.400.000"', 'Nilai parameter pkh.amount.elderly harus sejenis dengan nilainya sendiri ("2400000"), bukan "2.400.000"'],
    ["an age in words", "pkh.elderly_min_age", "tujuh", "parameters.pkh.elderly_min_age.0.value", 'Parameter pkh.elderly_min_age takes a value of the same kind as its own (70), not "tujuh"', 'Nilai parameter pkh.elderly_min_age harus sejenis dengan nilainya sendiri (70), bukan "tujuh"'],
    ["a range bound in words", "pkh.desil_range", { min: "satu", max: 4 }, "parameters.pkh.desil_range.0.value.min", 'Parameter pkh.desil_range takes a value of the same kind as its own (1), not "satu"', 'Nilai parameter pkh.desil_range harus sejenis dengan nilainya sendiri (1), bukan "satu"'],
    ["a regency's UMK as a boolean", "exclusion.umk_monthly", { "64.02": false }, "parameters.exclusion.umk_monthly.0.value.64.02", 'takes a value of the same kind as its own ("', "bukan false"],
    ["an amount that may be null, as a boolean", "pip.amount.early_childhood", false, "parameters.pip.amount.early_childhood.0.value", 'Parameter pip.amount.early_childhood takes a value of the same kind as its own (null, "', 'harus sejenis dengan nilainya sendiri (null, "'],
  ])("reports %s in a case's overrides at its value", (_name, id, value, path, en, idText) => {
    const [result] = verifyScenarios([{ ...good, parameters: { [id]: [{ from: "2020-01-01", value, source: "office decision" }] } }]);
    expect(result?.matched).toBe(false);
    expect(result?.issues.map((i) => [i.path.join("."), i.code])).toEqual([[path, "program.scenario.parameter_value"]]);
    expect(result?.issues[0]?.message.en).toContain(en);
    expect(result?.issues[0]?.message.id).toContain(idText);
  });

  it.each([
    ["an amount as a decimal string", "pkh.amount.elderly", "2400000"],
    ["an amount as a whole number", "pkh.amount.elderly", 2400000],
    ["a null where the parameter has one", "pip.amount.early_childhood", null],
    ["a district code among region codes", "pbi_pemda.regions", ["64.02.01"]],
  ])("takes %s as an override value", (_name, id, value) => {
    const [result] = verifyScenarios([{ ...good, parameters: { [id]: [{ from: "2020-01-01", value, source: "office decision" }] } }]);
    expect(result?.issues).toEqual([]);
  });

  // Hunt 42 (2026-12-07): a code no check of the program has only showed as a difference.
  it.each([
    ["an unknown failing code", { eligible: false, failing: ["pkh.desil_in_range", "pkh.nope"] }, [["expect.pkh.failing.1", '"pkh.nope"']]],
    ["an unknown undetermined code", { eligible: false, unknown: ["sembako.desil_current"] }, [["expect.pkh.unknown.0", '"sembako.desil_current"']]],
    ["two, in both lists", { eligible: false, failing: ["x"], unknown: ["y"] }, [["expect.pkh.failing.0", '"x"'], ["expect.pkh.unknown.0", '"y"']]],
  ])("reports %s as an issue naming the program's checks", (_name, expectation, found) => {
    const [result] = verifyScenarios([{ ...good, expect: { pkh: expectation } }]);
    expect(result?.matched).toBe(false);
    expect(result?.differences).toEqual([]);
    expect(result?.issues.map((i) => [i.path.join("."), i.code])).toEqual(found.map(([path]) => [path, "program.scenario.unknown_check"]));
    for (const [index, [, code]] of found.entries()) {
      expect(result?.issues[index]?.message.en).toMatch(new RegExp(`^Program pkh has no check ${code}; its checks are pkh\\.dtks_current, .*pkh\\.desil_in_range`));
      expect(result?.issues[index]?.message.id).toContain(`Program pkh tidak memiliki pemeriksaan ${code}; pemeriksaannya: pkh.dtks_current, `);
    }
  });

  // Hunt 42 (2026-12-07): verifyScenarios("x") said only "Invalid input" / "Input tidak valid".
  it.each([
    ["a string", "x", '"x"', '"x"'],
    ["a number", 5, "5", "5"],
    ["null", null, "null", "null"],
    ["nothing", undefined, "undefined", "tidak ada nilai (undefined)"],
  ])("says what a file must be when it is %s", (_name, file, en, id) => {
    const [result] = verifyScenarios(file);
    expect(result?.issues).toEqual([{
      path: [],
      code: "program.scenario.not_a_file",
      message: { id: `Skenario harus berupa tabel { cases: [...] } atau larik (array) kasus, bukan ${id}`, en: `Scenarios must be a table { cases: [...] } or an array of cases, not ${en}` },
    }]);
  });

  it.each([
    ["a table without cases", { rows: [] }, [["cases", "Required: expected array, no value given"], ["", 'Unrecognized key: "rows"']]],
    ["cases that are not a list", { cases: "x" }, [["cases", "Invalid input: expected array, received string"]]],
  ])("names what %s lacks", (_name, file, issues) => {
    expect(verifyScenarios(file)[0]?.issues.map((i) => [i.path.join("."), i.message.en])).toEqual(issues);
  });

  // Hunt 42 (2026-12-07): what a program's own code threw had no path: which of the programs a case
  // expects something of was being assessed?
  const pkh = PROGRAMS.find((p) => p.id === "pkh") as Program;
  const sembako = PROGRAMS.find((p) => p.id === "sembako") as Program;
  const throwing = defineProgram({ id: "pkh", name: pkh.name, approach: pkh.approach, parameters: pkh.parameters, rule: pkh.rule, benefit: () => { throw new TypeError("boom"); } });
  it.each([
    ["alone", [throwing], { pkh: { eligible: true } }],
    ["beside another program", [sembako, throwing], { sembako: { eligible: true }, pkh: { eligible: true } }],
  ])("gives what a program's benefit throws the path of its expectation, %s", (_name, programs, expectations) => {
    const [result] = verifyScenarios([{ ...good, expect: expectations }], { programs });
    expect(result?.name).toBe("elderly head");
    // The program's own function named (2026-12-07), not a value that cannot be read (`input.unreadable`).
    expect(result?.issues.map((i) => [i.path.join("."), i.code])).toEqual([["expect.pkh", "program.benefit_threw"]]);
  });

  it("never throws, even for a Proxy or a hole among the cases", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(verifyScenarios(proxy)[0]?.matched).toBe(false);
    // eslint-disable-next-line no-sparse-arrays
    expect(verifyScenarios([good, , good] as never).map((r) => r.matched)).toEqual([true, false, true]);
  });
});
