// Issue 18, finding 4 (shared data is writable), for the program, household and node layers: the
// parameter lists, the catalogue and every exported constant are shared by every call in the
// process, so they are deeply frozen and a change made in one place cannot change an assessment
// elsewhere. Offices change values with overrideParameters. These tests failed on 10ba02c.
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import { FIXTURE_AS_OF, fixture } from "../fixtures/index.js";
import { householdFrozen } from "../fuzz/table.household.js";
import { nodeFrozen } from "../fuzz/table.node.js";
import { programFrozen } from "../fuzz/table.program.js";

/** Every exported dataset of the three layers (functions and schemas are code, not data): the fuzz suite's list. */
const datasets: Record<string, unknown> = { ...programFrozen, ...householdFrozen, ...nodeFrozen };

/** Every object reachable from a value through own data properties, with a path to show. */
function reachable(value: unknown, path = "", out: [string, object][] = [], seen = new Set<unknown>()): [string, object][] {
  if (value === null || typeof value !== "object" || seen.has(value)) return out;
  seen.add(value);
  out.push([path, value]);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) reachable(descriptor.value, `${path}.${String(key)}`, out, seen);
  }
  return out;
}

/** A snapshot of a dataset as data, to compare before and after the attempts. */
const snapshot = (value: unknown) => JSON.stringify(value, (_key, v: unknown) => (typeof v === "function" ? "ƒ" : v));

describe("exported data cannot be changed for everyone (issue 18, finding 4)", () => {
  it("setting the PKH desil range to 1–10 in one place can no longer make a desil-9 household eligible later (the finding's example; failed on 10ba02c)", () => {
    const household = { ...fixture("kukar-01"), desil: { value: 9, asOf: "2025-06-01" } };
    const assess = () => lib.assessHousehold(household, { asOf: FIXTURE_AS_OF, programs: [lib.pkh] }).programs[0]!;
    expect(assess().status).toBe("not-eligible");
    const range = lib.pkhParameters.find((p) => p.id === "pkh.desil_range")!.values[0]!.value as { min: number; max: number };
    const values = lib.pkh.parameters.find((p) => p.id === "pkh.desil_range")!.values as unknown as { value: unknown }[];
    // Every way to reach the range: the exported list, the program, the catalogue, a default set.
    expect(() => Object.assign(range, { max: 10 })).toThrow(TypeError);
    expect(() => (values[0]!.value = { min: 1, max: 10 })).toThrow(TypeError);
    expect(() => ((values as unknown[]).length = 0)).toThrow(TypeError);
    expect(() => ((lib.PROGRAMS[0]!.parameters as unknown[])[0] = { ...lib.pkhParameters[0], values: [{ from: "2020-01-01", value: { min: 1, max: 10 }, source: "x" }] })).toThrow(TypeError);
    expect(() => Object.assign(lib.defaultParameters()["pkh.desil_range"]!.values[0]!.value as object, { max: 10 })).toThrow(TypeError);
    const after = assess();
    expect(after.status).toBe("not-eligible");
    expect(after.checks.find((c) => c.code === "pkh.desil_in_range")?.status).toBe("failed");
    // The documented way still works, for the set it returns only.
    const wide = lib.overrideParameters(lib.defaultParameters(), { "pkh.desil_range": [{ from: "2025-02-05", value: { min: 1, max: 10 }, source: "office test" }] });
    expect(lib.assessHousehold(household, { asOf: FIXTURE_AS_OF, programs: [lib.pkh], parameters: wide }).programs[0]!.status).toBe("eligible");
    expect(assess().status).toBe("not-eligible");
  });

  it("a program cannot be swapped out of the catalogue, nor its rule or benefit replaced (failed on 10ba02c)", () => {
    const sembako = lib.PROGRAMS[1]!;
    expect(() => ((lib.PROGRAMS as lib.Program[])[1] = lib.pkh)).toThrow(TypeError);
    expect(() => ((lib.PROGRAMS as lib.Program[]).push(lib.pkh))).toThrow(TypeError);
    expect(() => Object.assign(lib.pkh, { benefit: () => undefined })).toThrow(TypeError);
    expect(() => Object.assign(lib.pkh.name, { en: "changed" })).toThrow(TypeError);
    expect(() => Object.assign(lib.pkh.rule.children, { 0: lib.sembako.rule })).toThrow(TypeError);
    expect(lib.PROGRAMS[1]).toBe(sembako);
    expect(lib.programById("pkh").name.en).not.toBe("changed");
  });

  it.each(Object.keys(datasets))("every object inside %s refuses writes, deletions and new keys, and nothing changes", (name) => {
    const dataset = datasets[name];
    const before = snapshot(dataset);
    const objects = reachable(dataset, name);
    expect(objects.length).toBeGreaterThan(0);
    for (const [path, object] of objects) {
      const keys = Reflect.ownKeys(object);
      expect(Reflect.set(object, "__added__", 1), `${path}: a new key`).toBe(false);
      expect(() => Object.defineProperty(object, "__added__", { value: 1 }), `${path}: defineProperty`).toThrow(TypeError);
      for (const key of keys) {
        expect(Reflect.set(object, key, "changed"), `${path}.${String(key)}: a write`).toBe(false);
        expect(Reflect.deleteProperty(object, key), `${path}.${String(key)}: a deletion`).toBe(false);
      }
      if (Array.isArray(object)) expect(() => object.push("added"), `${path}: push`).toThrow(TypeError);
    }
    expect(snapshot(dataset)).toBe(before);
  });

  it("defineProgram freezes what it is given, so an app's program cannot change after it is defined", () => {
    const amount = { id: "kukar_lansia.amount", description: "top-up", unit: "IDR/month", values: [{ from: "2024-01-01", value: "200000", source: "Dinsos Kukar [M]" }] };
    const program = lib.defineProgram({
      id: "kukar_lansia",
      name: { id: "Tambahan Lansia Kukar", en: "Kukar elderly top-up" },
      approach: "reduce-expenditure",
      parameters: [amount, lib.desilMaxAgeMonths],
      rule: lib.all(lib.desilCurrentCheck("kukar_lansia")),
      benefit: (_household, context) => lib.buildBenefitSchedule({ program: "kukar_lansia", approach: "reduce-expenditure", frequency: "in-kind", asOf: context.asOf, lines: [] }),
    });
    expect(() => (amount.values[0]!.value = "9000000")).toThrow(TypeError);
    expect(() => ((program.parameters as unknown[]).length = 0)).toThrow(TypeError);
    expect(lib.defaultParameters([program])["kukar_lansia.amount"]!.values[0]!.value).toBe("200000");
  });
});
